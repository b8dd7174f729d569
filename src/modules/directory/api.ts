// HSDS 3.0 read API (Open Referral), following the standard's OpenAPI description
// (resources/hsds-3.0/schema/openapi.json): GET /api/hsds/, /services, /services/{id}.
// Public directory data only, so no authentication; any origin may read it (CORS *), which is what lets
// neighbouring municipalities' instances subscribe to it.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { presentServices, type HsdsObject } from './hsds-present.ts';
import { listServiceIds, presentServiceList, termIdsOfTaxonomy, type ServiceFilters } from './listing.ts';
import { TtlCache } from '../../platform/cache.ts';
import { searchParamsSchema, searchServices } from './search/search.ts';
import { postcodeCentroid } from './geo.ts';

export const HSDS_VERSION = '3.0';
/** Zugang serves base HSDS 3.0 (plus the extension fields `translations` and `district_id`). */
export const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0';
const MAX_PER_PAGE = 500;
/** Offsets stay bounded; a client harvesting more narrows the query with modified_after. */
const MAX_OFFSET = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Schemas

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const id = (what: string) => z.uuid({ error: `expected the UUID of ${what}` }).optional();

const servicesQuery = z.object({
  search: z.string().max(200).optional()
    .describe('Full-text search, the same German search as the directory pages (compounds, synonyms, spelling tolerance). Finds active services only.'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page number, from 1.'),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(50).describe(`Services per page, at most ${MAX_PER_PAGE}.`),
  format: z.enum(['json']).optional().describe('Only json is offered.'),
  taxonomy_term_id: id('a taxonomy term').describe('Services with this taxonomy term (or a narrower one).'),
  taxonomy_id: id('a taxonomy').describe('Services with any term of this taxonomy.'),
  organization_id: id('an organization').describe('Services of this organization.'),
  modified_after: z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'expected an ISO 8601 date-time or date' }).optional()
    .describe('Services modified on or after this date-time (ISO 8601; a date means its midnight UTC). Not combined with search or postcode.'),
  minimal: flag.optional().describe('Only id and last_modified of each service.'),
  full: flag.optional().describe('Fully nested services (service.json) instead of service_list.json.'),
  postcode: z.string().regex(/^\d{5}$/, { error: 'expected a German postcode of five digits' }).optional()
    .describe('Services near the centroid of this postcode, nearest first (active services only).'),
  proximity: z.coerce.number().min(1000).max(200_000).optional()
    .describe('With postcode: only services within this many metres of the postcode\'s centroid (HSDS counts proximity in metres), 1000 to 200000.'),
  translations: flag.optional().describe('Zugang extension: with full=true, include the translations of text fields.'),
  herkunft: z.enum(['lokal', 'alle']).default('lokal')
    .describe('Zugang extension: lokal (default) lists only this instance\'s own services; alle also the foreign entries it pulled from other instances '
      + '(portal network). Instances subscribing to each other ask for lokal, so nothing is copied back and forth.'),
}).superRefine((q, ctx) => {
  if (q.proximity != null && !q.postcode) ctx.addIssue({ code: 'custom', path: ['proximity'], message: 'proximity needs a postcode' });
  if (q.postcode && !postcodeCentroid(q.postcode)) ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'unknown postcode' });
  if (q.minimal && q.full) ctx.addIssue({ code: 'custom', path: ['minimal'], message: 'minimal and full exclude each other' });
  const searching = Boolean(q.search?.trim() || q.postcode);
  if (searching && q.modified_after) {
    ctx.addIssue({ code: 'custom', path: ['modified_after'], message: 'modified_after cannot be combined with search or postcode' });
  }
  if (searching && q.taxonomy_term_id && q.taxonomy_id) {
    ctx.addIssue({ code: 'custom', path: ['taxonomy_id'], message: 'with search or postcode, give taxonomy_term_id or taxonomy_id, not both' });
  }
  if ((q.page - 1) * q.per_page >= MAX_OFFSET) {
    ctx.addIssue({ code: 'custom', path: ['page'], message: `page × per_page must stay below ${MAX_OFFSET}; narrow the query with modified_after` });
  }
});

const hsdsObject = z.looseObject({ id: z.string() });
const pageSchema = z.object({
  total_items: z.number().int().describe('Services matching the query.'),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int().describe('Services on this page.'),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(hsdsObject.describe('By default an HSDS 3.0 service_list.json object; with full=true a service.json object; with minimal=true only id and last_modified.')),
});
const errorSchema = z.looseObject({
  error: z.string(), message: z.string(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
const notFound = (message: string) => ({ error: 'not_found', message });

function baseUrl(req: FastifyRequest, configured: string | undefined): string {
  return (configured ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}

/** Presented pages of results for a minute (public data; dropped when the directory changes). */
const presentedPages = new TtlCache<HsdsObject[]>(60_000, 300);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------------------------------------
// Routes

export const hsdsApi: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Upcoming sessions of a service's courses and events are one-off schedules of the service (events/hsds.ts).
  const eventScheduleOptions = (base: string) => ({ baseUrl: base, timeZone: app.config?.timezone ?? 'Europe/Berlin' });
  // The response schemas describe the API in OpenAPI; the bodies are built by the presenter and checked
  // against the official HSDS schemas in the tests. Re-validating every response with Zod here cost
  // more than the search itself, so responses are serialised as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    // helmet's same-origin default would keep other sites' scripts from reading the data.
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return payload;
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(notFound(`No HSDS endpoint ${req.method} ${req.url.split('?')[0]}; the API is described at /docs.`)));

  app.get('/', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getAPIMetaInformation', summary: 'Information about this API and its relationship with HSDS',
      response: {
        200: z.object({
          version: z.string().describe('HSDS version of this API.'),
          profile: z.string().describe('URL of the HSDS profile of this API.'),
          openapi_url: z.string().describe('URL of the OpenAPI description of this API.'),
        }),
      },
    },
  }, async (req) => ({
    version: HSDS_VERSION,
    profile: HSDS_PROFILE,
    openapi_url: `${baseUrl(req, app.config?.baseUrl)}/docs/json`,
  }));

  app.get('/services', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getPaginatedListOfServices', summary: 'A page of services',
      description: 'Without search or postcode: services of every status ordered by name, filtered in the database. '
        + 'With search or postcode: the directory\'s own search (active services only, best match or nearest first); searches are counted, '
        + 'without personal data, for the municipality\'s planning.',
      querystring: servicesQuery,
      response: { 200: pageSchema, 400: errorSchema },
    },
  }, async (req) => {
    const q = req.query;
    const db = app.database.db;
    const modifiedAfter = q.modified_after && /^\d{4}-\d{2}-\d{2}$/.test(q.modified_after) ? `${q.modified_after}T00:00:00Z` : q.modified_after;
    const includeForeign = q.herkunft === 'alle';
    const filters: ServiceFilters = { organizationId: q.organization_id, taxonomyTermId: q.taxonomy_term_id, taxonomyId: q.taxonomy_id, modifiedAfter, includeForeign };
    let ids: string[] = [];
    let total = 0;
    if (q.search?.trim() || q.postcode) {
      const termIds = q.taxonomy_term_id ? [q.taxonomy_term_id] : q.taxonomy_id ? await termIdsOfTaxonomy(db, q.taxonomy_id) : undefined;
      // A taxonomy without terms matches nothing (an empty list would mean no filter at all).
      if (!termIds || termIds.length) {
        const parsed = searchParamsSchema.parse({ q: q.search, ort: q.postcode, umkreis: q.proximity == null ? undefined : q.proximity / 1000,
          herkunft: includeForeign ? undefined : 'lokal' });
        const result = await searchServices(db, { ...parsed, seite: q.page, perPage: q.per_page, organizationId: q.organization_id, termIds },
          { timeZone: app.config?.timezone });
        ids = result.items.map((i) => i.id);
        total = result.total;
      }
    } else {
      ({ ids, total } = await listServiceIds(db, filters, q.page, q.per_page));
    }
    const base = baseUrl(req, app.config?.baseUrl);
    const presentKey = `${q.minimal ? 'min' : q.full ? `full${q.translations ? '+tr' : ''}|${base}` : 'list'}|${ids.join(',')}`;
    let presented = presentedPages.get(presentKey);
    if (!presented) {
      presented = q.minimal
        ? (await presentServices(db, ids)).map((s) => ({ id: s.id, last_modified: s.last_modified }))
        : q.full ? await presentServices(db, ids, { full: true, translations: q.translations, eventSchedules: eventScheduleOptions(base) }) : await presentServiceList(db, ids);
      presentedPages.set(presentKey, presented);
    }
    const contents = presented as z.infer<typeof hsdsObject>[];
    const totalPages = Math.ceil(total / q.per_page);
    return {
      total_items: total, total_pages: totalPages, page_number: q.page, size: contents.length,
      first_page: q.page === 1, last_page: q.page >= totalPages, empty: contents.length === 0, contents,
    };
  });

  app.get('/services/:id', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getFullyNestedServiceById', summary: 'A fully nested service (service.json)',
      description: 'Upcoming sessions of the service\'s courses and events (scheduled, of an active service) are included as one-off schedules: '
        + 'valid_from/valid_to and dtstart the session\'s local date, opens_at/closes_at its local times with the UTC offset, description the '
        + 'event\'s title, schedule_link and notes the event\'s page with its registration. The same with full=true on /services.',
      params: z.object({ id: z.string().max(200).describe('The id (UUID) of the service.') }),
      querystring: z.object({ translations: flag.optional().describe('Zugang extension: include the translations of text fields.'),
        herkunft: z.enum(['lokal', 'alle']).default('lokal').describe('Zugang extension: alle also finds a foreign entry of the portal network; lokal (default) only own services.') }),
      response: { 200: hsdsObject.describe('An HSDS 3.0 service.json object.'), 404: errorSchema },
    },
  }, async (req, reply) => {
    const { id } = req.params;
    const missing = notFound(`No service with id ${JSON.stringify(id.slice(0, 100))}.`);
    if (!UUID.test(id)) return reply.code(404).send({ ...missing, message: `${missing.message} Service ids are UUIDs.` });
    const [service] = await presentServices(app.database.db, [id.toLowerCase()], { full: true, translations: req.query.translations,
      eventSchedules: eventScheduleOptions(baseUrl(req, app.config?.baseUrl)) });
    if (!service || (service.source_id && req.query.herkunft !== 'alle')) return reply.code(404).send(missing);
    return service as z.infer<typeof hsdsObject>;
  });
};

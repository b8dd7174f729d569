// HSDS 3.0 read API (Open Referral), following the standard's OpenAPI description
// (resources/hsds-3.0/schema/openapi.json): GET /api/hsds/, /services, /services/{id}, /organizations,
// /organizations/{id}, /taxonomies, /taxonomies/{id}, /taxonomy_terms, /taxonomy_terms/{id},
// /service_at_locations, /service_at_locations/{id}; every list also as format=ndjson (every match, one
// object a line, streamed in keyset batches).
// Public directory data only, so no authentication; any origin may read it (CORS *), which is what lets
// neighbouring municipalities' instances subscribe to it.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { presentServices, type HsdsObject } from './hsds-present.ts';
import { listServiceIds, presentServiceList, serviceListing, termIdsOfTaxonomy, type ServiceFilters } from './listing.ts';
import {
  idBatches, organizationListing, pageOfIds, presentOrganizations, presentServiceAtLocations, presentTaxonomies, presentTerms,
  serviceAtLocationIdsOf, serviceAtLocationListing, taxonomyListing, termListing, type Listing,
} from './hsds-objects.ts';
import { openReadCors } from '../../platform/cors.ts';
import { TtlCache } from '../../platform/cache.ts';
import { searchParamsSchema, searchServices } from './search/search.ts';
import { postcodeCentroid } from './geo.ts';
import type { Queryable } from '../../platform/db.ts';
import { serviceMetadata } from '../editorial/index.ts';

/** Fills the services' `metadata` change log from the editorial version history (the newest entries). */
async function withMetadata(db: Queryable, docs: HsdsObject[]): Promise<HsdsObject[]> {
  const log = await serviceMetadata(db, docs.map((d) => String(d.id)));
  for (const d of docs) { const entries = log.get(String(d.id)); if (entries?.length) d.metadata = entries; }
  return docs;
}

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

const listShape = (what: string) => ({
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page number, from 1 (ignored with format=ndjson).'),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(50).describe(`${what} per page, at most ${MAX_PER_PAGE} (ignored with format=ndjson).`),
  format: z.enum(['json', 'ndjson']).optional()
    .describe(`json (default): one page in the paginated envelope. ndjson: every matching ${what.toLowerCase()} without pagination, one JSON object `
      + 'a line (application/x-ndjson) in id order, streamed as it is read.'),
});
type ListQuery = { page: number; per_page: number; format?: 'json' | 'ndjson' };

const textSearch = (what: string) => z.string().max(200).optional().describe(`Text in the ${what} (case-insensitive substring).`);

/** Offsets stay bounded (not for ndjson, which streams by keyset). */
function boundedOffset(q: ListQuery, ctx: z.RefinementCtx) {
  if (q.format !== 'ndjson' && (q.page - 1) * q.per_page >= MAX_OFFSET) {
    ctx.addIssue({ code: 'custom', path: ['page'], message: `page × per_page must stay below ${MAX_OFFSET}; use format=ndjson or narrow the query` });
  }
}

const serviceFilterShape = {
  search: z.string().max(200).optional()
    .describe('Full-text search, the same German search as the directory pages (compounds, synonyms, spelling tolerance). Finds active services only.'),
  taxonomy_term_id: id('a taxonomy term').describe('Services with this taxonomy term (or a narrower one).'),
  taxonomy_id: id('a taxonomy').describe('Services with any term of this taxonomy.'),
  organization_id: id('an organization').describe('Services of this organization.'),
  modified_after: z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'expected an ISO 8601 date-time or date' }).optional()
    .describe('Modified on or after this date-time (ISO 8601; a date means its midnight UTC). Not combined with search or postcode.'),
  full: flag.optional(),
  postcode: z.string().regex(/^\d{5}$/, { error: 'expected a German postcode of five digits' }).optional()
    .describe('Services near the centroid of this postcode, nearest first (active services only).'),
  proximity: z.coerce.number().min(1000).max(200_000).optional()
    .describe('With postcode: only services within this many metres of the postcode\'s centroid (HSDS counts proximity in metres), 1000 to 200000.'),
  herkunft: z.enum(['lokal', 'alle']).default('lokal')
    .describe('Zugang extension: lokal (default) lists only this instance\'s own services; alle also the foreign entries it pulled from other instances '
      + '(portal network). Instances subscribing to each other ask for lokal, so nothing is copied back and forth.'),
};
type ServiceFilterQuery = ListQuery & {
  search?: string; taxonomy_term_id?: string; taxonomy_id?: string; modified_after?: string; postcode?: string; proximity?: number; herkunft?: 'lokal' | 'alle';
};

function checkServiceFilters(q: ServiceFilterQuery, ctx: z.RefinementCtx) {
  if (q.proximity != null && !q.postcode) ctx.addIssue({ code: 'custom', path: ['proximity'], message: 'proximity needs a postcode' });
  if (q.postcode && !postcodeCentroid(q.postcode)) ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'unknown postcode' });
  const searching = Boolean(q.search?.trim() || q.postcode);
  if (searching && q.modified_after) {
    ctx.addIssue({ code: 'custom', path: ['modified_after'], message: 'modified_after cannot be combined with search or postcode' });
  }
  if (searching && q.taxonomy_term_id && q.taxonomy_id) {
    ctx.addIssue({ code: 'custom', path: ['taxonomy_id'], message: 'with search or postcode, give taxonomy_term_id or taxonomy_id, not both' });
  }
  if (searching && q.format === 'ndjson') {
    ctx.addIssue({ code: 'custom', path: ['format'], message: 'format=ndjson streams the whole listing in id order; it cannot be combined with search or postcode' });
  }
  boundedOffset(q, ctx);
}

const servicesQuery = z.object({
  ...serviceFilterShape,
  ...listShape('Services'),
  minimal: flag.optional().describe('Only id and last_modified of each service.'),
  full: flag.optional().describe('Fully nested services (service.json) instead of service_list.json.'),
  translations: flag.optional().describe('Zugang extension: with full=true, include the translations of text fields.'),
}).superRefine((q, ctx) => {
  if (q.minimal && q.full) ctx.addIssue({ code: 'custom', path: ['minimal'], message: 'minimal and full exclude each other' });
  checkServiceFilters(q, ctx);
});

const serviceAtLocationsQuery = z.object({
  ...serviceFilterShape,
  ...listShape('Service at locations'),
  search: serviceFilterShape.search.describe('Full-text search over the services (the directory\'s German search, active services only): '
    + `the service_at_locations of the best ${'1000'} matching services, best match first.`),
  modified_after: serviceFilterShape.modified_after.describe('Service at locations whose service or location was modified on or after this date-time '
    + '(ISO 8601; a date means its midnight UTC). Not combined with search or postcode.'),
  full: flag.optional().describe('Fully nested service_at_locations (service_at_location.json) instead of service_at_location_list.json.'),
}).superRefine(checkServiceFilters);

const organizationsQuery = z.object({
  search: textSearch('name, alternate name or description of the organization'),
  full_service: flag.optional().describe('Fully nested organizations (organization.json) whose services are fully nested too.'),
  full: flag.optional().describe('Fully nested organizations (organization.json; services with their own fields) instead of organization_list.json.'),
  ...listShape('Organizations'),
}).superRefine(boundedOffset);

const taxonomiesQuery = z.object({
  search: textSearch('name or description of the taxonomy'),
  ...listShape('Taxonomies'),
}).superRefine(boundedOffset);

const termsQuery = z.object({
  search: textSearch('name, code or description of the term'),
  ...listShape('Taxonomy terms'),
  taxonomy_id: id('a taxonomy').describe('Terms of this taxonomy.'),
  top_only: flag.optional().describe('Only terms without a parent term (the top level of their taxonomy).'),
  parent_id: id('a taxonomy term').describe('Terms whose parent is this term.'),
}).superRefine((q, ctx) => {
  if (q.top_only && q.parent_id) ctx.addIssue({ code: 'custom', path: ['top_only'], message: 'top_only and parent_id exclude each other' });
  boundedOffset(q, ctx);
});

const hsdsObject = z.looseObject({ id: z.string() });
const pageSchema = (what: string, item: string) => z.object({
  total_items: z.number().int().describe(`${what} matching the query.`),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int().describe(`${what} on this page.`),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(hsdsObject.describe(item)),
}).describe('One page in the envelope of openapi.json (Page). With format=ndjson instead: every match, one object a line (application/x-ndjson).');
const errorSchema = z.looseObject({
  error: z.string(), message: z.string(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
const notFound = (message: string) => ({ error: 'not_found', message });
const itemParams = (what: string) => z.object({ id: z.string().max(200).describe(`The id (UUID) of the ${what}.`) });

function baseUrl(req: FastifyRequest, configured: string | undefined): string {
  return (configured ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}

/**
 * Presented pages of results for a minute (public data; dropped when the directory changes), kept as their
 * JSON text in a memory budget: a page of 500 full services is some 2 MB of text and several times that as
 * objects, and a client paging through a whole directory must not fill the heap.
 */
const presentedPages = new TtlCache<string>(60_000, 300, { maxBytes: 16 * 1024 * 1024, sizeOf: (json) => json.length });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A modified_after date alone means its midnight UTC. */
const since = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);

function envelope(contents: HsdsObject[], total: number, page: number, perPage: number, size = contents.length) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total, total_pages: totalPages, page_number: page, size,
    first_page: page === 1, last_page: page >= totalPages, empty: size === 0, contents: contents as z.infer<typeof hsdsObject>[],
  };
}

/**
 * format=ndjson: every object of the listing, one JSON object a line, read and presented `batch` at a time
 * (keyset in id order) as the client reads them. An error after the first line ends the stream early.
 */
function sendNdjson(reply: FastifyReply, batches: AsyncGenerator<string[]>, present: (ids: string[]) => Promise<HsdsObject[]>) {
  async function* lines() {
    for await (const ids of batches) {
      const docs = await present(ids);
      if (docs.length) yield Buffer.from(`${docs.map((d) => JSON.stringify(d)).join('\n')}\n`, 'utf8');
    }
  }
  return reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(lines(), { objectMode: false }));
}

/** How many services a search on /service_at_locations takes (their service_at_locations are paged). */
const SAL_SEARCH_CAP = 1000;

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

  // Any origin may read (GET, HEAD) and preflight (OPTIONS) every HSDS endpoint.
  openReadCors(fastify, ['/', '/*']);
  app.setNotFoundHandler((req, reply) => reply.code(404).send(notFound(`No HSDS endpoint ${req.method} ${req.url.split('?')[0]}; the API is described at /docs.`)));

  const db = () => app.database.db;

  /** The search of services as /services and /service_at_locations use it: ids in rank order and the total. */
  async function searchIds(q: ServiceFilterQuery & { organization_id?: string }, page: number, perPage: number) {
    const termIds = q.taxonomy_term_id ? [q.taxonomy_term_id] : q.taxonomy_id ? await termIdsOfTaxonomy(db(), q.taxonomy_id) : undefined;
    // A taxonomy without terms matches nothing (an empty list would mean no filter at all).
    if (termIds && !termIds.length) return { ids: [] as string[], total: 0 };
    const parsed = searchParamsSchema.parse({ q: q.search, ort: q.postcode, umkreis: q.proximity == null ? undefined : q.proximity / 1000,
      herkunft: q.herkunft === 'alle' ? undefined : 'lokal' });
    const result = await searchServices(db(), { ...parsed, seite: page, perPage, organizationId: q.organization_id, termIds },
      { timeZone: app.config?.timezone });
    return { ids: result.items.map((i) => i.id), total: result.total };
  }

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

  // ----- services

  app.get('/services', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getPaginatedListOfServices', summary: 'A page of services',
      description: 'Without search or postcode: services of every status ordered by name, filtered in the database. '
        + 'With search or postcode: the directory\'s own search (active services only, best match or nearest first); searches are counted, '
        + 'without personal data, for the municipality\'s planning. format=ndjson: every matching service (not with search or postcode), '
        + 'in the shape minimal, full or the list shape ask for, one a line in id order.',
      querystring: servicesQuery,
      response: { 200: pageSchema('Services', 'By default an HSDS 3.0 service_list.json object; with full=true a service.json object; with minimal=true only id and last_modified.'), 400: errorSchema },
    },
  }, async (req, reply) => {
    const q = req.query;
    const filters: ServiceFilters = { organizationId: q.organization_id, taxonomyTermId: q.taxonomy_term_id, taxonomyId: q.taxonomy_id, modifiedAfter: since(q.modified_after), includeForeign: q.herkunft === 'alle' };
    const base = baseUrl(req, app.config?.baseUrl);
    const present = async (ids: string[]): Promise<HsdsObject[]> => (q.minimal
      ? (await presentServices(db(), ids)).map((s) => ({ id: s.id, last_modified: s.last_modified }))
      : q.full ? await withMetadata(db(), await presentServices(db(), ids, { full: true, translations: q.translations, eventSchedules: eventScheduleOptions(base) })) : await presentServiceList(db(), ids));
    if (q.format === 'ndjson') return sendNdjson(reply, idBatches(db(), serviceListing(filters), q.full ? 100 : 500), present);
    const { ids, total } = q.search?.trim() || q.postcode ? await searchIds(q, q.page, q.per_page) : await listServiceIds(db(), filters, q.page, q.per_page);
    const presentKey = `${q.minimal ? 'min' : q.full ? `full${q.translations ? '+tr' : ''}|${base}` : 'list'}|${ids.join(',')}`;
    const contents = await presentedPages.through(presentKey, async () => JSON.stringify(await present(ids)));
    // The envelope around the cached text (`contents` is its last member), sent as bytes: no serialiser runs.
    const head = JSON.stringify(envelope([], total, q.page, q.per_page, ids.length));
    const body = Buffer.from(`${head.slice(0, -'[]}'.length)}${contents}}`, 'utf8');
    return reply.type('application/json; charset=utf-8').send(body as never);
  });

  app.get('/services/:id', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getFullyNestedServiceById', summary: 'A fully nested service (service.json)',
      description: 'Upcoming sessions of the service\'s courses and events (scheduled, of an active service) are included as one-off schedules: '
        + 'valid_from/valid_to and dtstart the session\'s local date, opens_at/closes_at its local times with the UTC offset, description the '
        + 'event\'s title, schedule_link and notes the event\'s page with its registration. The same with full=true on /services.',
      params: itemParams('service'),
      querystring: z.object({ translations: flag.optional().describe('Zugang extension: include the translations of text fields.'),
        herkunft: z.enum(['lokal', 'alle']).default('lokal').describe('Zugang extension: alle also finds a foreign entry of the portal network; lokal (default) only own services.') }),
      response: { 200: hsdsObject.describe('An HSDS 3.0 service.json object.'), 404: errorSchema },
    },
  }, async (req, reply) => {
    const { id } = req.params;
    const missing = notFound(`No service with id ${JSON.stringify(id.slice(0, 100))}.`);
    if (!UUID.test(id)) return reply.code(404).send({ ...missing, message: `${missing.message} Service ids are UUIDs.` });
    const [service] = await presentServices(db(), [id.toLowerCase()], { full: true, translations: req.query.translations,
      eventSchedules: eventScheduleOptions(baseUrl(req, app.config?.baseUrl)) });
    if (!service || (service.source_id && req.query.herkunft !== 'alle')) return reply.code(404).send(missing);
    await withMetadata(db(), [service]);
    return service as z.infer<typeof hsdsObject>;
  });

  /** A paged list route: the page's ids from the listing, presented; or with format=ndjson every match. */
  async function listed(reply: FastifyReply, q: ListQuery, listing: Listing, present: (ids: string[]) => Promise<HsdsObject[]>, batch = 500) {
    if (q.format === 'ndjson') return sendNdjson(reply, idBatches(db(), listing, batch), present);
    const { ids, total } = await pageOfIds(db(), listing, q.page, q.per_page);
    return envelope(await present(ids), total, q.page, q.per_page);
  }

  /** An item route: 404 JSON for an id that is not a UUID or not there. */
  async function item(reply: FastifyReply, what: string, id: string, present: (ids: string[]) => Promise<HsdsObject[]>) {
    const missing = notFound(`No ${what} with id ${JSON.stringify(id.slice(0, 100))}.`);
    if (!UUID.test(id)) return reply.code(404).send({ ...missing, message: `${missing.message} Ids are UUIDs.` });
    const [found] = await present([id.toLowerCase()]);
    if (!found) return reply.code(404).send(missing);
    return found as z.infer<typeof hsdsObject>;
  }

  // ----- organizations

  app.get('/organizations', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getPaginatedListOfOrganizations', summary: 'A page of organizations',
      description: 'Organizations ordered by name. By default organization_list.json objects; with full=true organization.json objects '
        + '(contacts, phones, locations, attributes, and their services with the services\' own fields); with full_service=true their services fully nested.',
      querystring: organizationsQuery,
      response: { 200: pageSchema('Organizations', 'An HSDS 3.0 organization_list.json object, or with full or full_service an organization.json object.'), 400: errorSchema },
    },
  }, async (req, reply) => {
    const q = req.query;
    const shape = q.full_service ? 'full_service' : q.full ? 'full' : 'list';
    const opts = { eventSchedules: eventScheduleOptions(baseUrl(req, app.config?.baseUrl)) };
    return listed(reply, q, organizationListing(q), (ids) => presentOrganizations(db(), ids, shape, opts), shape === 'list' ? 500 : 20);
  });

  app.get('/organizations/:id', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getOrganizationById', summary: 'A fully nested organization (organization.json)',
      description: 'With its contacts, phones, locations and attributes; its services with their own fields, or fully nested with full_service=true.',
      params: itemParams('organization'),
      querystring: z.object({ full_service: flag.optional().describe('The organization\'s services fully nested (service.json, without the organization again).') }),
      response: { 200: hsdsObject.describe('An HSDS 3.0 organization.json object.'), 404: errorSchema },
    },
  }, async (req, reply) => {
    const opts = { eventSchedules: eventScheduleOptions(baseUrl(req, app.config?.baseUrl)) };
    return item(reply, 'organization', req.params.id, (ids) => presentOrganizations(db(), ids, req.query.full_service ? 'full_service' : 'full', opts));
  });

  // ----- taxonomies and terms

  app.get('/taxonomies', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getPaginatedListOfTaxonomies', summary: 'A page of taxonomies',
      description: 'Taxonomies (the life situations, target groups, accessibility features … the directory classifies services by), ordered by name.',
      querystring: taxonomiesQuery,
      response: { 200: pageSchema('Taxonomies', 'An HSDS 3.0 taxonomy.json object.'), 400: errorSchema },
    },
  }, async (req, reply) => listed(reply, req.query, taxonomyListing(req.query), (ids) => presentTaxonomies(db(), ids)));

  app.get('/taxonomies/:id', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getTaxonomyById', summary: 'A taxonomy (taxonomy.json)',
      params: itemParams('taxonomy'),
      response: { 200: hsdsObject.describe('An HSDS 3.0 taxonomy.json object.'), 404: errorSchema },
    },
  }, async (req, reply) => item(reply, 'taxonomy', req.params.id, (ids) => presentTaxonomies(db(), ids)));

  app.get('/taxonomy_terms', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getPaginatedListOfTaxonomyTerms', summary: 'A page of taxonomy terms',
      description: 'Taxonomy terms ordered by name, each with its taxonomy as taxonomy_detail. top_only: terms without a parent '
        + '(openapi.json\'s description says "that have not child terms"; the parameter\'s name and use are the top level).',
      querystring: termsQuery,
      response: { 200: pageSchema('Taxonomy terms', 'An HSDS 3.0 taxonomy_term.json object.'), 400: errorSchema },
    },
  }, async (req, reply) => {
    const q = req.query;
    return listed(reply, q, termListing({ search: q.search, taxonomyId: q.taxonomy_id, parentId: q.parent_id, topOnly: q.top_only }),
      (ids) => presentTerms(db(), ids));
  });

  app.get('/taxonomy_terms/:id', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getTaxonomyTermById', summary: 'A taxonomy term (taxonomy_term.json)',
      params: itemParams('taxonomy term'),
      response: { 200: hsdsObject.describe('An HSDS 3.0 taxonomy_term.json object.'), 404: errorSchema },
    },
  }, async (req, reply) => item(reply, 'taxonomy term', req.params.id, (ids) => presentTerms(db(), ids)));

  // ----- service at locations

  app.get('/service_at_locations', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getPaginatedListOfServiceAtLocation', summary: 'A page of service_at_locations',
      description: 'Without search or postcode: in id order, filtered by their services (organization, taxonomy) and by the modification of '
        + `service or location. With search or postcode: the service_at_locations of the best ${SAL_SEARCH_CAP} services the directory's search finds, `
        + 'best match (or nearest) first. By default service_at_location_list.json objects; with full=true service_at_location.json.',
      querystring: serviceAtLocationsQuery,
      response: { 200: pageSchema('Service at locations', 'An HSDS 3.0 service_at_location_list.json object, or with full=true a service_at_location.json object.'), 400: errorSchema },
    },
  }, async (req, reply) => {
    const q = req.query;
    const opts = { eventSchedules: eventScheduleOptions(baseUrl(req, app.config?.baseUrl)) };
    const present = (ids: string[]) => presentServiceAtLocations(db(), ids, Boolean(q.full), opts);
    if (q.search?.trim() || q.postcode) {
      const { ids: serviceIds } = await searchIds(q, 1, SAL_SEARCH_CAP);
      const all = await serviceAtLocationIdsOf(db(), serviceIds);
      const offset = (q.page - 1) * q.per_page;
      return envelope(await present(all.slice(offset, offset + q.per_page)), all.length, q.page, q.per_page);
    }
    const listing = serviceAtLocationListing({ organizationId: q.organization_id, taxonomyTermId: q.taxonomy_term_id, taxonomyId: q.taxonomy_id, modifiedAfter: since(q.modified_after) });
    return listed(reply, q, listing, present, q.full ? 100 : 500);
  });

  app.get('/service_at_locations/:id', {
    config: { permission: 'directory.read' },
    schema: {
      tags: ['HSDS'], operationId: 'getServiceAtLocationWithNestedDataById', summary: 'A fully nested service_at_location (service_at_location.json)',
      description: 'With its contacts, phones, schedules, attributes, its location and its service fully nested. (openapi.json names compiled/service.json '
        + 'as this response\'s schema; a service_at_location is served as compiled/service_at_location.json describes it.)',
      params: itemParams('service_at_location'),
      response: { 200: hsdsObject.describe('An HSDS 3.0 service_at_location.json object.'), 404: errorSchema },
    },
  }, async (req, reply) => {
    const opts = { eventSchedules: eventScheduleOptions(baseUrl(req, app.config?.baseUrl)) };
    return item(reply, 'service_at_location', req.params.id, (ids) => presentServiceAtLocations(db(), ids, true, opts));
  });
};

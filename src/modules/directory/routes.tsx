// Public pages of the family information system. Everything here is open to visitors.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { rows } from '../../platform/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { translator, formats } from '../../platform/i18n.ts';
import { searchParamsSchema, searchServices, type ParsedSearch } from './search/search.ts';
import { analyse, buildSynonymIndex } from './search/query.ts';
import * as svc from './service.ts';
import { openingHours } from './hours.ts';
import { sourceLabels } from './federation.ts';
import { HomePage } from './views/home.tsx';
import { ResultsPage } from './views/results.tsx';
import { ServicePage, type ServiceView } from './views/service.tsx';
import { OrganizationPage } from './views/organization.tsx';
import { DistrictPage, DistrictsPage } from './views/district.tsx';
import { StaticPage } from './views/static.tsx';
import { searchUpcomingEvents, upcomingEvents } from '../events/index.ts';
import { responseSlot } from '../../platform/views/slots.ts';
import { formTimeToken } from './feedback.ts';
import { feedbackRoutes } from './feedback-routes.tsx';
import type { FeedbackFormState } from './views/feedback.tsx';

const uuidParam = z.object({ id: z.string() });
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
const TWELVE_MONTHS = 365 * 24 * 3600 * 1000;

export const directoryRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const tz = app.config.timezone;

  app.get('/', { config: { permission: 'directory.read' }, schema: { hide: true } }, async (req, reply) => {
    return reply.publicPage(async () => {
      const [situations, districts, counts] = await Promise.all([svc.lifeSituations(db(), req.lang), svc.listDistricts(db()), svc.directoryCounts(db())]);
      return <HomePage situations={situations} districts={districts} counts={counts} />;
    });
  });

  app.get('/suche', { config: { permission: 'directory.read' }, schema: { hide: true } }, async (req, reply) => {
    const raw = Object.fromEntries(Object.entries(req.query as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const t = translator(req.lang);
    const parsed = searchParamsSchema.safeParse(raw);
    let params: ParsedSearch;
    const errors: { field: string; message: string }[] = [];
    if (parsed.success) params = parsed.data;
    else {
      // Keep what was valid, explain what was not; never lose what the person typed.
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      for (const f of bad) errors.push({ field: f, message: t(`errors.field.${f}`, { defaultValue: t('errors.invalidValue') }) });
      const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
      params = searchParamsSchema.parse(rest);
    }
    const [situations, terms, districts] = await Promise.all([svc.lifeSituations(db(), req.lang), svc.termNames(db(), req.lang), svc.districtNames(db())]);
    const result = await searchServices(db(), params, { timeZone: tz });
    const translations = await svc.serviceTranslations(db(), result.items.map((i) => i.id), req.lang);
    const related = result.total === 0 && params.q ? await svc.relatedSituations(db(), req.lang, params.q) : [];
    const events = params.seite === 1 ? await searchUpcomingEvents(db(), params, req.lang) : [];
    return reply.page(<ResultsPage params={params} result={result} errors={errors} raw={raw} situations={situations} terms={terms} related={related} events={events}
      districts={[...districts.entries()].map(([id, d]) => ({ id, ...d })).sort((a, b) => a.name.localeCompare(b.name))} translations={translations} />,
      errors.length ? 400 : 200);
  });

  const servicePage = async (req: FastifyRequest, id: string, feedback: FeedbackFormState) => {
    const s = await svc.getServicePage(db(), id);
    if (!s) throw new NotFoundError();
    const [terms, districts, events, sources] = await Promise.all([svc.termNames(db(), req.lang), svc.districtNames(db()),
      upcomingEvents(db(), { serviceId: id }, req.lang), s.source_id ? sourceLabels(db(), [id]) : new Map<string, string>()]);
    return <ServicePage s={{ ...serviceView(s, req, terms, districts, tz), events, sourceLabel: sources.get(id) ?? null }} feedback={feedback} />;
  };

  app.get('/angebote/:id', { config: { permission: 'directory.read' }, schema: { hide: true, params: uuidParam } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!isUuid(id)) throw new NotFoundError();
    const danke = (req.query as { danke?: string }).danke;
    const thanks = danke === 'meldung' ? 'report' : danke === 'hilfreich' ? 'helpful' : undefined;
    // The page is cached for every visitor; the feedback forms' CSRF token and signed time are filled per
    // response (feedback-routes.tsx explains why the forms live on the cached page).
    return reply.publicPage(() => servicePage(req, id, { csrf: responseSlot('csrf'), formTime: responseSlot('formtime'), thanks }),
      { csrf: () => reply.generateCsrf(), formtime: () => formTimeToken(app.config.secretKey) });
  });

  await app.register(feedbackRoutes({ servicePage }));

  app.get('/organisationen/:id', { config: { permission: 'directory.read' }, schema: { hide: true, params: uuidParam } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!isUuid(id)) throw new NotFoundError();
    return reply.publicPage(async () => {
      const found = await svc.getOrganization(db(), id);
      if (!found) throw new NotFoundError();
      const o = found.organization;
      const [events, [source]] = await Promise.all([upcomingEvents(db(), { organizationId: id }, req.lang),
        o.sourceId ? rows<{ label: string }>(db(), sql`SELECT label FROM federation_sources WHERE id = ${o.sourceId}`) : []]);
      return <OrganizationPage o={{ events, sourceLabel: source?.label ?? null,
        id: o.id, name: svc.localise(o, 'name', req.lang)!, description: svc.localise(o, 'description', req.lang),
        website: o.website, email: o.email, phones: found.phones.map((p) => ({ number: p.number, description: p.description })), services: found.services,
      }} />;
    });
  });

  app.get('/sozialraeume', { config: { permission: 'directory.read' }, schema: { hide: true } }, async (_req, reply) => {
    return reply.publicPage(async () => {
      const districts = await svc.listDistricts(db());
      const boundaries = await rows<{ code: string; name: string; boundary: unknown }>(db(), sql`SELECT code, name, boundary FROM districts ORDER BY name`);
      return <DistrictsPage districts={districts} boundaries={boundaries} />;
    });
  });

  app.get('/sozialraeume/:code', { config: { permission: 'directory.read' }, schema: { hide: true } }, async (req, reply) => {
    const { code } = req.params as { code: string };
    return reply.publicPage(async () => {
    const d = await svc.getDistrict(db(), code);
    if (!d) throw new NotFoundError();
    const situations = await svc.lifeSituations(db(), req.lang);
    const counts = await rows<{ id: string; n: number }>(db(), sql`
      SELECT t AS id, count(*)::int AS n FROM service_search ss, unnest(ss.term_ids) t WHERE ss.active AND ss.district_ids @> ARRAY[${d.id}]::uuid[] GROUP BY t`);
    const result = await searchServices(db(), { q: undefined, ort: undefined, seite: 1, sozialraum: d.code, perPage: 200, log: false, sort: 'name' }, { timeZone: tz });
    return <DistrictPage district={d} situations={situations} counts={new Map(counts.map((c) => [c.id, c.n]))} services={result.items} total={result.total} />;
    });
  });

  for (const page of ['impressum', 'datenschutz', 'barrierefreiheit'] as const) {
    app.get(`/${page}`, { config: { permission: 'directory.read' }, schema: { hide: true } }, async (_req, reply) => reply.publicPage(async () => <StaticPage page={page} />));
  }

  // Suggestions while typing: service names and life situations that start with or contain the words.
  app.get('/api/suggest', {
    config: { permission: 'directory.read' },
    schema: { tags: ['Directory'], summary: 'Suggestions for the search box while typing', querystring: z.object({ q: z.string().max(100).default('') }),
      response: { 200: z.object({ suggestions: z.array(z.string()) }) } },
  }, async (req) => {
    const q = (req.query as { q: string }).q.trim();
    if (q.length < 2) return { suggestions: [] };
    const terms = analyse(q, buildSynonymIndex([]), { prefix: true });
    const prefix = terms.map((x) => `'${x.text.replace(/ /g, "' <-> '")}'${x === terms[terms.length - 1] ? ':*' : ''}`).join(' & ');
    const found = await rows<{ s: string }>(db(), sql`
      (SELECT name AS s FROM taxonomy_terms WHERE name ILIKE ${`%${q.replace(/[%_\\]/g, '')}%`} ORDER BY length(name) LIMIT 3)
      UNION ALL
      (SELECT ss.name AS s FROM service_search ss WHERE ss.active AND ss.document @@ to_tsquery('zugang', ${prefix})
       ORDER BY ts_rank_cd(ss.document, to_tsquery('zugang', ${prefix}), 1) DESC, ss.name LIMIT 7)`);
    return { suggestions: [...new Set(found.map((f) => f.s))].slice(0, 8) };
  });
};

/** Whole months from one date to another (the age of a confirmation). */
function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return Math.max(0, to.getUTCDate() < from.getUTCDate() ? months - 1 : months);
}

export function serviceView(s: Record<string, unknown>, req: FastifyRequest, terms: Map<string, { code: string; name: string; parentId: string | null }>,
  districts: Map<string, { code: string; name: string }>, tz: string): ServiceView {
  const t = translator(req.lang);
  const now = new Date();
  type Obj = Record<string, unknown>;
  const arr = (o: Obj, k: string) => (o[k] as Obj[] | undefined) ?? [];
  const org = (s.organization ?? {}) as Obj;
  const sals = arr(s, 'service_at_locations');
  const locations = sals.map((sal) => (sal.location ?? {}) as Obj).filter((l) => l.id).map((l) => {
    const addr = arr(l, 'addresses')[0];
    const dist = l.district_id ? districts.get(l.district_id as string) : undefined;
    const features = arr(l, 'attributes').map((a) => a.taxonomy_term as Obj | undefined).filter((x) => x && x.taxonomy === 'Barrierefreiheit')
      .map((x) => terms.get(x!.id as string)?.name ?? (x!.name as string));
    // A confidential location's document carries no address and no coordinates (hsds-present.ts); the
    // page says the address is given on request, through the contact ways.
    const confidential = l.confidential === true;
    return {
      id: l.id as string, name: svc.localise(l, 'name', req.lang)?.text ?? null, confidential,
      address: addr && !confidential ? [addr.address_1 as string, addr.address_2 as string, `${addr.postal_code} ${addr.city}`].filter(Boolean) : [],
      districtName: dist?.name ?? null, districtCode: dist?.code ?? null,
      latitude: confidential ? null : (l.latitude as number) ?? null, longitude: confidential ? null : (l.longitude as number) ?? null, transportation: (l.transportation as string) ?? null,
      accessibility: arr(l, 'accessibility').map((a) => (a.description ?? a.details) as string).filter(Boolean), features,
      hours: arr(l, 'schedules').length ? openingHours(arr(l, 'schedules') as never, now, tz) : null,
      phones: arr(l, 'phones').map((p) => ({ number: p.number as string, description: (p.description as string) ?? null })),
    };
  });
  const costs = arr(s, 'cost_options').map((c) => ({
    label: !c.amount ? t('service.free') : formats(req.lang, tz).currency(c.amount as number, (c.currency as string) ?? 'EUR'),
    description: (c.amount_description as string) ?? (c.option && c.amount ? (c.option as string) : null),
  }));
  const situations = arr(s, 'attributes').map((a) => terms.get(a.taxonomy_term_id as string)).filter((x): x is NonNullable<typeof x> => Boolean(x))
    .map((x) => ({ code: x.code, name: x.name }));
  const assured = (s.assured_date as string) ?? null;
  const base = `${req.protocol}://${req.host}`;
  return {
    id: s.id as string, name: svc.localise(s, 'name', req.lang)!, description: svc.localise(s, 'description', req.lang),
    alert: (s.alert as string) ?? null, organization: { id: org.id as string, name: svc.localise(org, 'name', req.lang)?.text ?? '' },
    eligibility: svc.localise(s, 'eligibility_description', req.lang), applicationProcess: (s.application_process as string) ?? null,
    feesDescription: (s.fees_description as string) ?? null, minimumAge: (s.minimum_age as number) ?? null, maximumAge: (s.maximum_age as number) ?? null,
    url: (s.url as string) ?? null, email: (s.email as string) ?? null,
    phones: arr(s, 'phones').map((p) => ({ number: p.number as string, description: (p.description as string) ?? null, type: (p.type as string) ?? null })),
    locations, hours: arr(s, 'schedules').length ? openingHours(arr(s, 'schedules') as never, now, tz) : null,
    languages: arr(s, 'languages').map((l) => l.code as string).filter(Boolean), costs, situations,
    assuredDate: assured, outdated: assured ? now.getTime() - new Date(assured).getTime() > TWELVE_MONTHS : false,
    // The editorial module's freshness check flags entries not confirmed for 12 months: their age in months.
    confirmedMonthsAgo: assured ? monthsBetween(new Date(assured), now) : null,
    status: (s.status as string) ?? 'active', shareUrl: `${base}/angebote/${s.id}${req.lang !== 'de' ? `?lang=${req.lang}` : ''}`,
  };
}


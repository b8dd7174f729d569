// Directory search: one function behind the result pages and the HSDS API.
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../../platform/db.ts';
import { rows } from '../../../platform/db.ts';
import { analyse, buildSynonymIndex, fold, toTsquery, wordsToCheck, type QueryTerm, type SynonymIndex } from './query.ts';
import { postcodeCentroid } from '../geo.ts';
import { CLOSED_ATTENDING, localNow } from '../hours.ts';
import { TtlCache, directoryChanged } from '../../../platform/cache.ts';
import { logSearch } from './search-log.ts';

export const MODES = ['in_person', 'phone', 'online'] as const;
const flag = z.union([z.boolean(), z.enum(['1', 'true', 'on', '0', 'false', 'off', ''])]).transform((v) => v === true || v === '1' || v === 'true' || v === 'on');

/** Search parameters as they arrive from a URL; every field optional, bad values rejected with a message per field. */
export const searchParamsSchema = z.object({
  q: z.string().max(200).optional().transform((v) => v?.trim() || undefined),
  lebenslage: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().or(z.literal('').transform(() => undefined)),
  age: z.union([z.literal('').transform(() => undefined), z.coerce.number().int().min(0).max(120)]).optional(),
  sprache: z.string().regex(/^[a-z]{2,3}$/).optional().or(z.literal('').transform(() => undefined)),
  sozialraum: z.string().max(60).regex(/^[\p{L}\p{N}_-]+$/u).optional().or(z.literal('').transform(() => undefined)),
  kostenfrei: flag.optional(),
  rollstuhl: flag.optional(),
  offen: flag.optional(),
  zugang: z.enum(MODES).optional().or(z.literal('').transform(() => undefined)),
  ort: z.string().max(120).optional().transform((v) => v?.trim() || undefined),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  umkreis: z.union([z.literal('').transform(() => undefined), z.coerce.number().min(1).max(200)]).optional(),
  sort: z.enum(['relevanz', 'entfernung', 'name']).optional().or(z.literal('').transform(() => undefined)),
  /** "nur unser Landkreis": only the instance's own entries, no foreign ones of the portal network (federation.ts). */
  herkunft: z.enum(['lokal']).optional().or(z.literal('').transform(() => undefined)),
  seite: z.coerce.number().int().min(1).max(1000).default(1),
});
export type SearchParams = z.input<typeof searchParamsSchema>;
export type ParsedSearch = z.output<typeof searchParamsSchema> & {
  perPage?: number; organizationId?: string; termIds?: string[]; prefix?: boolean; log?: boolean;
};

export type SearchHit = {
  id: string; name: string; organizationId: string; organizationName: string; description: string | null;
  minimumAge: number | null; maximumAge: number | null; free: boolean; wheelchair: boolean; modes: string[];
  languageCodes: string[]; districtNames: string[]; address: string | null; latitude: number | null; longitude: number | null;
  distanceKm: number | null; rank: number;
  /** The label of the federation source of a foreign entry ("Landkreis Nordheide"); null for our own. */
  sourceLabel: string | null;
};
export type Facet = { value: string; count: number };
export type SearchResult = {
  total: number; page: number; perPage: number; items: SearchHit[]; relaxed: boolean;
  facets: { terms: Facet[]; districts: Facet[]; languages: Facet[]; modes: Facet[]; free: number; wheelchair: number; foreign: number };
  suggestion: string | null; origin: { lat: number; lon: number; label: string } | null; originNotFound: boolean;
  terms: QueryTerm[];
};

let synonymCache: { at: number; index: SynonymIndex } | undefined;
export function invalidateSynonyms() { synonymCache = undefined; directoryChanged(); }

async function synonymIndex(db: Queryable): Promise<SynonymIndex> {
  if (synonymCache && Date.now() - synonymCache.at < 60_000) return synonymCache.index;
  const groups = await rows<{ terms: string[] }>(db, sql`SELECT terms FROM search_synonyms`);
  synonymCache = { at: Date.now(), index: buildSynonymIndex(groups.map((g) => g.terms)) };
  return synonymCache.index;
}

/** Corrections for misspelt words, from the words that occur in the directory (pg_trgm). */
async function corrections(db: Queryable, words: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!words.length) return out;
  const found = await rows<{ tok: string; word: string | null; known: boolean }>(db, sql`
    SELECT t.tok, c.word, EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word = t.tok) AS known
    FROM unnest(${sql.param(words)}::text[]) AS t(tok)
    LEFT JOIN LATERAL (
      SELECT v.word FROM search_vocabulary v
      WHERE v.word % t.tok AND similarity(v.word, t.tok) >= 0.45
      ORDER BY similarity(v.word, t.tok) DESC, v.document_count DESC LIMIT 2
    ) c ON true`);
  for (const r of found) {
    if (r.known || !r.word) continue;
    out.set(r.tok, [...(out.get(r.tok) ?? []), r.word]);
  }
  return out;
}

type Origin = { lat: number; lon: number; label: string };

/** A place from a postcode, a street address in the directory, or a district name. */
export async function resolvePlace(db: Queryable, text: string): Promise<Origin | null> {
  const plz = text.match(/\b(\d{5})\b/);
  const street = text.replace(/\b\d{5}\b/, '').replace(/[,]/g, ' ').trim();
  if (street.length >= 3) {
    const [hit] = await rows<{ lat: number; lon: number; label: string }>(db, sql`
      SELECT l.latitude AS lat, l.longitude AS lon, a.address_1 || ', ' || a.postal_code || ' ' || a.city AS label
      FROM addresses a JOIN locations l ON l.id = a.location_id
      WHERE l.latitude IS NOT NULL AND NOT l.confidential AND (a.address_1 ILIKE ${`${street.split(/\s+\d/)[0]}%`})
        ${plz ? sql`AND a.postal_code = ${plz[1]}` : sql``}
      ORDER BY (a.address_1 ILIKE ${street}) DESC, a.address_1 LIMIT 1`);
    if (hit) return hit;
    const [district] = await rows<{ lat: number; lon: number; label: string }>(db, sql`
      SELECT (min_lat + max_lat) / 2 AS lat, (min_lon + max_lon) / 2 AS lon, name AS label FROM districts
      WHERE lower(name) = lower(${street}) LIMIT 1`);
    if (district) return district;
  }
  if (plz) {
    const c = postcodeCentroid(plz[1]);
    if (c) return { ...c, label: plz[1] };
  }
  return null;
}

/** SQL condition: the service has an opening-hours entry covering the given moment, and no closure covers the day. */
export function openNowCondition(now: Date, timeZone: string): SQL {
  const { day, time, date } = localNow(now, timeZone);
  // Schedules of the service, its locations or its service-at-location records, valid on that day.
  const schedulesToday = (condition: SQL) => sql`EXISTS (
    SELECT 1 FROM schedules sc
    WHERE (sc.service_id = ss.service_id
           OR sc.location_id IN (SELECT location_id FROM service_at_locations WHERE service_id = ss.service_id)
           OR sc.service_at_location_id IN (SELECT id FROM service_at_locations WHERE service_id = ss.service_id))
      AND (sc.valid_from IS NULL OR sc.valid_from <= ${date}::date) AND (sc.valid_to IS NULL OR sc.valid_to >= ${date}::date)
      AND ${condition})`;
  return sql`${schedulesToday(sql`coalesce(sc.freq, 'WEEKLY') = 'WEEKLY' AND sc.byday LIKE ${`%${day}%`} AND sc.opens_at <= ${time} AND sc.closes_at > ${time}`)}
    AND NOT ${schedulesToday(sql`sc.attending_type = ${CLOSED_ATTENDING}`)}`;
}

const distanceSql = (o: Origin) => sql`(2 * 6371 * asin(sqrt(
  power(sin(radians(ss.latitude - ${o.lat}) / 2), 2) +
  cos(radians(${o.lat})) * cos(radians(ss.latitude)) * power(sin(radians(ss.longitude - ${o.lon}) / 2), 2))))`;

export type SearchOptions = {
  now?: Date; timeZone?: string;
  /** false: run the SQL even when a recent result is cached (the benchmark's direct figure). */
  cache?: boolean;
};

type FacetGroup = {
  term_ids: string[] | null; district_ids: string[] | null; language_codes: string[] | null; modes: string[] | null;
  free: boolean | null; wheelchair: boolean | null; foreign: boolean | null; n: number;
};
type FacetCount = { k: string; v: string; n: number };

/**
 * The facet counts from the grouping sets of the facet statement. In each row exactly one column is set
 * (the one its set groups by; every facet column is NOT NULL in service_search), the others are NULL.
 */
function facetCounts(groups: FacetGroup[]): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  const add = (k: string, v: string, n: number) => {
    const key = `${k}\u0000${v}`;
    const c = counts.get(key);
    if (c) c.n += n; else counts.set(key, { k, v, n });
  };
  for (const g of groups) {
    if (g.free != null) { add('total', '', g.n); if (g.free) add('free', '', g.n); }
    else if (g.wheelchair != null) { if (g.wheelchair) add('wheelchair', '', g.n); }
    else if (g.foreign != null) { if (g.foreign) add('foreign', '', g.n); }
    else if (g.term_ids) for (const v of g.term_ids) add('term', v, g.n);
    else if (g.district_ids) for (const v of g.district_ids) add('district', v, g.n);
    else if (g.language_codes) for (const v of g.language_codes) add('language', v, g.n);
    else if (g.modes) for (const v of g.modes) add('mode', v, g.n);
  }
  return [...counts.values()];
}

/** How many first-stage matches the literal-match boost re-orders (covers the first pages). */
const RERANK_CANDIDATES = 200;

/**
 * Results of recent searches, per app instance: broad searches ("Beratung") are both the most frequent
 * and the most expensive. Entries live 60 seconds and are dropped at once when this instance changes the
 * directory; another instance's change shows here within the minute. Searches with "open now" depend on
 * the clock and are never cached.
 */
const cache = new TtlCache<SearchResult>(60_000, 200);

export async function searchServices(db: Queryable, p: ParsedSearch, opts: SearchOptions = {}): Promise<SearchResult> {
  const { log, ...keyed } = p;
  const key = p.offen ? null : JSON.stringify(keyed);
  const result = key && opts.cache !== false ? await cache.through(key, () => computeSearch(db, p, opts)) : await computeSearch(db, p, opts);
  // Every search counts for steering, cached or not; without personal data (written in batches, search-log.ts).
  if (log !== false && result.page === 1 && (p.q || p.lebenslage)) {
    logSearch(db, {
      query: (p.q ?? '').toLowerCase().slice(0, 200),
      filters: JSON.parse(JSON.stringify({ lebenslage: p.lebenslage, age: p.age, sprache: p.sprache, sozialraum: p.sozialraum, kostenfrei: p.kostenfrei || undefined,
        rollstuhl: p.rollstuhl || undefined, offen: p.offen || undefined, zugang: p.zugang, herkunft: p.herkunft, ort: result.origin ? true : undefined })),
      resultCount: result.total, sozialraum: p.sozialraum ?? null,
    });
  }
  return result;
}

async function computeSearch(db: Queryable, p: ParsedSearch, opts: SearchOptions): Promise<SearchResult> {
  const perPage = p.perPage ?? 20;
  const page = p.seite ?? 1;
  const synonyms = await synonymIndex(db);
  const terms = p.q ? analyse(p.q, synonyms, { prefix: p.prefix ?? true }) : [];
  const fixes = await corrections(db, wordsToCheck(terms));
  for (const t of terms) t.corrections = fixes.get(fold(t.text)) ?? [];

  let origin: Origin | null = null;
  let originNotFound = false;
  if (p.lat != null && p.lon != null) origin = { lat: p.lat, lon: p.lon, label: '' };
  else if (p.ort) {
    origin = await resolvePlace(db, p.ort);
    originNotFound = !origin;
  }

  const filters: SQL[] = [sql`ss.active`];
  if (p.lebenslage) filters.push(sql`ss.term_ids && ARRAY(SELECT id FROM taxonomy_terms WHERE code = ${p.lebenslage})`);
  if (p.termIds?.length) filters.push(sql`ss.term_ids && ${sql.param(p.termIds)}::uuid[]`);
  if (p.organizationId) filters.push(sql`ss.organization_id = ${p.organizationId}`);
  if (p.age != null) filters.push(sql`coalesce(ss.minimum_age, 0) <= ${p.age} AND coalesce(ss.maximum_age, 200) >= ${p.age}`);
  if (p.sprache) filters.push(sql`ss.language_codes @> ARRAY[${p.sprache}]::text[]`);
  if (p.sozialraum) filters.push(sql`ss.district_ids && ARRAY(SELECT id FROM districts WHERE code = ${p.sozialraum})`);
  if (p.kostenfrei) filters.push(sql`ss.free`);
  if (p.rollstuhl) filters.push(sql`ss.wheelchair`);
  if (p.zugang) filters.push(sql`ss.modes @> ARRAY[${p.zugang}]::text[]`);
  if (p.herkunft === 'lokal') filters.push(sql`ss.source_id IS NULL`);
  if (p.offen) filters.push(openNowCondition(opts.now ?? new Date(), opts.timeZone ?? 'Europe/Berlin'));
  if (origin && p.umkreis) {
    const dLat = p.umkreis / 111;
    const dLon = p.umkreis / (111 * Math.cos((origin.lat * Math.PI) / 180));
    filters.push(sql`ss.latitude BETWEEN ${origin.lat - dLat} AND ${origin.lat + dLat} AND ss.longitude BETWEEN ${origin.lon - dLon} AND ${origin.lon + dLon}`);
    filters.push(sql`${distanceSql(origin)} <= ${p.umkreis}`);
  }

  const run = async (tsq: string | null) => {
    const where = sql.join(tsq ? [sql`ss.document @@ to_tsquery('zugang', ${tsq})`, ...filters] : filters, sql` AND `);
    // One pass over the matches, one group per distinct value of each facet column: a set of life
    // situations or districts is one group however many services share it, and is expanded here.
    // (Unnesting the arrays per match and grouping the elements cost five times as much at 50,000 matches.)
    const groups = await rows<FacetGroup>(db, sql`
      SELECT ss.term_ids, ss.district_ids, ss.language_codes, ss.modes, ss.free, ss.wheelchair, (ss.source_id IS NOT NULL) AS foreign, count(*)::int AS n
      FROM service_search ss WHERE ${where}
      GROUP BY GROUPING SETS ((ss.free), (ss.term_ids), (ss.district_ids), (ss.language_codes), (ss.modes), (ss.wheelchair), ((ss.source_id IS NOT NULL)))`);
    return { where, facets: facetCounts(groups) };
  };

  let relaxed = false;
  let tsq = toTsquery(terms, 'all');
  let { where, facets } = await run(tsq);
  const total0 = facets.find((f) => f.k === 'total')?.n ?? 0;
  if (total0 === 0 && terms.length > 1) {
    tsq = toTsquery(terms, 'any');
    ({ where, facets } = await run(tsq));
    relaxed = (facets.find((f) => f.k === 'total')?.n ?? 0) > 0;
    if (!relaxed) tsq = toTsquery(terms, 'all');
  }
  const total = facets.find((f) => f.k === 'total')?.n ?? 0;

  const literal = tsq ? toTsquery(terms, relaxed ? 'any' : 'all', true) : null;
  const distance = origin ? distanceSql(origin) : sql`NULL::float8`;
  // A place means "near me": nearest first among what matches, unless the person chose otherwise.
  const sort = p.sort ?? (origin ? 'entfernung' : tsq ? 'relevanz' : 'name');
  const offset = (page - 1) * perPage;
  // Ranking in two stages. The cheap rank over every match (ts_rank: weights and frequencies) picks the
  // best candidates; cover density (ts_rank_cd, how close the words stand) and the boost for literal
  // matches re-order only those. ts_rank_cd over every match cost six times as much with a query of many
  // alternatives ("Kita": 1.3 s at 40,000 matches). Deep pages (beyond the candidates) keep the first-stage order.
  const candidates = Math.max(RERANK_CANDIDATES, offset + perPage);
  const reRank = tsq && sort === 'relevanz' && offset + perPage <= RERANK_CANDIDATES;
  const firstRank = tsq ? sql`ts_rank(ss.document, to_tsquery('zugang', ${tsq}), 1)` : sql`0::float4`;
  const firstOrder = sort === 'entfernung' && origin ? sql`distance_km ASC NULLS LAST, rank0 DESC, ss.name, ss.service_id`
    : sort === 'name' ? sql`ss.name, ss.service_id` : sql`rank0 DESC, ss.name, ss.service_id`;
  const finalRank = reRank ? sql`(ts_rank_cd(c.document, to_tsquery('zugang', ${tsq}), 1) + 2 * ts_rank_cd(c.document, to_tsquery('zugang', ${literal}), 1))` : sql`c.rank0`;
  const finalOrder = sort === 'entfernung' && origin ? sql`c.distance_km ASC NULLS LAST, rank DESC, c.name, c.service_id`
    : sort === 'name' ? sql`c.name, c.service_id` : sql`rank DESC, c.name, c.service_id`;
  const items = total === 0 ? [] : await rows<Record<string, unknown>>(db, sql`
    WITH c AS (
      SELECT ss.service_id, ss.name, ss.organization_id, ss.document, ss.minimum_age, ss.maximum_age, ss.free, ss.wheelchair,
        ss.modes, ss.language_codes, ss.district_ids, ss.latitude, ss.longitude, ss.source_id, ${distance} AS distance_km, ${firstRank} AS rank0
      FROM service_search ss
      WHERE ${where}
      ORDER BY ${firstOrder}
      LIMIT ${reRank ? candidates : perPage} OFFSET ${reRank ? 0 : offset}
    ), top AS (
      SELECT c.*, ${finalRank} AS rank FROM c ORDER BY ${finalOrder} LIMIT ${perPage} OFFSET ${reRank ? offset : 0}
    )
    SELECT top.service_id AS id, top.name, top.organization_id, o.name AS organization_name, s.description,
      top.minimum_age, top.maximum_age, top.free, top.wheelchair, top.modes, top.language_codes,
      top.latitude, top.longitude, top.distance_km, top.rank,
      (SELECT f.label FROM federation_sources f WHERE f.id = top.source_id) AS source_label,
      (SELECT array_agg(DISTINCT d.name) FROM districts d WHERE d.id = ANY(top.district_ids)) AS district_names,
      (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM service_at_locations sl
         JOIN addresses a ON a.location_id = sl.location_id JOIN locations l ON l.id = sl.location_id
         WHERE sl.service_id = top.service_id AND NOT l.confidential ORDER BY a.id LIMIT 1) AS address
    FROM top
    JOIN services s ON s.id = top.service_id
    JOIN organizations o ON o.id = top.organization_id
    ORDER BY ${sql.raw(sort === 'entfernung' && origin ? 'top.distance_km ASC NULLS LAST, top.rank DESC, top.name, top.service_id' : sort === 'name' ? 'top.name, top.service_id' : 'top.rank DESC, top.name, top.service_id')}`);

  let suggestion: string | null = null;
  if (terms.some((t) => t.corrections.length)) {
    suggestion = terms.map((t) => t.corrections[0] ?? t.text).join(' ');
  }
  const facet = (k: string) => facets.filter((f) => f.k === k).map((f) => ({ value: f.v, count: f.n })).sort((a, b) => b.count - a.count);
  return {
    total, page, perPage, relaxed, suggestion, origin, originNotFound, terms,
    items: items.map((r) => ({
      id: r.id as string, name: r.name as string, organizationId: r.organization_id as string, organizationName: r.organization_name as string,
      description: r.description as string | null, minimumAge: r.minimum_age as number | null, maximumAge: r.maximum_age as number | null,
      free: r.free as boolean, wheelchair: r.wheelchair as boolean, modes: r.modes as string[], languageCodes: r.language_codes as string[],
      districtNames: (r.district_names as string[] | null) ?? [], address: r.address as string | null,
      latitude: r.latitude as number | null, longitude: r.longitude as number | null,
      distanceKm: r.distance_km == null ? null : Number(r.distance_km), rank: Number(r.rank),
      sourceLabel: (r.source_label as string | null) ?? null,
    })),
    facets: {
      terms: facet('term'), districts: facet('district'), languages: facet('language'), modes: facet('mode'),
      free: facets.find((f) => f.k === 'free')?.n ?? 0, wheelchair: facets.find((f) => f.k === 'wheelchair')?.n ?? 0,
      foreign: facets.find((f) => f.k === 'foreign')?.n ?? 0,
    },
  };
}

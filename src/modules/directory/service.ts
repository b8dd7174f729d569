// Read models of the public directory pages. Everything here is public information (no personal
// data), so there is no audit. Confidential locations come without address and coordinates (hsds-present.ts).
import { sql, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import * as t from './schema.ts';
import { storedServiceDocument, touchServices, type HsdsObject } from './hsds-present.ts';
import type { Lang } from '../../platform/i18n.ts';
import { TtlCache, directoryChanged } from '../../platform/cache.ts';

export async function municipalityName(db: Queryable): Promise<{ name: string; shortName: string }> {
  try {
    const [row] = await db.select().from(t.settings).where(eq(t.settings.key, 'municipality'));
    const v = row?.value as { name?: string; shortName?: string } | undefined;
    if (v?.name) return { name: v.name, shortName: v.shortName ?? v.name };
  } catch { /* before the first migration */ }
  const name = process.env.ZUGANG_MUNICIPALITY ?? 'Zugang';
  return { name, shortName: name };
}

export async function setMunicipality(db: Queryable, value: { name: string; shortName?: string }) {
  await db.insert(t.settings).values({ key: 'municipality', value }).onConflictDoUpdate({ target: t.settings.key, set: { value, updatedAt: new Date() } });
}

/** Picks the translation of a field, falling back to German; says whether it fell back. */
export type Localised = { text: string; lang: Lang | 'de'; fallback: boolean };
export function localise(obj: HsdsObject | Record<string, unknown>, field: string, lang: Lang): Localised | null {
  const base = obj[field] as string | undefined;
  const tr = (obj.translations as Record<string, Record<string, string>> | undefined)?.[lang]?.[field];
  if (lang !== 'de' && tr) return { text: tr, lang, fallback: false };
  if (!base) return null;
  return { text: base, lang: 'de', fallback: lang !== 'de' };
}

export type LifeSituation = { id: string; code: string; name: string; description: string; count: number; parentId: string | null };

const situationCache = new TtlCache<LifeSituation[]>(60_000, 50);

/** Life situations (top level, or the children of one) with how many active services each has; cached for a minute. */
export async function lifeSituations(db: Queryable, lang: Lang, parentCode?: string): Promise<LifeSituation[]> {
  const key = `${lang}|${parentCode ?? ''}`;
  const hit = situationCache.get(key);
  if (hit) return hit;
  const result = await loadLifeSituations(db, lang, parentCode);
  situationCache.set(key, result);
  return result;
}

async function loadLifeSituations(db: Queryable, lang: Lang, parentCode?: string): Promise<LifeSituation[]> {
  return rows<LifeSituation>(db, sql`
    SELECT tt.id, tt.code, coalesce(tr.value, tt.name) AS name, coalesce(trd.value, tt.description) AS description, tt.parent_id AS "parentId",
      (SELECT count(*)::int FROM service_search ss WHERE ss.active AND ss.term_ids @> ARRAY[tt.id]) AS count
    FROM taxonomy_terms tt
    JOIN taxonomies tx ON tx.id = tt.taxonomy_id AND tx.name = 'Lebenslagen'
    LEFT JOIN translations tr ON tr.entity_id = tt.id AND tr.field = 'name' AND tr.lang = ${lang}
    LEFT JOIN translations trd ON trd.entity_id = tt.id AND trd.field = 'description' AND trd.lang = ${lang}
    WHERE ${parentCode ? sql`tt.parent_id = (SELECT id FROM taxonomy_terms WHERE code = ${parentCode} LIMIT 1)` : sql`tt.parent_id IS NULL`}
    ORDER BY tt.name`);
}

type TermNames = Map<string, { code: string; name: string; parentId: string | null }>;
const termNameCache = new TtlCache<TermNames>(60_000, 10);
const districtNameCache = new TtlCache<Map<string, { code: string; name: string }>>(60_000, 1);

/** Names of all taxonomy terms in a language (a few dozen rows; cached for a minute). */
export async function termNames(db: Queryable, lang: Lang): Promise<TermNames> {
  const hit = termNameCache.get(lang);
  if (hit) return hit;
  const result = await loadTermNames(db, lang);
  termNameCache.set(lang, result);
  return result;
}

async function loadTermNames(db: Queryable, lang: Lang): Promise<TermNames> {
  const list = await rows<{ id: string; code: string; name: string; parent_id: string | null }>(db, sql`
    SELECT tt.id, tt.code, coalesce(tr.value, tt.name) AS name, tt.parent_id FROM taxonomy_terms tt
    LEFT JOIN translations tr ON tr.entity_id = tt.id AND tr.field = 'name' AND tr.lang = ${lang}`);
  return new Map(list.map((x) => [x.id, { code: x.code, name: x.name, parentId: x.parent_id }]));
}

export type DistrictSummary = { id: string; code: string; name: string; description: string | null; population: number | null; services: number };

export async function listDistricts(db: Queryable): Promise<DistrictSummary[]> {
  return rows<DistrictSummary>(db, sql`
    SELECT d.id, d.code, d.name, d.description, d.population,
      (SELECT count(*)::int FROM service_search ss WHERE ss.active AND ss.district_ids @> ARRAY[d.id]) AS services
    FROM districts d ORDER BY d.name`);
}

export async function getDistrict(db: Queryable, code: string) {
  const [d] = await db.select().from(t.districts).where(eq(t.districts.code, code));
  return d ?? null;
}

/** The service page's data: the stored document (translations included), built on first view. */
export async function getServicePage(db: Queryable, id: string): Promise<HsdsObject | null> {
  return storedServiceDocument(db, id);
}

export async function districtNames(db: Queryable): Promise<Map<string, { code: string; name: string }>> {
  const hit = districtNameCache.get('all');
  if (hit) return hit;
  const list = await db.select({ id: t.districts.id, code: t.districts.code, name: t.districts.name }).from(t.districts);
  const result = new Map(list.map((d) => [d.id, d]));
  districtNameCache.set('all', result);
  return result;
}

/** Names of organisations by id (for pages that name the organisation someone acted for). */
export async function organizationNames(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const list = await db.select({ id: t.organizations.id, name: t.organizations.name }).from(t.organizations)
    .where(sql`${t.organizations.id} = ANY(${sql.param(unique)}::uuid[])`);
  return new Map(list.map((o) => [o.id, o.name]));
}

export async function getOrganization(db: Queryable, id: string) {
  const [o] = await db.select().from(t.organizations).where(eq(t.organizations.id, id));
  if (!o) return null;
  const [phones, services, translations] = await Promise.all([
    db.select().from(t.phones).where(eq(t.phones.organizationId, id)),
    rows<{ id: string; name: string; description: string | null; active: boolean }>(db, sql`
      SELECT s.id, s.name, s.description, s.status = 'active' AS active FROM services s WHERE s.organization_id = ${id} ORDER BY s.name LIMIT 500`),
    db.select().from(t.translations).where(eq(t.translations.entityId, id)),
  ]);
  const tr: Record<string, Record<string, string>> = {};
  for (const x of translations) (tr[x.lang] ??= {})[x.field] = x.value;
  return { organization: { ...o, translations: tr }, phones, services };
}

export async function serviceTranslations(db: Queryable, ids: string[], lang: Lang): Promise<Map<string, { name?: string; description?: string }>> {
  if (!ids.length || lang === 'de') return new Map();
  const list = await rows<{ entity_id: string; field: string; value: string }>(db, sql`
    SELECT entity_id, field, value FROM translations WHERE entity_type = 'service' AND lang = ${lang} AND entity_id = ANY(${sql.param(ids)}::uuid[])`);
  const m = new Map<string, { name?: string; description?: string }>();
  for (const r of list) {
    const e = m.get(r.entity_id) ?? {};
    (e as Record<string, string>)[r.field] = r.value;
    m.set(r.entity_id, e);
  }
  return m;
}

export async function directoryCounts(db: Queryable) {
  const [c] = await rows<{ services: number; organizations: number }>(db, sql`
    SELECT (SELECT count(*)::int FROM service_search WHERE active) AS services, (SELECT count(*)::int FROM organizations) AS organizations`);
  return c;
}


/** Life situations whose name or description resembles the words of a search that found nothing. */
export async function relatedSituations(db: Queryable, lang: Lang, q: string): Promise<LifeSituation[]> {
  const text = q.toLowerCase().slice(0, 200);
  return rows<LifeSituation>(db, sql`
    SELECT tt.id, tt.code, coalesce(tr.value, tt.name) AS name, tt.description, tt.parent_id AS "parentId",
      (SELECT count(*)::int FROM service_search ss WHERE ss.active AND ss.term_ids @> ARRAY[tt.id]) AS count
    FROM taxonomy_terms tt
    JOIN taxonomies tx ON tx.id = tt.taxonomy_id AND tx.name = 'Lebenslagen'
    LEFT JOIN translations tr ON tr.entity_id = tt.id AND tr.field = 'name' AND tr.lang = ${lang}
    WHERE greatest(word_similarity(${text}, lower(tt.name)), word_similarity(${text}, lower(tt.description))) >= 0.3
    ORDER BY greatest(word_similarity(${text}, lower(tt.name)), word_similarity(${text}, lower(tt.description))) DESC, tt.name
    LIMIT 6`);
}

/**
 * Marks a location confidential (or not): its address and coordinates leave every public output. The
 * stored service documents and search documents of the services there are rebuilt at once, this instance's
 * page caches are dropped (other instances' expire within a minute).
 */
export async function setLocationConfidential(db: Queryable, locationId: string, confidential: boolean): Promise<void> {
  await db.execute(sql`UPDATE locations SET confidential = ${confidential}, last_modified = now(), import_hash = NULL WHERE id = ${locationId}::uuid`);
  const ids = (await rows<{ id: string }>(db, sql`SELECT service_id AS id FROM service_at_locations WHERE location_id = ${locationId}::uuid`)).map((r) => r.id);
  if (!ids.length) return;
  await touchServices(db, ids);
  await db.execute(sql`SELECT refresh_service_search(${sql.param(ids)}::uuid[])`);
  directoryChanged();
}

// Database rows → HSDS 3.0 JSON objects: one statement for any number of services, never one query
// per row. Fields without a value are left out (the HSDS schemas do not allow null).
import { getTableColumns, getTableName, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db.ts';
import { preparedRows } from '../../platform/db.ts';
import * as t from './schema.ts';
import { eventSchedulesOfServices, type EventScheduleOptions } from '../events/index.ts';

type Row = Record<string, unknown>;
export type HsdsObject = Record<string, unknown>;

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/address_1/, 'address_1').replace(/address1/, 'address_1').replace(/address2/, 'address_2');

/** Row → HSDS object: snake_case names, nulls dropped, dates as ISO strings, internal columns left out. */
export function clean(row: Row, omit: string[] = []): HsdsObject {
  const out: HsdsObject = {};
  for (const [k, v] of Object.entries(row)) {
    if (v == null || omit.includes(k)) continue;
    out[snake(k)] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

const INTERNAL = ['importHash', 'districtId', 'sourceId'];

/**
 * SQL text: a row (`alias` of `table`) as a jsonb object of its columns under their own names (HSDS's),
 * except `omit`. Built in one go: to_jsonb(row) with a copy of the whole object for every key removed
 * cost twice as much (233,000 phones without their five owner columns: 365 against 164 ms).
 */
export function rowObject(table: PgTable, alias: string, omit: string[] = []): string {
  const key = `${getTableName(table)}|${alias}|${omit.join(',')}`;
  let text = rowObjects.get(key);
  if (!text) {
    const names = Object.values(getTableColumns(table)).map((c) => c.name).filter((n) => !omit.includes(n));
    rowObjects.set(key, text = `jsonb_build_object(${names.map((n) => `'${n}', ${alias}."${n}"`).join(', ')})`);
  }
  return text;
}
const rowObjects = new Map<string, string>();


export type PresentOptions = {
  full?: boolean; translations?: boolean;
  /** With `full`: add the upcoming sessions of the services' events as one-off schedules (the events module's records; the HSDS API). */
  eventSchedules?: EventScheduleOptions;
};

/**
 * Services as HSDS objects in the order of `ids`. `full` nests organization, service_at_locations with their
 * locations, and everything else the compiled service.json schema describes.
 */
export async function presentServices(db: Queryable, ids: string[], opts: PresentOptions = {}): Promise<HsdsObject[]> {
  if (!ids.length) return [];
  if (!opts.full) {
    const services = await db.select().from(t.services).where(inArray(t.services.id, ids));
    const m = new Map(services.map((s) => [s.id, clean(s, INTERNAL)]));
    return ids.map((id) => m.get(id)).filter((x): x is HsdsObject => Boolean(x));
  }
  const found = await preparedRows<{ id: string; doc: HsdsObject }>(db, `hsds_full_service${opts.translations ? '_tr' : ''}`, fullServiceQuery(ids, Boolean(opts.translations)));
  const out = new Map(found.map((r) => [r.id, r.doc]));
  if (opts.eventSchedules) await addEventSchedules(db, out, opts.eventSchedules);
  return ids.map((id) => out.get(id)).filter((x): x is HsdsObject => Boolean(x));
}

/**
 * Appends the services' upcoming event sessions to their schedules. A schedule with the same id already
 * stored (a package of this instance imported back) is not repeated.
 */
async function addEventSchedules(db: Queryable, services: Map<string, HsdsObject>, opts: EventScheduleOptions) {
  const byService = await eventSchedulesOfServices(db, [...services.keys()], opts);
  for (const [id, extra] of byService) {
    const doc = services.get(id);
    if (!doc) continue;
    const stored = (doc.schedules as HsdsObject[] | undefined) ?? [];
    const known = new Set(stored.map((s) => s.id));
    doc.schedules = [...stored, ...extra.filter((s) => !known.has(s.id))];
  }
}

/**
 * SQL fragments (text, for the alias names given) of the nested HSDS objects that the full service, the full
 * organization and the full service_at_location share: translations, languages, phones, schedules,
 * attributes with their terms, and a location with everything hanging off it. `locationFields` is a
 * location's own fields (service_at_location_list.json).
 */
export function nestedSql(withTranslations: boolean): NestedSql {
  let built = nestedCache.get(withTranslations);
  if (!built) nestedCache.set(withTranslations, built = buildNestedSql(withTranslations));
  return built;
}
type NestedSql = ReturnType<typeof buildNestedSql>;
/** The fragments depend on the flag only: built once per flag, not per query. */
const nestedCache = new Map<boolean, NestedSql>();

function buildNestedSql(withTranslations: boolean) {
  // ` || {translations}` of a record (nothing without translations: even `|| '{}'` copies the object).
  const tr = (idExpr: string) => withTranslations
    ? ` || CASE WHEN EXISTS (SELECT 1 FROM translations x WHERE x.entity_id = ${idExpr}) THEN jsonb_build_object('translations',
         (SELECT jsonb_object_agg(lang, fields) FROM (SELECT lang, jsonb_object_agg(field, value) AS fields FROM translations x
          WHERE x.entity_id = ${idExpr} GROUP BY lang) f)) ELSE '{}'::jsonb END`
    : '';
  const langs = (where: string) => `coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.languages, 'lg', ['service_id', 'location_id', 'phone_id'])}) ORDER BY lg.id)
      FROM languages lg WHERE ${where}), '[]'::jsonb)`;
  const phones = (where: string) => `coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.phones, 'p', ['service_id', 'location_id', 'organization_id', 'contact_id', 'service_at_location_id'])})
      || jsonb_build_object('languages', ${langs('lg.phone_id = p.id')}) ORDER BY p.id) FROM phones p WHERE ${where}), '[]'::jsonb)`;
  const schedules = (where: string) => `coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.schedules, 'sc', ['service_id', 'location_id', 'service_at_location_id'])}) ORDER BY sc.id)
      FROM schedules sc WHERE ${where}), '[]'::jsonb)`;
  // An attribute with its taxonomy term (and the term's taxonomy) looked up by primary key: a join let the
  // planner scan all terms once per attribute list.
  const term = `jsonb_strip_nulls(${rowObject(t.taxonomyTerms, 'tt')}) || CASE WHEN tx.id IS NULL THEN '{}'::jsonb
        ELSE jsonb_build_object('taxonomy_detail', jsonb_strip_nulls(${rowObject(t.taxonomies, 'tx')})) END${tr('tt.id')}`;
  const attributes = (linkId: string) => `coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.attributes, 'a')}) || jsonb_build_object('taxonomy_term',
        (SELECT ${term} FROM taxonomy_terms tt LEFT JOIN taxonomies tx ON tx.id = tt.taxonomy_id WHERE tt.id = a.taxonomy_term_id)) ORDER BY a.id)
      FROM attributes a WHERE a.link_id = ${linkId}), '[]'::jsonb)`;
  // A confidential location keeps its name and contact ways; its coordinates, addresses and directions (the
  // nearest stop would give the place away) stay out, and it says so with the extension field `confidential`
  // (left out when false).
  const hidden = `CASE WHEN l.confidential THEN ARRAY['latitude', 'longitude', 'transportation'] ELSE ARRAY['confidential'] END`;
  const location = `jsonb_strip_nulls(${rowObject(t.locations, 'l', ['district_id', 'import_hash'])} - ${hidden}) || CASE WHEN l.district_id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('district_id', l.district_id) END
      || jsonb_build_object(
        'languages', ${langs('lg.location_id = l.id')},
        'addresses', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.addresses, 'ad', ['location_id'])}) ORDER BY ad.id) FROM addresses ad WHERE ad.location_id = l.id AND NOT l.confidential), '[]'::jsonb),
        'contacts', '[]'::jsonb,
        'accessibility', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.accessibility, 'ac', ['location_id'])}) ORDER BY ac.id) FROM accessibility ac WHERE ac.location_id = l.id), '[]'::jsonb),
        'phones', ${phones('p.location_id = l.id')},
        'schedules', ${schedules('sc.location_id = l.id')},
        'attributes', ${attributes('l.id')})
      ${tr('l.id')}`;
  const locationFields = `jsonb_strip_nulls(${rowObject(t.locations, 'l', ['import_hash'])} - ${hidden})`;
  const contact = rowObject(t.contacts, 'ct', ['service_id', 'organization_id', 'location_id', 'service_at_location_id']);
  return { tr, langs, phones, schedules, attributes, location, locationFields, contact };
}

/**
 * The fully nested HSDS service objects, built by PostgreSQL in one statement (one round trip instead of
 * two dozen). Column names are HSDS's own, so each row becomes its object (`rowObject`, `to_jsonb`); nulls are
 * stripped (the HSDS schemas do not allow them); nested lists are ordered by id.
 */
export function fullServiceQuery(ids: string[], withTranslations: boolean, withVersion = false): SQL {
  const key = `${withTranslations}|${withVersion}`;
  let text = fullServiceText.get(key);
  if (!text) fullServiceText.set(key, text = buildFullServiceText(withTranslations, withVersion));
  return sql`${sql.raw(text)}${sql.param(ids)}::uuid[])`;
}
/** The statement's text per variant (translations, version), built once. */
const fullServiceText = new Map<string, string>();

function buildFullServiceText(withTranslations: boolean, withVersion: boolean): string {
  const { tr, langs, phones, schedules, attributes, location, contact } = nestedSql(withTranslations);
  return `
    SELECT s.id,${withVersion ? ' s.xmin::text AS version,' : ''} jsonb_strip_nulls(${rowObject(t.services, 's', ['import_hash'])}) || jsonb_build_object(
      'phones', ${phones('p.service_id = s.id')},
      'schedules', ${schedules('sc.service_id = s.id')},
      'service_areas', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.serviceAreas, 'sa', ['service_id'])}) ORDER BY sa.id) FROM service_areas sa WHERE sa.service_id = s.id), '[]'::jsonb),
      'service_at_locations', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(to_jsonb(sal)) || jsonb_build_object(
          'contacts', '[]'::jsonb,
          'phones', ${phones('p.service_at_location_id = sal.id')},
          'schedules', ${schedules('sc.service_at_location_id = sal.id')},
          'location', (SELECT ${location} FROM locations l WHERE l.id = sal.location_id)) ORDER BY sal.id)
        FROM service_at_locations sal WHERE sal.service_id = s.id), '[]'::jsonb),
      'languages', ${langs('lg.service_id = s.id')},
      'organization', (SELECT jsonb_strip_nulls(${rowObject(t.organizations, 'o', ['import_hash'])}) || jsonb_build_object('phones', ${phones('p.organization_id = o.id')})${tr('o.id')}
        FROM organizations o WHERE o.id = s.organization_id),
      'funding', '[]'::jsonb,
      'cost_options', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${rowObject(t.costOptions, 'c', ['service_id'])}) ORDER BY c.id) FROM cost_options c WHERE c.service_id = s.id), '[]'::jsonb),
      'required_documents', '[]'::jsonb,
      'contacts', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${contact}) ORDER BY ct.id)
        FROM contacts ct WHERE ct.service_id = s.id), '[]'::jsonb),
      'attributes', ${attributes('s.id')},
      'metadata', '[]'::jsonb
    )${tr('s.id')} AS doc
    FROM services s WHERE s.id = ANY(`;
}

/**
 * One service's full HSDS object (translations included) for its public page, from service_documents: one
 * primary-key read when the stored document is current (its version is the services row's xmin), otherwise
 * built by fullServiceQuery and stored in the same statement, so document and version share one snapshot.
 */
export async function storedServiceDocument(db: Queryable, id: string): Promise<HsdsObject | null> {
  const [hit] = await preparedRows<{ doc: HsdsObject }>(db, 'service_document', sql`
    SELECT d.document AS doc FROM service_documents d JOIN services s ON s.id = d.service_id AND s.xmin::text = d.version
    WHERE d.service_id = ${id}::uuid`);
  if (hit) return hit.doc;
  try {
    const [built] = await preparedRows<{ doc: HsdsObject }>(db, 'service_document_build', sql`
      WITH b AS (${fullServiceQuery([id], true, true)}),
      stored AS (INSERT INTO service_documents (service_id, version, document) SELECT id, version, doc FROM b
        ON CONFLICT (service_id) DO UPDATE SET version = excluded.version, document = excluded.document, built_at = now())
      SELECT doc FROM b`);
    return built?.doc ?? null;
  } catch {
    // A read-only connection (a standby) cannot store it: build without storing.
    const [s] = await presentServices(db, [id], { full: true, translations: true });
    return s ?? null;
  }
}

/**
 * Marks the stored documents of these services as stale by rewriting their rows (a new xmin): for changes
 * to what a document shows that do not go through the services row itself – an organisation, a location,
 * a taxonomy term, a location's Sozialraum.
 */
export async function touchServices(db: Queryable, ids: string[]) {
  for (let i = 0; i < ids.length; i += 5000) {
    await db.execute(sql`UPDATE services SET last_modified = now() WHERE id = ANY(${sql.param(ids.slice(i, i + 5000))}::uuid[])`);
  }
}

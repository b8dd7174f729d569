// The HSDS 3.0 API's other objects besides services: organizations, taxonomies, taxonomy terms and
// service_at_locations, each listed with the filters openapi.json gives it (a page by a bounded offset, or
// every match in id order by keyset for format=ndjson) and presented as the official schemas describe them
// (organization_list.json / organization.json, taxonomy.json, taxonomy_term.json,
// service_at_location_list.json / service_at_location.json). One statement for any number of objects.
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import * as t from './schema.ts';
import { nestedSql, presentServices, rowObject, type HsdsObject, type PresentOptions } from './hsds-present.ts';
import { presentServiceList, serviceFilterConditions, type ServiceFilters } from './listing.ts';

/** What a listing reads: `FROM` with the object's table under `alias` (and joins), and its conditions. */
export type Listing = { from: string; alias: string; where: SQL[]; order: string };

const whereOf = (where: SQL[]) => (where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``);
/** A search text as an ILIKE pattern with its wildcards escaped. */
const like = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page (bounded offset, the caller checks the bound) of ids in the listing's order, with the total. */
export async function pageOfIds(db: Queryable, l: Listing, page: number, perPage: number): Promise<{ ids: string[]; total: number }> {
  const from = sql.raw(l.from);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM ${from} ${whereOf(l.where)}`);
  const offset = (page - 1) * perPage;
  if (offset >= total) return { ids: [], total };
  const list = await rows<{ id: string }>(db, sql`
    SELECT ${sql.raw(l.alias)}.id FROM ${from} ${whereOf(l.where)} ORDER BY ${sql.raw(l.order)} LIMIT ${perPage} OFFSET ${offset}`);
  return { ids: list.map((r) => r.id), total };
}

/** Every matching id in id order, `batch` at a time by keyset (never the whole table in memory): for ndjson. */
export async function* idBatches(db: Queryable, l: Listing, batch: number): AsyncGenerator<string[]> {
  let after: string | null = null;
  for (;;) {
    const where: SQL[] = after ? [...l.where, sql`${sql.raw(l.alias)}.id > ${after}::uuid`] : l.where;
    const list: { id: string }[] = await rows<{ id: string }>(db, sql`
      SELECT ${sql.raw(l.alias)}.id FROM ${sql.raw(l.from)} ${whereOf(where)} ORDER BY ${sql.raw(l.alias)}.id LIMIT ${batch}`);
    if (!list.length) return;
    yield list.map((r) => r.id);
    if (list.length < batch) return;
    after = list[list.length - 1].id;
  }
}

/** Rows of `{ id, doc }` → the docs in the order of `ids`. */
function inOrder(ids: string[], found: { id: string; doc: HsdsObject }[]): HsdsObject[] {
  const m = new Map(found.map((r) => [r.id, r.doc]));
  return ids.map((id) => m.get(id)).filter((x): x is HsdsObject => Boolean(x));
}
const idsParam = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;

// ---------------------------------------------------------------------------------------------
// Organizations

export function organizationListing(f: { search?: string }): Listing {
  // Only this instance's own organizations: the portal network's foreign entries are not published again.
  const where: SQL[] = [sql`o.source_id IS NULL`];
  if (f.search?.trim()) {
    const p = like(f.search);
    where.push(sql`(o.name ILIKE ${p} OR o.alternate_name ILIKE ${p} OR o.description ILIKE ${p})`);
  }
  return { from: 'organizations o', alias: 'o', where, order: 'o.name, o.id' };
}

export type OrganizationShape = 'list' | 'full' | 'full_service';

/**
 * organization_list.json (`list`), or organization.json with its contacts, phones, locations, attributes and
 * its services: their own fields (`full`), or fully nested without the organization again (`full_service`).
 */
export async function presentOrganizations(db: Queryable, ids: string[], shape: OrganizationShape, opts: PresentOptions = {}): Promise<HsdsObject[]> {
  if (!ids.length) return [];
  const organizationFields = rowObject(t.organizations, 'o', ['last_modified', 'import_hash']);
  if (shape === 'list') {
    return inOrder(ids, await rows<{ id: string; doc: HsdsObject }>(db, sql`
      SELECT o.id, jsonb_strip_nulls(${sql.raw(organizationFields)}) AS doc FROM organizations o WHERE o.id = ANY(${idsParam(ids)}) AND o.source_id IS NULL`));
  }
  const { phones, attributes, location, contact } = nestedSql(false);
  const found = await rows<{ id: string; doc: HsdsObject }>(db, sql`
    SELECT o.id, jsonb_strip_nulls(${sql.raw(organizationFields)}) || jsonb_build_object(
      'funding', '[]'::jsonb,
      'contacts', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${sql.raw(contact)})
          || jsonb_build_object('phones', ${sql.raw(phones('p.contact_id = ct.id'))}) ORDER BY ct.id)
        FROM contacts ct WHERE ct.organization_id = o.id AND ct.service_id IS NULL AND ct.location_id IS NULL AND ct.service_at_location_id IS NULL), '[]'::jsonb),
      'phones', ${sql.raw(phones('p.organization_id = o.id'))},
      'locations', coalesce((SELECT jsonb_agg(${sql.raw(location)} ORDER BY l.id) FROM locations l WHERE l.organization_id = o.id), '[]'::jsonb),
      'programs', '[]'::jsonb,
      'organization_identifiers', '[]'::jsonb,
      'attributes', ${sql.raw(attributes('o.id'))},
      'metadata', '[]'::jsonb
    ) AS doc FROM organizations o WHERE o.id = ANY(${idsParam(ids)}) AND o.source_id IS NULL`);
  const orgs = inOrder(ids, found);
  // The services of these organizations, by name (an organization's own services: bounded by the organization).
  const services = await rows<{ id: string; organization_id: string }>(db, sql`
    SELECT s.id, s.organization_id FROM services s WHERE s.organization_id = ANY(${idsParam(ids)}) ORDER BY s.name, s.id`);
  const serviceIds = services.map((s) => s.id);
  const docs = shape === 'full_service'
    ? (await presentServices(db, serviceIds, { ...opts, full: true })).map(({ organization: _o, ...s }) => s)
    : await presentServices(db, serviceIds);
  const byOrg = new Map<string, HsdsObject[]>();
  for (const s of docs) byOrg.set(s.organization_id as string, [...(byOrg.get(s.organization_id as string) ?? []), s]);
  return orgs.map((o) => ({ ...o, services: byOrg.get(o.id as string) ?? [] }));
}

// ---------------------------------------------------------------------------------------------
// Taxonomies and their terms

export function taxonomyListing(f: { search?: string }): Listing {
  const where: SQL[] = [];
  if (f.search?.trim()) {
    const p = like(f.search);
    where.push(sql`(t.name ILIKE ${p} OR t.description ILIKE ${p})`);
  }
  return { from: 'taxonomies t', alias: 't', where, order: 't.name, t.id' };
}

export async function presentTaxonomies(db: Queryable, ids: string[]): Promise<HsdsObject[]> {
  if (!ids.length) return [];
  return inOrder(ids, await rows<{ id: string; doc: HsdsObject }>(db, sql`
    SELECT t.id, jsonb_strip_nulls(to_jsonb(t)) AS doc FROM taxonomies t WHERE t.id = ANY(${idsParam(ids)})`));
}

export type TermFilters = { search?: string; taxonomyId?: string; parentId?: string; topOnly?: boolean };

export function termListing(f: TermFilters): Listing {
  const where: SQL[] = [];
  if (f.search?.trim()) {
    const p = like(f.search);
    where.push(sql`(tt.name ILIKE ${p} OR tt.code ILIKE ${p} OR tt.description ILIKE ${p})`);
  }
  if (f.taxonomyId) where.push(sql`tt.taxonomy_id = ${f.taxonomyId}::uuid`);
  if (f.parentId) where.push(sql`tt.parent_id = ${f.parentId}::uuid`);
  if (f.topOnly) where.push(sql`tt.parent_id IS NULL`);
  return { from: 'taxonomy_terms tt', alias: 'tt', where, order: 'tt.name, tt.id' };
}

/** taxonomy_term.json, with its taxonomy as `taxonomy_detail` (as the terms in attributes carry it). */
export async function presentTerms(db: Queryable, ids: string[]): Promise<HsdsObject[]> {
  if (!ids.length) return [];
  return inOrder(ids, await rows<{ id: string; doc: HsdsObject }>(db, sql`
    SELECT tt.id, jsonb_strip_nulls(to_jsonb(tt)) || CASE WHEN tx.id IS NULL THEN '{}'::jsonb
      ELSE jsonb_build_object('taxonomy_detail', jsonb_strip_nulls(to_jsonb(tx))) END AS doc
    FROM taxonomy_terms tt LEFT JOIN taxonomies tx ON tx.id = tt.taxonomy_id WHERE tt.id = ANY(${idsParam(ids)})`));
}

// ---------------------------------------------------------------------------------------------
// Service at locations

/** The service_at_locations of services matching the service filters (organisation, taxonomy, modified_after). */
export function serviceAtLocationListing(f: ServiceFilters): Listing {
  const { modifiedAfter, ...serviceFilters } = f;
  const where = serviceFilterConditions(serviceFilters);
  // A service_at_location changes with its service or its location.
  if (modifiedAfter) where.push(sql`(s.last_modified >= ${modifiedAfter}::timestamptz OR l.last_modified >= ${modifiedAfter}::timestamptz)`);
  return {
    from: 'service_at_locations sal JOIN services s ON s.id = sal.service_id JOIN locations l ON l.id = sal.location_id',
    alias: 'sal', where, order: 'sal.id',
  };
}

/** The service_at_locations of these services, services in the given order (a search's ranking). */
export async function serviceAtLocationIdsOf(db: Queryable, serviceIds: string[]): Promise<string[]> {
  if (!serviceIds.length) return [];
  const list = await rows<{ id: string }>(db, sql`
    SELECT sal.id FROM service_at_locations sal JOIN unnest(${idsParam(serviceIds)}) WITH ORDINALITY AS o(id, n) ON o.id = sal.service_id
    ORDER BY o.n, sal.id`);
  return list.map((r) => r.id);
}

/**
 * service_at_location_list.json (its own fields, its location's own fields, its service as in
 * service_list.json), or with `full` service_at_location.json: contacts, phones, schedules, attributes,
 * the fully nested location and the fully nested service (without its service_at_locations again).
 */
export async function presentServiceAtLocations(db: Queryable, ids: string[], full: boolean, opts: PresentOptions = {}): Promise<HsdsObject[]> {
  if (!ids.length) return [];
  const { phones, schedules, attributes, location, locationFields, contact } = nestedSql(false);
  const found = await rows<{ id: string; service_id: string; doc: HsdsObject }>(db, full ? sql`
    SELECT sal.id, sal.service_id, jsonb_strip_nulls(to_jsonb(sal)) || jsonb_build_object(
      'contacts', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(${sql.raw(contact)})
          || jsonb_build_object('phones', ${sql.raw(phones('p.contact_id = ct.id'))}) ORDER BY ct.id)
        FROM contacts ct WHERE ct.service_at_location_id = sal.id), '[]'::jsonb),
      'phones', ${sql.raw(phones('p.service_at_location_id = sal.id'))},
      'schedules', ${sql.raw(schedules('sc.service_at_location_id = sal.id'))},
      'location', (SELECT ${sql.raw(location)} FROM locations l WHERE l.id = sal.location_id),
      'attributes', ${sql.raw(attributes('sal.id'))},
      'metadata', '[]'::jsonb
    ) AS doc FROM service_at_locations sal WHERE sal.id = ANY(${idsParam(ids)})` : sql`
    SELECT sal.id, sal.service_id, jsonb_strip_nulls(to_jsonb(sal)) || jsonb_build_object(
      'location', (SELECT ${sql.raw(locationFields)} FROM locations l WHERE l.id = sal.location_id)
    ) AS doc FROM service_at_locations sal WHERE sal.id = ANY(${idsParam(ids)})`);
  const serviceIds = [...new Set(found.map((r) => r.service_id))];
  const services = full
    ? (await presentServices(db, serviceIds, { ...opts, full: true })).map(({ service_at_locations: _sal, ...s }) => s)
    : await presentServiceList(db, serviceIds);
  const byId = new Map(services.map((s) => [s.id as string, s]));
  return inOrder(ids, found.map((r) => ({ id: r.id, doc: byId.has(r.service_id) ? { ...r.doc, service: byId.get(r.service_id) } : r.doc })));
}

// Listings of the HSDS API: services filtered by organisation, taxonomy and modification time, paged by
// name and id with a bounded offset; the service_list.json presentation.
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import * as t from './schema.ts';
import { clean, presentServices, type HsdsObject } from './hsds-present.ts';
import type { Listing } from './hsds-objects.ts';

export type ServiceFilters = {
  organizationId?: string; taxonomyTermId?: string; taxonomyId?: string; modifiedAfter?: string;
  /** Also the foreign entries of the portal network (not by default: no re-publishing, federation.ts). */
  includeForeign?: boolean;
};

/** The filters as conditions on `services s`. */
export function serviceFilterConditions(f: ServiceFilters): SQL[] {
  const where: SQL[] = [];
  if (!f.includeForeign) where.push(sql`s.source_id IS NULL`);
  if (f.organizationId) where.push(sql`s.organization_id = ${f.organizationId}::uuid`);
  // service_search.term_ids holds the service's terms and their parents, as the search uses them.
  if (f.taxonomyTermId) {
    where.push(sql`EXISTS (SELECT 1 FROM service_search ss WHERE ss.service_id = s.id AND ss.term_ids @> ARRAY[${f.taxonomyTermId}::uuid])`);
  }
  if (f.taxonomyId) {
    where.push(sql`EXISTS (SELECT 1 FROM service_search ss WHERE ss.service_id = s.id
      AND ss.term_ids && ARRAY(SELECT tt.id FROM taxonomy_terms tt WHERE tt.taxonomy_id = ${f.taxonomyId}::uuid))`);
  }
  if (f.modifiedAfter) where.push(sql`s.last_modified >= ${f.modifiedAfter}::timestamptz`);
  return where;
}

/** One page of services of every status, ordered by name and id, with the total. */
export async function listServiceIds(db: Queryable, f: ServiceFilters, page: number, perPage: number): Promise<{ ids: string[]; total: number }> {
  const conditions = serviceFilterConditions(f);
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM services s ${where}`);
  const offset = (page - 1) * perPage;
  if (offset >= total) return { ids: [], total };
  const list = await rows<{ id: string }>(db, sql`
    SELECT s.id FROM services s ${where} ORDER BY s.name, s.id LIMIT ${perPage} OFFSET ${offset}`);
  return { ids: list.map((r) => r.id), total };
}

/** The services matching the filters, as a listing (ndjson streams it by keyset in id order). */
export function serviceListing(f: ServiceFilters): Listing {
  return { from: 'services s', alias: 's', where: serviceFilterConditions(f), order: 's.name, s.id' };
}

/** The ids of a taxonomy's terms (reference data of bounded size), for the search's term filter. */
export async function termIdsOfTaxonomy(db: Queryable, taxonomyId: string): Promise<string[]> {
  const list = await rows<{ id: string }>(db, sql`SELECT id FROM taxonomy_terms WHERE taxonomy_id = ${taxonomyId}::uuid`);
  return list.map((r) => r.id);
}

/** service_list.json: the service's own fields plus its organization's. */
export async function presentServiceList(db: Queryable, ids: string[]): Promise<HsdsObject[]> {
  const list = await presentServices(db, ids);
  const orgIds = [...new Set(list.map((s) => s.organization_id as string))];
  const orgs = orgIds.length ? await db.select().from(t.organizations).where(inArray(t.organizations.id, orgIds)) : [];
  const byId = new Map(orgs.map((o) => [o.id, clean(o, ['lastModified'])]));
  return list.map((s) => ({ ...s, ...(byId.has(s.organization_id as string) ? { organization: byId.get(s.organization_id as string) } : {}) }));
}

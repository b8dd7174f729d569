// Writes validated HSDS services (with their organisation, locations and everything nested) into the
// directory. Idempotent by id: a record whose content did not change is skipped, so importing the same
// file twice changes nothing. Works in batches with multi-row statements, so 100,000 services import in
// about a minute on PostgreSQL.
import { createHash } from 'node:crypto';
import { inArray, sql, or, getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable, PgColumn } from 'drizzle-orm/pg-core';
import * as t from './schema.ts';
import type { Queryable } from '../../platform/db.ts';
import { onServerPool, rows } from '../../platform/db.ts';
import { compoundParts } from './search/compounds.ts';
import { directoryChanged } from '../../platform/cache.ts';
import { districtAt, loadDistrictShapes, type DistrictShape } from './geo.ts';
import { touchServices } from './hsds-present.ts';
import type { HsdsService, HsdsLocation, HsdsPhone, HsdsSchedule, HsdsTaxonomyTerm, HsdsOrganization } from './hsds-schema.ts';

export type ImportProgress = (done: number, total: number) => void;
export type ImportResult = { services: number; changed: number; unchanged: number };

const BATCH = 400;

/** Milliseconds per import phase in this process (for the benchmark and for finding slow phases). */
export const importTimings: Record<string, number> = {};
async function timed<T>(label: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try { return await f(); } finally { importTimings[label] = (importTimings[label] ?? 0) + performance.now() - t0; }
}
const ROWS_PER_STATEMENT = 1000;

/**
 * Multi-row INSERT with one array parameter per column (`SELECT * FROM unnest($1::uuid[], …)`): the
 * statement text stays the same whatever the number of rows, which costs far less to build and parse
 * than thousands of placeholders. Identifiers come from the Drizzle schema, values only as parameters.
 */
async function insertRows(db: Queryable, table: PgTable, values: Record<string, unknown>[], conflict?: { target: string[]; update: boolean }) {
  if (!values.length) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(values[0]).filter((k) => columns[k]);
  const names = keys.map((k) => `"${columns[k].name}"`).join(', ');
  const onConflict = !conflict ? sql`` : conflict.update
    ? sql.raw(` ON CONFLICT (${conflict.target.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ${keys.map((k) => columns[k].name)
      .filter((n) => !conflict.target.includes(n)).map((n) => `"${n}" = excluded."${n}"`).join(', ')}`)
    : sql.raw(` ON CONFLICT (${conflict.target.map((c) => `"${c}"`).join(', ')}) DO NOTHING`);
  for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT) {
    const chunk = values.slice(i, i + ROWS_PER_STATEMENT);
    const arrays = keys.map((k) => {
      const type = columns[k].getSQLType();
      const list = chunk.map((r) => { const v = r[k]; return v instanceof Date ? v.toISOString() : v ?? null; });
      return sql`${sql.param(list)}::${sql.raw(`${type}[]`)}`;
    });
    await timed(`insert ${getTableName(table)}`, () => db.execute(sql`INSERT INTO ${table} (${sql.raw(names)}) SELECT * FROM unnest(${sql.join(arrays, sql`, `)})${onConflict}`));
  }
}

async function insertAll(db: Queryable, table: PgTable, values: Record<string, unknown>[]) {
  await insertRows(db, table, values);
}

/** ON CONFLICT (id) DO UPDATE for every given column. */
async function upsertAll(db: Queryable, table: PgTable & { id: unknown }, values: Record<string, unknown>[]) {
  await insertRows(db, table, values, { target: ['id'], update: true });
}

/** The first record of each id: a source that reuses an id for two records keeps the outermost one. */
function uniqueById<T extends { id: string }>(list: T[]): T[] {
  const seen = new Map<string, T>();
  for (const x of list) if (!seen.has(x.id)) seen.set(x.id, x);
  return [...seen.values()];
}

type Rows = Record<string, Record<string, unknown>[]>;

function phoneRows(out: Rows, phones: HsdsPhone[] | null | undefined, owner: Record<string, string | null>) {
  for (const p of phones ?? []) {
    out.phones.push({ id: p.id, number: p.number, extension: p.extension ?? null, type: p.type ?? null, description: p.description ?? null,
      serviceId: null, locationId: null, organizationId: null, contactId: null, serviceAtLocationId: null, ...owner });
    for (const l of p.languages ?? []) out.languages.push({ id: l.id, phoneId: p.id, serviceId: null, locationId: null, name: l.name ?? null, code: l.code ?? null, note: l.note ?? null });
  }
}

function scheduleRows(out: Rows, list: HsdsSchedule[] | null | undefined, owner: Record<string, string | null>) {
  for (const s of list ?? []) {
    out.schedules.push({
      id: s.id, serviceId: null, locationId: null, serviceAtLocationId: null, ...owner,
      validFrom: s.valid_from ?? null, validTo: s.valid_to ?? null, dtstart: s.dtstart ?? null, timezone: s.timezone ?? null,
      until: s.until ?? null, count: s.count ?? null, wkst: s.wkst ?? null, freq: s.freq ?? null, interval: s.interval ?? null,
      byday: s.byday ?? null, byweekno: s.byweekno ?? null, bymonthday: s.bymonthday ?? null, byyearday: s.byyearday ?? null,
      description: s.description ?? null, opensAt: s.opens_at?.slice(0, 5) ?? null, closesAt: s.closes_at?.slice(0, 5) ?? null,
      scheduleLink: s.schedule_link ?? null, attendingType: s.attending_type ?? null, notes: s.notes ?? null,
    });
  }
}

function translationRows(out: Rows, entityType: string, entityId: string, tr: Record<string, Record<string, string>> | undefined) {
  for (const [lang, fields] of Object.entries(tr ?? {})) {
    for (const [field, value] of Object.entries(fields)) {
      if (value?.trim()) out.translations.push({ entityType, entityId, field, lang, value: value.trim() });
    }
  }
}

function termRow(term: HsdsTaxonomyTerm) {
  return { id: term.id, code: term.code ?? null, name: term.name, description: term.description ?? '', parentId: term.parent_id ?? null,
    taxonomy: term.taxonomy ?? null, taxonomyId: term.taxonomy_id ?? term.taxonomy_detail?.id ?? null, language: term.language ?? null, termUri: term.term_uri ?? null };
}

function organizationRow(o: HsdsOrganization) {
  return { id: o.id, name: o.name, alternateName: o.alternate_name ?? null, description: o.description ?? '', email: o.email ?? null,
    website: o.website ?? null, taxStatus: o.tax_status ?? null, taxId: o.tax_id ?? null, yearIncorporated: o.year_incorporated ?? null,
    legalStatus: o.legal_status ?? null, logo: o.logo ?? null, uri: o.uri ?? null, parentOrganizationId: o.parent_organization_id ?? null,
    lastModified: new Date() };
}

function locationRow(l: HsdsLocation, organizationId: string | null, shapes: DistrictShape[]) {
  return { id: l.id, locationType: l.location_type, url: l.url ?? null, organizationId: l.organization_id ?? organizationId,
    name: l.name ?? null, alternateName: l.alternate_name ?? null, description: l.description ?? null, transportation: l.transportation ?? null,
    latitude: l.latitude ?? null, longitude: l.longitude ?? null, externalIdentifier: l.external_identifier ?? null,
    externalIdentifierType: l.external_identifier_type ?? null, districtId: districtAt(shapes, l.latitude, l.longitude)?.id ?? null,
    lastModified: new Date() };
}

/** Hash of an imported record (a service, an organisation, a location with its owner): equal hash, equal content. */
const hashJson = (v: unknown) => createHash('sha1').update(JSON.stringify(v)).digest('base64url');
export const hashService: (s: HsdsService) => string = hashJson;

export type ImportOptions = {
  /** Rebuild the spelling vocabulary at the end (default). A caller importing in many calls does it once itself. */
  vocabulary?: boolean;
  /**
   * Search documents: 'now' refreshes them batch by batch; 'defer' records the services in
   * service_search_pending and leaves the refresh to finishImport (one set-based pass at the end of a large
   * import, called by the caller); the default defers within this call when it writes many services.
   */
  search?: 'now' | 'defer';
  /**
   * The federation source the services come from (federation.ts): their organisations, services and
   * locations are stored as its foreign entries. Without it they are the instance's own.
   */
  sourceId?: string;
};

/** From this many services in one call, search documents are built in one pass at its end. */
const DEFER_FROM = 4 * BATCH;

/**
 * The planner needs statistics while tables grow inside long imports (autovacuum cannot see uncommitted
 * rows, PGlite has none): ANALYZE whenever the services written since the last ANALYZE reach the number
 * written before it – a doubling schedule, about log2(n) runs for n services, in this process.
 */
const analyzeSchedule = { since: 0, total: 0 };
const ANALYZE_MIN = 800;

/**
 * Validates (or maps) `items` in slices of `slice`, yielding to the event loop between them: started while
 * another chunk is being written, its work fills the waits for the database instead of adding to them.
 */
export async function validateInSlices<T, R>(items: T[], f: (item: T) => R, slice = 50): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += slice) {
    if (i) await new Promise((resolve) => setImmediate(resolve));
    for (const item of items.slice(i, i + slice)) out.push(f(item));
  }
  return out;
}

/** Imports services; the caller wraps it in a transaction when all-or-nothing is wanted. */
export async function importServices(db: Queryable, services: HsdsService[], onProgress?: ImportProgress, opts: ImportOptions = {}): Promise<ImportResult> {
  const shapes = await loadDistrictShapes(db);
  const defer = opts.search ?? (services.length >= DEFER_FROM ? 'defer' : 'now');
  let changed = 0;
  for (let i = 0; i < services.length; i += BATCH) {
    // Statistics matter for the search refresh per batch; a deferred refresh gathers them once, at the end.
    if (defer === 'now' && analyzeSchedule.since >= Math.max(ANALYZE_MIN, analyzeSchedule.total - analyzeSchedule.since)) {
      await timed('analyze', () => db.execute(sql`ANALYZE services, service_search, service_search_extra, service_at_locations, locations, addresses, phones, schedules, languages, attributes, cost_options, translations`));
      analyzeSchedule.since = 0;
    }
    // Each batch all-or-nothing (a savepoint inside the caller's transaction): a batch that fails
    // never leaves a service with its new content hash but old children.
    const written = await timed('batch total', () => db.transaction((tx) => importBatch(tx, services.slice(i, i + BATCH), shapes, defer, opts.sourceId ?? null)));
    changed += written;
    analyzeSchedule.since += written;
    analyzeSchedule.total += written;
    onProgress?.(Math.min(i + BATCH, services.length), services.length);
  }
  if (defer === 'defer' && opts.search === undefined) await finishImport(db, { vocabulary: Boolean(changed) && opts.vocabulary !== false });
  else if (changed && opts.vocabulary !== false) await refreshVocabulary(db);
  return { services: services.length, changed, unchanged: services.length - changed };
}

const FINISH_CHUNK = 5000;
/** Connections that build search documents at once at the end of a large import (PostgreSQL server only). */
const FINISH_WORKERS = 2;

/**
 * The end of a large import: the search documents of every pending service in one set-based pass per
 * chunk (statistics gathered first; a large GIN pending list, so the full-text index is filled in bulk),
 * then the spelling vocabulary. Safe to call at any time; does nothing when nothing is pending.
 * Each chunk is its own transaction (its pending rows are taken with SKIP LOCKED), so on a PostgreSQL
 * server, outside a caller's transaction, two connections build documents at once; the text search
 * parsing is the server's CPU work, and the importing process is idle meanwhile.
 */
export async function finishImport(db: Queryable, opts: { vocabulary?: boolean } = {}) {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM service_search_pending`);
  if (n) {
    await timed('finish analyze', () => db.execute(sql`ANALYZE services, service_search, service_search_extra, service_at_locations, locations, phones, languages, attributes, cost_options, organizations, service_search_pending`));
    const chunk = () => db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('gin_pending_list_limit', '65536', true)`);
      const ids = await rows<{ id: string }>(tx, sql`DELETE FROM service_search_pending WHERE service_id IN
        (SELECT service_id FROM service_search_pending LIMIT ${FINISH_CHUNK} FOR UPDATE SKIP LOCKED) RETURNING service_id AS id`);
      await refreshSearch(tx, ids.map((r) => r.id));
      return ids.length;
    });
    const worker = async () => { while (await chunk() > 0) { /* the next chunk */ } };
    // Inside a transaction (one connection) or on PGlite (one connection), one worker.
    const workers = !onServerPool(db) ? 1 : Math.min(FINISH_WORKERS, Math.ceil(n / FINISH_CHUNK));
    await Promise.all(Array.from({ length: workers }, worker));
  }
  if (opts.vocabulary !== false) await timed('vocabulary', () => refreshVocabulary(db));
  if (n || opts.vocabulary !== false) {
    await timed('clean search indexes', () => cleanSearchIndexes(db));
    if (n) await db.execute(sql`ANALYZE service_search`);
  }
}

/**
 * Moves the pending entries of the search's GIN indexes into the indexes proper. GIN collects new
 * entries in an unsorted pending list that every search reads in full; after a large import (whose
 * finish raises the list's limit to 64 MB) that cost 100–150 ms per search at 100,000 services. A
 * PostgreSQL server's autovacuum would clean it some time later, PGlite has no autovacuum: both are
 * cleaned here at once, and by the directory's hourly maintenance job (jobs.ts) after edits.
 */
export async function cleanSearchIndexes(db: Queryable): Promise<void> {
  await db.execute(sql`SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
    WHERE am.amname = 'gin' AND i.indrelid IN ('service_search'::regclass, 'search_vocabulary'::regclass)`);
}

export async function refreshVocabulary(db: Queryable) {
  await db.execute(sql`SELECT rebuild_search_vocabulary()`);
}

async function importBatch(db: Queryable, batch: HsdsService[], shapes: DistrictShape[], search: 'now' | 'defer', sourceId: string | null): Promise<number> {
  const hashes = new Map(batch.map((s) => [s.id, hashService(s)]));
  const existing = await timed('existing', () => db.select({ id: t.services.id, importHash: t.services.importHash }).from(t.services)
    .where(inArray(t.services.id, [...hashes.keys()])));
  const same = new Set(existing.filter((e) => e.importHash === hashes.get(e.id)).map((e) => e.id));
  const todo = uniqueById(batch.filter((s) => !same.has(s.id)));
  if (!todo.length) return 0;

  const out: Rows = { organizations: [], services: [], locations: [], addresses: [], accessibility: [], sal: [], phones: [], schedules: [],
    languages: [], costOptions: [], serviceAreas: [], contacts: [], attributes: [], terms: [], taxonomies: [], translations: [], extra: [] };
  const locationIds = new Set<string>();
  const confidentialIds: string[] = [];
  const attribute = (a: NonNullable<HsdsService['attributes']>[number], linkId: string, linkEntity: string) => {
    if (a.taxonomy_term) {
      out.terms.push(termRow(a.taxonomy_term));
      translationRows(out, 'taxonomy_term', a.taxonomy_term.id, a.taxonomy_term.translations);
      if (a.taxonomy_term.taxonomy_detail) {
        const d = a.taxonomy_term.taxonomy_detail;
        out.taxonomies.push({ id: d.id, name: d.name, description: d.description ?? '', uri: d.uri ?? null, version: d.version ?? null });
      }
    }
    out.attributes.push({ id: a.id, linkId, taxonomyTermId: a.taxonomy_term_id, linkType: a.link_type ?? null, linkEntity, value: a.value ?? null });
  };

  for (const s of todo) {
    const orgId = s.organization?.id ?? s.organization_id!;
    if (s.organization) {
      out.organizations.push({ ...organizationRow(s.organization), importHash: hashJson(s.organization), sourceId });
      translationRows(out, 'organization', s.organization.id, s.organization.translations);
      phoneRows(out, s.organization.phones, { organizationId: s.organization.id });
    }
    out.services.push({
      id: s.id, organizationId: orgId, name: s.name, alternateName: s.alternate_name ?? null, description: s.description ?? null,
      url: s.url ?? null, email: s.email ?? null, status: s.status, interpretationServices: s.interpretation_services ?? null,
      applicationProcess: s.application_process ?? null, feesDescription: s.fees_description ?? null, waitTime: s.wait_time ?? null,
      fees: s.fees ?? null, accreditations: s.accreditations ?? null, eligibilityDescription: s.eligibility_description ?? null,
      minimumAge: s.minimum_age ?? null, maximumAge: s.maximum_age ?? null, assuredDate: s.assured_date ?? null,
      assurerEmail: s.assurer_email ?? null, licenses: s.licenses ?? null, alert: s.alert ?? null,
      lastModified: s.last_modified ? new Date(s.last_modified) : new Date(), importHash: hashes.get(s.id), sourceId,
    });
    translationRows(out, 'service', s.id, s.translations);
    out.extra.push({
      serviceId: s.id,
      nameParts: compoundParts(`${s.name} ${s.alternate_name ?? ''}`),
      textParts: compoundParts(`${s.description ?? ''} ${s.eligibility_description ?? ''}`),
    });
    phoneRows(out, s.phones, { serviceId: s.id });
    scheduleRows(out, s.schedules, { serviceId: s.id });
    for (const l of s.languages ?? []) out.languages.push({ id: l.id, serviceId: s.id, locationId: null, phoneId: null, name: l.name ?? null, code: l.code ?? null, note: l.note ?? null });
    for (const c of s.cost_options ?? []) out.costOptions.push({ id: c.id, serviceId: s.id, validFrom: c.valid_from ?? null, validTo: c.valid_to ?? null,
      option: c.option ?? null, currency: c.currency ?? null, amount: c.amount ?? null, amountDescription: c.amount_description ?? null });
    for (const a of s.service_areas ?? []) out.serviceAreas.push({ id: a.id, serviceId: s.id, name: a.name ?? null, description: a.description ?? null,
      extent: a.extent ?? null, extentType: a.extent_type ?? null, uri: a.uri ?? null });
    for (const c of s.contacts ?? []) {
      out.contacts.push({ id: c.id, serviceId: s.id, organizationId: null, locationId: null, serviceAtLocationId: null, name: c.name ?? null, title: c.title ?? null, department: c.department ?? null, email: c.email ?? null });
      phoneRows(out, c.phones, { contactId: c.id });
    }
    for (const a of s.attributes ?? []) attribute(a, s.id, 'service');
    for (const sal of s.service_at_locations ?? []) {
      const l = sal.location;
      const locationId = l?.id ?? sal.location_id!;
      out.sal.push({ id: sal.id, serviceId: s.id, locationId, description: sal.description ?? null });
      phoneRows(out, sal.phones, { serviceAtLocationId: sal.id });
      scheduleRows(out, sal.schedules, { serviceAtLocationId: sal.id });
      if (!l || locationIds.has(l.id)) continue;
      locationIds.add(l.id);
      out.locations.push({ ...locationRow(l, orgId, shapes), importHash: hashJson([orgId, l]), sourceId });
      if ((l as { confidential?: unknown }).confidential === true) confidentialIds.push(l.id);
      translationRows(out, 'location', l.id, l.translations);
      for (const a of l.addresses ?? []) out.addresses.push({ id: a.id, locationId: l.id, attention: a.attention ?? null, address1: a.address_1,
        address2: a.address_2 ?? null, city: a.city, region: a.region ?? null, stateProvince: a.state_province, postalCode: a.postal_code,
        country: a.country, addressType: a.address_type });
      for (const a of l.accessibility ?? []) out.accessibility.push({ id: a.id, locationId: l.id, description: a.description ?? null, details: a.details ?? null, url: a.url ?? null });
      phoneRows(out, l.phones, { locationId: l.id });
      scheduleRows(out, l.schedules, { locationId: l.id });
      for (const lg of l.languages ?? []) out.languages.push({ id: lg.id, locationId: l.id, serviceId: null, phoneId: null, name: lg.name ?? null, code: lg.code ?? null, note: lg.note ?? null });
      for (const a of l.attributes ?? []) attribute(a, l.id, 'location');
    }
  }

  const serviceIds = out.services.map((s) => s.id as string);
  const locIds = [...locationIds];
  const orgIds = uniqueById(out.organizations as { id: string }[]).map((o) => o.id);
  const terms = uniqueById(out.terms as { id: string }[]);
  const changedTerms = await changedTermIds(db, terms, out.translations.filter((r) => r.entityType === 'taxonomy_term'));
  await upsertAll(db, t.taxonomies, uniqueById(out.taxonomies as { id: string }[]));
  await upsertAll(db, t.taxonomyTerms, terms);
  // Children are replaced as a whole (what the source no longer lists is gone) – only for records that
  // existed before this batch; a first import skips the deletes.
  const existedServices = serviceIds.filter((id) => existing.some((e) => e.id === id));
  const storedLocations = locIds.length ? await db.select({ id: t.locations.id, hash: t.locations.importHash }).from(t.locations).where(inArray(t.locations.id, locIds)) : [];
  const storedOrgs = orgIds.length ? await db.select({ id: t.organizations.id, hash: t.organizations.importHash }).from(t.organizations).where(inArray(t.organizations.id, orgIds)) : [];
  const existedLocations = storedLocations.map((r) => r.id);
  const existedOrgs = storedOrgs.map((r) => r.id);
  // Organisations and locations that existed with other content: the other services showing them change too.
  // One the import repeats unchanged (a source's organisation on every page of a pull) changes no one.
  const newHash = new Map([...out.organizations, ...out.locations].map((r) => [r.id as string, r.importHash as string]));
  const changedOrgs = storedOrgs.filter((r) => r.hash !== newHash.get(r.id)).map((r) => r.id);
  const changedLocations = storedLocations.filter((r) => r.hash !== newHash.get(r.id)).map((r) => r.id);
  await upsertAll(db, t.organizations, uniqueById(out.organizations as { id: string }[]));
  await upsertAll(db, t.services, out.services);
  await upsertAll(db, t.locations, out.locations);
  // The extension field `confidential` can mark a location, never unmark it: an editor's marking survives
  // the next import of a source that does not know it (docs/security.md).
  if (confidentialIds.length) await db.execute(sql`UPDATE locations SET confidential = true WHERE id = ANY(${sql.param(confidentialIds)}::uuid[]) AND NOT confidential`);
  const byIds = <C>(column: C, ids: string[]) => (ids.length ? inArray(column as never, ids) : undefined);
  if (existedServices.length) {
    await db.delete(t.serviceAtLocations).where(inArray(t.serviceAtLocations.serviceId, existedServices));
    await db.delete(t.costOptions).where(inArray(t.costOptions.serviceId, existedServices));
    await db.delete(t.serviceAreas).where(inArray(t.serviceAreas.serviceId, existedServices));
    await db.delete(t.contacts).where(inArray(t.contacts.serviceId, existedServices));
  }
  if (existedServices.length || existedLocations.length || existedOrgs.length) {
    await db.delete(t.phones).where(or(byIds(t.phones.serviceId, existedServices), byIds(t.phones.locationId, existedLocations), byIds(t.phones.organizationId, existedOrgs)));
    await db.delete(t.translations).where(inArray(t.translations.entityId, [...existedServices, ...existedLocations, ...existedOrgs]));
  }
  if (existedServices.length || existedLocations.length) {
    await db.delete(t.schedules).where(or(byIds(t.schedules.serviceId, existedServices), byIds(t.schedules.locationId, existedLocations)));
    await db.delete(t.languages).where(or(byIds(t.languages.serviceId, existedServices), byIds(t.languages.locationId, existedLocations)));
    await db.delete(t.attributes).where(inArray(t.attributes.linkId, [...existedServices, ...existedLocations]));
  }
  if (existedLocations.length) {
    await db.delete(t.addresses).where(inArray(t.addresses.locationId, existedLocations));
    await db.delete(t.accessibility).where(inArray(t.accessibility.locationId, existedLocations));
  }
  await insertAll(db, t.serviceAtLocations, uniqueById(out.sal as { id: string }[]));
  await insertAll(db, t.addresses, uniqueById(out.addresses as { id: string }[]));
  await insertAll(db, t.accessibility, uniqueById(out.accessibility as { id: string }[]));
  await insertAll(db, t.contacts, uniqueById(out.contacts as { id: string }[]));
  await insertAll(db, t.phones, uniqueById(out.phones as { id: string }[]));
  await insertAll(db, t.schedules, uniqueById(out.schedules as { id: string }[]));
  await insertAll(db, t.languages, uniqueById(out.languages as { id: string }[]));
  await insertAll(db, t.costOptions, uniqueById(out.costOptions as { id: string }[]));
  await insertAll(db, t.serviceAreas, uniqueById(out.serviceAreas as { id: string }[]));
  await insertAll(db, t.attributes, uniqueById(out.attributes as { id: string }[]));
  await upsertTranslations(db, out.translations);
  await insertRows(db, t.serviceSearchExtra, out.extra, { target: ['service_id'], update: true });
  // Other services showing an organisation, location or taxonomy term written here: their stored page
  // documents become stale (the services written here have new rows already).
  if (changedOrgs.length || changedLocations.length || changedTerms.length) {
    const others = await rows<{ id: string }>(db, sql`
      SELECT id FROM services WHERE organization_id = ANY(${sql.param(changedOrgs)}::uuid[])
      UNION SELECT service_id FROM service_at_locations WHERE location_id = ANY(${sql.param(changedLocations)}::uuid[])
      UNION SELECT a.link_id FROM attributes a WHERE a.taxonomy_term_id = ANY(${sql.param(changedTerms)}::uuid[]) AND a.link_entity = 'service'
      UNION SELECT sal.service_id FROM attributes a JOIN service_at_locations sal ON sal.location_id = a.link_id
        WHERE a.taxonomy_term_id = ANY(${sql.param(changedTerms)}::uuid[]) AND a.link_entity = 'location'`);
    const written = new Set(serviceIds);
    await touchServices(db, others.map((o) => o.id).filter((id) => !written.has(id)));
  }
  if (search === 'now') await refreshSearch(db, serviceIds);
  else {
    await timed('pending', () => db.execute(sql`INSERT INTO service_search_pending (service_id) SELECT unnest(${sql.param(serviceIds)}::uuid[]) ON CONFLICT DO NOTHING`));
    directoryChanged();
  }
  return todo.length;
}

/** Taxonomy terms (of these rows) that exist with other content or other translations than given. */
async function changedTermIds(db: Queryable, terms: Record<string, unknown>[], translations: Record<string, unknown>[]): Promise<string[]> {
  if (!terms.length) return [];
  const ids = terms.map((x) => x.id as string);
  const [existing, existingTr] = await Promise.all([
    db.select().from(t.taxonomyTerms).where(inArray(t.taxonomyTerms.id, ids)),
    db.select().from(t.translations).where(inArray(t.translations.entityId, ids)),
  ]);
  const before = new Map(existing.map((e) => [e.id, e as Record<string, unknown>]));
  const changed = new Set<string>();
  for (const term of terms) {
    const e = before.get(term.id as string);
    if (e && Object.keys(term).some((k) => (term[k] ?? null) !== (e[k] ?? null))) changed.add(term.id as string);
  }
  const trBefore = new Map(existingTr.map((x) => [`${x.entityId}|${x.field}|${x.lang}`, x.value]));
  for (const x of translations) {
    if (before.has(x.entityId as string) && trBefore.get(`${x.entityId}|${x.field}|${x.lang}`) !== x.value) changed.add(x.entityId as string);
  }
  return [...changed];
}

async function upsertTranslations(db: Queryable, list: Record<string, unknown>[]) {
  const unique = [...new Map(list.map((r) => [`${r.entityType}|${r.entityId}|${r.field}|${r.lang}`, r])).values()];
  await insertRows(db, t.translations, unique, { target: ['entity_type', 'entity_id', 'field', 'lang'], update: true });
}

/** Rebuilds the search documents of these services (after any change to them or what they link to). */
export async function refreshSearch(db: Queryable, serviceIds: string[]) {
  if (!serviceIds.length) return;
  await timed('refresh_service_search', () => rows(db, sql`SELECT refresh_service_search(${sql.param(serviceIds)}::uuid[])`));
  directoryChanged();
}

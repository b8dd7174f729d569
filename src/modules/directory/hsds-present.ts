// Database rows → HSDS 3.0 JSON objects. One batched query per table for any number of services,
// never one query per row. Fields without a value are left out (the HSDS schemas do not allow null).
import { inArray, or } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import * as t from './schema.ts';

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

const INTERNAL = ['importHash', 'districtId'];

function group<T extends Row>(list: T[], key: keyof T): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of list) {
    const k = r[key] as string | null;
    if (!k) continue;
    const l = m.get(k) ?? [];
    l.push(r);
    m.set(k, l);
  }
  return m;
}

const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));

export type PresentOptions = { full?: boolean; translations?: boolean };

/**
 * Services as HSDS objects in the order of `ids`. `full` nests organization, service_at_locations with their
 * locations, and everything else the compiled service.json schema describes.
 */
export async function presentServices(db: Queryable, ids: string[], opts: PresentOptions = {}): Promise<HsdsObject[]> {
  if (!ids.length) return [];
  const services = await db.select().from(t.services).where(inArray(t.services.id, ids));
  if (!opts.full) {
    const m = new Map(services.map((s) => [s.id, clean(s, INTERNAL)]));
    return ids.map((id) => m.get(id)).filter((x): x is HsdsObject => Boolean(x));
  }
  const orgIds = [...new Set(services.map((s) => s.organizationId))];
  const [orgs, sals, phones, schedules, languages, costs, areas, contacts, attrs] = await Promise.all([
    db.select().from(t.organizations).where(inArray(t.organizations.id, orgIds)),
    db.select().from(t.serviceAtLocations).where(inArray(t.serviceAtLocations.serviceId, ids)),
    db.select().from(t.phones).where(inArray(t.phones.serviceId, ids)),
    db.select().from(t.schedules).where(inArray(t.schedules.serviceId, ids)),
    db.select().from(t.languages).where(inArray(t.languages.serviceId, ids)),
    db.select().from(t.costOptions).where(inArray(t.costOptions.serviceId, ids)),
    db.select().from(t.serviceAreas).where(inArray(t.serviceAreas.serviceId, ids)),
    db.select().from(t.contacts).where(inArray(t.contacts.serviceId, ids)),
    db.select().from(t.attributes).where(inArray(t.attributes.linkId, ids)),
  ]);
  const locIds = [...new Set(sals.map((s) => s.locationId))];
  const salIds = sals.map((s) => s.id);
  const [locs, addrs, access, locPhones, locSchedules, locLangs, locAttrs, salPhones, salSchedules] = await Promise.all([
    locIds.length ? db.select().from(t.locations).where(inArray(t.locations.id, locIds)) : [],
    locIds.length ? db.select().from(t.addresses).where(inArray(t.addresses.locationId, locIds)) : [],
    locIds.length ? db.select().from(t.accessibility).where(inArray(t.accessibility.locationId, locIds)) : [],
    locIds.length ? db.select().from(t.phones).where(inArray(t.phones.locationId, locIds)) : [],
    locIds.length ? db.select().from(t.schedules).where(inArray(t.schedules.locationId, locIds)) : [],
    locIds.length ? db.select().from(t.languages).where(inArray(t.languages.locationId, locIds)) : [],
    locIds.length ? db.select().from(t.attributes).where(inArray(t.attributes.linkId, locIds)) : [],
    salIds.length ? db.select().from(t.phones).where(inArray(t.phones.serviceAtLocationId, salIds)) : [],
    salIds.length ? db.select().from(t.schedules).where(inArray(t.schedules.serviceAtLocationId, salIds)) : [],
  ]);
  const orgPhones = orgIds.length ? await db.select().from(t.phones).where(inArray(t.phones.organizationId, orgIds)) : [];
  const termIds = [...new Set([...attrs, ...locAttrs].map((a) => a.taxonomyTermId))];
  const terms = termIds.length ? await db.select().from(t.taxonomyTerms).where(inArray(t.taxonomyTerms.id, termIds)) : [];
  const taxonomyIds = [...new Set(terms.map((x) => x.taxonomyId).filter((x): x is string => Boolean(x)))];
  const taxonomyList = taxonomyIds.length ? await db.select().from(t.taxonomies).where(inArray(t.taxonomies.id, taxonomyIds)) : [];
  const taxonomyById = new Map(taxonomyList.map((x) => [x.id, x]));
  const phoneIds = [...phones, ...locPhones, ...salPhones, ...orgPhones].map((p) => p.id);
  const phoneLangs = phoneIds.length ? await db.select().from(t.languages).where(inArray(t.languages.phoneId, phoneIds)) : [];
  const translations = opts.translations
    ? await db.select().from(t.translations).where(or(inArray(t.translations.entityId, [...ids, ...locIds, ...orgIds, ...termIds])))
    : [];

  const trOf = (id: string) => {
    const list = translations.filter((x) => x.entityId === id);
    if (!list.length) return undefined;
    const o: Record<string, Record<string, string>> = {};
    for (const x of list) (o[x.lang] ??= {})[x.field] = x.value;
    return o;
  };
  const langsByPhone = group(phoneLangs as Row[], 'phoneId');
  const phoneOut = (p: Row) => ({ ...clean(p, ['serviceId', 'locationId', 'organizationId', 'contactId', 'serviceAtLocationId']),
    languages: (langsByPhone.get(p.id as string) ?? []).sort(byId).map((l) => clean(l, ['serviceId', 'locationId', 'phoneId'])) });
  const termById = new Map(terms.map((x) => [x.id, x]));
  const attrOut = (a: Row) => {
    const term = termById.get(a.taxonomyTermId as string);
    const taxonomy = term?.taxonomyId ? taxonomyById.get(term.taxonomyId) : undefined;
    // The taxonomy travels with the term, so that another instance can import the record without knowing it.
    return { ...clean(a), ...(term ? { taxonomy_term: { ...clean(term), ...(taxonomy ? { taxonomy_detail: clean(taxonomy) } : {}),
      ...(opts.translations && trOf(term.id) ? { translations: trOf(term.id) } : {}) } } : {}) };
  };
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const g = {
    phones: group(phones as Row[], 'serviceId'), schedules: group(schedules as Row[], 'serviceId'), languages: group(languages as Row[], 'serviceId'),
    costs: group(costs as Row[], 'serviceId'), areas: group(areas as Row[], 'serviceId'), contacts: group(contacts as Row[], 'serviceId'),
    attrs: group(attrs as Row[], 'linkId'), sals: group(sals as Row[], 'serviceId'), addrs: group(addrs as Row[], 'locationId'),
    access: group(access as Row[], 'locationId'), locPhones: group(locPhones as Row[], 'locationId'), locSchedules: group(locSchedules as Row[], 'locationId'),
    locLangs: group(locLangs as Row[], 'locationId'), locAttrs: group(locAttrs as Row[], 'linkId'),
    salPhones: group(salPhones as Row[], 'serviceAtLocationId'), salSchedules: group(salSchedules as Row[], 'serviceAtLocationId'),
    orgPhones: group(orgPhones as Row[], 'organizationId'),
  };
  const locById = new Map(locs.map((l) => [l.id, l]));
  const list = <T extends Row>(m: Map<string, T[]>, id: string) => (m.get(id) ?? []).slice().sort(byId);
  const schedOut = (s: Row) => clean(s, ['serviceId', 'locationId', 'serviceAtLocationId']);
  const locationOut = (l: Row) => ({
    ...clean(l, INTERNAL),
    languages: list(g.locLangs, l.id as string).map((x) => clean(x, ['serviceId', 'locationId', 'phoneId'])),
    addresses: list(g.addrs, l.id as string).map((x) => clean(x, ['locationId'])),
    contacts: [],
    accessibility: list(g.access, l.id as string).map((x) => clean(x, ['locationId'])),
    phones: list(g.locPhones, l.id as string).map(phoneOut),
    schedules: list(g.locSchedules, l.id as string).map(schedOut),
    attributes: list(g.locAttrs, l.id as string).map(attrOut),
    ...(opts.translations && trOf(l.id as string) ? { translations: trOf(l.id as string) } : {}),
    ...(l.districtId ? { district_id: l.districtId } : {}),
  });
  const out = new Map<string, HsdsObject>();
  for (const s of services) {
    const org = orgById.get(s.organizationId);
    out.set(s.id, {
      ...clean(s, INTERNAL),
      phones: list(g.phones, s.id).map(phoneOut),
      schedules: list(g.schedules, s.id).map(schedOut),
      service_areas: list(g.areas, s.id).map((x) => clean(x, ['serviceId'])),
      service_at_locations: list(g.sals, s.id).map((sal) => {
        const loc = locById.get(sal.locationId as string);
        return { ...clean(sal), contacts: [], phones: list(g.salPhones, sal.id as string).map(phoneOut),
          schedules: list(g.salSchedules, sal.id as string).map(schedOut), ...(loc ? { location: locationOut(loc as Row) } : {}) };
      }),
      languages: list(g.languages, s.id).map((x) => clean(x, ['serviceId', 'locationId', 'phoneId'])),
      ...(org ? { organization: { ...clean(org), phones: list(g.orgPhones, org.id).map(phoneOut),
        ...(opts.translations && trOf(org.id) ? { translations: trOf(org.id) } : {}) } } : {}),
      funding: [],
      cost_options: list(g.costs, s.id).map((x) => clean(x, ['serviceId'])),
      required_documents: [],
      contacts: list(g.contacts, s.id).map((x) => clean(x, ['serviceId', 'organizationId', 'locationId', 'serviceAtLocationId'])),
      attributes: list(g.attrs, s.id).map(attrOut),
      metadata: [],
      ...(opts.translations && trOf(s.id) ? { translations: trOf(s.id) } : {}),
    });
  }
  return ids.map((id) => out.get(id)).filter((x): x is HsdsObject => Boolean(x));
}

// Turns the demo's data tables into HSDS 3.0 service records (with the organisation, locations,
// phones, schedules, languages, costs and topics nested), ready for serviceSchema.parse and the
// importer. Pure and deterministic: the same tables always give byte-identical records.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { shippedTaxonomies } from '../modules/directory/base-data.ts';
import { postcodeCentroid } from '../modules/directory/geo.ts';
import { LANGUAGE_NAMES, type Cost, type LangCode, type OrgDef, type Site, type TermCode } from './model.ts';
import { PUBLIC_ORGS } from './orgs/public.ts';
import { WELFARE_ORGS } from './orgs/welfare.ts';
import { COUNSELLING_ORGS } from './orgs/counselling.ts';
import { COMMUNITY_ORGS } from './orgs/community.ts';
import { withKitas } from './kitas.ts';
import { demoId, seeded } from './random.ts';
import { parseHours } from './schedule.ts';
import { SOZIALRAEUME, readSozialraeume, type Sozialraum, type SozialraumCode } from './sozialraeume.ts';
import { accessibilityText, confirmationDates, phoneNumber, PHONE_CAPACITY, slug } from './text.ts';

/** All organisations of the demo, Kitas included, in a fixed order. */
export function demoOrganisations(): OrgDef[] {
  return withKitas([...PUBLIC_ORGS, ...WELFARE_ORGS, ...COUNSELLING_ORGS, ...COMMUNITY_ORGS]);
}

type Json = Record<string, unknown>;

export type DemoBuild = {
  services: Json[];
  organizations: number;
  locations: number;
};

function termIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const tax of shippedTaxonomies()) for (const t of tax.terms) ids.set(`${tax.name}/${t.code}`, t.id);
  return ids;
}

const CITY = 'Lindenau';

type Point = { lat: number; lon: number };

/**
 * Coordinates for street addresses: every street gets an anchor point near its Sozialraum's
 * postcode centroid, every house number a small offset along the street; both stay inside the
 * Sozialraum's polygon with a margin of about 40 m, so the importer puts the location there.
 */
class Geocoder {
  private polygons = new Map<string, GeoJSON.Feature<GeoJSON.Polygon>>();
  private anchors = new Map<string, Point>();

  constructor() {
    for (const f of readSozialraeume().features) this.polygons.set(String(f.properties.code), f);
  }

  private inside(area: SozialraumCode, p: Point): boolean {
    const poly = this.polygons.get(area)!;
    const m = 0.0004;
    return [[0, 0], [m, 0], [-m, 0], [0, m], [0, -m]].every(([dlat, dlon]) =>
      booleanPointInPolygon([p.lon + dlon * 1.6, p.lat + dlat], poly));
  }

  private anchor(s: Sozialraum, street: string): Point {
    const cached = this.anchors.get(street);
    if (cached) return cached;
    const centre = postcodeCentroid(s.postcode);
    if (!centre) throw new Error(`postcode ${s.postcode} has no centroid`);
    const rng = seeded(`street/${street}`);
    for (let i = 0; i < 500; i++) {
      const spread = i < 200 ? 1 : 0.5;
      const p = { lat: centre.lat + rng.gauss() * 0.006 * spread, lon: centre.lon + rng.gauss() * 0.009 * spread };
      if (this.inside(s.code, p)) {
        this.anchors.set(street, p);
        return p;
      }
    }
    throw new Error(`no point for ${street} inside ${s.name}`);
  }

  locate(s: Sozialraum, street: string, no: string): Point {
    const a = this.anchor(s, street);
    const rng = seeded(`house/${street}/${no}`);
    const angle = seeded(`street-direction/${street}`).next() * Math.PI;
    for (let scale = 1; scale > 0.01; scale /= 2) {
      const d = (rng.next() - 0.5) * 0.004 * scale;
      const p = { lat: a.lat + d * Math.sin(angle), lon: a.lon + d * Math.cos(angle) * 1.6 };
      if (this.inside(s.code, p)) return { lat: Math.round(p.lat * 1e6) / 1e6, lon: Math.round(p.lon * 1e6) / 1e6 };
    }
    return { lat: Math.round(a.lat * 1e6) / 1e6, lon: Math.round(a.lon * 1e6) / 1e6 };
  }
}

function checkTables(orgs: OrgDef[]) {
  const problems: string[] = [];
  const fail = (msg: string) => { problems.push(msg); };
  const orgKeys = new Set<string>();
  const addresses = new Map<string, string>();
  for (const o of orgs) {
    if (orgKeys.has(o.key)) fail(`organisation key ${o.key} twice`);
    orgKeys.add(o.key);
    if (!o.domain.endsWith('.example')) fail(`${o.key}: domain ${o.domain} is not .example`);
    const siteKeys = new Set<string>();
    for (const site of o.sites) {
      if (siteKeys.has(site.key)) fail(`${o.key}: site ${site.key} twice`);
      siteKeys.add(site.key);
      const sr = SOZIALRAEUME.find((s) => s.code === site.area)!;
      if (!sr.streets.includes(site.street)) fail(`${o.key}/${site.key}: ${site.street} is not a street of ${sr.name}`);
      const address = `${site.street} ${site.no}`;
      const owner = addresses.get(address);
      if (owner) fail(`${o.key}/${site.key}: ${address} is already ${owner}`);
      addresses.set(address, `${o.key}/${site.key}`);
      if (site.access !== 'full' && site.extras?.includes('barrierefreies-wc')) fail(`${o.key}/${site.key}: an accessible WC in a building that is not accessible`);
    }
    const serviceKeys = new Set<string>();
    for (const s of o.services) {
      if (serviceKeys.has(s.key)) fail(`${o.key}: service ${s.key} twice`);
      serviceKeys.add(s.key);
      if (!s.terms.length || s.terms.length > 2) fail(`${o.key}/${s.key}: needs one or two topics`);
      const mode = s.mode ?? 'in_person';
      if (mode === 'in_person' && !s.at?.length && !o.sites.length) fail(`${o.key}/${s.key}: no place`);
      if (mode === 'online' && !s.url) fail(`${o.key}/${s.key}: an online service needs a url`);
      if (mode !== 'in_person' && s.at?.length) fail(`${o.key}/${s.key}: ${mode} services have no place`);
      if (s.hours) parseHours(s.hours);
      const sentences = s.text.replace(/\b(St|Nr|ca|bzw)\. /g, '$1 ').split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„])/).length;
      if (sentences < 2 || sentences > 6) fail(`${o.key}/${s.key}: description has ${sentences} sentences`);
    }
  }
  for (const o of orgs) for (const s of o.services) for (const ref of s.at ?? []) {
    const [orgKey, siteKey] = ref.includes(':') ? ref.split(':') : [o.key, ref];
    const owner = orgs.find((x) => x.key === orgKey);
    if (!owner?.sites.some((x) => x.key === siteKey)) fail(`${o.key}/${s.key}: unknown site ${ref}`);
  }
  if (problems.length) throw new Error(`demo data:\n  ${problems.join('\n  ')}`);
}

/** Builds every demo service as a plain HSDS object. */
export function buildDemo(): DemoBuild {
  const orgs = demoOrganisations();
  checkTables(orgs);
  const terms = termIds();
  const term = (taxonomy: string, code: string) => {
    const id = terms.get(`${taxonomy}/${code}`);
    if (!id) throw new Error(`demo data: no term ${taxonomy}/${code} in resources/taxonomies.json`);
    return id;
  };
  const geocoder = new Geocoder();
  let nextPhone = 0;
  const phone = () => {
    if (nextPhone >= PHONE_CAPACITY) throw new Error('demo data: more phones than fictional numbers');
    return phoneNumber(nextPhone++);
  };

  const orgRecords = new Map<string, Json>();
  const servicePhones = new Map<string, string>();
  const locationRecords = new Map<string, Json>();
  const orgByKey = new Map(orgs.map((o) => [o.key, o]));
  const website = (o: OrgDef) => `https://www.${o.domain}/`;
  const mailbox = (o: OrgDef, local?: string) => `${local ?? o.mailbox ?? 'info'}@${o.domain}`;

  // Organisations first, so that each gets the first number of its block.
  for (const o of orgs) {
    const id = demoId(`organization/${o.key}`);
    orgRecords.set(o.key, {
      id, name: o.name, alternate_name: o.alt ?? null, description: o.description, email: mailbox(o), website: website(o),
      legal_status: o.legal ?? null, year_incorporated: o.year ?? null,
      parent_organization_id: o.parent ? demoId(`organization/${o.parent}`) : null,
      phones: [{ id: demoId(`phone/organization/${o.key}`), number: phone(), type: 'voice', description: 'Zentrale' }],
      ...(o.en ? { translations: { en: { name: o.en, ...(o.enDescription ? { description: o.enDescription } : {}) } } } : {}),
    });
    // Numbers for the services follow directly after the organisation's.
    for (const s of o.services) if (!s.noPhone) servicePhones.set(`${o.key}/${s.key}`, phone());
  }

  const location = (o: OrgDef, site: Site): Json => {
    const key = `${o.key}/${site.key}`;
    const existing = locationRecords.get(key);
    if (existing) return existing;
    const sr = SOZIALRAEUME.find((s) => s.code === site.area)!;
    const p = geocoder.locate(sr, site.street, site.no);
    const id = demoId(`location/${key}`);
    const attrs = [...(site.access === 'full' ? ['rollstuhlgerecht'] : []), ...(site.extras ?? [])];
    const rec: Json = {
      id, location_type: 'physical', organization_id: demoId(`organization/${o.key}`), name: site.name ?? o.name,
      description: site.description ?? null, transportation: seeded(`transport/${key}`).pick(sr.transport),
      latitude: p.lat, longitude: p.lon,
      addresses: [{
        id: demoId(`address/${key}`), address_1: `${site.street} ${site.no}`, address_2: site.address2 ?? null, city: CITY,
        postal_code: sr.postcode, state_province: '', country: 'DE', address_type: 'physical',
      }],
      accessibility: [{ id: demoId(`accessibility/${key}`), description: accessibilityText(key, site) }],
      attributes: attrs.map((code) => ({
        id: demoId(`attribute/location/${key}/${code}`), taxonomy_term_id: term('Barrierefreiheit', code), link_entity: 'location',
      })),
      ...(site.en ? { translations: { en: { name: site.en } } } : {}),
      ...(site.confidential ? { confidential: true } : {}),
    };
    locationRecords.set(key, rec);
    return rec;
  };

  const costOptions = (serviceKey: string, cost: Cost | Cost[] | undefined) => {
    const list = Array.isArray(cost) ? cost : [cost ?? 'free'];
    return list.flatMap((c, i) => {
      const id = demoId(`cost/${serviceKey}/${i}`);
      if (c === 'fees') return [];
      if (c === 'free') return [{ id, option: 'kostenfrei', amount: 0, currency: 'EUR' }];
      return [{ id, option: c.option, amount: c.amount, currency: 'EUR', amount_description: c.description ?? null }];
    });
  };

  const services: Json[] = [];
  for (const o of orgs) {
    for (const s of o.services) {
      const key = `${o.key}/${s.key}`;
      const id = demoId(`service/${key}`);
      const mode = s.mode ?? 'in_person';
      const url = s.url ? (s.url.startsWith('http') ? s.url : `https://www.${o.domain}${s.url}`) : null;
      const langs: LangCode[] = s.onlyLangs ?? [...new Set([...(o.langs ?? []), ...(s.langs ?? [])])];
      const { assured, modified } = confirmationDates(key, s.outdated ?? seeded(`outdated/${key}`).chance(0.1));
      const translations: Record<string, { name: string; description: string }> = {};
      for (const lang of ['en', 'tr', 'ar', 'uk'] as const) {
        const t = s[lang];
        if (t) translations[lang] = { name: t[0], description: t[1] };
      }
      const alwaysOpen = s.hours?.startsWith('MO-SU 00:00-23:59');
      const phones = [
        ...(servicePhones.has(key) ? [{ id: demoId(`phone/${key}`), number: servicePhones.get(key), type: 'voice', description: alwaysOpen ? 'rund um die Uhr erreichbar' : null }] : []),
        ...(s.extraPhones ?? []).map((p, i) => ({ id: demoId(`phone/${key}/extra/${i}`), number: phone(), type: p.type ?? 'voice', description: p.description })),
      ];
      let sal: Json[] = [];
      if (mode === 'in_person') {
        const refs = s.at?.length ? s.at : [o.sites[0].key];
        sal = refs.map((ref) => {
          const [orgKey, siteKey] = ref.includes(':') ? ref.split(':') : [o.key, ref];
          const owner = orgByKey.get(orgKey)!;
          const loc = location(owner, owner.sites.find((x) => x.key === siteKey)!);
          return { id: demoId(`service_at_location/${key}/${orgKey}/${siteKey}`), location: loc };
        });
      } else if (mode === 'online') {
        sal = [{
          id: demoId(`service_at_location/${key}/online`),
          location: {
            id: demoId(`location/${key}/online`), location_type: 'virtual', organization_id: demoId(`organization/${o.key}`),
            name: `${s.name} (online)`, url,
          },
        }];
      }
      services.push({
        id, organization_id: demoId(`organization/${o.key}`), organization: orgRecords.get(o.key),
        name: s.name, alternate_name: s.alt ?? null, description: s.text, url, email: s.email ? mailbox(o, s.email) : null,
        status: s.status ?? 'active', alert: s.alert ?? null,
        interpretation_services: s.interpretation ?? null,
        application_process: s.application ?? (s.hours ? null : 'Termine nach telefonischer Vereinbarung.'),
        fees_description: s.fees ?? null, wait_time: s.wait ?? null, eligibility_description: s.eligibility ?? null,
        minimum_age: s.age?.[0] ?? null, maximum_age: s.age?.[1] ?? null,
        assured_date: assured, assurer_email: 'familienwegweiser@lindenau.example', last_modified: modified,
        phones,
        schedules: s.hours ? parseHours(s.hours).map((h, i) => ({
          id: demoId(`schedule/${key}/${i}`), freq: 'WEEKLY', wkst: 'MO', byday: h.byday, opens_at: h.opens_at, closes_at: h.closes_at,
          description: h.description ?? null,
        })) : [],
        service_areas: mode === 'in_person' ? [] : [{ id: demoId(`service_area/${key}`), name: 'Stadtgebiet Lindenau', extent_type: 'city' }],
        service_at_locations: sal,
        languages: (['de', ...langs] as (LangCode | 'de')[]).map((code) => ({ id: demoId(`language/${key}/${code}`), code, name: LANGUAGE_NAMES[code] })),
        cost_options: costOptions(key, s.cost),
        contacts: s.contact ? [{ id: demoId(`contact/${key}`), department: s.contact, email: mailbox(o, slug(s.contact)) }] : [],
        attributes: s.terms.map((code: TermCode) => ({
          id: demoId(`attribute/service/${key}/${code}`), taxonomy_term_id: term('Lebenslagen', code), link_entity: 'service',
        })),
        ...(Object.keys(translations).length ? { translations } : {}),
      });
    }
  }
  return { services, organizations: orgRecords.size, locations: locationRecords.size };
}

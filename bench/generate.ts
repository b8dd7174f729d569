// A deterministic, realistic district for the benchmark: organisations with German names, services in
// every life situation of resources/taxonomies.json, locations with addresses and coordinates inside the
// demo town's Sozialräume, phones, weekly opening hours, languages, costs and ages – as HSDS 3.0 service
// objects that `serviceSchema` accepts. The same seed gives the same data on every run (seeded PRNG,
// UUIDs drawn from it), and services come in batches, so 100,000 of them never sit in memory at once.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { projectRoot } from '../src/config.ts';
import type { serviceSchema } from '../src/modules/directory/hsds-schema.ts';
import { shippedTaxonomies } from '../src/modules/directory/base-data.ts';
import {
  TERMS, KITA_NAMES, FIRST_NAMES, SURNAMES, SAINTS, PEOPLE, STREET_STEMS, STREET_SUFFIXES, LANGUAGES, OPENINGS, MIDDLES, CLOSINGS,
  NAME_SUFFIXES, ELIGIBILITY, APPLICATION, LOCATION_KINDS, type TermText,
} from './vocabulary.ts';

/** What the generator produces: the input side of the import schema (before Zod's defaults and transforms). */
export type ServiceInput = z.input<typeof serviceSchema>;
type LocationInput = NonNullable<NonNullable<ServiceInput['service_at_locations']>[number]['location']>;
type OrganizationInput = NonNullable<ServiceInput['organization']>;
type ScheduleInput = NonNullable<ServiceInput['schedules']>[number];
type PhoneInput = NonNullable<ServiceInput['phones']>[number];

export const TOWN = 'Lindenau';
export const SOZIALRAEUME_FILE = path.join(projectRoot, 'resources', 'demo', 'sozialraeume.geojson');

// ---------------------------------------------------------------------------------------------
// Randomness

export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  weighted<T>(list: readonly T[], weight: (x: T) => number): T;
  chance(p: number): boolean;
  gauss(): number;
  uuid(): string;
};

/**
 * sfc32 seeded from SHA-256 of the seed: 128 bits of state, so the streams of different seeds never
 * overlap in practice (a 32-bit generator would repeat UUIDs across 1.5 million draws).
 */
export function createRandom(seed: string): Random {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const u32 = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return r >>> 0;
  };
  for (let i = 0; i < 16; i++) u32();
  const next = () => u32() / 4294967296;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    weighted: (list, weight) => {
      let total = 0;
      for (const x of list) total += weight(x);
      let r = next() * total;
      for (const x of list) {
        r -= weight(x);
        if (r < 0) return x;
      }
      return list[list.length - 1];
    },
    chance: (p) => next() < p,
    gauss: () => {
      let s = 0;
      for (let i = 0; i < 6; i++) s += next();
      return (s - 3) / Math.sqrt(0.5);
    },
    // A version 4 UUID with the RFC 4122 variant, which zod's z.uuid() checks.
    uuid: () => {
      const w = [u32(), u32(), u32(), u32()];
      w[1] = ((w[1] & 0xffff0fff) | 0x00004000) >>> 0;
      w[2] = ((w[2] & 0x3fffffff) | 0x80000000) >>> 0;
      const s = w.map(hex).join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Places

export type BenchDistrict = {
  code: string; name: string; postcode: string; polygon: GeoJSON.Polygon;
  minLat: number; maxLat: number; minLon: number; maxLon: number; streets: string[];
};

export function readSozialraeume(): GeoJSON.FeatureCollection<GeoJSON.Polygon, { code: string; name: string; postal_code: string; population: number }> {
  return JSON.parse(fs.readFileSync(SOZIALRAEUME_FILE, 'utf8'));
}

/** The demo town's Sozialräume with their real postcodes; every street name is dealt to exactly one of them. */
export function benchDistricts(rng: Random): BenchDistrict[] {
  const fc = readSozialraeume();
  const list: BenchDistrict[] = fc.features.map((f) => {
    const ring = f.geometry.coordinates[0];
    const lons = ring.map((p) => p[0]), lats = ring.map((p) => p[1]);
    return { code: f.properties.code, name: f.properties.name, postcode: f.properties.postal_code, polygon: f.geometry,
      minLat: Math.min(...lats), maxLat: Math.max(...lats), minLon: Math.min(...lons), maxLon: Math.max(...lons), streets: [] };
  });
  const streets = [...new Set(STREET_STEMS.flatMap((s) => STREET_SUFFIXES.map((x) => `${s}${x}`)))];
  for (let i = streets.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [streets[i], streets[j]] = [streets[j], streets[i]];
  }
  streets.forEach((s, i) => list[i % list.length].streets.push(s));
  return list;
}

/** A point inside the district (rejection sampling in its bounding box), rounded to about a metre. */
function pointIn(rng: Random, d: BenchDistrict): { latitude: number; longitude: number } {
  for (let i = 0; i < 1000; i++) {
    const lat = d.minLat + rng.next() * (d.maxLat - d.minLat);
    const lon = d.minLon + rng.next() * (d.maxLon - d.minLon);
    if (booleanPointInPolygon([lon, lat], d.polygon)) return { latitude: Math.round(lat * 1e5) / 1e5, longitude: Math.round(lon * 1e5) / 1e5 };
  }
  throw new Error(`no point found inside ${d.code}`);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary helpers

const lebenslagen = shippedTaxonomies().find((t) => t.name === 'Lebenslagen')!;
const barrierefreiheit = shippedTaxonomies().find((t) => t.name === 'Barrierefreiheit')!;
export const TERM_IDS = new Map(shippedTaxonomies().flatMap((t) => t.terms).map((t) => [t.code, t.id]));
const CHILD_CODES = lebenslagen.terms.filter((t) => t.parent_id).map((t) => t.code).filter((c) => TERMS[c]);
for (const c of lebenslagen.terms.filter((t) => t.parent_id)) {
  if (!TERMS[c.code]) throw new Error(`bench/vocabulary.ts has no text for the life situation ${c.code}`);
}
const ACCESS_IDS = Object.fromEntries(barrierefreiheit.terms.map((t) => [t.code, t.id]));

function fill(template: string, v: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function phoneNumber(rng: Random): string {
  return `030 ${rng.int(330, 379)} ${rng.int(100, 999)}-${rng.int(0, 99).toString().padStart(2, '0')}`;
}

const DAY_SETS = [
  'MO,TU,WE,TH,FR', 'MO,TU,TH', 'MO,WE,FR', 'TU,TH', 'MO,TU,WE,TH', 'WE', 'TH', 'TU', 'MO', 'FR', 'SA', 'MO,TU,WE,TH,FR,SA,SU',
];
const SPANS: [string, string][] = [['08:00', '12:00'], ['09:00', '12:00'], ['09:00', '13:00'], ['10:00', '14:00'], ['13:00', '16:00'],
  ['14:00', '18:00'], ['15:00', '19:00'], ['14:00', '20:00'], ['16:00', '18:00'], ['09:00', '16:00'], ['08:30', '15:30'], ['17:00', '19:00']];

function schedules(rng: Random, term: string, owner: 'service' | 'location'): ScheduleInput[] {
  const kind = term === 'kita' || term === 'hort' || term === 'kindertagespflege' ? 'daycare'
    : TERMS[term].mode === 'phone' ? 'hotline' : 'office';
  if (kind === 'daycare') return [{ id: rng.uuid(), freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: rng.pick(['06:00', '06:30', '07:00', '07:30']), closes_at: rng.pick(['16:00', '16:30', '17:00', '17:30', '18:00']) }];
  if (kind === 'hotline' && rng.chance(0.5)) return [{ id: rng.uuid(), freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', description: 'rund um die Uhr erreichbar' }];
  const n = owner === 'location' ? 1 : rng.int(1, 3);
  const out: ScheduleInput[] = [];
  for (let i = 0; i < n; i++) {
    const [opens, closes] = rng.pick(SPANS);
    out.push({ id: rng.uuid(), freq: 'WEEKLY', byday: rng.pick(DAY_SETS), opens_at: opens, closes_at: closes,
      ...(rng.chance(0.2) ? { description: rng.pick(['offene Sprechstunde', 'nach Vereinbarung', 'Telefonsprechzeit', 'nicht in den Schulferien', 'Gruppenangebot']) } : {}) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Organisations

type OrgKind = 'public' | 'welfare' | 'daycare' | 'association' | 'practice' | 'church' | 'school' | 'company';

type Org = {
  id: string; kind: OrgKind; name: string; short: string; domain: string; focus: string[]; home: BenchDistrict;
  sites: { location: LocationInput; term: string }[]; serviceCount: number; hsds: OrganizationInput;
};

const PUBLIC_OFFICES: { name: string; focus: string[] }[] = [
  { name: `Jugendamt ${TOWN}`, focus: ['hilfen-zur-erziehung', 'kinderschutz', 'erziehungsberatung', 'kindertagespflege', 'trennung-scheidung', 'jugendarbeit'] },
  { name: `Sozialamt ${TOWN}`, focus: ['sozialleistungen', 'wohnungsnotfallhilfe', 'eingliederungshilfe', 'pflegeberatung'] },
  { name: `Jobcenter ${TOWN}`, focus: ['sozialleistungen', 'berufsberatung', 'wiedereinstieg', 'bildung-teilhabe'] },
  { name: `Gesundheitsamt ${TOWN}`, focus: ['schwangerschaftsberatung', 'fruehe-hilfen', 'psychische-gesundheit', 'fruehfoerderung'] },
  { name: `Bürgeramt ${TOWN}`, focus: ['sozialleistungen', 'wohngeld'] },
  { name: `Amt für Migration und Integration ${TOWN}`, focus: ['migrationsberatung', 'sprachkurse', 'gefluechtete'] },
  { name: `Schulamt ${TOWN}`, focus: ['schulsozialarbeit', 'lernfoerderung', 'bildung-teilhabe'] },
  { name: `Wohnungsamt ${TOWN}`, focus: ['wohngeld', 'wohnungsnotfallhilfe'] },
  { name: `Seniorenbüro der Stadt ${TOWN}`, focus: ['senioren', 'pflegeberatung', 'entlastung'] },
  { name: `Volkshochschule ${TOWN}`, focus: ['sprachkurse', 'familienbildung', 'wiedereinstieg'] },
  { name: `Stadtbibliothek ${TOWN}`, focus: ['lernfoerderung', 'familienbildung', 'senioren'] },
  { name: `Familienbüro der Stadt ${TOWN}`, focus: ['sozialleistungen', 'familienzentrum', 'kindertagespflege', 'fruehe-hilfen'] },
];
const WELFARE = ['Arbeiterwohlfahrt', 'Caritasverband', 'Diakonisches Werk', 'Deutsches Rotes Kreuz', 'Der Paritätische', 'Johanniter-Unfall-Hilfe',
  'Malteser Hilfsdienst', 'Volkssolidarität', 'Internationaler Bund', 'Sozialdienst katholischer Frauen', 'Arbeiter-Samariter-Bund', 'Lebenshilfe',
  'Pro Familia', 'Kinderschutzbund', 'Evangelisches Jugend- und Fürsorgewerk', 'Stephanus-Stiftung'];
const WELFARE_UNITS = ['Kreisverband', 'Ortsverein', 'Regionalverband', 'Stadtverband', 'Bezirksverband', 'Landesverband, Region'];
const ASSOCIATION_HEADS = ['Verein für', 'Förderverein', 'Initiative', 'Netzwerk', 'Arbeitskreis', 'Bürgerverein', 'Freundeskreis', 'Elterninitiative', 'Interessengemeinschaft'];
const ASSOCIATION_TOPICS = ['Familienhilfe', 'Jugendarbeit', 'Frühe Kindheit', 'Alleinerziehende', 'Nachbarschaftshilfe', 'Integration', 'Kinder- und Jugendhilfe',
  'Stadtteilarbeit', 'Inklusion', 'Seniorenarbeit', 'Frauen helfen Frauen', 'Suchthilfe', 'Bildung und Teilhabe', 'Gesundheitsförderung', 'Kultur und Begegnung', 'Lernpaten'];
const COMPANY_HEADS = ['Jugendhilfe', 'Kinderwelt', 'Familienhilfe', 'Soziale Dienste', 'Lebenswelten', 'Perspektiven', 'Wegweiser', 'Brückenschlag', 'Lichtblick',
  'Kompass', 'Horizonte', 'Zusammenwachsen', 'Sprungbrett', 'Kiezkinder', 'Tandem'];
const PRACTICES: { pattern: string; focus: string[] }[] = [
  { pattern: 'Praxis für Ergotherapie {surname}', focus: ['fruehfoerderung'] },
  { pattern: 'Logopädie {surname} & {surname2}', focus: ['fruehfoerderung'] },
  { pattern: 'Hebammenpraxis {first} {surname}', focus: ['hebammen', 'fruehe-hilfen'] },
  { pattern: 'Kinderarztpraxis Dr. {surname}', focus: ['fruehfoerderung', 'fruehe-hilfen'] },
  { pattern: 'Psychotherapeutische Praxis {first} {surname}', focus: ['psychische-gesundheit'] },
  { pattern: 'Praxis für Kinder- und Jugendlichenpsychotherapie {surname}', focus: ['psychische-gesundheit', 'erziehungsberatung'] },
  { pattern: 'Kindertagespflege {first} {surname}', focus: ['kindertagespflege'] },
  { pattern: 'Lernstudio {surname}', focus: ['lernfoerderung'] },
];

function orgKind(rng: Random): OrgKind {
  return rng.weighted<[OrgKind, number]>([['welfare', 6], ['daycare', 20], ['association', 32], ['practice', 12], ['church', 8], ['school', 10], ['company', 12]], (x) => x[1])[0];
}

const KIND_SIZE: Record<OrgKind, number> = { public: 6, welfare: 4, daycare: 1.3, association: 0.8, practice: 0.35, church: 0.8, school: 0.6, company: 1.5 };
const LEGAL: Record<OrgKind, string> = {
  public: 'Behörde der Stadtverwaltung', welfare: 'eingetragener Verein', daycare: 'gemeinnützige GmbH', association: 'eingetragener Verein',
  practice: 'Praxis', church: 'Körperschaft des öffentlichen Rechts', school: 'öffentliche Schule', company: 'gemeinnützige GmbH',
};

function slug(s: string): string {
  return s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

function makeOrgName(rng: Random, kind: OrgKind, home: BenchDistrict): { name: string; focus: string[] } {
  const surname = rng.pick(SURNAMES), surname2 = rng.pick(SURNAMES), first = rng.pick(FIRST_NAMES);
  switch (kind) {
    case 'welfare': return { name: `${rng.pick(WELFARE)} ${rng.pick(WELFARE_UNITS)} ${TOWN}`, focus: [] };
    case 'daycare': {
      const n = rng.int(0, 4);
      const names = [`Kita-Verbund ${rng.pick(KITA_NAMES)} gGmbH`, `Kindertagesstätten ${home.name} e.V.`, `Elterninitiative Kinderladen ${rng.pick(KITA_NAMES)} e.V.`,
        `Kinderwelt ${TOWN} gGmbH`, `Montessori-Kinderhaus ${home.name} e.V.`];
      return { name: names[n], focus: ['kita', 'kita', 'kita', 'hort', 'kindertagespflege', 'fruehfoerderung'] };
    }
    case 'association': {
      const topic = rng.pick(ASSOCIATION_TOPICS);
      const place = rng.chance(0.5) ? home.name : TOWN;
      const focus = rng.chance(0.5) ? [rng.pick(CHILD_CODES)] : [rng.pick(CHILD_CODES), rng.pick(CHILD_CODES)];
      return { name: `${rng.pick(ASSOCIATION_HEADS)} ${topic} ${place} e.V.`, focus: [...focus, ...focus.flatMap((f) => TERMS[f].related.slice(0, 1))] };
    }
    case 'practice': {
      const p = rng.pick(PRACTICES);
      return { name: fill(p.pattern, { surname, surname2, first }), focus: p.focus };
    }
    case 'church': {
      const saint = rng.pick(SAINTS);
      const name = rng.pick([`Evangelische Kirchengemeinde ${saint}`, `Katholische Pfarrei ${saint}`, `Evangelisch-Freikirchliche Gemeinde ${home.name}`,
        `Türkisch-Islamische Gemeinde ${home.name} e.V.`, `Jüdische Gemeinde ${TOWN}, Familienarbeit`, `Kirchenkreis ${TOWN}, Diakonie ${saint}`]);
      return { name, focus: ['familienzentrum', 'senioren', 'nachbarschaft', 'familienbildung', 'gefluechtete', 'jugendarbeit', 'kita', 'selbsthilfe'] };
    }
    case 'school': {
      const person = rng.pick(PEOPLE);
      const name = rng.pick([`${person}-Grundschule`, `${person}-Schule (Integrierte Sekundarschule)`, `Grundschule am ${rng.pick(home.streets).replace(/(straße|weg|allee|ring|platz|gasse|damm|steig|pfad|stieg|promenade|chaussee)$/, '')}`,
        `Förderverein der ${person}-Grundschule e.V.`, `${person}-Gymnasium`, `${person}-Gemeinschaftsschule`]);
      return { name, focus: ['schulsozialarbeit', 'lernfoerderung', 'hort', 'hort', 'suchtpraevention', 'berufsberatung'] };
    }
    case 'company': {
      const head = rng.pick(COMPANY_HEADS);
      const focus = [rng.pick(CHILD_CODES), rng.pick(CHILD_CODES), rng.pick(CHILD_CODES)];
      return { name: rng.pick([`${head} ${TOWN} gGmbH`, `${head} ${home.name} gGmbH`, `${surname}-Stiftung`, `Stiftung ${head}`, `${head} – Träger der freien Jugendhilfe gGmbH`]), focus };
    }
    default: throw new Error(kind);
  }
}

function shortName(name: string): string {
  return name.replace(/ (e\.V\.|gGmbH)$/, '').replace(/,.*$/, '');
}

function makeLocation(rng: Random, d: BenchDistrict, name: string, orgId: string, term: string): LocationInput {
  const street = rng.pick(d.streets);
  const point = pointIn(rng, d);
  const wheelchair = rng.chance(0.35);
  const attributes = [
    ...(wheelchair ? [{ id: rng.uuid(), taxonomy_term_id: ACCESS_IDS['rollstuhlgerecht'], link_entity: 'location' }] : []),
    ...(wheelchair && rng.chance(0.4) ? [{ id: rng.uuid(), taxonomy_term_id: ACCESS_IDS['barrierefreies-wc'], link_entity: 'location' }] : []),
    ...(rng.chance(0.04) ? [{ id: rng.uuid(), taxonomy_term_id: ACCESS_IDS[rng.pick(['induktionsschleife', 'leichte-sprache', 'gebaerdensprache'])], link_entity: 'location' }] : []),
  ];
  return {
    id: rng.uuid(), location_type: 'physical', organization_id: orgId, name, ...point,
    ...(rng.chance(0.3) ? { transportation: `Bus ${rng.int(130, 139)}, ${rng.int(230, 239)}, Haltestelle ${street.replace(/straße$/, 'str.')}` } : {}),
    addresses: [{ id: rng.uuid(), address_1: `${street} ${rng.int(1, 180)}${rng.chance(0.1) ? rng.pick(['a', 'b', 'c']) : ''}`, city: TOWN,
      postal_code: d.postcode, state_province: 'Berlin', country: 'DE', address_type: 'physical',
      ...(rng.chance(0.15) ? { address_2: rng.pick(['Hinterhaus', 'Erdgeschoss', '1. Obergeschoss', 'Eingang über den Hof', 'Aufgang B']) } : {}) }],
    ...(rng.chance(0.4) ? { accessibility: [{ id: rng.uuid(), description: wheelchair ? rng.pick(['Stufenloser Zugang, Aufzug vorhanden.', 'Ebenerdiger Eingang, barrierefreies WC im Erdgeschoss.', 'Rampe am Seiteneingang, bitte klingeln.'])
      : rng.pick(['Drei Stufen am Eingang, kein Aufzug.', 'Räume im 2. Obergeschoss ohne Aufzug.', 'Eingang mit einer Stufe; Hilfe auf Anfrage.']) }] } : {}),
    ...(rng.chance(0.15) ? { phones: [{ id: rng.uuid(), number: phoneNumber(rng), type: 'voice', description: 'Empfang' }] } : {}),
    ...(rng.chance(0.25) ? { schedules: schedules(rng, term, 'location') } : {}),
    ...(rng.chance(0.05) ? { languages: [{ id: rng.uuid(), code: 'de', name: 'Deutsch' }, { id: rng.uuid(), code: 'en', name: 'Englisch' }] } : {}),
    attributes,
  };
}

function planOrganizations(rng: Random, services: number, districts: BenchDistrict[]): Org[] {
  const count = Math.max(PUBLIC_OFFICES.length + 3, Math.round(services / 40));
  const used = new Set<string>();
  const orgs: Org[] = [];
  const weights: number[] = [];
  for (let i = 0; i < count; i++) {
    const kind: OrgKind = i < PUBLIC_OFFICES.length ? 'public' : orgKind(rng);
    const home = rng.pick(districts);
    let { name, focus } = kind === 'public' ? { name: PUBLIC_OFFICES[i].name, focus: PUBLIC_OFFICES[i].focus } : makeOrgName(rng, kind, home);
    if (used.has(name)) name = `${name.replace(/ (e\.V\.|gGmbH)$/, '')} – ${home.name}${/ (e\.V\.|gGmbH)$/.exec(name)?.[0] ?? ''}`;
    for (let n = 2; used.has(name); n++) name = `${name.replace(/ \(\d+\)$/, '')} (${n})`;
    used.add(name);
    const id = rng.uuid();
    const short = shortName(name);
    const domain = `${slug(short)}.example`;
    const year = rng.int(1949, 2022);
    const topics = focus.length ? [...new Set(focus)].slice(0, 3).map((f) => rng.pick(TERMS[f].topics)) : ['Familien, Kinder, Jugendliche und ältere Menschen'];
    const hsds: OrganizationInput = {
      id, name, description: `${name} ist ${kind === 'public' ? 'eine Behörde' : kind === 'practice' ? 'eine Praxis' : 'ein Träger'} in ${TOWN} (Sozialraum ${home.name}) und seit ${year} für die Menschen im Bezirk da. Schwerpunkte: ${topics.join(', ')}.`,
      email: `info@${domain}`, website: `https://www.${domain}/`, legal_status: LEGAL[kind], year_incorporated: year,
      ...(kind === 'association' || kind === 'welfare' ? { tax_status: 'gemeinnützig' } : {}),
      phones: [{ id: rng.uuid(), number: phoneNumber(rng), type: 'voice', description: 'Zentrale' }],
    };
    // Every organisation has one to four buildings some of its services share.
    const siteCount = Math.min(4, 1 + Math.floor(rng.next() * (kind === 'welfare' || kind === 'public' ? 4 : 2)));
    const sites: Org['sites'] = [];
    for (let s = 0; s < siteCount; s++) {
      const d = s === 0 ? home : rng.pick(districts);
      const term = focus.length ? rng.pick(focus) : rng.pick(CHILD_CODES);
      sites.push({ term, location: makeLocation(rng, d, s === 0 ? `${short}, ${rng.pick(['Geschäftsstelle', 'Hauptsitz', 'Zentrale', 'Haus'])}` : `${short}, ${rng.pick(LOCATION_KINDS)} ${d.name}`, id, term) });
    }
    orgs.push({ id, kind, name, short, domain, focus, home, sites, serviceCount: 0, hsds });
    weights.push(KIND_SIZE[kind] * Math.exp(0.9 * rng.gauss()));
  }
  // Shares of the services: a few large providers, many small ones; the counts add up exactly.
  const sum = weights.reduce((a, b) => a + b, 0);
  let assigned = 0;
  orgs.forEach((o, i) => { o.serviceCount = Math.max(1, Math.floor((weights[i] / sum) * services)); assigned += o.serviceCount; });
  for (let i = 0; assigned < services; i = (i + 1) % orgs.length) { orgs[i].serviceCount++; assigned++; }
  for (let i = orgs.length - 1; assigned > services; i = (i - 1 + orgs.length) % orgs.length) {
    if (orgs[i].serviceCount > 1) { orgs[i].serviceCount--; assigned--; }
  }
  return orgs;
}

// ---------------------------------------------------------------------------------------------
// Services

const termWeight = (code: string) => TERMS[code].weight;

function pickTerm(rng: Random, org: Org): string {
  if (org.focus.length && rng.chance(0.85)) return rng.weighted(org.focus, termWeight);
  return rng.weighted(CHILD_CODES, termWeight);
}

function pickLanguages(rng: Random, term: string): typeof LANGUAGES {
  const many = term === 'migrationsberatung' || term === 'gefluechtete' || term === 'sprachkurse';
  const n = many ? rng.int(2, 5) : rng.weighted([0, 0, 0, 1, 1, 2, 3], () => 1);
  const out = new Set<(typeof LANGUAGES)[number]>();
  for (let i = 0; i < n; i++) out.add(rng.weighted(LANGUAGES, (l) => l.weight));
  return [...out];
}

function serviceName(rng: Random, t: TermText, term: string, d: BenchDistrict): string {
  const kind = rng.pick(t.kinds);
  if (term === 'kita' || term === 'hort') return `${kind} ${rng.pick(KITA_NAMES)}${rng.chance(0.3) ? ` ${d.name}` : ''}`;
  if (term === 'jugendarbeit' && rng.chance(0.5)) return `${kind} ${rng.pick(['Oase', 'Insel', 'Treibhaus', 'Zentrale', 'Bude', 'Werkstatt', 'Villa', 'Container', 'Kiste', 'Freiraum', 'Basis', 'Leuchtturm'])}`;
  let name = kind;
  if (rng.chance(0.3)) name += rng.pick(NAME_SUFFIXES);
  if (rng.chance(0.25)) name += ` ${rng.pick(['im', 'in', 'für'])} ${rng.chance(0.8) ? d.name : TOWN}`;
  return name;
}

type Stats = { organizations: number; services: number; locations: number; serviceAtLocations: number; phoneOnly: number; online: number };

export type GenerateOptions = {
  /** How many services. */
  services: number;
  /** Services per yielded batch. */
  batchSize?: number;
  seed?: string;
};

/** Counts of what has been generated so far (final once the generator is exhausted). */
export type GenerateStats = Stats;

/**
 * Yields the district's services in batches. Each service carries its organisation and its locations
 * nested (as an HSDS API page does); a location an organisation's services share is repeated in full.
 */
export function* generateServices(opts: GenerateOptions, stats: GenerateStats = emptyStats()): Generator<ServiceInput[]> {
  const rng = createRandom(`zugang-bench/${opts.seed ?? '1'}`);
  const districts = benchDistricts(rng);
  const orgs = planOrganizations(rng, opts.services, districts);
  const batchSize = opts.batchSize ?? 1000;
  const seenSites = new Set<string>();
  stats.organizations = orgs.length;
  let batch: ServiceInput[] = [];
  for (const org of orgs) {
    for (let i = 0; i < org.serviceCount; i++) {
      batch.push(makeService(rng, org, districts, seenSites, stats));
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}

export function emptyStats(): GenerateStats {
  return { organizations: 0, services: 0, locations: 0, serviceAtLocations: 0, phoneOnly: 0, online: 0 };
}

function makeService(rng: Random, org: Org, districts: BenchDistrict[], seenSites: Set<string>, stats: Stats): ServiceInput {
  const id = rng.uuid();
  const term = pickTerm(rng, org);
  const t = TERMS[term];
  const d = rng.chance(0.6) ? org.home : rng.pick(districts);
  const name = serviceName(rng, t, term, d);
  const langs = pickLanguages(rng, term);
  const audience = rng.pick(t.audience);
  const [topic, topic2] = [rng.pick(t.topics), rng.pick(t.topics)];
  const vars = { topic, topic2: topic2 === topic ? rng.pick(t.topics) : topic2, audience, kind: rng.pick(t.kinds), place: d.name, town: TOWN,
    lang: langs.length ? langs.map((l) => l.name).join(', ') : 'Englisch' };
  const sentences = [capitalise(fill(rng.pick(OPENINGS), vars))];
  const middles = rng.int(1, 3);
  for (let i = 0; i < middles; i++) {
    const s = fill(rng.pick(MIDDLES), vars);
    if (!sentences.includes(s)) sentences.push(s);
  }
  const closing = rng.pick(CLOSINGS);
  if (closing) sentences.push(closing);

  // Where: a hotline, an online service, or one to three places (plus, often, a building of the organisation).
  const phoneOnly = t.mode === 'phone' ? rng.chance(0.6) : rng.chance(0.03);
  const online = !phoneOnly && t.mode !== 'place' && rng.chance(0.04);
  const sals: NonNullable<ServiceInput['service_at_locations']> = [];
  if (online) {
    sals.push({ id: rng.uuid(), location: { id: rng.uuid(), location_type: 'virtual', url: `https://www.${org.domain}/online`, name: `${name} (online)` } });
    stats.locations++;
    stats.online++;
  } else if (!phoneOnly) {
    const own = t.mode === 'place' ? (rng.chance(0.85) ? 1 : 2) : rng.weighted<[number, number]>([[1, 36], [2, 46], [3, 18]], (x) => x[1])[0];
    for (let i = 0; i < own; i++) {
      const where = i === 0 ? d : rng.pick(districts);
      const locName = term === 'kita' || term === 'hort' ? name : rng.chance(0.5) ? `${rng.pick(LOCATION_KINDS)} ${where.name}` : `${org.short}, ${rng.pick(LOCATION_KINDS)}`;
      sals.push({ id: rng.uuid(), location: makeLocation(rng, where, locName, org.id, term) });
      stats.locations++;
    }
    if (t.mode !== 'place' && rng.chance(0.25)) {
      const site = rng.pick(org.sites);
      sals.push({ id: rng.uuid(), location: site.location, ...(rng.chance(0.3) ? { description: 'Sprechstunde im Haus des Trägers' } : {}) });
      if (!seenSites.has(site.location.id)) { seenSites.add(site.location.id); stats.locations++; }
    }
  } else {
    stats.phoneOnly++;
  }
  stats.serviceAtLocations += sals.length;
  stats.services++;

  const terms = [term];
  if (rng.chance(0.35)) {
    const second = rng.pick(t.related);
    if (second !== term) terms.push(second);
  }
  let minAge: number | undefined, maxAge: number | undefined;
  if (t.age) {
    minAge = t.age[0] ?? undefined;
    maxAge = t.age[1] ?? undefined;
    if (minAge != null && rng.chance(0.3)) minAge = Math.max(0, minAge + rng.int(-1, 2));
    if (maxAge != null && rng.chance(0.3)) maxAge = Math.max(minAge ?? 0, maxAge + rng.int(-2, 3));
  } else if (rng.chance(0.15)) {
    minAge = rng.pick([0, 3, 6, 12, 16, 18]);
  }
  const costKind = rng.weighted<[string, number]>([['free', 55], ['fee', 20], ['none', 25]], (x) => x[1])[0];
  const fee = costKind === 'fee' ? rng.pick([{ option: 'Kursgebühr', amount: rng.pick([15, 25, 30, 45, 60, 80, 120]) }, { option: 'Elternbeitrag', amount: rng.pick([0.5, 1, 2, 3.5]) },
    { option: 'Mitgliedsbeitrag', amount: rng.pick([5, 10, 12, 24]) }, { option: 'Eigenanteil', amount: rng.pick([10, 20, 35]) }]) : null;
  const phones: PhoneInput[] = [];
  if (phoneOnly || rng.chance(0.8)) phones.push({ id: rng.uuid(), number: phoneNumber(rng), type: 'voice', ...(rng.chance(0.3) ? { description: rng.pick(['Sekretariat', 'Beratungstelefon', 'Anmeldung', 'Leitung']) } : {}) });
  if (rng.chance(0.12)) phones.push({ id: rng.uuid(), number: `0${rng.int(151, 179)} ${rng.int(1000000, 9999999)}`, type: 'cell', description: rng.pick(['mobil', 'Notfallnummer', 'auch per Messenger']) });
  const assured = new Date(Date.UTC(2023, 0, 1) + rng.int(0, 1000) * 86_400_000).toISOString().slice(0, 10);
  const status = rng.chance(0.02) ? 'inactive' : rng.chance(0.005) ? 'temporarily closed' : 'active';

  return {
    id, organization_id: org.id, organization: org.hsds, name,
    ...(rng.chance(0.1) ? { alternate_name: `${rng.pick(t.kinds)} ${d.name}` } : {}),
    description: sentences.join(' '),
    ...(rng.chance(0.7) ? { url: `https://www.${org.domain}/angebote/${slug(name)}` } : {}),
    ...(rng.chance(0.75) ? { email: `${slug(rng.pick(t.kinds)).split('-')[0]}@${org.domain}` } : {}),
    status,
    ...(langs.length && rng.chance(0.3) ? { interpretation_services: `Beratung auch auf ${langs.map((l) => l.name).join(' und ')}; weitere Sprachen mit Sprachmittlung.` } : {}),
    ...(rng.chance(0.5) ? { application_process: rng.pick(APPLICATION) } : {}),
    ...(fee ? { fees_description: `${fee.option}: ${fee.amount.toLocaleString('de-DE')} Euro${fee.option === 'Elternbeitrag' ? ' pro Tag' : ''}; Ermäßigung mit Lindenau-Pass.` } : {}),
    ...(rng.chance(0.1) ? { wait_time: rng.pick(['etwa zwei Wochen', 'Wartezeit bis zu drei Monate', 'keine Wartezeit', 'Warteliste']) } : {}),
    ...(rng.chance(0.5) ? { eligibility_description: fill(rng.pick(ELIGIBILITY), vars) } : {}),
    ...(minAge != null ? { minimum_age: minAge } : {}),
    ...(maxAge != null ? { maximum_age: maxAge } : {}),
    assured_date: assured, assurer_email: `redaktion@${TOWN.toLowerCase()}.example`,
    ...(status === 'temporarily closed' ? { alert: 'Wegen Umbau vorübergehend geschlossen.' } : {}),
    phones,
    schedules: phoneOnly || rng.chance(0.65) ? schedules(rng, term, 'service') : [],
    service_at_locations: sals,
    languages: [{ id: rng.uuid(), code: 'de', name: 'Deutsch' }, ...langs.map((l) => ({ id: rng.uuid(), code: l.code, name: l.name }))],
    cost_options: costKind === 'free' ? [{ id: rng.uuid(), option: 'kostenfrei', amount: 0, currency: 'EUR' }]
      : fee ? [{ id: rng.uuid(), option: fee.option, amount: fee.amount, currency: 'EUR' }] : [],
    contacts: rng.chance(0.4) ? [{ id: rng.uuid(), name: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`, title: rng.pick(['Leitung', 'Sozialpädagogin', 'Sozialarbeiter', 'Koordination', 'Beraterin']),
      email: `kontakt@${org.domain}` }] : [],
    attributes: terms.map((code) => ({ id: rng.uuid(), taxonomy_term_id: TERM_IDS.get(code)!, link_entity: 'service' })),
  };
}

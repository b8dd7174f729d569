// The complete HSDS 3.0 API (organizations, taxonomies, taxonomy terms, service_at_locations, and
// format=ndjson everywhere), checked against the official compiled schemas; CORS of the public read APIs;
// and the OpenAPI description at /docs covering every /api route of the app.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
// HSDS 3.0 declares JSON Schema draft 2020-12 (openapi.json: jsonSchemaDialect); its schema files carry no $schema.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { buildApp } from '../../app.ts';
import { loadConfig, projectRoot } from '../../config.ts';
import { importServices } from './importer.ts';
import { readJsonFile } from './hsds-package.ts';
import { shippedTaxonomies } from './base-data.ts';
import { idBatches, termListing } from './hsds-objects.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');
const hsdsDir = path.join(projectRoot, 'resources', 'hsds-3.0', 'schema');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

// Fixture ids (src/test/fixtures/hsds/services-de.json and the official example service).
const S = {
  schwanger: '5e0a1c00-0000-4000-8000-000000000001', // Caritas, Berlin 10115, term Schwangerschaftsberatung, modified 2024-05-01
  kita: '5e0a1c00-0000-4000-8000-000000000002', // Jugendamt, Hamburg 20095, modified 2024-01-10
  familie: '5e0a1c00-0000-4000-8000-000000000003', // Jugendamt, Berlin 10178, modified 2025-06-01
  schulden: '5e0a1c00-0000-4000-8000-000000000004', // Caritas, inactive, no location
  official: 'ac148810-d857-441c-9679-408f346de14b', // Example Organization, Berlin
};
const SAL = {
  schwanger: '5a1a1c00-0000-4000-8000-000000000011', kita: '5a1a1c00-0000-4000-8000-000000000021',
  familie: '5a1a1c00-0000-4000-8000-000000000031', official: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
};
const LOC_KITA = '10ca1c00-0000-4000-8000-000000000021';
const LOC_FAMILIE = '10ca1c00-0000-4000-8000-000000000031';
const ORG = { jugendamt: '0e0a1c00-0000-4000-8000-0000000000a1', caritas: '0e0a1c00-0000-4000-8000-0000000000b1', example: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610' };
const TAXONOMY = { lebenslagen: 'd0045b60-25d2-5a93-93a8-c9d9ae55ec8e', barrierefreiheit: '09684ff8-b086-5f1d-9b18-b1593ffa6db3', example: '5c4d79d7-cc55-470e-9f1f-8cad074e4892' };
const TERM_SCHWANGERSCHAFTSBERATUNG = '0d41b5d3-4c87-5613-a1e5-b0836fd9768e';
const TERM_SCHWANGERSCHAFT_GEBURT = '6081fa1a-62f6-5d33-8623-a54e4b47fa13'; // its parent
const UNKNOWN = '5e0a1c00-0000-4000-8000-000000000999';

let tdb: TestDatabase;
let app: FastifyInstance;
let ajv: Ajv2020;
const v: Record<string, ValidateFunction> = {};

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Record<string, unknown>[] };
type Obj = Record<string, unknown>;

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url, headers });
  let body: any = null;
  try { body = res.json(); } catch { body = res.body; }
  return { status: res.statusCode, headers: res.headers, body, text: res.body };
}
/** A page of `path` with `query`, in the envelope of openapi.json, each item valid against `schema`. */
async function page(pathAndQuery: string, schema: string): Promise<Page> {
  const res = await get(`/api/hsds${pathAndQuery}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(v.page(res.body), JSON.stringify(v.page.errors)).toBe(true);
  for (const item of res.body.contents) expectValid(schema, item);
  return res.body as Page;
}
/** format=ndjson: one JSON object a line, each valid against `schema`. */
async function ndjson(pathAndQuery: string, schema: string): Promise<Obj[]> {
  const res = await get(`/api/hsds${pathAndQuery}${pathAndQuery.includes('?') ? '&' : '?'}format=ndjson`);
  expect(res.status, res.text).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
  expect(res.headers['access-control-allow-origin']).toBe('*');
  const lines = res.text.split('\n');
  expect(lines.pop()).toBe(''); // every line ends with a newline
  const objects = lines.map((l) => JSON.parse(l) as Obj);
  for (const o of objects) expectValid(schema, o);
  return objects;
}
const ids = (list: Page | Obj[]) => (Array.isArray(list) ? list : list.contents).map((s) => s.id);
const sorted = (list: unknown[]) => [...list].sort() as string[];

function expectValid(schema: string, value: unknown) {
  const fn = v[schema];
  expect(fn(value), `${schema} ${(value as { id?: string }).id}: ${JSON.stringify(fn.errors, null, 1)}`).toBe(true);
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  await importServices(tdb.db, [...await readJsonFile(path.join(fixtures, 'hsds-service-full.json')), ...await readJsonFile(path.join(fixtures, 'hsds/services-de.json'))]);
  app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }, {}), database: tdb });

  ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const openapi = readJson(path.join(hsdsDir, 'openapi.json'));
  // Added under their file names, as the standard's $refs name them.
  for (const f of ['service', 'service_list', 'organization', 'organization_list', 'service_at_location', 'service_at_location_list']) {
    ajv.addSchema(readJson(path.join(hsdsDir, 'compiled', `${f}.json`)), `${f}.json`);
    v[f] = ajv.getSchema(`${f}.json`)!;
  }
  for (const f of ['metadata', 'taxonomy', 'taxonomy_term']) {
    ajv.addSchema(readJson(path.join(hsdsDir, `${f}.json`)), `${f}.json`);
    v[f] = ajv.getSchema(`${f}.json`)!;
  }
  v.minimal = ajv.compile({ type: 'object', required: ['id', 'last_modified'], additionalProperties: false,
    properties: { id: { type: 'string', format: 'uuid' }, last_modified: { type: 'string', format: 'date-time' } } });
  v.page = ajv.compile({ allOf: [openapi.components.schemas.Page], required: Object.keys(openapi.components.schemas.Page.properties).concat('contents'),
    properties: { contents: { type: 'array' } } });
});
afterAll(async () => {
  await app?.close();
  await tdb?.drop();
});

describe('the official HSDS schemas as loaded here', () => {
  it('reject what HSDS forbids, so passing them means something', () => {
    expect(v.organization_list({ id: ORG.caritas, name: 'x' })).toBe(false); // no description
    expect(v.organization({ id: ORG.caritas, name: 'x', description: 'y', locations: [{ id: LOC_KITA }] })).toBe(false); // location without type
    expect(v.taxonomy({ id: TAXONOMY.lebenslagen, name: 'x' })).toBe(false);
    expect(v.taxonomy_term({ id: 'not-a-uuid', name: 'x', description: 'y' })).toBe(false);
    expect(v.taxonomy_term({ id: TERM_SCHWANGERSCHAFTSBERATUNG, name: 'x', description: 'y', taxonomy_detail: { id: TAXONOMY.lebenslagen } })).toBe(false);
    expect(v.service_at_location_list({ location_id: LOC_KITA })).toBe(false); // no id
    expect(v.service_at_location({ id: SAL.kita, service: { id: S.kita, name: 'x' } })).toBe(false); // service without status
    expect(v.taxonomy_term({ id: TERM_SCHWANGERSCHAFTSBERATUNG, name: 'x', description: 'y' })).toBe(true);
  });
});

describe('GET /api/hsds/organizations', () => {
  const BY_NAME = [ORG.caritas, ORG.example, ORG.jugendamt]; // Caritasverband…, Example Organization…, Stadt Musterstadt…

  it('lists organization_list.json objects by name, paged', async () => {
    const p = await page('/organizations', 'organization_list');
    expect(p).toMatchObject({ total_items: 3, total_pages: 1, page_number: 1, size: 3, first_page: true, last_page: true, empty: false });
    expect(ids(p)).toEqual(BY_NAME);
    expect(p.contents[2]).toEqual({ id: ORG.jugendamt, name: 'Stadt Musterstadt, Jugendamt', description: 'Öffentlicher Träger der Kinder- und Jugendhilfe' });
    const p1 = await page('/organizations?per_page=2', 'organization_list');
    const p2 = await page('/organizations?per_page=2&page=2', 'organization_list');
    expect(p1).toMatchObject({ total_items: 3, total_pages: 2, size: 2, last_page: false });
    expect(p2).toMatchObject({ page_number: 2, size: 1, first_page: false, last_page: true });
    expect([...ids(p1), ...ids(p2)]).toEqual(BY_NAME);
    expect(await page('/organizations?per_page=2&page=3', 'organization_list')).toMatchObject({ size: 0, empty: true, contents: [] });
  });

  it('searches name, alternate name and description, literally', async () => {
    expect(ids(await page('/organizations?search=caritas', 'organization_list'))).toEqual([ORG.caritas]);
    expect(ids(await page('/organizations?search=Jugendhilfe', 'organization_list'))).toEqual([ORG.jugendamt]);
    expect(ids(await page('/organizations?search=Example%20Org', 'organization_list'))).toEqual([ORG.example]);
    expect(await page('/organizations?search=%25', 'organization_list')).toMatchObject({ total_items: 0, empty: true });
  });

  it('nests contacts, phones, locations and the services (their own fields) with full=true, the services fully with full_service=true', async () => {
    const full = await page('/organizations?full=true', 'organization');
    const jugendamt = full.contents.find((o) => o.id === ORG.jugendamt)!;
    expect(ids(jugendamt.services as Obj[])).toEqual([S.familie, S.kita]);
    for (const s of jugendamt.services as Obj[]) {
      expectValid('service_list', s);
      expect(s).not.toHaveProperty('service_at_locations');
    }
    expect(sorted(ids(jugendamt.locations as Obj[]))).toEqual([LOC_KITA, LOC_FAMILIE]);
    expect(full.contents.find((o) => o.id === ORG.caritas)!.phones).toEqual([expect.objectContaining({ number: '030 1234560' })]);
    const nested = await page('/organizations?full_service=true', 'organization');
    const caritas = nested.contents.find((o) => o.id === ORG.caritas)!;
    expect(ids(caritas.services as Obj[])).toEqual([S.schulden, S.schwanger]);
    for (const s of caritas.services as Obj[]) {
      expectValid('service', s);
      expect(s).not.toHaveProperty('organization');
    }
    expect((caritas.services as Obj[])[1].service_at_locations).toEqual([expect.objectContaining({ id: SAL.schwanger })]);
  });

  it('streams every organization as ndjson in id order, in the asked shape', async () => {
    expect(ids(await ndjson('/organizations', 'organization_list'))).toEqual(sorted(BY_NAME));
    expect(ids(await ndjson('/organizations?per_page=1&page=2', 'organization_list'))).toEqual(sorted(BY_NAME)); // no pagination
    const full = await ndjson('/organizations?full_service=true', 'organization');
    expect(full.find((o) => o.id === ORG.example)!.services).toEqual([expect.objectContaining({ id: S.official, service_at_locations: expect.any(Array) })]);
    expect(await ndjson('/organizations?search=nichts-dergleichen', 'organization_list')).toEqual([]);
  });

  it('gives one organization fully nested (organization.json), its services with their own fields or fully', async () => {
    const res = await get(`/api/hsds/organizations/${ORG.jugendamt}`);
    expect(res.status).toBe(200);
    expectValid('organization', res.body);
    expect(res.body).toMatchObject({ id: ORG.jugendamt, name: 'Stadt Musterstadt, Jugendamt', metadata: [] });
    expect(ids(res.body.services)).toEqual([S.familie, S.kita]);
    expect(res.body.services[0]).not.toHaveProperty('schedules');
    const kita = (res.body.locations as Obj[]).find((l) => l.id === LOC_KITA)!;
    expect(kita.addresses).toEqual([expect.objectContaining({ address_1: 'Rathausmarkt 1', postal_code: '20095', city: 'Hamburg' })]);
    const fullService = await get(`/api/hsds/organizations/${ORG.jugendamt}?full_service=true`);
    expectValid('organization', fullService.body);
    for (const s of fullService.body.services) expectValid('service', s);
    expect(fullService.body.services[1].service_at_locations[0].location.id).toBe(LOC_KITA);
    const example = await get(`/api/hsds/organizations/${ORG.example}`);
    expectValid('organization', example.body);
    expect(example.body).toMatchObject({ alternate_name: 'Example Org', year_incorporated: 2011 });
  });
});

describe('GET /api/hsds/taxonomies and /taxonomy_terms', () => {
  const shipped = shippedTaxonomies();
  const lebenslagen = shipped.find((t) => t.id === TAXONOMY.lebenslagen)!;

  it('lists the taxonomies (taxonomy.json) by name, searches them, and gives each one', async () => {
    const p = await page('/taxonomies', 'taxonomy');
    expect(ids(p)).toEqual([TAXONOMY.barrierefreiheit, TAXONOMY.lebenslagen, TAXONOMY.example]);
    expect(p.contents[1]).toMatchObject({ name: 'Lebenslagen', version: '1.0' });
    expect(ids(await page('/taxonomies?search=lebensl', 'taxonomy'))).toEqual([TAXONOMY.lebenslagen]);
    expect(ids(await page('/taxonomies?search=accessibility', 'taxonomy'))).toEqual([TAXONOMY.barrierefreiheit]);
    expect(await page('/taxonomies?per_page=1&page=2', 'taxonomy')).toMatchObject({ total_items: 3, total_pages: 3, size: 1, contents: [{ id: TAXONOMY.lebenslagen }] });
    expect(ids(await ndjson('/taxonomies', 'taxonomy'))).toEqual(sorted(ids(p)));
    const one = await get(`/api/hsds/taxonomies/${TAXONOMY.lebenslagen}`);
    expect(one.status).toBe(200);
    expectValid('taxonomy', one.body);
    expect(one.body).toEqual(p.contents[1]);
  });

  it('lists the terms (taxonomy_term.json, with their taxonomy) filtered by taxonomy, parent, top level and text', async () => {
    const all = await page('/taxonomy_terms?per_page=500', 'taxonomy_term');
    expect(all.total_items).toBe(shipped.reduce((n, t) => n + t.terms.length, 0) + 1); // and the official example's term
    const names = all.contents.map((t) => t.name as string);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const ofLebenslagen = await page(`/taxonomy_terms?taxonomy_id=${TAXONOMY.lebenslagen}&per_page=500`, 'taxonomy_term');
    expect(sorted(ids(ofLebenslagen))).toEqual(sorted(lebenslagen.terms.map((t) => t.id)));
    for (const t of ofLebenslagen.contents) expect(t.taxonomy_detail).toMatchObject({ id: TAXONOMY.lebenslagen, name: 'Lebenslagen' });

    const top = await page(`/taxonomy_terms?taxonomy_id=${TAXONOMY.lebenslagen}&top_only=true&per_page=500`, 'taxonomy_term');
    expect(sorted(ids(top))).toEqual(sorted(lebenslagen.terms.filter((t) => !t.parent_id).map((t) => t.id)));
    expect(top.contents.every((t) => !('parent_id' in t))).toBe(true);

    const children = await page(`/taxonomy_terms?parent_id=${TERM_SCHWANGERSCHAFT_GEBURT}`, 'taxonomy_term');
    expect(sorted(ids(children))).toEqual(sorted(lebenslagen.terms.filter((t) => t.parent_id === TERM_SCHWANGERSCHAFT_GEBURT).map((t) => t.id)));
    expect(ids(children)).toContain(TERM_SCHWANGERSCHAFTSBERATUNG);

    expect((await page('/taxonomy_terms?search=rollstuhl', 'taxonomy_term')).contents.map((t) => t.code)).toContain('rollstuhlgerecht');
    expect(await page(`/taxonomy_terms?taxonomy_id=${TAXONOMY.barrierefreiheit}&per_page=2&page=3`, 'taxonomy_term'))
      .toMatchObject({ total_items: 5, total_pages: 3, size: 1, last_page: true });
  });

  it('streams the terms as ndjson in id order, with the filters', async () => {
    const lines = await ndjson(`/taxonomy_terms?taxonomy_id=${TAXONOMY.lebenslagen}`, 'taxonomy_term');
    expect(ids(lines)).toEqual(sorted(lebenslagen.terms.map((t) => t.id)));
    expect(ids(await ndjson(`/taxonomy_terms?parent_id=${TERM_SCHWANGERSCHAFT_GEBURT}&top_only=false`, 'taxonomy_term'))).toContain(TERM_SCHWANGERSCHAFTSBERATUNG);
  });

  it('reads ndjson in keyset batches that lose or repeat nothing', async () => {
    const batches: string[][] = [];
    for await (const batch of idBatches(tdb.db, termListing({}), 7)) batches.push(batch);
    const every = (await ndjson('/taxonomy_terms', 'taxonomy_term')).map((t) => t.id);
    expect(batches.length).toBe(Math.ceil(every.length / 7));
    expect(batches.flat()).toEqual(every);
    expect(new Set(every).size).toBe(every.length);
  });

  it('gives one term with its taxonomy', async () => {
    const res = await get(`/api/hsds/taxonomy_terms/${TERM_SCHWANGERSCHAFTSBERATUNG}`);
    expect(res.status).toBe(200);
    expectValid('taxonomy_term', res.body);
    expect(res.body).toMatchObject({ id: TERM_SCHWANGERSCHAFTSBERATUNG, parent_id: TERM_SCHWANGERSCHAFT_GEBURT, taxonomy_id: TAXONOMY.lebenslagen,
      taxonomy_detail: { id: TAXONOMY.lebenslagen, name: 'Lebenslagen' } });
  });
});

describe('GET /api/hsds/service_at_locations', () => {
  const ALL = sorted(Object.values(SAL));

  it('lists service_at_location_list.json objects in id order with their location and service', async () => {
    const p = await page('/service_at_locations', 'service_at_location_list');
    expect(p).toMatchObject({ total_items: 4, total_pages: 1, size: 4, empty: false });
    expect(ids(p)).toEqual(ALL);
    const kita = p.contents.find((x) => x.id === SAL.kita)!;
    expect(kita).toMatchObject({ service_id: S.kita, location_id: LOC_KITA, location: { id: LOC_KITA, name: 'Kita-Büro Hamburg', location_type: 'physical' },
      service: { id: S.kita, name: 'Kita-Platz-Vermittlung', status: 'active', organization: { id: ORG.jugendamt } } });
    expect(kita.location).not.toHaveProperty('addresses'); // the list shape: one-to-one fields only
    expect(kita.service).not.toHaveProperty('phones');
    const p2 = await page('/service_at_locations?per_page=3&page=2', 'service_at_location_list');
    expect(p2).toMatchObject({ total_items: 4, total_pages: 2, size: 1, last_page: true });
    expect(ids(p2)).toEqual(ALL.slice(3));
  });

  it('nests everything with full=true (service_at_location.json)', async () => {
    const p = await page('/service_at_locations?full=true', 'service_at_location');
    expect(ids(p)).toEqual(ALL);
    const official = p.contents.find((x) => x.id === SAL.official)!;
    expect((official.location as Obj).addresses).toHaveLength(1);
    expect((official.location as Obj).accessibility).toHaveLength(1);
    expect(p.contents.find((x) => x.id === SAL.schwanger)!.schedules).toEqual([expect.objectContaining({ byday: expect.any(String) })]);
    expect(official.service).toMatchObject({ id: S.official, organization: { id: ORG.example } });
    expectValid('service', official.service);
    expect(official.service).not.toHaveProperty('service_at_locations');
  });

  it('filters by organization, taxonomy term, taxonomy and the modification of service or location', async () => {
    expect(ids(await page(`/service_at_locations?organization_id=${ORG.jugendamt}`, 'service_at_location_list'))).toEqual([SAL.kita, SAL.familie]);
    expect(ids(await page(`/service_at_locations?taxonomy_term_id=${TERM_SCHWANGERSCHAFT_GEBURT}`, 'service_at_location_list'))).toEqual([SAL.schwanger]);
    expect(ids(await page(`/service_at_locations?taxonomy_id=${TAXONOMY.lebenslagen}`, 'service_at_location_list'))).toEqual([SAL.schwanger, SAL.kita]);
    await tdb.db.execute(sql`UPDATE locations SET last_modified = '2020-01-01T00:00:00Z'`);
    expect(ids(await page('/service_at_locations?modified_after=2025-01-01', 'service_at_location_list'))).toEqual([SAL.familie]);
    expect(ids(await page('/service_at_locations?modified_after=2024-03-01T00:00:00%2B01:00', 'service_at_location_list'))).toEqual([SAL.schwanger, SAL.familie]);
    // A location changed: its service_at_location counts as changed.
    await tdb.db.execute(sql`UPDATE locations SET last_modified = '2026-01-01T00:00:00Z' WHERE id = ${LOC_KITA}`);
    expect(ids(await page('/service_at_locations?modified_after=2025-01-01', 'service_at_location_list'))).toEqual([SAL.kita, SAL.familie]);
    expect(ids(await ndjson('/service_at_locations?modified_after=2025-01-01', 'service_at_location_list'))).toEqual([SAL.kita, SAL.familie]);
  });

  it('searches with the directory search and by postcode, best match or nearest first', async () => {
    const found = await page('/service_at_locations?search=Familienzentrum', 'service_at_location_list');
    expect(ids(found)[0]).toBe(SAL.familie);
    const near = await page('/service_at_locations?postcode=10115&proximity=5000', 'service_at_location_list');
    expect(ids(near)).toEqual([SAL.schwanger, SAL.official, SAL.familie]);
    expect(near).toMatchObject({ total_items: 3, size: 3 });
    expect(ids(await page('/service_at_locations?postcode=10115&proximity=5000&per_page=2&page=2', 'service_at_location_list'))).toEqual([SAL.familie]);
    expect(ids(await page(`/service_at_locations?postcode=10115&proximity=5000&organization_id=${ORG.jugendamt}&full=true`, 'service_at_location'))).toEqual([SAL.familie]);
  });

  it('streams every service_at_location as ndjson, list or full', async () => {
    expect(ids(await ndjson('/service_at_locations', 'service_at_location_list'))).toEqual(ALL);
    expect(ids(await ndjson(`/service_at_locations?full=true&organization_id=${ORG.caritas}`, 'service_at_location'))).toEqual([SAL.schwanger]);
  });

  it('gives one service_at_location fully nested', async () => {
    const res = await get(`/api/hsds/service_at_locations/${SAL.schwanger}`);
    expect(res.status).toBe(200);
    expectValid('service_at_location', res.body);
    expect(res.body).toMatchObject({ id: SAL.schwanger, service_id: S.schwanger, metadata: [],
      location: { name: 'Beratungsstelle Mitte', addresses: [{ address_1: 'Invalidenstraße 10' }] },
      service: { id: S.schwanger, name: 'Schwangerschaftsberatung', organization: { id: ORG.caritas } } });
    expectValid('service', res.body.service);
  });
});

describe('GET /api/hsds/services?format=ndjson', () => {
  it('streams every service in id order as service_list.json, service.json (full) or id and last_modified (minimal)', async () => {
    const every = sorted(Object.values(S));
    expect(ids(await ndjson('/services', 'service_list'))).toEqual(every);
    expect(ids(await ndjson('/services?full=true', 'service'))).toEqual(every);
    const minimal = await ndjson('/services?minimal=true', 'minimal');
    expect(minimal.find((s) => s.id === S.familie)).toEqual({ id: S.familie, last_modified: '2025-06-01T09:30:00.000Z' });
    expect(ids(await ndjson(`/services?organization_id=${ORG.jugendamt}&minimal=true`, 'minimal'))).toEqual([S.kita, S.familie]);
    expect(ids(await ndjson('/services?modified_after=2024-01-01&minimal=true', 'minimal'))).toEqual([S.schwanger, S.kita, S.familie]);
    expect(ids(await ndjson(`/services?taxonomy_id=${TAXONOMY.lebenslagen}`, 'service_list'))).toEqual([S.schwanger, S.kita]);
  });
});

describe('bad parameters and unknown ids', () => {
  it.each([
    ['/organizations?page=0', 'page'], ['/organizations?per_page=501', 'per_page'], ['/organizations?format=xml', 'format'],
    ['/organizations?full=yes', 'full'], ['/organizations?full_service=ja', 'full_service'], ['/organizations?page=10000&per_page=500', 'page'],
    ['/taxonomies?per_page=abc', 'per_page'], ['/taxonomies?search=' + 'x'.repeat(201), 'search'],
    ['/taxonomy_terms?taxonomy_id=x', 'taxonomy_id'], ['/taxonomy_terms?parent_id=12', 'parent_id'], ['/taxonomy_terms?top_only=vielleicht', 'top_only'],
    [`/taxonomy_terms?top_only=true&parent_id=${TERM_SCHWANGERSCHAFT_GEBURT}`, 'top_only'],
    ['/service_at_locations?modified_after=gestern', 'modified_after'], ['/service_at_locations?proximity=5000', 'proximity'],
    ['/service_at_locations?postcode=00000', 'postcode'], ['/service_at_locations?organization_id=caritas', 'organization_id'],
    ['/service_at_locations?search=Kita&format=ndjson', 'format'], ['/service_at_locations?search=Kita&modified_after=2024-01-01', 'modified_after'],
    ['/services?search=Kita&format=ndjson', 'format'], ['/services?postcode=10115&format=ndjson', 'format'], ['/services?format=csv', 'format'],
  ])('answers %s with 400 JSON naming the field %s', async (url, field) => {
    const res = await get(`/api/hsds${url}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ error: 'bad_request', message: expect.any(String) });
    expect(res.body.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it.each([
    ['organizations', 'organization'], ['taxonomies', 'taxonomy'], ['taxonomy_terms', 'taxonomy term'], ['service_at_locations', 'service_at_location'],
  ])('answers an unknown or malformed id on /%s/{id} with 404 JSON', async (endpoint, what) => {
    for (const id of [UNKNOWN, 'not-a-uuid', encodeURIComponent("1' OR '1'='1")]) {
      const res = await get(`/api/hsds/${endpoint}/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ error: 'not_found', message: expect.stringContaining(`No ${what} with id "`) });
      expect(res.headers['access-control-allow-origin']).toBe('*');
    }
  });
});

describe('CORS of the public read APIs', () => {
  const origin = { origin: 'https://landkreis-nachbar.example' };

  it('lets any origin read the HSDS and events APIs, without credentials', async () => {
    for (const url of ['/api/hsds/', '/api/hsds/organizations', `/api/hsds/organizations/${ORG.caritas}`, '/api/hsds/taxonomies', '/api/hsds/taxonomy_terms',
      `/api/hsds/service_at_locations/${SAL.kita}`, '/api/hsds/services?format=ndjson', '/api/events', `/api/events/${UNKNOWN}`]) {
      const res = await get(url, origin);
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
      expect(res.headers['access-control-allow-credentials'], url).toBeUndefined();
      expect(res.headers['cross-origin-resource-policy'], url).toBe('cross-origin');
    }
  });

  it('answers a browser\'s preflight for GET on them', async () => {
    for (const url of ['/api/hsds/organizations', `/api/hsds/taxonomy_terms/${TERM_SCHWANGERSCHAFTSBERATUNG}`, '/api/hsds/', '/api/events', `/api/events/${UNKNOWN}`]) {
      const res = await app.inject({ method: 'OPTIONS', url, headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'accept, if-none-match' } });
      expect(res.statusCode, url).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
      expect(res.headers['access-control-allow-headers']).toBe('accept, if-none-match');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.body).toBe('');
    }
  });

  it('gives nothing else of Zugang CORS headers', async () => {
    for (const url of ['/', '/suche?q=Kita', '/api/suggest?q=Ki', '/health', '/docs/json', '/anmelden']) {
      const res = await get(url, origin);
      expect(res.headers['access-control-allow-origin'], url).toBeUndefined();
    }
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/suggest', headers: { ...origin, 'access-control-request-method': 'GET' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const post = await app.inject({ method: 'POST', url: '/api/hsds/services', headers: origin, payload: {} });
    expect(post.statusCode).toBeGreaterThanOrEqual(400);
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the OpenAPI description at /docs', () => {
  type Operation = { parameters?: { name: string; in: string; schema?: unknown }[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; operationId?: string; tags?: string[] };
  let doc: { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components?: Record<string, unknown> };
  beforeAll(async () => {
    const res = await get('/docs/json');
    expect(res.status).toBe(200);
    doc = res.body;
  });
  const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z_]+)/g, '{$1}');
  const operation = (url: string, method: string) => doc.paths[toOpenApiPath(url)]?.[method] ?? doc.paths[`${toOpenApiPath(url)}/`]?.[method]
    ?? doc.paths[toOpenApiPath(url).replace(/\/$/, '')]?.[method];

  it('describes every /api route of the app', () => {
    const apiRoutes = app.routeTable.filter((r) => r.url.startsWith('/api') && !['HEAD', 'OPTIONS'].includes(r.method));
    expect(apiRoutes.length).toBeGreaterThanOrEqual(14);
    for (const r of apiRoutes) expect(operation(r.url, r.method.toLowerCase()), `${r.method} ${r.url}`).toBeDefined();
    // Each with its parameters and a described 200 response.
    for (const r of apiRoutes) {
      const op = operation(r.url, r.method.toLowerCase())!;
      expect(op.responses['200']?.content?.['application/json']?.schema, `${r.method} ${r.url}`).toBeDefined();
      for (const param of r.url.match(/:([A-Za-z_]+)/g) ?? []) {
        expect(op.parameters?.some((p) => p.in === 'path' && p.name === param.slice(1)), `${r.url} ${param}`).toBe(true);
      }
    }
  });

  it('lists the parameters of the HSDS endpoints as openapi.json does, and those of the events API and the suggestions', () => {
    const spec = readJson(path.join(hsdsDir, 'openapi.json'));
    for (const [p, item] of Object.entries(spec.paths as Record<string, Record<string, { parameters?: { $ref?: string; name?: string }[] }>>)) {
      const ours = doc.paths[`/api/hsds${p}`]?.get;
      expect(ours, p).toBeDefined();
      const names = (item.get.parameters ?? []).map((x) => x.name ?? x.$ref!.split('/').pop());
      expect(ours.parameters?.map((x) => x.name) ?? [], p).toEqual(expect.arrayContaining(names));
    }
    const names = (url: string) => operation(url, 'get')!.parameters!.map((p) => p.name);
    expect(names('/api/events')).toEqual(expect.arrayContaining(['from', 'to', 'life_situation', 'district', 'age', 'language', 'free', 'lang']));
    expect(names('/api/events/:id')).toEqual(expect.arrayContaining(['id', 'lang']));
    expect(names('/api/suggest')).toEqual(['q']);
    const events = operation('/api/events', 'get')!.responses;
    expect(JSON.stringify(events['200'].content!['application/json'].schema)).toContain('places_left');
    expect(events['400']).toBeDefined();
    expect(operation('/api/events/:id', 'get')!.responses['404']).toBeDefined();
    expect(JSON.stringify(operation('/api/suggest', 'get')!.responses['200'].content!['application/json'].schema)).toContain('suggestions');
  });

  it('is a well-formed OpenAPI 3 document: unique operation ids, resolvable references, valid JSON Schemas', async () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const opIds: string[] = [];
    const schemaAjv = new Ajv2020({ strict: false });
    addFormats(schemaAjv);
    const resolve = (ref: string) => ref.replace(/^#\//, '').split('/').reduce<any>((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    const json = JSON.stringify(doc);
    for (const ref of json.match(/"\$ref":"[^"]+"/g) ?? []) expect(resolve(ref.slice(8, -1)), ref).toBeDefined();
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'], `${p}`).toContain(method);
        expect(Object.keys(op.responses).length, `${method} ${p}`).toBeGreaterThan(0);
        if (op.operationId) opIds.push(op.operationId);
        for (const param of op.parameters ?? []) {
          expect(['query', 'path', 'header', 'cookie']).toContain(param.in);
          expect(param.name).toBeTruthy();
          if (param.schema) expect(() => schemaAjv.compile(param.schema as object), `${p} ${param.name}`).not.toThrow();
        }
        for (const [status, response] of Object.entries(op.responses)) {
          const schema = response.content?.['application/json']?.schema;
          if (schema && !JSON.stringify(schema).includes('"$ref"')) expect(() => schemaAjv.compile(schema as object), `${method} ${p} ${status}`).not.toThrow();
        }
      }
    }
    expect(new Set(opIds).size).toBe(opIds.length);
    // The browsable description (Swagger UI), after its redirects.
    let url = '/docs';
    let ui = await get(url);
    for (let i = 0; i < 3 && ui.status >= 300 && ui.status < 400; i++) {
      url = new URL(String(ui.headers.location), `http://x${url}`).pathname;
      ui = await get(url);
    }
    expect(ui.status, url).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });
});

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
// HSDS 3.0 declares JSON Schema draft 2020-12 (openapi.json: jsonSchemaDialect); its schema files carry no $schema.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { rows } from '../../platform/db.ts';
import { buildApp } from '../../app.ts';
import { flushSearchLog } from './search/search-log.ts';
import { loadConfig, projectRoot } from '../../config.ts';
import { importServices } from './importer.ts';
import { readJsonFile } from './hsds-package.ts';
import { makeEvent } from '../../test/events.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');
const hsdsDir = path.join(projectRoot, 'resources', 'hsds-3.0', 'schema');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

// Fixture ids (src/test/fixtures/hsds/services-de.json and the official example service).
const S = {
  schwanger: '5e0a1c00-0000-4000-8000-000000000001', // Caritas, Berlin 10115, term Schwangerschaftsberatung, modified 2024-05-01
  kita: '5e0a1c00-0000-4000-8000-000000000002', // Jugendamt, Hamburg 20095, term Kindertagesstätten, modified 2024-01-10
  familie: '5e0a1c00-0000-4000-8000-000000000003', // Jugendamt, Berlin 10178, no terms, modified 2025-06-01
  schulden: '5e0a1c00-0000-4000-8000-000000000004', // Caritas, inactive, no location, modified 2020-02-02
  official: 'ac148810-d857-441c-9679-408f346de14b', // Example Organization, location 52.52/13.40 (Berlin), modified 2023-03-15
};
const ORG_JUGENDAMT = '0e0a1c00-0000-4000-8000-0000000000a1';
const ORG_CARITAS = '0e0a1c00-0000-4000-8000-0000000000b1';
const TERM_SCHWANGERSCHAFTSBERATUNG = '0d41b5d3-4c87-5613-a1e5-b0836fd9768e';
const TERM_SCHWANGERSCHAFT_GEBURT = '6081fa1a-62f6-5d33-8623-a54e4b47fa13'; // its parent
const TAXONOMY_LEBENSLAGEN = 'd0045b60-25d2-5a93-93a8-c9d9ae55ec8e';
const BY_NAME = [S.official, S.familie, S.kita, S.schulden, S.schwanger]; // Community…, Familien…, Kita…, Schuldner…, Schwanger…

let tdb: TestDatabase;
let app: FastifyInstance;
let validate: { service: ValidateFunction; serviceList: ValidateFunction; page: ValidateFunction; meta: ValidateFunction };

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Record<string, unknown>[] };

async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, headers: res.headers, body: res.json() };
}
async function page(query: string): Promise<Page> {
  const res = await get(`/api/hsds/services${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(validate.page(res.body), JSON.stringify(validate.page.errors)).toBe(true);
  return res.body as Page;
}
const ids = (p: Page) => p.contents.map((s) => s.id);

function expectValid(fn: ValidateFunction, value: unknown) {
  const ok = fn(value);
  expect(ok, `${(value as { id?: string }).id}: ${JSON.stringify(fn.errors, null, 1)}`).toBe(true);
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  await importServices(tdb.db, [...await readJsonFile(path.join(fixtures, 'hsds-service-full.json')), ...await readJsonFile(path.join(fixtures, 'hsds/services-de.json'))]);
  app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }, {}), database: tdb });

  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const openapi = readJson(path.join(hsdsDir, 'openapi.json'));
  // The compiled schemas are self-contained; added under their file names like the standard's $refs.
  ajv.addSchema(readJson(path.join(hsdsDir, 'compiled', 'service.json')), 'service.json');
  ajv.addSchema(readJson(path.join(hsdsDir, 'compiled', 'service_list.json')), 'service_list.json');
  validate = {
    service: ajv.getSchema('service.json')!,
    serviceList: ajv.getSchema('service_list.json')!,
    // The envelope as openapi.json defines it (Page), every number and flag required.
    page: ajv.compile({ allOf: [openapi.components.schemas.Page], required: Object.keys(openapi.components.schemas.Page.properties).concat('contents'),
      properties: { contents: { type: 'array' } } }),
    meta: ajv.compile({ ...openapi.paths['/'].get.responses['200'].content['application/json'].schema, required: ['version', 'profile', 'openapi_url'] }),
  };
});
afterAll(async () => {
  await app?.close();
  await tdb?.drop();
});

describe('the official HSDS schemas as loaded here', () => {
  it('reject what HSDS forbids, so passing them means something', () => {
    expect(validate.serviceList({ id: S.kita, name: 'x', status: 'offen' })).toBe(false);
    expect(validate.service({ id: 'not-a-uuid', name: 'x', status: 'active' })).toBe(false);
    expect(validate.service({ id: S.kita, name: 'x', status: 'active', phones: [{ id: S.kita }] })).toBe(false); // phone without number
    expect(validate.service({ id: S.kita, name: 'x', status: 'active', organization: { id: ORG_JUGENDAMT, name: 'y' } })).toBe(false); // no description
    expect(validate.page({ total_items: 1, total_pages: '1', page_number: 1, size: 1, first_page: true, last_page: true, empty: false, contents: [] })).toBe(false);
    expect(validate.service({ id: S.kita, name: 'x', status: 'active' })).toBe(true);
  });
});

describe('HSDS API: GET /api/hsds/', () => {
  it('names the HSDS version and links to the OpenAPI description, which lists the HSDS routes', async () => {
    const res = await get('/api/hsds/');
    expect(res.status).toBe(200);
    expectValid(validate.meta, res.body);
    expect(res.body.version).toBe('3.0');
    expect(res.body.openapi_url).toMatch(/^http:\/\/[^/]+\/docs\/json$/);
    const docs = await get(new URL(res.body.openapi_url).pathname);
    expect(docs.status).toBe(200);
    for (const p of ['/api/hsds/', '/api/hsds/services', '/api/hsds/services/{id}']) expect(docs.body.paths[p]?.get?.tags, p).toEqual(['HSDS']);
    const params = docs.body.paths['/api/hsds/services'].get.parameters.map((x: { name: string }) => x.name);
    expect(params).toEqual(expect.arrayContaining(['search', 'page', 'per_page', 'taxonomy_term_id', 'taxonomy_id', 'organization_id',
      'modified_after', 'minimal', 'full', 'postcode', 'proximity']));
  });
});

describe('HSDS API: GET /api/hsds/services', () => {
  it('lists every service as service_list.json objects in the paginated envelope, ordered by name', async () => {
    const p = await page('');
    expect(p).toMatchObject({ total_items: 5, total_pages: 1, page_number: 1, size: 5, first_page: true, last_page: true, empty: false });
    expect(ids(p)).toEqual(BY_NAME);
    for (const s of p.contents) expectValid(validate.serviceList, s);
    expect(p.contents.find((s) => s.id === S.kita)!.organization).toMatchObject({ id: ORG_JUGENDAMT, name: 'Stadt Musterstadt, Jugendamt' });
    // The list shape carries no nested one-to-many data.
    expect(p.contents[0]).not.toHaveProperty('phones');
  });

  it('pages with the right numbers and loses or repeats no service', async () => {
    const p1 = await page('?per_page=2');
    expect(p1).toMatchObject({ total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    const p2 = await page('?per_page=2&page=2');
    expect(p2).toMatchObject({ total_items: 5, total_pages: 3, page_number: 2, size: 2, first_page: false, last_page: false, empty: false });
    const p3 = await page('?per_page=2&page=3');
    expect(p3).toMatchObject({ total_items: 5, total_pages: 3, page_number: 3, size: 1, first_page: false, last_page: true, empty: false });
    expect([...ids(p1), ...ids(p2), ...ids(p3)]).toEqual(BY_NAME);
    const beyond = await page('?per_page=2&page=4');
    expect(beyond).toMatchObject({ total_items: 5, total_pages: 3, page_number: 4, size: 0, first_page: false, last_page: true, empty: true, contents: [] });
    const none = await page(`?organization_id=${'0'.repeat(8)}-0000-4000-8000-000000000000`);
    expect(none).toMatchObject({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true });
  });

  it('gives fully nested services that match the official service.json with full=true', async () => {
    const p = await page('?full=true');
    expect(ids(p)).toEqual(BY_NAME);
    for (const s of p.contents) expectValid(validate.service, s);
    const schwanger = p.contents.find((s) => s.id === S.schwanger)!;
    expect(schwanger.organization).toMatchObject({ name: 'Caritasverband Musterstadt e.V.' });
    expect((schwanger.service_at_locations as { location: { addresses: unknown[] } }[])[0].location.addresses).toHaveLength(1);
    expect(schwanger).not.toHaveProperty('translations');
    const translated = await page('?full=true&translations=true&per_page=1&page=5');
    expect(translated.contents[0].translations).toMatchObject({ en: { name: 'Pregnancy counselling' } });
  });

  it('gives only id and last_modified with minimal=true', async () => {
    const p = await page('?minimal=true');
    expect(p.contents.find((s) => s.id === S.familie)).toEqual({ id: S.familie, last_modified: '2025-06-01T09:30:00.000Z' });
    for (const s of p.contents) expect(Object.keys(s).sort()).toEqual(['id', 'last_modified']);
  });

  it('filters by organization, taxonomy term (with its narrower terms), taxonomy and modification time', async () => {
    expect(ids(await page(`?organization_id=${ORG_JUGENDAMT}`))).toEqual([S.familie, S.kita]);
    expect(ids(await page(`?taxonomy_term_id=${TERM_SCHWANGERSCHAFTSBERATUNG}`))).toEqual([S.schwanger]);
    expect(ids(await page(`?taxonomy_term_id=${TERM_SCHWANGERSCHAFT_GEBURT}`))).toEqual([S.schwanger]);
    expect(ids(await page(`?taxonomy_id=${TAXONOMY_LEBENSLAGEN}`))).toEqual([S.kita, S.schwanger]);
    expect(ids(await page('?modified_after=2025-01-01T00:00:00Z'))).toEqual([S.familie]);
    expect(ids(await page('?modified_after=2024-01-01'))).toEqual([S.familie, S.kita, S.schwanger]);
    expect(ids(await page(`?modified_after=2024-01-01&organization_id=${ORG_JUGENDAMT}&per_page=1`))).toEqual([S.familie]);
    const p = await page(`?modified_after=2024-01-01&organization_id=${ORG_JUGENDAMT}&per_page=1`);
    expect(p).toMatchObject({ total_items: 2, total_pages: 2, size: 1, last_page: false });
  });

  it('searches with the directory search for a German word, counts the search, and leaves out inactive services', async () => {
    const before = await rows<{ n: number }>(tdb.db, sql`SELECT count(*)::int AS n FROM search_log`);
    const p = await page('?search=Familienzentrum');
    expect(ids(p)[0]).toBe(S.familie);
    expect(p.total_items).toBe(p.contents.length);
    for (const s of p.contents) expectValid(validate.serviceList, s);
    await flushSearchLog(); // searches are written in batches, at the latest a second later
    const after = await rows<{ n: number; query: string }>(tdb.db, sql`SELECT count(*)::int AS n, max(query) AS query FROM search_log`);
    expect(after[0].n).toBe(before[0].n + 1);
    // "Beratung" finds the compound "Schwangerschaftsberatung"; the inactive "Schuldnerberatung" stays out.
    const beratung = ids(await page('?search=Beratung'));
    expect(beratung).toContain(S.schwanger);
    expect(beratung).not.toContain(S.schulden);
    expect(ids(await page(`?search=Beratung&organization_id=${ORG_JUGENDAMT}`))).not.toContain(S.schwanger);
    expect(ids(await page(`?search=Beratung&taxonomy_id=${TAXONOMY_LEBENSLAGEN}`))).toEqual([S.schwanger]);
    const full = await page('?search=Familienzentrum&full=true');
    for (const s of full.contents) expectValid(validate.service, s);
  });

  it('finds services within the proximity (metres) of a postcode, nearest first', async () => {
    const berlin = await page('?postcode=10115&proximity=5000');
    expect(ids(berlin)).toEqual([S.schwanger, S.official, S.familie]);
    expect(berlin.total_items).toBe(3);
    expect(ids(await page('?postcode=20095&proximity=5000'))).toEqual([S.kita]);
    expect(ids(await page('?postcode=10115&proximity=1000'))).toEqual([S.schwanger]);
    expect(ids(await page('?postcode=10115&proximity=5000&search=Familienzentrum'))).toEqual([S.familie]);
    // Without proximity: every active service, nearest first.
    expect(ids(await page('?postcode=20095'))[0]).toBe(S.kita);
  });

  it.each([
    ['page=0', 'page'], ['page=abc', 'page'], ['per_page=501', 'per_page'], ['per_page=0', 'per_page'],
    ['organization_id=12', 'organization_id'], ['taxonomy_term_id=x', 'taxonomy_term_id'], ['modified_after=gestern', 'modified_after'],
    ['full=yes', 'full'], ['proximity=5000', 'proximity'], ['postcode=1011', 'postcode'], ['postcode=00000', 'postcode'],
    ['postcode=10115&proximity=10', 'proximity'], ['minimal=true&full=true', 'minimal'], ['search=Kita&modified_after=2024-01-01', 'modified_after'],
    ['page=10000&per_page=500', 'page'], ['format=csv', 'format'], ['search=Kita&format=ndjson', 'format'],
  ])('rejects %s with 400 JSON naming the field', async (query, field) => {
    const res = await get(`/api/hsds/services?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ error: 'bad_request', message: expect.any(String) });
    expect(res.body.issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('HSDS API: GET /api/hsds/services/{id}', () => {
  it('gives each service fully nested, matching the official service.json', async () => {
    for (const id of Object.values(S)) {
      const res = await get(`/api/hsds/services/${id}`);
      expect(res.status).toBe(200);
      expectValid(validate.service, res.body);
      expect(res.body.id).toBe(id);
    }
    const official = (await get(`/api/hsds/services/${S.official}`)).body;
    expect(official).toMatchObject({ name: 'Community Counselling', organization: { name: 'Example Organization Inc.' } });
    expect(official.schedules).toHaveLength(1);
    expect(official.service_at_locations[0].location.accessibility).toHaveLength(1);
  });

  it.each([
    ['an unknown id', '5e0a1c00-0000-4000-8000-000000000999'],
    ['a malformed id', 'not-a-uuid'],
    ['an id with SQL in it', encodeURIComponent("1' OR '1'='1")],
    ['an almost-UUID', '5e0a1c00-0000-4000-8000-00000000000g'],
  ])('answers %s with 404 JSON saying which service is missing', async (_what, id) => {
    const res = await get(`/api/hsds/services/${id}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not_found', message: expect.stringMatching(/^No service with id "/) });
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('HSDS API: cross-origin reading', () => {
  it.each(['/api/hsds/', '/api/hsds/services', `/api/hsds/services/${S.kita}`, '/api/hsds/organizations'])('lets any origin read %s', async (url) => {
    const res = await app.inject({ method: 'GET', url, headers: { origin: 'https://nachbarkreis.example' } });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers an unknown HSDS path with 404 JSON', async () => {
    const res = await get('/api/hsds/programs');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: 'not_found' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('HSDS API: sessions of courses and events as schedules of their service', () => {
  const DAY = 86_400_000;
  const at = (days: number, hour: number) => { const d = new Date(Date.now() + days * DAY); d.setUTCHours(hour, 15, 0, 0); return d; };
  const session = (days: number, hour = 15) => ({ startsAt: at(days, hour), endsAt: new Date(at(days, hour).getTime() + 90 * 60_000), room: 'C2' });
  type Schedule = Record<string, string | number>;
  const sessionIds = async (eventId: string) => (await rows<{ id: string }>(tdb.db, sql`SELECT id FROM event_sessions WHERE event_id = ${eventId} ORDER BY starts_at`)).map((r) => r.id);

  it('adds the sessions still to come of scheduled events of active services as one-off schedules that validate against service.json', async () => {
    // A course that has begun (one session over, two to come), a cancelled event, an event that is over, and one of an inactive service.
    const course = await makeEvent(tdb.db, ORG_JUGENDAMT, { serviceId: S.kita, title: 'Eingewöhnung in der Kita – Elternkurs',
      sessions: [session(-2), session(5), session(12, 9)], registrationClosesAt: null });
    const cancelled = await makeEvent(tdb.db, ORG_JUGENDAMT, { serviceId: S.kita, title: 'Abgesagter Infoabend', sessions: [session(6)] });
    await tdb.db.execute(sql`UPDATE events SET status = 'cancelled' WHERE id = ${cancelled}`);
    await makeEvent(tdb.db, ORG_JUGENDAMT, { serviceId: S.kita, title: 'Vorbei', sessions: [session(-3)] });
    await makeEvent(tdb.db, ORG_CARITAS, { serviceId: S.schulden, title: 'Budgetberatung in der Gruppe', sessions: [session(4)] });
    const [, next, last] = await sessionIds(course);

    const res = await get(`/api/hsds/services/${S.kita}`);
    expect(res.status).toBe(200);
    expectValid(validate.service, res.body);
    const schedules = res.body.schedules as Schedule[];
    expect(schedules.map((x) => x.id)).toEqual([next, last]);
    for (const [x, days, hour] of [[schedules[0], 5, 15], [schedules[1], 12, 9]] as const) {
      expect(x).toMatchObject({ description: 'Eingewöhnung in der Kita – Elternkurs', valid_from: x.dtstart, valid_to: x.dtstart });
      expect(x.schedule_link).toMatch(new RegExp(`^http://[^/]+/veranstaltungen/${course}$`));
      expect(x.notes).toContain(x.schedule_link as string);
      expect(x.attending_type).toContain('Raum C2');
      // Local date and times with the UTC offset name exactly the session's instants.
      expect(x.opens_at).toMatch(/^\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Date.parse(`${x.dtstart}T${x.opens_at}`)).toBe(at(days, hour).getTime());
      expect(Date.parse(`${x.valid_to}T${x.closes_at}`)).toBe(at(days, hour).getTime() + 90 * 60_000);
      expect(x.timezone).toBe(Number((x.opens_at as string).slice(5, 8)));
    }
    // The inactive service shows none; its own stored schedules stay as they were.
    const inactive = await get(`/api/hsds/services/${S.schulden}`);
    expectValid(validate.service, inactive.body);
    expect(inactive.body.schedules).toEqual([]);
    expect((await get(`/api/hsds/services/${S.schwanger}`)).body.schedules).toHaveLength(1);

    // The same in pages of fully nested services; the list shape carries no schedules at all.
    const p = await page(`?full=true&organization_id=${ORG_JUGENDAMT}`);
    const kita = p.contents.find((x) => x.id === S.kita)!;
    expectValid(validate.service, kita);
    expect((kita.schedules as Schedule[]).map((x) => x.id)).toEqual([next, last]);
    const list = await page(`?organization_id=${ORG_JUGENDAMT}`);
    expect(list.contents.find((x) => x.id === S.kita)).not.toHaveProperty('schedules');
  });

  it('does not repeat a session whose schedule was imported back into the directory', async () => {
    const eventId = await makeEvent(tdb.db, ORG_JUGENDAMT, { serviceId: S.familie, title: 'Familienfrühstück', sessions: [session(3)] });
    const before = (await get(`/api/hsds/services/${S.familie}`)).body;
    expect(before.schedules).toHaveLength(1);
    const [sessionId] = await sessionIds(eventId);
    await importServices(tdb.db, [{ ...before, schedules: before.schedules }]);
    const stored = await rows<{ id: string }>(tdb.db, sql`SELECT id FROM schedules WHERE service_id = ${S.familie}`);
    expect(stored).toEqual([{ id: sessionId }]);
    const after = (await get(`/api/hsds/services/${S.familie}`)).body;
    expectValid(validate.service, after);
    expect((after.schedules as Schedule[]).map((x) => x.id)).toEqual([sessionId]);
  });
});

// A confidential location (a women's shelter) has a distinctive street, postcode and coordinates: no public
// output may show them – pages, map data, the HSDS API (which federated instances copy), the tabular
// export, iCalendar, the suggestions – while the place's name and its contact ways stay visible.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeService, squareDistrict } from '../../test/factories.ts';
import { makeEvent } from '../../test/events.ts';
import { rows } from '../../platform/db.ts';
import { importServices } from './importer.ts';
import { importDistricts } from './districts.ts';
import { exportPackage } from './hsds-package.ts';
import { setLocationConfidential } from './service.ts';
import { publishedServiceDocument } from '../editorial/changes.ts';
import { publishServiceDirectly } from '../editorial/versions.ts';

const STREET = 'Verborgenwinkel';
const POSTCODE = '99991';
const LAT = 51.354321;
const LON = 9.487654;
/** Everything that would give the place away: the street, postcode with street, the coordinates (also shortened). */
const SECRETS = [STREET, `${POSTCODE} `, String(LAT), String(LON), '51.35432', '9.48765', '51.3543', '9.4876'];
const PHONE = '+49 561 555 0199';

let t: TestApp;
let tmp: string;
const shelter = makeService({ name: 'Frauenhaus Schutzraum', lebenslagen: ['haeusliche-gewalt'], lat: LAT, lon: LON, street: `${STREET} 17`, postcode: POSTCODE,
  phone: PHONE, description: 'Sichere Unterkunft für Frauen und ihre Kinder.' });
// A second, ordinary service of the same organisation, so that organisation and district pages have a neighbour.
const counselling = makeService({ name: 'Frauenberatung Mitte', organization: { id: shelter.organization!.id, name: shelter.organization!.name },
  lebenslagen: ['haeusliche-gewalt'], lat: 51.36, lon: 9.49, street: 'Offene Straße 3', postcode: '34117' });
const location = shelter.service_at_locations![0].location!;
// The location comes marked from the source (the HSDS extension field), as the demo's shelter does.
(location as Record<string, unknown>).confidential = true;
// Directions name the nearest stop: they would give the place away too.
(location as Record<string, unknown>).transportation = 'Haltestelle Verborgenwinkel (Bus 7)';
let eventId: string;

beforeAll(async () => {
  t = await createTestApp();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zugang-confidential-'));
  await importDistricts(t.database.db, { type: 'FeatureCollection', features: [squareDistrict('schutz', 'Schutzviertel', LAT, LON, 0.05)] });
  await importServices(t.database.db, [shelter, counselling]);
  eventId = await makeEvent(t.database.db, shelter.organization!.id, { title: 'Gesprächskreis im Frauenhaus', serviceId: shelter.id,
    sessions: [{ startsAt: new Date(Date.now() + 10 * 86_400_000), endsAt: new Date(Date.now() + 10 * 86_400_000 + 3_600_000), locationId: location.id, room: 'Raum 1' }] });
});
afterAll(async () => {
  await t?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

function expectNoSecret(where: string, body: string) {
  for (const secret of SECRETS) {
    if (body.includes(secret)) throw new Error(`${where} shows "${secret}": …${body.slice(Math.max(0, body.indexOf(secret) - 200), body.indexOf(secret) + 100)}…`);
  }
}

describe('a confidential location', () => {
  it('is stored marked, with its address, from the HSDS extension field', async () => {
    const [l] = await rows<{ confidential: boolean; n: number }>(t.database.db, sql`
      SELECT confidential, (SELECT count(*)::int FROM addresses WHERE location_id = l.id) AS n FROM locations l WHERE id = ${location.id}`);
    expect(l).toEqual({ confidential: true, n: 1 });
  });

  it('shows its name and contact way but no address on the service page (every language, print view), with "address on request"', async () => {
    for (const lang of ['de', 'en', 'tr', 'ar', 'uk']) {
      const res = await get(`/angebote/${shelter.id}?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expectNoSecret(`/angebote (${lang})`, res.body);
      expect(res.body).toContain(PHONE);
      if (lang === 'de') expect(res.body).toContain('Adresse auf Anfrage');
    }
    expect((await get(`/angebote/${counselling.id}`)).body).toContain('Offene Straße 3');
  });

  it('appears on no public page: home, search (list, map, distance), organisation, Sozialräume, events', async () => {
    const pages = ['/', '/suche?q=Frauenhaus', '/suche?q=Frauenhaus&ansicht=karte', '/suche?lebenslage=haeusliche-gewalt', `/suche?q=Frauenhaus&ort=34117&sort=entfernung`,
      `/suche?q=Frauenhaus&lat=51.356&lon=9.489&sort=entfernung&umkreis=5`, `/organisationen/${shelter.organization!.id}`, '/sozialraeume', '/sozialraeume/schutz',
      '/veranstaltungen', `/veranstaltungen/${eventId}`, `/veranstaltungen/${eventId}?lang=en`, '/veranstaltungen?ansicht=monat'];
    for (const url of pages) {
      const res = await get(url);
      expect(res.statusCode, url).toBeLessThan(400);
      expectNoSecret(url, res.body);
    }
    // The service is still found, by name and by its Sozialraum.
    expect((await get('/suche?q=Frauenhaus')).body).toContain('Frauenhaus Schutzraum');
    expect((await get('/sozialraeume/schutz')).body).toContain('Alle 2 Angebote');
  });

  it('is no searchable text and no place to measure distances from', async () => {
    const byStreet = await get(`/suche?q=${STREET}`);
    expect(byStreet.body).not.toContain('Frauenhaus Schutzraum');
    // Typed as the place, the street is not found (it would give away its coordinates through the distances).
    const near = await get(`/suche?ort=${encodeURIComponent(`${STREET} 17`)}&sort=entfernung`);
    for (const secret of [POSTCODE, String(LAT), String(LON)]) expect(near.body).not.toContain(secret);
    expect(near.body).not.toMatch(/\d+[,.]\d\s*km/);
    const suggest = await get(`/api/suggest?q=${STREET.slice(0, 6)}`);
    expectNoSecret('/api/suggest', suggest.body);
    const [ss] = await rows<{ latitude: number | null }>(t.database.db, sql`SELECT latitude FROM service_search WHERE service_id = ${shelter.id}`);
    expect(ss.latitude).toBeNull();
  });

  it('gives iCalendar files without the address', async () => {
    for (const url of [`/veranstaltungen/${eventId}/kalender.ics`, '/veranstaltungen.ics']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Gesprächskreis im Frauenhaus');
      expectNoSecret(url, res.body);
    }
  });

  it('is in no response of any GET endpoint of the JSON APIs (HSDS, which federation copies, and events), in every variant', async () => {
    const spec = JSON.parse((await get('/docs/json')).body) as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.entries(spec.paths).filter(([p, ops]) => p.startsWith('/api/') && ops.get).map(([p]) => p);
    expect(paths).toContain('/api/hsds/services');
    expect(paths).toContain('/api/hsds/services/{id}');
    const [taxonomy] = await rows<{ id: string; term: string }>(t.database.db, sql`SELECT taxonomy_id AS id, id AS term FROM taxonomy_terms WHERE code = 'haeusliche-gewalt'`);
    const ids = [shelter.id, shelter.organization!.id, location.id, shelter.service_at_locations![0].id, eventId, taxonomy.id, taxonomy.term];
    const queries = ['', '?full=true', '?full=true&translations=true', '?format=ndjson', '?minimal=true', `?postcode=${POSTCODE}&proximity=5000`, '?postcode=34117',
      '?search=Frauenhaus', '?q=Frauenhaus', `?search=${STREET}`, '?per_page=500', `?lat=${LAT}&lon=${LON}`];
    let checked = 0;
    for (const p of paths) {
      const urls = p.includes('{') ? ids.map((id) => p.replace(/\{[^}]+\}/g, id)) : [p];
      for (const url of urls) {
        for (const q of queries) {
          const res = await get(url + q);
          expectNoSecret(url + q, res.body);
          if (res.statusCode === 200) checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The service with the location's name and phone is there, marked confidential, without address or coordinates.
    const full = JSON.parse((await get(`/api/hsds/services/${shelter.id}`)).body);
    const loc = full.service_at_locations[0].location;
    expect(loc).toMatchObject({ id: location.id, name: 'Frauenhaus Schutzraum', confidential: true, addresses: [] });
    expect(loc).not.toHaveProperty('latitude');
    expect(full.phones[0].number).toBe(PHONE);
    // An ordinary location carries no `confidential` field.
    const other = JSON.parse((await get(`/api/hsds/services/${counselling.id}`)).body);
    expect(other.service_at_locations[0].location).not.toHaveProperty('confidential');
    expect(other.service_at_locations[0].location.latitude).toBe(51.36);
  });

  it('is in no file of the HSDS tabular export, which still has the location itself', async () => {
    const dir = path.join(tmp, 'export');
    await exportPackage(t.database.db, dir);
    const files = fs.readdirSync(dir);
    expect(files).toContain('locations.csv');
    for (const f of files) expectNoSecret(`export ${f}`, fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(fs.readFileSync(path.join(dir, 'locations.csv'), 'utf8')).toContain(location.id);
    expect(fs.readFileSync(path.join(dir, 'addresses.csv'), 'utf8')).toContain('Offene Straße 3');
  });

  it('is marked and unmarked by setLocationConfidential; a later import without the field keeps the marking', async () => {
    const other = counselling.service_at_locations![0].location!;
    await setLocationConfidential(t.database.db, other.id, true);
    const page = await get(`/angebote/${counselling.id}`);
    expect(page.body).not.toContain('Offene Straße 3');
    expect((await get(`/api/hsds/services/${counselling.id}`)).body).not.toContain('Offene Straße 3');
    await importServices(t.database.db, [{ ...counselling, description: 'Neu beschrieben.' }]);
    const [l] = await rows<{ confidential: boolean }>(t.database.db, sql`SELECT confidential FROM locations WHERE id = ${other.id}`);
    expect(l.confidential).toBe(true);
    await setLocationConfidential(t.database.db, other.id, false);
    expect((await get(`/api/hsds/services/${counselling.id}`)).body).toContain('Offene Straße 3');
  });

  it('keeps its address and coordinates when a provider\'s change of the service is published (the change never saw them)', async () => {
    const published = await publishedServiceDocument(t.database.db, shelter.id);
    expect(JSON.stringify(published)).not.toContain(STREET);
    await publishServiceDirectly(t.database.db, { actor: { kind: 'system', name: 'test' } } as never, {
      organizationId: shelter.organization!.id, kind: 'update', proposed: { ...published!, description: 'Sichere Unterkunft, rund um die Uhr erreichbar.' } });
    const [l] = await rows<{ confidential: boolean; latitude: number; street: string; district: string | null }>(t.database.db, sql`
      SELECT l.confidential, l.latitude, a.address_1 AS street, d.code AS district FROM locations l
      JOIN addresses a ON a.location_id = l.id LEFT JOIN districts d ON d.id = l.district_id WHERE l.id = ${location.id}`);
    expect(l).toEqual({ confidential: true, latitude: LAT, street: `${STREET} 17`, district: 'schutz' });
    const [s] = await rows<{ description: string }>(t.database.db, sql`SELECT description FROM services WHERE id = ${shelter.id}`);
    expect(s.description).toBe('Sichere Unterkunft, rund um die Uhr erreichbar.');
  });
});

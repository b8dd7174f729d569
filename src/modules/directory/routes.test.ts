import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { flushSearchLog } from './search/search-log.ts';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeService, squareDistrict } from '../../test/factories.ts';
import { importServices } from './importer.ts';
import { importDistricts } from './districts.ts';
import { rows } from '../../platform/db.ts';

let t: TestApp;
const erziehung = makeService({ name: 'Erziehungsberatungsstelle Nordstadt', lebenslagen: ['erziehungsberatung'], lat: 51.32, lon: 9.50, postcode: '34127', street: 'Holländische Straße 12',
  free: true, wheelchair: true, languages: ['de', 'tr'], minAge: 0, maxAge: 27, phone: '+49 561 555 0101',
  hours: [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '00:00', closes: '23:59' }],
  translations: { en: { name: 'Parenting counselling centre Nordstadt' } } });
const kita = makeService({ name: 'Kindertagesstätte Sonnenblume', description: 'Krippe und Kindergarten für Kinder von 1 bis 6 Jahren.', lebenslagen: ['kita'], lat: 51.30, lon: 9.47, postcode: '34117', minAge: 1, maxAge: 6, free: false });
const schulden = makeService({ name: 'Schuldner- und Insolvenzberatung der Diakonie', lebenslagen: ['schuldnerberatung'], lat: 51.28, lon: 9.45, postcode: '34119', free: true });
const inactive = makeService({ name: 'Geschlossene Erziehungsberatung', status: 'inactive', lebenslagen: ['erziehungsberatung'] });

beforeAll(async () => {
  t = await createTestApp();
  await importDistricts(t.database.db, { type: 'FeatureCollection', features: [squareDistrict('nord', 'Nordstadt', 51.32, 9.50), squareDistrict('mitte', 'Mitte', 51.30, 9.47)] });
  await importServices(t.database.db, [erziehung, kita, schulden, inactive]);
});
afterAll(async () => { await t?.close(); });

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('public directory pages', () => {
  it('shows the life situations with their service counts on the home page', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Erziehung und Familie');
    expect(res.body).toMatch(/Schulden und Geld[\s\S]*?1 Angebot</);
  });

  it('finds an "Erziehungsberatungsstelle" when someone searches for "Erziehungsberatung"', async () => {
    const res = await get('/suche?q=Erziehungsberatung');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Erziehungsberatungsstelle Nordstadt');
    expect(res.body).not.toContain('Geschlossene Erziehungsberatung');
  });

  it('finds "Schuldner- und Insolvenzberatung" for "Schuldnerberatung" and a Kindertagesstätte for "Kita"', async () => {
    expect((await get('/suche?q=Schuldnerberatung')).body).toContain('Schuldner- und Insolvenzberatung der Diakonie');
    expect((await get('/suche?q=Kita')).body).toContain('Kindertagesstätte Sonnenblume');
  });

  it('offers a spelling correction for a typo and counts the empty search without personal data', async () => {
    const res = await get('/suche?q=Insolvenzbaratung');
    expect(res.body).toContain('insolvenzberatung');
    const empty = await get('/suche?q=Zahnarztpraxis');
    expect(empty.body).toContain('Leider haben wir kein passendes Angebot gefunden');
    await flushSearchLog(); // searches are written in batches, at the latest a second later
    const logged = await rows<{ query: string; result_count: number; filters: Record<string, unknown> }>(t.database.db,
      sql`SELECT query, result_count, filters FROM search_log WHERE query = 'zahnarztpraxis'`);
    expect(logged).toHaveLength(1);
    expect(logged[0].result_count).toBe(0);
    expect(JSON.stringify(logged[0])).not.toMatch(/127\.0\.0\.1|user-agent/i);
  });

  it('points a search that found nothing to the life situations its words resemble', async () => {
    const res = await get('/suche?q=Schuldenfalle');
    expect(res.body).toContain('Leider haben wir kein passendes Angebot gefunden');
    expect(res.body).toMatch(/class="tile__title">Schulden und Geld</);
  });

  it('filters by free of charge, wheelchair access, age, language and district', async () => {
    const names = async (q: string) => (await get(`/suche?${q}`)).body;
    expect(await names('kostenfrei=1')).not.toContain('Kindertagesstätte Sonnenblume');
    expect(await names('rollstuhl=1')).toContain('Erziehungsberatungsstelle Nordstadt');
    expect(await names('rollstuhl=1')).not.toContain('Schuldner- und Insolvenzberatung');
    expect(await names('age=30')).not.toContain('Kindertagesstätte Sonnenblume');
    expect(await names('sprache=tr')).toContain('Erziehungsberatungsstelle Nordstadt');
    expect(await names('sprache=tr')).not.toContain('Kindertagesstätte Sonnenblume');
    const district = await names('sozialraum=mitte');
    expect(district).toContain('Kindertagesstätte Sonnenblume');
    expect(district).not.toContain('Erziehungsberatungsstelle Nordstadt');
    expect(await names('offen=1')).toContain('Erziehungsberatungsstelle Nordstadt');
    expect(await names('offen=1')).not.toContain('Kindertagesstätte Sonnenblume');
  });

  it('sorts by distance from a postcode', async () => {
    const body = (await get('/suche?ort=34127&sort=entfernung')).body;
    expect(body.indexOf('Erziehungsberatungsstelle Nordstadt')).toBeLessThan(body.indexOf('Schuldner- und Insolvenzberatung'));
    expect(body).toMatch(/km entfernt/);
  });

  it('explains a bad age next to the field, keeps what was typed and still searches', async () => {
    const res = await get('/suche?q=Kita&age=zwölf');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Bitte geben Sie das Alter als ganze Zahl zwischen 0 und 120 an.');
    expect(res.body).toContain('value="zwölf"');
    expect(res.body).toContain('value="Kita"');
    expect(res.body).toContain('Kindertagesstätte Sonnenblume');
  });

  it('never fails on query syntax characters', async () => {
    for (const q of [`'`, `a & | ! ( ) :*`, '<script>alert(1)</script>', 'x'.repeat(199), '%00', '\\']) {
      const res = await get(`/suche?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('<script>alert(1)</script>');
    }
  });

  it('shows everything needed to go to or call a service', async () => {
    const res = await get(`/angebote/${erziehung.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="tel:+495615550101"');
    expect(res.body).toContain('Holländische Straße 12');
    expect(res.body).toContain('Nordstadt');
    expect(res.body).toContain('Jetzt geöffnet');
    expect(res.body).toContain('Rollstuhlgerecht');
  });

  it('shows the English name where a translation exists and marks German fallbacks', async () => {
    const en = await get(`/angebote/${erziehung.id}?lang=en`);
    expect(en.body).toContain('<html lang="en" dir="ltr">');
    expect(en.body).toContain('Parenting counselling centre Nordstadt');
    const other = await get(`/angebote/${kita.id}?lang=en`);
    expect(other.body).toContain('This entry is only available in German.');
    expect(other.body).toMatch(/<h1[^>]*lang="de"[^>]*>Kindertagesstätte Sonnenblume/);
  });

  it('renders Arabic pages right to left', async () => {
    const res = await get('/?lang=ar');
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
  });

  it('answers an unknown or malformed service id with a translated 404 page, never a 500', async () => {
    for (const url of ['/angebote/00000000-0000-4000-8000-000000000000', '/angebote/not-a-uuid', "/angebote/1'%20OR%201=1", '/organisationen/zzz', '/sozialraeume/unbekannt']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain('Seite nicht gefunden');
    }
    const en = await get('/gibt-es-nicht?lang=en');
    expect(en.statusCode).toBe(404);
    expect(en.body).toContain('Page not found');
  });

  it('shows an organisation with its services and a district with its services by life situation', async () => {
    const org = await get(`/organisationen/${kita.organization!.id}`);
    expect(org.statusCode).toBe(200);
    expect(org.body).toContain('Kindertagesstätte Sonnenblume');
    const d = await get('/sozialraeume/nord');
    expect(d.statusCode).toBe(200);
    expect(d.body).toContain('Sozialraum Nordstadt');
    expect(d.body).toContain('Erziehung und Familie');
    expect((await get('/sozialraeume')).body).toContain('Mitte');
  });

  it('suggests service names while typing', async () => {
    const res = await get('/api/suggest?q=Erziehungsber');
    expect(res.statusCode).toBe(200);
    expect(res.json().suggestions).toContain('Erziehungsberatungsstelle Nordstadt');
  });

  it('reports health and readiness', async () => {
    expect((await get('/health')).json()).toEqual({ status: 'ok' });
    expect((await get('/ready')).json()).toEqual({ status: 'ready' });
  });

  it('sends a strict Content-Security-Policy and has no inline script', async () => {
    const res = await get('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    for (const page of [res.body, (await get('/sozialraeume')).body, (await get(`/angebote/${erziehung.id}`)).body]) {
      // Only script files and non-executable JSON data blocks (src/platform/csp.test.ts checks the nonces).
      expect(page).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>/);
    }
  });

  it('keeps every public page under 100 KB of HTML and CSS', async () => {
    for (const url of ['/', '/suche?q=Beratung', `/angebote/${erziehung.id}`, `/organisationen/${kita.organization!.id}`, '/sozialraeume', '/sozialraeume/nord', '/?lang=ar']) {
      const html = (await get(url)).body;
      const css = html.match(/href="(\/assets\/app\.[a-f0-9]+\.css)"/)![1];
      const bytes = Buffer.byteLength(html) + Buffer.byteLength((await get(css)).body);
      expect(bytes, url).toBeLessThan(100 * 1024);
    }
  });

  it('shows a changed entry at once: cached pages and searches are dropped when the directory changes', async () => {
    const before = await get(`/angebote/${schulden.id}`);
    expect(before.body).toContain('Schuldner- und Insolvenzberatung der Diakonie');
    expect((await get('/suche?q=Budgetberatung')).body).not.toContain('Schuldner- und Insolvenzberatung');
    await importServices(t.database.db, [{ ...schulden, name: 'Schuldner- und Insolvenzberatung mit Budgetberatung' }]);
    expect((await get(`/angebote/${schulden.id}`)).body).toContain('Schuldner- und Insolvenzberatung mit Budgetberatung');
    expect((await get('/suche?q=Budgetberatung')).body).toContain('Schuldner- und Insolvenzberatung mit Budgetberatung');
  });
});

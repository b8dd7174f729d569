// The portal network within one test process: instance A (a real Zugang app listening on a port) is the
// source, instance B subscribes to it. Pulls are run directly (the job that runs them is tested through
// "jetzt abrufen" at the end); the two-process test is federation-two-instances.test.ts.
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeService } from '../../test/factories.ts';
import { makeUser, signedIn } from '../../test/accounts.ts';
import { rows } from '../../platform/db.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importServices } from './importer.ts';
import { flushSearchLog } from './search/search-log.ts';
import { exportPackage } from './hsds-package.ts';
import { federationCommand } from './cli.ts';
import { federationSources } from './schema.ts';
import { eq } from 'drizzle-orm';
import { addSource, dueSources, setSourcePaused, checkSource, foreignId, listSources, pullSource, removeSource } from './federation.ts';

let a: TestApp;
let b: TestApp;
let aUrl: string;
let sourceId: string;
const kita = makeService({ name: 'Kita Sonnenblume Nordheide', lebenslagen: ['kita'], lat: 53.3, lon: 9.9, street: 'Heideweg 3', postcode: '21244', city: 'Buchholz',
  translations: { en: { name: 'Sunflower Day Care Nordheide', description: 'Day care for children from one year until school.' } } });
const beratung = makeService({ name: 'Schuldnerberatung Nordheide', lat: 53.31, lon: 9.91 });
const local = makeService({ name: 'Kita Lindenblatt', lebenslagen: ['kita'], lat: 51.3, lon: 9.5 });

const search = async (app: TestApp, query: string) => (await app.app.inject({ url: `/suche?${query}` })).body;

beforeAll(async () => {
  [a, b] = await Promise.all([createTestApp(), createTestApp()]);
  await importServices(a.database.db, [kita, beratung]);
  await importServices(b.database.db, [local]);
  await a.app.listen({ port: 0, host: '127.0.0.1' });
  aUrl = `http://127.0.0.1:${(a.app.server.address() as AddressInfo).port}/api/hsds`;
  const added = await addSource(b.database.db, { url: aUrl, label: 'Landkreis Nordheide', interval: '60' });
  if (!added.ok) throw new Error('source not added');
  sourceId = added.id;
}, 60_000);
afterAll(async () => { await Promise.all([a?.close(), b?.close()]); });

describe('portal network: pulling a source', () => {
  it('takes over the source\'s services as foreign entries, labelled with the source, in search and on the service page', async () => {
    const r = await pullSource(b.database.db, sourceId);
    expect(r).toMatchObject({ status: 'ok', error: null, counts: { received: 2, changed: 2, skipped: 0, deleted: 0 } });
    const html = await search(b, 'q=Kita');
    expect(html).toContain('Kita Sonnenblume Nordheide');
    expect(html).toContain('Kita Lindenblatt');
    expect(html).toContain('Angebot aus Landkreis Nordheide');
    const page = await b.app.inject({ url: `/angebote/${foreignId(sourceId, kita.id)}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Angebot aus Landkreis Nordheide');
    expect(page.body).toContain('Heideweg 3');
    // With the source's translations: in English the page shows the neighbour's English text.
    const english = await b.app.inject({ url: `/angebote/${foreignId(sourceId, kita.id)}?lang=en` });
    expect(english.body).toContain('Sunflower Day Care Nordheide');
    expect(english.body).toContain('Day care for children from one year until school.');
    // Our own entry carries no label.
    const own = await b.app.inject({ url: `/angebote/${local.id}` });
    expect(own.body).not.toContain('Angebot aus');
    // The foreign organisation's page says where it comes from as well; ours does not.
    const org = await b.app.inject({ url: `/organisationen/${foreignId(sourceId, kita.organization!.id)}` });
    expect(org.statusCode).toBe(200);
    expect(org.body).toContain('Träger aus Landkreis Nordheide');
    const ownOrg = await b.app.inject({ url: `/organisationen/${local.organization_id ?? local.organization!.id}` });
    expect(ownOrg.statusCode).toBe(200);
    expect(ownOrg.body).not.toContain('Träger aus');
  });

  it('filters to "nur unser Landkreis" on the results page', async () => {
    const html = await search(b, 'q=Kita&herkunft=lokal');
    expect(html).toContain('Kita Lindenblatt');
    expect(html).not.toContain('Kita Sonnenblume Nordheide');
    expect(html).toMatch(/id="filter-herkunft"[^>]*checked/);
    // The steering sees how often people narrow the search to their own district.
    await flushSearchLog(b.database.db);
    const logged = await rows<{ filters: Record<string, unknown> }>(b.database.db, sql`SELECT filters FROM search_log WHERE query = 'kita' ORDER BY id`);
    expect(logged.map((l) => l.filters.herkunft ?? null).sort()).toEqual(['lokal', null]);
  });

  it('does not re-publish foreign entries in its own HSDS API unless asked for herkunft=alle', async () => {
    const list = JSON.parse((await b.app.inject({ url: '/api/hsds/services?per_page=50' })).body);
    expect(list.contents.map((s: { name: string }) => s.name)).toEqual(['Kita Lindenblatt']);
    const found = JSON.parse((await b.app.inject({ url: '/api/hsds/services?search=Kita' })).body);
    expect(found.contents.map((s: { name: string }) => s.name)).toEqual(['Kita Lindenblatt']);
    expect((await b.app.inject({ url: `/api/hsds/services/${foreignId(sourceId, kita.id)}` })).statusCode).toBe(404);
    const all = JSON.parse((await b.app.inject({ url: '/api/hsds/services?per_page=50&herkunft=alle' })).body);
    expect(all.total_items).toBe(3);
    // Nor in its organizations or its tabular export.
    const orgs = JSON.parse((await b.app.inject({ url: '/api/hsds/organizations?per_page=50' })).body);
    expect(orgs.contents.map((o: { id: string }) => o.id)).toEqual([local.organization!.id]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zugang-export-'));
    try {
      await exportPackage(b.database.db, dir);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
      expect(files).toContain('Kita Lindenblatt');
      for (const foreign of ['Kita Sonnenblume Nordheide', 'Schuldnerberatung Nordheide', 'Heideweg 3', foreignId(sourceId, kita.id)]) expect(files).not.toContain(foreign);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('asks only for what changed since the last pull and takes over a change', async () => {
    // The unchanged service was last modified well before the last pull (beyond the margin for clocks).
    await a.database.db.execute(sql`UPDATE services SET last_modified = now() - interval '1 hour' WHERE id = ${beratung.id}`);
    const renamed = { ...kita, name: 'Kita Sonnenblume Nordheide (neue Räume)' };
    await importServices(a.database.db, [renamed]);
    const r = await pullSource(b.database.db, sourceId);
    // Only the changed service comes (modified_after), and it changes.
    expect(r.counts).toMatchObject({ received: 1, changed: 1, deleted: 0 });
    expect(await search(b, 'q=Sonnenblume')).toContain('(neue Räume)');
  });

  it('removes what the source deleted', async () => {
    await a.database.db.execute(sql`DELETE FROM services WHERE id = ${beratung.id}`);
    const r = await pullSource(b.database.db, sourceId);
    expect(r.counts.deleted).toBe(1);
    expect(await search(b, 'q=Schuldnerberatung')).not.toContain('Schuldnerberatung Nordheide');
    expect((await b.app.inject({ url: `/angebote/${foreignId(sourceId, beratung.id)}` })).statusCode).toBe(404);
    // The organisation only the deleted service had is gone as well.
    const [{ n }] = await rows<{ n: number }>(b.database.db, sql`SELECT count(*)::int AS n FROM organizations WHERE id = ${foreignId(sourceId, beratung.organization!.id)}`);
    expect(n).toBe(0);
  });

  it('never lets a foreign record overwrite a local one with the same id', async () => {
    const clash = { ...local, name: 'Fremder Eintrag mit unserer Id' };
    await importServices(a.database.db, [clash]);
    await pullSource(b.database.db, sourceId);
    const [own] = await rows<{ name: string; source_id: string | null }>(b.database.db, sql`SELECT name, source_id FROM services WHERE id = ${local.id}`);
    expect(own).toEqual({ name: 'Kita Lindenblatt', source_id: null });
    expect(await search(b, 'q=Fremder')).toContain('Angebot aus Landkreis Nordheide');
  });
});

describe('portal network: a failing source', () => {
  let server: http.Server;
  let base: string;
  let answer: (res: http.ServerResponse, url: URL) => void;
  beforeAll(async () => {
    server = http.createServer((req, res) => answer(res, new URL(req.url ?? '/', 'http://x')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const page = (contents: unknown[]) => JSON.stringify({ total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: !contents.length, contents });

  it('records invalid entries as skipped with the reason, keeps the valid ones, and search keeps working', async () => {
    const good = makeService({ name: 'Familienzentrum Südheide', lat: 52.9, lon: 10.1 });
    const bad = { ...makeService({ name: 'Ohne Namen' }), name: '' };
    const noId = { name: 'Ohne Id' };
    answer = (res, url) => {
      res.setHeader('content-type', 'application/json');
      res.end(url.searchParams.get('minimal') ? page([{ id: good.id }, { id: bad.id }]) : page([good, bad, noId]));
    };
    const added = await addSource(b.database.db, { url: `${base}/`, label: 'Landkreis Südheide', interval: '30' });
    if (!added.ok) throw new Error('not added');
    const r = await pullSource(b.database.db, added.id);
    expect(r.status).toBe('warning');
    expect(r.counts).toMatchObject({ received: 3, changed: 1, skipped: 2 });
    expect(r.error).toContain(`${bad.id}: name`);
    expect(await search(b, 'q=Familienzentrum')).toContain('Angebot aus Landkreis Südheide');

    // Then the source breaks: no JSON, then an HTTP error, then nothing listening.
    for (const [broken, message] of [
      [(res: http.ServerResponse) => res.end('<html>Wartungsarbeiten</html>'), 'did not send valid JSON'],
      [(res: http.ServerResponse) => { res.statusCode = 503; res.end('{}'); }, 'answered HTTP 503'],
      [(res: http.ServerResponse) => { res.setHeader('content-type', 'application/json'); res.end('{"items": []}'); }, 'is not an HSDS 3.0 page'],
      [(res: http.ServerResponse) => { res.statusCode = 302; res.setHeader('location', 'file:///etc/passwd'); res.end(); }, 'only http and https are followed'],
      // Too large, declared, and streamed without a length: broken off at the limit (here 64 kB).
      [(res: http.ServerResponse) => { res.setHeader('content-type', 'application/json'); res.end(page([good]).padEnd(100_000)); }, 'larger than 65536 bytes'],
      [(res: http.ServerResponse) => { res.setHeader('content-type', 'application/json'); res.write('{"contents": ['); const more = () => { if (!res.write(`${JSON.stringify(good)},`.repeat(50))) res.once('drain', more); else setImmediate(more); }; res.on('close', () => { /* broken off */ }); more(); }, 'larger than 65536 bytes'],
    ] as const) {
      answer = broken;
      const failed = await pullSource(b.database.db, added.id, { maxBytes: 65_536 });
      expect(failed.status).toBe('error');
      expect(failed.error).toContain(message);
    }
    // What was pulled before stays; local search is unaffected.
    expect(await search(b, 'q=Familienzentrum')).toContain('Familienzentrum Südheide');
    expect(await search(b, 'q=Kita')).toContain('Kita Lindenblatt');
    const [row] = (await listSources(b.database.db)).filter((s) => s.id === added.id);
    expect(row).toMatchObject({ lastStatus: 'error', entries: 1 });

    // Removing the source removes its entries.
    expect(await removeSource(b.database.db, added.id)).toBe(true);
    expect(await search(b, 'q=Familienzentrum')).not.toContain('Familienzentrum Südheide');
  });

  it('reads a streamed answer (ndjson) as it arrives; a broken, malformed, oversized or silent stream fails the pull and keeps what came before', async () => {
    const first = makeService({ name: 'Erziehungsberatung Ostheide', lat: 53.1, lon: 10.4 });
    const second = makeService({ name: 'Elterncafé Ostheide', lat: 53.12, lon: 10.41 });
    let rest: (res: http.ServerResponse) => void = (res) => res.end();
    answer = (res, url) => {
      if (url.searchParams.get('format') !== 'ndjson') { res.setHeader('content-type', 'application/json'); res.end(page([{ id: first.id }, { id: second.id }])); return; }
      res.setHeader('content-type', 'application/x-ndjson');
      if (url.searchParams.get('minimal')) { res.end(`${JSON.stringify({ id: first.id })}\n${JSON.stringify({ id: second.id })}\n`); return; }
      res.write(`${JSON.stringify(first)}\n`);
      rest(res);
    };
    const added = await addSource(b.database.db, { url: `${base}/ost`, label: 'Landkreis Ostheide', interval: '30' });
    if (!added.ok) throw new Error('not added');
    // Whole: both services, the last line without its newline.
    rest = (res) => res.end(JSON.stringify(second));
    expect(await pullSource(b.database.db, added.id)).toMatchObject({ status: 'ok', counts: { received: 2, changed: 2, skipped: 0 } });
    // A new pull asks from the last success on; each broken stream fails it.
    for (const [broken, message] of [
      [(res: http.ServerResponse) => { setTimeout(() => res.destroy(), 100); }, 'broke off its answer'],
      [(res: http.ServerResponse) => res.end('{"id": "kaputt\n'), 'sent a line that is not JSON'],
      [(res: http.ServerResponse) => res.end('x'.repeat(100_000)), 'sent a line larger than 65536 bytes'],
      [(res: http.ServerResponse) => { setTimeout(() => res.end(), 3000); }, 'sent nothing for 0.5 s'],
    ] as const) {
      rest = broken;
      const failed = await pullSource(b.database.db, added.id, { maxBytes: 65_536, timeoutMs: 500, perPage: 1 });
      expect(failed.status).toBe('error');
      expect(failed.error).toContain(message);
      // The line before the break was taken over (batches of one here).
      expect(failed.counts.received).toBe(1);
    }
    expect(await search(b, 'q=Ostheide')).toContain('Elterncafé Ostheide');
    expect(await removeSource(b.database.db, added.id)).toBe(true);
  });

  it('pages through a publisher without ndjson, also one that refuses the parameter', async () => {
    const list = Array.from({ length: 5 }, (_, i) => makeService({ name: `Familienbüro Westheide ${i + 1}`, lat: 52.5, lon: 9.1 + i / 100 }));
    const asked: string[] = [];
    answer = (res, url) => {
      asked.push(url.search);
      for (const unknown of ['format', 'translations']) {
        if (url.searchParams.has(unknown)) { res.statusCode = 400; res.end(`{"error": "unknown parameter ${unknown}"}`); return; }
      }
      const size = Number(url.searchParams.get('per_page'));
      const n = Number(url.searchParams.get('page'));
      const contents = url.searchParams.get('minimal') ? list.map((s) => ({ id: s.id })) : list;
      const slice = contents.slice((n - 1) * size, n * size);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ total_items: list.length, total_pages: Math.ceil(list.length / size), page_number: n, contents: slice }));
    };
    const added = await addSource(b.database.db, { url: `${base}/west`, label: 'Landkreis Westheide', interval: '30' });
    if (!added.ok) throw new Error('not added');
    const r = await pullSource(b.database.db, added.id, { perPage: 2 });
    expect(r).toMatchObject({ status: 'ok', counts: { received: 5, changed: 5, deleted: 0 } });
    // Three pages of two, each asked once (without Zugang's parameters) after the refused streamed request.
    expect(asked.filter((q) => q.includes('full=true') && !q.includes('format')).map((q) => new URLSearchParams(q).get('page'))).toEqual(['1', '2', '3']);
    expect(asked.filter((q) => q.includes('full=true')).map((q) => q.includes('translations'))).toEqual([true, false, false, false]);
    expect(await search(b, 'q=Westheide')).toContain('Familienbüro Westheide 5');
    expect(await removeSource(b.database.db, added.id)).toBe(true);
  });
});

describe('portal network: the administrators\' page /verwaltung/quellen', () => {
  it('checks the address (http or https, no credentials) and keeps what was typed', () => {
    const check = (url: string) => checkSource({ url, label: 'X', interval: '60' });
    expect(check('ftp://a.example/api')).toMatchObject({ ok: false, problems: [{ field: 'url', key: 'federation.errors.urlProtocol' }] });
    expect(check('https://user:geheim@a.example/api')).toMatchObject({ ok: false, problems: [{ field: 'url', key: 'federation.errors.urlCredentials' }] });
    expect(check('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(check('https://a.example/api/hsds/services/')).toMatchObject({ ok: true, value: { url: 'https://a.example/api/hsds' } });
    expect(checkSource({ url: 'https://a.example', label: 'X', interval: '2' })).toMatchObject({ ok: false, problems: [{ field: 'interval' }] });
  });

  it('lets administrators add, pull now, pause and remove sources; shows the last pull', async () => {
    await makeUser(b.database.db, { email: 'admin@quellen.example', roles: ['administrator'] });
    const admin = await signedIn(b.app, b.database.db, 'admin@quellen.example', { mfa: true });
    const { res, csrf } = await admin.get('/verwaltung/quellen');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Landkreis Nordheide');
    expect(res.body).toContain('Erfolgreich');

    const wrong = await admin.post('/verwaltung/quellen', { _csrf: csrf, url: 'https://ich:pw@c.example/api', label: 'Stadt Celle', interval: '15' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('kern-alert'); // the error summary
    expect(wrong.body).toContain('href="#url"');
    expect(wrong.body).toContain('value="Stadt Celle"');
    expect(wrong.body).toContain('value="15"');

    const fresh = makeService({ name: 'Jugendtreff Nordheide' });
    await importServices(a.database.db, [fresh]);
    const pulled = await admin.post(`/verwaltung/quellen/${sourceId}/abrufen`, { _csrf: csrf });
    expect(pulled.statusCode).toBe(303);
    // The pull runs as a job: wait for its outcome.
    for (let i = 0; i < 100 && !(await search(b, 'q=Jugendtreff')).includes('Jugendtreff Nordheide'); i++) await new Promise((r) => setTimeout(r, 200));
    expect(await search(b, 'q=Jugendtreff')).toContain('Jugendtreff Nordheide');

    const paused = await admin.post(`/verwaltung/quellen/${sourceId}/status`, { _csrf: csrf, paused: 'true' });
    expect(paused.headers.location).toContain('hinweis=paused');
    expect((await admin.get('/verwaltung/quellen')).res.body).toContain('Pausiert');

    const removed = await admin.post(`/verwaltung/quellen/${randomUUID()}/entfernen`, { _csrf: csrf });
    expect(removed.statusCode).toBe(404);
  }, 60_000);

  it('is closed to everyone but administrators', async () => {
    await makeUser(b.database.db, { email: 'redaktion@quellen.example', roles: ['directory_editor'] });
    const editor = await signedIn(b.app, b.database.db, 'redaktion@quellen.example', { mfa: true });
    expect((await editor.get('/verwaltung/quellen')).res.statusCode).toBe(403);
    expect((await b.app.inject({ url: '/verwaltung/quellen' })).statusCode).toBe(303);
  });
});

describe('portal network: the command line (zugang federation)', () => {
  it('adds, lists, pulls and removes a source; refuses an address already subscribed', async () => {
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
    try {
      await expect(federationCommand(b.database, ['add', `${aUrl}/services`, '--label', 'Doppelt'])).rejects.toThrow(/already subscribed/);
      const other = aUrl.replace('127.0.0.1', 'localhost');
      await federationCommand(b.database, ['add', other, '--label', 'Landkreis Nordheide (CLI)', '--interval', '15']);
      const id = /Source ([0-9a-f-]{36}) added/.exec(out.join('\n'))?.[1];
      expect(id).toBeTruthy();
      await federationCommand(b.database, ['pull', id!]);
      expect(out.join('\n')).toMatch(new RegExp(`${id}: ok in`));
      await federationCommand(b.database, ['list']);
      expect(out.join('\n')).toMatch(/Landkreis Nordheide \(CLI\).*every 15 min.*last: ok/);
      await federationCommand(b.database, ['remove', id!]);
      expect(out.join('\n')).toContain(`Source ${id} removed`);
    } finally { spy.mockRestore(); }
  });
});

describe('portal network: the schedule', () => {
  it('finds a source due when its interval has passed since its last pull, never while it is paused', async () => {
    const added = await addSource(b.database.db, { url: 'https://zeitplan.example/api/hsds', label: 'Zeitplan', interval: '30' });
    if (!added.ok) throw new Error('not added');
    const db = b.database.db;
    const at = (minutesAgo: number) => db.update(federationSources).set({ lastPullAt: new Date(Date.now() - minutesAgo * 60_000) }).where(eq(federationSources.id, added.id));
    expect(await dueSources(db)).toContain(added.id); // never pulled
    await at(10);
    expect(await dueSources(db)).not.toContain(added.id);
    await at(31);
    expect(await dueSources(db)).toContain(added.id);
    await setSourcePaused(db, added.id, true);
    expect(await dueSources(db)).not.toContain(added.id);
  });
});

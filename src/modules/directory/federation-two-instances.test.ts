// Two real Zugang instances: two server processes (`zugang serve`), two databases (two PGlite data
// directories, or two PostgreSQL databases when TEST_DATABASE_URL is set), two ports. B's administrator
// subscribes to A's HSDS API on B's page /verwaltung/quellen; A publishes a change (`zugang hsds import`);
// after "jetzt abrufen" B shows it, labelled as A's, and filters it out with "nur unser Landkreis".
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { projectRoot } from '../../config.ts';
import { loadPglite, openDatabase, runMigrations } from '../../platform/db.ts';
import { makeService } from '../../test/factories.ts';
import { makeUser, TEST_PASSWORD } from '../../test/accounts.ts';

const PORT_A = Number(process.env.FEDERATION_TEST_PORT_A ?? 3104);
const PORT_B = Number(process.env.FEDERATION_TEST_PORT_B ?? 3103);
const pgUrl = process.env.TEST_DATABASE_URL;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zugang-federation-'));
const suffix = randomBytes(4).toString('hex');

type Instance = { name: 'a' | 'b'; port: number; env: Record<string, string>; server?: ChildProcess; log: string[] };
const instance = (name: 'a' | 'b', port: number): Instance => {
  const env: Record<string, string> = { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ZUGANG_DEMO: 'off', NODE_ENV: 'test' };
  if (pgUrl) { const u = new URL(pgUrl); u.pathname = `/zugang_fed_${name}_${suffix}`; env.DATABASE_URL = u.toString(); } else env.ZUGANG_DATA_DIR = path.join(tmp, name);
  return { name, port, env, log: [] };
};
const a = instance('a', PORT_A);
const b = instance('b', PORT_B);

function zugang(inst: Instance, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin/zugang.js'), ...args], { cwd: projectRoot, env: { ...process.env, ...inst.env } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`zugang ${args.join(' ')} (${inst.name}) exited with ${code}: ${out}`))));
  });
}

async function startServer(inst: Instance) {
  inst.server = spawn(process.execPath, [path.join(projectRoot, 'bin/zugang.js'), 'serve'], { cwd: projectRoot, env: { ...process.env, ...inst.env } });
  inst.server.stdout!.on('data', (d) => inst.log.push(String(d)));
  inst.server.stderr!.on('data', (d) => inst.log.push(String(d)));
  for (let i = 0; i < 600; i++) {
    if (inst.server.exitCode !== null) throw new Error(`server ${inst.name} ended: ${inst.log.join('')}`);
    try { if ((await fetch(`http://127.0.0.1:${inst.port}/ready`)).ok) return; } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server ${inst.name} did not get ready: ${inst.log.join('')}`);
}

async function stopServer(inst: Instance) {
  const s = inst.server;
  if (!s || s.exitCode !== null) return;
  await new Promise<void>((resolve) => { s.once('exit', () => resolve()); s.kill('SIGTERM'); });
}

/** A browser of sorts: cookies, the CSRF token of the last form page, url-encoded posts, no redirects followed. */
function browser(base: string) {
  const jar = new Map<string, string>();
  let csrf = '';
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) { const [pair] = c.split(';'); const i = pair.indexOf('='); jar.set(pair.slice(0, i), pair.slice(i + 1)); }
  };
  const headers = () => ({ cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') });
  return {
    async get(p: string) {
      const res = await fetch(base + p, { headers: headers(), redirect: 'manual' });
      keep(res);
      const body = await res.text();
      csrf = body.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? csrf;
      return { status: res.status, body, location: res.headers.get('location') };
    },
    async post(p: string, form: Record<string, string>) {
      const res = await fetch(base + p, { method: 'POST', redirect: 'manual', headers: { ...headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, ...form }).toString() });
      keep(res);
      return { status: res.status, body: await res.text(), location: res.headers.get('location') };
    },
  };
}

async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for: ${what}\n--- A ---\n${a.log.join('')}\n--- B ---\n${b.log.join('')}`);
}

const published = makeService({ name: 'Elterncafé Heidekamp', lat: 53.3, lon: 9.9, street: 'Heidekamp 7', postcode: '21244', city: 'Buchholz' });
const local = makeService({ name: 'Elterncafé am Markt', lat: 51.3, lon: 9.5 });
const file = (name: string, data: unknown) => { const p = path.join(tmp, name); fs.writeFileSync(p, JSON.stringify(data)); return p; };

beforeAll(async () => {
  if (pgUrl) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    for (const i of [a, b]) await admin.query(`CREATE DATABASE ${new URL(i.env.DATABASE_URL).pathname.slice(1)}`);
    await admin.end();
  }
  else {
    // Both data directories start from the test suite's migrated template (migrating twice costs minutes).
    const { PGlite, extensions } = await loadPglite();
    const template = new Blob([fs.readFileSync(path.join(projectRoot, '.test-cache', 'template.tar.gz'))]);
    for (const i of [a, b]) await (await PGlite.create(i.env.ZUGANG_DATA_DIR, { loadDataDir: template, extensions })).close();
  }
  // A: a published service (imported by A's own command line).
  await zugang(a, ['hsds', 'import', file('a.json', [published])]);
  // B: its own service, and an administrator.
  await zugang(b, ['hsds', 'import', file('b.json', [local])]);
  const dbB = await openDatabase({ url: b.env.DATABASE_URL, dataDir: b.env.ZUGANG_DATA_DIR });
  await runMigrations(dbB);
  await makeUser(dbB.db, { email: 'admin@b.example', roles: ['administrator'] });
  await dbB.close();
  await Promise.all([startServer(a), startServer(b)]);
}, 600_000);

afterAll(async () => {
  await Promise.all([stopServer(a), stopServer(b)]);
  if (pgUrl) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    for (const i of [a, b]) await admin.query(`DROP DATABASE IF EXISTS ${new URL(i.env.DATABASE_URL).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}, 60_000);

describe('two instances in the portal network', () => {
  it('B subscribes to A, A publishes a change, B shows it after the next pull', async () => {
    const B = browser(`http://127.0.0.1:${b.port}`);
    await B.get('/anmelden');
    const signIn = await B.post('/anmelden', { email: 'admin@b.example', password: TEST_PASSWORD });
    expect(signIn.status).toBe(303);
    expect((await B.get('/verwaltung/quellen')).status).toBe(200);
    const added = await B.post('/verwaltung/quellen', { url: `http://127.0.0.1:${a.port}/api/hsds`, label: 'Landkreis Nordheide', interval: '60' });
    expect(added.status).toBe(303);

    // The first pull starts on its own.
    const search = async (q: string) => (await B.get(`/suche?q=${encodeURIComponent(q)}`)).body;
    await eventually('B shows A\'s service', async () => (await search('Elterncafé')).includes('Elterncafé Heidekamp'));
    const results = await search('Elterncafé');
    expect(results).toContain('Angebot aus Landkreis Nordheide');
    expect(results).toContain('Elterncafé am Markt');
    const onlyOurs = (await B.get('/suche?q=Elterncaf%C3%A9&herkunft=lokal')).body;
    expect(onlyOurs).toContain('Elterncafé am Markt');
    expect(onlyOurs).not.toContain('Elterncafé Heidekamp');
    const page = await B.get('/verwaltung/quellen');
    expect(page.body).toContain('Erfolgreich');
    // B does not publish A's service again.
    const api = await (await fetch(`http://127.0.0.1:${b.port}/api/hsds/services?search=Elterncaf%C3%A9`)).json() as { contents: { name: string }[] };
    expect(api.contents.map((s) => s.name)).toEqual(['Elterncafé am Markt']);

    // A publishes a change (its operator imports the changed record).
    await stopServer(a);
    await zugang(a, ['hsds', 'import', file('a-changed.json', [{ ...published, name: 'Elterncafé Heidekamp – jetzt auch samstags' }])]);
    await startServer(a);

    const sourceId = page.body.match(/\/verwaltung\/quellen\/([0-9a-f-]{36})\/abrufen/)?.[1];
    expect(sourceId).toBeTruthy();
    const pull = await B.post(`/verwaltung/quellen/${sourceId}/abrufen`, {});
    expect(pull.status).toBe(303);
    await eventually('B shows A\'s change', async () => (await search('samstags')).includes('jetzt auch samstags'));
  }, 240_000);
});

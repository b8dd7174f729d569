// `zugang bench` (npm run bench): generates a district with 100,000 services, imports it, starts the real
// server as a child process and drives the search API, the results page and the service page with
// autocannon – on PostgreSQL and on PGlite – and prints the figures beside their targets.
// bench/README.md explains every figure.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config.ts';
import { openDatabase, runMigrations, rows, type Database } from '../src/platform/db.ts';
import { ensureBaseData } from '../src/modules/directory/base-data.ts';
import { importDistricts } from '../src/modules/directory/districts.ts';
import { importServices, finishImport, validateInSlices } from '../src/modules/directory/importer.ts';
import { addSource, pullSource, removeSource, type PullCounts } from '../src/modules/directory/federation.ts';

/** Smaller young generation: V8 otherwise reserves ~90 MB for short-lived objects on a large machine. */
const SERVER_NODE_FLAGS = process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : ['--max-semi-space-size=16', '--max-old-space-size=192'];
import { serviceSchema, type HsdsService } from '../src/modules/directory/hsds-schema.ts';
import { searchParamsSchema, searchServices, type ParsedSearch } from '../src/modules/directory/search/search.ts';
import { presentServices } from '../src/modules/directory/hsds-present.ts';
import { flushSearchLog } from '../src/modules/directory/search/search-log.ts';
import { setMunicipality } from '../src/modules/directory/service.ts';
import * as t from '../src/modules/directory/schema.ts';
import { generateServices, emptyStats, readSozialraeume, createRandom, TERM_IDS, type GenerateStats } from './generate.ts';
import { shippedTaxonomies } from '../src/modules/directory/base-data.ts';
import { seedEvents, benchCitizens, startSmtpSink, calendarPaths, registrationLoad, registrationOutcome, type EventSeed, type RegistrationFigures } from './events.ts';

type Engine = 'pg' | 'pglite';

type Options = {
  engines: Engine[];
  services: number;
  duration: number;
  connections: number;
  chunk: number;
  directRuns: number;
  seed: string;
  quick: boolean;
  writeDocs: boolean;
  docsFile: string;
  keep: boolean;
  analyzeChunks: boolean;
  events: number;
  registrants: number;
  /** The portal network's scenario instead of the normal run (bench/README.md, "Federation"). */
  federation: boolean;
};

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/zugang_bench';
const PER_PAGE = 20;

const TARGETS = {
  pg: { searchP95: 25, searchRps: 300, serviceRps: 1500, httpOverDirect: 1.5, importSeconds: 60, rssMb: 300, calendarRps: 800, registrationsPerSecond: 200 },
  // No memory target with the embedded database: PGlite's WebAssembly memory (128 MB at least) lives in
  // the server's process (docs/decisions/0009-memory-target-and-embedded-database.md); RSS is reported.
  pglite: { searchP95: 100, rssMb: null },
} as const;

const USAGE = `Usage: zugang bench [--quick] [--engine pg|pglite|both] [--write-docs] [--docs FILE]
                    [--services N] [--duration S] [--connections N] [--chunk N] [--direct-runs N] [--seed S]
                    [--analyze-chunks] [--keep] [--events N] [--registrants N] [--federation]

  --quick          10,000 services and 3 s per scenario (for development; the targets are meant for the full run)
  --engine         which database engine(s) to measure (default both)
  --write-docs     write the measured tables to docs/performance.md (or --docs FILE)
  --services N     services to generate (default 100,000; --quick 10,000)
  --duration S     seconds per load scenario (default 10; --quick 3)
  --connections N  concurrent connections of the load scenarios (default 16)
  --chunk N        services per import transaction (default 2,000)
  --direct-runs N  sequential in-process searches for the direct median (default 200)
  --keep           keep the benchmark database (zugang_bench / the PGlite temp directory) afterwards
  --analyze-chunks run ANALYZE after every import transaction (not what \`zugang hsds import\` does; see bench/README.md)
  --events N       events of the generated services (default 1,500; --quick 300)
  --federation     instead of the normal run: a second local instance serves the same number of services,
                   this one pulls them (portal network) and compares its search before and after
  --registrants N  signed-in citizens registering at once in the registration scenario (default 16)

PostgreSQL: BENCH_DATABASE_URL (default ${DEFAULT_PG_URL}); the database is dropped and created.`;

export function parseArgs(argv: string[]): Options {
  const has = (f: string) => argv.includes(f);
  const val = (f: string) => {
    const i = argv.indexOf(f);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new BenchUsageError(`${f} needs a value`);
    return v;
  };
  const num = (f: string, d: number) => {
    const v = val(f);
    if (v === undefined) return d;
    const n = Number(v.replace(/[_,.]/g, ''));
    if (!Number.isInteger(n) || n <= 0) throw new BenchUsageError(`${f}: expected a positive whole number, got "${v}"`);
    return n;
  };
  const known = new Set(['--quick', '--engine', '--write-docs', '--docs', '--services', '--duration', '--connections', '--chunk', '--direct-runs', '--seed', '--keep', '--analyze-chunks', '--events', '--registrants', '--federation']);
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    if (!known.has(argv[i])) throw new BenchUsageError(`unknown option ${argv[i]}`);
  }
  const quick = has('--quick');
  const engine = val('--engine') ?? 'both';
  if (!['pg', 'pglite', 'both'].includes(engine)) throw new BenchUsageError(`--engine: expected pg, pglite or both, got "${engine}"`);
  return {
    engines: engine === 'both' ? ['pg', 'pglite'] : [engine as Engine],
    services: num('--services', quick ? 10_000 : 100_000),
    duration: num('--duration', quick ? 3 : 10),
    connections: num('--connections', 16),
    chunk: num('--chunk', 2_000),
    directRuns: num('--direct-runs', 200),
    seed: val('--seed') ?? '1',
    quick,
    writeDocs: has('--write-docs'),
    docsFile: path.resolve(val('--docs') ?? path.join(projectRoot, 'docs', 'performance.md')),
    keep: has('--keep'),
    analyzeChunks: has('--analyze-chunks'),
    events: num('--events', quick ? 300 : 1_500),
    registrants: num('--registrants', 16),
    federation: has('--federation'),
  };
}

class BenchUsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// The query mix: real German searches; at least one in five is broad (matches over 10 % of services).

type Mix = {
  q: string;
  /** What the entry tests. */
  note: string;
  /** Extra HSDS API parameters (the API filters by taxonomy term, organisation and postcode). */
  api?: { taxonomyTerm?: string; postcode?: string; proximity?: number };
  /** Extra parameters of the results page (Sozialraum, free of charge, life situation, place). */
  page?: Record<string, string>;
};

export const QUERY_MIX: Mix[] = [
  { q: 'Beratung', note: 'broad' },
  { q: 'Kinder', note: 'broad' },
  { q: 'Familie', note: 'broad' },
  { q: 'Eltern', note: 'broad' },
  { q: 'Hilfe', note: 'broad' },
  { q: 'Erziehungsberatung', note: 'compound' },
  { q: 'Kita', note: 'synonyms' },
  { q: 'Schuldnerberatng', note: 'typo' },
  { q: 'Schwanger', note: 'prefix' },
  { q: 'Tagesmutter', note: 'synonym' },
  { q: 'Beratung', note: 'broad + filter', api: { taxonomyTerm: 'erziehungsberatung' }, page: { sozialraum: 'SR05' } },
  { q: 'Kita', note: 'near a postcode', api: { postcode: '13585', proximity: 2000 }, page: { ort: '13585', umkreis: '2' } },
  { q: 'Familie', note: 'broad + filter', api: { taxonomyTerm: 'familienzentrum' }, page: { kostenfrei: '1' } },
  { q: 'Suchtberatung Alkohol', note: 'two words' },
  { q: 'Hausaufgabenhilfe', note: 'compound' },
  { q: 'Pflegeberatung Angehörige', note: 'two words' },
  { q: 'Deutschkurs für Frauen', note: 'stop word, relaxed' },
  { q: 'Frauenhaus', note: 'rare' },
  { q: 'Jugendtreff', note: 'compound' },
  { q: 'Trennung Scheidung Kinder', note: 'three words', page: { lebenslage: 'erziehung-familie' } },
];

export function apiPath(m: Mix, perPage = PER_PAGE): string {
  const p = new URLSearchParams({ search: m.q, per_page: String(perPage) });
  if (m.api?.taxonomyTerm) p.set('taxonomy_term_id', TERM_IDS.get(m.api.taxonomyTerm)!);
  if (m.api?.postcode) p.set('postcode', m.api.postcode);
  if (m.api?.proximity) p.set('proximity', String(m.api.proximity));
  return `/api/hsds/services?${p}`;
}

/**
 * The mix with page sizes around 20 (never 20 itself): each URL is a search the server's one-minute cache
 * has not seen, so its SQL runs, as for the first visitor asking something. `sizes` chooses the sizes.
 */
export function uncachedApiPaths(sizes: number[]): string[] {
  return sizes.flatMap((size) => QUERY_MIX.map((m) => apiPath(m, size)));
}

export function pagePath(m: Mix): string {
  return `/suche?${new URLSearchParams({ q: m.q, ...(m.page ?? {}) })}`;
}

/** The search exactly as the API handler calls it (src/modules/directory/api.ts), for the direct figure. */
function apiSearchParams(m: Mix): ParsedSearch {
  const parsed = searchParamsSchema.parse({ q: m.q, ort: m.api?.postcode, umkreis: m.api?.proximity == null ? undefined : m.api.proximity / 1000 });
  const termIds = m.api?.taxonomyTerm ? [TERM_IDS.get(m.api.taxonomyTerm)!] : undefined;
  return { ...parsed, seite: 1, perPage: PER_PAGE, termIds };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const now = () => performance.now();

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

const de = (n: number, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => `${de(n, n < 10 ? 2 : 1)} ms`;

function log(message: string) {
  process.stderr.write(`${message}\n`);
}

function status(message: string) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${message}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function readProcStatus(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Databases

type Prepared = { database: Database; serverEnv: Record<string, string>; label: string; version: string; cleanup: () => Promise<void> };

export async function prepareDatabase(engine: Engine, keep: boolean, suffix = ''): Promise<Prepared> {
  if (engine === 'pg') {
    const given = new URL(process.env.BENCH_DATABASE_URL || DEFAULT_PG_URL);
    if (suffix) given.pathname = `${given.pathname}${suffix}`;
    const url = given.toString();
    const u = new URL(url);
    const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
    // The benchmark drops and recreates its database: never one that is not obviously its own.
    if (!/^[a-z_][a-z0-9_]*$/.test(name) || !name.includes('bench')) {
      throw new BenchUsageError(`BENCH_DATABASE_URL must name a database whose name contains "bench" (it is dropped and recreated), got "${name}"`);
    }
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    try {
      await client.connect();
    } catch (e) {
      throw Object.assign(new Error(`cannot reach PostgreSQL at ${admin.host} (${(e as Error).message}); set BENCH_DATABASE_URL or run with --engine pglite`), { userFacing: true });
    }
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
    await client.end();
    const database = await openDatabase({ url });
    return {
      database, label: `PostgreSQL ${version.split(' ')[0]}`, version, serverEnv: { DATABASE_URL: url },
      cleanup: async () => {
        if (keep) { log(`Kept the database ${name}.`); return; }
        const c = new pg.Client({ connectionString: admin.toString() });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zugang-bench-'));
  const dataDir = path.join(dir, 'pglite');
  const database = await openDatabase({ dataDir });
  const require = createRequire(import.meta.url);
  const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    database, label: `PGlite ${version}`, version, serverEnv: { ZUGANG_DATA_DIR: dataDir },
    cleanup: async () => {
      if (keep) { log(`Kept the PGlite data directory ${dataDir}.`); return; }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Import

type ImportFigures = {
  services: number; organizations: number; locations: number; serviceAtLocations: number; chunks: number; chunkSeconds: number[];
  generateSeconds: number; parseSeconds: number; importSeconds: number; vocabularySeconds: number; analyzeSeconds: number;
  sampleIds: string[]; generated: GenerateStats; databaseMb: number | null;
};

export async function importDistrict(database: Database, o: Options): Promise<ImportFigures> {
  const db = database.db;
  await runMigrations(database);
  await ensureBaseData(db);
  await db.transaction((tx) => importDistricts(tx, readSozialraeume(), { codeProperty: 'code', nameProperty: 'name', populationProperty: 'population' }));
  await setMunicipality(db, { name: 'Stadt Lindenau (Benchmark)', shortName: 'Lindenau' });

  const generated = emptyStats();
  const it = generateServices({ services: o.services, batchSize: o.chunk, seed: o.seed }, generated)[Symbol.iterator]();
  // A uniform sample of the generated ids (reservoir sampling, seeded), for the service-page scenario.
  const rng = createRandom(`zugang-bench/sample/${o.seed}`);
  const sampleIds: string[] = [];
  const SAMPLE = 2_000;
  let seen = 0, chunks = 0;
  const chunkSeconds: number[] = [];
  let generateMs = 0, parseMs = 0, importMs = 0;
  // The next chunk is generated and validated (in slices, between the statements of the current one's
  // import) while the current one is written, as the portal network's pull validates the next page.
  // Validation counts as import time, generation does not.
  const nextChunk = () => {
    const t0 = now();
    const next = it.next();
    generateMs += now() - t0;
    return next.done ? null : validateInSlices(next.value, (s) => serviceSchema.parse(s));
  };
  const loopStart = now();
  let pending = nextChunk();
  for (;;) {
    let t0 = now();
    if (!pending) break;
    const parsed: HsdsService[] = await pending;
    parseMs += now() - t0;
    t0 = now();
    pending = nextChunk();
    await db.transaction((tx) => importServices(tx, parsed, undefined, { vocabulary: false, search: 'defer' }));
    if (o.analyzeChunks) await db.execute(sql`ANALYZE`);
    importMs += now() - t0;
    chunks++;
    chunkSeconds.push((now() - t0) / 1000);
    for (const s of parsed) {
      seen++;
      if (sampleIds.length < SAMPLE) sampleIds.push(s.id);
      else {
        const j = Math.floor(rng.next() * seen);
        if (j < SAMPLE) sampleIds[j] = s.id;
      }
    }
    status(`  import: ${de(seen)} / ${de(o.services)} services (${de((parseMs + importMs) / 1000, 1)} s)`);
  }
  status('');
  // Wall time of the loop without the generation (validation overlaps the writing, so parseMs is only its wait).
  importMs = now() - loopStart - generateMs - parseMs;
  // The search documents (deferred by the chunks) and the spelling vocabulary are built once after the
  // last chunk, as `hsds import` does at its end.
  let t0 = now();
  await finishImport(db);
  const vocabularyMs = now() - t0;
  // The planner needs statistics after a bulk load; PostgreSQL's autovacuum would gather them within a
  // minute or so, PGlite has no autovacuum. Measured separately, not part of the import time.
  t0 = now();
  await db.execute(sql`ANALYZE`);
  const analyzeMs = now() - t0;
  const [c] = await rows<{ services: number; organizations: number; locations: number; sal: number; bytes: string | null }>(db, sql`
    SELECT (SELECT count(*)::int FROM services) AS services, (SELECT count(*)::int FROM organizations) AS organizations,
      (SELECT count(*)::int FROM locations) AS locations, (SELECT count(*)::int FROM service_at_locations) AS sal,
      pg_database_size(current_database())::text AS bytes`);
  return {
    services: c.services, organizations: c.organizations, locations: c.locations, serviceAtLocations: c.sal, chunks, chunkSeconds,
    generateSeconds: generateMs / 1000, parseSeconds: parseMs / 1000, importSeconds: (parseMs + importMs) / 1000,
    vocabularySeconds: vocabularyMs / 1000, analyzeSeconds: analyzeMs / 1000, sampleIds, generated,
    databaseMb: c.bytes ? Number(c.bytes) / 1024 / 1024 : null,
  };
}

// ---------------------------------------------------------------------------------------------
// The same SQL, run directly in this process

type QueryFigure = { mix: Mix; total: number; share: number; directMs: number; directWithPresentationMs: number };
type DirectFigures = { medianMs: number; medianWithPresentationMs: number; p95Ms: number; runs: number; queries: QueryFigure[]; activeServices: number };

export async function measureDirect(database: Database, o: Options): Promise<DirectFigures> {
  const db = database.db;
  const [{ n: activeServices }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM service_search WHERE active`);
  const params = QUERY_MIX.map(apiSearchParams);
  const run = async (i: number) => {
    const t0 = now();
    // The SQL itself: never an answer from the search cache (the server's repeated searches are).
    const result = await searchServices(db, params[i], { timeZone: 'Europe/Berlin', cache: false });
    const t1 = now();
    // What the API handler runs after the search: presentServiceList (services, then their organisations).
    const ids = result.items.map((x) => x.id);
    const list = await presentServices(db, ids);
    const orgIds = [...new Set(list.map((s) => s.organization_id as string))];
    if (orgIds.length) await db.select().from(t.organizations).where(inArray(t.organizations.id, orgIds));
    return { search: t1 - t0, withPresentation: now() - t0, total: result.total };
  };
  const totals: number[] = [];
  for (let i = 0; i < params.length; i++) totals[i] = (await run(i)).total; // warm-up, and the match counts
  const search: number[] = [], full: number[] = [];
  const perQuery = params.map(() => ({ search: [] as number[], full: [] as number[] }));
  for (let r = 0; r < o.directRuns; r++) {
    const i = r % params.length;
    const x = await run(i);
    search.push(x.search);
    full.push(x.withPresentation);
    perQuery[i].search.push(x.search);
    perQuery[i].full.push(x.withPresentation);
    if (r % 20 === 0) status(`  direct: ${r} / ${o.directRuns}`);
  }
  status('');
  return {
    medianMs: median(search), medianWithPresentationMs: median(full), p95Ms: percentile([...search].sort((a, b) => a - b), 95), runs: o.directRuns, activeServices,
    queries: QUERY_MIX.map((mix, i) => ({
      mix, total: totals[i], share: activeServices ? totals[i] / activeServices : 0,
      directMs: perQuery[i].search.length ? median(perQuery[i].search) : NaN,
      directWithPresentationMs: perQuery[i].full.length ? median(perQuery[i].full) : NaN,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The server as a child process

type Server = { child: ChildProcess; base: string; output: string[] };

export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ZUGANG_DEMO: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  // Production requires a secret key; the benchmark's server gets a throw-away one.
  childEnv.ZUGANG_SECRET_KEY ||= randomBytes(36).toString('base64');
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  // The same Node flags as `npm start` (see package.json and docs/operations.md).
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(projectRoot, 'bin', 'zugang.js'), 'serve'], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) output.push(line);
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`the server exited with code ${child.exitCode}:\n${output.slice(-30).join('\n')}`);
    try {
      const r = await fetch(`${base}/ready`);
      if (r.ok) return { child, base, output };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not become ready within 180 s:\n${output.slice(-30).join('\n')}`);
}

export async function stopServer(server: Server): Promise<void> {
  // Ended already (by itself, or killed by a signal: then exitCode stays null).
  if (server.child.exitCode != null || server.child.signalCode != null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// Load scenarios

type Scenario = {
  name: string; connections: number; seconds: number; requests: number; rps: number;
  p50: number; p95: number; p99: number; max: number; non2xx: number; errors: number; timeouts: number; statusCodes: Record<string, number>;
};

export async function load(base: string, name: string, paths: string[], connections: number, seconds: number, record = true): Promise<Scenario> {
  let i = 0;
  const nextPath = () => paths[i++ % paths.length];
  const instance = autocannon({
    url: base, connections, duration: seconds, timeout: 30,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }],
  });
  const latencies: number[] = [];
  if (record) instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => { latencies.push(time); });
  const r = await instance;
  latencies.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  return {
    name, connections, seconds: r.duration, requests: latencies.length, rps: latencies.length / r.duration,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? NaN,
    non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, statusCodes,
  };
}

/**
 * Waits until the server has worked off what the last scenario left: autocannon closes its connections
 * at the end, but the requests still queued for the database (PGlite runs one query at a time) go on,
 * and would slow the start of the next scenario. /ready queries the database, so it waits in that queue.
 */
async function drain(base: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const t0 = now();
    const r = await fetch(`${base}/ready`);
    await r.arrayBuffer();
    if (now() - t0 < 50) return;
  }
}

/** Every path once, before the load: each must answer 200 (a broken query would otherwise only show as a count). */
async function smokeTest(base: string, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const p of paths) {
    const r = await fetch(base + p);
    await r.arrayBuffer();
    if (r.status !== 200) problems.push(`${r.status} ${p}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// One engine

type EngineResult = {
  engine: Engine; label: string; imported: ImportFigures; direct: DirectFigures;
  scenarios: { search: Scenario; search1: Scenario; searchUncached: Scenario; results: Scenario; service: Scenario; calendar: Scenario; eventPage: Scenario };
  events: EventSeed; registration: RegistrationFigures; outcome: Awaited<ReturnType<typeof registrationOutcome>> | null; mailsReceived: number; mailsDeliveredAfter?: number;
  memory: { rssMb: number; peakMb: number } | null; idleMemory: { rssMb: number; peakMb: number } | null;
  smokeProblems: string[]; serverErrors: string[];
};

async function benchEngine(engine: Engine, o: Options): Promise<EngineResult> {
  log(`\n== ${engine === 'pg' ? 'PostgreSQL' : 'PGlite'}: ${de(o.services)} services`);
  const prepared = await prepareDatabase(engine, o.keep);
  let server: Server | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  try {
    log(`  importing in transactions of ${de(o.chunk)} services …`);
    const imported = await importDistrict(prepared.database, o);
    log(`  imported ${de(imported.services)} services, ${de(imported.organizations)} organisations, ${de(imported.locations)} locations in ${de(imported.importSeconds, 1)} s`
      + ` + ${de(imported.vocabularySeconds, 1)} s for the search documents and the vocabulary once at the end (generation ${de(imported.generateSeconds, 1)} s not counted; ANALYZE ${de(imported.analyzeSeconds, 1)} s)`);
    log(`  direct searches (${o.directRuns}, sequential) …`);
    const direct = await measureDirect(prepared.database, o);
    log(`  direct median ${ms(direct.medianMs)} (with the API's presentation queries ${ms(direct.medianWithPresentationMs)})`);
    log(`  events: ${de(o.events)} of the generated services, and ${o.registrants} signed-in citizens …`);
    const events = await seedEvents(prepared.database.db, o.events, o.seed);
    const citizens = await benchCitizens(prepared.database.db, o.registrants);
    await prepared.database.db.execute(sql`ANALYZE events`);
    await prepared.database.db.execute(sql`ANALYZE event_sessions`);
    log(`  ${de(events.events)} events with ${de(events.sessionCount)} sessions in ${de(events.seconds, 1)} s`);
    // PGlite's data directory can only be open in one process: close before the server opens it (the
    // direct searches' log entries written first).
    await flushSearchLog(prepared.database.db);
    await prepared.database.close();

    log('  starting the server …');
    smtp = await startSmtpSink();
    server = await startServer({ ...prepared.serverEnv, SMTP_URL: smtp.url, MAIL_FROM: 'Zugang Benchmark <noreply@bench.example>' });
    const idleMemory = readProcStatus(server.child.pid!);
    const api = QUERY_MIX.map((m) => apiPath(m));
    const pages = QUERY_MIX.map(pagePath);
    const services = imported.sampleIds.map((id) => `/angebote/${id}`);
    const lebenslagen = shippedTaxonomies().find((t) => t.name === 'Lebenslagen')!.terms.filter((t) => !t.parent_id).map((t) => t.code).slice(0, 8);
    const calendar = calendarPaths(lebenslagen, readSozialraeume().features.map((f) => f.properties.code).slice(0, 8));
    const eventPages = events.eventIds.map((id) => `/veranstaltungen/${id}`);
    // Every sampled service page once: the first view of a service builds its stored document (decision
    // 0006), the figure is the steady state after that.
    const smokeProblems = await smokeTest(server.base, [...api, ...pages, ...services, ...calendar, ...eventPages.slice(0, 20)]);
    if (smokeProblems.length) log(`  NOT 200: ${smokeProblems.join(', ')}`);

    const warm = Math.max(1, Math.round(o.duration / 3));
    const run = async (name: string, paths: string[], connections: number) => {
      await load(server!.base, name, paths, connections, warm, false);
      await drain(server!.base);
      status(`  ${name} (${connections} connections, ${o.duration} s) …`);
      const s = await load(server!.base, name, paths, connections, o.duration);
      status('');
      await drain(server!.base);
      log(`  ${name}, ${connections} conn.: ${de(s.rps)} req/s, p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, non-2xx ${s.non2xx}, errors ${s.errors}`);
      return s;
    };
    const search = await run('search API', api, o.connections);
    const search1 = await run('search API', api, 1);
    // Searches not asked before (not in the cache), one at a time: the HTTP figure to compare with the
    // direct SQL. The warm-up uses other page sizes than the measured run, so nothing it asks is reused.
    await load(server.base, 'search API, new searches', uncachedApiPaths([14, 26]), 1, warm, false);
    await drain(server.base);
    status(`  search API, new searches (1 connection, ${o.duration} s) …`);
    const searchUncached = await load(server.base, 'search API, new searches', uncachedApiPaths([15, 16, 17, 18, 19, 21, 22, 23, 24, 25]), 1, o.duration);
    status('');
    await drain(server.base);
    log(`  search API, new searches, 1 conn.: ${de(searchUncached.rps)} req/s, p50 ${ms(searchUncached.p50)}, p95 ${ms(searchUncached.p95)}, non-2xx ${searchUncached.non2xx}`);
    const results = await run('results page', pages, o.connections);
    const service = await run('service page', services, o.connections);
    const calendarRun = await run('events calendar', calendar, o.connections);
    const eventPage = await run('event page', eventPages, o.connections);
    status(`  registrations (${o.registrants} people at once, ${o.duration} s) …`);
    const registration = await registrationLoad(server.base, citizens, events.eventIds, events.hotEventIds, o.duration, o.seed, percentile);
    status('');
    await drain(server.base);
    log(`  registrations: ${de(registration.rps)} /s (${de(registration.registered)} of ${de(registration.attempts)} attempts), p50 ${ms(registration.p50)}, p95 ${ms(registration.p95)}, statuses ${JSON.stringify(registration.statuses)}`);
    // The mails are queued with the registrations and delivered by the server's loop meanwhile; how long
    // after the load the last one reaches the sink (at most two minutes are waited for).
    const mailWaitStart = performance.now();
    while (smtp.received() < registration.registered && performance.now() - mailWaitStart < 120_000) await new Promise((r) => setTimeout(r, 100));
    const mailsDeliveredAfter = (performance.now() - mailWaitStart) / 1000;
    log(`  mails: ${de(smtp.received())} received by the SMTP sink, the last ${de(mailsDeliveredAfter, 1)} s after the load`);
    const memory = readProcStatus(server.child.pid!);
    const serverErrors = server.output.filter((l) => /"level":(50|60)/.test(l)).slice(-5);
    await stopServer(server);
    const mailsReceived = smtp.received();
    // What the registrations left behind, read after the server stopped (a PGlite directory has one user at a time).
    const reopened = await openDatabase(prepared.serverEnv.DATABASE_URL ? { url: prepared.serverEnv.DATABASE_URL } : { dataDir: prepared.serverEnv.ZUGANG_DATA_DIR });
    const outcome = await registrationOutcome(reopened.db).finally(() => reopened.close());
    log(`  left behind: ${de(outcome.registrations)} registrations (${de(outcome.confirmed)} confirmed, ${de(outcome.waiting)} waiting), ${de(outcome.mails)} mails (${de(outcome.sent)} sent, ${de(mailsReceived)} received by the SMTP sink), ${outcome.overbooked} events overbooked`);
    return { engine, label: prepared.label, imported, direct, scenarios: { search, search1, searchUncached, results, service, calendar: calendarRun, eventPage }, memory, idleMemory, smokeProblems, serverErrors,
      events, registration, outcome, mailsReceived, mailsDeliveredAfter };
  } finally {
    if (server) await stopServer(server);
    if (smtp) await smtp.close();
    await prepared.database.close().catch(() => {});
    await prepared.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

type Row = [figure: string, measured: string, target: string, result: string];

function check(ok: boolean | null): string {
  return ok == null ? '' : ok ? 'pass' : '**FAIL**';
}

function engineRows(r: EngineResult, o: Options): Row[] {
  const pgTargets = r.engine === 'pg' ? TARGETS.pg : null;
  const p95Target = r.engine === 'pg' ? TARGETS.pg.searchP95 : TARGETS.pglite.searchP95;
  const s = r.scenarios;
  const c = o.connections;
  const full = !o.quick && o.services >= 100_000;
  const broad = r.direct.queries.filter((q) => q.share > 0.1).length;
  const ratio = s.searchUncached.p50 / r.direct.medianMs;
  const ratioFull = s.searchUncached.p50 / r.direct.medianWithPresentationMs;
  const sum = (f: (x: Scenario) => number) => Object.values(s).reduce((n, x) => n + f(x), 0);
  const rows: Row[] = [
    ['Import: services (organisations, locations)', `${de(r.imported.services)} (${de(r.imported.organizations)}, ${de(r.imported.locations)})`, '', ''],
    [`Import time (${de(r.imported.chunks)} transactions of ${de(o.chunk)}, validation, search documents and spelling vocabulary included${o.analyzeChunks ? ', ANALYZE after each' : ''})`,
      `${de(r.imported.importSeconds + r.imported.vocabularySeconds, 1)} s (${de(r.imported.services / (r.imported.importSeconds + r.imported.vocabularySeconds))} services/s)`,
      pgTargets ? `≤ ${pgTargets.importSeconds} s for 100,000` : '', pgTargets && full ? check(r.imported.importSeconds + r.imported.vocabularySeconds <= pgTargets.importSeconds) : ''],
    ['… first → last transaction', `${de(r.imported.chunkSeconds[0] ?? NaN, 1)} s → ${de(r.imported.chunkSeconds[r.imported.chunkSeconds.length - 1] ?? NaN, 1)} s`, 'flat', ''],
    ['Broad queries in the mix (> 10 % of services)', `${broad} of ${r.direct.queries.length}`, '≥ 1 in 5', check(broad * 5 >= r.direct.queries.length)],
    [`Search API, ${c} conn.: requests/s`, de(s.search.rps), pgTargets ? `≥ ${pgTargets.searchRps}` : '', pgTargets ? check(s.search.rps >= pgTargets.searchRps) : ''],
    [`Search API, ${c} conn.: p50 / p95 / p99`, `${ms(s.search.p50)} / ${ms(s.search.p95)} / ${ms(s.search.p99)}`, `p95 ≤ ${p95Target} ms`, check(s.search.p95 <= p95Target)],
    ['Search API, 1 conn., searches of the mix again (answered from the one-minute cache): median', ms(s.search1.p50), '', ''],
    [`Search API, 1 conn., new searches (not cached, ${de(s.searchUncached.requests)} requests): median / p95`, `${ms(s.searchUncached.p50)} / ${ms(s.searchUncached.p95)}`, '', ''],
    [`Same search run directly, not cached: median of ${r.direct.runs} (searchServices)`, ms(r.direct.medianMs), '', ''],
    ['HTTP median of new searches ÷ direct median', `${de(ratio, 2)} ×`, pgTargets ? `≤ ${pgTargets.httpOverDirect} ×` : '', pgTargets ? check(ratio <= pgTargets.httpOverDirect) : ''],
    ['… direct incl. the API\'s presentation queries', `${ms(r.direct.medianWithPresentationMs)} (HTTP ÷ this: ${de(ratioFull, 2)} ×)`, '', ''],
    [`Results page /suche, ${c} conn.: requests/s`, de(s.results.rps), '', ''],
    [`Results page /suche, ${c} conn.: p50 / p95 / p99`, `${ms(s.results.p50)} / ${ms(s.results.p95)} / ${ms(s.results.p99)}`, '', ''],
    [`Service page /angebote/…, ${c} conn.: requests/s`, de(s.service.rps), pgTargets ? `≥ ${de(pgTargets.serviceRps)}` : '', pgTargets ? check(s.service.rps >= pgTargets.serviceRps) : ''],
    [`Service page /angebote/…, ${c} conn.: p50 / p95 / p99`, `${ms(s.service.p50)} / ${ms(s.service.p95)} / ${ms(s.service.p99)}`, '', ''],
    [`Events calendar /veranstaltungen, ${c} conn.: requests/s`, de(s.calendar.rps), pgTargets ? `≥ ${de(pgTargets.calendarRps)}` : '', pgTargets ? check(s.calendar.rps >= pgTargets.calendarRps) : ''],
    [`Events calendar /veranstaltungen, ${c} conn.: p50 / p95 / p99`, `${ms(s.calendar.p50)} / ${ms(s.calendar.p95)} / ${ms(s.calendar.p99)}`, '', ''],
    [`Event page /veranstaltungen/…, ${c} conn.: requests/s`, de(s.eventPage.rps), '', ''],
    [`Event page /veranstaltungen/…, ${c} conn.: p50 / p95 / p99`, `${ms(s.eventPage.p50)} / ${ms(s.eventPage.p95)} / ${ms(s.eventPage.p99)}`, '', ''],
    [`Registrations, ${r.registration.workers} signed-in people at once: registrations/s (mails queued)`, `${de(r.registration.rps)} (${de(r.registration.registered)} in ${de(r.registration.seconds, 1)} s)`,
      pgTargets ? `≥ ${pgTargets.registrationsPerSecond}` : '', pgTargets ? check(r.registration.rps >= pgTargets.registrationsPerSecond) : ''],
    ['… p50 / p95 / p99 of a registration', `${ms(r.registration.p50)} / ${ms(r.registration.p95)} / ${ms(r.registration.p99)}`, '', ''],
    ['… refused (not 303) / errors', `${de(r.registration.refused)} / ${de(r.registration.errors)}`, '0', check(r.registration.refused + r.registration.errors === 0)],
    ['… left behind: confirmed, waiting; mails queued, sent', r.outcome ? `${de(r.outcome.confirmed)}, ${de(r.outcome.waiting)}; ${de(r.outcome.mails)}, ${de(r.outcome.sent)}` : 'n/a', 'one mail per registration, all sent',
      r.outcome ? check(r.outcome.mails === r.outcome.registrations && r.outcome.sent === r.outcome.mails) : ''],
    ['… the last mail at the SMTP sink, after the end of the load', r.mailsDeliveredAfter !== undefined ? `${de(r.mailsDeliveredAfter, 1)} s` : 'n/a', '', ''],
    ['… events with more confirmed places than capacity (or a wrong count)', r.outcome ? String(r.outcome.overbooked) : 'n/a', '0', r.outcome ? check(r.outcome.overbooked === 0) : ''],
    ['Non-2xx responses / errors (all GET scenarios)', `${sum((x) => x.non2xx)} / ${sum((x) => x.errors + x.timeouts)}`,
      '0', check(sum((x) => x.non2xx + x.errors + x.timeouts) === 0 && !r.smokeProblems.length)],
    ((limit: number | null) => ['Server memory after the run: RSS (peak)', r.memory ? `${de(r.memory.rssMb)} MB (${de(r.memory.peakMb)} MB)` : 'n/a',
      limit == null ? 'reported (the database is inside the process, decision 0009)' : `≤ ${limit} MB`,
      r.memory && limit != null ? check(r.memory.rssMb <= limit) : ''])(TARGETS[r.engine].rssMb),
    ['… RSS when the server was ready, before the load', r.idleMemory ? `${de(r.idleMemory.rssMb)} MB` : 'n/a', '', ''],
  ];
  return rows;
}

function table(header: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

function queryTable(r: EngineResult): string {
  return table(['query', 'filter', 'what it tests', 'matches', 'share', 'direct median'], r.direct.queries.map((q) => [
    q.mix.q,
    q.mix.api ? Object.entries(q.mix.api).map(([k, v]) => `${k}=${v}`).join(', ') : '',
    q.mix.note,
    de(q.total), `${de(q.share * 100, 1)} %`, ms(q.directMs),
  ]));
}

function machine() {
  const cpu = /model name\s*:\s*(.+)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? 'unknown CPU';
  return { cores: os.availableParallelism(), memoryGb: os.totalmem() / 1024 ** 3, cpu: cpu.trim(), node: process.version, os: `${os.type()} ${os.release()}` };
}

function report(results: EngineResult[], o: Options, started: Date): string {
  const m = machine();
  const lines: string[] = [];
  lines.push('# Performance', '');
  lines.push(`Measured with \`npm run bench${process.argv.slice(3).length ? ` -- ${process.argv.slice(3).join(' ')}` : ''}\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; bench/README.md explains how each figure is taken.`, '');
  if (o.quick || o.services < 100_000) {
    lines.push(`> **Quick run** (${de(o.services)} services, ${o.duration} s per scenario): indicative only; the targets are meant for 100,000 services and 10 s scenarios.`, '');
  }
  lines.push(`- Machine: ${m.cores} cores (${m.cpu}), ${de(m.memoryGb, 1)} GB memory, ${m.os}; Node.js ${m.node}.`);
  lines.push(`- Engines: ${results.map((r) => r.label).join(', ')}. The server runs as its own process (\`zugang serve\`, NODE_ENV=production, LOG_LEVEL=warn) on the same machine as autocannon and the database.`);
  lines.push(`- Data: a generated district (bench/generate.ts, seed ${o.seed}) of ${de(o.services)} services, imported through \`importServices\` in transactions of ${de(o.chunk)}, then \`ANALYZE\`; ${de(results[0]?.events.events ?? o.events)} events of its services with ${de(results[0]?.events.sessionCount ?? 0)} sessions over the next twelve weeks (bench/events.ts).`);
  lines.push(`- Load: autocannon, ${o.duration} s per scenario after a ${Math.max(1, Math.round(o.duration / 3))} s warm-up, ${o.connections} connections (and 1 connection for the median comparison); the ${QUERY_MIX.length} queries of the mix rotate request by request; service pages over ${de(2000)} random generated ids.`);
  lines.push('- Latencies are exact percentiles of every response time autocannon reported (not its histogram buckets).', '');
  for (const r of results) {
    lines.push(`## ${r.label}`, '');
    lines.push(table(['figure', 'measured', 'target', 'result'], engineRows(r, o)), '');
    lines.push('<details><summary>The query mix</summary>', '', queryTable(r), '', '</details>', '');
    if (r.smokeProblems.length) lines.push(`Requests that did not answer 200 before the load: ${r.smokeProblems.join(', ')}`, '');
    if (r.serverErrors.length) lines.push('Errors in the server log:', '', '```', ...r.serverErrors, '```', '');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

export async function runBench(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) { console.log(USAGE); return; }
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof BenchUsageError) { console.error(`${e.message}\n\n${USAGE}`); process.exit(2); }
    throw e;
  }
  if (o.federation) return runFederationBench(o);
  const started = new Date();
  const results: EngineResult[] = [];
  const failures: string[] = [];
  for (const engine of o.engines) {
    try {
      results.push(await benchEngine(engine, o));
    } catch (e) {
      if (e instanceof BenchUsageError) { console.error(e.message); process.exit(2); }
      // One engine failing (say, no PostgreSQL server here) does not discard the other's figures.
      log(`  ${engine}: ${(e as { userFacing?: boolean }).userFacing ? (e as Error).message : (e as Error).stack ?? e}`);
      failures.push(`${engine === 'pg' ? 'PostgreSQL' : 'PGlite'}: ${(e as Error).message}`);
    }
  }
  if (!results.length) { console.error(`The benchmark failed:\n${failures.join('\n')}`); process.exit(1); }
  let text = report(results, o, started);
  if (failures.length) text += `\n## Not measured\n\n${failures.map((f) => `- ${f}`).join('\n')}\n`;
  console.log(`\n${text}`);
  if (failures.length) process.exitCode = 1;
  if (o.writeDocs) {
    fs.mkdirSync(path.dirname(o.docsFile), { recursive: true });
    fs.writeFileSync(o.docsFile, `${text}\n`);
    log(`Wrote ${path.relative(process.cwd(), o.docsFile) || o.docsFile}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Federation (--federation): a second local instance publishes its services, this one pulls them

type FederationFigures = {
  engine: Engine; label: string; services: number; pullSeconds: number; counts: PullCounts; status: string; error: string | null;
  before: DirectFigures; after: DirectFigures; foreignEntries: number;
  /** Removing the source with all its entries (ON DELETE CASCADE), at the end. */
  removeSeconds: number;
  /** On PostgreSQL only (a PGlite directory has one user at a time, and the benchmark holds it). */
  httpBefore: HttpSearchFigures | null; httpAfter: HttpSearchFigures | null;
};
/** What a person meets: the results page (which includes foreign entries) and the search API (own entries only), 16 connections. */
type HttpSearchFigures = { results: Latency; api: Latency };
type Latency = { p50: number; p95: number };
/** Rounds of the interleaved comparison (the machine's speed drifts between measurements minutes apart). */
const HTTP_ROUNDS = 3;

/** The search scenarios of the normal run against this instance's server (same warm-up, same mix). */
async function httpSearch(db: Database['db'], env: Record<string, string>, o: Options): Promise<HttpSearchFigures> {
  // After a pull of 100,000 services the server still writes its dirty pages out for a while (the results
  // page, whose event search goes to the database on every request, was 25 % slower then and not a minute
  // later): both measurements start from a checkpoint.
  await db.execute(sql`CHECKPOINT`).catch(() => { /* not allowed for this role: measured as it is */ });
  const server = await startServer(env);
  try {
    const warm = Math.max(1, Math.round(o.duration / 3));
    const run = async (name: string, paths: string[]) => {
      await load(server.base, name, paths, o.connections, warm, false);
      await drain(server.base);
      const s = await load(server.base, name, paths, o.connections, o.duration);
      await drain(server.base);
      log(`  ${name}, ${o.connections} conn.: ${de(s.rps)} req/s, p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, non-2xx ${s.non2xx}, errors ${s.errors}`);
      return s;
    };
    const results = await run('results page', QUERY_MIX.map(pagePath));
    const api = await run('search API', QUERY_MIX.map((m) => apiPath(m)));
    return { results: { p50: results.p50, p95: results.p95 }, api: { p50: api.p50, p95: api.p95 } };
  } finally {
    await stopServer(server);
  }
}

const FEDERATION_TARGETS = { pullSeconds: 120, searchRatio: 1.1 } as const;
const within = (after: number, before: number) => after <= before * FEDERATION_TARGETS.searchRatio;

async function benchFederation(engine: Engine, o: Options): Promise<FederationFigures> {
  log(`\n== Federation on ${engine === 'pg' ? 'PostgreSQL' : 'PGlite'}: ${de(o.services)} local services, ${de(o.services)} at the neighbour`);
  const source = await prepareDatabase(engine, o.keep, '_fed_source');
  const target = await prepareDatabase(engine, o.keep, '_fed_target');
  let server: Server | undefined;
  try {
    log('  the neighbour: importing …');
    await importDistrict(source.database, { ...o, seed: `${o.seed}-nachbar` });
    await source.database.close();
    log('  this instance: importing …');
    await importDistrict(target.database, o);
    log(`  direct searches before (${o.directRuns}, local only) …`);
    const before = await measureDirect(target.database, o);
    log(`  direct median ${ms(before.medianMs)}`);
    await flushSearchLog(target.database.db);
    server = await startServer(source.serverEnv);
    const added = await addSource(target.database.db, { url: `${server.base}/api/hsds`, label: 'Landkreis Nachbarheide', interval: '60' });
    if (!added.ok) throw new Error(`source not added: ${JSON.stringify(added.problems)}`);
    log('  pulling the neighbour …');
    const t0 = now();
    const pulled = await pullSource(target.database.db, added.id, { perPage: 500, timeoutMs: 120_000 });
    const pullSeconds = (now() - t0) / 1000;
    log(`  pull: ${pulled.status} in ${de(pullSeconds, 1)} s, ${JSON.stringify(pulled.counts)}, phases ${JSON.stringify(pulled.timings)}${pulled.error ? ` (${pulled.error})` : ''}`);
    if (server.child.exitCode != null || server.child.signalCode != null) log(`  the neighbour's server ended (${server.child.exitCode ?? server.child.signalCode}):\n${server.output.slice(-15).join('\n')}`);
    await stopServer(server);
    server = undefined;
    await target.database.db.execute(sql`ANALYZE`);
    const [{ n: foreignEntries }] = await rows<{ n: number }>(target.database.db, sql`SELECT count(*)::int AS n FROM service_search WHERE source_id IS NOT NULL`);
    log(`  direct searches after (${o.directRuns}, with ${de(foreignEntries)} foreign entries) …`);
    const after = await measureDirect(target.database, o);
    log(`  direct median ${ms(after.medianMs)}`);
    await flushSearchLog(target.database.db);
    // The search a person meets, without and with foreign entries: the neighbour's instance (its own
    // 100,000, none foreign) and this one (its own and the neighbour's), in alternating rounds, medians.
    let httpBefore: HttpSearchFigures | null = null, httpAfter: HttpSearchFigures | null = null;
    if (engine === 'pg') {
      const without: HttpSearchFigures[] = [], withForeign: HttpSearchFigures[] = [];
      for (let round = 1; round <= HTTP_ROUNDS; round++) {
        log(`  search scenarios, round ${round} of ${HTTP_ROUNDS}: the neighbour (no foreign entries), then this instance …`);
        without.push(await httpSearch(target.database.db, source.serverEnv, o));
        withForeign.push(await httpSearch(target.database.db, target.serverEnv, o));
      }
      const med = (list: HttpSearchFigures[]): HttpSearchFigures => {
        const m = (f: (x: HttpSearchFigures) => number) => median(list.map(f));
        return { results: { p50: m((x) => x.results.p50), p95: m((x) => x.results.p95) }, api: { p50: m((x) => x.api.p50), p95: m((x) => x.api.p95) } };
      };
      httpBefore = med(without);
      httpAfter = med(withForeign);
    }
    log('  removing the source with its entries …');
    const t1 = now();
    await removeSource(target.database.db, added.id);
    const removeSeconds = (now() - t1) / 1000;
    log(`  removed in ${de(removeSeconds, 1)} s`);
    return { engine, label: target.label, services: o.services, pullSeconds, counts: pulled.counts, status: pulled.status, error: pulled.error, before, after, foreignEntries, httpBefore, httpAfter, removeSeconds };
  } finally {
    if (server) await stopServer(server);
    await source.database.close().catch(() => {});
    await target.database.close().catch(() => {});
    await source.cleanup();
    await target.cleanup();
  }
}

async function runFederationBench(o: Options): Promise<void> {
  const started = new Date();
  const m = machine();
  const lines = [`# Federation benchmark (${started.toISOString().slice(0, 16).replace('T', ' ')} UTC${o.quick ? ', --quick: indicative only' : ''})`, '',
    `- Machine: ${m.cores} cores (${m.cpu}), ${de(m.memoryGb, 1)} GB memory, ${m.os}; Node.js ${m.node}.`, ''];
  let failed = false;
  for (const engine of o.engines) {
    try {
      const r = await benchFederation(engine, o);
      const ratio = r.after.medianMs / r.before.medianMs;
      const pgOnly = engine === 'pg' && !o.quick;
      lines.push(`## ${r.label}`, '', table(['figure', 'measured', 'target', 'result'], [
        ['pull of the neighbour\'s services (full=true, streamed as ndjson and imported 500 at a time, then the id listing)', `${de(r.counts.received)} in ${de(r.pullSeconds, 1)} s (${r.status})`,
          engine === 'pg' ? `≤ ${FEDERATION_TARGETS.pullSeconds} s for 100,000` : '–', pgOnly ? check(r.pullSeconds <= FEDERATION_TARGETS.pullSeconds && r.status !== 'error') : ''],
        ['foreign entries in the search', de(r.foreignEntries), de(r.services), check(r.foreignEntries === r.services)],
        ...(!r.httpBefore || !r.httpAfter ? [] : [['results page /suche (includes the foreign entries)', r.httpBefore.results, r.httpAfter.results], ['search API (own entries only)', r.httpBefore.api, r.httpAfter.api]] as const)
          .map(([name, b, a]): string[] => [`${name}, ${o.connections} conn., medians of ${HTTP_ROUNDS} alternating rounds: p50 / p95 without → with foreign entries`, `${ms(b.p50)} / ${ms(b.p95)} → ${ms(a.p50)} / ${ms(a.p95)}`,
            `within ${FEDERATION_TARGETS.searchRatio} ×`, o.quick ? '' : check(within(a.p50, b.p50) && within(a.p95, b.p95))]),
        ['new search (not cached), direct median: own entries only', `${ms(r.before.medianMs)} (${de(r.before.activeServices)} services)`, '', ''],
        ['… with the foreign entries (ratio)', `${ms(r.after.medianMs)} (${de(r.after.activeServices)} services; ${de(ratio, 2)} ×)`, '', ''],
        ['removing the source with its entries', `${de(r.removeSeconds, 1)} s`, '', ''],
      ]), '');
      if (r.error) lines.push(`Pull message: ${r.error}`, '');
    } catch (e) {
      failed = true;
      log(`  ${engine}: ${(e as Error).stack ?? e}`);
      lines.push(`## ${engine}: not measured`, '', String((e as Error).message), '');
    }
  }
  console.log(`\n${lines.join('\n')}`);
  if (failed) process.exitCode = 1;
}

// Times every SQL statement of importServices by its shape (dev-only profiling).
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, runMigrations } from '/work/main/src/platform/db.ts';
import { ensureBaseData } from '/work/main/src/modules/directory/base-data.ts';
import { importDistricts } from '/work/main/src/modules/directory/districts.ts';
import { importServices } from '/work/main/src/modules/directory/importer.ts';
import { serviceSchema } from '/work/main/src/modules/directory/hsds-schema.ts';
import { generateServices, readSozialraeume } from '/work/main/bench/generate.ts';

const N = Number(process.argv[2] ?? 6000);
const CHUNK = Number(process.argv[3] ?? 2000);
const stats = new Map<string, { n: number; ms: number }>();
const orig = pg.Client.prototype.query as any;
(pg.Client.prototype as any).query = function (this: any, ...args: any[]) {
  const text: string = typeof args[0] === 'string' ? args[0] : args[0]?.text ?? '';
  const key = text.replace(/\s+/g, ' ').replace(/\(\$\d+(, \$\d+)*\)/g, '(…)').replace(/\$\d+/g, '?').slice(0, 90);
  const t0 = performance.now();
  const r = orig.apply(this, args);
  if (r && typeof r.then === 'function') {
    return r.then((x: unknown) => { const s = stats.get(key) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t0; stats.set(key, s); return x; });
  }
  return r;
};
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS zugang_bench_prof WITH (FORCE)');
await admin.query('CREATE DATABASE zugang_bench_prof');
const database = await openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/zugang_bench_prof' });
await runMigrations(database);
await ensureBaseData(database.db);
await database.db.transaction((tx) => importDistricts(tx, readSozialraeume(), { codeProperty: 'code', nameProperty: 'name' }));
stats.clear();
const t0 = performance.now();
let parseMs = 0;
for (const batch of generateServices({ services: N, batchSize: CHUNK })) {
  const t = performance.now();
  const parsed = batch.map((s) => serviceSchema.parse(s));
  parseMs += performance.now() - t;
  await database.db.transaction((tx) => importServices(tx, parsed));
}
const total = performance.now() - t0;
const list = [...stats].sort((a, b) => b[1].ms - a[1].ms);
const sqlMs = list.reduce((a, [, s]) => a + s.ms, 0);
console.log(`total ${Math.round(total)} ms, parse ${Math.round(parseMs)} ms, SQL ${Math.round(sqlMs)} ms`);
for (const [k, s] of list.slice(0, 25)) console.log(`${Math.round(s.ms).toString().padStart(7)} ms ${String(s.n).padStart(5)}×  ${k}`);
await database.close();
if (!process.argv.includes('--keep')) await admin.query('DROP DATABASE IF EXISTS zugang_bench_prof WITH (FORCE)');
await admin.end();

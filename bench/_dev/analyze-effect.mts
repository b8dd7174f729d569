// Import time per chunk, with and without ANALYZE between chunks (dev-only).
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, runMigrations } from '/work/main/src/platform/db.ts';
import { ensureBaseData } from '/work/main/src/modules/directory/base-data.ts';
import { importDistricts } from '/work/main/src/modules/directory/districts.ts';
import { importServices } from '/work/main/src/modules/directory/importer.ts';
import { serviceSchema } from '/work/main/src/modules/directory/hsds-schema.ts';
import { generateServices, readSozialraeume } from '/work/main/bench/generate.ts';
const N = Number(process.argv[2] ?? 10000);
const analyze = process.argv.includes('--analyze');
const engine = process.argv.includes('--pglite') ? 'pglite' : 'pg';
let admin: pg.Client | undefined;
let database;
if (engine === 'pg') {
  admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS zugang_bench_prof WITH (FORCE)');
  await admin.query('CREATE DATABASE zugang_bench_prof');
  database = await openDatabase({ url: 'postgres://postgres@127.0.0.1:5432/zugang_bench_prof' });
} else {
  database = await openDatabase({});
}
await runMigrations(database);
await ensureBaseData(database.db);
await database.db.transaction((tx) => importDistricts(tx, readSozialraeume(), { codeProperty: 'code', nameProperty: 'name' }));
const times: number[] = [];
const t0 = performance.now();
for (const batch of generateServices({ services: N, batchSize: 2000 })) {
  const parsed = batch.map((s) => serviceSchema.parse(s));
  const t = performance.now();
  await database.db.transaction((tx) => importServices(tx, parsed));
  if (analyze) await database.db.execute(sql`ANALYZE`);
  times.push(Math.round(performance.now() - t));
}
console.log(`${engine} ${analyze ? 'with' : 'without'} ANALYZE between chunks: total ${Math.round(performance.now() - t0)} ms; per chunk of 2000: ${times.join(', ')}`);
await database.close();
if (admin) { await admin.query('DROP DATABASE IF EXISTS zugang_bench_prof WITH (FORCE)'); await admin.end(); }

// Logs the plans of slow statements during an import (dev-only).
import pg from 'pg';
import { openDatabase, runMigrations } from '/work/main/src/platform/db.ts';
import { ensureBaseData } from '/work/main/src/modules/directory/base-data.ts';
import { importDistricts } from '/work/main/src/modules/directory/districts.ts';
import { importServices } from '/work/main/src/modules/directory/importer.ts';
import { serviceSchema } from '/work/main/src/modules/directory/hsds-schema.ts';
import { generateServices, readSozialraeume } from '/work/main/bench/generate.ts';
const N = Number(process.argv[2] ?? 6000);
const MIN = Number(process.argv[3] ?? 300);
const url = 'postgres://postgres@127.0.0.1:5432/zugang_bench_prof';
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS zugang_bench_prof WITH (FORCE)');
await admin.query('CREATE DATABASE zugang_bench_prof');
let database = await openDatabase({ url });
await runMigrations(database);
await ensureBaseData(database.db);
await database.db.transaction((tx) => importDistricts(tx, readSozialraeume(), { codeProperty: 'code', nameProperty: 'name' }));
await database.close();
database = await openDatabase({ url });
const notices: string[] = [];
database.pool!.on('connect', (client) => {
  client.on('notice', (m) => notices.push(m.message));
  void client.query(`LOAD 'auto_explain'; SET auto_explain.log_min_duration=${MIN}; SET auto_explain.log_nested_statements=on; SET auto_explain.log_analyze=on; SET auto_explain.log_level='notice'`);
});
let i = 0;
for (const batch of generateServices({ services: N, batchSize: 2000 })) {
  const parsed = batch.map((s) => serviceSchema.parse(s));
  await database.db.transaction((tx) => importServices(tx, parsed));
  i++;
}
for (const n of notices.slice(-3)) console.log(n.split('\n').map((l) => l.slice(0, 200)).filter((l) => !l.includes("'{")).join('\n'), '\n-----');
await database.close();
await admin.query('DROP DATABASE IF EXISTS zugang_bench_prof WITH (FORCE)');
await admin.end();

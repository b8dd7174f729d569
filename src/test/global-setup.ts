// Migrates one template database before the test files run; each file then clones it
// (PGlite: dump and load of the data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, runMigrations } from '../platform/db.ts';
import { ensureBaseData } from '../modules/directory/base-data.ts';
import { migrateJobs } from '../platform/jobs/index.ts';
import { projectRoot } from '../config.ts';

export const templateFile = path.join(projectRoot, '.test-cache', 'template.tar.gz');

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `zugang_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    // Databases of earlier runs whose process is gone (crashed or killed) are removed.
    const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname ~ '^zugang_(t|template)_[0-9]+'`);
    for (const r of stale.rows as { datname: string }[]) {
      const pid = Number(/^zugang_(?:t|template)_(\d+)/.exec(r.datname)![1]);
      if (!alive(pid)) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`).catch(() => {});
    }
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ url: u.toString() });
    await runMigrations(database);
    await ensureBaseData(database.db);
    await migrateJobs(database);
    await database.close();
    process.env.ZUGANG_TEST_TEMPLATE = name;
    return async () => {
      // Databases left by crashed test files are removed with the template.
      const left = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [`zugang_t_${process.pid}_%`, name]);
      for (const r of left.rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`).catch(() => {});
      await admin.end();
    };
  }
  fs.mkdirSync(path.dirname(templateFile), { recursive: true });
  const database = await openDatabase({});
  await runMigrations(database);
  await ensureBaseData(database.db);
  await migrateJobs(database);
  const dump = await database.pglite!.dumpDataDir('gzip');
  fs.writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return undefined;
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

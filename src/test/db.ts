// A fresh, migrated database for one test file: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, loadPglite, type Database } from '../platform/db.ts';
import { projectRoot } from '../config.ts';

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export type TestDatabase = Database & { url?: string; drop(): Promise<void> };

export async function createTestDatabase(opts: { poolSize?: number } = {}): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = process.env.ZUGANG_TEST_TEMPLATE;
    if (!template) throw new Error('global setup did not create the template database');
    // Named after the run (the template's pid), so that concurrent runs only clean up their own databases.
    const name = `zugang_t_${template.replace('zugang_template_', '')}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ url: u.toString(), poolSize: opts.poolSize });
    return {
      ...database,
      url: u.toString(),
      async drop() {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const file = path.join(projectRoot, '.test-cache', 'template.tar.gz');
  const blob = new Blob([fs.readFileSync(file)]);
  const { PGlite, extensions } = await loadPglite();
  const client = await PGlite.create({ loadDataDir: blob, extensions });
  const database = await openDatabase({ pglite: client });
  return { ...database, drop: () => database.close() };
}

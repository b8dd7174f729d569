// One database API over two engines: embedded PGlite (default) or a PostgreSQL server (DATABASE_URL).
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql, type SQL } from 'drizzle-orm';
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema.ts';
import { projectRoot } from '../config.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: every service function accepts both. */
export type Queryable = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The PostgreSQL server's connection string (not PGlite): the job queue opens its own small pool. */
  url?: string;
  close(): Promise<void>;
  /** Raw access for the job queue and tests. */
  pglite?: PGlite;
  pool?: pg.Pool;
};

/**
 * Whether `db` is the pool of a PostgreSQL server (not PGlite's one connection, not an open transaction):
 * only then can work be spread over several connections at once.
 */
export function onServerPool(db: Queryable): boolean {
  return !(db instanceof PgTransaction) && (db as { $client?: unknown }).$client instanceof pg.Pool;
}

export const migrationsFolder = path.join(projectRoot, 'migrations');

/** PGlite and its extensions, loaded only when the embedded database is used (it costs ~50 MB). */
export async function loadPglite() {
  const [{ PGlite }, { pg_trgm }, { unaccent }] = await Promise.all([
    import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/pg_trgm'), import('@electric-sql/pglite/contrib/unaccent'),
  ]);
  return { PGlite, extensions: { pg_trgm, unaccent } };
}

// Dates stay plain strings (YYYY-MM-DD) on both engines.
pg.types.setTypeParser(1082, (v: string) => v);

export async function openDatabase(opts: { url?: string; dataDir?: string; pglite?: PGlite; poolSize?: number }): Promise<Database> {
  if (opts.url) {
    // For every connection: JIT compilation costs more than Zugang's short queries take, so it is off.
    // random_page_cost 1.1 (PostgreSQL's default of 4 assumes spinning disks): the directory is read from
    // memory or SSD, and with the default the planner scanned all of service_search (100–300 ms at
    // 100,000–200,000 services) where the search index finds a few thousand matches in 20 ms.
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, options: '-c jit=off -c random_page_cost=1.1' });
    pool.on('error', () => { /* idle client errors are reported on the next query */ });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', url: opts.url, pool, close: () => pool.end() };
  }
  let client = opts.pglite;
  if (!client) {
    if (opts.dataDir && opts.dataDir !== 'memory://') fs.mkdirSync(opts.dataDir, { recursive: true });
    const { PGlite, extensions } = await loadPglite();
    client = await PGlite.create(opts.dataDir ?? 'memory://', { extensions });
  }
  const { drizzle: drizzlePglite } = await import('drizzle-orm/pglite');
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const c = client;
  return { db, kind: 'pglite', pglite: c, close: () => c.close() };
}

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    // One migrator at a time across app instances.
    const client = await database.pool!.connect();
    try {
      await client.query('SELECT pg_advisory_lock(727274)');
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock(727274)').catch(() => {});
      client.release();
    }
  } else {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as never, { migrationsFolder });
  }
}

/** Migrations in the folder that the database has not applied yet (for /ready). */
export async function pendingMigrations(db: Queryable): Promise<number> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  try {
    const r = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    return journal.entries.length - (r[0]?.n ?? 0);
  } catch {
    return journal.entries.length;
  }
}

/** Runs a raw SQL query and returns its rows, on both engines. */
export async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as { rows: T[] };
  return r.rows;
}

/**
 * Like `rows`, but on a PostgreSQL server as a named prepared statement: the plan of a large, frequent
 * query is made once per connection instead of on every call (planning the full HSDS service query costs
 * more than running it). Elsewhere (PGlite, a transaction) a plain query.
 */
export async function preparedRows<T>(db: Queryable, name: string, query: SQL): Promise<T[]> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) {
    const dialect = (db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }).dialect;
    const { sql: text, params } = dialect.sqlToQuery(query);
    const r = await client.query({ name, text, values: params as unknown[] });
    return r.rows as T[];
  }
  return rows<T>(db, query);
}

// The database's structure as Zugang's migrations leave it (schema public; pg-boss keeps its own).
import { describe, it, expect, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { rows } from './db.ts';

let database: TestDatabase | undefined;
afterAll(async () => { await database?.drop(); });

describe('database schema', () => {
  it('has an index leading with the column of every foreign key, so that deleting a referenced row never scans the referencing table', async () => {
    database = await createTestDatabase();
    // Without one, every deleted row looks for its referencing rows by a sequential scan: removing a portal
    // network source with 100,000 entries (150,000 locations, each checked against contacts) took hours.
    const unindexed = await rows<{ fk: string }>(database.db, sql`
      SELECT c.conrelid::regclass::text || '.' || a.attname AS fk
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
      ORDER BY 1`);
    expect(unindexed.map((r) => r.fk)).toEqual([]);
  });
});

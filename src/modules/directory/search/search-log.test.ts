// Searches are logged in batches: nothing is lost, nothing personal is written, and the district code of
// a Sozialraum filter becomes its id.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { rows } from '../../../platform/db.ts';
import { flushSearchLog, logSearch } from './search-log.ts';

let tdb: TestDatabase;
beforeAll(async () => { tdb = await createTestDatabase(); });
afterAll(async () => { await tdb?.drop(); });

describe('search log', () => {
  it('writes every search logged, in batches, once flushed or after a second', async () => {
    for (let i = 0; i < 450; i++) logSearch(tdb.db, { query: `kita ${i}`, filters: { kostenfrei: true }, resultCount: i, sozialraum: null });
    // 400 are written in batches of 200 as they come; the last 50 wait for the timer or a flush.
    logSearch(tdb.db, { query: 'beratung', filters: {}, resultCount: 7, sozialraum: 'gibt-es-nicht' });
    await new Promise((r) => setTimeout(r, 1_500));
    const [n] = await rows<{ n: number; max: number }>(tdb.db, sql`SELECT count(*)::int AS n, max(result_count) AS max FROM search_log WHERE query LIKE 'kita %'`);
    expect(n).toEqual({ n: 450, max: 449 });
    logSearch(tdb.db, { query: 'familienzentrum', filters: { lebenslage: 'erziehung-familie' }, resultCount: 3, sozialraum: null });
    await flushSearchLog(tdb.db);
    const last = await rows<{ query: string; filters: Record<string, unknown>; result_count: number; district_id: string | null }>(tdb.db,
      sql`SELECT query, filters, result_count, district_id FROM search_log WHERE query IN ('beratung', 'familienzentrum') ORDER BY query`);
    expect(last).toEqual([
      { query: 'beratung', filters: {}, result_count: 7, district_id: null },
      { query: 'familienzentrum', filters: { lebenslage: 'erziehung-familie' }, result_count: 3, district_id: null },
    ]);
  });
});

// The search log for steering (which words people search, which filters, how many results; never who):
// searches are gathered in memory and written once a second (or every 200) in one INSERT, not one
// transaction per search. A crash loses at most the last second of them — statistics, not records.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db.ts';

export type SearchLogEntry = { query: string; filters: Record<string, unknown>; resultCount: number; sozialraum: string | null };

const FLUSH_AFTER_MS = 1_000;
const FLUSH_AT = 200;

class SearchLogWriter {
  private pending: SearchLogEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  constructor(private readonly db: Queryable, private readonly onError: (err: unknown) => void) {}

  add(e: SearchLogEntry) {
    this.pending.push(e);
    if (this.pending.length >= FLUSH_AT) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_AFTER_MS);
      this.timer.unref();
    }
  }

  /** Writes what is gathered; resolves when everything added before the call is written. */
  flush(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = null; }
    const batch = this.pending;
    this.pending = [];
    if (batch.length) {
      this.writing = this.writing.then(() => write(this.db, batch)).catch(this.onError);
    }
    return this.writing;
  }
}

async function write(db: Queryable, batch: SearchLogEntry[]) {
  await db.execute(sql`INSERT INTO search_log (query, filters, result_count, district_id)
    SELECT x.query, x.filters, x.result_count, d.id
    FROM jsonb_to_recordset(${JSON.stringify(batch.map((e) => ({ query: e.query, filters: e.filters, result_count: e.resultCount, sozialraum: e.sozialraum })))}::jsonb)
      AS x (query text, filters jsonb, result_count integer, sozialraum text)
    LEFT JOIN districts d ON d.code = x.sozialraum`);
}

const writers = new Map<Queryable, SearchLogWriter>();
let reportError: (err: unknown) => void = (err) => { console.error('writing the search log failed', err); };

/** Where failures to write the log go (the app's logger); the searches themselves never fail for it. */
export function onSearchLogError(f: (err: unknown) => void) { reportError = f; }

export function logSearch(db: Queryable, e: SearchLogEntry) {
  let w = writers.get(db);
  if (!w) { w = new SearchLogWriter(db, (err) => reportError(err)); writers.set(db, w); }
  w.add(e);
}

/** Writes every gathered search now: when the app closes, and in tests before they read the log. */
export async function flushSearchLog(db?: Queryable) {
  const list = db ? [writers.get(db)].filter((w): w is SearchLogWriter => Boolean(w)) : [...writers.values()];
  await Promise.all(list.map((w) => w.flush()));
  if (db) writers.delete(db);
}

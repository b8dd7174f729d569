// The portal network: this instance subscribes to other instances' (or any HSDS 3.0 publisher's) APIs and
// keeps their services as foreign entries, labelled with their source in the search and on the pages.
//
// - Ids: a foreign record's id is mapped into the source's own namespace (a name-based UUID of source id
//   and foreign id), so a foreign record can never collide with or overwrite a local one, and two sources
//   may use the same ids. Taxonomy terms and taxonomies this instance already knows (the shipped life
//   situations, shared by every Zugang) keep their ids and are not overwritten; unknown ones are mapped too.
// - Pull: GET {url}/services?full=true&modified_after=<start of the last successful pull>, streamed in one
//   answer with format=ndjson where the source offers it (Zugang does), otherwise page by page; each
//   service validated on its own (hsds-schema.ts), written through the importer (importServices with the
//   source id) in batches; the complete id listing (minimal=true) tells what the source deleted.
// - A failing source (network, HTTP status, invalid JSON, invalid entries) is recorded on the source with its
//   error; local search never depends on it.
// - This instance's HSDS API does not re-publish foreign entries (listing.ts), so instances that subscribe
//   to each other do not copy each other's copies in a loop.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { directoryChanged } from '../../platform/cache.ts';
import * as t from './schema.ts';
import { serviceSchema, type HsdsService } from './hsds-schema.ts';
import { finishImport, importServices, validateInSlices } from './importer.ts';

export type Source = typeof t.federationSources.$inferSelect;
export type PullCounts = { received: number; changed: number; unchanged: number; skipped: number; deleted: number };
export type PullResult = {
  status: 'ok' | 'warning' | 'error'; counts: PullCounts; error: string | null;
  /** Milliseconds per phase: waiting for the source's services, writing them, search documents, the deletion check. */
  timings: { fetchMs: number; importMs: number; finishMs: number; deletionsMs: number };
};

// ---------------------------------------------------------------------------------------------
// Sources

export type SourceInput = { url: string; label: string; interval: string };
export type SourceProblem = { field: 'url' | 'label' | 'interval'; key: string };

export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 7 * 24 * 60;

/** The API's base URL as stored: http(s) only, no credentials, no query or fragment, no trailing slash. */
export function normaliseSourceUrl(input: string): { ok: true; url: string } | { ok: false; key: string } {
  let u: URL;
  try { u = new URL(input.trim()); } catch { return { ok: false, key: 'federation.errors.urlInvalid' }; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, key: 'federation.errors.urlProtocol' };
  if (u.username || u.password) return { ok: false, key: 'federation.errors.urlCredentials' };
  if (u.search || u.hash) return { ok: false, key: 'federation.errors.urlQuery' };
  // Given the services endpoint itself, keep its base.
  const path = u.pathname.replace(/\/+$/, '').replace(/\/services$/, '');
  return { ok: true, url: `${u.origin}${path}` };
}

export function checkSource(input: SourceInput): { ok: true; value: { url: string; label: string; intervalMinutes: number } } | { ok: false; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const url = normaliseSourceUrl(input.url);
  if (!input.url.trim()) problems.push({ field: 'url', key: 'federation.errors.urlMissing' });
  else if (!url.ok) problems.push({ field: 'url', key: url.key });
  const label = input.label.trim();
  if (!label) problems.push({ field: 'label', key: 'federation.errors.labelMissing' });
  else if (label.length > 120) problems.push({ field: 'label', key: 'federation.errors.labelLong' });
  const interval = Number(input.interval.trim());
  if (!/^\d+$/.test(input.interval.trim()) || interval < MIN_INTERVAL || interval > MAX_INTERVAL) problems.push({ field: 'interval', key: 'federation.errors.interval' });
  if (problems.length || !url.ok) return { ok: false, problems };
  return { ok: true, value: { url: url.url, label, intervalMinutes: interval } };
}

export async function addSource(db: Queryable, input: SourceInput): Promise<{ ok: true; id: string } | { ok: false; problems: SourceProblem[] }> {
  const checked = checkSource(input);
  if (!checked.ok) return checked;
  const [dup] = await db.select({ id: t.federationSources.id }).from(t.federationSources).where(eq(t.federationSources.url, checked.value.url));
  if (dup) return { ok: false, problems: [{ field: 'url', key: 'federation.errors.urlTaken' }] };
  const [row] = await db.insert(t.federationSources).values(checked.value).returning({ id: t.federationSources.id });
  return { ok: true, id: row.id };
}

export async function listSources(db: Queryable): Promise<(Source & { entries: number })[]> {
  return rows<Source & { entries: number }>(db, sql`
    SELECT f.id, f.url, f.label, f.interval_minutes AS "intervalMinutes", f.paused, f.created_at AS "createdAt", f.last_pull_at AS "lastPullAt",
      f.last_pull_finished_at AS "lastPullFinishedAt", f.last_success_at AS "lastSuccessAt", f.last_status AS "lastStatus",
      f.last_error AS "lastError", f.last_counts AS "lastCounts",
      (SELECT count(*)::int FROM services s WHERE s.source_id = f.id) AS entries
    FROM federation_sources f ORDER BY f.label, f.id`).then((list) => list.map((s) => ({
    ...s, createdAt: new Date(s.createdAt), lastPullAt: s.lastPullAt && new Date(s.lastPullAt),
    lastPullFinishedAt: s.lastPullFinishedAt && new Date(s.lastPullFinishedAt), lastSuccessAt: s.lastSuccessAt && new Date(s.lastSuccessAt),
  })));
}

export async function getSource(db: Queryable, id: string): Promise<Source | undefined> {
  if (!isUuid(id)) return undefined;
  const [s] = await db.select().from(t.federationSources).where(eq(t.federationSources.id, id));
  return s;
}

export async function setSourcePaused(db: Queryable, id: string, paused: boolean): Promise<boolean> {
  if (!isUuid(id)) return false;
  const r = await db.update(t.federationSources).set({ paused }).where(eq(t.federationSources.id, id)).returning({ id: t.federationSources.id });
  return r.length > 0;
}

/** Removes the subscription and every foreign entry it brought (organisations, services, locations cascade). */
export async function removeSource(db: Queryable, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const r = await db.delete(t.federationSources).where(eq(t.federationSources.id, id)).returning({ id: t.federationSources.id });
  if (r.length) {
    await db.execute(sql`SELECT rebuild_search_vocabulary()`);
    directoryChanged();
  }
  return r.length > 0;
}

/** Sources whose interval has passed since their last pull (not paused). */
export async function dueSources(db: Queryable, now = new Date()): Promise<string[]> {
  const list = await rows<{ id: string }>(db, sql`
    SELECT id FROM federation_sources WHERE NOT paused
      AND (last_pull_at IS NULL OR last_pull_at + make_interval(mins => interval_minutes) <= ${now.toISOString()}::timestamptz)`);
  return list.map((r) => r.id);
}

/** The labels of the sources of foreign services (for search results and pages); own services are absent. */
export async function sourceLabels(db: Queryable, serviceIds: string[]): Promise<Map<string, string>> {
  if (!serviceIds.length) return new Map();
  const list = await rows<{ id: string; label: string }>(db, sql`
    SELECT s.id, f.label FROM services s JOIN federation_sources f ON f.id = s.source_id WHERE s.id = ANY(${sql.param(serviceIds)}::uuid[])`);
  return new Map(list.map((r) => [r.id, r.label]));
}

// ---------------------------------------------------------------------------------------------
// Ids

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

/** The local id of a source's record: a name-based UUID (version 5 layout) of the source id and the foreign id. */
export function foreignId(sourceId: string, id: string): string {
  const h = createHash('sha1').update(`zugang-federation:${sourceId}:${id.toLowerCase()}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const ID_KEYS = new Set(['id', 'organization_id', 'service_id', 'location_id', 'service_at_location_id', 'parent_organization_id', 'link_id',
  'taxonomy_term_id', 'parent_id', 'taxonomy_id', 'contact_id', 'phone_id']);

/**
 * The foreign service with every id mapped into the source's namespace, except taxonomy terms and
 * taxonomies in `known` (this instance's own vocabulary): those keep their ids and their nested details
 * are dropped, so a source cannot rename a local term. Attributes whose term is neither known nor delivered
 * are dropped (the term could not be stored). `district_id` (Zugang's extension) is the source's Sozialraum,
 * meaningless here: dropped (the importer assigns our own from the coordinates).
 */
export function mapForeignService(sourceId: string, raw: Record<string, unknown>, known: Set<string>): Record<string, unknown> {
  const map = (v: unknown) => (isUuid(v) ? (known.has(v.toLowerCase()) ? v.toLowerCase() : foreignId(sourceId, v)) : v);
  const walk = (node: unknown, key?: string): unknown => {
    if (Array.isArray(node)) {
      const list = node.map((x) => walk(x, key));
      if (key === 'attributes') return list.filter((a) => a && typeof a === 'object' && (known.has(String((a as Record<string, unknown>).taxonomy_term_id)) || (a as Record<string, unknown>).taxonomy_term));
      return list;
    }
    if (!node || typeof node !== 'object') return node;
    const o = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      if (k === 'district_id' || k === 'metadata' || k === 'source_id') continue;
      if ((k === 'taxonomy_term' || k === 'taxonomy_detail') && v && typeof v === 'object' && isUuid((v as Record<string, unknown>).id) && known.has(((v as Record<string, unknown>).id as string).toLowerCase())) continue;
      out[k] = ID_KEYS.has(k) ? map(v) : walk(v, k);
    }
    return out;
  };
  return walk(raw) as Record<string, unknown>;
}

/** Every uuid under a taxonomy key of the raw services (terms and taxonomies they mention). */
function taxonomyIds(raws: unknown[]): string[] {
  const out = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if ((k === 'taxonomy_term_id' || k === 'taxonomy_id' || k === 'parent_id') && isUuid(v)) out.add(v.toLowerCase());
      else if ((k === 'taxonomy_term' || k === 'taxonomy_detail') && v && typeof v === 'object' && isUuid((v as Record<string, unknown>).id)) {
        out.add(((v as Record<string, unknown>).id as string).toLowerCase());
        walk(v);
      } else walk(v);
    }
  };
  walk(raws);
  return [...out];
}

async function knownTaxonomyIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const list = await rows<{ id: string }>(db, sql`
    SELECT id FROM taxonomy_terms WHERE id = ANY(${sql.param(ids)}::uuid[])
    UNION SELECT id FROM taxonomies WHERE id = ANY(${sql.param(ids)}::uuid[])`);
  return new Set(list.map((r) => r.id));
}

// ---------------------------------------------------------------------------------------------
// Fetching

export type FetchOptions = {
  /** Per request; for a streamed answer, the longest wait for its next bytes. */
  timeoutMs?: number; fetch?: typeof fetch;
  /** The largest answer read from a source, or line of a streamed one (default MAX_ANSWER_BYTES); a larger one fails the pull. */
  maxBytes?: number;
};
const MAX_REDIRECTS = 5;
/**
 * A page of 500 full services is 5–10 MB, the id listing of 100,000 services ~30 MB. A source that sends
 * more in one answer (by mistake or on purpose) fails its pull instead of filling this instance's memory.
 */
export const MAX_ANSWER_BYTES = 128 * 1024 * 1024;
/** However steadily a source streams, one answer ends after this long. */
const MAX_STREAM_MS = 60 * 60_000;

export class SourceError extends Error {
  constructor(message: string, readonly status?: number) { super(message); }
}

const tooLarge = (url: string, max: number, what = 'an answer') =>
  new SourceError(`${url} sent ${what} larger than ${max >= 1048576 ? `${Math.round(max / 1048576)} MB` : `${max} bytes`}, the most one answer may have`);

/**
 * The body as text, read up to `max` bytes: a larger answer (declared or streamed) is broken off, and so is
 * one the request's signal ends (`timeoutMs` for the message).
 */
async function readCapped(res: Response, max: number, url: string, timeoutMs: number): Promise<string> {
  if (Number(res.headers.get('content-length') ?? 0) > max) { await res.body?.cancel().catch(() => {}); throw tooLarge(url, max); }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) { await reader.cancel().catch(() => {}); throw tooLarge(url, max); }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if ((e as Error).name === 'TimeoutError') throw failure(e, url, timeoutMs);
    throw new SourceError(`${url} broke off its answer (${(e as Error).message})`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A failed fetch or body read as the source's error (a timeout says how long was waited). */
function failure(e: unknown, url: string, timeoutMs: number): SourceError {
  if (e instanceof SourceError) return e;
  const err = e as Error & { cause?: { code?: string } };
  if (err.name === 'TimeoutError') return new SourceError(`no answer from ${url} within ${timeoutMs / 1000} s`);
  return new SourceError(`${url} not reachable (${err.cause?.code ?? err.message})`);
}

/** GET with a 2xx answer: redirects followed only to http(s) (never to file:, data: …), at most five. */
async function request(url: string, opts: FetchOptions, accept: string, signal: AbortSignal): Promise<{ res: Response; url: string }> {
  const doFetch = opts.fetch ?? fetch;
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res: Response;
    try {
      res = await doFetch(current, { redirect: 'manual', headers: { accept, 'user-agent': 'Zugang-Federation/1' }, signal });
    } catch (e) {
      throw failure(e, current, opts.timeoutMs ?? 30_000);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel().catch(() => {});
      const next = new URL(res.headers.get('location')!, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new SourceError(`${current} redirects to a ${next.protocol} address; only http and https are followed`);
      current = next.href;
      continue;
    }
    if (!res.ok) { await res.body?.cancel().catch(() => {}); throw new SourceError(`${current} answered HTTP ${res.status}`, res.status); }
    return { res, url: current };
  }
  throw new SourceError(`${url}: more than ${MAX_REDIRECTS} redirects`);
}

const parseJson = (text: string, url: string): unknown => {
  try { return JSON.parse(text); } catch { throw new SourceError(`${url} did not send valid JSON`); }
};

/** GET a JSON document (see request): within the timeout, at most maxBytes. */
export async function fetchJson(url: string, opts: FetchOptions = {}): Promise<unknown> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const { res, url: at } = await request(url, opts, 'application/json', AbortSignal.timeout(timeoutMs));
  return parseJson(await readCapped(res, opts.maxBytes ?? MAX_ANSWER_BYTES, at, timeoutMs), at);
}

const envelope = z.object({
  total_items: z.number().int().min(0).optional(),
  total_pages: z.number().int().min(0),
  page_number: z.number().int().optional(),
  last_page: z.boolean().optional(),
  contents: z.array(z.unknown()),
});
type Page = z.infer<typeof envelope>;

function servicesUrl(base: string, params: Record<string, string>): string {
  const u = new URL(`${base}/services`);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.href;
}

function asPage(body: unknown, url: string): Page {
  const page = envelope.safeParse(body);
  if (!page.success) throw new SourceError(`${url} is not an HSDS 3.0 page of services (expected total_pages and contents)`);
  return page.data;
}

async function fetchPage(base: string, params: Record<string, string>, opts: FetchOptions): Promise<Page> {
  const url = servicesUrl(base, params);
  return asPage(await fetchJson(url, opts), url);
}

/**
 * A listing of services as one streamed answer (format=ndjson, one JSON object a line, as Zugang sends it):
 * its entries as they arrive, with a limit on each line instead of the whole, and a timeout on each wait for
 * bytes instead of the whole (a pull of 100,000 full services streams for minutes). A publisher without
 * ndjson answers with its first page instead: then `page` is that page and the caller goes on page by page.
 */
async function openListing(url: string, opts: FetchOptions): Promise<{ entries: AsyncGenerator<unknown> } | { page: Page }> {
  const idleMs = opts.timeoutMs ?? 30_000;
  const max = opts.maxBytes ?? MAX_ANSWER_BYTES;
  const idle = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(new DOMException('idle', 'TimeoutError')), idleMs);
  };
  const signal = AbortSignal.any([idle.signal, AbortSignal.timeout(MAX_STREAM_MS)]);
  let answer: { res: Response; url: string };
  poke();
  try {
    answer = await request(url, opts, 'application/x-ndjson, application/json;q=0.5', signal);
  } finally {
    clearTimeout(timer);
  }
  const { res, url: at } = answer;
  if (!/ndjson/i.test(res.headers.get('content-type') ?? '')) {
    poke();
    try {
      return { page: asPage(parseJson(await readCapped(res, max, at, idleMs), at), at) };
    } finally {
      clearTimeout(timer);
    }
  }
  async function* entries(): AsyncGenerator<unknown> {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let rest = '';
    const parse = (line: string) => {
      try { return JSON.parse(line); } catch { throw new SourceError(`${at} sent a line that is not JSON`); }
    };
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        // The timeout counts only while waiting for the source, not while this instance imports.
        poke();
        try { chunk = await reader.read(); } catch (e) {
          if ((e as Error).name === 'TimeoutError') throw new SourceError(signal.reason === idle.signal.reason
            ? `${at} sent nothing for ${idleMs / 1000} s` : `${at} streamed for longer than ${MAX_STREAM_MS / 60_000} minutes`);
          throw new SourceError(`${at} broke off its answer (${(e as Error).message})`);
        } finally {
          clearTimeout(timer);
        }
        if (chunk.done) break;
        rest += decoder.decode(chunk.value, { stream: true });
        let start = 0;
        for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', start)) {
          const line = rest.slice(start, nl);
          start = nl + 1;
          if (line.trim()) yield parse(line);
        }
        rest = rest.slice(start);
        if (Buffer.byteLength(rest) > max) throw tooLarge(at, max, 'a line');
      }
      rest += decoder.decode();
      if (rest.trim()) yield parse(rest);
    } finally {
      await reader.cancel().catch(() => {});
    }
  }
  return { entries: entries() };
}

// ---------------------------------------------------------------------------------------------
// Pulling

/** Whether a page of the HSDS envelope is the last one (by its own word, its number, or being empty). */
const isLastPage = (data: z.infer<typeof envelope>, page: number) => Boolean(data.last_page) || page >= data.total_pages || data.contents.length === 0;

type Checked = { ok: true; service: HsdsService } | { ok: false; problem: string };

/** One service of a source, mapped into the source's id space and validated on its own, or why not. */
function checkForeignService(sourceId: string, raw: unknown, known: Set<string>): Checked {
  const foreign = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
  if (!raw || typeof raw !== 'object' || !isUuid(foreign)) return { ok: false, problem: `${JSON.stringify(foreign ?? null)}: no UUID id` };
  const parsed = serviceSchema.safeParse(mapForeignService(sourceId, raw as Record<string, unknown>, known));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${foreign}: ${issue.path.join('.') || '(service)'} ${issue.message}` };
  }
  // Foreign records are stored whole: an organisation or location given only by id would be one of the source's, unknown here.
  const partial = !parsed.data.organization ? 'organization' : parsed.data.service_at_locations?.some((sal) => !sal.location) ? 'service_at_locations.location' : null;
  if (partial) return { ok: false, problem: `${foreign}: ${partial} must be nested (full=true)` };
  return { ok: true, service: parsed.data };
}

export type PullOptions = FetchOptions & {
  perPage?: number;
  /** Full id listing for deletions (default); off: only the incremental part. */
  deletions?: boolean;
  log?: { info(obj: unknown, msg?: string): void; warn(obj: unknown, msg?: string): void };
  now?: () => Date;
};

/** How much earlier than the last successful pull's start the next one asks (clocks of two servers differ). */
const CLOCK_MARGIN_MS = 2 * 60_000;
const MAX_PAGES = 10_000;
/** The most services one answer of a source may stream. */
const MAX_ENTRIES = 5_000_000;
const MAX_REPORTED = 5;

/**
 * A listing of the source's services, in batches of `size`: one streamed answer where the source offers
 * format=ndjson (Zugang does: no pages to count and skip), otherwise page by page. `params` ask for the
 * first page; `extensions` are Zugang's own parameters, which other publishers ignore, and which a strict
 * publisher that refuses unknown parameters is asked again without.
 */
async function* listingBatches(base: string, params: Record<string, string>, extensions: Record<string, string>, size: number, opts: FetchOptions): AsyncGenerator<unknown[]> {
  let first: Awaited<ReturnType<typeof openListing>>;
  let asked = { ...params, ...extensions };
  try {
    first = await openListing(servicesUrl(base, { ...asked, format: 'ndjson' }), opts);
  } catch (e) {
    if (!(e instanceof SourceError && e.status && [400, 406, 422].includes(e.status))) throw e;
    asked = params;
    first = { page: await fetchPage(base, asked, opts) };
  }
  if ('entries' in first) {
    let batch: unknown[] = [];
    let count = 0;
    for await (const entry of first.entries) {
      if (++count > MAX_ENTRIES) throw new SourceError(`${base} sent more than ${MAX_ENTRIES} services in one listing`);
      batch.push(entry);
      if (batch.length === size) { yield batch; batch = []; }
    }
    if (batch.length) yield batch;
    return;
  }
  let data = first.page;
  for (let page = 1; ; page++) {
    yield data.contents;
    if (isLastPage(data, page) || page >= MAX_PAGES) return;
    data = await fetchPage(base, { ...asked, page: String(page + 1) }, opts);
  }
}

/**
 * Pulls one source: what changed since its last successful pull, then what it deleted. Never throws for a
 * failing source: the outcome is recorded on the source (and returned).
 */
export async function pullSource(db: Queryable, sourceId: string, opts: PullOptions = {}): Promise<PullResult> {
  const source = await getSource(db, sourceId);
  if (!source) throw new Error(`no federation source ${sourceId}`);
  const now = opts.now ?? (() => new Date());
  const startedAt = now();
  await db.update(t.federationSources).set({ lastPullAt: startedAt, lastStatus: 'running' }).where(eq(t.federationSources.id, source.id));
  const counts: PullCounts = { received: 0, changed: 0, unchanged: 0, skipped: 0, deleted: 0 };
  const invalid: string[] = [];
  const perPage = opts.perPage ?? 500;
  const timings = { fetchMs: 0, importMs: 0, finishMs: 0, deletionsMs: 0 };
  const timed = async <T>(phase: keyof typeof timings, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try { return await f(); } finally { timings[phase] += Math.round(performance.now() - t0); }
  };
  let result: PullResult;
  try {
    const since = source.lastSuccessAt ? new Date(source.lastSuccessAt.getTime() - CLOCK_MARGIN_MS).toISOString() : undefined;
    // The next batch is read and validated (in slices, between the statements of the import) while this
    // one is written: the source renders, this instance validates and imports.
    // With their translations (Zugang's extension): a neighbour's offer shows in English, Turkish, Arabic or
    // Ukrainian where the neighbour has the text, as this instance's own entries do.
    const batches = listingBatches(source.url, { full: 'true', per_page: String(perPage), page: '1', ...(since ? { modified_after: since } : {}) },
      { translations: 'true' }, perPage, opts);
    const prepare = async () => {
      const next = await timed('fetchMs', () => batches.next());
      if (next.done) return null;
      const known = await knownTaxonomyIds(db, taxonomyIds(next.value));
      return { received: next.value.length, checked: await validateInSlices(next.value, (raw) => checkForeignService(source.id, raw, known)) };
    };
    // The source's id listing (for what it deleted) is read meanwhile; what this pull receives counts as
    // present, since it existed at the source while the pull ran, even if the listing was read before.
    const received = new Set<string>();
    const listing = opts.deletions !== false ? timed('deletionsMs', () => idListing(source, perPage, opts)) : undefined;
    listing?.catch(() => undefined);
    try {
      let next = prepare();
      for (;;) {
        const batch = await next;
        if (!batch) break;
        next = prepare();
        next.catch(() => undefined);
        counts.received += batch.received;
        const valid: HsdsService[] = [];
        for (const c of batch.checked) {
          if (c.ok) { valid.push(c.service); received.add(c.service.id); continue; }
          counts.skipped++;
          if (invalid.length < MAX_REPORTED) invalid.push(c.problem);
        }
        if (valid.length) {
          const r = await timed('importMs', () => importServices(db, valid, undefined, { sourceId: source.id, search: 'defer', vocabulary: false }));
          counts.changed += r.changed;
          counts.unchanged += r.unchanged;
        }
      }
    } finally {
      // A failed pull closes the source's answer.
      await batches.return(undefined).catch(() => undefined);
    }
    await timed('finishMs', async () => {
      await finishImport(db, { vocabulary: false });
    });
    if (listing) {
      const present = await listing;
      counts.deleted = await timed('deletionsMs', () => removeMissing(db, source, present, received));
    }
    if (counts.changed || counts.deleted) await timed('finishMs', () => db.execute(sql`SELECT rebuild_search_vocabulary()`));
    directoryChanged();
    const error = invalid.length ? `${counts.skipped} invalid entries skipped: ${invalid.join('; ')}${counts.skipped > invalid.length ? '; …' : ''}` : null;
    result = { status: counts.skipped ? 'warning' : 'ok', counts, error, timings };
    await db.update(t.federationSources).set({ lastSuccessAt: startedAt, lastPullFinishedAt: now(), lastStatus: result.status, lastError: error, lastCounts: counts })
      .where(eq(t.federationSources.id, source.id));
    opts.log?.info({ source: source.id, url: source.url, ...counts }, 'federation pull finished');
  } catch (e) {
    // Entries written before the failure stay (each batch is whole); the next pull asks again from the same point.
    await finishImport(db, { vocabulary: false }).catch(() => undefined);
    const message = e instanceof SourceError ? e.message : `unexpected error: ${(e as Error).message}`;
    result = { status: 'error', counts, error: message, timings };
    await db.update(t.federationSources).set({ lastPullFinishedAt: now(), lastStatus: 'error', lastError: message, lastCounts: counts })
      .where(eq(t.federationSources.id, source.id));
    opts.log?.warn({ source: source.id, url: source.url, err: message }, 'federation pull failed');
  }
  return result;
}

/**
 * The source's complete id listing (minimal=true), as local ids: the count from a page of one, then every id
 * in one streamed request where the source offers `format=ndjson` (Zugang does), otherwise page by page.
 * Only a listing that arrived completely (at least as many ids as the source counts) may delete anything:
 * an incomplete one throws.
 */
async function idListing(source: Source, perPage: number, opts: FetchOptions): Promise<string[]> {
  const expected = (await fetchPage(source.url, { minimal: 'true', per_page: '1', page: '1' }, opts)).total_items;
  const ids: string[] = [];
  const add = (c: unknown) => {
    const id = c && typeof c === 'object' ? (c as Record<string, unknown>).id : undefined;
    if (isUuid(id)) ids.push(foreignId(source.id, id));
  };
  const size = Math.max(perPage, 500);
  for await (const batch of listingBatches(source.url, { minimal: 'true', per_page: String(size), page: '1' }, {}, size, opts)) batch.forEach(add);
  if (expected !== undefined && ids.length < expected) throw new SourceError(`the id listing of ${source.url} was incomplete (${ids.length} of ${expected}); nothing deleted`);
  return ids;
}

/** The source's foreign entries neither in its id listing nor received by this pull were deleted at the source. */
async function removeMissing(db: Queryable, source: Source, listed: string[], received: Set<string>): Promise<number> {
  const keep = [...new Set([...listed, ...received])];
  return db.transaction(async (tx) => {
    const gone = await rows<{ id: string }>(tx, sql`
      DELETE FROM services WHERE source_id = ${source.id}::uuid AND NOT (id = ANY(${sql.param(keep)}::uuid[])) RETURNING id`);
    // What only the deleted services used.
    await tx.execute(sql`DELETE FROM locations l WHERE l.source_id = ${source.id}::uuid
      AND NOT EXISTS (SELECT 1 FROM service_at_locations sal WHERE sal.location_id = l.id)`);
    await tx.execute(sql`DELETE FROM organizations o WHERE o.source_id = ${source.id}::uuid
      AND NOT EXISTS (SELECT 1 FROM services s WHERE s.organization_id = o.id)`);
    return gone.length;
  });
}

/** Where a source's entries are: for tests and the CLI. */
export async function foreignServiceCount(db: Queryable, sourceId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(t.services).where(and(eq(t.services.sourceId, sourceId)));
  return r.n;
}

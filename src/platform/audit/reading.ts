// Reading the audit log, for the data protection officer (permission audit.read): a filter by the person
// concerned, the acting person, period, action and outcome; pages newest first by keyset on the id (the
// log grows without end, so no OFFSET and no total count); the CSV export in pages. Each filter column has
// an index ending in the id (schema.ts), so a page is one backwards range read. The routes audit every read.
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db.ts';
import { rows } from '../db.ts';
import { findPeople, peopleByIds, type Person } from '../../modules/accounts/people.ts';
import { organizationNames } from '../../modules/directory/service.ts';

export const OUTCOMES = ['allowed', 'denied', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The filter as typed; it comes back into the form unchanged. */
export type AuditFilterInput = { person: string; actor: string; from: string; to: string; action: string; outcome: string };
export const FILTER_FIELDS = ['person', 'actor', 'from', 'to', 'action', 'outcome'] as const satisfies readonly (keyof AuditFilterInput)[];
export type FilterProblem = { field: keyof AuditFilterInput; key: string };

/** The checked filter: dates as YYYY-MM-DD (days in the configured time zone, both inclusive). */
export type AuditFilter = { person?: string; actor?: string; from?: string; to?: string; action?: string; outcome?: Outcome };

/** Accounts a person search may match; more, and the search must be narrower. */
export const MAX_PEOPLE = 50;
const MAX_TEXT = 200;

/** `2026-03-01` (the browser's date field) or `1.3.2026` (typed by hand); anything else is no date. */
export function parseDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : german ? [german[3], german[2], german[1]].map(Number) : [];
  if (y === undefined || y < 1970 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function parseAuditFilter(input: AuditFilterInput): { filter: AuditFilter; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];
  const filter: AuditFilter = {};
  for (const field of FILTER_FIELDS) {
    if (input[field].length > MAX_TEXT) problems.push({ field, key: 'auditLog.errors.tooLong' });
  }
  if (problems.length) return { filter, problems };
  const person = input.person.trim();
  const actor = input.actor.trim();
  if (person) filter.person = person;
  if (actor) filter.actor = actor;
  for (const field of ['from', 'to'] as const) {
    const text = input[field].trim();
    if (!text) continue;
    const day = parseDay(text);
    if (day) filter[field] = day;
    else problems.push({ field, key: 'auditLog.errors.dateInvalid' });
  }
  if (filter.from && filter.to && filter.to < filter.from) problems.push({ field: 'to', key: 'auditLog.errors.toBeforeFrom' });
  if (input.action.trim()) filter.action = input.action.trim();
  const outcome = input.outcome.trim();
  if (outcome) {
    if ((OUTCOMES as readonly string[]).includes(outcome)) filter.outcome = outcome as Outcome;
    else problems.push({ field: 'outcome', key: 'auditLog.errors.outcomeInvalid' });
  }
  return { filter, problems };
}

/**
 * A filter whose person searches are resolved to account ids, and whose period is also known as the range
 * of ids it spans (`idRange`, null: no entry in the period).
 */
export type ResolvedFilter = AuditFilter & { subjectIds?: string[]; actorIds?: string[]; idRange?: { lo: number; hi: number } | null };
export type Resolution = { filter: ResolvedFilter; people: { person?: Person[]; actor?: Person[] }; problems: FilterProblem[] };

export async function resolveAuditFilter(db: Queryable, filter: AuditFilter, timeZone: string): Promise<Resolution> {
  const resolved: ResolvedFilter = { ...filter };
  if (filter.from || filter.to) resolved.idRange = await periodIdRange(db, filter, timeZone);
  const people: Resolution['people'] = {};
  const problems: FilterProblem[] = [];
  for (const [field, key] of [['person', 'subjectIds'], ['actor', 'actorIds']] as const) {
    const text = filter[field];
    if (!text) continue;
    const found = await findPeople(db, text, MAX_PEOPLE + 1);
    if (found.ids.length > MAX_PEOPLE) { problems.push({ field, key: 'auditLog.errors.tooManyPeople' }); continue; }
    resolved[key] = found.ids;
    people[field] = found.people;
  }
  return { filter: resolved, people, problems };
}

function period(f: AuditFilter, timeZone: string): SQL[] {
  const where: SQL[] = [];
  // Whole days in the municipality's time zone: from the start of `from` to the start of the day after `to`.
  if (f.from) where.push(sql`at >= (${f.from}::date::timestamp AT TIME ZONE ${timeZone})`);
  if (f.to) where.push(sql`at < ((${f.to}::date + 1)::timestamp AT TIME ZONE ${timeZone})`);
  return where;
}

/**
 * The ids a period spans, from the (at, id) index alone. The planner cannot know that ids grow with the
 * time, so with the period alone it would read the log backwards from the newest entry (measured: 100 ms
 * for a week in the middle of 300,000 entries); bounded by these ids it reads only the period (1 ms). (Not derived from the times of single entries: an entry's time is its
 * transaction's start, so ids and times are in the same order only roughly.)
 */
async function periodIdRange(db: Queryable, f: AuditFilter, timeZone: string): Promise<{ lo: number; hi: number } | null> {
  // OFFSET 0 keeps the planner from turning min/max into backward scans of the primary key.
  const [r] = await rows<{ lo: string | number | null; hi: string | number | null }>(db, sql`
    SELECT min(id) AS lo, max(id) AS hi FROM (SELECT id FROM audit_log WHERE ${and(period(f, timeZone))} OFFSET 0) p`);
  return r?.lo == null || r.hi == null ? null : { lo: Number(r.lo), hi: Number(r.hi) };
}

/** One account: equality, so that the (column, id) index delivers the newest first and stops after a page. */
function oneOf(column: SQL, ids: string[]): SQL {
  if (!ids.length) return sql`false`;
  return ids.length === 1 ? sql`${column} = ${ids[0]}::uuid` : sql`${column} = ANY(${sql.param(ids)}::uuid[])`;
}

function conditions(f: ResolvedFilter, timeZone: string): SQL[] {
  const where: SQL[] = [];
  if (f.subjectIds) where.push(oneOf(sql`subject_user_id`, f.subjectIds));
  if (f.actorIds) where.push(oneOf(sql`actor_user_id`, f.actorIds));
  if (f.idRange === null) where.push(sql`false`);
  else if (f.idRange) where.push(sql`id BETWEEN ${f.idRange.lo} AND ${f.idRange.hi}`);
  where.push(...period(f, timeZone));
  if (f.action) where.push(sql`action = ${f.action}`);
  if (f.outcome) where.push(sql`outcome = ${f.outcome}`);
  return where;
}

const and = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` AND `) : sql`true`);

export type AuditRow = {
  id: number; at: Date; actorUserId: string | null; actorRole: string | null; actorOrganizationId: string | null; action: string;
  resourceType: string | null; resourceId: string | null; subjectUserId: string | null; purpose: string | null; outcome: Outcome;
  ip: string | null; correlationId: string | null;
};

type RawRow = {
  id: string | number; at: Date | string; actor_user_id: string | null; actor_role: string | null; actor_organization_id: string | null;
  action: string; resource_type: string | null; resource_id: string | null; subject_user_id: string | null; purpose: string | null;
  outcome: Outcome; ip: string | null; correlation_id: string | null;
};

const COLUMNS = sql`id, at, actor_user_id, actor_role, actor_organization_id, action, resource_type, resource_id, subject_user_id, purpose, outcome, ip, correlation_id`;

function toRow(r: RawRow): AuditRow {
  return {
    id: Number(r.id), at: new Date(r.at), actorUserId: r.actor_user_id, actorRole: r.actor_role, actorOrganizationId: r.actor_organization_id,
    action: r.action, resourceType: r.resource_type, resourceId: r.resource_id, subjectUserId: r.subject_user_id, purpose: r.purpose,
    outcome: r.outcome, ip: r.ip, correlationId: r.correlation_id,
  };
}

async function exists(db: Queryable, where: SQL[]): Promise<boolean> {
  return (await rows(db, sql`SELECT 1 FROM audit_log WHERE ${and(where)} LIMIT 1`)).length > 0;
}

export type AuditPage = { entries: AuditRow[]; newerThan: number | null; olderThan: number | null };

/**
 * One page, newest first: the entries with ids below `before`, or (going back towards the newest) the
 * entries just above `after`. `olderThan` is the `before` of the next older page, `newerThan` the `after`
 * of the next newer one; null where there is none.
 */
export async function auditPage(db: Queryable, f: ResolvedFilter, timeZone: string, cursor: { before?: number; after?: number }, size = 50): Promise<AuditPage> {
  const where = conditions(f, timeZone);
  let entries: AuditRow[];
  if (cursor.after !== undefined) {
    const list = (await rows<RawRow>(db, sql`SELECT ${COLUMNS} FROM audit_log WHERE ${and([...where, sql`id > ${cursor.after}`])} ORDER BY id ASC LIMIT ${size}`)).map(toRow);
    entries = list.reverse();
  } else {
    const bound = cursor.before !== undefined ? [sql`id < ${cursor.before}`] : [];
    entries = (await rows<RawRow>(db, sql`SELECT ${COLUMNS} FROM audit_log WHERE ${and([...where, ...bound])} ORDER BY id DESC LIMIT ${size}`)).map(toRow);
  }
  let newerThan: number | null = null;
  let olderThan: number | null = null;
  if (entries.length) {
    const [first, last] = [entries[0].id, entries[entries.length - 1].id];
    if (await exists(db, [...where, sql`id > ${first}`])) newerThan = first;
    if (await exists(db, [...where, sql`id < ${last}`])) olderThan = last;
  } else if (cursor.before !== undefined && await exists(db, [...where, sql`id >= ${cursor.before}`])) {
    newerThan = cursor.before - 1;
  } else if (cursor.after !== undefined && await exists(db, [...where, sql`id <= ${cursor.after}`])) {
    olderThan = cursor.after + 1;
  }
  return { entries, newerThan, olderThan };
}

/** Every entry the filter matches, newest first, in pages (the whole log never sits in memory). */
export async function* auditPages(db: Queryable, f: ResolvedFilter, timeZone: string, size = 1_000): AsyncGenerator<AuditRow[]> {
  const where = conditions(f, timeZone);
  let before: number | undefined;
  for (;;) {
    const bound = before !== undefined ? [sql`id < ${before}`] : [];
    const page = (await rows<RawRow>(db, sql`SELECT ${COLUMNS} FROM audit_log WHERE ${and([...where, ...bound])} ORDER BY id DESC LIMIT ${size}`)).map(toRow);
    if (page.length) yield page;
    if (page.length < size) return;
    before = page[page.length - 1].id;
  }
}

/** The actions present in the log, through the action index one value at a time (not a scan of the log). */
export async function auditActions(db: Queryable): Promise<string[]> {
  const list = await rows<{ action: string }>(db, sql`
    WITH RECURSIVE a(action) AS (
      (SELECT action FROM audit_log ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT l.action FROM audit_log l WHERE l.action > a.action ORDER BY l.action LIMIT 1) FROM a WHERE a.action IS NOT NULL
    )
    SELECT action FROM a WHERE action IS NOT NULL`);
  return list.map((r) => r.action);
}

export type NamedEntry = AuditRow & { actor: Person | null; subject: Person | null; organizationName: string | null };

/** The names behind the ids of a page: the acting person, the person concerned, the organisation. */
export async function nameEntries(db: Queryable, entries: AuditRow[]): Promise<NamedEntry[]> {
  const [people, orgs] = await Promise.all([
    peopleByIds(db, entries.flatMap((e) => [e.actorUserId, e.subjectUserId]).filter((id): id is string => id !== null)),
    organizationNames(db, entries.map((e) => e.actorOrganizationId).filter((id): id is string => id !== null)),
  ]);
  return entries.map((e) => ({
    ...e,
    actor: e.actorUserId ? people.get(e.actorUserId) ?? null : null,
    subject: e.subjectUserId ? people.get(e.subjectUserId) ?? null : null,
    organizationName: e.actorOrganizationId ? orgs.get(e.actorOrganizationId) ?? null : null,
  }));
}

/**
 * One CSV field for German Excel (semicolon-separated): quoted where needed, and a leading = + - @ or
 * control character defused with an apostrophe, so that no cell becomes a formula.
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number | null | undefined)[]) => fields.map(csvField).join(';') + '\r\n';

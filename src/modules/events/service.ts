// Read models of the public event pages: the calendar (sessions in a period, with the filters of the
// directory search) and one event with everything a visitor needs. Public information, no personal data.
// The events module reads the directory's published tables (organisations, services, locations,
// addresses, districts, taxonomy terms) for names, places and filters: they are public, and the filters
// need them in the same SQL.
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import type { Lang } from '../../platform/i18n.ts';
import type { EventFormat } from './schema.ts';

const flag = z.union([z.boolean(), z.enum(['1', 'true', 'on', '0', 'false', 'off', ''])]).transform((v) => v === true || v === '1' || v === 'true' || v === 'on');
const blank = z.literal('').transform(() => undefined);

/** A date typed as TT.MM.JJJJ or sent as YYYY-MM-DD, as YYYY-MM-DD. */
const dateParam = z.string().trim().max(20).transform((v, ctx) => {
  if (!v) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : de ? [de[3], de[2], de[1]].map(Number) : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!Number.isFinite(y) || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 2000 || y > 2100) {
    ctx.addIssue({ code: 'custom', message: 'date' });
    return z.NEVER;
  }
  return date.toISOString().slice(0, 10);
});

/** The calendar's parameters as they come from the URL; each bad value is reported for its field. */
export const calendarParamsSchema = z.object({
  ansicht: z.enum(['woche', 'monat']).optional().or(blank),
  datum: dateParam.optional(),
  von: dateParam.optional(),
  bis: dateParam.optional(),
  lebenslage: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().or(blank),
  sozialraum: z.string().max(60).regex(/^[\p{L}\p{N}_-]+$/u).optional().or(blank),
  age: z.union([blank, z.coerce.number().int().min(0).max(120)]).optional(),
  sprache: z.string().regex(/^[a-z]{2,3}$/).optional().or(blank),
  kostenfrei: flag.optional(),
});
export type CalendarParams = z.output<typeof calendarParamsSchema>;

export type Period = { kind: 'week' | 'month' | 'range'; from: string; to: string; previous?: string; next?: string };

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Today's date in the time zone (YYYY-MM-DD). */
export function localToday(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The period to show: a date range when given, else the week (Monday to Sunday) or month around `datum` (default today). */
export function periodOf(p: CalendarParams, today: string): Period {
  if (p.von || p.bis) {
    const from = p.von ?? today;
    return { kind: 'range', from, to: p.bis ?? addDays(from, 30) };
  }
  const anchor = p.datum ?? today;
  if (p.ansicht === 'woche') {
    const weekday = (new Date(`${anchor}T00:00:00Z`).getUTCDay() + 6) % 7;
    const from = addDays(anchor, -weekday);
    return { kind: 'week', from, to: addDays(from, 6), previous: addDays(from, -7), next: addDays(from, 7) };
  }
  const from = `${anchor.slice(0, 8)}01`;
  const d = new Date(`${from}T00:00:00Z`);
  const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const previous = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
  return { kind: 'month', from, to: addDays(next, -1), previous, next };
}

export type CalendarEntry = {
  sessionId: string; eventId: string; title: string;
  /** The session's day in the municipality's time zone (YYYY-MM-DD). */
  day: string; translated: boolean; format: EventFormat; startsAt: Date; endsAt: Date;
  organizationName: string; place: string | null; districtName: string | null; online: boolean; room: string | null;
  sessionCount: number; fee: number | null; capacity: number; confirmedPlaces: number; waiting: boolean;
  status: 'scheduled' | 'cancelled'; registrationClosed: boolean; minimumAge: number | null; maximumAge: number | null;
};

/** At most this many sessions in one period (a month of a large municipality); more are reported, not shown. */
export const CALENDAR_LIMIT = 300;

export function eventFilters(p: Pick<CalendarParams, 'lebenslage' | 'sozialraum' | 'age' | 'sprache' | 'kostenfrei'> & { serviceId?: string; organizationId?: string }): SQL[] {
  const f: SQL[] = [];
  if (p.lebenslage) f.push(sql`e.term_ids && ARRAY(SELECT id FROM taxonomy_terms WHERE code = ${p.lebenslage} OR parent_id IN (SELECT id FROM taxonomy_terms WHERE code = ${p.lebenslage}))`);
  if (p.sozialraum) f.push(sql`EXISTS (SELECT 1 FROM event_sessions s2 JOIN locations l2 ON l2.id = s2.location_id JOIN districts d2 ON d2.id = l2.district_id WHERE s2.event_id = e.id AND d2.code = ${p.sozialraum})`);
  if (p.age != null) f.push(sql`coalesce(e.minimum_age, 0) <= ${p.age} AND coalesce(e.maximum_age, 200) >= ${p.age}`);
  if (p.sprache) f.push(sql`${p.sprache} = ANY(e.language_codes)`);
  if (p.kostenfrei) f.push(sql`coalesce(e.fee, 0) = 0`);
  if (p.serviceId) f.push(sql`e.service_id = ${p.serviceId}`);
  if (p.organizationId) f.push(sql`e.organization_id = ${p.organizationId}`);
  return f;
}

/** The sessions of the period that match the filters, in time order, with their event. */
export async function calendar(db: Queryable, p: CalendarParams, period: Period, lang: Lang, timeZone: string): Promise<{ entries: CalendarEntry[]; more: boolean }> {
  const where = sql.join([
    sql`s.starts_at >= (${period.from}::date)::timestamp AT TIME ZONE ${timeZone}`,
    sql`s.starts_at < (${addDays(period.to, 1)}::date)::timestamp AT TIME ZONE ${timeZone}`,
    ...eventFilters(p),
  ], sql` AND `);
  const list = await rows<Record<string, unknown>>(db, sql`
    SELECT s.id AS session_id, e.id AS event_id, to_char(s.starts_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, coalesce(tr.title, e.title) AS title, tr.title IS NOT NULL AS translated, e.format,
      s.starts_at, s.ends_at, o.name AS organization_name, s.room, s.online_url IS NOT NULL AS online,
      l.name AS location_name, (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM addresses a WHERE a.location_id = l.id AND NOT l.confidential ORDER BY a.id LIMIT 1) AS address,
      d.name AS district_name, (SELECT count(*)::int FROM event_sessions x WHERE x.event_id = e.id) AS session_count,
      e.fee, e.capacity, e.confirmed_places, e.status, e.registration_closed, e.minimum_age, e.maximum_age,
      EXISTS (SELECT 1 FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waiting') AS waiting
    FROM event_sessions s
    JOIN events e ON e.id = s.event_id
    JOIN organizations o ON o.id = e.organization_id
    LEFT JOIN event_translations tr ON tr.event_id = e.id AND tr.lang = ${lang} AND ${lang} <> 'de'
    LEFT JOIN locations l ON l.id = s.location_id
    LEFT JOIN districts d ON d.id = l.district_id
    WHERE ${where}
    ORDER BY s.starts_at, e.title, s.id
    LIMIT ${CALENDAR_LIMIT + 1}`);
  return {
    more: list.length > CALENDAR_LIMIT,
    entries: list.slice(0, CALENDAR_LIMIT).map((r) => ({
      sessionId: r.session_id as string, eventId: r.event_id as string, day: r.day as string, title: r.title as string, translated: Boolean(r.translated), format: r.format as EventFormat,
      startsAt: new Date(r.starts_at as string), endsAt: new Date(r.ends_at as string), organizationName: r.organization_name as string,
      place: [r.location_name, r.address].filter(Boolean).join(', ') || null, districtName: (r.district_name as string) ?? null,
      online: Boolean(r.online), room: (r.room as string) ?? null, sessionCount: r.session_count as number,
      fee: r.fee == null ? null : Number(r.fee), capacity: r.capacity as number, confirmedPlaces: r.confirmed_places as number, waiting: Boolean(r.waiting),
      status: r.status as 'scheduled' | 'cancelled', registrationClosed: Boolean(r.registration_closed),
      minimumAge: (r.minimum_age as number) ?? null, maximumAge: (r.maximum_age as number) ?? null,
    })),
  };
}

export type EventDetail = {
  id: string; title: string; description: string; translatedTitle: boolean; translatedDescription: boolean; format: EventFormat;
  topic: string | null; keywords: string[]; situations: { code: string; name: string }[]; targetGroup: string | null;
  minimumAge: number | null; maximumAge: number | null; languageCodes: string[]; fee: number | null; feeReduced: number | null; feeNote: string | null;
  capacity: number; confirmedPlaces: number; waitingCount: number; maxPlacesPerRegistration: number;
  registrationOpensAt: Date | null; registrationClosesAt: Date | null; registrationClosed: boolean; requiresAccount: boolean;
  accessibility: string | null; wheelchair: boolean; status: 'scheduled' | 'cancelled'; startsAt: Date; endsAt: Date;
  organization: { id: string; name: string }; service: { id: string; name: string } | null;
  sessions: { id: string; startsAt: Date; endsAt: Date; place: string | null; districtName: string | null; room: string | null; onlineUrl: string | null; latitude: number | null; longitude: number | null }[];
  speakers: { name: string; affiliation: string | null; contribution: string | null }[];
  questions: { id: string; label: string; kind: 'yes_no' | 'text'; required: boolean }[];
};

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function eventDetail(db: Queryable, id: string, lang: Lang): Promise<EventDetail | null> {
  if (!UUID.test(id)) return null;
  const [e] = await rows<Record<string, unknown>>(db, sql`
    SELECT e.*, o.name AS organization_name, sv.name AS service_name, tr.title AS tr_title, tr.description AS tr_description,
      (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waiting') AS waiting_count
    FROM events e JOIN organizations o ON o.id = e.organization_id LEFT JOIN services sv ON sv.id = e.service_id
    LEFT JOIN event_translations tr ON tr.event_id = e.id AND tr.lang = ${lang} AND ${lang} <> 'de'
    WHERE e.id = ${id}`);
  if (!e) return null;
  const [sessions, speakers, questions, situations] = await Promise.all([
    rows<Record<string, unknown>>(db, sql`
      SELECT s.id, s.starts_at, s.ends_at, s.room, s.online_url, l.name AS location_name, CASE WHEN l.confidential THEN NULL ELSE l.latitude END AS latitude,
        CASE WHEN l.confidential THEN NULL ELSE l.longitude END AS longitude, d.name AS district_name,
        (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM addresses a WHERE a.location_id = l.id AND NOT l.confidential ORDER BY a.id LIMIT 1) AS address
      FROM event_sessions s LEFT JOIN locations l ON l.id = s.location_id LEFT JOIN districts d ON d.id = l.district_id
      WHERE s.event_id = ${id} ORDER BY s.starts_at`),
    rows<{ name: string; affiliation: string | null; contribution: string | null }>(db, sql`SELECT name, affiliation, contribution FROM event_speakers WHERE event_id = ${id} ORDER BY position`),
    rows<{ id: string; label: string; kind: 'yes_no' | 'text'; required: boolean }>(db, sql`SELECT id, label, kind, required FROM event_questions WHERE event_id = ${id} ORDER BY position`),
    rows<{ code: string; name: string }>(db, sql`
      SELECT tt.code, coalesce(tr.value, tt.name) AS name FROM taxonomy_terms tt
      LEFT JOIN translations tr ON tr.entity_id = tt.id AND tr.field = 'name' AND tr.lang = ${lang}
      WHERE tt.id = ANY(${sql.param(e.term_ids as string[])}::uuid[]) ORDER BY tt.parent_id NULLS FIRST, name`),
  ]);
  const date = (v: unknown) => (v == null ? null : new Date(v as string));
  return {
    id, title: (e.tr_title as string) ?? (e.title as string), description: (e.tr_description as string) ?? (e.description as string),
    translatedTitle: e.tr_title != null, translatedDescription: e.tr_description != null, format: e.format as EventFormat,
    topic: (e.topic as string) ?? null, keywords: e.keywords as string[], situations, targetGroup: (e.target_group as string) ?? null,
    minimumAge: (e.minimum_age as number) ?? null, maximumAge: (e.maximum_age as number) ?? null, languageCodes: e.language_codes as string[],
    fee: e.fee == null ? null : Number(e.fee), feeReduced: e.fee_reduced == null ? null : Number(e.fee_reduced), feeNote: (e.fee_note as string) ?? null,
    capacity: e.capacity as number, confirmedPlaces: e.confirmed_places as number, waitingCount: e.waiting_count as number,
    maxPlacesPerRegistration: e.max_places_per_registration as number, registrationOpensAt: date(e.registration_opens_at), registrationClosesAt: date(e.registration_closes_at),
    registrationClosed: Boolean(e.registration_closed), requiresAccount: Boolean(e.requires_account), accessibility: (e.accessibility as string) ?? null,
    wheelchair: Boolean(e.wheelchair), status: e.status as 'scheduled' | 'cancelled', startsAt: new Date(e.starts_at as string), endsAt: new Date(e.ends_at as string),
    organization: { id: e.organization_id as string, name: e.organization_name as string },
    service: e.service_id ? { id: e.service_id as string, name: e.service_name as string } : null,
    sessions: sessions.map((s) => ({
      id: s.id as string, startsAt: new Date(s.starts_at as string), endsAt: new Date(s.ends_at as string),
      place: [s.location_name, s.address].filter(Boolean).join(', ') || null, districtName: (s.district_name as string) ?? null,
      room: (s.room as string) ?? null, onlineUrl: (s.online_url as string) ?? null, latitude: (s.latitude as number) ?? null, longitude: (s.longitude as number) ?? null,
    })),
    speakers, questions,
  };
}

export type UpcomingEvent = { id: string; title: string; startsAt: Date; endsAt: Date; format: EventFormat; status: 'scheduled' | 'cancelled'; full: boolean };

/** The next events of a service or an organisation (for their pages), at most `limit`. */
export async function upcomingEvents(db: Queryable, of: { serviceId?: string; organizationId?: string }, lang: Lang, limit = 5, now = new Date()): Promise<UpcomingEvent[]> {
  const where = sql.join([sql`e.ends_at > ${now.toISOString()}::timestamptz`, ...eventFilters(of)], sql` AND `);
  const list = await rows<Record<string, unknown>>(db, sql`
    SELECT e.id, coalesce(tr.title, e.title) AS title, e.starts_at, e.ends_at, e.format, e.status, e.confirmed_places >= e.capacity AS full
    FROM events e LEFT JOIN event_translations tr ON tr.event_id = e.id AND tr.lang = ${lang} AND ${lang} <> 'de'
    WHERE ${where} ORDER BY e.starts_at, e.id LIMIT ${limit}`);
  return list.map((r) => ({ id: r.id as string, title: r.title as string, startsAt: new Date(r.starts_at as string), endsAt: new Date(r.ends_at as string),
    format: r.format as EventFormat, status: r.status as 'scheduled' | 'cancelled', full: Boolean(r.full) }));
}

/**
 * Upcoming events whose title, description, topic or keywords match the words of a directory search, or
 * that have its life situation; for the search results page. (Events are few next to services: no index
 * of their own yet; a generated tsvector with a GIN index is the step when they grow.)
 */
export async function searchUpcomingEvents(db: Queryable, p: { q?: string; lebenslage?: string }, lang: Lang, limit = 5, now = new Date()): Promise<UpcomingEvent[]> {
  if (!p.q && !p.lebenslage) return [];
  const where = [sql`e.ends_at > ${now.toISOString()}::timestamptz`, sql`e.status = 'scheduled'`, ...eventFilters({ lebenslage: p.lebenslage })];
  if (p.q) {
    // The stored document (events.ts, refreshEventSearch): computing it per event at every search made the
    // results page wait for every event's text to be analysed.
    where.push(sql`e.search_document @@ websearch_to_tsquery('zugang', ${p.q.slice(0, 200)})`);
  }
  const list = await rows<Record<string, unknown>>(db, sql`
    SELECT e.id, coalesce(tr.title, e.title) AS title, e.starts_at, e.ends_at, e.format, e.status, e.confirmed_places >= e.capacity AS full
    FROM events e LEFT JOIN event_translations tr ON tr.event_id = e.id AND tr.lang = ${lang} AND ${lang} <> 'de'
    WHERE ${sql.join(where, sql` AND `)} ORDER BY e.starts_at, e.id LIMIT ${limit}`);
  return list.map((r) => ({ id: r.id as string, title: r.title as string, startsAt: new Date(r.starts_at as string), endsAt: new Date(r.ends_at as string),
    format: r.format as EventFormat, status: r.status as 'scheduled' | 'cancelled', full: Boolean(r.full) }));
}

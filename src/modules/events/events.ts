// Writing events: an event with its sessions, speakers, questions and translations, in one go. Used by
// the organisers' form (editor.ts), the demo loader and the tests. Idempotent by id (the demo loads
// again without duplicates; a reload replaces speakers and updates sessions, questions and translations
// but never touches registrations or the counts taken under the event's lock).
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { eventQuestions, eventSessions, eventSpeakers, eventTranslations, events, type EventFormat } from './schema.ts';

export type EventInput = {
  id?: string;
  organizationId: string;
  serviceId?: string | null;
  title: string;
  description?: string;
  format: EventFormat;
  topic?: string | null;
  keywords?: string[];
  termIds?: string[];
  targetGroup?: string | null;
  minimumAge?: number | null;
  maximumAge?: number | null;
  languageCodes?: string[];
  fee?: number | null;
  feeReduced?: number | null;
  feeNote?: string | null;
  capacity: number;
  maxPlacesPerRegistration?: number;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  requiresAccount?: boolean;
  accessibility?: string | null;
  wheelchair?: boolean;
  /** A session with the `id` of one of the event's sessions is updated in place (its iCalendar UID stays); others are new. */
  sessions: { id?: string; startsAt: Date; endsAt: Date; locationId?: string | null; room?: string | null; onlineUrl?: string | null }[];
  speakers?: { name: string; affiliation?: string | null; contribution?: string | null }[];
  /** Questions keep their ids (answers refer to them); an id that is not one of the event's questions is ignored. */
  questions?: { id?: string; label: string; kind: 'yes_no' | 'text'; required?: boolean }[];
  /** Left as they are when not given (the organisers' form has none). */
  translations?: Record<string, { title?: string; description?: string }>;
};

/** The ids among `ids` that belong to the event in `table` (sessions or questions); nothing for a new event. */
async function ownIds(db: Queryable, table: 'event_sessions' | 'event_questions', eventId: string, ids: (string | undefined)[]): Promise<Set<string>> {
  const wanted = ids.filter((x): x is string => typeof x === 'string' && /^[0-9a-f-]{36}$/i.test(x));
  if (!wanted.length) return new Set();
  const found = await rows<{ id: string }>(db, sql`SELECT id FROM ${sql.identifier(table)} WHERE event_id = ${eventId} AND id = ANY(${sql.param(wanted)}::uuid[])`);
  return new Set(found.map((r) => r.id));
}

export async function saveEvent(db: Queryable, input: EventInput, now = new Date()): Promise<string> {
  if (!input.sessions.length) throw new Error('an event needs at least one session');
  const startsAt = new Date(Math.min(...input.sessions.map((s) => s.startsAt.getTime())));
  const endsAt = new Date(Math.max(...input.sessions.map((s) => s.endsAt.getTime())));
  const values = {
    organizationId: input.organizationId, serviceId: input.serviceId ?? null, title: input.title, description: input.description ?? '',
    format: input.format, topic: input.topic ?? null, keywords: input.keywords ?? [], termIds: input.termIds ?? [], targetGroup: input.targetGroup ?? null,
    minimumAge: input.minimumAge ?? null, maximumAge: input.maximumAge ?? null, languageCodes: input.languageCodes ?? ['de'],
    fee: input.fee ?? null, feeReduced: input.feeReduced ?? null, feeNote: input.feeNote ?? null, capacity: input.capacity,
    maxPlacesPerRegistration: input.maxPlacesPerRegistration ?? 1, registrationOpensAt: input.registrationOpensAt ?? null,
    registrationClosesAt: input.registrationClosesAt ?? null, requiresAccount: input.requiresAccount ?? false,
    accessibility: input.accessibility ?? null, wheelchair: input.wheelchair ?? false, startsAt, endsAt, updatedAt: now,
  };
  const [row] = await db.insert(events).values({ ...(input.id ? { id: input.id } : {}), ...values })
    .onConflictDoUpdate({ target: events.id, set: values }).returning({ id: events.id });
  const id = row.id;

  // Sessions: kept by id where they are the event's own, the others replaced.
  const sessionIds = await ownIds(db, 'event_sessions', id, input.sessions.map((s) => s.id));
  const keptSessions = [...sessionIds];
  await db.delete(eventSessions).where(keptSessions.length
    ? sql`${eventSessions.eventId} = ${id} AND NOT (${eventSessions.id} = ANY(${sql.param(keptSessions)}::uuid[]))` : eq(eventSessions.eventId, id));
  for (const s of input.sessions) {
    const v = { eventId: id, startsAt: s.startsAt, endsAt: s.endsAt, locationId: s.locationId ?? null, room: s.room ?? null, onlineUrl: s.onlineUrl ?? null };
    if (s.id && sessionIds.has(s.id)) await db.update(eventSessions).set(v).where(eq(eventSessions.id, s.id));
    else await db.insert(eventSessions).values(v);
  }

  await db.delete(eventSpeakers).where(eq(eventSpeakers.eventId, id));
  if (input.speakers?.length) {
    await db.insert(eventSpeakers).values(input.speakers.map((s, i) => ({ eventId: id, position: i, name: s.name, affiliation: s.affiliation ?? null, contribution: s.contribution ?? null })));
  }
  // Questions keep their ids (answers refer to them): replaced only when the set changed.
  if (input.questions) {
    const questionIds = await ownIds(db, 'event_questions', id, input.questions.map((q) => q.id));
    const kept = [...questionIds];
    await db.delete(eventQuestions).where(kept.length ? sql`${eventQuestions.eventId} = ${id} AND NOT (${eventQuestions.id} = ANY(${sql.param(kept)}::uuid[]))` : eq(eventQuestions.eventId, id));
    for (const [i, q] of input.questions.entries()) {
      const v = { eventId: id, position: i, label: q.label, kind: q.kind, required: q.required ?? false };
      if (q.id && questionIds.has(q.id)) await db.update(eventQuestions).set(v).where(eq(eventQuestions.id, q.id));
      else await db.insert(eventQuestions).values(v);
    }
  }
  if (input.translations) {
    await db.delete(eventTranslations).where(eq(eventTranslations.eventId, id));
    const tr = Object.entries(input.translations).filter(([, v]) => v.title || v.description);
    if (tr.length) await db.insert(eventTranslations).values(tr.map(([lang, v]) => ({ eventId: id, lang, title: v.title ?? null, description: v.description ?? null })));
  }
  await refreshEventSearch(db, id);
  return id;
}

/** A local date (YYYY-MM-DD) and time (HH:MM) in the time zone, as an instant. */
export function localInstant(isoDate: string, hhmm: string, timeZone: string): Date {
  const wall = Date.parse(`${isoDate}T${hhmm}:00Z`);
  const shownAt = (at: number) => { const p = localParts(new Date(at), timeZone); return Date.parse(`${p.date}T${p.time}:00Z`); };
  const first = wall - (shownAt(wall) - wall);
  // Near a change of the clocks the offset at the guess may differ from the answer's: one more step.
  return new Date(first - (shownAt(first) - wall));
}

/** An instant as the local date (YYYY-MM-DD) and time (HH:MM) in the time zone. */
export function localParts(at: Date, timeZone: string): { date: string; time: string } {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(at).reduce<Record<string, string>>((o, x) => ({ ...o, [x.type]: x.value }), {});
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * The event's search document (title, description, topic, keywords, translated titles), for events in the
 * directory's search results: computed when the event is saved, not at every search. The same expression
 * as migrations/0021_events_search_document.sql.
 */
export async function refreshEventSearch(db: Queryable, id: string) {
  await db.execute(sql`UPDATE events SET search_document = to_tsvector('zugang', title || ' ' || description || ' ' || coalesce(topic, '') || ' ' || array_to_string(keywords, ' ')
    || ' ' || coalesce((SELECT string_agg(coalesce(t.title, ''), ' ') FROM event_translations t WHERE t.event_id = events.id), '')) WHERE id = ${id}`);
}

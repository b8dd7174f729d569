// Writing events: an event with its sessions, speakers, questions and translations, in one go. Used by
// the demo loader and the tests now, by the organisers' pages later. Idempotent by id (the demo loads
// again without duplicates; a reload replaces sessions, speakers, questions and translations but never
// touches registrations or the counts taken under the event's lock).
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
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
  sessions: { startsAt: Date; endsAt: Date; locationId?: string | null; room?: string | null; onlineUrl?: string | null }[];
  speakers?: { name: string; affiliation?: string | null; contribution?: string | null }[];
  questions?: { id?: string; label: string; kind: 'yes_no' | 'text'; required?: boolean }[];
  translations?: Record<string, { title?: string; description?: string }>;
};

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
  await db.delete(eventSessions).where(eq(eventSessions.eventId, id));
  await db.insert(eventSessions).values(input.sessions.map((s) => ({ eventId: id, startsAt: s.startsAt, endsAt: s.endsAt, locationId: s.locationId ?? null,
    room: s.room ?? null, onlineUrl: s.onlineUrl ?? null })));
  await db.delete(eventSpeakers).where(eq(eventSpeakers.eventId, id));
  if (input.speakers?.length) {
    await db.insert(eventSpeakers).values(input.speakers.map((s, i) => ({ eventId: id, position: i, name: s.name, affiliation: s.affiliation ?? null, contribution: s.contribution ?? null })));
  }
  // Questions keep their ids (answers refer to them): replaced only when the set changed.
  if (input.questions) {
    const ids = input.questions.map((q) => q.id).filter((x): x is string => Boolean(x));
    await db.delete(eventQuestions).where(ids.length ? sql`${eventQuestions.eventId} = ${id} AND NOT (${eventQuestions.id} = ANY(${sql.param(ids)}::uuid[]))` : eq(eventQuestions.eventId, id));
    for (const [i, q] of input.questions.entries()) {
      const v = { eventId: id, position: i, label: q.label, kind: q.kind, required: q.required ?? false };
      await db.insert(eventQuestions).values({ ...(q.id ? { id: q.id } : {}), ...v }).onConflictDoUpdate({ target: eventQuestions.id, set: v });
    }
  }
  await db.delete(eventTranslations).where(eq(eventTranslations.eventId, id));
  const tr = Object.entries(input.translations ?? {}).filter(([, v]) => v.title || v.description);
  if (tr.length) await db.insert(eventTranslations).values(tr.map(([lang, v]) => ({ eventId: id, lang, title: v.title ?? null, description: v.description ?? null })));
  return id;
}

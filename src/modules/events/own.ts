// A signed-in person's own event registrations: the list under /konto/anmeldungen with its cancel button,
// the registrations in the own-data export, and what becomes of them when the account is deleted.
//
// "Own" means linked to the account by `user_id`: made while signed in. A registration made without an
// account is not shown here even when its address is the account's address: the address alone does not
// prove that the account holder made it (a shared family address, an address that changed hands), and
// that registration has its own personal link in its mails. It is deleted by the retention job like every
// other registration.
//
// Every query here is scoped in SQL by `ownerScope` (the rows whose user_id is the actor's); someone
// else's registration is "not found", and the refusal is audited.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { authorize, ownerScope } from '../../platform/policy.ts';
import type { Lang } from '../../platform/i18n.ts';
import { ANONYMISED_EMAIL_DOMAIN, type RegistrationStatus } from './schema.ts';
import { cancelRegistration, type RegistrationEnv } from './registration.ts';
import { UUID } from './service.ts';

export { ANONYMISED_EMAIL_DOMAIN, isAnonymised } from './schema.ts';

/** At most this many registrations on the page (registrations are deleted 90 days after their event, so a person has few). */
const OWN_LIMIT = 500;

export type CancelledBy = 'participant' | 'organiser' | 'event_cancelled' | 'expired';

export type OwnRegistration = {
  id: string; eventId: string; title: string; translated: boolean;
  status: RegistrationStatus; position: number | null; places: number; cancelledBy: CancelledBy | null;
  eventStatus: 'scheduled' | 'cancelled';
  /** The next session that has not ended yet, else the first one. */
  session: { startsAt: Date; endsAt: Date; place: string | null; room: string | null; online: boolean };
  sessionCount: number; startsAt: Date; endsAt: Date;
  createdAt: Date; cancelledAt: Date | null;
  /** The event has not ended yet. */
  upcoming: boolean;
  /** Still active and the event has not begun: the person may cancel. */
  canCancel: boolean;
};

/** Whether a registration may still be cancelled by its owner: active, the event scheduled and not begun. */
function cancellable(status: RegistrationStatus, eventStatus: string, startsAt: Date, now: Date): boolean {
  return status !== 'cancelled' && eventStatus === 'scheduled' && startsAt > now;
}

/**
 * Whether the signed-in person already holds a registration for this event (made with the account), and
 * its state: the event page then shows it instead of a form that could only be refused as a duplicate.
 * Only the state is read, for the person themselves; the full list (`ownRegistrations`) is the audited read.
 */
export async function ownActiveRegistration(db: Queryable, eventId: string, userId: string): Promise<{ status: 'pending' | 'confirmed' | 'waiting'; position: number | null } | null> {
  const [r] = await rows<{ status: 'pending' | 'confirmed' | 'waiting'; position: number | null }>(db, sql`
    SELECT r.status, CASE WHEN r.status = 'waiting' THEN (SELECT count(*)::int FROM event_registrations w
      WHERE w.event_id = r.event_id AND w.status = 'waiting' AND w.queue_number <= r.queue_number) END AS position
    FROM event_registrations r WHERE r.event_id = ${eventId} AND r.user_id = ${userId} AND r.status <> 'cancelled' LIMIT 1`);
  return r ?? null;
}

/**
 * The actor's own registrations, upcoming events first (soonest first), then past ones (latest first).
 * The read is audited (`own_registration.read`), as any read of personal data.
 */
export async function ownRegistrations(db: Queryable, ctx: RequestContext, lang: Lang, now = new Date()): Promise<OwnRegistration[]> {
  if (ctx.actor.kind !== 'user') return [];
  const at = now.toISOString();
  const list = await rows<Record<string, unknown>>(db, sql`
    SELECT r.id, r.event_id, r.status, r.places, r.cancelled_by, r.created_at, r.cancelled_at,
      coalesce(tr.title, e.title) AS title, tr.title IS NOT NULL AS translated, e.status AS event_status, e.starts_at, e.ends_at,
      e.ends_at > ${at}::timestamptz AS upcoming,
      (SELECT count(*)::int FROM event_sessions x WHERE x.event_id = e.id) AS session_count,
      s.starts_at AS session_starts_at, s.ends_at AS session_ends_at, s.room, s.online_url IS NOT NULL AS online, l.name AS location_name,
      (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM addresses a WHERE a.location_id = l.id AND NOT l.confidential ORDER BY a.id LIMIT 1) AS address,
      CASE WHEN r.status = 'waiting' THEN (SELECT count(*)::int FROM event_registrations w
        WHERE w.event_id = r.event_id AND w.status = 'waiting' AND w.queue_number <= r.queue_number) END AS position
    FROM event_registrations r
    JOIN events e ON e.id = r.event_id
    LEFT JOIN event_translations tr ON tr.event_id = e.id AND tr.lang = ${lang} AND ${lang} <> 'de'
    LEFT JOIN LATERAL (SELECT * FROM event_sessions x WHERE x.event_id = e.id ORDER BY x.ends_at <= ${at}::timestamptz, x.starts_at LIMIT 1) s ON true
    LEFT JOIN locations l ON l.id = s.location_id
    WHERE ${ownerScope(ctx.actor, sql`r.user_id`)}
    ORDER BY e.ends_at <= ${at}::timestamptz,
      CASE WHEN e.ends_at > ${at}::timestamptz THEN e.starts_at END ASC,
      CASE WHEN e.ends_at <= ${at}::timestamptz THEN e.starts_at END DESC, r.created_at DESC, r.id
    LIMIT ${OWN_LIMIT}`);
  await recordAudit(db, ctx, { action: 'own_registration.read', resourceType: 'user', resourceId: ctx.actor.userId, subjectUserId: ctx.actor.userId,
    details: { registrations: list.length } });
  return list.map((r) => {
    const status = r.status as RegistrationStatus;
    const startsAt = new Date(r.starts_at as string);
    return {
      id: r.id as string, eventId: r.event_id as string, title: r.title as string, translated: Boolean(r.translated),
      status, position: r.position == null ? null : Number(r.position), places: r.places as number, cancelledBy: (r.cancelled_by as CancelledBy) ?? null,
      eventStatus: r.event_status as 'scheduled' | 'cancelled',
      session: {
        startsAt: new Date((r.session_starts_at ?? r.starts_at) as string), endsAt: new Date((r.session_ends_at ?? r.ends_at) as string),
        place: [r.location_name, r.address].filter(Boolean).join(', ') || null, room: (r.room as string) ?? null, online: Boolean(r.online),
      },
      sessionCount: r.session_count as number, startsAt, endsAt: new Date(r.ends_at as string),
      createdAt: new Date(r.created_at as string), cancelledAt: r.cancelled_at ? new Date(r.cancelled_at as string) : null,
      upcoming: Boolean(r.upcoming), canCancel: cancellable(status, r.event_status as string, startsAt, now),
    };
  });
}

export type OwnCancelResult =
  | { state: 'cancelled'; eventId: string; promoted: number }
  | { state: 'already' | 'started'; eventId: string }
  | { state: 'unknown' };

/**
 * The owner cancels one of their registrations from "Meine Anmeldungen", through the same path as the
 * personal link (`cancelRegistration`): the places go to the waiting list in the same transaction, with
 * the mails. Someone else's registration, or none, is 'unknown' (the caller answers 404) and the refusal
 * is audited; a registration of an event that has begun is 'started' and changes nothing.
 */
export async function cancelOwnRegistration(db: Queryable, ctx: RequestContext, env: RegistrationEnv, registrationId: string, now = new Date()): Promise<OwnCancelResult> {
  const [r] = UUID.test(registrationId) ? await rows<{ id: string; user_id: string; event_id: string; status: RegistrationStatus; event_status: string; starts_at: string }>(db, sql`
    SELECT r.id, r.user_id, r.event_id, r.status, e.status AS event_status, e.starts_at
    FROM event_registrations r JOIN events e ON e.id = r.event_id
    WHERE r.id = ${registrationId}::uuid AND ${ownerScope(ctx.actor, sql`r.user_id`)}`) : [];
  if (!r) {
    await recordAudit(db, ctx, { action: 'own_registration.cancel', outcome: 'denied', resourceType: 'event_registration',
      resourceId: UUID.test(registrationId) ? registrationId : undefined, details: { reason: 'not found or not the actor\'s own' } });
    return { state: 'unknown' };
  }
  // The scope above already limits to the actor's rows; the policy says so for the record as well.
  authorize(ctx.actor, 'own_registration.cancel', { ownerUserId: r.user_id });
  if (r.status === 'cancelled') return { state: 'already', eventId: r.event_id };
  if (!cancellable(r.status, r.event_status, new Date(r.starts_at), now)) return { state: 'started', eventId: r.event_id };
  const result = await cancelRegistration(db, ctx, env, r.id, 'participant', now);
  if (result.state === 'unknown') return result;
  if (result.state === 'already') return { state: 'already', eventId: result.eventId };
  await recordAudit(db, ctx, { action: 'own_registration.cancel', resourceType: 'event_registration', resourceId: r.id, subjectUserId: r.user_id,
    details: { eventId: r.event_id, promoted: result.promoted } });
  return result;
}

export type ExportedRegistration = {
  id: string;
  event: { id: string; title: string; status: string; startsAt: string; endsAt: string;
    sessions: { startsAt: string; endsAt: string; place: string | null; room: string | null; onlineUrl: string | null }[] };
  name: string; email: string; places: number; status: RegistrationStatus; positionOnWaitingList: number | null;
  answers: { question: string; answer: string }[]; language: string; attended: boolean | null;
  createdAt: string; confirmedAt: string | null; movedUpAt: string | null; cancelledAt: string | null; cancelledBy: CancelledBy | null;
};

/**
 * Everything held about the person's own registrations, for the own-data export (Art. 15 and 20 GDPR):
 * event, sessions and places, the person's answers to the organiser's questions with the questions' text,
 * status and times. The caller (the accounts module's export) audits the export as a whole.
 */
export async function ownRegistrationsForExport(db: Queryable, userId: string): Promise<ExportedRegistration[]> {
  const list = await rows<{ doc: ExportedRegistration }>(db, sql`
    SELECT jsonb_build_object(
      'id', r.id,
      'event', jsonb_build_object('id', e.id, 'title', e.title, 'status', e.status, 'startsAt', e.starts_at, 'endsAt', e.ends_at,
        'sessions', coalesce((SELECT jsonb_agg(jsonb_build_object('startsAt', s.starts_at, 'endsAt', s.ends_at,
            'place', (SELECT nullif(concat_ws(', ', l.name, (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM addresses a WHERE a.location_id = l.id AND NOT l.confidential ORDER BY a.id LIMIT 1)), '')
              FROM locations l WHERE l.id = s.location_id),
            'room', s.room, 'onlineUrl', s.online_url) ORDER BY s.starts_at) FROM event_sessions s WHERE s.event_id = e.id), '[]'::jsonb)),
      'name', r.name, 'email', r.email, 'places', r.places, 'status', r.status,
      'positionOnWaitingList', CASE WHEN r.status = 'waiting' THEN (SELECT count(*)::int FROM event_registrations w
        WHERE w.event_id = r.event_id AND w.status = 'waiting' AND w.queue_number <= r.queue_number) END,
      -- Answers by question; an answer whose question the organiser removed keeps the question's id.
      'answers', coalesce((SELECT jsonb_agg(jsonb_build_object('question', coalesce(q.label, a.key), 'answer', a.value) ORDER BY q.position NULLS LAST, a.key)
        FROM jsonb_each_text(r.answers) a LEFT JOIN event_questions q ON q.event_id = r.event_id AND q.id::text = a.key), '[]'::jsonb),
      'language', r.lang, 'attended', r.attended,
      'createdAt', r.created_at, 'confirmedAt', r.confirmed_at, 'movedUpAt', r.promoted_at, 'cancelledAt', r.cancelled_at, 'cancelledBy', r.cancelled_by
    ) AS doc
    FROM event_registrations r JOIN events e ON e.id = r.event_id
    WHERE r.user_id = ${userId}::uuid
    ORDER BY e.starts_at, r.created_at, r.id`);
  return list.map((r) => r.doc);
}

export type AccountRegistrationsEnded = { cancelled: number; deleted: number; anonymised: number };

/**
 * What becomes of a person's registrations when they delete their account, in the caller's transaction:
 *
 * - active registrations (confirmed or waiting) of scheduled events that have not begun are cancelled
 *   through `cancelRegistration`, so the waiting list moves up at once, with its mails (and the person gets
 *   the usual confirmation of the cancellation);
 * - confirmed registrations of events that have begun are kept, anonymised (no account, name, address or
 *   answers left), because the retention job counts them on the event (participants, attendance) when it
 *   deletes the event's registrations (retention.ts);
 * - everything else of the person (cancelled registrations, waiting places of events that have begun) is
 *   deleted: it counts for nothing.
 *
 * Registrations made without an account are not the account's (see the top of this file) and stay as they
 * are until the retention job deletes them.
 */
export async function endRegistrationsOfAccount(db: Queryable, ctx: RequestContext, env: RegistrationEnv, userId: string, now = new Date()): Promise<AccountRegistrationsEnded> {
  const at = now.toISOString();
  // Event by event in the order of the events' ids, as the retention job locks them: no deadlock between the two.
  const active = await rows<{ id: string }>(db, sql`
    SELECT r.id FROM event_registrations r JOIN events e ON e.id = r.event_id
    WHERE r.user_id = ${userId}::uuid AND r.status IN ('confirmed', 'waiting', 'pending') AND e.status = 'scheduled' AND e.starts_at > ${at}::timestamptz
    ORDER BY r.event_id, r.id`);
  let cancelled = 0;
  for (const r of active) {
    const result = await cancelRegistration(db, ctx, env, r.id, 'participant', now);
    if (result.state === 'cancelled') cancelled++;
  }
  const [{ n: deleted }] = await rows<{ n: number }>(db, sql`
    WITH d AS (DELETE FROM event_registrations r USING events e
      WHERE r.event_id = e.id AND r.user_id = ${userId}::uuid AND NOT (r.status = 'confirmed' AND e.starts_at <= ${at}::timestamptz) RETURNING 1)
    SELECT count(*)::int AS n FROM d`);
  const [{ n: anonymised }] = await rows<{ n: number }>(db, sql`
    WITH u AS (UPDATE event_registrations SET user_id = NULL, name = '–', email = 'geloescht-' || id || ${`@${ANONYMISED_EMAIL_DOMAIN}`}, answers = '{}'::jsonb
      WHERE user_id = ${userId}::uuid RETURNING 1)
    SELECT count(*)::int AS n FROM u`);
  if (cancelled || deleted || anonymised) {
    await recordAudit(db, ctx, { action: 'own_registration.delete', resourceType: 'user', resourceId: userId, subjectUserId: userId,
      details: { cancelled, deleted, anonymised } });
  }
  return { cancelled, deleted, anonymised };
}

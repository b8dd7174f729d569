// The organisers' side: their events, the participant lists (personal data), attendance, messages to
// everyone, closing the registration, cancelling one registration or the whole event (creating and
// editing events: editor.ts). Every query is scoped in SQL by the policy
// (organiserScope: admins and editors of the event's organisation; eventManageScope adds directory
// editors for the event itself); an event outside the scope is "not found" and the refusal is audited.
// Reads of participant lists are audited here; changes of registrations by the table's trigger.
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { eventManageScope, organiserScope } from '../../platform/policy.ts';
import { isLang } from '../../platform/i18n.ts';
import { queueMail } from '../../platform/mail/index.ts';
import { eventRegistrations, events, type RegistrationStatus } from './schema.ts';
import { registrationToken } from './links.ts';
import { cancelRegistration, langQuery, offersReducedFee, type CancelResult, type RegistrationEnv } from './registration.ts';
import { isAnonymised } from './own.ts';
import { formats } from '../../platform/i18n.ts';

export type ManagedEvent = { id: string; title: string; startsAt: Date; status: 'scheduled' | 'cancelled'; capacity: number; confirmedPlaces: number;
  waiting: number; pending: number; registrationClosed: boolean; organizationName: string; canSeeRegistrations: boolean };

/** The events the actor may manage, from a month ago on, in time order (at most 500). */
export async function managedEvents(db: Queryable, ctx: RequestContext, now = new Date()): Promise<ManagedEvent[]> {
  const list = await rows<Record<string, unknown>>(db, sql`
    SELECT e.id, e.title, e.starts_at, e.status, e.capacity, e.confirmed_places, e.registration_closed, o.name AS organization_name,
      ${organiserScope(ctx.actor, sql`e.organization_id`)} AS organiser,
      (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waiting') AS waiting,
      (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'pending') AS pending
    FROM events e JOIN organizations o ON o.id = e.organization_id
    WHERE ${eventManageScope(ctx.actor, sql`e.organization_id`)} AND e.ends_at > ${new Date(now.getTime() - 30 * 86_400_000).toISOString()}::timestamptz
    ORDER BY e.starts_at, e.id LIMIT 500`);
  return list.map((r) => ({ id: r.id as string, title: r.title as string, startsAt: new Date(r.starts_at as string), status: r.status as 'scheduled' | 'cancelled',
    capacity: r.capacity as number, confirmedPlaces: r.confirmed_places as number, waiting: r.waiting as number, pending: r.pending as number,
    registrationClosed: Boolean(r.registration_closed), organizationName: r.organization_name as string, canSeeRegistrations: Boolean(r.organiser) }));
}

type ScopedEvent = typeof events.$inferSelect;

/** The event if the actor organises it (optionally locked); otherwise null, and the refusal is audited. */
async function organisedEvent(db: Queryable, ctx: RequestContext, eventId: string, action: string, lock = false): Promise<ScopedEvent | null> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const found = UUID.test(eventId)
    ? await (lock
      ? db.select().from(events).where(and(eq(events.id, eventId), organiserScope(ctx.actor, events.organizationId))).for('update')
      : db.select().from(events).where(and(eq(events.id, eventId), organiserScope(ctx.actor, events.organizationId))))
    : [];
  if (!found[0]) {
    await recordAudit(db, ctx, { action, resourceType: 'event', resourceId: UUID.test(eventId) ? eventId : undefined, outcome: 'denied', details: { reason: 'not found or not organised by the actor' } });
    return null;
  }
  return found[0];
}

export type Participant = { id: string; name: string; email: string; places: number; status: RegistrationStatus; position: number | null;
  answers: Record<string, string>; reducedFee: boolean; attended: boolean | null; registeredAt: Date; hasAccount: boolean };

export type ParticipantList = { event: ScopedEvent; questions: { id: string; label: string }[]; participants: Participant[];
  /** The event has a reduced fee, or someone asked for one: the list shows who did. */
  showReducedFee: boolean };

const toParticipant = (r: Record<string, unknown>): Participant => ({ id: r.id as string, name: r.name as string, email: r.email as string, places: r.places as number,
  status: r.status as RegistrationStatus, position: r.position == null ? null : Number(r.position), answers: r.answers as Record<string, string>,
  reducedFee: Boolean(r.reduced_fee), attended: (r.attended as boolean | null) ?? null, registeredAt: new Date(r.created_at as string), hasAccount: Boolean(r.has_account) });

async function loadParticipants(db: Queryable, e: ScopedEvent): Promise<ParticipantList> {
  const [list, questions] = await Promise.all([
    rows<Record<string, unknown>>(db, sql`
      SELECT r.id, r.name, r.email, r.places, r.status, r.answers, r.reduced_fee, r.attended, r.created_at, r.user_id IS NOT NULL AS has_account,
        CASE WHEN r.status = 'waiting' THEN row_number() OVER (PARTITION BY r.status ORDER BY r.queue_number) END AS position
      FROM event_registrations r WHERE r.event_id = ${e.id}
      ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END, r.queue_number NULLS LAST, r.created_at
      LIMIT 5000`),
    rows<{ id: string; label: string }>(db, sql`SELECT id, label FROM event_questions WHERE event_id = ${e.id} ORDER BY position`),
  ]);
  const participants = list.map(toParticipant);
  return { event: e, questions, participants, showReducedFee: offersReducedFee(e) || participants.some((p) => p.reducedFee) };
}

/** The participant list of an event the actor organises, or null; the read is audited. */
export async function participantList(db: Queryable, ctx: RequestContext, eventId: string): Promise<ParticipantList | null> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.read');
  if (!e) return null;
  const list = await loadParticipants(db, e);
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'registration.read', resourceType: 'event', resourceId: e.id,
    details: { registrations: list.participants.length } });
  return list;
}

/** The list as CSV for German Excel (UTF-8 with BOM, semicolons, formula-safe cells); audited as an export. */
export async function participantsCsv(db: Queryable, ctx: RequestContext, eventId: string, labels: Record<string, string>): Promise<string | null> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.export');
  if (!e) return null;
  const list = await loadParticipants(db, e);
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'registration.export', resourceType: 'event', resourceId: e.id,
    details: { registrations: list.participants.length } });
  const cell = (v: unknown) => {
    let s = v == null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const fee = list.showReducedFee;
  const header = [labels.name, labels.email, labels.places, labels.status, labels.position, ...(fee ? [labels.reducedFee] : []), labels.attended, labels.registeredAt,
    ...list.questions.map((q) => q.label)];
  const lines = list.participants.map((p) => [p.name, p.email, p.places, labels[`status_${p.status}`] ?? p.status, p.position ?? '',
    ...(fee ? [p.reducedFee ? labels.yes : labels.no] : []), p.attended == null ? '' : p.attended ? labels.yes : labels.no, p.registeredAt.toISOString(),
    ...list.questions.map((q) => p.answers[q.id] ?? '')]);
  return '\uFEFF' + [header, ...lines].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** Marks who came: the confirmed registrations in `attended` yes, the other confirmed ones no. */
export async function recordAttendance(db: Queryable, ctx: RequestContext, eventId: string, attended: string[]): Promise<boolean> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.manage');
  if (!e) return false;
  await db.execute(sql`UPDATE event_registrations SET attended = (id = ANY(${sql.param(attended.filter((x) => /^[0-9a-f-]{36}$/i.test(x)))}::uuid[]))
    WHERE event_id = ${e.id} AND status = 'confirmed' AND attended IS DISTINCT FROM (id = ANY(${sql.param(attended.filter((x) => /^[0-9a-f-]{36}$/i.test(x)))}::uuid[]))`);
  return true;
}

/** Closes (or opens again) the registration. */
export async function setRegistrationClosed(db: Queryable, ctx: RequestContext, eventId: string, closed: boolean): Promise<boolean> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.manage', true);
  if (!e) return false;
  await db.update(events).set({ registrationClosed: closed, updatedAt: new Date() }).where(eq(events.id, e.id));
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'registration.manage', resourceType: 'event', resourceId: e.id, details: { registrationClosed: closed } });
  return true;
}

/** A message from the organiser to every confirmed participant (and, if asked, the waiting list), each with their personal link. */
export async function messageParticipants(db: Queryable, ctx: RequestContext, env: RegistrationEnv, eventId: string,
  input: { subject: string; message: string; includeWaiting: boolean }): Promise<number | null> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.manage');
  if (!e) return null;
  const to = await db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, e.id),
    input.includeWaiting ? sql`${eventRegistrations.status} IN ('confirmed', 'waiting')` : eq(eventRegistrations.status, 'confirmed')));
  // Anonymised registrations (their account was deleted) count for the event but get no mail.
  const recipients = to.filter((x) => !isAnonymised(x.email));
  for (const r of recipients) {
    const lang = isLang(r.lang) ? r.lang : 'de';
    const fmt = formats(lang, env.timeZone);
    await queueMail(db, env.mail, r.email, 'eventMessage', lang, { name: r.name, subject: input.subject, message: input.message, title: e.title,
      when: `${fmt.date(e.startsAt)}, ${fmt.time(e.startsAt)}`, link: `${env.baseUrl}/veranstaltungen/anmeldung/${registrationToken(env.secretKey, 'manage', r.id)}${langQuery(lang)}` });
  }
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'registration.manage', resourceType: 'event', resourceId: e.id,
    details: { message: true, recipients: recipients.length, includeWaiting: input.includeWaiting } });
  return recipients.length;
}

/** Cancels the event: every registration ends, everyone confirmed or waiting gets a mail; places are freed. */
export async function cancelEvent(db: Queryable, ctx: RequestContext, env: RegistrationEnv, eventId: string, reason: string, now = new Date()): Promise<number | null> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.manage', true);
  if (!e) return null;
  if (e.status === 'cancelled') return 0;
  await db.update(events).set({ status: 'cancelled', cancelledAt: now, confirmedPlaces: 0, updatedAt: now }).where(eq(events.id, e.id));
  const ended = await db.update(eventRegistrations).set({ status: 'cancelled', cancelledAt: now, cancelledBy: 'event_cancelled' })
    .where(and(eq(eventRegistrations.eventId, e.id), sql`${eventRegistrations.status} <> 'cancelled'`)).returning();
  for (const r of ended.filter((x) => x.confirmedAt && !isAnonymised(x.email))) {
    const lang = isLang(r.lang) ? r.lang : 'de';
    const fmt = formats(lang, env.timeZone);
    await queueMail(db, env.mail, r.email, 'eventCancelled', lang, { name: r.name, title: e.title, when: `${fmt.date(e.startsAt)}, ${fmt.time(e.startsAt)}`,
      reason: reason.trim(), calendarLink: `${env.baseUrl}/veranstaltungen` });
  }
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'registration.manage', resourceType: 'event', resourceId: e.id,
    details: { eventCancelled: true, registrations: ended.length } });
  return ended.length;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The registration among the event's (none of another event's); its absence is audited as a refusal. */
async function registrationOf(db: Queryable, ctx: RequestContext, e: ScopedEvent, registrationId: string, action: string): Promise<{ participant: Participant; userId: string | null } | null> {
  const [r] = UUID.test(registrationId) ? await rows<Record<string, unknown>>(db, sql`
    SELECT r.id, r.name, r.email, r.places, r.status, r.answers, r.reduced_fee, r.attended, r.created_at, r.user_id, r.user_id IS NOT NULL AS has_account,
      CASE WHEN r.status = 'waiting' THEN (SELECT count(*) FROM event_registrations w WHERE w.event_id = r.event_id AND w.status = 'waiting' AND w.queue_number <= r.queue_number) END AS position
    FROM event_registrations r WHERE r.id = ${registrationId} AND r.event_id = ${e.id}`) : [];
  if (!r) {
    await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action, resourceType: 'event_registration', resourceId: UUID.test(registrationId) ? registrationId : undefined,
      outcome: 'denied', details: { reason: 'not a registration of this event', eventId: e.id } });
    return null;
  }
  return { participant: toParticipant(r), userId: (r.user_id as string | null) ?? null };
}

/** One registration of an event the actor organises, for the page that asks before cancelling it; the read is audited. */
export async function registrationForOrganiser(db: Queryable, ctx: RequestContext, eventId: string, registrationId: string):
  Promise<{ event: ScopedEvent; participant: Participant } | null> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.read');
  if (!e) return null;
  const found = await registrationOf(db, ctx, e, registrationId, 'registration.read');
  if (!found) return null;
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'registration.read', resourceType: 'event_registration', resourceId: found.participant.id,
    subjectUserId: found.userId ?? undefined, details: { eventId: e.id } });
  return { event: e, participant: found.participant };
}

/**
 * The organiser cancels one registration: through the same path as the person's own cancellation, so
 * its places go to the first on the waiting list at once (with their mail), and the person gets the mail
 * "removed by the organiser". Null when the event or the registration is outside the actor's reach (audited).
 */
export async function cancelRegistrationAsOrganiser(db: Queryable, ctx: RequestContext, env: RegistrationEnv, eventId: string, registrationId: string, now = new Date()):
  Promise<CancelResult | null> {
  const e = await organisedEvent(db, ctx, eventId, 'registration.manage', true);
  if (!e) return null;
  const found = await registrationOf(db, ctx, e, registrationId, 'registration.manage');
  if (!found) return null;
  const result = await cancelRegistration(db, ctx, env, found.participant.id, 'organiser', now);
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'registration.manage', resourceType: 'event_registration', resourceId: found.participant.id,
    subjectUserId: found.userId ?? undefined,
    details: { eventId: e.id, cancelledByOrganiser: result.state === 'cancelled', promoted: result.state === 'cancelled' ? result.promoted : 0 } });
  return result;
}

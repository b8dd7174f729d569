// Registration for events, with the guarantee that confirmed places never exceed the capacity, also when
// many people register in the same second on several app instances:
//
// - every change to an event's registrations (register, confirm the opt-in, cancel, move up) first locks
//   the event's row (`SELECT … FOR UPDATE`) in its transaction; all instances share the database, so
//   they queue on that one lock and each sees the counts the previous one committed;
// - the places taken (`events.confirmed_places`) and the queue number are changed under that lock, in the
//   same transaction as the registration; a CHECK constraint refuses more places than the capacity anyway;
// - a registration is confirmed only when it fits and nobody waits; otherwise it joins the waiting list in
//   queue order. A cancellation moves up the first waiting registrations that fit, in the same
//   transaction, and queues their mails with it.
//
// Registrations without an account are 'pending' until the person confirms the address (double opt-in);
// they take their place in the queue at that moment. Mails are queued in the transaction (outbox).
import { countAttempt, throttleKeys, throttleWait } from '../accounts/throttle.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { mailQueued, outboxStatus, queueMail, renderMail, type MailOptions, type MailTemplate } from '../../platform/mail/index.ts';
import type { RequestContext } from '../../platform/audit/index.ts';
import { formats, isLang, translator, type Lang } from '../../platform/i18n.ts';
import { eventQuestions, eventRegistrations, events, isAnonymised, type RegistrationStatus } from './schema.ts';
import { registrationToken, verifyRegistrationToken } from './links.ts';

/** What registration needs from the application: mail, the public address for links, the key that signs them, the time zone. */
export type RegistrationEnv = { mail: MailOptions; baseUrl: string; secretKey: string; timeZone: string };

/** How long the opt-in link of a registration without an account works. */
export const CONFIRM_HOURS = 48;

export type RegistrationInput = { eventId: string; name: string; email: string; places: string | number; answers: Record<string, string>;
  /** Asks for the reduced fee (kept only where the event has one). */
  reducedFee?: boolean };

/** Whether the event offers a reduced fee one can ask for at registration. */
export const offersReducedFee = (e: { fee: number | null; feeReduced: number | null }) => e.fee != null && e.fee > 0 && e.feeReduced != null && e.feeReduced < e.fee;

export type FieldProblem = { field: string; key: string; params?: Record<string, string | number> };

/** Why a registration is refused as a whole: a clear message, nothing changed. */
export type Refusal = 'cancelled' | 'closed' | 'notOpenYet' | 'deadlinePassed' | 'started' | 'accountRequired' | 'duplicate';

export type RegisterResult =
  | { ok: true; outcome: 'pending'; registrationId: string }
  | { ok: true; outcome: 'confirmed'; registrationId: string }
  | { ok: true; outcome: 'waiting'; registrationId: string; position: number }
  | { ok: false; problems: FieldProblem[] }
  | { ok: false; refusal: Refusal }
  | { ok: false; refusal: 'throttled'; retryAfterSeconds: number };

type EventRow = typeof events.$inferSelect;

const emailSchema = z.email().max(254);

/** Locks the event's row for the rest of the transaction; every change to its registrations starts here. */
async function lockEvent(db: Queryable, eventId: string): Promise<EventRow | null> {
  const [e] = await db.select().from(events).where(eq(events.id, eventId)).for('update');
  return e ?? null;
}

/** Whether registration is open now, or why not. */
export function registrationState(e: Pick<EventRow, 'status' | 'registrationClosed' | 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'>, now: Date):
  'open' | Exclude<Refusal, 'accountRequired' | 'duplicate'> {
  if (e.status === 'cancelled') return 'cancelled';
  if (e.registrationClosed) return 'closed';
  if (e.registrationOpensAt && e.registrationOpensAt > now) return 'notOpenYet';
  if (e.registrationClosesAt && e.registrationClosesAt <= now) return 'deadlinePassed';
  if (e.startsAt <= now) return 'started';
  return 'open';
}

async function waitingPosition(db: Queryable, eventId: string, queueNumber: number): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM event_registrations
    WHERE event_id = ${eventId} AND status = 'waiting' AND queue_number <= ${queueNumber}`);
  return r.n;
}

/**
 * Claims the next place in the event's queue: confirmed when the places fit and nobody waits, otherwise
 * the waiting list. Only under the event's lock (the caller holds it; `e` is the locked row, updated here
 * and in the database); the caller writes the registration with the status and queue number.
 */
async function claimPlace(db: Queryable, e: EventRow, places: number): Promise<{ status: 'confirmed' | 'waiting'; queueNumber: number }> {
  const [{ waiting }] = await rows<{ waiting: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM event_registrations WHERE event_id = ${e.id} AND status = 'waiting') AS waiting`);
  const fits = !waiting && e.confirmedPlaces + places <= e.capacity;
  const queueNumber = e.nextQueueNumber;
  e.nextQueueNumber += 1;
  if (fits) e.confirmedPlaces += places;
  await db.update(events).set({ confirmedPlaces: e.confirmedPlaces, nextQueueNumber: e.nextQueueNumber }).where(eq(events.id, e.id));
  return { status: fits ? 'confirmed' : 'waiting', queueNumber };
}

type Placed = { status: 'confirmed' } | { status: 'waiting'; position: number };
const placed = async (db: Queryable, eventId: string, claim: { status: 'confirmed' | 'waiting'; queueNumber: number }): Promise<Placed> =>
  claim.status === 'confirmed' ? { status: 'confirmed' } : { status: 'waiting', position: await waitingPosition(db, eventId, claim.queueNumber) };

type FormQuestion = { id: string; kind: string; required: boolean };

/** Problems with the form's fields, each with a message key for the field. */
function fieldProblems(e: EventRow, questions: FormQuestion[], input: RegistrationInput, signedIn: boolean): { problems: FieldProblem[]; places: number; answers: Record<string, string> } {
  const problems: FieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ field: 'name', key: 'events.register.errors.nameMissing' });
  else if (name.length > 100) problems.push({ field: 'name', key: 'events.register.errors.nameTooLong' });
  if (!signedIn && !emailSchema.safeParse(input.email.trim()).success) problems.push({ field: 'email', key: 'events.register.errors.emailInvalid' });
  const raw = String(input.places ?? '').trim();
  const places = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(places) || places < 1) problems.push({ field: 'places', key: 'events.register.errors.placesInvalid' });
  else if (places > e.maxPlacesPerRegistration) problems.push({ field: 'places', key: 'events.register.errors.placesTooMany', params: { max: e.maxPlacesPerRegistration } });
  const answers: Record<string, string> = {};
  for (const q of questions) {
    const value = (input.answers[q.id] ?? '').trim();
    if (q.kind === 'yes_no' && value && value !== 'ja' && value !== 'nein') problems.push({ field: `q-${q.id}`, key: 'events.register.errors.answerYesNo' });
    else if (q.kind === 'text' && value.length > 500) problems.push({ field: `q-${q.id}`, key: 'events.register.errors.answerTooLong' });
    else if (q.required && !value) problems.push({ field: `q-${q.id}`, key: 'events.register.errors.answerMissing' });
    else if (value) answers[q.id] = value;
  }
  return { problems, places, answers };
}

/**
 * The event's row, locked, with what concurrent registrations do not change, in one statement: the
 * person's verified address, the organiser's questions, and the mails' title, date and place in the
 * person's language.
 */
async function lockForRegistration(db: Queryable, eventId: string, userId: string | null, lang: Lang) {
  // The outer row is named by its table (`events.id`): drizzle leaves a single table's columns unqualified,
  // which inside a subquery would name the subquery's own column.
  const [row] = await db.select({
    ...getTableColumns(events),
    accountEmail: userId ? sql<string | null>`(SELECT u.email FROM users u WHERE u.id = ${userId} AND u.email_verified_at IS NOT NULL)` : sql<null>`NULL::text`,
    questions: sql<FormQuestion[]>`coalesce((SELECT json_agg(json_build_object('id', q.id, 'kind', q.kind, 'required', q.required) ORDER BY q.position)
      FROM event_questions q WHERE q.event_id = events.id), '[]'::json)`,
    mail: sql<MailRow | null>`(SELECT to_jsonb(m) FROM (${mailRowQuery(sql.raw('events.id'), lang)}) m)`,
  }).from(events).where(eq(events.id, eventId)).for('update');
  return row ?? null;
}

/**
 * How many wait and whether the address is registered already, read after the lock is held: a statement
 * sees what was committed when it started, so this must not be part of the locking statement (which may
 * have started before the previous registration committed and released the lock).
 */
async function queueState(db: Queryable, eventId: string, email: string): Promise<{ waiting: number; duplicate: boolean }> {
  const [r] = await rows<{ waiting: number; duplicate: boolean }>(db, sql`SELECT
    (SELECT count(*)::int FROM event_registrations WHERE event_id = ${eventId} AND status = 'waiting') AS waiting,
    EXISTS (SELECT 1 FROM event_registrations WHERE event_id = ${eventId} AND email = ${email} AND status <> 'cancelled') AS duplicate`);
  return r;
}

/**
 * Registers for an event. A signed-in person (with a confirmed address) takes a place at once; without an
 * account the registration waits for the opt-in link. Refusals and field problems change nothing.
 */
export async function registerForEvent(db: Queryable, ctx: RequestContext, env: RegistrationEnv, input: RegistrationInput, lang: Lang, now = new Date()): Promise<RegisterResult> {
  const typedEmail = input.email.trim().toLowerCase();
  const locked = await lockForRegistration(db, input.eventId, ctx.actor.kind === 'user' ? ctx.actor.userId : null, lang);
  if (!locked) throw new NotFoundError();
  const { accountEmail, questions, mail, ...e } = locked;
  // A signed-in person with a confirmed address registers with it; otherwise as without an account.
  const account = ctx.actor.kind === 'user' && accountEmail ? { id: ctx.actor.userId, email: accountEmail } : null;
  const state = registrationState(e, now);
  if (state !== 'open') return { ok: false, refusal: state };
  if (e.requiresAccount && !account) return { ok: false, refusal: 'accountRequired' };
  const { problems, places, answers } = fieldProblems(e, questions, input, account !== null);
  if (problems.length) return { ok: false, problems };
  const email = account?.email ?? typedEmail;
  const { waiting: waitingCount, duplicate } = await queueState(db, e.id, email);
  if (duplicate) return { ok: false, refusal: 'duplicate' };
  const name = input.name.trim();
  const reducedFee = Boolean(input.reducedFee) && offersReducedFee(e);
  const params = mailParamsOf(env, e, mail, lang);

  if (!account) {
    // Without an account the form sends a mail to any address typed: counted per address and per IP.
    const keys = throttleKeys('event', email, ctx.ip);
    const wait = await throttleWait(db, [keys.account, keys.ip], now);
    if (wait > 0) {
      await recordAudit(db, ctx, { action: 'registration.create', outcome: 'denied', resourceType: 'event', resourceId: e.id, details: { reason: 'throttled' } });
      return { ok: false, refusal: 'throttled', retryAfterSeconds: wait };
    }
    await countAttempt(db, [keys.account, keys.ip], now);
    const [reg] = await db.insert(eventRegistrations).values({ eventId: e.id, userId: null, name, email, places, answers, reducedFee, lang, status: 'pending', createdAt: now,
      confirmExpiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3_600_000) }).returning({ id: eventRegistrations.id });
    await queueMail(db, env.mail, email, 'eventConfirm', lang, { ...params, name, hours: String(CONFIRM_HOURS),
      link: `${env.baseUrl}/veranstaltungen/bestaetigen/${registrationToken(env.secretKey, 'confirm', reg.id)}${langQuery(lang)}` });
    return { ok: true, outcome: 'pending', registrationId: reg.id };
  }
  // With an account the registration takes its place at once: confirmed when it fits and nobody waits,
  // otherwise at the end of the waiting list. The event's counters, the mail and the registration are
  // written by one statement (ids chosen here, so the mail carries the personal link); the registration's
  // trigger writes its audit entry.
  const fits = waitingCount === 0 && e.confirmedPlaces + places <= e.capacity;
  const status = fits ? 'confirmed' as const : 'waiting' as const;
  const queueNumber = e.nextQueueNumber;
  const placedAs: Placed = fits ? { status: 'confirmed' } : { status: 'waiting', position: waitingCount + 1 };
  const id = randomUUID();
  const mailId = randomUUID();
  const message = renderMail(fits ? 'eventConfirmed' : 'eventWaiting', lang, placedMailParams(env, { id, name, places, reducedFee, lang }, placedAs, params));
  await db.execute(sql`WITH counters AS (
      UPDATE events SET confirmed_places = confirmed_places + ${fits ? places : 0}, next_queue_number = next_queue_number + 1 WHERE id = ${e.id}
    ), mail AS (
      INSERT INTO mail_outbox (id, to_address, subject, text_body, template, lang, status)
      VALUES (${mailId}, ${email}, ${message.subject}, ${message.text}, ${fits ? 'eventConfirmed' : 'eventWaiting'}, ${lang}, ${outboxStatus(env.mail)})
    )
    INSERT INTO event_registrations (id, event_id, user_id, name, email, places, answers, reduced_fee, lang, status, queue_number, created_at, confirmed_at)
    VALUES (${id}, ${e.id}, ${account.id}, ${name}, ${email}, ${places}, ${JSON.stringify(answers)}::jsonb, ${reducedFee}, ${lang}, ${status}, ${queueNumber},
      ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)`);
  mailQueued(env.mail);
  return placedAs.status === 'confirmed' ? { ok: true, outcome: 'confirmed', registrationId: id } : { ok: true, outcome: 'waiting', registrationId: id, position: placedAs.position };
}

export type ConfirmResult =
  | { state: 'confirmed'; registrationId: string; eventId: string }
  | { state: 'waiting'; registrationId: string; eventId: string; position: number }
  | { state: 'already'; registrationId: string; eventId: string }
  | { state: 'expired' | 'unknown' | 'cancelled' | 'closed'; eventId?: string };

/** The opt-in link: the registration takes its place in the queue now (not when the form was sent). */
export async function confirmRegistration(db: Queryable, _ctx: RequestContext, env: RegistrationEnv, token: string, now = new Date()): Promise<ConfirmResult> {
  const id = verifyRegistrationToken(env.secretKey, 'confirm', token);
  if (!id) return { state: 'unknown' };
  const [first] = await db.select({ eventId: eventRegistrations.eventId }).from(eventRegistrations).where(eq(eventRegistrations.id, id));
  if (!first) return { state: 'unknown' };
  const e = await lockEvent(db, first.eventId);
  if (!e) return { state: 'unknown' };
  const [reg] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id));
  if (reg.status === 'cancelled') return { state: 'cancelled', eventId: e.id };
  if (reg.status !== 'pending') return { state: 'already', registrationId: reg.id, eventId: e.id };
  if (!reg.confirmExpiresAt || reg.confirmExpiresAt <= now) return { state: 'expired', eventId: e.id };
  const open = registrationState(e, now);
  if (open !== 'open') return { state: 'closed', eventId: e.id };
  const claim = await claimPlace(db, e, reg.places);
  await db.update(eventRegistrations).set({ status: claim.status, queueNumber: claim.queueNumber, confirmedAt: now, confirmExpiresAt: null }).where(eq(eventRegistrations.id, reg.id));
  const result = await placed(db, e.id, claim);
  const lang = isLang(reg.lang) ? reg.lang : 'de';
  await mailPlaced(db, env, { ...reg, lang }, result, await mailParams(db, env, e, lang));
  return result.status === 'confirmed' ? { state: 'confirmed', registrationId: reg.id, eventId: e.id } : { state: 'waiting', registrationId: reg.id, eventId: e.id, position: result.position };
}

export type RegistrationView = {
  id: string; eventId: string; name: string; email: string; places: number; status: RegistrationStatus; position: number | null;
  answers: Record<string, string>; reducedFee: boolean;
};

/** The registration a personal link names (its owner reads it: no audit entry beyond the link itself), or null. */
export async function registrationByLink(db: Queryable, secretKey: string, token: string): Promise<RegistrationView | null> {
  const id = verifyRegistrationToken(secretKey, 'manage', token);
  if (!id) return null;
  const [r] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id));
  if (!r) return null;
  return {
    id: r.id, eventId: r.eventId, name: r.name, email: r.email, places: r.places, status: r.status, answers: r.answers as Record<string, string>, reducedFee: r.reducedFee,
    position: r.status === 'waiting' && r.queueNumber != null ? await waitingPosition(db, r.eventId, r.queueNumber) : null,
  };
}

export type CancelResult = { state: 'cancelled'; eventId: string; promoted: number } | { state: 'already'; eventId: string } | { state: 'unknown' };

/** Cancels through the personal link; a forged or changed link is 'unknown' and changes nothing. */
export async function cancelByLink(db: Queryable, ctx: RequestContext, env: RegistrationEnv, token: string, now = new Date()): Promise<CancelResult> {
  const id = verifyRegistrationToken(env.secretKey, 'manage', token);
  if (!id) return { state: 'unknown' };
  return cancelRegistration(db, ctx, env, id, 'participant', now);
}

/**
 * Cancels a registration (the caller has checked who may). Its places go to the first waiting
 * registrations that fit, in queue order, in the same transaction; each of them gets a mail.
 */
export async function cancelRegistration(db: Queryable, _ctx: RequestContext, env: RegistrationEnv, registrationId: string,
  by: 'participant' | 'organiser', now = new Date()): Promise<CancelResult> {
  const [first] = await db.select({ eventId: eventRegistrations.eventId }).from(eventRegistrations).where(eq(eventRegistrations.id, registrationId));
  if (!first) return { state: 'unknown' };
  const e = await lockEvent(db, first.eventId);
  if (!e) return { state: 'unknown' };
  const [reg] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, registrationId));
  if (reg.status === 'cancelled') return { state: 'already', eventId: e.id };
  await db.update(eventRegistrations).set({ status: 'cancelled', cancelledAt: now, cancelledBy: by }).where(eq(eventRegistrations.id, reg.id));
  const lang = isLang(reg.lang) ? reg.lang : 'de';
  const params = await mailParams(db, env, e, lang);
  // No mail to a registration anonymised at an account's deletion (its address is a placeholder).
  if (reg.status !== 'pending' && !isAnonymised(reg.email)) await queueMail(db, env.mail, reg.email, by === 'organiser' ? 'eventRemoved' : 'eventCancelledByYou', lang, { ...params, name: reg.name });
  let promoted = 0;
  if (reg.status === 'confirmed') {
    e.confirmedPlaces -= reg.places;
    promoted = await moveUp(db, env, e, now);
    await db.update(events).set({ confirmedPlaces: e.confirmedPlaces }).where(eq(events.id, e.id));
  }
  return { state: 'cancelled', eventId: e.id, promoted };
}

/**
 * After the organiser raised the capacity (in the same transaction): the first waiting registrations move
 * up into the new places, in queue order, each with its mail. Returns how many moved up.
 */
export async function fillFreedPlaces(db: Queryable, env: RegistrationEnv, eventId: string, now = new Date()): Promise<number> {
  const e = await lockEvent(db, eventId);
  if (!e) return 0;
  const moved = await moveUp(db, env, e, now);
  if (moved) await db.update(events).set({ confirmedPlaces: e.confirmedPlaces }).where(eq(events.id, e.id));
  return moved;
}

/**
 * Moves the first waiting registrations up while they fit, strictly in queue order (a large registration
 * at the head is not overtaken by smaller ones behind it). Under the event's lock; `e` is updated.
 */
async function moveUp(db: Queryable, env: RegistrationEnv, e: EventRow, now: Date): Promise<number> {
  if (e.status === 'cancelled') return 0;
  let moved = 0;
  for (;;) {
    const [next] = await db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'waiting')))
      .orderBy(eventRegistrations.queueNumber).limit(1);
    if (!next || e.confirmedPlaces + next.places > e.capacity) return moved;
    e.confirmedPlaces += next.places;
    await db.update(eventRegistrations).set({ status: 'confirmed', promotedAt: now }).where(eq(eventRegistrations.id, next.id));
    const lang = isLang(next.lang) ? next.lang : 'de';
    await queueMail(db, env.mail, next.email, 'eventMovedUp', lang, { ...(await mailParams(db, env, e, lang)), name: next.name,
      places: String(next.places), link: manageLink(env, next.id, lang), reducedFee: reducedFeeLine(next.reducedFee, lang) });
    moved++;
  }
}

/**
 * Tells everyone registered (confirmed or waiting) that the event's dates or places changed, with the
 * new sessions and their personal link. Not those who moved up in the same change (`now`): their mail
 * already names the new dates. Returns how many were told.
 */
export async function notifyScheduleChange(db: Queryable, env: RegistrationEnv, eventId: string, now: Date): Promise<number> {
  const e = await lockEvent(db, eventId);
  if (!e || e.status === 'cancelled') return 0;
  const people = await db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, e.id), sql`${eventRegistrations.status} IN ('confirmed', 'waiting')`,
    sql`(${eventRegistrations.promotedAt} IS NULL OR ${eventRegistrations.promotedAt} <> ${now.toISOString()}::timestamptz)`));
  const sessions = await rows<{ starts_at: string; ends_at: string; room: string | null; online_url: string | null; place: string | null }>(db, sql`
    SELECT s.starts_at, s.ends_at, s.room, s.online_url,
      (SELECT coalesce(l.name || ', ', '') || coalesce(a.address_1 || ', ' || a.postal_code || ' ' || a.city, '')
         FROM locations l LEFT JOIN addresses a ON a.location_id = l.id AND NOT l.confidential WHERE l.id = s.location_id ORDER BY a.id LIMIT 1) AS place
    FROM event_sessions s WHERE s.event_id = ${e.id} AND s.ends_at > ${now.toISOString()}::timestamptz ORDER BY s.starts_at`);
  // The event's details and the list of dates are the same for everyone who reads the same language.
  const perLanguage = new Map<Lang, Record<string, string>>();
  const forLanguage = async (lang: Lang) => {
    const known = perLanguage.get(lang);
    if (known) return known;
    const fmt = formats(lang, env.timeZone);
    const lines = sessions.map((s) => {
      const start = new Date(s.starts_at);
      return `– ${fmt.date(start)}, ${fmt.time(start)}–${fmt.time(new Date(s.ends_at))}${[s.place?.replace(/, $/, ''), s.room, s.online_url].filter(Boolean).map((x) => `, ${x}`).join('')}`;
    });
    const params = { ...(await mailParams(db, env, e, lang)), sessions: lines.join('\n') };
    perLanguage.set(lang, params);
    return params;
  };
  let told = 0;
  for (const r of people) {
    if (isAnonymised(r.email)) continue;
    const lang = isLang(r.lang) ? r.lang : 'de';
    await queueMail(db, env.mail, r.email, 'eventChanged', lang, { ...(await forLanguage(lang)), name: r.name, link: manageLink(env, r.id, lang) });
    told++;
  }
  return told;
}

/** Links in mails open the page in the language the person registered in. */
export const langQuery = (lang: Lang) => (lang !== 'de' ? `?lang=${lang}` : '');
const manageLink = (env: RegistrationEnv, id: string, lang: Lang) => `${env.baseUrl}/veranstaltungen/anmeldung/${registrationToken(env.secretKey, 'manage', id)}${langQuery(lang)}`;

/** The mail's line about the reduced fee: said when it was asked for, left out otherwise. */
const reducedFeeLine = (claimed: boolean, lang: Lang) => (claimed ? translator(lang)('events.register.reducedFeeClaimed') : '');

/** The parameters of the mails about a registration's place (confirmed, waiting with its position). */
function placedMailParams(env: RegistrationEnv, reg: { id: string; name: string; places: number; reducedFee: boolean; lang: Lang }, placed: Placed, params: Record<string, string>) {
  return { ...params, name: reg.name, places: String(reg.places), link: manageLink(env, reg.id, reg.lang),
    position: placed.status === 'waiting' ? String(placed.position) : '', reducedFee: reducedFeeLine(reg.reducedFee, reg.lang) };
}

async function mailPlaced(db: Queryable, env: RegistrationEnv, reg: { id: string; email: string; name: string; places: number; reducedFee: boolean; lang: Lang },
  placed: Placed, params: Record<string, string>) {
  const template: MailTemplate = placed.status === 'confirmed' ? 'eventConfirmed' : 'eventWaiting';
  await queueMail(db, env.mail, reg.email, template, reg.lang, placedMailParams(env, reg, placed, params));
}

type MailRow = { title: string | null; place: string | null; room: string | null; online: string | null; starts_at: string; ends_at: string };

/** Title (in the language), first session and its place of the event whose id is `eventId`, for its mails. */
const mailRowQuery = (eventId: SQL, lang: Lang) => sql`
    SELECT tr.title, s.starts_at, s.ends_at, s.room, s.online_url AS online,
      (SELECT coalesce(l.name || ', ', '') || coalesce(a.address_1 || ', ' || a.postal_code || ' ' || a.city, '')
         FROM locations l LEFT JOIN addresses a ON a.location_id = l.id AND NOT l.confidential WHERE l.id = s.location_id ORDER BY a.id LIMIT 1) AS place
    FROM (SELECT ${eventId} AS id) e
    LEFT JOIN event_translations tr ON tr.event_id = e.id AND tr.lang = ${lang}
    LEFT JOIN LATERAL (SELECT * FROM event_sessions WHERE event_id = e.id ORDER BY starts_at LIMIT 1) s ON true`;

/** Title, date and place of an event for its mails, in the recipient's language. */
async function mailParams(db: Queryable, env: RegistrationEnv, e: EventRow, lang: Lang): Promise<Record<string, string>> {
  const [r] = await rows<MailRow>(db, mailRowQuery(sql`${e.id}::uuid`, lang));
  return mailParamsOf(env, e, r ?? null, lang);
}

function mailParamsOf(env: RegistrationEnv, e: Pick<EventRow, 'id' | 'title' | 'startsAt' | 'endsAt'>, r: MailRow | null, lang: Lang): Record<string, string> {
  const fmt = formats(lang, env.timeZone);
  const start = new Date(r?.starts_at ?? e.startsAt);
  const end = new Date(r?.ends_at ?? e.endsAt);
  const where = [r?.place?.replace(/, $/, ''), r?.room, r?.online].filter(Boolean).join(', ');
  return {
    title: r?.title ?? e.title,
    when: `${fmt.date(start)}, ${fmt.time(start)}–${fmt.time(end)}`,
    where: where || '–',
    eventLink: `${env.baseUrl}/veranstaltungen/${e.id}${lang !== 'de' ? `?lang=${lang}` : ''}`,
  };
}

// Registration, opt-in, waiting list, moving up and cancellation through the service functions, on the
// engine the suite runs on (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { makeOrganization } from '../../test/accounts.ts';
import { makeCitizens, makeEvent } from '../../test/events.ts';
import { rows } from '../../platform/db.ts';
import { auditedTransaction, type RequestContext } from '../../platform/audit/index.ts';
import { anonymous, type Actor } from '../../platform/policy.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import { cancelByLink, confirmRegistration, registerForEvent, registrationByLink, type RegistrationEnv, type RegistrationInput } from './registration.ts';
import { registrationToken } from './links.ts';
import { eventQuestions } from './schema.ts';
import { eq } from 'drizzle-orm';

const env: RegistrationEnv = { mail: { smtpConfigured: false }, baseUrl: 'https://zugang.example', secretKey: 'a-test-key-of-at-least-32-characters!!', timeZone: 'Europe/Berlin' };
let database: TestDatabase;
let org: string;

beforeAll(async () => {
  database = await createTestDatabase();
  org = await makeOrganization(database.db, 'Familienbildung Lindenau');
});
afterAll(async () => { await database?.drop(); });

const ctxOf = (actor: Actor = anonymous): RequestContext => ({ actor, ip: '198.51.100.7', correlationId: `test-${Math.random()}` });
const register = (input: Partial<RegistrationInput> & { eventId: string }, actor: Actor = anonymous, now?: Date) =>
  auditedTransaction(database.db, ctxOf(actor), (tx) => registerForEvent(tx, ctxOf(actor), env, { name: 'Mara Schulz', email: 'mara@example.org', places: '1', answers: {}, ...input }, 'de', now));
const linkIn = async (email: string, path: string) => {
  const [m] = await outboxFor(database.db, email);
  return m.textBody.match(new RegExp(`https://zugang\\.example${path}/(\\S+)`))?.[1] ?? null;
};
const counts = async (eventId: string) => (await rows<{ status: string; n: number }>(database.db, sql`
  SELECT status, count(*)::int AS n FROM event_registrations WHERE event_id = ${eventId} GROUP BY status`)).reduce<Record<string, number>>((o, r) => ({ ...o, [r.status]: r.n }), {});
const placesTaken = async (eventId: string) => (await rows<{ n: number }>(database.db, sql`SELECT confirmed_places AS n FROM events WHERE id = ${eventId}`))[0].n;

describe('registration without an account', () => {
  it('waits for the opt-in link, then takes a place; the personal link shows it and cancels it', async () => {
    const eventId = await makeEvent(database.db, org, { capacity: 5 });
    const result = await register({ eventId, email: 'Ida.Kraus@Example.org', name: 'Ida Kraus', places: '2' });
    expect(result).toMatchObject({ ok: true, outcome: 'pending' });
    expect(await placesTaken(eventId)).toBe(0);
    const [optIn] = await outboxFor(database.db, 'ida.kraus@example.org');
    expect(optIn.template).toBe('eventConfirm');
    expect(optIn.textBody).toContain('Digitale Zugänge zu Sozialer Arbeit');
    const token = await linkIn('ida.kraus@example.org', '/veranstaltungen/bestaetigen');
    const confirmed = await auditedTransaction(database.db, ctxOf(), (tx) => confirmRegistration(tx, ctxOf(), env, token!));
    expect(confirmed.state).toBe('confirmed');
    expect(await placesTaken(eventId)).toBe(2);
    // A second click changes nothing.
    expect((await auditedTransaction(database.db, ctxOf(), (tx) => confirmRegistration(tx, ctxOf(), env, token!))).state).toBe('already');
    expect(await placesTaken(eventId)).toBe(2);

    const mails = await outboxFor(database.db, 'ida.kraus@example.org');
    expect(mails[0].template).toBe('eventConfirmed');
    const manage = mails[0].textBody.match(/\/veranstaltungen\/anmeldung\/(\S+)/)![1];
    expect(await registrationByLink(database.db, env.secretKey, manage)).toMatchObject({ status: 'confirmed', places: 2, name: 'Ida Kraus' });
    expect(await auditedTransaction(database.db, ctxOf(), (tx) => cancelByLink(tx, ctxOf(), env, manage))).toMatchObject({ state: 'cancelled' });
    expect(await placesTaken(eventId)).toBe(0);
    expect((await outboxFor(database.db, 'ida.kraus@example.org'))[0].template).toBe('eventCancelledByYou');
  });

  it('refuses an expired opt-in link and gives no place', async () => {
    const eventId = await makeEvent(database.db, org, { capacity: 5 });
    const now = new Date();
    await register({ eventId, email: 'spaet@example.org' }, anonymous, now);
    const token = await linkIn('spaet@example.org', '/veranstaltungen/bestaetigen');
    const result = await auditedTransaction(database.db, ctxOf(), (tx) => confirmRegistration(tx, ctxOf(), env, token!, new Date(now.getTime() + 49 * 3_600_000)));
    expect(result.state).toBe('expired');
    expect(await placesTaken(eventId)).toBe(0);
  });

  it('writes an audit entry for every change of a registration, without its values', async () => {
    const eventId = await makeEvent(database.db, org);
    const before = (await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE resource_type = 'event_registrations'`))[0].n;
    await register({ eventId, email: 'protokoll@example.org', name: 'Pia Protokoll' });
    const entries = await rows<{ action: string; details: { columns: string[] }; ip: string }>(database.db, sql`
      SELECT action, details, ip FROM audit_log WHERE resource_type = 'event_registrations' ORDER BY id OFFSET ${before}`);
    expect(entries.map((e) => e.action)).toEqual(['row.insert']);
    expect(entries[0].details.columns).toContain('email');
    expect(JSON.stringify(entries)).not.toContain('protokoll@example.org');
    expect(entries[0].ip).toBe('198.51.100.7');
  });
});

describe('waiting list', () => {
  it('puts registrations beyond the capacity on the waiting list with their position, and moves the first up when someone cancels', async () => {
    const eventId = await makeEvent(database.db, org, { capacity: 3 });
    const people = await makeCitizens(database.db, 6, 'warte');
    const results = [];
    for (const p of people) results.push(await register({ eventId, name: p.email }, p.actor));
    expect(results.map((r) => (r.ok ? r.outcome : 'refused'))).toEqual(['confirmed', 'confirmed', 'confirmed', 'waiting', 'waiting', 'waiting']);
    expect(results.slice(3).map((r) => (r.ok && r.outcome === 'waiting' ? r.position : 0))).toEqual([1, 2, 3]);
    const [waitMail] = await outboxFor(database.db, people[4].email);
    expect(waitMail.template).toBe('eventWaiting');
    expect(waitMail.textBody).toContain('Platz 2');

    const manage = registrationToken(env.secretKey, 'manage', results[1].ok ? results[1].registrationId : '');
    expect(await auditedTransaction(database.db, ctxOf(), (tx) => cancelByLink(tx, ctxOf(), env, manage))).toMatchObject({ state: 'cancelled', promoted: 1 });
    expect(await counts(eventId)).toEqual({ confirmed: 3, waiting: 2, cancelled: 1 });
    expect((await outboxFor(database.db, people[3].email))[0].template).toBe('eventMovedUp');
    const fifth = registrationToken(env.secretKey, 'manage', results[4].ok ? results[4].registrationId : '');
    expect((await registrationByLink(database.db, env.secretKey, fifth))?.position).toBe(1);
  });

  it('keeps strict queue order: a registration for two places at the head is not overtaken by one for a single place', async () => {
    const eventId = await makeEvent(database.db, org, { capacity: 2, maxPlacesPerRegistration: 2 });
    const [a, b, c] = await makeCitizens(database.db, 3, 'reihe');
    const first = await register({ eventId, places: '2' }, a.actor);
    expect(first).toMatchObject({ outcome: 'confirmed' });
    expect(await register({ eventId, places: '2' }, b.actor)).toMatchObject({ outcome: 'waiting', position: 1 });
    expect(await register({ eventId, places: '1' }, c.actor)).toMatchObject({ outcome: 'waiting', position: 2 });
  });
});

describe('refused registrations change nothing', () => {
  const snapshot = async (eventId: string) => ({
    registrations: (await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM event_registrations WHERE event_id = ${eventId}`))[0].n,
    mails: (await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM mail_outbox`))[0].n,
    places: await placesTaken(eventId),
  });

  it('after the deadline, for a cancelled or closed event, with too many places, twice with the same address', async () => {
    const now = new Date();
    const late = await makeEvent(database.db, org, { registrationClosesAt: new Date(now.getTime() - 60_000) });
    let before = await snapshot(late);
    expect(await register({ eventId: late })).toEqual({ ok: false, refusal: 'deadlinePassed' });
    expect(await snapshot(late)).toEqual(before);

    const cancelled = await makeEvent(database.db, org);
    await database.db.execute(sql`UPDATE events SET status = 'cancelled' WHERE id = ${cancelled}`);
    before = await snapshot(cancelled);
    expect(await register({ eventId: cancelled })).toEqual({ ok: false, refusal: 'cancelled' });
    expect(await snapshot(cancelled)).toEqual(before);

    const open = await makeEvent(database.db, org, { maxPlacesPerRegistration: 2 });
    before = await snapshot(open);
    expect(await register({ eventId: open, places: '3' })).toEqual({ ok: false, problems: [{ field: 'places', key: 'events.register.errors.placesTooMany', params: { max: 2 } }] });
    expect(await register({ eventId: open, places: 'viele' })).toMatchObject({ ok: false, problems: [{ field: 'places', key: 'events.register.errors.placesInvalid' }] });
    expect(await register({ eventId: open, email: 'kein-at-zeichen', name: '' })).toMatchObject({ ok: false, problems: [{ field: 'name' }, { field: 'email' }] });
    expect(await snapshot(open)).toEqual(before);

    expect(await register({ eventId: open, email: 'zweimal@example.org' })).toMatchObject({ ok: true });
    before = await snapshot(open);
    expect(await register({ eventId: open, email: 'ZWEIMAL@example.org ' })).toEqual({ ok: false, refusal: 'duplicate' });
    expect(await snapshot(open)).toEqual(before);

    await database.db.execute(sql`UPDATE events SET registration_closed = true WHERE id = ${open}`);
    expect(await register({ eventId: open, email: 'geschlossen@example.org' })).toEqual({ ok: false, refusal: 'closed' });
    expect(await snapshot(open)).toEqual(before);
  });

  it('needs an account where the organiser asks for one, and required answers', async () => {
    const eventId = await makeEvent(database.db, org, { requiresAccount: true, questions: [{ label: 'Brauchen Sie Kinderbetreuung?', kind: 'yes_no', required: true }] });
    expect(await register({ eventId })).toEqual({ ok: false, refusal: 'accountRequired' });
    const [p] = await makeCitizens(database.db, 1, 'konto');
    const [q] = await database.db.select().from(eventQuestions).where(eq(eventQuestions.eventId, eventId));
    expect(await register({ eventId }, p.actor)).toMatchObject({ ok: false, problems: [{ field: `q-${q.id}`, key: 'events.register.errors.answerMissing' }] });
    expect(await register({ eventId, answers: { [q.id]: 'ja' } }, p.actor)).toMatchObject({ ok: true, outcome: 'confirmed' });
  });

  it('refuses a forged or changed cancel link', async () => {
    const eventId = await makeEvent(database.db, org);
    const [p] = await makeCitizens(database.db, 1, 'faelschung');
    const r = await register({ eventId }, p.actor);
    const id = r.ok ? r.registrationId : '';
    const before = await snapshot(eventId);
    const real = registrationToken(env.secretKey, 'manage', id);
    // Every spelling of the last character but the real one (base64url ignores its last two bits when decoding).
    const lastChar = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').filter((c) => c !== real.slice(-1)).map((c) => real.slice(0, -1) + c);
    for (const forged of [`${id}.${'A'.repeat(43)}`, ...lastChar, registrationToken('another-instance-key-of-32-characters', 'manage', id),
      registrationToken(env.secretKey, 'confirm', id), 'unsinn', '']) {
      expect(await auditedTransaction(database.db, ctxOf(), (tx) => cancelByLink(tx, ctxOf(), env, forged))).toEqual({ state: 'unknown' });
      expect(await registrationByLink(database.db, env.secretKey, forged)).toBeNull();
    }
    expect(await snapshot(eventId)).toEqual(before);
  });
});

describe('concurrent registrations (this engine)', () => {
  it('never confirms more places than the capacity: 40 at once for 10 places', async () => {
    const eventId = await makeEvent(database.db, org, { capacity: 10 });
    const people = await makeCitizens(database.db, 40, 'gleichzeitig');
    const results = await Promise.all(people.map((p) => register({ eventId, name: p.email }, p.actor)));
    expect(results.filter((r) => r.ok && r.outcome === 'confirmed')).toHaveLength(10);
    const positions = results.flatMap((r) => (r.ok && r.outcome === 'waiting' ? [r.position] : [])).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await placesTaken(eventId)).toBe(10);
  });
});

describe('registrations without an account are slowed down when they pile up', () => {
  it('refuses the 31st registration from one IP address and the 7th for one address, with a wait, and sends no mail for them', async () => {
    const ctx = (ip: string): RequestContext => ({ actor: anonymous, ip, correlationId: `flut-${Math.random()}` });
    const reg = (eventId: string, email: string, ip: string) =>
      auditedTransaction(database.db, ctx(ip), (tx) => registerForEvent(tx, ctx(ip), env, { eventId, name: 'Flut', email, places: '1', answers: {} }, 'de'));
    const eventId = await makeEvent(database.db, org, { capacity: 100 });
    for (let i = 0; i < 30; i++) expect((await reg(eventId, `person${i}@example.org`, '203.0.113.50')).ok).toBe(true);
    const refused = await reg(eventId, 'person30@example.org', '203.0.113.50');
    expect(refused).toMatchObject({ ok: false, refusal: 'throttled' });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(await outboxFor(database.db, 'person30@example.org')).toHaveLength(0);

    const events = await Promise.all(Array.from({ length: 7 }, () => makeEvent(database.db, org, { capacity: 10 })));
    const results = [];
    for (const [i, id] of events.entries()) results.push(await reg(id, 'familie.berg@example.org', `203.0.113.${60 + i}`));
    expect(results.slice(0, 6).every((r) => r.ok)).toBe(true);
    expect(results[6]).toMatchObject({ ok: false, refusal: 'throttled' });
    expect(await outboxFor(database.db, 'familie.berg@example.org')).toHaveLength(6);
  });
});

// A person's own registrations through HTTP: "Meine Anmeldungen" (list, cancel, someone else's id), the
// registrations in the own-data export, and what becomes of them when the account is deleted. On the
// engine the suite runs on (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeOrganization, makeUser, signedIn, TEST_PASSWORD } from '../../test/accounts.ts';
import { makeEvent } from '../../test/events.ts';
import { rows } from '../../platform/db.ts';
import { auditedTransaction, type RequestContext } from '../../platform/audit/index.ts';
import { anonymous, type Actor } from '../../platform/policy.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import type { EventInput } from './events.ts';
import { registerForEvent, type RegistrationEnv } from './registration.ts';
import { removeOldRegistrations } from './retention.ts';
import { messageParticipants } from './organiser.ts';
import { ANONYMISED_EMAIL_DOMAIN } from './own.ts';

const DAY = 86_400_000;
let t: TestApp;
let org: string;
let env: RegistrationEnv;

beforeAll(async () => {
  t = await createTestApp();
  org = await makeOrganization(t.database.db, 'Familienbildung Lindenau');
  env = { mail: t.app.mail, baseUrl: 'http://localhost', secretKey: t.app.config.secretKey, timeZone: 'Europe/Berlin' };
});
afterAll(async () => { await t?.close(); });

const db = () => t.database.db;
const userActor = (userId: string): Actor => ({ kind: 'user', userId, roles: [], memberships: [] });
const ctxOf = (actor: Actor): RequestContext => ({ actor, ip: '198.51.100.20', correlationId: `test-${Math.random()}` });

/** A citizen with an account (and the password of the test helpers), as an actor. */
async function citizen(email: string, name: string) {
  const id = await makeUser(db(), { email, name, kind: 'citizen' });
  return { id, email, actor: userActor(id) };
}

/** An event `days` from now (negative: in the past), 15:00–16:30 UTC, registration open until it begins. */
function eventIn(days: number, title: string, overrides: Partial<EventInput> = {}) {
  const start = new Date(Date.now() + days * DAY);
  start.setUTCHours(15, 0, 0, 0);
  return makeEvent(db(), org, { title, registrationClosesAt: null, sessions: [{ startsAt: start, endsAt: new Date(start.getTime() + 90 * 60_000), room: 'C2' }], ...overrides });
}

/** Registers through the service, signed in as `actor` or (anonymous) with `email`; `daysAgo` registers at that time. */
async function register(eventId: string, who: { actor?: Actor; email?: string; name?: string }, opts: { places?: number; answers?: Record<string, string>; daysAgo?: number } = {}) {
  const actor = who.actor ?? anonymous;
  const now = opts.daysAgo ? new Date(Date.now() - opts.daysAgo * DAY) : undefined;
  const result = await auditedTransaction(db(), ctxOf(actor), (tx) => registerForEvent(tx, ctxOf(actor), env,
    { eventId, name: who.name ?? 'Jemand', email: who.email ?? '', places: String(opts.places ?? 1), answers: opts.answers ?? {} }, 'de', now));
  if (!result.ok) throw new Error(`registration refused: ${JSON.stringify(result)}`);
  return result.registrationId;
}

const statusOf = async (id: string) => (await rows<{ status: string }>(db(), sql`SELECT status FROM event_registrations WHERE id = ${id}`))[0]?.status;
const audit = (action: string, subject?: string) => rows<{ outcome: string; details: Record<string, unknown>; resource_id: string | null }>(db(), sql`
  SELECT outcome, details, resource_id FROM audit_log WHERE action = ${action} ${subject ? sql`AND subject_user_id = ${subject}` : sql``} ORDER BY id`);
const cancelForms = (html: string) => [...html.matchAll(/action="\/konto\/anmeldungen\/([0-9a-f-]{36})\/absagen"/g)].map((m) => m[1]);

describe('"Meine Anmeldungen"', () => {
  it('lists the person\'s own registrations, upcoming first and then past, with state, date, place and link; the read is audited', async () => {
    const mara = await citizen('mara@example.org', 'Mara Schulz');
    const olga = await citizen('olga@example.org', 'Olga Wolf');
    const piet = await citizen('piet@example.org', 'Piet Jansen');
    const soon = await eventIn(5, 'Babymassage für Eltern', { capacity: 5 });
    const full = await eventIn(10, 'Erste Hilfe am Kind', { capacity: 1 });
    const later = await eventIn(20, 'Pubertät – Baustelle im Kopf');
    const past = await eventIn(-10, 'Elterncafé im Familienzentrum');
    const withoutAccount = await eventIn(15, 'Vortrag ohne Konto');

    const confirmed = await register(soon, { actor: mara.actor }, { places: 2 });
    await register(full, { actor: olga.actor });
    await register(full, { actor: piet.actor });
    const waiting = await register(full, { actor: mara.actor });
    const cancelled = await register(later, { actor: mara.actor });
    await db().execute(sql`UPDATE event_registrations SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'participant' WHERE id = ${cancelled}`);
    await register(past, { actor: mara.actor }, { daysAgo: 12 });
    // The same address without an account, and someone else's registration: neither is Mara's.
    await register(withoutAccount, { email: 'mara@example.org', name: 'Mara Schulz' });
    await register(later, { actor: olga.actor });

    const browser = await signedIn(t.app, db(), 'mara@example.org');
    const { res } = await browser.get('/konto/anmeldungen');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const html = res.body;
    // Upcoming by date, then the past one under its own heading.
    const order = ['Babymassage für Eltern', 'Erste Hilfe am Kind', 'Pubertät – Baustelle im Kopf', 'Vergangene Veranstaltungen', 'Elterncafé im Familienzentrum']
      .map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).not.toContain('Vortrag ohne Konto');
    expect(html).toContain(`href="/veranstaltungen/${soon}"`);
    expect(html).toContain('2 Plätze');
    expect(html).toContain('Raum C2');
    expect(html).toContain('Warteliste, Platz 2');
    expect(html).toContain('>Abgesagt<');
    // A cancel button for the active registrations of events to come, none for the cancelled or past ones.
    expect(cancelForms(html).sort()).toEqual([confirmed, waiting].sort());
    expect(html).toContain('/konto/anmeldungen');

    const [read] = (await audit('own_registration.read', mara.id)).slice(-1);
    expect(read).toMatchObject({ outcome: 'allowed', details: { registrations: 4 } });

    // The account page links to it.
    expect((await browser.get('/konto')).res.body).toContain('href="/konto/anmeldungen"');
  });

  it('shows a signed-in person who is registered their state on the event page instead of the form', async () => {
    const lea = await citizen('lea@example.org', 'Lea Brandt');
    const full = await eventIn(6, 'Elterncafé mit Warteliste', { capacity: 1 });
    const erste = await citizen('erste@example.org', 'Erste');
    await register(full, { actor: erste.actor, name: 'Erste' });
    const browser = await signedIn(t.app, db(), 'lea@example.org');
    const before = (await browser.get(`/veranstaltungen/${full}`)).res.body;
    expect(before).toContain(`action="/veranstaltungen/${full}/anmelden"`);
    await register(full, { actor: lea.actor, name: 'Lea Brandt' });
    const page = (await browser.get(`/veranstaltungen/${full}`)).res.body;
    expect(page).not.toContain(`action="/veranstaltungen/${full}/anmelden"`);
    expect(page).toContain('Sie stehen auf der Warteliste, auf Platz 1.');
    const firstOnes = await signedIn(t.app, db(), 'erste@example.org');
    expect((await firstOnes.get(`/veranstaltungen/${full}`)).res.body).toContain('Sie sind angemeldet.');
    expect(page).toContain('href="/konto/anmeldungen"');
    // Someone else signed in still gets the form.
    await citizen('ole@example.org', 'Ole');
    const other = await signedIn(t.app, db(), 'ole@example.org');
    expect((await other.get(`/veranstaltungen/${full}`)).res.body).toContain(`action="/veranstaltungen/${full}/anmelden"`);
  });

  it('sends someone not signed in to sign in', async () => {
    const res = await t.app.inject('/konto/anmeldungen');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('/anmelden');
  });

  it('cancels through the same path as the personal link: the waiting list moves up at once, with mails; a second click changes nothing', async () => {
    const lena = await citizen('lena@example.org', 'Lena Lorenz');
    const ben = await citizen('ben@example.org', 'Ben Albrecht');
    const eventId = await eventIn(8, 'Elternabend Medienerziehung', { capacity: 1 });
    const lenas = await register(eventId, { actor: lena.actor });
    const bens = await register(eventId, { actor: ben.actor });
    expect(await statusOf(bens)).toBe('waiting');

    const browser = await signedIn(t.app, db(), 'lena@example.org');
    const page = await browser.get('/konto/anmeldungen');
    const res = await browser.post(`/konto/anmeldungen/${lenas}/absagen`, { _csrf: page.csrf });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/konto/anmeldungen?erledigt=abgesagt');
    expect(await statusOf(lenas)).toBe('cancelled');
    expect(await statusOf(bens)).toBe('confirmed');
    expect((await outboxFor(db(), 'ben@example.org'))[0].template).toBe('eventMovedUp');
    expect((await outboxFor(db(), 'lena@example.org'))[0].template).toBe('eventCancelledByYou');
    const after = await browser.get(String(res.headers.location));
    expect(after.res.body).toContain('Ihre Anmeldung ist abgesagt');
    expect(cancelForms(after.res.body)).toEqual([]);
    const [entry] = (await audit('own_registration.cancel', lena.id)).slice(-1);
    expect(entry).toMatchObject({ outcome: 'allowed', resource_id: lenas, details: { promoted: 1 } });

    // (A page without a form carries no token: the account page's serves.)
    const csrf = (await browser.get('/konto')).csrf;
    const again = await browser.post(`/konto/anmeldungen/${lenas}/absagen`, { _csrf: csrf });
    expect(again.headers.location).toBe('/konto/anmeldungen?erledigt=bereits');
    expect(await statusOf(bens)).toBe('confirmed');

    // In another language the answer stays in it.
    const tr = await browser.post(`/konto/anmeldungen/${lenas}/absagen?lang=tr`, { _csrf: csrf });
    expect(tr.headers.location).toBe('/konto/anmeldungen?erledigt=bereits&lang=tr');
  });

  it('answers 404 for someone else\'s registration or an unknown id, changes nothing, and audits the refusal; without the form\'s token nothing happens', async () => {
    const owner = await citizen('ida@example.org', 'Ida Kraus');
    await citizen('finn@example.org', 'Finn Fischer');
    const eventId = await eventIn(9, 'Babymassage (Nachmittagskurs)');
    const idas = await register(eventId, { actor: owner.actor });

    const other = await signedIn(t.app, db(), 'finn@example.org');
    const page = await other.get('/konto/anmeldungen');
    expect(page.res.body).not.toContain('Babymassage (Nachmittagskurs)');
    const csrf = (await other.get('/konto')).csrf;
    const res = await other.post(`/konto/anmeldungen/${idas}/absagen`, { _csrf: csrf });
    expect(res.statusCode).toBe(404);
    expect(await statusOf(idas)).toBe('confirmed');
    const [denied] = (await rows<{ outcome: string; resource_id: string }>(db(), sql`
      SELECT outcome, resource_id FROM audit_log WHERE action = 'own_registration.cancel' ORDER BY id DESC LIMIT 1`));
    expect(denied).toEqual({ outcome: 'denied', resource_id: idas });
    expect((await other.post('/konto/anmeldungen/kein-uuid/absagen', { _csrf: csrf })).statusCode).toBe(404);

    const ida = await signedIn(t.app, db(), 'ida@example.org');
    await ida.get('/konto/anmeldungen');
    expect((await ida.post(`/konto/anmeldungen/${idas}/absagen`, {})).statusCode).toBe(403);
    expect(await statusOf(idas)).toBe('confirmed');
    expect((await t.app.inject({ method: 'POST', url: `/konto/anmeldungen/${idas}/absagen` })).statusCode).toBe(403);
  });

  it('does not cancel once the event has begun', async () => {
    const owner = await citizen('nora@example.org', 'Nora Nowak');
    const eventId = await eventIn(-1, 'Eltern-Kind-Turnen');
    const id = await register(eventId, { actor: owner.actor }, { daysAgo: 3 });
    const browser = await signedIn(t.app, db(), 'nora@example.org');
    const page = await browser.get('/konto/anmeldungen');
    expect(cancelForms(page.res.body)).toEqual([]);
    const res = await browser.post(`/konto/anmeldungen/${id}/absagen`, { _csrf: (await browser.get('/konto')).csrf });
    expect(res.headers.location).toBe('/konto/anmeldungen?erledigt=begonnen');
    expect(await statusOf(id)).toBe('confirmed');
  });

  it('is right to left in Arabic and keeps the language in its forms', async () => {
    const owner = await citizen('rana@example.org', 'Rana Haddad');
    await register(await eventIn(6, 'Elterncafé international'), { actor: owner.actor });
    const browser = await signedIn(t.app, db(), 'rana@example.org');
    const { res } = await browser.get('/konto/anmeldungen?lang=ar');
    expect(res.body).toContain('<html lang="ar" dir="rtl">');
    expect(res.body).toMatch(/action="\/konto\/anmeldungen\/[0-9a-f-]{36}\/absagen\?lang=ar"/);
    // The German title is marked as German inside the Arabic page, and isolated from its direction.
    expect(res.body).toContain('<span lang="de" dir="ltr">Elterncafé international</span>');
  });
});

describe('the own-data export', () => {
  it('includes the person\'s registrations: event, sessions, status, places, answers with their questions, times', async () => {
    const owner = await citizen('selin@example.org', 'Selin Kaya');
    const eventId = await eventIn(12, 'Familienfrühstück', { capacity: 10, maxPlacesPerRegistration: 3,
      questions: [{ label: 'Brauchen Sie eine Kinderbetreuung?', kind: 'yes_no', required: true }, { label: 'Allergien?', kind: 'text' }] });
    const [q1, q2] = await rows<{ id: string }>(db(), sql`SELECT id FROM event_questions WHERE event_id = ${eventId} ORDER BY position`);
    const id = await register(eventId, { actor: owner.actor, name: 'Selin Kaya' }, { places: 3, answers: { [q1.id]: 'ja', [q2.id]: 'Nüsse' } });
    await register(await eventIn(13, 'Ohne Konto'), { email: 'selin@example.org' });

    const browser = await signedIn(t.app, db(), 'selin@example.org');
    const { res } = await browser.get('/konto/daten.json');
    const data = res.json();
    expect(data.eventRegistrations).toHaveLength(1);
    const [r] = data.eventRegistrations;
    expect(r).toMatchObject({
      id, name: 'Selin Kaya', email: 'selin@example.org', places: 3, status: 'confirmed', positionOnWaitingList: null, language: 'de', cancelledAt: null,
      event: { id: eventId, title: 'Familienfrühstück', status: 'scheduled', sessions: [{ room: 'C2' }] },
      answers: [{ question: 'Brauchen Sie eine Kinderbetreuung?', answer: 'ja' }, { question: 'Allergien?', answer: 'Nüsse' }],
    });
    expect(Date.parse(r.createdAt)).toBeGreaterThan(Date.now() - DAY);
    expect(Date.parse(r.event.startsAt)).toBeGreaterThan(Date.now());
  });
});

describe('deleting the account', () => {
  it('cancels the registrations for events to come (the waiting list moves up, with mails), keeps the counted ones of past events anonymised and deletes the rest', async () => {
    const lotte = await citizen('lotte@example.org', 'Lotte Engel');
    const ben = await citizen('ben.engel@example.org', 'Ben Engel');
    const organiser = { kind: 'user' as const, userId: await makeUser(db(), { email: 'orga@example.org', memberships: [{ organizationId: org, role: 'editor' }] }),
      roles: [], memberships: [{ organizationId: org, role: 'editor' as const }] };
    const full = await eventIn(7, 'Spielgruppe', { capacity: 2 });
    const lottesPlace = await register(full, { actor: lotte.actor }, { places: 2 });
    const bensWait = await register(full, { actor: ben.actor });
    const other = await eventIn(9, 'Vorlesestunde', { capacity: 1 });
    await register(other, { actor: ben.actor });
    const lottesWait = await register(other, { actor: lotte.actor });
    const past = await eventIn(-5, 'Kochkurs für Familien', { questions: [{ label: 'Essen Sie vegetarisch?', kind: 'yes_no' }] });
    const [question] = await rows<{ id: string }>(db(), sql`SELECT id FROM event_questions WHERE event_id = ${past}`);
    const counted = await register(past, { actor: lotte.actor }, { daysAgo: 7, answers: { [question.id]: 'ja' } });
    await db().execute(sql`UPDATE event_registrations SET attended = true WHERE id = ${counted}`);
    const pastCancelled = await eventIn(-4, 'Babytreff');
    const gone = await register(pastCancelled, { actor: lotte.actor }, { daysAgo: 6 });
    await db().execute(sql`UPDATE event_registrations SET status = 'cancelled', cancelled_at = now() WHERE id = ${gone}`);
    // Made without the account, with the same address: not the account's, left alone.
    const withoutAccount = await register(await eventIn(11, 'Stadtteilfest'), { email: 'lotte@example.org', name: 'Lotte Engel' });

    const browser = await signedIn(t.app, db(), 'lotte@example.org');
    const page = await browser.get('/konto');
    expect(page.res.body).toContain('Ihre Anmeldungen zu kommenden Veranstaltungen werden abgesagt');
    const res = await browser.post('/konto/loeschen', { _csrf: page.csrf, password: TEST_PASSWORD });
    expect(res.body).toContain('Ihr Konto ist gelöscht');

    // The waiting list moved up in the same transaction, with its mail; Lotte was told once per cancellation.
    expect(await statusOf(bensWait)).toBe('confirmed');
    expect((await outboxFor(db(), 'ben.engel@example.org')).map((m) => m.template)).toContain('eventMovedUp');
    expect((await outboxFor(db(), 'lotte@example.org')).filter((m) => m.template === 'eventCancelledByYou')).toHaveLength(2);
    expect((await rows<{ n: number }>(db(), sql`SELECT confirmed_places AS n FROM events WHERE id = ${full}`))[0].n).toBe(1);

    // Cancelled, waiting and never-counted registrations are gone; the counted one is kept without anything personal.
    for (const id of [lottesPlace, lottesWait, gone]) expect(await statusOf(id)).toBeUndefined();
    const [kept] = await rows<Record<string, unknown>>(db(), sql`SELECT user_id, name, email, answers, status, attended, places FROM event_registrations WHERE id = ${counted}`);
    expect(kept).toEqual({ user_id: null, name: '–', email: `geloescht-${counted}@${ANONYMISED_EMAIL_DOMAIN}`, answers: {}, status: 'confirmed', attended: true, places: 1 });
    expect(await rows(db(), sql`SELECT id FROM event_registrations WHERE email = 'lotte@example.org' OR name LIKE '%Lotte%'`)).toEqual([{ id: withoutAccount }]);
    const [summary] = (await rows<{ details: Record<string, number> }>(db(), sql`
      SELECT details FROM audit_log WHERE action = 'own_registration.delete' ORDER BY id DESC LIMIT 1`));
    expect(summary.details).toEqual({ cancelled: 2, deleted: 3, anonymised: 1 });

    // An organiser's message after the event reaches no placeholder address.
    const ctx = ctxOf({ ...organiser, mfa: true });
    expect(await auditedTransaction(db(), ctx, (tx) => messageParticipants(tx, ctx, env, past, { subject: 'Danke', message: 'Schön war es.', includeWaiting: false }))).toBe(0);
    expect(await rows(db(), sql`SELECT id FROM mail_outbox WHERE to_address LIKE ${`%@${ANONYMISED_EMAIL_DOMAIN}`}`)).toEqual([]);

    // The retention job still counts the participant and that she came.
    await removeOldRegistrations(db(), { retentionDays: 0 });
    const [counts] = await rows<{ kept_registrations: number; kept_attendance: number }>(db(), sql`SELECT kept_registrations, kept_attendance FROM events WHERE id = ${past}`);
    expect(counts).toEqual({ kept_registrations: 1, kept_attendance: 1 });
  });

  it('ends no registration when the password is wrong', async () => {
    const kim = await citizen('kim@example.org', 'Kim Richter');
    const id = await register(await eventIn(14, 'Krabbelgruppe'), { actor: kim.actor });
    const browser = await signedIn(t.app, db(), 'kim@example.org');
    const page = await browser.get('/konto');
    const res = await browser.post('/konto/loeschen', { _csrf: page.csrf, password: 'falsch-falsch-falsch' });
    expect(res.statusCode).toBe(400);
    expect(await statusOf(id)).toBe('confirmed');
  });
});

// The organisers' pages: their participant lists (personal data: second factor, audited, scoped to their
// organisation), attendance, CSV, closing, messages and cancelling; nothing of another organisation.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeOrganization, makeUser, signedIn } from '../../test/accounts.ts';
import { makeCitizens, makeEvent } from '../../test/events.ts';
import { rows } from '../../platform/db.ts';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { registerForEvent, type RegistrationEnv } from './registration.ts';
import type { FormClient } from '../../test/forms.ts';

let t: TestApp;
let orgA: string;
let orgB: string;
let eventA: string;
let eventB: string;
let organiserA: FormClient;
const env: RegistrationEnv = { mail: { smtpConfigured: false }, baseUrl: 'http://localhost', secretKey: 'x'.repeat(40), timeZone: 'Europe/Berlin' };

const registrations = (eventId: string) => rows<{ email: string; status: string; attended: boolean | null }>(t.database.db, sql`
  SELECT email, status, attended FROM event_registrations WHERE event_id = ${eventId} ORDER BY queue_number`);

beforeAll(async () => {
  t = await createTestApp();
  orgA = await makeOrganization(t.database.db, 'Familienbildungsstätte A');
  orgB = await makeOrganization(t.database.db, 'Beratungsstelle B');
  eventA = await makeEvent(t.database.db, orgA, { title: 'Kurs von A', capacity: 2 });
  eventB = await makeEvent(t.database.db, orgB, { title: 'Kurs von B', capacity: 2 });
  const people = await makeCitizens(t.database.db, 6, 'teilnahme');
  for (const [i, p] of people.entries()) {
    const eventId = i < 3 ? eventA : eventB;
    await auditedTransaction(t.database.db, { actor: p.actor }, (tx) => registerForEvent(tx, { actor: p.actor }, env, { eventId, name: `Person ${i}`, email: '', places: '1', answers: {} }, 'de'));
  }
  await makeUser(t.database.db, { email: 'redaktion-a@example.org', memberships: [{ organizationId: orgA, role: 'editor' }] });
  organiserA = await signedIn(t.app, t.database.db, 'redaktion-a@example.org', { mfa: true });
});
afterAll(async () => { await t?.close(); });

describe('organiser pages', () => {
  it('show the organiser the participants of their event, with the waiting list, and audit the read', async () => {
    const list = await organiserA.get('/verwaltung/veranstaltungen');
    expect(list.res.body).toContain('Kurs von A');
    expect(list.res.body).not.toContain('Kurs von B');
    const page = await organiserA.get(`/verwaltung/veranstaltungen/${eventA}`);
    expect(page.res.statusCode).toBe(200);
    expect(page.res.body).toContain('teilnahme1@example.org');
    expect(page.res.body).toContain('Warteliste (1)');
    const [entry] = await rows<{ action: string; resource_id: string }>(t.database.db, sql`SELECT action, resource_id FROM audit_log WHERE action = 'registration.read' ORDER BY id DESC LIMIT 1`);
    expect(entry).toEqual({ action: 'registration.read', resource_id: eventA });
    const csv = await organiserA.get(`/verwaltung/veranstaltungen/${eventA}/teilnehmende.csv`);
    expect(csv.res.headers['content-type']).toContain('text/csv');
    expect(csv.res.body.startsWith('\uFEFFName;E-Mail-Adresse;Plätze;Status')).toBe(true);
    expect(csv.res.body.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('sends organisers without a confirmed second factor to confirm it first', async () => {
    await makeUser(t.database.db, { email: 'ohne-code@example.org', memberships: [{ organizationId: orgA, role: 'org_admin' }] });
    const client = await signedIn(t.app, t.database.db, 'ohne-code@example.org');
    const res = await client.get(`/verwaltung/veranstaltungen/${eventA}`);
    expect(res.res.statusCode).toBe(303);
    expect(res.res.headers.location).toMatch(/^\/konto\/zwei-faktor/);
  });

  it('records attendance, closes the registration and sends a message to everyone confirmed', async () => {
    const page = await organiserA.get(`/verwaltung/veranstaltungen/${eventA}`);
    const ids = [...page.res.body.matchAll(/name="attended" value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    const saved = await organiserA.post(`/verwaltung/veranstaltungen/${eventA}/anwesenheit`, { _csrf: page.csrf, attended: ids[0] });
    expect(saved.statusCode).toBe(303);
    expect((await registrations(eventA)).map((r) => r.attended)).toEqual([true, false, null]);

    const empty = await organiserA.post(`/verwaltung/veranstaltungen/${eventA}/nachricht`, { _csrf: page.csrf, subject: '', message: 'Bitte Hausschuhe mitbringen.' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Bitte geben Sie einen Betreff an.');
    expect(empty.body).toContain('Bitte Hausschuhe mitbringen.');
    const before = (await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM mail_outbox WHERE template = 'eventMessage'`))[0].n;
    await organiserA.post(`/verwaltung/veranstaltungen/${eventA}/nachricht`, { _csrf: page.csrf, subject: 'Raumänderung', message: 'Wir treffen uns in Raum 3.' });
    const sent = await rows<{ to_address: string; text_body: string }>(t.database.db, sql`SELECT to_address, text_body FROM mail_outbox WHERE template = 'eventMessage' ORDER BY created_at OFFSET ${before}`);
    expect(sent.map((m) => m.to_address).sort()).toEqual(['teilnahme1@example.org', 'teilnahme2@example.org']);
    expect(sent[0].text_body).toContain('Wir treffen uns in Raum 3.');

    await organiserA.post(`/verwaltung/veranstaltungen/${eventA}/anmeldung`, { _csrf: page.csrf, closed: '1' });
    const [p] = await makeCitizens(t.database.db, 1, 'zu-spaet');
    expect(await auditedTransaction(t.database.db, { actor: p.actor }, (tx) => registerForEvent(tx, { actor: p.actor }, env, { eventId: eventA, name: 'Zu spät', email: '', places: '1', answers: {} }, 'de')))
      .toEqual({ ok: false, refusal: 'closed' });
  });

  it('cannot see or change the registrations of another organisation, and each refusal is audited', async () => {
    const before = await registrations(eventB);
    const mails = (await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM mail_outbox`))[0].n;
    const { csrf } = await organiserA.get(`/verwaltung/veranstaltungen/${eventA}`);
    expect((await organiserA.get(`/verwaltung/veranstaltungen/${eventB}`)).res.statusCode).toBe(404);
    expect((await organiserA.get(`/verwaltung/veranstaltungen/${eventB}/teilnehmende.csv`)).res.statusCode).toBe(404);
    for (const [path, form] of [['anwesenheit', { attended: '' }], ['anmeldung', { closed: '1' }], ['nachricht', { subject: 'Hallo', message: 'Test' }], ['absagen', { reason: '' }]] as const) {
      const res = await organiserA.post(`/verwaltung/veranstaltungen/${eventB}/${path}`, { _csrf: csrf, ...form });
      expect(res.statusCode, path).toBe(404);
    }
    expect(await registrations(eventB)).toEqual(before);
    expect(await rows(t.database.db, sql`SELECT status, registration_closed FROM events WHERE id = ${eventB}`)).toEqual([{ status: 'scheduled', registration_closed: false }]);
    expect((await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM mail_outbox`))[0].n).toBe(mails);
    const denied = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE resource_id = ${eventB} AND outcome = 'denied'`);
    expect(denied[0].n).toBe(6);
    // A directory editor manages events but does not see anyone's registrations.
    await makeUser(t.database.db, { email: 'redaktion-stadt@example.org', roles: ['directory_editor'] });
    const editor = await signedIn(t.app, t.database.db, 'redaktion-stadt@example.org', { mfa: true });
    expect((await editor.get('/verwaltung/veranstaltungen')).res.body).toContain('Kurs von B');
    expect((await editor.get(`/verwaltung/veranstaltungen/${eventB}`)).res.statusCode).toBe(403);
  });

  it('cancels the event: every registration ends, everyone confirmed or waiting gets a mail', async () => {
    await makeUser(t.database.db, { email: 'traeger-b@example.org', memberships: [{ organizationId: orgB, role: 'org_admin' }] });
    const organiserB = await signedIn(t.app, t.database.db, 'traeger-b@example.org', { mfa: true });
    const page = await organiserB.get(`/verwaltung/veranstaltungen/${eventB}`);
    const res = await organiserB.post(`/verwaltung/veranstaltungen/${eventB}/absagen`, { _csrf: page.csrf, reason: 'Die Referentin ist erkrankt.' });
    expect(res.statusCode).toBe(303);
    expect((await registrations(eventB)).map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const mails = await rows<{ to_address: string; text_body: string }>(t.database.db, sql`SELECT to_address, text_body FROM mail_outbox WHERE template = 'eventCancelled'`);
    expect(mails.map((m) => m.to_address).sort()).toEqual(['teilnahme4@example.org', 'teilnahme5@example.org', 'teilnahme6@example.org']);
    expect(mails[0].text_body).toContain('Die Referentin ist erkrankt.');
    expect((await t.app.inject(`/veranstaltungen/${eventB}`)).body).toContain('Diese Veranstaltung wurde abgesagt.');
  });
});

// The organisers' form: creating an event, every validation message (with what was typed kept), editing
// an event that has registrations (they stay; the capacity never goes under the confirmed places; more
// places move the waiting list up), another organisation's event is "not found" (audited); cancelling
// one registration from the participant list; the reduced fee asked for at registration.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeOrganization, makeUser, signedIn } from '../../test/accounts.ts';
import { makeCitizens, makeEvent } from '../../test/events.ts';
import { changed, formFields, type FormClient } from '../../test/forms.ts';
import { rows } from '../../platform/db.ts';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import { localParts } from './events.ts';
import { registerForEvent, type RegistrationEnv } from './registration.ts';
import { addresses, locations, services } from '../directory/schema.ts';

const DAY = 86_400_000;
let t: TestApp;
let orgA: string;
let orgB: string;
let locationA: string;
let locationB: string;
let serviceA: string;
let familyTerm: string;
let editorA: FormClient;
let editorB: FormClient;
const env = (): RegistrationEnv => ({ mail: t.app.mail, baseUrl: 'http://localhost', secretKey: t.app.config.secretKey, timeZone: 'Europe/Berlin' });

/** A local date some days ahead (YYYY-MM-DD in Berlin). */
const dayAhead = (days: number) => localParts(new Date(Date.now() + days * DAY), 'Europe/Berlin').date;
const register = (eventId: string, actor: Parameters<typeof registerForEvent>[1]['actor'], name: string, extra: { reducedFee?: boolean } = {}) =>
  auditedTransaction(t.database.db, { actor }, (tx) => registerForEvent(tx, { actor }, env(), { eventId, name, email: '', places: '1', answers: {}, ...extra }, 'de'));
const statuses = (eventId: string) => rows<{ name: string; status: string; cancelled_by: string | null }>(t.database.db, sql`
  SELECT name, status, cancelled_by FROM event_registrations WHERE event_id = ${eventId} ORDER BY queue_number`);

async function makeLocation(organizationId: string, name: string, street: string): Promise<string> {
  const id = randomUUID();
  await t.database.db.insert(locations).values({ id, organizationId, name, locationType: 'physical' });
  await t.database.db.insert(addresses).values({ id: randomUUID(), locationId: id, address1: street, postalCode: '04109', city: 'Lindenau' });
  return id;
}

/** A complete, valid form for a new event of organisation A (two sessions, one speaker, one question). */
const validForm = (csrf: string): [string, string][] => [
  ['_csrf', csrf], ['organizationId', orgA], ['title', 'Elternkurs: Gelassen durch die Trotzphase'],
  ['description', 'Vier Abende für Eltern von Kleinkindern.\n\nMit Zeit für Fragen.'], ['format', 'course'], ['serviceId', serviceA],
  ['session-0-date', dayAhead(20)], ['session-0-start', '17:15'], ['session-0-end', '18:45'], ['session-0-locationId', locationA], ['session-0-room', 'C2'],
  ['session-1-date', dayAhead(27)], ['session-1-start', '17:15'], ['session-1-end', '18:45'], ['session-1-onlineUrl', 'https://meet.example.org/eltern'],
  ['session-2-date', ''], ['session-2-start', ''], ['session-2-end', ''],
  ['speaker-0-name', 'Dr. Miriam Hoffmann'], ['speaker-0-affiliation', 'Hochschule Lindenau'], ['speaker-0-contribution', 'Kurzvortrag'],
  ['question-0-label', 'Brauchen Sie eine Kinderbetreuung?'], ['question-0-kind', 'yes_no'], ['question-0-required', '1'],
  ['topic', 'Erziehung'], ['keywords', 'Trotz, Kleinkinder, Gelassenheit'], ['termIds', familyTerm], ['targetGroup', 'Eltern von Kindern zwischen 1 und 4 Jahren'],
  ['minimumAge', '1'], ['maximumAge', '4'], ['languageCodes', 'de'], ['languageCodes', 'tr'],
  ['fee', '12,50'], ['feeReduced', '5'], ['feeNote', 'Mit Lindenau-Pass ermäßigt.'], ['capacity', '20'], ['maxPlacesPerRegistration', '2'],
  ['closesDate', dayAhead(19)], ['closesTime', '12:00'], ['wheelchair', '1'], ['accessibility', 'Aufzug vorhanden.'],
];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  orgA = await makeOrganization(db, 'Familienbildungsstätte A');
  orgB = await makeOrganization(db, 'Beratungsstelle B');
  locationA = await makeLocation(orgA, 'Familienzentrum Am Markt', 'Markt 1');
  locationB = await makeLocation(orgB, 'Beratungsstelle Nord', 'Nordstraße 5');
  serviceA = randomUUID();
  await db.insert(services).values({ id: serviceA, organizationId: orgA, name: 'Elternkurse' });
  [{ id: familyTerm }] = await rows<{ id: string }>(db, sql`SELECT id FROM taxonomy_terms WHERE code = 'familienbildung'`);
  await makeUser(db, { email: 'redaktion-a@example.org', memberships: [{ organizationId: orgA, role: 'editor' }] });
  await makeUser(db, { email: 'redaktion-b@example.org', memberships: [{ organizationId: orgB, role: 'editor' }] });
  editorA = await signedIn(t.app, db, 'redaktion-a@example.org', { mfa: true });
  editorB = await signedIn(t.app, db, 'redaktion-b@example.org', { mfa: true });
});
afterAll(async () => { await t?.close(); });

describe('creating an event through the form', () => {
  it('saves everything typed, audits it, and the event appears in the calendar', async () => {
    const list = await editorA.get('/verwaltung/veranstaltungen');
    expect(list.res.body).toContain('href="/verwaltung/veranstaltungen/neu"');
    const form = await editorA.get('/verwaltung/veranstaltungen/neu');
    expect(form.res.statusCode).toBe(200);
    // One organisation: straight to the form, with its place and service to choose, and three empty sessions.
    expect(form.res.body).toContain('Familienzentrum Am Markt, Markt 1, 04109 Lindenau');
    expect(form.res.body).not.toContain('Beratungsstelle Nord');
    expect(form.res.body).toContain('Elternkurse');
    expect(form.res.body).toContain('name="session-2-date"');
    expect(form.res.body).not.toContain('name="session-3-date"');

    const res = await editorA.post('/verwaltung/veranstaltungen/neu', validForm(form.csrf));
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    const id = /\/verwaltung\/veranstaltungen\/([0-9a-f-]{36})\?erledigt=created$/.exec(res.headers.location as string)?.[1];
    expect(id).toBeDefined();
    const [e] = await rows<Record<string, unknown>>(t.database.db, sql`SELECT * FROM events WHERE id = ${id}`);
    expect(e).toMatchObject({ organization_id: orgA, service_id: serviceA, title: 'Elternkurs: Gelassen durch die Trotzphase', format: 'course', topic: 'Erziehung',
      keywords: ['Trotz', 'Kleinkinder', 'Gelassenheit'], term_ids: [familyTerm], minimum_age: 1, maximum_age: 4, language_codes: ['de', 'tr'],
      fee_note: 'Mit Lindenau-Pass ermäßigt.', capacity: 20, max_places_per_registration: 2, wheelchair: true, accessibility: 'Aufzug vorhanden.', requires_account: false });
    expect(Number(e.fee)).toBe(12.5);
    expect(Number(e.fee_reduced)).toBe(5);
    expect(localParts(new Date(e.registration_closes_at as string), 'Europe/Berlin')).toEqual({ date: dayAhead(19), time: '12:00' });
    const sessions = await rows<{ starts_at: string; ends_at: string; location_id: string | null; online_url: string | null; room: string | null }>(t.database.db,
      sql`SELECT starts_at, ends_at, location_id, online_url, room FROM event_sessions WHERE event_id = ${id} ORDER BY starts_at`);
    expect(sessions.map((s) => ({ ...localParts(new Date(s.starts_at), 'Europe/Berlin'), end: localParts(new Date(s.ends_at), 'Europe/Berlin').time, place: s.location_id ?? s.online_url, room: s.room })))
      .toEqual([{ date: dayAhead(20), time: '17:15', end: '18:45', place: locationA, room: 'C2' }, { date: dayAhead(27), time: '17:15', end: '18:45', place: 'https://meet.example.org/eltern', room: null }]);
    expect(await rows(t.database.db, sql`SELECT label, kind, required FROM event_questions WHERE event_id = ${id}`)).toEqual([{ label: 'Brauchen Sie eine Kinderbetreuung?', kind: 'yes_no', required: true }]);
    expect(await rows(t.database.db, sql`SELECT name, affiliation FROM event_speakers WHERE event_id = ${id}`)).toEqual([{ name: 'Dr. Miriam Hoffmann', affiliation: 'Hochschule Lindenau' }]);
    const audit = await rows<{ action: string; outcome: string }>(t.database.db, sql`SELECT action, outcome FROM audit_log WHERE resource_id = ${id} AND action = 'event.manage'`);
    expect(audit).toEqual([{ action: 'event.manage', outcome: 'allowed' }]);

    const page = await editorA.get(`/verwaltung/veranstaltungen/${id}?erledigt=created`);
    expect(page.res.body).toContain('Die Veranstaltung ist angelegt');
    expect(page.res.body).toContain(`href="/verwaltung/veranstaltungen/${id}/bearbeiten"`);
    const calendar = await t.app.inject(`/veranstaltungen?von=${dayAhead(19)}&bis=${dayAhead(30)}`);
    expect(calendar.body).toContain('Elternkurs: Gelassen durch die Trotzphase');
    expect((await t.app.inject(`/veranstaltungen/${id}`)).body).toContain('Dr. Miriam Hoffmann');
  });

  it('refuses a form without the CSRF token', async () => {
    const { csrf } = await editorA.get('/verwaltung/veranstaltungen/neu');
    const res = await editorA.post('/verwaltung/veranstaltungen/neu', validForm(csrf).filter(([k]) => k !== '_csrf'));
    expect(res.statusCode).toBe(403);
  });

  it('directory editors create events of any organisation, choosing it first, and land on the list', async () => {
    await makeUser(t.database.db, { email: 'redaktion-stadt@example.org', roles: ['directory_editor'] });
    const editor = await signedIn(t.app, t.database.db, 'redaktion-stadt@example.org');
    const choose = await editor.get('/verwaltung/veranstaltungen/neu');
    expect(choose.res.body).toContain('Für welchen Veranstalter');
    expect(choose.res.body).toContain('Beratungsstelle B');
    const form = await editor.get(`/verwaltung/veranstaltungen/neu?veranstalter=${orgB}`);
    expect(form.res.body).toContain('Beratungsstelle Nord');
    const res = await editor.post('/verwaltung/veranstaltungen/neu', changed(validForm(form.csrf),
      { organizationId: orgB, 'session-0-locationId': locationB, title: 'Offene Sprechstunde' }, ['serviceId']));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    expect(res.headers.location).toMatch(/^\/verwaltung\/veranstaltungen\?gespeichert=[0-9a-f-]{36}$/);
    expect((await editor.get(res.headers.location as string)).res.body).toContain('Die Veranstaltung „Offene Sprechstunde“ ist gespeichert.');
  });
});

describe('the form’s validation', () => {
  it('names every missing field beside it and in the summary, keeping what was typed', async () => {
    const { csrf } = await editorA.get('/verwaltung/veranstaltungen/neu');
    const res = await editorA.post('/verwaltung/veranstaltungen/neu', [['_csrf', csrf], ['organizationId', orgA], ['keywords', 'Nur Stichworte'],
      ['capacity', ''], ['maxPlacesPerRegistration', '1']]);
    expect(res.statusCode).toBe(400);
    for (const message of ['Bitte geben Sie einen Titel an.', 'Bitte beschreiben Sie kurz, worum es geht.', 'Bitte wählen Sie das Format.',
      'Bitte geben Sie mindestens einen Termin an.', 'Bitte wählen Sie mindestens eine Sprache.', 'Bitte geben Sie die Zahl der Plätze als ganze Zahl ab 1 an.']) {
      expect(res.body, message).toContain(message);
    }
    expect(res.body).toContain('class="kern-alert kern-alert--danger error-summary"');
    expect(res.body).toContain('href="#title"');
    expect(res.body).toContain('href="#session-0-date"');
    expect(res.body).toContain('value="Nur Stichworte"');
    expect(res.body).toContain('aria-invalid="true"');
  });

  it('checks each field and the rules across fields', async () => {
    const { csrf } = await editorA.get('/verwaltung/veranstaltungen/neu');
    const cases: [Record<string, string>, string, string][] = [
      [{ 'session-0-end': '16:00' }, 'session-0-end', 'Das Ende muss nach dem Beginn liegen.'],
      [{ 'session-1-onlineUrl': 'kein link' }, 'session-1-onlineUrl', 'Bitte geben Sie eine vollständige Internetadresse an'],
      [{ 'session-0-locationId': '' }, 'session-0-locationId', 'Bitte wählen Sie einen Ort oder geben Sie einen Link für die Online-Teilnahme an.'],
      [{ 'session-0-locationId': locationB }, 'session-0-locationId', 'Bitte wählen Sie einen Ort dieses Veranstalters.'],
      [{ 'session-0-date': '31.02.2030' }, 'session-0-date', 'Bitte geben Sie das Datum als TT.MM.JJJJ an'],
      [{ 'session-0-date': localParts(new Date(Date.now() - 2 * DAY), 'Europe/Berlin').date }, 'session-0-date', 'Dieser Termin liegt in der Vergangenheit.'],
      [{ 'session-0-start': '25:00' }, 'session-0-start', 'Bitte geben Sie die Uhrzeit als SS:MM an'],
      [{ 'session-0-start': '' }, 'session-0-start', 'Bitte geben Sie an, wann der Termin beginnt.'],
      [{ 'session-2-room': 'Raum 3' }, 'session-2-date', 'Bitte geben Sie das Datum des Termins an.'],
      [{ closesDate: dayAhead(21) }, 'closesDate', 'Der Anmeldeschluss muss vor dem Beginn des ersten Termins liegen'],
      [{ opensDate: dayAhead(19), opensTime: '13:00' }, 'opensDate', 'Der Beginn der Anmeldung muss vor dem Anmeldeschluss liegen.'],
      [{ capacity: 'viele' }, 'capacity', 'Bitte geben Sie die Zahl der Plätze als ganze Zahl ab 1 an.'],
      [{ capacity: '1' }, 'maxPlacesPerRegistration', 'Pro Anmeldung können nicht mehr Plätze gebucht werden, als es insgesamt gibt.'],
      [{ fee: 'zwölf' }, 'fee', 'Bitte geben Sie den Betrag in Euro an, zum Beispiel 12,50.'],
      [{ feeReduced: '15' }, 'feeReduced', 'Der ermäßigte Beitrag muss niedriger sein als der Beitrag.'],
      [{ fee: '' }, 'feeReduced', 'Einen ermäßigten Beitrag gibt es nur zu einem Beitrag.'],
      [{ minimumAge: '10' }, 'maximumAge', 'Das Alter „bis“ darf nicht kleiner sein als das Alter „ab“.'],
      [{ maximumAge: '200' }, 'maximumAge', 'Bitte geben Sie das Alter als ganze Zahl zwischen 0 und 120 an.'],
      [{ 'speaker-0-name': '' }, 'speaker-0-name', 'Bitte geben Sie den Namen an.'],
      [{ 'question-0-label': '' }, 'question-0-label', 'Bitte schreiben Sie die Frage.'],
      [{ title: 'x'.repeat(201) }, 'title', 'Bitte kürzen Sie auf höchstens 200 Zeichen.'],
      [{ serviceId: randomUUID() }, 'serviceId', 'Bitte wählen Sie ein Angebot dieses Veranstalters.'],
      [{ termIds: randomUUID() }, 'termIds', 'Bitte wählen Sie Lebenslagen aus der Liste.'],
    ];
    const before = (await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM events`))[0].n;
    for (const [change, field, message] of cases) {
      const res = await editorA.post('/verwaltung/veranstaltungen/neu', changed(validForm(csrf), change));
      expect(res.statusCode, message).toBe(400);
      expect(res.body, message).toContain(message);
      expect(res.body, message).toContain(`href="#${field}"`);
      expect(res.body, message).toContain(`id="${field}-error"`);
      // Nothing typed is lost (a choice the list does not offer cannot be shown as chosen).
      expect(res.body, message).toContain('Aufzug vorhanden.');
      for (const v of Object.values(change)) if (v && v.length < 100 && !/^[0-9a-f-]{36}$/.test(v)) expect(res.body, message).toContain(v.replace(/"/g, '&quot;'));
    }
    expect((await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM events`))[0].n).toBe(before);
  });

  it('accepts a fee with a comma or a point, and adds empty rows on request without saving', async () => {
    const { csrf } = await editorA.get('/verwaltung/veranstaltungen/neu');
    const more = await editorA.post('/verwaltung/veranstaltungen/neu', [...validForm(csrf), ['_mehr', 'session']]);
    expect(more.statusCode).toBe(200);
    expect(more.body).toContain('name="session-7-date"');
    expect(more.body).toMatch(/id="session-2-date" name="session-2-date" value(="")? autocomplete="off"[^>]*autofocus/);
    expect(more.body).toContain('Elternkurs: Gelassen durch die Trotzphase');
    expect(more.body).not.toContain('error-summary');
    const res = await editorA.post('/verwaltung/veranstaltungen/neu', changed(validForm(csrf), { fee: '7.5 €', feeReduced: '', title: 'Kurs mit Punkt' }));
    expect(res.statusCode).toBe(303);
    expect(await rows(t.database.db, sql`SELECT fee::text, fee_reduced FROM events WHERE title = 'Kurs mit Punkt'`)).toEqual([{ fee: '7.5', fee_reduced: null }]);
  });
});

describe('editing an event', () => {
  it('keeps its registrations when the dates change, refuses fewer places than confirmed, and moves the waiting list up into more places', async () => {
    const id = await makeEvent(t.database.db, orgA, { title: 'Babymassage', capacity: 2, maxPlacesPerRegistration: 1 });
    const people = await makeCitizens(t.database.db, 4, 'massage');
    for (const [i, p] of people.entries()) await register(id, p.actor, `Person ${i + 1}`);
    expect((await statuses(id)).map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting']);
    const [session] = await rows<{ id: string }>(t.database.db, sql`SELECT id FROM event_sessions WHERE event_id = ${id}`);

    const form = await editorA.get(`/verwaltung/veranstaltungen/${id}/bearbeiten`);
    expect(form.res.statusCode).toBe(200);
    expect(form.res.body).toContain('Es gibt schon Anmeldungen: 2 Plätze fest vergeben, 2 auf der Warteliste.');
    const action = `/verwaltung/veranstaltungen/${id}/bearbeiten`;
    const fields = formFields(form.res.body, action);
    expect(fields).toContainEqual(['title', 'Babymassage']);
    expect(fields).toContainEqual(['session-0-id', session.id]);
    // makeEvent's session has no place: the organiser picks one.
    const edited = changed(fields, { 'session-0-locationId': locationA, description: 'Sanfte Griffe für Babys.' });

    const fewer = await editorA.post(action, changed(edited, { capacity: '1' }));
    expect(fewer.statusCode).toBe(400);
    expect(fewer.body).toContain('Es sind schon 2 Plätze fest vergeben. Die Zahl der Plätze kann nicht darunter sinken.');
    expect(fewer.body).toContain('value="1"');

    const moved = dayAhead(30);
    const res = await editorA.post(action, changed(edited, { 'session-0-date': moved, 'session-0-start': '10:00', 'session-0-end': '11:15', closesDate: dayAhead(29), capacity: '3' }));
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    expect(res.headers.location).toBe(`/verwaltung/veranstaltungen/${id}?erledigt=moved`);
    // The session kept its id (and iCalendar UID); the registrations are all there, the first waiting moved up.
    const [after] = await rows<{ id: string; starts_at: string }>(t.database.db, sql`SELECT id, starts_at FROM event_sessions WHERE event_id = ${id}`);
    expect(after.id).toBe(session.id);
    expect(localParts(new Date(after.starts_at), 'Europe/Berlin')).toEqual({ date: moved, time: '10:00' });
    expect((await statuses(id)).map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waiting']);
    expect(await rows(t.database.db, sql`SELECT capacity, confirmed_places FROM events WHERE id = ${id}`)).toEqual([{ capacity: 3, confirmed_places: 3 }]);
    // The one who moved up has the new dates in that mail; the others are told of the change.
    expect((await outboxFor(t.database.db, people[2].email)).map((m) => m.template)).toEqual(['eventMovedUp', 'eventWaiting']);
    for (const p of [people[0], people[1], people[3]]) {
      const [mail] = await outboxFor(t.database.db, p.email);
      expect(mail.template).toBe('eventChanged');
      expect(mail.textBody).toMatch(/10:00–11:15, Familienzentrum Am Markt, Markt 1, 04109 Lindenau/);
      expect(mail.textBody).toContain('/veranstaltungen/anmeldung/');
    }
    const [entry] = await rows<{ details: Record<string, unknown> }>(t.database.db, sql`SELECT details FROM audit_log WHERE resource_id = ${id} AND action = 'event.manage' ORDER BY id DESC LIMIT 1`);
    expect(entry.details).toMatchObject({ updated: true, capacity: { from: 2, to: 3 }, promoted: 1, scheduleChangeMailed: 3 });

    // Another edit that leaves dates and places alone mails nobody.
    const again = formFields((await editorA.get(action)).res.body, action);
    expect((await editorA.post(action, changed(again, { description: 'Sanfte Griffe für Babys und Eltern.' }))).statusCode).toBe(303);
    expect((await outboxFor(t.database.db, people[0].email)).map((m) => m.template)).toEqual(['eventChanged', 'eventConfirmed']);
  });

  it('answers 404 to another organisation’s editor, changes nothing, and audits each refusal', async () => {
    const id = await makeEvent(t.database.db, orgA, { title: 'Nur für A' });
    const own = await editorA.get(`/verwaltung/veranstaltungen/${id}/bearbeiten`);
    const fields = formFields(own.res.body, `/verwaltung/veranstaltungen/${id}/bearbeiten`);
    const { csrf } = await editorB.get('/verwaltung/veranstaltungen/neu');
    expect((await editorB.get(`/verwaltung/veranstaltungen/${id}/bearbeiten`)).res.statusCode).toBe(404);
    expect((await editorB.post(`/verwaltung/veranstaltungen/${id}/bearbeiten`, changed(fields, { _csrf: csrf, title: 'Übernommen' }))).statusCode).toBe(404);
    expect((await editorB.post(`/verwaltung/veranstaltungen/${id}/bearbeiten`, changed(fields, { _csrf: csrf, _mehr: 'session' }))).statusCode).toBe(404);
    // Nor may B create an event for A.
    expect((await editorB.post('/verwaltung/veranstaltungen/neu', validForm(csrf))).statusCode).toBe(404);
    expect(await rows(t.database.db, sql`SELECT title FROM events WHERE id = ${id}`)).toEqual([{ title: 'Nur für A' }]);
    const denied = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'event.manage' AND outcome = 'denied' AND resource_id IN (${id}, ${orgA})`);
    expect(denied[0].n).toBe(4);
    expect((await editorB.get('/verwaltung/veranstaltungen/kein-uuid/bearbeiten')).res.statusCode).toBe(404);
  });
});

describe('the organiser cancels one registration', () => {
  it('asks first, then cancels: the person is mailed, the first waiting moves up and is mailed; audited', async () => {
    const id = await makeEvent(t.database.db, orgA, { title: 'Erste Hilfe am Kind', capacity: 1, maxPlacesPerRegistration: 1 });
    const [first, second] = await makeCitizens(t.database.db, 2, 'erstehilfe');
    await register(id, first.actor, 'Ida Kraus');
    await register(id, second.actor, 'Ben Albrecht');
    const page = await editorA.get(`/verwaltung/veranstaltungen/${id}`);
    const [, regId] = /href="\/verwaltung\/veranstaltungen\/[0-9a-f-]{36}\/anmeldungen\/([0-9a-f-]{36})\/stornieren"/.exec(page.res.body)!;
    expect(page.res.body).toContain('Anmeldung stornieren<span class="kern-sr-only">: Ida Kraus</span>');

    const confirm = await editorA.get(`/verwaltung/veranstaltungen/${id}/anmeldungen/${regId}/stornieren`);
    expect(confirm.res.statusCode).toBe(200);
    expect(confirm.res.body).toContain('Möchten Sie diese Anmeldung wirklich stornieren?');
    expect(confirm.res.body).toContain('Ida Kraus');
    expect((await statuses(id)).map((r) => r.status)).toEqual(['confirmed', 'waiting']);

    // Another organisation's editor cannot, and a registration of another event is not found under this one.
    expect((await editorB.post(`/verwaltung/veranstaltungen/${id}/anmeldungen/${regId}/stornieren`, { _csrf: (await editorB.get('/verwaltung/veranstaltungen/neu')).csrf })).statusCode).toBe(404);
    const other = await makeEvent(t.database.db, orgA, { title: 'Anderer Kurs' });
    expect((await editorA.post(`/verwaltung/veranstaltungen/${other}/anmeldungen/${regId}/stornieren`, { _csrf: confirm.csrf })).statusCode).toBe(404);
    expect((await statuses(id)).map((r) => r.status)).toEqual(['confirmed', 'waiting']);

    const res = await editorA.post(`/verwaltung/veranstaltungen/${id}/anmeldungen/${regId}/stornieren`, { _csrf: confirm.csrf });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/verwaltung/veranstaltungen/${id}?erledigt=removed`);
    expect(await statuses(id)).toEqual([{ name: 'Ida Kraus', status: 'cancelled', cancelled_by: 'organiser' }, { name: 'Ben Albrecht', status: 'confirmed', cancelled_by: null }]);
    expect((await outboxFor(t.database.db, first.email))[0].template).toBe('eventRemoved');
    expect((await outboxFor(t.database.db, second.email))[0].template).toBe('eventMovedUp');
    const [entry] = await rows<{ details: Record<string, unknown>; subject_user_id: string }>(t.database.db, sql`
      SELECT details, subject_user_id FROM audit_log WHERE action = 'registration.manage' AND resource_id = ${regId} ORDER BY id DESC LIMIT 1`);
    expect(entry.details).toMatchObject({ eventId: id, cancelledByOrganiser: true, promoted: 1 });
    expect((await editorA.get(`/verwaltung/veranstaltungen/${id}?erledigt=removed`)).res.body).toContain('Die Anmeldung ist storniert');
    // A second click changes nothing.
    expect((await editorA.post(`/verwaltung/veranstaltungen/${id}/anmeldungen/${regId}/stornieren`, { _csrf: confirm.csrf })).headers.location).toBe(`/verwaltung/veranstaltungen/${id}?erledigt=already`);
    expect((await outboxFor(t.database.db, first.email)).length).toBe(2);
  });
});

describe('the reduced fee', () => {
  it('is offered where there is one, stored with the registration, shown to the organiser, in the CSV and in the mail', async () => {
    const id = await makeEvent(t.database.db, orgA, { title: 'Kochkurs', fee: 30, feeReduced: 10, feeNote: 'Mit Lindenau-Pass.', capacity: 5 });
    const page = await t.app.inject(`/veranstaltungen/${id}`);
    expect(page.body).toContain('Ich beantrage den ermäßigten Beitrag (10,00');
    expect(page.body).toContain('Mit Lindenau-Pass.');
    const [claimer, payer] = await makeCitizens(t.database.db, 2, 'kochen');
    await register(id, claimer.actor, 'Nora Nowak', { reducedFee: true });
    await register(id, payer.actor, 'Paul Petrenko');
    const [mail] = await outboxFor(t.database.db, claimer.email);
    expect(mail.template).toBe('eventConfirmed');
    expect(mail.textBody).toContain('Sie haben den ermäßigten Beitrag beantragt.');
    const [plain] = await outboxFor(t.database.db, payer.email);
    expect(plain.textBody).not.toContain('ermäßigten');
    // The empty line of the sentence left out is left out too.
    expect(plain.textBody).toMatch(/Wo: [^\n]*\nMit Ihrem persönlichen Link/);

    // Without an account, through the public form.
    const visitor = await t.app.inject(`/veranstaltungen/${id}`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(visitor.body)![1];
    const cookie = visitor.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const posted = await t.app.inject({ method: 'POST', url: `/veranstaltungen/${id}/anmelden`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, name: 'Olena Iwanowa', email: 'olena@example.org', places: '1', reducedFee: '1' }).toString() });
    expect(posted.statusCode).toBe(200);
    expect(await rows(t.database.db, sql`SELECT name, reduced_fee FROM event_registrations WHERE event_id = ${id} ORDER BY created_at`))
      .toEqual([{ name: 'Nora Nowak', reduced_fee: true }, { name: 'Paul Petrenko', reduced_fee: false }, { name: 'Olena Iwanowa', reduced_fee: true }]);

    const list = await editorA.get(`/verwaltung/veranstaltungen/${id}`);
    expect(list.res.body).toContain('Ermäßigung beantragt');
    const csv = (await editorA.get(`/verwaltung/veranstaltungen/${id}/teilnehmende.csv`)).res.body.split('\r\n');
    expect(csv[0]).toBe('\uFEFFName;E-Mail-Adresse;Plätze;Status;Position;Ermäßigung beantragt;Anwesend;Angemeldet am');
    expect(csv.find((l) => l.startsWith('Nora Nowak'))).toContain(';Ja;');
    expect(csv.find((l) => l.startsWith('Paul Petrenko'))).toContain(';Nein;');
  });

  it('is neither offered nor stored where the event has none', async () => {
    const id = await makeEvent(t.database.db, orgA, { title: 'Kostenfreier Abend' });
    expect((await t.app.inject(`/veranstaltungen/${id}`)).body).not.toContain('ermäßigten Beitrag');
    const [p] = await makeCitizens(t.database.db, 1, 'frei');
    await register(id, p.actor, 'Vera Maier', { reducedFee: true });
    expect(await rows(t.database.db, sql`SELECT reduced_fee FROM event_registrations WHERE event_id = ${id}`)).toEqual([{ reduced_fee: false }]);
    expect((await editorA.get(`/verwaltung/veranstaltungen/${id}/teilnehmende.csv`)).res.body).not.toContain('Ermäßigung');
  });
});

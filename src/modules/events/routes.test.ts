// The public event pages through HTTP: calendar with filters, event page, registration form with its
// errors, opt-in link, personal link, cancellation, iCalendar.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { makeOrganization, makeUser, signedIn } from '../../test/accounts.ts';
import { makeEvent } from '../../test/events.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import { rows } from '../../platform/db.ts';
import { termId } from '../../test/factories.ts';
import { ensureBaseData } from '../directory/base-data.ts';
import { importServices } from '../directory/importer.ts';
import { makeService } from '../../test/factories.ts';

let t: TestApp;
let org: string;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  await ensureBaseData(t.database.db);
  org = await makeOrganization(t.database.db, 'Familienzentrum Lindenau');
});
afterAll(async () => { await t?.close(); });

const isoDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);

describe('events calendar', () => {
  it('lists the sessions of the month with the filters of the directory search', async () => {
    const soon = new Date(Date.now() + 3 * DAY);
    await makeEvent(t.database.db, org, { title: 'Babymassage für Eltern', format: 'course', termIds: [termId('familienbildung')], minimumAge: 0, maximumAge: 1,
      fee: 30, sessions: [{ startsAt: soon, endsAt: new Date(soon.getTime() + 3_600_000) }, { startsAt: new Date(soon.getTime() + 7 * DAY), endsAt: new Date(soon.getTime() + 7 * DAY + 3_600_000) }] });
    await makeEvent(t.database.db, org, { title: 'Infoabend Schuldnerberatung', format: 'single', termIds: [termId('schuldnerberatung')], languageCodes: ['de', 'tr'],
      sessions: [{ startsAt: soon, endsAt: new Date(soon.getTime() + 3_600_000) }] });
    const range = `von=${isoDay(new Date())}&bis=${isoDay(new Date(Date.now() + 20 * DAY))}`;
    const all = await t.app.inject(`/veranstaltungen?${range}`);
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('Babymassage für Eltern');
    expect(all.body).toContain('Infoabend Schuldnerberatung');
    const free = await t.app.inject(`/veranstaltungen?${range}&kostenfrei=1`);
    expect(free.body).not.toContain('Babymassage für Eltern');
    expect(free.body).toContain('Infoabend Schuldnerberatung');
    const situation = await t.app.inject(`/veranstaltungen?${range}&lebenslage=familienbildung`);
    expect(situation.body).toContain('Babymassage für Eltern');
    expect(situation.body).not.toContain('Infoabend Schuldnerberatung');
    // The parent life situation finds the events of its children.
    const parent = await rows<{ code: string }>(t.database.db, sql`SELECT p.code FROM taxonomy_terms c JOIN taxonomy_terms p ON p.id = c.parent_id WHERE c.code = 'familienbildung'`);
    expect((await t.app.inject(`/veranstaltungen?${range}&lebenslage=${parent[0].code}`)).body).toContain('Babymassage für Eltern');
    expect((await t.app.inject(`/veranstaltungen?${range}&age=30`)).body).not.toContain('Babymassage für Eltern');
    expect((await t.app.inject(`/veranstaltungen?${range}&sprache=tr`)).body).not.toContain('Babymassage für Eltern');
  });

  it('explains a bad date beside its field and keeps what was typed', async () => {
    const res = await t.app.inject('/veranstaltungen?von=31.02.2026&age=zwei');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Bitte geben Sie das Datum als TT.MM.JJJJ an.');
    expect(res.body).toContain('href="#filter-von"');
    expect(res.body).toContain('value="31.02.2026"');
    expect(res.body).toContain('value="zwei"');
  });

  it('exports an event and a filtered feed as iCalendar', async () => {
    const id = await makeEvent(t.database.db, org, { title: 'Elterncafé; offen, für alle' });
    const one = await t.app.inject(`/veranstaltungen/${id}/kalender.ics`);
    expect(one.headers['content-type']).toContain('text/calendar');
    expect(one.body).toContain('BEGIN:VEVENT');
    expect(one.body).toContain('SUMMARY:Elterncafé\\; offen\\, für alle');
    expect(one.body.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const feed = await t.app.inject('/veranstaltungen.ics?kostenfrei=1');
    expect(feed.body).toContain('Elterncafé');
  });
});

describe('registration through the pages', () => {
  it('registers without an account, confirms through the mailed link, sees the registration and cancels it', async () => {
    const id = await makeEvent(t.database.db, org, { title: 'Workshop Medienerziehung', capacity: 2, questions: [{ label: 'Brauchen Sie Kinderbetreuung?', kind: 'yes_no', required: true }] });
    const browser = formClient(t.app);
    const page = await browser.get(`/veranstaltungen/${id}`);
    expect(page.res.statusCode).toBe(200);
    expect(page.res.body).toContain('Brauchen Sie Kinderbetreuung?');
    const questionId = page.res.body.match(/name="answer_([0-9a-f-]{36})"/)![1];

    // Errors: a message beside each field, everything typed kept.
    const bad = await browser.post(`/veranstaltungen/${id}/anmelden`, { _csrf: page.csrf, name: 'Jana Berg', email: 'jana.example.org', places: '3' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bitte geben Sie eine gültige E-Mail-Adresse an');
    expect(bad.body).toContain('Pro Anmeldung sind höchstens 2 Plätze möglich.');
    expect(bad.body).toContain('Bitte beantworten Sie diese Frage.');
    expect(bad.body).toContain('value="Jana Berg"');
    expect(bad.body).toContain('value="jana.example.org"');
    expect(bad.body).toContain(`href="#q-${questionId}"`);

    const sent = await browser.post(`/veranstaltungen/${id}/anmelden`, { _csrf: page.csrf, name: 'Jana Berg', email: 'jana@example.org', places: '1', [`answer_${questionId}`]: 'ja' });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Bitte bestätigen Sie Ihre Anmeldung');
    const [mail] = await outboxFor(t.database.db, 'jana@example.org');
    const confirmPath = mail.textBody.match(/https?:\/\/[^/\s]+(\/veranstaltungen\/bestaetigen\/\S+)/)![1];
    const confirmPage = await browser.get(confirmPath);
    expect(confirmPage.res.body).toContain('Workshop Medienerziehung');
    const confirmed = await browser.post(confirmPath, { _csrf: confirmPage.csrf });
    expect(confirmed.statusCode).toBe(303);
    const manage = await browser.get(String(confirmed.headers.location));
    expect(manage.res.body).toContain('Sie sind verbindlich angemeldet.');
    expect(manage.res.headers['cache-control']).toBe('no-store');

    const managePath = String(confirmed.headers.location).replace(/\?.*$/, '');
    const cancelled = await browser.post(`${managePath}/absagen`, { _csrf: manage.csrf });
    expect(cancelled.body).toContain('Sie sind abgemeldet');
    const again = await browser.post(`${managePath}/absagen`, { _csrf: manage.csrf });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('bereits abgesagt');
  });

  it('puts a signed-in person straight on the list, and refuses a second registration with the same address', async () => {
    const id = await makeEvent(t.database.db, org, { capacity: 1 });
    await makeUser(t.database.db, { email: 'olga@example.org', kind: 'citizen', name: 'Olga Wolf' });
    await makeUser(t.database.db, { email: 'piet@example.org', kind: 'citizen', name: 'Piet Wolf' });
    const olga = await signedIn(t.app, t.database.db, 'olga@example.org');
    const page = await olga.get(`/veranstaltungen/${id}`);
    expect(page.res.body).toContain('olga@example.org');
    const res = await olga.post(`/veranstaltungen/${id}/anmelden`, { _csrf: page.csrf, name: 'Olga Wolf', places: '1' });
    expect(res.statusCode).toBe(303);
    expect((await olga.get(String(res.headers.location))).res.body).toContain('Sie sind verbindlich angemeldet.');
    const twice = await olga.post(`/veranstaltungen/${id}/anmelden`, { _csrf: page.csrf, name: 'Olga Wolf', places: '1' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Mit dieser E-Mail-Adresse gibt es schon eine Anmeldung');

    const piet = await signedIn(t.app, t.database.db, 'piet@example.org');
    const full = await piet.get(`/veranstaltungen/${id}`);
    expect(full.res.body).toContain('Ausgebucht');
    const waiting = await piet.post(`/veranstaltungen/${id}/anmelden`, { _csrf: full.csrf, name: 'Piet Wolf', places: '1' });
    expect((await piet.get(String(waiting.headers.location))).res.body).toContain('Sie stehen auf der Warteliste, auf Platz 1.');
  });

  it('answers a forged or changed link with a clear page and changes nothing', async () => {
    const browser = formClient(t.app);
    const csrf = (await browser.get('/veranstaltungen')).csrf || (await browser.get('/anmelden')).csrf;
    const before = await rows(t.database.db, sql`SELECT status, count(*)::int AS n FROM event_registrations GROUP BY status ORDER BY status`);
    for (const path of ['/veranstaltungen/anmeldung/00000000-0000-4000-8000-000000000000.AAAA', '/veranstaltungen/anmeldung/kaputt']) {
      const page = await browser.get(path);
      expect(page.res.statusCode).toBe(404);
      expect(page.res.body).toContain('Dieser Link ist ungültig');
      const res = await browser.post(`${path}/absagen`, { _csrf: csrf });
      expect(res.statusCode).toBe(404);
    }
    expect(await rows(t.database.db, sql`SELECT status, count(*)::int AS n FROM event_registrations GROUP BY status ORDER BY status`)).toEqual(before);
  });

  it('shows why registration is not possible after the deadline and for a cancelled event', async () => {
    const late = await makeEvent(t.database.db, org, { registrationClosesAt: new Date(Date.now() - 60_000) });
    expect((await t.app.inject(`/veranstaltungen/${late}`)).body).toContain('Die Anmeldefrist ist abgelaufen.');
    const cancelled = await makeEvent(t.database.db, org);
    await t.database.db.execute(sql`UPDATE events SET status = 'cancelled' WHERE id = ${cancelled}`);
    const page = await t.app.inject(`/veranstaltungen/${cancelled}`);
    expect(page.body).toContain('Diese Veranstaltung wurde abgesagt.');
    expect(page.body).not.toContain('Verbindlich anmelden');
  });
});

describe('events in the directory', () => {
  it('shows matching events in the search results and the next events on the service and organisation pages', async () => {
    const service = makeService({ name: 'Serviceportal der Stadt', lebenslagen: ['sozialleistungen'] });
    await importServices(t.database.db, [service]);
    const id = await makeEvent(t.database.db, service.organization!.id, { serviceId: service.id, title: 'Digitale Zugänge zu Sozialer Arbeit', keywords: ['Onlineberatung'] });
    const search = await t.app.inject(`/suche?q=${encodeURIComponent('Digitale Zugänge')}`);
    expect(search.body).toContain('Passende Veranstaltungen');
    expect(search.body).toContain(`/veranstaltungen/${id}`);
    expect((await t.app.inject('/suche?q=Onlineberatung')).body).toContain(`/veranstaltungen/${id}`);
    expect((await t.app.inject('/suche?q=Schwimmkurs')).body).not.toContain(`/veranstaltungen/${id}`);
    expect((await t.app.inject(`/angebote/${service.id}`)).body).toContain(`/veranstaltungen/${id}`);
    expect((await t.app.inject(`/organisationen/${service.organization!.id}`)).body).toContain(`/veranstaltungen/${id}`);
  });
});

describe('events API', () => {
  it('lists sessions with the calendar filters and returns one event, without any registration data', async () => {
    const id = await makeEvent(t.database.db, org, { title: 'API-Workshop', capacity: 5, fee: 12, speakers: [{ name: 'Dr. Ada Beispiel', affiliation: 'Hochschule' }] });
    const from = isoDay(new Date());
    const to = isoDay(new Date(Date.now() + 20 * DAY));
    const list = await t.app.inject(`/api/events?from=${from}&to=${to}`);
    expect(list.statusCode).toBe(200);
    const body = list.json() as { contents: { event_id: string; title: string; places_left: number; fee: number }[] };
    expect(body.contents.find((c) => c.event_id === id)).toMatchObject({ title: 'API-Workshop', places_left: 5, fee: 12 });
    expect((await t.app.inject(`/api/events?from=${from}&to=${to}&free=true`)).json().contents.some((c: { event_id: string }) => c.event_id === id)).toBe(false);
    expect((await t.app.inject(`/api/events?from=${to}&to=${from}`)).statusCode).toBe(400);
    const one = await t.app.inject(`/api/events/${id}`);
    expect(one.json()).toMatchObject({ id, title: 'API-Workshop', capacity: 5, speakers: [{ name: 'Dr. Ada Beispiel', affiliation: 'Hochschule', contribution: null }] });
    expect(one.body).not.toContain('@example.org');
    expect((await t.app.inject('/api/events/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

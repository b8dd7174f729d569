// Feedback on service pages as a visitor and an editor see it: the forms on the cached page, post/redirect/get
// with a thank-you, errors beside the fields with everything kept, the spam protection (time check, honeypot,
// per-IP throttle, CSRF), the editors' page with its scope and audit, and the counts for the monitoring.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeService } from '../../test/factories.ts';
import { formClient, formFields } from '../../test/forms.ts';
import { makeUser, signedIn } from '../../test/accounts.ts';
import { rows } from '../../platform/db.ts';
import { importServices } from './importer.ts';
import { feedbackCounts, formTimeToken, checkFormTime, HONEYPOT } from './feedback.ts';

let t: TestApp;
const a = makeService({ name: 'Familienberatung Ost', lebenslagen: ['erziehungsberatung'], lat: 51.32, lon: 9.5, phone: '+49 561 555 0111' });
const b = makeService({ name: 'Schuldnerberatung West', lebenslagen: ['schuldnerberatung'], lat: 51.30, lon: 9.47 });
let ipCounter = 1;
const nextIp = () => `198.51.100.${ipCounter++}`;

beforeAll(async () => {
  t = await createTestApp();
  await importServices(t.database.db, [a, b]);
  await makeUser(t.database.db, { email: 'redaktion@example.org', roles: ['directory_editor'] });
  await makeUser(t.database.db, { email: 'traeger-a@example.org', memberships: [{ organizationId: a.organization!.id, role: 'editor' }] });
});
afterAll(async () => { await t?.close(); });

/** A form time as if the page had been shown `seconds` ago. */
const shownAgo = (seconds: number) => formTimeToken(t.app.config.secretKey, new Date(Date.now() - seconds * 1000));
const reports = () => rows<{ service_id: string; category: string; message: string; contact_email: string | null; status: string }>(t.database.db,
  sql`SELECT service_id, category, message, contact_email, status FROM feedback_reports ORDER BY created_at`);

/** A visitor opens the service page and sends the report form as a browser would, with the given fields. */
async function report(serviceId: string, fields: Record<string, string>, opts: { ago?: number; ip?: string } = {}) {
  const visitor = formClient(t.app);
  const page = await visitor.get(`/angebote/${serviceId}`);
  const form = Object.fromEntries(formFields(page.res.body, `/angebote/${serviceId}/meldung`));
  if (opts.ago !== undefined) form.formTime = shownAgo(opts.ago);
  const res = await visitor.post(`/angebote/${serviceId}/meldung`, { ...form, ...fields }, { ip: opts.ip ?? nextIp() });
  return { res, visitor };
}

describe('feedback forms on the cached service page', () => {
  it('carry each visitor\'s own CSRF token and form time, although the page is cached', async () => {
    const one = await formClient(t.app).get(`/angebote/${a.id}`);
    const two = await formClient(t.app).get(`/angebote/${a.id}`);
    expect(one.res.body).toContain('Hat Ihnen dieser Eintrag geholfen?');
    expect(one.res.body).toContain('Fehler melden');
    expect(one.res.body).not.toContain('zugang-slot-');
    const time = (html: string) => formFields(html, `/angebote/${a.id}/meldung`).find(([k]) => k === 'formTime')![1];
    expect(one.csrf).not.toBe('');
    expect(one.res.cookies.some((c) => c.name === '_csrf')).toBe(true);
    expect(checkFormTime(t.app.config.secretKey, time(one.res.body), new Date(Date.now() + 5000))).toBe('ok');
    expect(time(two.res.body)).not.toBe(time(one.res.body));
  });

  it('store a report and redirect to the page with a thank-you (post/redirect/get)', async () => {
    const { res, visitor } = await report(a.id, { category: 'hours', message: 'Mittwochs ist jetzt bis 18 Uhr geöffnet.', email: 'hinweis@example.org' }, { ago: 10 });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/angebote/${a.id}?danke=meldung#rueckmeldung`);
    const thanks = await visitor.get(String(res.headers.location).split('#')[0]);
    expect(thanks.res.body).toContain('Ihre Meldung ist bei der Redaktion angekommen');
    expect(await reports()).toEqual([{ service_id: a.id, category: 'hours', message: 'Mittwochs ist jetzt bis 18 Uhr geöffnet.', contact_email: 'hinweis@example.org', status: 'open' }]);
    // Personal data: the insert is in the audit log.
    const [audit] = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE resource_type = 'feedback_reports' AND action = 'row.insert'`);
    expect(audit.n).toBe(1);
  });

  it('answer in the visitor\'s language', async () => {
    const visitor = formClient(t.app);
    const page = await visitor.get(`/angebote/${a.id}?lang=uk`);
    expect(page.res.body).toContain('Чи допоміг вам цей запис?');
    const form = Object.fromEntries(formFields(page.res.body, `/angebote/${a.id}/meldung`));
    const res = await visitor.post(`/angebote/${a.id}/meldung`, { ...form, category: '' }, { ip: nextIp() });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Будь ласка, оберіть, що не так.');
  });

  it('come back with the errors beside the fields, a summary, and everything typed kept', async () => {
    const before = (await reports()).length;
    const { res } = await report(a.id, { category: 'other', message: '', email: 'keine-adresse' }, { ago: 10 });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('error-summary');
    expect(res.body).toMatch(/href="#feedback-message"[^>]*>Bitte beschreiben Sie, was nicht stimmt\./);
    expect(res.body).toMatch(/id="feedback-email-error"[^>]*>Bitte geben Sie eine gültige E-Mail-Adresse ein/);
    expect(res.body).toContain('value="keine-adresse"');
    expect(res.body).toMatch(/<option value="other" selected/);
    expect((await reports()).length).toBe(before);
    // The form is open (a <details> element) when it comes back.
    expect(res.body).toMatch(/<details class="feedback__report" open/);
  });

  it('refuse a form sent within three seconds, or shown more than a day ago, or with a forged time – politely, with what was typed', async () => {
    const before = (await reports()).length;
    const fast = await report(a.id, { category: 'address', message: 'Hausnummer ist 12' });
    expect(fast.res.statusCode).toBe(400);
    expect(fast.res.body).toContain('Das ging sehr schnell');
    expect(fast.res.body).toContain('Hausnummer ist 12');
    const old = await report(a.id, { category: 'address', message: 'Hausnummer ist 14' }, { ago: 25 * 3600 });
    expect(old.res.body).toContain('Das Formular war zu lange geöffnet');
    expect(old.res.body).toContain('Hausnummer ist 14');
    const forged = await report(a.id, { category: 'address', message: 'x', formTime: `${Date.now() - 60_000}.AAAAAAAAAAAAAAAAAAAAAA` });
    expect(forged.res.statusCode).toBe(400);
    expect((await reports()).length).toBe(before);
  });

  it('pretend to a machine that fills the hidden field that it worked, and store nothing', async () => {
    const before = (await reports()).length;
    const { res } = await report(a.id, { category: 'other', message: 'Billig kaufen!', [HONEYPOT]: 'https://spam.example' }, { ago: 10 });
    expect(res.statusCode).toBe(303);
    expect((await reports()).length).toBe(before);
    // The field is hidden from people and screen readers.
    const page = await formClient(t.app).get(`/angebote/${a.id}`);
    expect(page.res.body).toMatch(new RegExp(`<div class="feedback__hp" aria-hidden="true"><label[^>]*>[^<]*</label><input type="text" id="feedback-hp-report" name="${HONEYPOT}" value tabindex="-1"`));
  });

  it('refuse a post without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/angebote/${a.id}/hilfreich`, payload: `helpful=ja&formTime=${shownAgo(10)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode).toBe(403);
  });

  it('count "did this help?" answers per service and day, without anything about who answered', async () => {
    for (const answer of ['ja', 'ja', 'nein']) {
      const visitor = formClient(t.app);
      const page = await visitor.get(`/angebote/${b.id}`);
      const form = Object.fromEntries(formFields(page.res.body, `/angebote/${b.id}/hilfreich`));
      const res = await visitor.post(`/angebote/${b.id}/hilfreich`, { ...form, formTime: shownAgo(5), helpful: answer }, { ip: nextIp() });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/angebote/${b.id}?danke=hilfreich#rueckmeldung`);
    }
    const stored = await rows<Record<string, unknown>>(t.database.db, sql`SELECT * FROM feedback_helpful WHERE service_id = ${b.id}`);
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]).sort()).toEqual(['day', 'no', 'service_id', 'yes']);
    expect(stored[0]).toMatchObject({ yes: 2, no: 1 });
    const counts = await feedbackCounts(t.database.db);
    expect(counts.helpful.find((h) => h.serviceId === b.id)).toEqual({ serviceId: b.id, serviceName: 'Schuldnerberatung West', yes: 2, no: 1 });
    expect(counts.reports.open).toBeGreaterThanOrEqual(1);
  });

  it('slow down one address that sends too much (per-IP throttle), with the reason and Retry-After', async () => {
    const ip = '203.0.113.77';
    const visitor = formClient(t.app);
    const page = await visitor.get(`/angebote/${b.id}`);
    const form = Object.fromEntries(formFields(page.res.body, `/angebote/${b.id}/hilfreich`));
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await visitor.post(`/angebote/${b.id}/hilfreich`, { ...form, formTime: shownAgo(5), helpful: 'ja' }, { ip })).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 303)).toBe(true);
    const last = await visitor.post(`/angebote/${b.id}/hilfreich`, { ...form, formTime: shownAgo(5), helpful: 'ja' }, { ip });
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
    expect(last.body).toContain('Von Ihrem Anschluss kamen gerade sehr viele Rückmeldungen');
    // Another address is not affected.
    expect((await visitor.post(`/angebote/${b.id}/hilfreich`, { ...form, formTime: shownAgo(5), helpful: 'nein' }, { ip: nextIp() })).statusCode).toBe(303);
  });
});

describe('the editors\' page /verwaltung/rueckmeldungen', () => {
  it('shows directory editors every open report, newest first, with the counts; reading it is audited', async () => {
    await report(b.id, { category: 'discontinued', message: 'Die Beratung gibt es seit März nicht mehr.' }, { ago: 10 });
    const editor = await signedIn(t.app, t.database.db, 'redaktion@example.org', { mfa: true });
    const page = await editor.get('/verwaltung/rueckmeldungen');
    expect(page.res.statusCode).toBe(200);
    const body = page.res.body;
    expect(body).toContain('Die Beratung gibt es seit März nicht mehr.');
    expect(body).toContain('Mittwochs ist jetzt bis 18 Uhr geöffnet.');
    expect(body.indexOf('Die Beratung gibt es seit März')).toBeLessThan(body.indexOf('Mittwochs ist jetzt'));
    expect(body).toContain('hinweis@example.org');
    expect(body).toMatch(/Schuldnerberatung West<\/a><\/td><td[^>]*>\d+<\/td>/);
    const [audit] = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'feedback.read'`);
    expect(audit.n).toBeGreaterThanOrEqual(1);
  });

  it('lets organisers see and close only the reports about their organisation\'s services', async () => {
    const provider = await signedIn(t.app, t.database.db, 'traeger-a@example.org', { mfa: true });
    const page = await provider.get('/verwaltung/rueckmeldungen');
    expect(page.res.statusCode).toBe(200);
    expect(page.res.body).toContain('Mittwochs ist jetzt bis 18 Uhr geöffnet.');
    expect(page.res.body).not.toContain('Die Beratung gibt es seit März');
    const [other] = await rows<{ id: string }>(t.database.db, sql`SELECT id FROM feedback_reports WHERE service_id = ${b.id}`);
    const refused = await provider.post(`/verwaltung/rueckmeldungen/${other.id}/erledigt`, { _csrf: page.csrf });
    expect(refused.statusCode).toBe(404);
    const [own] = await rows<{ id: string }>(t.database.db, sql`SELECT id FROM feedback_reports WHERE service_id = ${a.id}`);
    const done = await provider.post(`/verwaltung/rueckmeldungen/${own.id}/erledigt`, { _csrf: page.csrf });
    expect(done.statusCode).toBe(303);
    const [row] = await rows<{ status: string; done_by: string | null }>(t.database.db, sql`SELECT status, done_by FROM feedback_reports WHERE id = ${own.id}`);
    expect(row.status).toBe('done');
    expect(row.done_by).not.toBeNull();
    const after = await provider.get('/verwaltung/rueckmeldungen');
    expect(after.res.body).not.toContain('Mittwochs ist jetzt bis 18 Uhr geöffnet.');
    expect((await provider.get('/verwaltung/rueckmeldungen?status=erledigt')).res.body).toContain('Mittwochs ist jetzt bis 18 Uhr geöffnet.');
    const [audit] = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE resource_type = 'feedback_reports' AND action = 'row.update'`);
    expect(audit.n).toBe(1);
  });

  it('sends visitors to sign in and staff without a confirmed second factor to confirm it', async () => {
    const anonymous = await formClient(t.app).get('/verwaltung/rueckmeldungen');
    expect(anonymous.res.statusCode).toBe(303);
    expect(anonymous.res.headers.location).toMatch(/^\/anmelden\?weiter=/);
    const editor = await signedIn(t.app, t.database.db, 'redaktion@example.org');
    const page = await editor.get('/verwaltung/rueckmeldungen');
    expect(page.res.statusCode).toBe(303);
    expect(page.res.headers.location).toMatch(/^\/konto\/zwei-faktor\?weiter=/);
  });
});

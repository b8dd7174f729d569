// The data protection officer's audit log pages: filters, pages, CSV export, chain check; only for that
// role with a confirmed second factor; every read is itself audited.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient, type FormClient } from '../../test/forms.ts';
import { users, userRoles } from '../../modules/accounts/schema.ts';
import { hashPassword } from '../../modules/accounts/passwords.ts';
import { auditLog } from './schema.ts';
import { rows } from '../db.ts';
import type { GlobalRole } from '../policy.ts';

let t: TestApp;
const id: Record<string, string> = {};
const entry: Record<string, number> = {};
const PASSWORD = 'Lindenblüte am Markt';

async function person(key: string, email: string, displayName: string, role?: GlobalRole) {
  const [u] = await t.database.db.insert(users).values({ email, displayName, kind: role ? 'staff' : 'citizen', passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() })
    .returning({ id: users.id });
  if (role) await t.database.db.insert(userRoles).values({ userId: u.id, role });
  id[key] = u.id;
}

/** Signed in; with `mfa`, the session's second factor counts as confirmed (TOTP itself is built elsewhere). */
async function signedIn(email: string, opts: { mfa: boolean }): Promise<FormClient> {
  const c = formClient(t.app);
  const res = await c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email, password: PASSWORD }, { ip: '192.0.2.50' });
  expect(res.statusCode).toBe(303);
  if (opts.mfa) await t.database.db.execute(sql`UPDATE sessions SET mfa_at = now() WHERE user_id = (SELECT id FROM users WHERE email = ${email})`);
  return c;
}

async function log(key: string, values: Partial<typeof auditLog.$inferInsert> & { action: string }) {
  const [r] = await t.database.db.insert(auditLog).values(values).returning({ id: auditLog.id });
  entry[key] = r.id;
}

/** The entry numbers shown in the table, in page order. */
const shown = (html: string) => [...html.matchAll(/Nr\. (\d+)</g)].map((m) => Number(m[1]));

let dpo: FormClient;
beforeAll(async () => {
  t = await createTestApp();
  await person('dpo', 'datenschutz@example.org', 'Dana Datenschutz', 'data_protection_officer');
  await person('admin', 'admin@example.org', 'Adam Admin', 'administrator');
  await person('anna', 'anna.asd@example.org', 'Anna Fachkraft', 'caseworker');
  await person('ben', 'ben.asd@example.org', 'Ben Fachkraft', 'caseworker');
  await person('mara', 'mara@example.org', 'Mara Schulz');
  await person('jonas', 'jonas@example.org', 'Jonas Weber');
  await person('paula', 'paula@example.org', 'Paula Paging');
  // Times around midnight in Berlin (winter, UTC+1): 10 Jan 23:30 and 11 Jan 00:30 local time.
  await log('e1', { at: new Date('2024-01-10T22:30:00Z'), actorUserId: id.anna, actorRole: 'caseworker', action: 'case.read', resourceType: 'case', resourceId: 'C-1',
    subjectUserId: id.mara, purpose: '§ 8a SGB VIII; Gefährdungseinschätzung', ip: '192.0.2.1' });
  await log('e2', { at: new Date('2024-01-10T23:30:00Z'), actorUserId: id.anna, actorRole: 'caseworker', action: 'case.update', resourceType: 'case', resourceId: 'C-1', subjectUserId: id.mara });
  await log('e3', { at: new Date('2024-01-12T09:00:00Z'), actorUserId: id.anna, actorRole: 'caseworker', action: 'case.read', subjectUserId: id.jonas, outcome: 'denied' });
  await log('e4', { at: new Date('2024-01-15T09:00:00Z'), actorUserId: id.ben, actorRole: 'caseworker', action: 'case.read', subjectUserId: id.jonas, purpose: '=HYPERLINK("http://evil.example")' });
  await log('e5', { at: new Date('2024-02-01T09:00:00Z'), action: 'session.create', subjectUserId: id.mara, outcome: 'denied', ip: '198.51.100.9' });
  for (let i = 0; i < 55; i++) await log(`p${i}`, { at: new Date(Date.UTC(2024, 2, 1, 8, i)), actorUserId: id.ben, action: 'case.read', subjectUserId: id.paula });
  dpo = await signedIn('datenschutz@example.org', { mfa: true });
});
afterAll(async () => { await t?.close(); });

describe('who may read the audit log', () => {
  it('refuses everyone but the data protection officer with a confirmed second factor', async () => {
    const admin = await signedIn('admin@example.org', { mfa: true });
    const dpoWithoutSecondFactor = await signedIn('datenschutz@example.org', { mfa: false });
    await t.database.db.execute(sql`UPDATE sessions SET mfa_at = NULL WHERE user_id = ${id.dpo} AND id <> (SELECT id FROM sessions WHERE user_id = ${id.dpo} AND mfa_at IS NOT NULL ORDER BY created_at LIMIT 1)`);
    for (const url of ['/verwaltung/protokoll', '/verwaltung/protokoll.csv', '/verwaltung/protokoll?kette=1']) {
      expect((await admin.get(url)).res.statusCode, url).toBe(403);
      // Allowed by role, only the code missing: sent to confirm the second factor first.
      const unconfirmed = (await dpoWithoutSecondFactor.get(url)).res;
      expect(unconfirmed.statusCode, url).toBe(303);
      expect(unconfirmed.headers.location).toBe(`/konto/zwei-faktor?weiter=${encodeURIComponent(url)}`);
      const anonymous = await formClient(t.app).get(url);
      expect(anonymous.res.statusCode, url).toBe(303);
      expect(anonymous.res.headers.location).toBe(`/anmelden?weiter=${encodeURIComponent(url)}`);
    }
    expect((await dpo.get('/verwaltung/protokoll')).res.statusCode).toBe(200);
  });
});

describe('filters', () => {
  it('finds the entries about one person, newest first, by e-mail address or by part of the name', async () => {
    for (const q of ['mara@example.org', 'SCHULZ']) {
      const page = await dpo.get(`/verwaltung/protokoll?betroffen=${encodeURIComponent(q)}&bis=2024-12-31`);
      expect(page.res.statusCode).toBe(200);
      expect(shown(page.res.body)).toEqual([entry.e5, entry.e2, entry.e1]);
      expect(page.res.body).toContain('Gefunden: Mara Schulz (mara@example.org)');
    }
  });

  it('shows time, acting person, role, action, record, person concerned, purpose, outcome and IP of an entry', async () => {
    const html = (await dpo.get('/verwaltung/protokoll?betroffen=mara%40example.org&aktion=case.read')).res.body;
    expect(shown(html)).toEqual([entry.e1]);
    const row = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
    for (const text of ['10.01.2024, 23:30:00', 'Anna Fachkraft', 'anna.asd@example.org', 'Fachkraft', 'case.read', 'case C-1', 'Mara Schulz', 'mara@example.org',
      '§ 8a SGB VIII; Gefährdungseinschätzung', 'erlaubt', '192.0.2.1']) expect(row).toContain(text);
  });

  it('finds what one person did', async () => {
    expect(shown((await dpo.get('/verwaltung/protokoll?handelnd=anna.asd')).res.body)).toEqual([entry.e3, entry.e2, entry.e1]);
  });

  it('takes whole days in Berlin time for the period, in both date spellings', async () => {
    expect(shown((await dpo.get('/verwaltung/protokoll?von=2024-01-11&bis=2024-01-12')).res.body)).toEqual([entry.e3, entry.e2]);
    expect(shown((await dpo.get('/verwaltung/protokoll?von=10.1.2024&bis=10.01.2024')).res.body)).toEqual([entry.e1]);
  });

  it('filters by action and by outcome, combined with the other filters', async () => {
    expect(shown((await dpo.get('/verwaltung/protokoll?aktion=case.update')).res.body)).toEqual([entry.e2]);
    expect(shown((await dpo.get('/verwaltung/protokoll?ergebnis=denied&betroffen=jonas')).res.body)).toEqual([entry.e3]);
    expect(shown((await dpo.get('/verwaltung/protokoll?ergebnis=denied&bis=2024-12-31')).res.body)).toEqual([entry.e5, entry.e3]);
  });

  it('offers the actions present in the log', async () => {
    const html = (await dpo.get('/verwaltung/protokoll')).res.body;
    const select = html.slice(html.indexOf('<select class="kern-form-input__select" id="aktion"'), html.indexOf('</select>', html.indexOf('id="aktion"')));
    const options = [...select.matchAll(/<option value(?:="([^"]*)")?/g)].map((m) => m[1] ?? '');
    expect(options).toEqual(expect.arrayContaining(['', 'audit.read', 'case.read', 'case.update', 'session.create']));
    expect(new Set(options).size).toBe(options.length);
  });

  it('says so when no account matches, and shows nothing', async () => {
    const page = await dpo.get('/verwaltung/protokoll?betroffen=niemand%40example.org');
    expect(page.res.statusCode).toBe(200);
    expect(page.res.body).toContain('Zu dieser Angabe gibt es kein Konto.');
    expect(shown(page.res.body)).toEqual([]);
  });

  it('answers bad input with a message beside the field and keeps the filter as typed', async () => {
    const reversed = await dpo.get('/verwaltung/protokoll?betroffen=Mara&von=2024-01-12&bis=2024-01-11');
    expect(reversed.res.statusCode).toBe(400);
    expect(reversed.res.body).toMatch(/<p class="kern-error" id="bis-error">[^<]*<span[^>]*><\/span> Das Datum „Bis“ liegt vor dem Datum „Von“\./);
    expect(reversed.res.body).toContain('href="#bis"');
    for (const value of ['value="Mara"', 'value="2024-01-12"', 'value="2024-01-11"']) expect(reversed.res.body).toContain(value);
    expect(shown(reversed.res.body)).toEqual([]);
    const invalid = await dpo.get('/verwaltung/protokoll?von=31.02.2024&ergebnis=vielleicht&lang=en');
    expect(invalid.res.statusCode).toBe(400);
    expect(invalid.res.body).toMatch(/id="von-error">[^<]*<span[^>]*><\/span> Please enter a valid date/);
    expect(invalid.res.body).toMatch(/id="ergebnis-error">[^<]*<span[^>]*><\/span> Please choose an outcome/);
    expect(invalid.res.body).toContain('value="31.02.2024"');
  });
});

describe('pages', () => {
  it('pages through a large result by keyset, newest first, forwards and back', async () => {
    const first = await dpo.get('/verwaltung/protokoll?betroffen=paula&bis=2024-12-31');
    const ids = Array.from({ length: 55 }, (_, i) => entry[`p${54 - i}`]);
    expect(shown(first.res.body)).toEqual(ids.slice(0, 50));
    expect(first.res.body).not.toContain('Neuere Einträge');
    const older = first.res.body.match(/<a href="([^"]+)" rel="next">Ältere Einträge/)![1].replace(/&amp;/g, '&');
    expect(older).toBe(`/verwaltung/protokoll?betroffen=paula&bis=2024-12-31&vor=${ids[49]}`);
    const second = await dpo.get(older);
    expect(shown(second.res.body)).toEqual(ids.slice(50));
    expect(second.res.body).not.toContain('Ältere Einträge');
    const newer = second.res.body.match(/<a href="([^"]+)" rel="prev">Neuere Einträge/)![1].replace(/&amp;/g, '&');
    const back = await dpo.get(newer);
    expect(shown(back.res.body)).toEqual(ids.slice(0, 50));
    expect(back.res.body).not.toContain('Neuere Einträge');
  });
});

describe('CSV export', () => {
  it('exports the filtered entries for German Excel: UTF-8 with BOM, semicolons, a header, formulas defused', async () => {
    const res = (await dpo.get('/verwaltung/protokoll.csv?betroffen=jonas&bis=2024-12-31')).res;
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="protokoll-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Nr.;Zeit;Handelnde Person;E-Mail der handelnden Person;Rolle;Organisation;Aktion;Datensatz;Betroffene Person;E-Mail der betroffenen Person;Zweck;Ergebnis;IP-Adresse;Vorgangskennung');
    expect(lines.slice(1)).toEqual([
      `${entry.e4};2024-01-15 10:00:00;Ben Fachkraft;ben.asd@example.org;Fachkraft;;case.read;;Jonas Weber;jonas@example.org;"'=HYPERLINK(""http://evil.example"")";erlaubt;;`,
      `${entry.e3};2024-01-12 10:00:00;Anna Fachkraft;anna.asd@example.org;Fachkraft;;case.read;;Jonas Weber;jonas@example.org;;abgelehnt;;`,
      '',
    ]);
    const semicolon = (await dpo.get('/verwaltung/protokoll.csv?betroffen=mara&aktion=case.read')).res.body;
    expect(semicolon).toContain(';"§ 8a SGB VIII; Gefährdungseinschätzung";');
  });

  it('exports more entries than one page holds, in the same order as the pages', async () => {
    const body = (await dpo.get('/verwaltung/protokoll.csv?betroffen=paula&bis=2024-12-31')).res.body;
    const ids = body.split('\r\n').slice(1).filter(Boolean).map((l) => Number(l.split(';')[0]));
    expect(ids).toEqual(Array.from({ length: 55 }, (_, i) => entry[`p${54 - i}`]));
  });

  it('answers a bad filter with the page and its messages instead of a file', async () => {
    const res = (await dpo.get('/verwaltung/protokoll.csv?von=gestern')).res;
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Bitte geben Sie ein gültiges Datum ein');
  });
});

describe('reading is audited', () => {
  it('counts a look at one person\'s entries as an access to that person\'s data', async () => {
    await dpo.get('/verwaltung/protokoll?betroffen=jonas%40example.org');
    const page = await dpo.get('/verwaltung/protokoll?betroffen=jonas%40example.org&aktion=audit.read');
    expect(shown(page.res.body).length).toBeGreaterThan(0);
    expect(page.res.body).toContain('Dana Datenschutz');
  });

  it('records each view with its filter, and the export, in the officer\'s role', async () => {
    await dpo.get('/verwaltung/protokoll?betroffen=mara%40example.org&von=2024-01-01&ergebnis=denied');
    await dpo.get('/verwaltung/protokoll.csv?handelnd=anna');
    const [read] = await rows<{ actor_user_id: string; actor_role: string; subject_user_id: string | null; details: { filter: Record<string, string>; entries: number } }>(t.database.db, sql`
      SELECT actor_user_id, actor_role, subject_user_id, details FROM audit_log WHERE action = 'audit.read' ORDER BY id DESC LIMIT 1`);
    expect(read).toMatchObject({ actor_user_id: id.dpo, actor_role: 'data_protection_officer', subject_user_id: id.mara });
    expect(read.details.filter).toEqual({ person: 'mara@example.org', from: '2024-01-01', outcome: 'denied' });
    expect(read.details.entries).toBe(1);
    const [exported] = await rows<{ actor_user_id: string; subject_user_id: string | null; details: { filter: Record<string, string> } }>(t.database.db, sql`
      SELECT actor_user_id, subject_user_id, details FROM audit_log WHERE action = 'audit.export' ORDER BY id DESC LIMIT 1`);
    expect(exported).toMatchObject({ actor_user_id: id.dpo, subject_user_id: null, details: { filter: { actor: 'anna' } } });
    // The reading shows up in the log itself, newest first.
    const page = await dpo.get('/verwaltung/protokoll?aktion=audit.export');
    expect(page.res.body).toContain('Dana Datenschutz');
  });

  it('does not record a read when the filter is refused (nothing was read)', async () => {
    const count = async () => (await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit.read'`))[0].n;
    const before = await count();
    await dpo.get('/verwaltung/protokoll?von=kein-datum');
    expect(await count()).toBe(before);
  });
});

describe('chain check', () => {
  it('reports an intact chain with its count, and audits the check', async () => {
    const [{ n }] = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log`);
    const page = await dpo.get('/verwaltung/protokoll?betroffen=mara&bis=2024-12-31&kette=1');
    expect(page.res.body).toContain(`Die Kette ist unversehrt: ${n} Einträge geprüft.`);
    expect(shown(page.res.body)).toEqual([entry.e5, entry.e2, entry.e1]);
    const [check] = await rows<{ details: { result: { ok: boolean } } }>(t.database.db, sql`SELECT details FROM audit_log WHERE action = 'audit.verify' ORDER BY id DESC LIMIT 1`);
    expect(check.details.result.ok).toBe(true);
  });

  it('names the first entry changed behind the application\'s back', async () => {
    await t.database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`);
    await t.database.db.execute(sql`UPDATE audit_log SET purpose = 'nachträglich geändert' WHERE id = ${entry.e3}`);
    await t.database.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`);
    const page = await dpo.get('/verwaltung/protokoll?kette=1');
    expect(page.res.body).toContain(`Die Kette ist ab Eintrag Nr. ${entry.e3} unterbrochen.`);
    expect(page.res.body).toContain('Der Inhalt dieses Eintrags wurde verändert.');
  });
});

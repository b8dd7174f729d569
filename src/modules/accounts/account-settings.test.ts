import { createHash } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { makeUser, signedIn, TEST_PASSWORD } from '../../test/accounts.ts';
import { rows } from '../../platform/db.ts';
import { outboxFor } from '../../platform/mail/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await makeUser(t.database.db, { email: 'mara@example.org', name: 'Mara Schulz', kind: 'citizen' });
  await makeUser(t.database.db, { email: 'jonas@example.org', name: 'Jonas Weber', kind: 'citizen' });
});
afterAll(async () => { await t?.close(); });

describe('changing the e-mail address', () => {
  it('keeps what was typed on a wrong password, then changes the address only once the new one is confirmed', async () => {
    const c = await signedIn(t.app, t.database.db, 'mara@example.org');
    const page = await c.get('/konto');
    const wrong = await c.post('/konto/email', { _csrf: page.csrf, email: 'mara.schulz@example.org', password: 'falsch falsch' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Das Passwort stimmt nicht.');
    expect(wrong.body).toContain('value="mara.schulz@example.org"');

    const ok = await c.post('/konto/email', { _csrf: page.csrf, email: 'Mara.Schulz@example.org', password: TEST_PASSWORD });
    expect(ok.headers.location).toBe('/konto?email=gesendet');
    expect((await c.get('/konto')).res.body).toContain('Neue Adresse mara.schulz@example.org wartet auf Bestätigung.');
    const [notice] = await outboxFor(t.database.db, 'mara@example.org');
    expect(notice.template).toBe('emailChanged');
    const [confirm] = await outboxFor(t.database.db, 'mara.schulz@example.org');
    const link = new URL(confirm.textBody.match(/https?:\/\/\S+\/email-bestaetigen\/\S+/)![0]);
    const done = await formClient(t.app).get(link.pathname);
    expect(done.res.body).toContain('Ihre neue E-Mail-Adresse gilt');
    expect((await formClient(t.app).get(link.pathname)).res.statusCode).toBe(410);
    await signedIn(t.app, t.database.db, 'mara.schulz@example.org');
  });

  it('does not reveal that the new address belongs to someone else: same answer, mail to its owner, nothing changed', async () => {
    const c = await signedIn(t.app, t.database.db, 'jonas@example.org');
    const page = await c.get('/konto');
    const res = await c.post('/konto/email', { _csrf: page.csrf, email: 'mara.schulz@example.org', password: TEST_PASSWORD });
    expect(res.headers.location).toBe('/konto?email=gesendet');
    const [mail] = await outboxFor(t.database.db, 'mara.schulz@example.org');
    expect(mail.template).toBe('alreadyRegistered');
    const [u] = await rows<{ email: string; pending_email: string | null }>(t.database.db, sql`SELECT email, pending_email FROM users WHERE display_name = 'Jonas Weber'`);
    expect(u).toEqual({ email: 'jonas@example.org', pending_email: null });
  });
});

describe('ending one session', () => {
  it('ends another device\'s session but not someone else\'s', async () => {
    const phone = await signedIn(t.app, t.database.db, 'jonas@example.org');
    const laptop = await signedIn(t.app, t.database.db, 'jonas@example.org');
    const other = await signedIn(t.app, t.database.db, 'mara.schulz@example.org');
    const page = await laptop.get('/konto');
    const ids = [...page.res.body.matchAll(/name="session" value="([0-9a-f]{64})"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const [maraSession] = await rows<{ id: string }>(t.database.db, sql`SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'mara.schulz@example.org' AND s.revoked_at IS NULL LIMIT 1`);
    await laptop.post('/konto/sitzungen/beenden', { _csrf: page.csrf, session: maraSession.id });
    expect((await other.get('/konto')).res.statusCode).toBe(200);
    const phoneSession = createHash('sha256').update(phone.jar.zugang_session).digest('hex');
    expect(ids).toContain(phoneSession);
    const res = await laptop.post('/konto/sitzungen/beenden', { _csrf: page.csrf, session: phoneSession });
    expect(res.headers.location).toBe('/konto?sitzung=beendet');
    expect((await phone.get('/konto')).res.statusCode).toBe(303);
    expect((await laptop.get('/konto')).res.statusCode).toBe(200);
  });
});

describe('sign-in services on the account page', () => {
  it('lists the linked services and removes a link, never the only way into the account, never someone else\'s', async () => {
    await makeUser(t.database.db, { email: 'lena@example.org', name: 'Lena Yilmaz', kind: 'citizen' });
    const lena = await signedIn(t.app, t.database.db, 'lena@example.org');
    // Lena came through the BundID only: no password.
    await t.database.db.execute(sql`UPDATE users SET password_hash = NULL WHERE email = 'lena@example.org'`);
    await t.database.db.execute(sql`INSERT INTO oidc_providers (id, name, issuer, client_id, audience) VALUES
      ('bundid', 'BundID', 'https://id.bund.example', 'zugang', 'citizen'), ('servicekonto', 'Servicekonto Niedersachsen', 'https://servicekonto.example', 'zugang', 'citizen')`);
    const link = (provider: string) => t.database.db.execute(sql`INSERT INTO oidc_identities (provider_id, subject, user_id, linked_at)
      SELECT ${provider}, ${`sub-${provider}`}, id, '2026-03-02T10:00:00Z' FROM users WHERE email = 'lena@example.org'`);
    const linked = async () => (await rows<{ provider_id: string }>(t.database.db, sql`SELECT i.provider_id FROM oidc_identities i JOIN users u ON u.id = i.user_id
      WHERE u.email = 'lena@example.org' ORDER BY 1`)).map((r) => r.provider_id);
    await link('bundid');

    let page = await lena.get('/konto');
    expect(page.res.body).toMatch(/<td[^>]*>BundID<\/td><td[^>]*>2\. März 2026<\/td>/);
    expect(page.res.body).toContain('Sie melden sich nur über diesen Dienst an.');
    const refused = await lena.post('/konto/anmeldedienste/loesen', { _csrf: page.csrf, provider: 'bundid' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Es ist Ihr einziger Weg in Ihr Konto.');
    expect(await linked()).toEqual(['bundid']);

    // With a second service, the first can go.
    await link('servicekonto');
    page = await lena.get('/konto');
    const ok = await lena.post('/konto/anmeldedienste/loesen', { _csrf: page.csrf, provider: 'bundid' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/konto?dienst=geloest');
    page = await lena.get('/konto?dienst=geloest');
    expect(page.res.body).toContain('Die Verknüpfung ist gelöst.');
    expect(page.res.body).not.toContain('>BundID<');
    expect(await linked()).toEqual(['servicekonto']);
    // The download of one's own data names the link and the identifier the service gave.
    const data = JSON.parse((await lena.get('/konto/daten.json')).res.body);
    expect(data.signInServices).toEqual([{ provider: 'Servicekonto Niedersachsen', subject: 'sub-servicekonto', linkedAt: '2026-03-02T10:00:00.000Z' }]);

    // Someone else cannot remove Lena's link: the request acts on their own account only.
    const jonas = await signedIn(t.app, t.database.db, 'jonas@example.org');
    const jonasPage = await jonas.get('/konto');
    expect(jonasPage.res.body).not.toContain('Anmeldedienste');
    const foreign = await jonas.post('/konto/anmeldedienste/loesen', { _csrf: jonasPage.csrf, provider: 'servicekonto' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body).toContain('Ihr Konto ist mit diesem Dienst nicht verknüpft.');
    expect(await linked()).toEqual(['servicekonto']);

    // With a password, the last service can go too.
    await t.database.db.execute(sql`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'jonas@example.org') WHERE email = 'lena@example.org'`);
    page = await lena.get('/konto');
    expect((await lena.post('/konto/anmeldedienste/loesen', { _csrf: page.csrf, provider: 'servicekonto' })).statusCode).toBe(303);
    expect(await linked()).toEqual([]);
    expect((await lena.get('/konto')).res.body).not.toContain('Anmeldedienste');

    // Every attempt is in the audit log, refusals as denied.
    const audit = await rows<{ outcome: string; n: number }>(t.database.db, sql`SELECT outcome, count(*)::int AS n FROM audit_log WHERE action = 'account.unlink' GROUP BY 1 ORDER BY 1`);
    expect(audit).toEqual([{ outcome: 'allowed', n: 2 }, { outcome: 'denied', n: 2 }]);
  });
});

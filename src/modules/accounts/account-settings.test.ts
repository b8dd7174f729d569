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

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import { users } from './schema.ts';
import { hashPassword } from './passwords.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const [email, name] of [['mara@example.org', 'Mara'], ['jonas@example.org', 'Jonas']]) {
    await t.database.db.insert(users).values({ email, displayName: name, kind: 'citizen', passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() });
  }
});
afterAll(async () => { await t?.close(); });

const resetLink = (text: string) => new URL(text.match(/https?:\/\/\S+\/passwort-neu\/\S+/)![0]).pathname;

describe('forgotten password', () => {
  it('mails a one-hour link, sets the new password with it, ends all sessions, and refuses the link a second time', async () => {
    const c = formClient(t.app);
    const signIn = async (password: string) => c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email: 'mara@example.org', password });
    expect((await signIn('Lindenblüte am Markt')).statusCode).toBe(303);
    const oldSession = c.jar.zugang_session;
    const other = formClient(t.app);
    const res = await other.post('/passwort-vergessen', { _csrf: (await other.get('/passwort-vergessen')).csrf, email: 'mara@example.org' });
    expect(res.body).toContain('Wenn zu dieser Adresse ein Konto gehört');
    const [mail] = await outboxFor(t.database.db, 'mara@example.org');
    expect(mail.subject).toBe('Neues Passwort für Ihr Konto');
    const path = resetLink(mail.textBody);
    const form = await other.get(path);
    expect(form.res.statusCode).toBe(200);
    const weak = await other.post(path, { _csrf: form.csrf, password: 'kurz' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('mindestens 10 Zeichen');
    const done = await other.post(path, { _csrf: form.csrf, password: 'Neue Kastanien im Herbst' });
    expect(done.body).toContain('Ihr Passwort ist geändert');
    // The old session is over, the old password too; the new one works.
    const account = await t.app.inject({ method: 'GET', url: '/konto', headers: { cookie: `zugang_session=${oldSession}` } });
    expect(account.statusCode).toBe(303);
    expect((await signIn('Lindenblüte am Markt')).statusCode).toBe(400);
    expect((await signIn('Neue Kastanien im Herbst')).statusCode).toBe(303);
    const again = await other.get(path);
    expect(again.res.statusCode).toBe(410);
    expect(again.res.body).toContain('Dieser Link wurde schon verwendet');
    expect(again.res.body).toContain('href="/passwort-vergessen"');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const c = formClient(t.app);
    const res = await c.post('/passwort-vergessen', { _csrf: (await c.get('/passwort-vergessen')).csrf, email: 'niemand@example.org' });
    expect(res.body).toContain('Wenn zu dieser Adresse ein Konto gehört');
    expect(await outboxFor(t.database.db, 'niemand@example.org')).toHaveLength(0);
  });

  it('refuses an expired link with a clear page', async () => {
    const c = formClient(t.app);
    await c.post('/passwort-vergessen', { _csrf: (await c.get('/passwort-vergessen')).csrf, email: 'jonas@example.org' });
    await t.database.db.execute(sql`UPDATE one_time_tokens SET expires_at = now() - interval '1 minute' WHERE purpose = 'reset_password'`);
    const [mail] = await outboxFor(t.database.db, 'jonas@example.org');
    const page = await c.get(resetLink(mail.textBody));
    expect(page.res.statusCode).toBe(410);
    expect(page.res.body).toContain('Dieser Link ist abgelaufen');
  });

  it('tells the owner by mail after ten failed sign-ins in a row, once', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/anmelden');
    for (let i = 0; i < 12; i++) {
      await t.database.db.execute(sql`UPDATE sign_in_throttle SET last_failure_at = now() - interval '1 hour'`);
      await c.post('/anmelden', { _csrf: csrf, email: 'jonas@example.org', password: `falsch-${i}-xxxx` }, { ip: `203.0.113.${i}` });
    }
    const notices = (await outboxFor(t.database.db, 'jonas@example.org')).filter((m) => m.template === 'signInFailures');
    expect(notices).toHaveLength(1);
    expect(notices[0].textBody).toContain('10 fehlgeschlagene Anmeldeversuche');
  });
});

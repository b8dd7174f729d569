import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { users } from './schema.ts';
import { hashPassword } from './passwords.ts';
import { rows } from '../../platform/db.ts';
import { formClient } from '../../test/forms.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.insert(users).values({ email: 'mara@example.org', displayName: 'Mara Schulz', kind: 'citizen',
    passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() });
});
afterAll(async () => { await t?.close(); });

describe('signing in and out', () => {
  it('signs in with the right password, shows the account with this session, and signs out', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/anmelden');
    const res = await c.post('/anmelden', { _csrf: csrf, email: 'Mara@Example.org', password: 'Lindenblüte am Markt' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/konto');
    const session = res.cookies.find((c) => c.name === 'zugang_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    const account = await c.get('/konto');
    expect(account.res.body).toContain('Ihr Konto, Mara Schulz');
    expect(account.res.body).toContain('Testbrowser');
    expect(account.res.body).toContain('diese Sitzung');
    const out = await c.post('/abmelden', { _csrf: account.csrf });
    expect(out.statusCode).toBe(303);
    const after = await t.app.inject({ method: 'GET', url: '/konto', headers: { cookie: `zugang_session=${session.value}` } });
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/anmelden?weiter=%2Fkonto');
  });

  it('gives the same answer for a wrong password and an unknown address, keeps the address typed, and audits both', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/anmelden');
    const wrong = await c.post('/anmelden', { _csrf: csrf, email: 'mara@example.org', password: 'falsch-falsch' }, { ip: '198.51.100.20' });
    const unknown = await c.post('/anmelden', { _csrf: csrf, email: 'niemand@example.org', password: 'falsch-falsch' }, { ip: '198.51.100.21' });
    expect(wrong.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    const message = 'Die E-Mail-Adresse oder das Passwort stimmt nicht';
    expect(wrong.body).toContain(message);
    expect(unknown.body).toContain(message);
    expect(wrong.body).toContain('value="mara@example.org"');
    const audited = await rows<{ outcome: string }>(t.database.db, sql`SELECT outcome FROM audit_log WHERE action = 'session.create' AND outcome = 'denied'`);
    expect(audited.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a form without or with a wrong CSRF token and changes nothing', async () => {
    const c = formClient(t.app);
    await c.get('/anmelden');
    const before = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM sessions`);
    const missing = await c.post('/anmelden', { email: 'mara@example.org', password: 'Lindenblüte am Markt' });
    const forged = await c.post('/anmelden', { _csrf: 'abc.def', email: 'mara@example.org', password: 'Lindenblüte am Markt' });
    expect(missing.statusCode).toBe(403);
    expect(forged.statusCode).toBe(403);
    expect(await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM sessions`)).toEqual(before);
  });

  it('slows down repeated failures, and the right password works again once the delay has passed', async () => {
    await t.database.db.insert(users).values({ email: 'jonas@example.org', displayName: 'Jonas', kind: 'citizen',
      passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() });
    const c = formClient(t.app);
    const { csrf } = await c.get('/anmelden');
    const ip = '198.51.100.99';
    let last;
    for (let i = 0; i < 5; i++) last = await c.post('/anmelden', { _csrf: csrf, email: 'jonas@example.org', password: `falsch-${i}-xxxx` }, { ip });
    const blocked = await c.post('/anmelden', { _csrf: csrf, email: 'jonas@example.org', password: 'Lindenblüte am Markt' }, { ip: ip });
    expect(last!.statusCode).toBe(400);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('Zu viele Anmeldeversuche');
    // Let the delay pass (the throttle counts in the database, shared by all instances).
    await t.database.db.execute(sql`UPDATE sign_in_throttle SET last_failure_at = now() - interval '1 hour'`);
    const ok = await c.post('/anmelden', { _csrf: csrf, email: 'jonas@example.org', password: 'Lindenblüte am Markt' }, { ip: ip });
    expect(ok.statusCode).toBe(303);
  });

  it('never redirects to another site after signing in', async () => {
    await t.database.db.insert(users).values({ email: 'lea@example.org', displayName: 'Lea', kind: 'citizen',
      passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() });
    const c = formClient(t.app);
    const { csrf } = await c.get('/anmelden?weiter=/konto');
    const res = await c.post('/anmelden', { _csrf: csrf, email: 'lea@example.org', password: 'Lindenblüte am Markt', weiter: '//evil.example/' }, { ip: '198.51.100.50' });
    expect(res.headers.location).toBe('/konto');
  });
});

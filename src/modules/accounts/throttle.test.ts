// Growing delays on registration, the resend of confirmation links and password reset, per address and
// per IP; the same answers for known and unknown addresses.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import { rows } from '../../platform/db.ts';
import { users } from './schema.ts';
import { hashPassword } from './passwords.ts';
import { countAttempt, delaySeconds, throttleKeys, throttleWait, THROTTLE_RULES } from './throttle.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.insert(users).values({ email: 'mara@example.org', displayName: 'Mara', kind: 'citizen', passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() });
});
afterAll(async () => { await t?.close(); });

/** The page without what differs per response (CSRF token, CSP nonce). */
const comparable = (html: string) => html.replace(/name="_csrf" value="[^"]+"/g, '').replace(/nonce="[^"]+"/g, '');

describe('the delay itself', () => {
  it('lets the free attempts through, then doubles from 2 seconds up to the maximum', () => {
    const rule = { freeAttempts: 3, maxDelaySeconds: 60 };
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => delaySeconds(n, rule))).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('forgets a registration counter a day after the last attempt, but not a sign-in counter', async () => {
    const db = t.database.db;
    const now = new Date('2026-03-02T10:00:00Z');
    const register = throttleKeys('register', 'vergessen@example.org', '192.0.2.200');
    const signIn = throttleKeys('signin', 'vergessen@example.org', '192.0.2.200');
    for (let i = 0; i < 8; i++) await countAttempt(db, [register.account, signIn.account], now);
    expect(await throttleWait(db, [register.account], now)).toBeGreaterThan(0);
    const nextDay = new Date(now.getTime() + 24 * 3_600_000 + 1000);
    expect(await throttleWait(db, [register.account], nextDay)).toBe(0);
    // The sign-in delay has passed too, but its count remains: the next failure waits longer at once.
    expect(await throttleWait(db, [signIn.account], nextDay)).toBe(0);
    await countAttempt(db, [register.account, signIn.account], nextDay);
    expect(await throttleWait(db, [register.account], nextDay)).toBe(0);
    expect(await throttleWait(db, [signIn.account], nextDay)).toBe(delaySeconds(9, THROTTLE_RULES.signin.account));
  });
});

describe('registration', () => {
  it('slows down many registrations from one IP address, with 429, Retry-After and everything typed kept', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    const ip = '203.0.113.10';
    for (let i = 0; i < THROTTLE_RULES.register.ip.freeAttempts; i++) {
      const res = await c.post('/registrieren', { _csrf: csrf, displayName: `Person ${i}`, email: `person${i}@example.org`, password: 'Sonnenblumen im Lindenhof' }, { ip });
      expect(res.statusCode).toBe(200);
    }
    const blocked = await c.post('/registrieren', { _csrf: csrf, displayName: 'Ayşe Demir', email: 'ayse@example.org', password: 'Sonnenblumen im Lindenhof' }, { ip });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body).toContain('Zu viele Versuche. Bitte warten Sie 2 Sekunden');
    expect(blocked.body).toContain('value="Ayşe Demir"');
    expect(blocked.body).toContain('value="ayse@example.org"');
    expect(await outboxFor(t.database.db, 'ayse@example.org')).toEqual([]);
    expect((await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users WHERE email = 'ayse@example.org'`))[0].n).toBe(0);
    // Another address from another IP is not affected; the same IP is again once the delay has passed.
    const other = await c.post('/registrieren', { _csrf: csrf, displayName: 'Ayşe Demir', email: 'ayse@example.org', password: 'Sonnenblumen im Lindenhof' }, { ip: '203.0.113.11' });
    expect(other.statusCode).toBe(200);
    await t.database.db.execute(sql`UPDATE sign_in_throttle SET last_failure_at = now() - interval '1 hour' WHERE key LIKE 'register:%'`);
    const later = await c.post('/registrieren', { _csrf: csrf, displayName: 'Jan', email: 'jan@example.org', password: 'Sonnenblumen im Lindenhof' }, { ip });
    expect(later.statusCode).toBe(200);
    // In English too.
    const english = await c.post('/registrieren?lang=en', { _csrf: csrf, displayName: 'Jo', email: 'jo@example.org', password: 'Sonnenblumen im Lindenhof' }, { ip });
    expect(english.statusCode).toBe(429);
    expect(english.body).toMatch(/Too many attempts\. Please wait \d+ seconds? and try again\./);
  });

  it('slows down registrations for one address from many IPs, alike whether it has an account or not', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    const answers: Record<string, { status: number; body: string }[]> = {};
    for (const email of ['mara@example.org', 'neu@example.org']) {
      answers[email] = [];
      for (let i = 0; i <= THROTTLE_RULES.register.account.freeAttempts; i++) {
        const res = await c.post('/registrieren', { _csrf: csrf, displayName: 'Mara', email, password: 'Sonnenblumen im Lindenhof' }, { ip: `198.51.100.${100 + i}` });
        answers[email].push({ status: res.statusCode, body: comparable(res.body).replaceAll(email, '…') });
      }
    }
    expect(answers['mara@example.org'].map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers['mara@example.org']).toEqual(answers['neu@example.org']);
  });

  it('slows down the resend of confirmation links and keeps the address typed', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    const statuses = [];
    let last;
    for (let i = 0; i <= THROTTLE_RULES.register.account.freeAttempts; i++) {
      last = await c.post('/bestaetigen/neu', { _csrf: csrf, email: 'unbestaetigt@example.org' }, { ip: `198.51.100.${150 + i}` });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers['retry-after']).toBeDefined();
    expect(last!.body).toContain('Zu viele Versuche');
    expect(last!.body).toContain('value="unbestaetigt@example.org"');
  });
});

describe('password reset', () => {
  it('answers a known and an unknown address alike, and slows both down after three requests', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/passwort-vergessen');
    const answers: Record<string, { status: number; retryAfter: unknown; body: string }[]> = {};
    for (const email of ['mara@example.org', 'niemand@example.org']) {
      answers[email] = [];
      for (let i = 0; i <= THROTTLE_RULES.reset.account.freeAttempts; i++) {
        const res = await c.post('/passwort-vergessen', { _csrf: csrf, email }, { ip: `192.0.2.${10 + i}` });
        answers[email].push({ status: res.statusCode, retryAfter: res.headers['retry-after'], body: comparable(res.body).replaceAll(email, '…') });
      }
    }
    expect(answers['mara@example.org'].map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers['mara@example.org']).toEqual(answers['niemand@example.org']);
    expect(answers['mara@example.org'][3].retryAfter).toBe('2');
    expect(answers['mara@example.org'][3].body).toContain('Zu viele Versuche');
    // Only the three answered requests sent mail.
    expect((await outboxFor(t.database.db, 'mara@example.org')).filter((m) => m.template === 'resetPassword')).toHaveLength(3);
    const audited = await rows<{ n: number }>(t.database.db, sql`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'account.request_reset' AND outcome = 'denied' AND details->>'reason' = 'throttled'`);
    expect(audited[0].n).toBe(2);
  });

  it('slows down many requests from one IP address and keeps the address typed', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/passwort-vergessen');
    const ip = '192.0.2.99';
    for (let i = 0; i < THROTTLE_RULES.reset.ip.freeAttempts; i++) {
      expect((await c.post('/passwort-vergessen', { _csrf: csrf, email: `jemand${i}@example.org` }, { ip })).statusCode).toBe(200);
    }
    const blocked = await c.post('/passwort-vergessen', { _csrf: csrf, email: 'mara@example.org' }, { ip });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('value="mara@example.org"');
    expect(blocked.body).toContain('Zu viele Versuche. Bitte warten Sie 2 Sekunden');
  });
});

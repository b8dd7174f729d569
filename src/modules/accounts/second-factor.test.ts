import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient, type FormClient } from '../../test/forms.ts';
import { rows } from '../../platform/db.ts';
import { users, userRoles } from './schema.ts';
import { hashPassword } from './passwords.ts';

const PASSWORD = 'Fliederweg am Bach 12';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const hash = await hashPassword(PASSWORD);
  const [staff] = await t.database.db.insert(users).values({ email: 'asd@lindenau.example', displayName: 'Tobias Neumann', kind: 'staff', passwordHash: hash, emailVerifiedAt: new Date() }).returning();
  await t.database.db.insert(userRoles).values({ userId: staff.id, role: 'caseworker' });
  await t.database.db.insert(users).values({ email: 'mara@example.org', displayName: 'Mara Schulz', kind: 'citizen', passwordHash: hash, emailVerifiedAt: new Date() });
});
afterAll(async () => { await t?.close(); });

async function signIn(email: string, ip = '198.51.100.20') {
  const c = formClient(t.app);
  const res = await c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email, password: PASSWORD }, { ip });
  return { c, res };
}
const secretOf = (html: string) => html.match(/class="secret-key"[^>]*>([A-Z2-7 ]+)</)![1].replace(/ /g, '');
const codesOf = (html: string) => [...html.matchAll(/<code[^>]*>([A-Z0-9]{5}-[A-Z0-9]{5})<\/code>/g)].map((m) => m[1]);
const inThirtySeconds = () => Math.floor(Date.now() / 1000) + 30;

describe('second factor for staff who see personal data', () => {
  let secret = '';
  let recovery: string[] = [];
  let lastCode = '';

  it('sends a caseworker from sign-in straight to the setup, and switches it on with the first code', async () => {
    const { c, res } = await signIn('asd@lindenau.example');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/konto/zwei-faktor?weiter=%2Fkonto');
    const page = await c.get('/konto/zwei-faktor?weiter=%2Fkonto');
    expect(page.res.body).toContain('Pflicht für Ihre Rolle');
    expect(page.res.body).toContain('<svg');
    secret = secretOf(page.res.body);
    // Reloading shows the same key until it is confirmed.
    expect(secretOf((await c.get('/konto/zwei-faktor')).res.body)).toBe(secret);

    const wrong = await c.post('/konto/zwei-faktor', { _csrf: page.csrf, code: '000000', weiter: '/konto' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Der Code stimmt nicht');
    expect(secretOf(wrong.body)).toBe(secret);

    const ok = await c.post('/konto/zwei-faktor', { _csrf: page.csrf, code: await generate({ secret }), weiter: '/konto' });
    expect(ok.statusCode).toBe(200);
    recovery = codesOf(ok.body);
    expect(recovery).toHaveLength(10);
    expect(ok.headers['cache-control']).toBe('no-store');

    const [stored] = await rows<{ totp_secret: string; hashes: string[] }>(t.database.db, sql`
      SELECT u.totp_secret, array(SELECT code_hash FROM recovery_codes r WHERE r.user_id = u.id) AS hashes FROM users u WHERE email = 'asd@lindenau.example'`);
    expect(stored.totp_secret.startsWith('v1:')).toBe(true);
    expect(stored.totp_secret).not.toContain(secret);
    expect(stored.hashes.join()).not.toContain(recovery[0].replace('-', ''));
  });

  it('asks for the code at the next sign-in; the session grants nothing before it', async () => {
    const { c, res } = await signIn('asd@lindenau.example');
    expect(res.headers.location).toBe('/anmelden/code?weiter=%2Fkonto');
    const account = await c.get('/konto');
    expect(account.res.statusCode).toBe(303);
    expect(account.res.headers.location).toBe('/anmelden/code?weiter=%2Fkonto');
    const form = await c.get('/anmelden/code?weiter=%2Fkonto');
    const before = c.jar.zugang_session;
    const wrong = await c.post('/anmelden/code', { _csrf: form.csrf, code: '123456', weiter: '/konto' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Der Code stimmt nicht');
    lastCode = await generate({ secret, epoch: inThirtySeconds() });
    const ok = await c.post('/anmelden/code', { _csrf: form.csrf, code: lastCode, weiter: '/konto' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/konto');
    // A new session id once the sign-in is complete.
    expect(c.jar.zugang_session).not.toBe(before);
    expect((await c.get('/konto')).res.statusCode).toBe(200);
  });

  it('refuses a code a second time (no replay) and accepts each recovery code once', async () => {
    const { c } = await signIn('asd@lindenau.example');
    const form = await c.get('/anmelden/code');
    const replay = await c.post('/anmelden/code', { _csrf: form.csrf, code: lastCode });
    expect(replay.statusCode).toBe(400);
    const withRecovery = await c.post('/anmelden/code', { _csrf: form.csrf, code: recovery[0].toLowerCase() });
    expect(withRecovery.statusCode).toBe(303);
    expect(withRecovery.headers.location).toBe('/konto/zwei-faktor?wiederherstellung=1');
    const status = await c.get('/konto/zwei-faktor?wiederherstellung=1');
    expect(status.res.body).toContain('Noch 9 Wiederherstellungscodes übrig.');
    expect(status.res.body).not.toContain('Ausschalten');

    const again = await signIn('asd@lindenau.example');
    const f2 = await again.c.get('/anmelden/code');
    expect((await again.c.post('/anmelden/code', { _csrf: f2.csrf, code: recovery[0] })).statusCode).toBe(400);
    expect((await again.c.post('/anmelden/code', { _csrf: f2.csrf, code: recovery[1] })).statusCode).toBe(303);

    const audit = await rows<{ action: string; outcome: string }>(t.database.db, sql`
      SELECT action, outcome FROM audit_log WHERE action LIKE 'second_factor.%' OR action = 'session.second_factor' ORDER BY id`);
    expect(audit.filter((a) => a.action === 'session.second_factor' && a.outcome === 'allowed')).toHaveLength(3);
    expect(audit.filter((a) => a.outcome === 'denied').length).toBeGreaterThanOrEqual(4);
  });

  it('slows down guessing: after five wrong codes the sixth is refused with a wait', async () => {
    const { c } = await signIn('asd@lindenau.example', '198.51.100.21');
    const form = await c.get('/anmelden/code');
    let last = 0;
    for (let i = 0; i < 6; i++) last = (await c.post('/anmelden/code', { _csrf: form.csrf, code: String(100000 + i) })).statusCode;
    expect(last).toBe(429);
    await t.database.db.execute(sql`DELETE FROM sign_in_throttle`);
  });
});

describe('second factor for citizens', () => {
  it('is optional, can be switched on and, with a current code, off again', async () => {
    const { c, res } = await signIn('mara@example.org', '198.51.100.30');
    expect(res.headers.location).toBe('/konto');
    const page = await c.get('/konto/zwei-faktor');
    expect(page.res.body).not.toContain('Pflicht für Ihre Rolle');
    const secret = secretOf(page.res.body);
    expect((await c.post('/konto/zwei-faktor', { _csrf: page.csrf, code: await generate({ secret }) })).statusCode).toBe(200);
    const status = await c.get('/konto/zwei-faktor');
    expect(status.res.body).toContain('Ausschalten');
    const off = await c.post('/konto/zwei-faktor/aus', { _csrf: status.csrf, code: await generate({ secret, epoch: inThirtySeconds() }) });
    expect(off.statusCode).toBe(303);
    const next = await signIn('mara@example.org', '198.51.100.31');
    expect(next.res.headers.location).toBe('/konto');
  });
});

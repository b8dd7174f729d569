import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { users } from './schema.ts';
import { hashPassword } from './passwords.ts';
import { rows } from '../../platform/db.ts';
import { createSession, SESSION_COOKIE } from './sessions.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const [email, kind] of [['mara@example.org', 'citizen'], ['asd@lindenau.example', 'staff']] as const) {
    await t.database.db.insert(users).values({ email, displayName: email, kind, passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() });
  }
});
afterAll(async () => { await t?.close(); });

async function signedIn(email: string) {
  const c = formClient(t.app);
  await c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email, password: 'Lindenblüte am Markt' });
  return c;
}

describe('one\'s own data', () => {
  it('downloads everything held about the person as JSON, including who accessed it; the download is audited', async () => {
    const c = await signedIn('mara@example.org');
    const res = await c.get('/konto/daten.json');
    expect(res.res.statusCode).toBe(200);
    expect(res.res.headers['content-disposition']).toContain('attachment');
    const data = res.res.json();
    expect(data.account.email).toBe('mara@example.org');
    expect(JSON.stringify(data)).not.toContain('argon2');
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.accessLog.map((e: { action: string }) => e.action)).toContain('session.create');
    const audited = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'account.export'`);
    expect(audited[0].n).toBe(1);
  });

  it('refuses the download to someone not signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/konto/daten.json' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('/anmelden');
  });

  it('deletes a citizen\'s account only with the right password; the audit log keeps its entries', async () => {
    const c = await signedIn('mara@example.org');
    const page = await c.get('/konto');
    const wrong = await c.post('/konto/loeschen', { _csrf: page.csrf, password: 'falsch-falsch' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Ihr Konto wurde nicht gelöscht');
    const ok = await c.post('/konto/loeschen', { _csrf: page.csrf, password: 'Lindenblüte am Markt' });
    expect(ok.body).toContain('Ihr Konto ist gelöscht');
    expect(await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users WHERE email = 'mara@example.org'`)).toEqual([{ n: 0 }]);
    expect(await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'account.delete' AND outcome = 'allowed'`)).toEqual([{ n: 1 }]);
    expect((await c.get('/konto')).res.statusCode).toBe(303);
  });

  it('deletes an account without a password (sign-in service only) when its e-mail address is typed to confirm', async () => {
    // Signed in through a sign-in service: no password to type.
    const [u] = await t.database.db.insert(users).values({ email: 'ole@example.org', displayName: 'Ole', kind: 'citizen', passwordHash: null, emailVerifiedAt: new Date() })
      .returning({ id: users.id });
    const c = formClient(t.app);
    c.jar[SESSION_COOKIE] = (await createSession(t.database.db, u.id, { ip: '198.51.100.7', userAgent: 'Testbrowser' })).token;
    const page = await c.get('/konto');
    expect(page.res.body).toContain('Zur Bestätigung: Ihre E-Mail-Adresse');
    expect(page.res.body).not.toContain('Zur Bestätigung: Ihr Passwort');
    const wrong = await c.post('/konto/loeschen', { _csrf: page.csrf, password: 'jemand@example.org' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Die E-Mail-Adresse stimmt nicht mit der Ihres Kontos überein.');
    expect(await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users WHERE email = 'ole@example.org'`)).toEqual([{ n: 1 }]);
    const ok = await c.post('/konto/loeschen', { _csrf: page.csrf, password: ' Ole@Example.org ' });
    expect(ok.body).toContain('Ihr Konto ist gelöscht');
    expect(await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users WHERE email = 'ole@example.org'`)).toEqual([{ n: 0 }]);
  });

  it('does not let staff delete their own account', async () => {
    const c = await signedIn('asd@lindenau.example');
    const page = await c.get('/konto');
    expect(page.res.body).toContain('Konten von Mitarbeitenden löscht oder sperrt die Verwaltung');
    await c.post('/konto/loeschen', { _csrf: page.csrf, password: 'Lindenblüte am Markt' });
    expect(await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users WHERE email = 'asd@lindenau.example'`)).toEqual([{ n: 1 }]);
  });
});

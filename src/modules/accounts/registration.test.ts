import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import { rows } from '../../platform/db.ts';
import { formClient } from '../../test/forms.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

const linkIn = (text: string) => text.match(/https?:\/\/\S+\/bestaetigen\/\S+/)![0];

describe('registration with e-mail verification', () => {
  it('registers, mails a link, confirms the address with it, and then signs in', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    const res = await c.post('/registrieren', { _csrf: csrf, displayName: 'Ayşe Demir', email: 'ayse@example.org', password: 'Sonnenblumen im Lindenhof' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Bitte prüfen Sie Ihr Postfach');
    const [mail] = await outboxFor(t.database.db, 'ayse@example.org');
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.status).toBe('held');
    const link = new URL(linkIn(mail.textBody));
    // Before confirming, signing in is refused.
    const early = await c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email: 'ayse@example.org', password: 'Sonnenblumen im Lindenhof' });
    expect(early.statusCode).toBe(400);
    const confirmed = await c.get(link.pathname);
    expect(confirmed.res.statusCode).toBe(200);
    expect(confirmed.res.body).toContain('Ihre E-Mail-Adresse ist bestätigt');
    const signIn = await c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email: 'ayse@example.org', password: 'Sonnenblumen im Lindenhof' });
    expect(signIn.statusCode).toBe(303);
    // A reused link says so and offers a new one.
    const again = await formClient(t.app).get(link.pathname);
    expect(again.res.statusCode).toBe(410);
    expect(again.res.body).toContain('Dieser Link wurde schon verwendet');
    expect(again.res.body).toContain('Neuen Link schicken');
  });

  it('answers the same for an address that already has an account, and tells its owner by mail', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    const res = await c.post('/registrieren', { _csrf: csrf, displayName: 'Jemand', email: 'Ayse@Example.org', password: 'Ganz anderes Passwort 7' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Bitte prüfen Sie Ihr Postfach');
    const mails = await outboxFor(t.database.db, 'ayse@example.org');
    expect(mails[0].subject).toBe('Sie haben bereits ein Konto');
    const n = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users WHERE email = 'ayse@example.org'`);
    expect(n[0].n).toBe(1);
  });

  it('explains each bad field next to it and keeps what was typed, except the password', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    const res = await c.post('/registrieren', { _csrf: csrf, displayName: 'Lea', email: 'lea-at-example.org', password: 'Password123' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein');
    expect(res.body).toContain('Dieses Passwort ist sehr verbreitet');
    expect(res.body).toContain('value="lea-at-example.org"');
    expect(res.body).toContain('value="Lea"');
    expect(res.body).not.toContain('Password123');
    expect(res.body).toContain('href="#email"');
  });

  it('offers a new link for an expired one, and sends it only for an unconfirmed account', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    await c.post('/registrieren', { _csrf: csrf, displayName: 'Olena', email: 'olena@example.org', password: 'Kastanien am Auenpark' });
    await t.database.db.execute(sql`UPDATE one_time_tokens SET expires_at = now() - interval '1 minute'`);
    const [mail] = await outboxFor(t.database.db, 'olena@example.org');
    const expired = await c.get(new URL(linkIn(mail.textBody)).pathname);
    expect(expired.res.statusCode).toBe(410);
    expect(expired.res.body).toContain('Dieser Link ist abgelaufen');
    await c.post('/bestaetigen/neu', { _csrf: expired.csrf, email: 'olena@example.org' });
    await c.post('/bestaetigen/neu', { _csrf: expired.csrf, email: 'niemand@example.org' });
    expect(await outboxFor(t.database.db, 'olena@example.org')).toHaveLength(2);
    expect(await outboxFor(t.database.db, 'niemand@example.org')).toHaveLength(0);
    const fresh = (await outboxFor(t.database.db, 'olena@example.org'))[0];
    expect((await formClient(t.app).get(new URL(linkIn(fresh.textBody)).pathname)).res.statusCode).toBe(200);
  });
});

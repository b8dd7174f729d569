import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient, type FormClient } from '../../test/forms.ts';
import { startOidcProvider, signInAtProvider, type TestProvider } from '../../test/oidc-provider.ts';
import { oidcProviders, userRoles, users } from './schema.ts';
import { hashPassword } from './passwords.ts';
import { rows } from '../../platform/db.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';

// Fastify's inject speaks to http://localhost:80, so that is the app's address the provider knows.
const callbackFor = (id: string) => `http://localhost/anmelden/sso/${id}/callback`;

let t: TestApp;
let idp: TestProvider;
beforeAll(async () => {
  t = await createTestApp();
  idp = await startOidcProvider({
    redirectUris: ['buergerkonto', 'verwaltung', 'aus-umgebung'].map(callbackFor),
    users: {
      anna: { email: 'Anna@Example.org', email_verified: true, name: 'Anna Berg' },
      kai: { email: 'kai.sander@kreis.example', email_verified: true, name: 'Kai Sander' },
      fremd: { email: 'fremd@kreis.example', email_verified: true, name: 'Fremde Person' },
      unbestaetigt: { email: 'lea.wolf@kreis.example', email_verified: false, name: 'Lea Wolf' },
      mia: { email: 'mia@example.org', email_verified: true, name: 'Mia' },
      ohne: { name: 'Ohne Adresse' },
    },
  });
  await t.database.db.insert(oidcProviders).values([
    { id: 'buergerkonto', name: 'Bürgerkonto', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, audience: 'citizen' },
    { id: 'verwaltung', name: 'Verwaltungsportal', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, audience: 'staff' },
  ]);
  await t.database.db.insert(users).values([
    { email: 'kai.sander@kreis.example', displayName: 'Kai Sander', kind: 'staff', passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() },
    { email: 'lea.wolf@kreis.example', displayName: 'Lea Wolf', kind: 'staff', passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() },
  ]);
});
afterAll(async () => { await idp?.close(); await t?.close(); });

/** Starts at Zugang, signs in at the provider, and returns the provider's answer (the callback URL). */
async function throughProvider(c: FormClient, provider: string, login: string, tamper?: (authorizationUrl: URL) => void) {
  const { res } = await c.get(`/anmelden/sso/${provider}`);
  expect(res.statusCode).toBe(303);
  const authorizationUrl = new URL(String(res.headers.location));
  expect(authorizationUrl.origin).toBe(idp.issuer);
  expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
  tamper?.(authorizationUrl);
  return signInAtProvider(authorizationUrl.href, login);
}

async function signIn(c: FormClient, provider: string, login: string) {
  const back = await throughProvider(c, provider, login);
  return (await c.get(back.pathname + back.search)).res;
}

const lastSignIn = async () => (await rows<{ outcome: string; reason: string | null; method: string; subject_user_id: string | null }>(t.database.db, sql`
  SELECT outcome, details->>'reason' AS reason, details->>'method' AS method, subject_user_id FROM audit_log WHERE action = 'session.create' ORDER BY id DESC LIMIT 1`))[0];
const userByEmail = async (email: string) => (await rows<{ id: string; kind: string; email_verified_at: unknown; password_hash: string | null }>(t.database.db, sql`
  SELECT id, kind, email_verified_at, password_hash FROM users WHERE email = ${email}`))[0];
const identities = (subject: string) => rows<{ provider_id: string; user_id: string }>(t.database.db, sql`SELECT provider_id, user_id FROM oidc_identities WHERE subject = ${subject}`);

describe('signing in through OpenID Connect', () => {
  it('shows one button per enabled provider on the sign-in page, as plain links', async () => {
    const { res } = await formClient(t.app).get('/anmelden?weiter=%2Fkonto');
    expect(res.body).toContain('href="/anmelden/sso/buergerkonto?weiter=%2Fkonto"');
    expect(res.body).toContain('Anmelden mit Bürgerkonto');
    expect(res.body).toContain('Anmelden mit Verwaltungsportal');
  });

  it('creates and links a citizen account at the first sign-in and lands signed in at the account page', async () => {
    const c = formClient(t.app);
    const res = await signIn(c, 'buergerkonto', 'anna');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/konto');
    const session = res.cookies.find((k) => k.name === 'zugang_session')!;
    expect(session.httpOnly).toBe(true);
    expect(c.jar.zugang_sso).toBeUndefined();
    expect((await c.get('/konto')).res.body).toContain('Ihr Konto, Anna Berg');
    const anna = await userByEmail('anna@example.org');
    expect(anna.kind).toBe('citizen');
    expect(anna.email_verified_at).not.toBeNull();
    expect(anna.password_hash).toBeNull();
    expect(await identities('anna')).toEqual([{ provider_id: 'buergerkonto', user_id: anna.id }]);
    expect(await lastSignIn()).toEqual({ outcome: 'allowed', reason: null, method: 'oidc', subject_user_id: anna.id });
    const [mfa] = await rows<{ mfa_at: unknown }>(t.database.db, sql`SELECT mfa_at FROM sessions WHERE user_id = ${anna.id}`);
    expect(mfa.mfa_at).toBeNull();
  });

  it('finds the account by subject at the next sign-in, even when the address at the provider changed', async () => {
    const before = await userByEmail('anna@example.org');
    idp.users.set('anna', { email: 'anna.berg@example.org', email_verified: true, name: 'Anna Berg' });
    const c = formClient(t.app);
    const res = await signIn(c, 'buergerkonto', 'anna');
    expect(res.statusCode).toBe(303);
    expect(await userByEmail('anna.berg@example.org')).toBeUndefined();
    expect(await identities('anna')).toEqual([{ provider_id: 'buergerkonto', user_id: before.id }]);
    expect((await lastSignIn()).subject_user_id).toBe(before.id);
  });

  it('links a staff sign-in to the existing active staff account with the same verified address, without a second factor', async () => {
    const c = formClient(t.app);
    const res = await signIn(c, 'verwaltung', 'kai');
    expect(res.statusCode).toBe(303);
    const kai = await userByEmail('kai.sander@kreis.example');
    expect(await identities('kai')).toEqual([{ provider_id: 'verwaltung', user_id: kai.id }]);
    expect((await c.get('/konto')).res.body).toContain('Kai Sander');
    const [s] = await rows<{ mfa_at: unknown }>(t.database.db, sql`SELECT mfa_at FROM sessions WHERE user_id = ${kai.id}`);
    expect(s.mfa_at).toBeNull();
  });

  it('refuses staff without an account, and with an address the provider did not verify; never registers staff', async () => {
    const c = formClient(t.app);
    const res = await signIn(c, 'verwaltung', 'fremd');
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Kein Konto für Mitarbeitende');
    expect(res.cookies.find((k) => k.name === 'zugang_session')).toBeUndefined();
    expect(await userByEmail('fremd@kreis.example')).toBeUndefined();
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'no staff account with this e-mail address' });
    const unverified = await signIn(formClient(t.app), 'verwaltung', 'unbestaetigt');
    expect(unverified.statusCode).toBe(403);
    expect(await identities('unbestaetigt')).toEqual([]);
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'e-mail address not verified by provider' });
  });

  it('refuses a citizen sign-in for the address of a staff account, and one without any address', async () => {
    idp.users.set('kollegin', { email: 'lea.wolf@kreis.example', email_verified: true });
    const staff = await signIn(formClient(t.app), 'buergerkonto', 'kollegin');
    expect(staff.statusCode).toBe(403);
    expect(await identities('kollegin')).toEqual([]);
    const none = await signIn(formClient(t.app), 'buergerkonto', 'ohne');
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Keine E-Mail-Adresse erhalten');
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'no e-mail address from provider' });
  });

  it('refuses an answer with a wrong state, audits it, and the genuine answer cannot be used afterwards', async () => {
    const c = formClient(t.app);
    const back = await throughProvider(c, 'buergerkonto', 'mia');
    const forged = new URL(back);
    forged.searchParams.set('state', 'angreifer-state');
    const res = (await c.get(forged.pathname + forged.search)).res;
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Die Anmeldung wurde abgelehnt');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(res.cookies.find((k) => k.name === 'zugang_session')).toBeUndefined();
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'state mismatch', method: 'oidc' });
    const replay = (await c.get(back.pathname + back.search)).res;
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('Die Anmeldung ist abgelaufen');
    expect(await userByEmail('mia@example.org')).toBeUndefined();
  });

  it('refuses an answer brought into another browser (no sign-in under way there)', async () => {
    const back = await throughProvider(formClient(t.app), 'buergerkonto', 'mia');
    const res = (await formClient(t.app).get(back.pathname + back.search)).res;
    expect(res.statusCode).toBe(400);
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'unknown or expired sign-in attempt' });
    expect(await userByEmail('mia@example.org')).toBeUndefined();
  });

  it('refuses an ID token issued for another nonce and audits it', async () => {
    const c = formClient(t.app);
    const back = await throughProvider(c, 'buergerkonto', 'mia', (url) => url.searchParams.set('nonce', 'nonce-aus-einer-anderen-anmeldung'));
    const res = (await c.get(back.pathname + back.search)).res;
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Die Anmeldung wurde abgelehnt');
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'nonce mismatch' });
    expect(await userByEmail('mia@example.org')).toBeUndefined();
  });

  it('refuses an answer naming another issuer and audits it', async () => {
    const c = formClient(t.app);
    const back = await throughProvider(c, 'buergerkonto', 'mia');
    expect(back.searchParams.get('iss')).toBe(idp.issuer);
    back.searchParams.set('iss', 'https://falscher-aussteller.example');
    const res = (await c.get(back.pathname + back.search)).res;
    expect(res.statusCode).toBe(400);
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'issuer mismatch' });
    expect(await userByEmail('mia@example.org')).toBeUndefined();
  });

  it('shows a translated page when the person cancels at the provider', async () => {
    const c = formClient(t.app);
    const { res } = await c.get('/anmelden/sso/buergerkonto?lang=en');
    const start = new URL(String(res.headers.location));
    const state = start.searchParams.get('state')!;
    const back = await c.get(`/anmelden/sso/buergerkonto/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(idp.issuer)}`);
    expect(back.res.statusCode).toBe(400);
    expect(back.res.body).toContain('The sign-in was cancelled');
    expect(await lastSignIn()).toMatchObject({ outcome: 'denied', reason: 'provider answered access_denied' });
  });

  it('answers 404 for an unknown provider', async () => {
    expect((await formClient(t.app).get('/anmelden/sso/gibt-es-nicht')).res.statusCode).toBe(404);
  });
});

describe('sign-in services in the admin area', () => {
  let admin: FormClient;
  beforeAll(async () => {
    const [u] = await t.database.db.insert(users).values({ email: 'admin@kreis.example', displayName: 'Admin', kind: 'staff',
      passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() }).returning({ id: users.id });
    await t.database.db.insert(userRoles).values({ userId: u.id, role: 'administrator' });
    admin = formClient(t.app);
    await admin.post('/anmelden', { _csrf: (await admin.get('/anmelden')).csrf, email: 'admin@kreis.example', password: 'Lindenblüte am Markt' });
  });

  const valid = { id: 'stadtportal', name: 'Stadtportal', issuer: 'https://id.stadt.example/realms/zugang', clientId: 'zugang', clientSecret: 'geheim-9f3a-4471', audience: 'citizen', scopes: 'openid email profile' };

  it('lists the providers without their secrets', async () => {
    const { res } = await admin.get('/verwaltung/anmeldedienste');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Verwaltungsportal');
    expect(res.body).not.toContain(idp.clientSecret);
  });

  it('keeps what was typed and names each problem beside its field (but never echoes the secret)', async () => {
    const { csrf } = await admin.get('/verwaltung/anmeldedienste');
    const res = await admin.post('/verwaltung/anmeldedienste', { _csrf: csrf, ...valid, id: 'buergerkonto', issuer: 'keine adresse', audience: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Bitte korrigieren Sie Ihre Eingaben');
    expect(res.body).toContain('href="#issuer"');
    expect(res.body).toContain('id="issuer-error"');
    expect(res.body).toContain('Bitte wählen Sie, wer sich damit anmeldet.');
    expect(res.body).toContain('value="keine adresse"');
    expect(res.body).toContain('value="Stadtportal"');
    expect(res.body).not.toContain(valid.clientSecret);
    const duplicate = await admin.post('/verwaltung/anmeldedienste', { _csrf: csrf, ...valid, id: 'buergerkonto' });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('Diese Kennung ist schon vergeben.');
    expect(duplicate.body).toContain('id="id-error"');
  });

  it('adds a provider, audits the change without the secret, and switches it off and on', async () => {
    const { csrf } = await admin.get('/verwaltung/anmeldedienste');
    const res = await admin.post('/verwaltung/anmeldedienste', { _csrf: csrf, ...valid });
    expect(res.statusCode).toBe(303);
    const page = (await admin.get(String(res.headers.location))).res.body;
    expect(page).toContain('Der Anmeldedienst „Stadtportal“ ist gespeichert.');
    expect(page).not.toContain(valid.clientSecret);
    const [audit] = await rows<{ details: string }>(t.database.db, sql`SELECT details::text AS details FROM audit_log WHERE action = 'identity_provider.manage' AND resource_id = 'stadtportal'`);
    expect(audit.details).toContain('"change": "added"');
    expect(audit.details).not.toContain(valid.clientSecret);
    expect((await formClient(t.app).get('/anmelden')).res.body).toContain('Anmelden mit Stadtportal');
    const off = await admin.post('/verwaltung/anmeldedienste/stadtportal/status', { _csrf: csrf, enabled: 'false' });
    expect(off.statusCode).toBe(303);
    expect((await formClient(t.app).get('/anmelden')).res.body).not.toContain('Stadtportal');
    expect((await formClient(t.app).get('/anmelden/sso/stadtportal')).res.statusCode).toBe(404);
    await admin.post('/verwaltung/anmeldedienste/stadtportal/status', { _csrf: csrf, enabled: 'true' });
    expect((await formClient(t.app).get('/anmelden')).res.body).toContain('Anmelden mit Stadtportal');
  });

  it('refuses the page to anyone without the permission, and a change without a CSRF token', async () => {
    const c = formClient(t.app);
    await c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email: 'lea.wolf@kreis.example', password: 'Lindenblüte am Markt' });
    expect((await c.get('/verwaltung/anmeldedienste')).res.statusCode).toBe(403);
    expect((await admin.post('/verwaltung/anmeldedienste', { ...valid, id: 'ohne-token' })).statusCode).toBe(403);
  });
});

describe('providers from the environment', () => {
  it('signs in through a provider configured by OIDC_* variables, whose secret never reaches the database', async () => {
    const config = loadConfig({
      NODE_ENV: 'test', LOG_LEVEL: 'silent', OIDC_PROVIDERS: 'aus-umgebung', OIDC_AUS_UMGEBUNG_NAME: 'Landesportal',
      OIDC_AUS_UMGEBUNG_ISSUER: idp.issuer, OIDC_AUS_UMGEBUNG_CLIENT_ID: idp.clientId, OIDC_AUS_UMGEBUNG_CLIENT_SECRET: idp.clientSecret, OIDC_AUS_UMGEBUNG_AUDIENCE: 'citizen',
    });
    const app = await buildApp({ config, database: t.database });
    try {
      const [row] = await rows<{ client_secret: string | null; configured_in: string }>(t.database.db, sql`SELECT client_secret, configured_in FROM oidc_providers WHERE id = 'aus-umgebung'`);
      expect(row).toEqual({ client_secret: null, configured_in: 'environment' });
      idp.users.set('jonas', { email: 'jonas@example.org', email_verified: false, name: 'Jonas' });
      const c = formClient(app);
      const res = await signIn(c, 'aus-umgebung', 'jonas');
      expect(res.statusCode).toBe(303);
      const jonas = await userByEmail('jonas@example.org');
      expect(jonas.email_verified_at).toBeNull();
      expect(await identities('jonas')).toEqual([{ provider_id: 'aus-umgebung', user_id: jonas.id }]);
    } finally {
      await app.close();
    }
  });

  it('refuses to start with incomplete provider settings, naming the variable', () => {
    expect(() => loadConfig({ OIDC_PROVIDERS: 'land', OIDC_LAND_ISSUER: 'https://id.example', OIDC_LAND_AUDIENCE: 'staff' })).toThrow(/OIDC_LAND_CLIENT_ID/);
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_PROVIDERS: 'land', OIDC_LAND_ISSUER: 'http://id.example', OIDC_LAND_CLIENT_ID: 'z', OIDC_LAND_AUDIENCE: 'staff' })).toThrow(/OIDC_LAND_ISSUER/);
  });
});

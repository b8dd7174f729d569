// Single sign-on with OpenID Connect (authorization code flow with PKCE, state and nonce). Providers come
// from the environment (OIDC_*) or the admin area; a person's account is linked by (provider, subject).
// Staff are never registered here: a staff sign-in only links to an existing, active staff account with
// the same verified e-mail address. Every sign-in and every refusal is audited.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, notInArray, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import type { Queryable } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { oidcProviderSchema, type OidcProviderSettings } from '../../config.ts';
import { oidcIdentities, oidcProviders, oidcSignInStates, users } from './schema.ts';
import { createSession } from './sessions.ts';

/** Ten minutes to come back from the provider. */
const ATTEMPT_TTL_MS = 10 * 60_000;
export const SSO_COOKIE = 'zugang_sso';

const digest = (v: string) => createHash('sha256').update(v).digest('hex');

export type ProviderSummary = {
  id: string; name: string; issuer: string; clientId: string; audience: 'staff' | 'citizen'; scopes: string;
  enabled: boolean; configuredIn: 'admin' | 'environment'; hasSecret: boolean;
};

/** Every provider for the admin list; the client secret never leaves this module. */
export async function listProviders(db: Queryable, configured: OidcProviderSettings[]): Promise<ProviderSummary[]> {
  const list = await db.select().from(oidcProviders).orderBy(oidcProviders.name);
  return list.map(({ clientSecret, createdAt: _c, ...p }) => ({
    ...p, hasSecret: Boolean(clientSecret ?? configured.find((c) => c.id === p.id)?.clientSecret),
  }));
}

/** The buttons on the sign-in page. */
export async function enabledProviders(db: Queryable): Promise<{ id: string; name: string }[]> {
  return db.select({ id: oidcProviders.id, name: oidcProviders.name }).from(oidcProviders)
    .where(eq(oidcProviders.enabled, true)).orderBy(oidcProviders.name);
}

/**
 * Writes the providers of the environment into the table at start (idempotent, so every instance may do
 * it); their secrets stay in the environment. Providers no longer in the environment are switched off.
 */
export async function syncConfiguredProviders(db: Queryable, configured: OidcProviderSettings[]) {
  for (const p of configured) {
    const values = { name: p.name, issuer: p.issuer, clientId: p.clientId, clientSecret: null, audience: p.audience, scopes: p.scopes, enabled: true, configuredIn: 'environment' as const };
    await db.insert(oidcProviders).values({ id: p.id, ...values }).onConflictDoUpdate({ target: oidcProviders.id, set: values });
  }
  await db.update(oidcProviders).set({ enabled: false }).where(and(eq(oidcProviders.configuredIn, 'environment'),
    configured.length ? notInArray(oidcProviders.id, configured.map((p) => p.id)) : undefined));
}

export type ProviderForm = Partial<Record<'id' | 'name' | 'issuer' | 'clientId' | 'clientSecret' | 'audience' | 'scopes', string>>;
export type FieldProblem = { field: keyof ProviderForm; key: string };

export async function addProvider(db: Queryable, ctx: RequestContext, form: ProviderForm, production: boolean): Promise<{ ok: true; id: string } | { ok: false; problems: FieldProblem[] }> {
  const parsed = oidcProviderSchema(production).safeParse({ ...form, scopes: form.scopes?.trim() || undefined });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0]) as keyof ProviderForm))];
    return { ok: false, problems: fields.map((field) => ({ field, key: `sso.admin.errors.${field}` })) };
  }
  const p = parsed.data;
  const inserted = await db.insert(oidcProviders).values({ ...p, clientSecret: p.clientSecret ?? null, configuredIn: 'admin' })
    .onConflictDoNothing().returning({ id: oidcProviders.id });
  if (!inserted.length) return { ok: false, problems: [{ field: 'id', key: 'sso.admin.errors.idTaken' }] };
  // The secret is never part of the audit entry.
  await recordAudit(db, ctx, { action: 'identity_provider.manage', resourceType: 'identity_provider', resourceId: p.id,
    details: { change: 'added', name: p.name, issuer: p.issuer, clientId: p.clientId, audience: p.audience, scopes: p.scopes, secret: Boolean(p.clientSecret) } });
  return { ok: true, id: p.id };
}

/** Switches a provider on or off; those from the environment are changed there, not here. */
export async function setProviderEnabled(db: Queryable, ctx: RequestContext, id: string, enabled: boolean): Promise<boolean> {
  const changed = await db.update(oidcProviders).set({ enabled })
    .where(and(eq(oidcProviders.id, id), eq(oidcProviders.configuredIn, 'admin'))).returning({ id: oidcProviders.id });
  if (!changed.length) return false;
  await recordAudit(db, ctx, { action: 'identity_provider.manage', resourceType: 'identity_provider', resourceId: id, details: { change: enabled ? 'enabled' : 'disabled' } });
  return true;
}

type Provider = typeof oidcProviders.$inferSelect;

export async function findEnabledProvider(db: Queryable, id: string): Promise<Provider | null> {
  const [p] = await db.select().from(oidcProviders).where(and(eq(oidcProviders.id, id), eq(oidcProviders.enabled, true)));
  return p ?? null;
}

// Discovery results (endpoints, and the provider's keys once fetched), keyed by everything that defines
// the client, so that a change in the admin area takes effect at once on every instance.
const discovered = new Map<string, { at: number; config: Promise<client.Configuration> }>();
const DISCOVERY_TTL_MS = 60 * 60_000;

function clientConfiguration(p: Provider, configured: OidcProviderSettings[]): Promise<client.Configuration> {
  const secret = configured.find((c) => c.id === p.id && p.configuredIn === 'environment')?.clientSecret ?? p.clientSecret ?? undefined;
  const key = digest(JSON.stringify([p.id, p.issuer, p.clientId, secret ?? '']));
  const cached = discovered.get(key);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const issuer = new URL(p.issuer);
  const config = client.discovery(issuer, p.clientId, undefined, secret ? client.ClientSecretBasic(secret) : client.None(), {
    // The ID token's signature is checked against the provider's keys too, not only trusted for coming over
    // TLS. Plain http only reaches here outside production (the settings refuse it there).
    execute: [client.enableNonRepudiationChecks, ...(issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [])], timeout: 10,
  });
  if (discovered.size >= 50) discovered.clear();
  discovered.set(key, { at: Date.now(), config });
  // A provider that was down is asked again next time.
  config.catch(() => discovered.delete(key));
  return config;
}

/** Starts a sign-in: state, nonce and PKCE verifier are stored; the cookie gets the token that finds them. */
export async function startSignIn(db: Queryable, p: Provider, configured: OidcProviderSettings[], input: { redirectUri: string; next: string; lang: string }, now = new Date()) {
  const config = await clientConfiguration(p, configured);
  const token = randomBytes(32).toString('base64url');
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await db.delete(oidcSignInStates).where(lt(oidcSignInStates.expiresAt, now));
  await db.insert(oidcSignInStates).values({ id: digest(token), providerId: p.id, state, nonce, codeVerifier, next: input.next, lang: input.lang,
    expiresAt: new Date(now.getTime() + ATTEMPT_TTL_MS) });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri, scope: p.scopes, state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256',
  });
  return { token, url: url.href };
}

/** The stored attempt for a cookie token, removed at once: a response can be used only once. */
export async function takeSignInAttempt(db: Queryable, token: string | undefined, now = new Date()) {
  if (!token || token.length > 100) return null;
  const [row] = await db.delete(oidcSignInStates).where(eq(oidcSignInStates.id, digest(token))).returning();
  return row && row.expiresAt > now ? row : null;
}

export type SignInAttempt = NonNullable<Awaited<ReturnType<typeof takeSignInAttempt>>>;

export type SsoProblem = 'expired' | 'forged' | 'cancelled' | 'unavailable' | 'noStaffAccount' | 'staffAccount' | 'emailMissing' | 'emailInUse' | 'inactive';
export type SsoResult = { ok: true; token: string; userId: string } | { ok: false; problem: SsoProblem };

type Claims = { sub: string; email?: string; emailVerified: boolean; name?: string; acr?: string };

/**
 * Checks the provider's answer and exchanges the code: state (here and by openid-client), issuer (the `iss`
 * parameter and the ID token's `iss`), audience, signature, expiry and nonce of the ID token; the code is
 * only good with the PKCE verifier.
 * Returns the verified claims, or the reason for refusing.
 */
export async function exchangeCode(p: Provider, configured: OidcProviderSettings[], attempt: SignInAttempt, callbackUrl: URL):
  Promise<{ ok: true; claims: Claims } | { ok: false; problem: SsoProblem; reason: string; error?: unknown }> {
  if (attempt.providerId !== p.id) return { ok: false, problem: 'forged', reason: 'provider mismatch' };
  if (callbackUrl.searchParams.get('state') !== attempt.state) return { ok: false, problem: 'forged', reason: 'state mismatch' };
  let config: client.Configuration;
  try { config = await clientConfiguration(p, configured); } catch (error) { return { ok: false, problem: 'unavailable', reason: 'discovery failed', error }; }
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl,
      { pkceCodeVerifier: attempt.codeVerifier, expectedState: attempt.state, expectedNonce: attempt.nonce, idTokenExpected: true });
    const idToken = tokens.claims()!;
    let claims: Record<string, unknown> = idToken;
    // Many providers put e-mail and name only into the userinfo answer (checked to be about the same subject).
    if (idToken.email === undefined && config.serverMetadata().userinfo_endpoint) {
      claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...idToken };
    }
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const name = str(claims.name) ?? ([str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ') || undefined);
    return { ok: true, claims: { sub: idToken.sub, email: str(claims.email)?.toLowerCase(), emailVerified: claims.email_verified === true, name, acr: str(idToken.acr) } };
  } catch (error) {
    return { ok: false, ...classify(error), error };
  }
}

/** Names what was wrong with a refused answer, for the audit log. */
function classify(error: unknown): { problem: SsoProblem; reason: string } {
  if (error instanceof client.AuthorizationResponseError) return { problem: 'cancelled', reason: `provider answered ${error.error}` };
  const e = error as { code?: string; cause?: { message?: string; cause?: { claim?: string } } };
  const claim = e.cause?.cause?.claim;
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim) return { problem: 'forged', reason: `${claim === 'iss' ? 'issuer' : claim} mismatch` };
  if (e.code === 'OAUTH_INVALID_RESPONSE' && /"iss"/.test(e.cause?.message ?? '')) return { problem: 'forged', reason: 'issuer mismatch' };
  if (e.code === 'OAUTH_INVALID_RESPONSE' && /"state"/.test(e.cause?.message ?? '')) return { problem: 'forged', reason: 'state mismatch' };
  if (e.code?.startsWith('OAUTH_JWT') || e.code === 'OAUTH_INVALID_RESPONSE') return { problem: 'forged', reason: e.code.toLowerCase().replace(/^oauth_/, '').replace(/_/g, ' ') };
  if (error instanceof client.ResponseBodyError) return { problem: 'forged', reason: `token endpoint answered ${error.error}` };
  return { problem: 'unavailable', reason: 'token exchange failed' };
}

export async function auditRefusal(db: Queryable, ctx: RequestContext, providerId: string, reason: string, outcome: 'denied' | 'failed' = 'denied', subjectUserId?: string) {
  await recordAudit(db, ctx, { action: 'session.create', outcome, subjectUserId, details: { method: 'oidc', provider: providerId, reason } });
}

/**
 * Finds the account for verified claims, links or creates it, and opens a session without a confirmed
 * second factor (the app asks for the code afterwards). Refusals are audited with their reason.
 */
export async function signInWithIdentity(db: Queryable, ctx: RequestContext, p: Provider, claims: Claims, now = new Date()): Promise<SsoResult> {
  const refuse = async (problem: SsoProblem, reason: string, subjectUserId?: string): Promise<SsoResult> => {
    await auditRefusal(db, ctx, p.id, reason, 'denied', subjectUserId);
    return { ok: false, problem };
  };
  const [linked] = await db.select({ user: users }).from(oidcIdentities).innerJoin(users, eq(users.id, oidcIdentities.userId))
    .where(and(eq(oidcIdentities.providerId, p.id), eq(oidcIdentities.subject, claims.sub)));
  let user = linked?.user;
  let linkedBy: 'subject' | 'email' | 'new account' = 'subject';
  if (!user) {
    if (!claims.email) return refuse(p.audience === 'staff' ? 'noStaffAccount' : 'emailMissing', 'no e-mail address from provider');
    const [existing] = await db.select().from(users).where(eq(users.email, claims.email));
    if (p.audience === 'staff') {
      // Staff are never self-registered: only an existing, active staff account with this verified address.
      if (!claims.emailVerified) return refuse('noStaffAccount', 'e-mail address not verified by provider');
      if (!existing || existing.kind !== 'staff') return refuse('noStaffAccount', 'no staff account with this e-mail address');
      user = existing;
      linkedBy = 'email';
    } else if (existing) {
      // Both sides proved control of the mailbox; an unconfirmed registration could be someone else's trap.
      if (existing.kind !== 'citizen') return refuse('staffAccount', 'e-mail address of a staff account', existing.id);
      if (!existing.emailVerifiedAt || !claims.emailVerified) return refuse('emailInUse', 'e-mail address of another account', existing.id);
      user = existing;
      linkedBy = 'email';
    } else {
      [user] = await db.insert(users).values({ email: claims.email, displayName: claims.name ?? claims.email, kind: 'citizen',
        emailVerifiedAt: claims.emailVerified ? now : null, preferredLanguage: 'de' }).returning();
      linkedBy = 'new account';
      await recordAudit(db, ctx, { action: 'account.create', resourceType: 'user', resourceId: user.id, subjectUserId: user.id, details: { method: 'oidc', provider: p.id } });
    }
    if (user.status !== 'active') return refuse('inactive', 'account not active', user.id);
    await db.insert(oidcIdentities).values({ providerId: p.id, subject: claims.sub, userId: user.id, linkedAt: now });
  }
  if (user.status !== 'active') return refuse('inactive', 'account not active', user.id);
  if (user.kind !== p.audience) return refuse(p.audience === 'staff' ? 'noStaffAccount' : 'staffAccount', `${user.kind} account at a ${p.audience} provider`, user.id);
  const { token, id } = await createSession(db, user.id, { ip: ctx.ip, userAgent: ctx.userAgent, mfa: false }, undefined, now);
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await recordAudit(db, { ...ctx, actor: { kind: 'user', userId: user.id, roles: [], memberships: [] } }, {
    action: 'session.create', resourceType: 'session', resourceId: id.slice(0, 16), subjectUserId: user.id,
    details: { method: 'oidc', provider: p.id, linkedBy, acr: claims.acr ?? null },
  });
  return { ok: true, token, userId: user.id };
}

/** Number of accounts linked to a provider (shown in the admin list). */
export async function linkedAccounts(db: Queryable): Promise<Map<string, number>> {
  const list = await db.select({ providerId: oidcIdentities.providerId, n: sql<number>`count(*)::int` }).from(oidcIdentities).groupBy(oidcIdentities.providerId);
  return new Map(list.map((r) => [r.providerId, Number(r.n)]));
}

/** The sign-in services an account is linked to, for its owner's account page. */
export async function ownSignInServices(db: Queryable, userId: string): Promise<{ providerId: string; name: string; linkedAt: Date }[]> {
  return db.select({ providerId: oidcIdentities.providerId, name: oidcProviders.name, linkedAt: oidcIdentities.linkedAt })
    .from(oidcIdentities).innerJoin(oidcProviders, eq(oidcProviders.id, oidcIdentities.providerId))
    .where(eq(oidcIdentities.userId, userId)).orderBy(oidcProviders.name);
}

export type UnlinkResult = 'unlinked' | 'notLinked' | 'lastWay';

/**
 * The owner ends the link between the account and a sign-in service. Refused when it is the account's only
 * way in (no password, no other service): the person would lock themselves out, and the next sign-in
 * through the service would create a new, empty account. Audited (the row's deletion as well).
 */
export async function unlinkSignInService(db: Queryable, ctx: RequestContext, userId: string, providerId: string): Promise<UnlinkResult> {
  const [user] = await db.select({ hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL` }).from(users).where(eq(users.id, userId)).for('update');
  const linked = await db.select({ providerId: oidcIdentities.providerId }).from(oidcIdentities).where(eq(oidcIdentities.userId, userId));
  const result: UnlinkResult = !user || !linked.some((l) => l.providerId === providerId) ? 'notLinked'
    : !user.hasPassword && linked.length === 1 ? 'lastWay' : 'unlinked';
  if (result === 'unlinked') {
    await db.delete(oidcIdentities).where(and(eq(oidcIdentities.userId, userId), eq(oidcIdentities.providerId, providerId)));
  }
  await recordAudit(db, ctx, { action: 'account.unlink', resourceType: 'oidc_identity', resourceId: providerId.slice(0, 100), subjectUserId: userId,
    outcome: result === 'unlinked' ? 'allowed' : 'denied', details: { provider: providerId, result } });
  return result;
}

// Signing in and out. Every attempt is audited; failures slow further attempts per account and per IP
// (throttle.ts: counted in the database, so all app instances count together); the answer never reveals
// whether an e-mail address has an account.
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { memberships, oidcIdentities, oidcProviders, sessions, signInThrottle, userRoles, users } from './schema.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { createSession, endAllSessions, endSession, type SessionLimits, DEFAULT_LIMITS } from './sessions.ts';
import { queueMail, type MailOptions } from '../../platform/mail/index.ts';
import { clearAttempts, countAttempt, throttleKeys, throttleWait } from './throttle.ts';
import type { Lang } from '../../platform/i18n.ts';
// Event registrations belong to the events module: read and ended through its index.ts, never its tables.
import { endRegistrationsOfAccount, ownRegistrationsForExport, type RegistrationEnv } from '../events/index.ts';

export type SignInResult =
  | { ok: true; token: string; userId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

/** After this many failures in a row the account's owner gets a mail (at most one a day). */
const NOTIFY_AFTER_FAILURES = 10;

export type FailureNotice = { mail: MailOptions; baseUrl: string; lang: Lang };

export async function signInWithPassword(db: Queryable, ctx: RequestContext, input: { email: string; password: string },
  limits: SessionLimits = DEFAULT_LIMITS, now = new Date(), notice?: FailureNotice): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys('signin', email, ctx.ip);
  const wait = await throttleWait(db, [keys.account, keys.ip], now);
  if (wait > 0) {
    await recordAudit(db, ctx, { action: 'session.create', outcome: 'denied', details: { reason: 'throttled', email } });
    return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
  }
  const [user] = await db.select().from(users).where(eq(users.email, email));
  // Verify against a dummy hash for unknown addresses: both answers take the same time.
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyPassword(await dummyHash(), input.password), false);
  if (!user || !valid || user.status !== 'active' || (user.kind === 'citizen' && !user.emailVerifiedAt)) {
    await countAttempt(db, [keys.account, keys.ip], now);
    await recordAudit(db, ctx, { action: 'session.create', outcome: 'denied', subjectUserId: user?.id, details: { reason: 'invalid credentials' } });
    if (user && notice) await notifyOwner(db, notice, user, keys.account.key, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearAttempts(db, keys.account);
  const { token, id } = await createSession(db, user.id, { ip: ctx.ip, userAgent: ctx.userAgent }, limits, now);
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await recordAudit(db, { ...ctx, actor: { kind: 'user', userId: user.id, roles: [], memberships: [] } },
    { action: 'session.create', resourceType: 'session', resourceId: id.slice(0, 16), subjectUserId: user.id });
  return { ok: true, token, userId: user.id };
}

async function notifyOwner(db: Queryable, notice: FailureNotice, user: { email: string; displayName: string }, key: string, now: Date) {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  if (!row || row.failures < NOTIFY_AFTER_FAILURES) return;
  if (row.notifiedAt && now.getTime() - row.notifiedAt.getTime() < 24 * 3_600_000) return;
  await db.update(signInThrottle).set({ notifiedAt: now }).where(eq(signInThrottle.key, key));
  await queueMail(db, notice.mail, user.email, 'signInFailures', notice.lang, { name: user.displayName, count: String(row.failures), link: `${notice.baseUrl}/passwort-vergessen` });
}

export async function signOut(db: Queryable, ctx: RequestContext, sessionId: string, everywhere = false) {
  if (ctx.actor.kind !== 'user') return;
  if (everywhere) await endAllSessions(db, ctx.actor.userId);
  else await endSession(db, sessionId);
  await recordAudit(db, ctx, { action: everywhere ? 'session.delete_all' : 'session.delete', resourceType: 'session', subjectUserId: ctx.actor.userId });
}

/** Ends one of the person's own sessions (another device); someone else's session id changes nothing. */
export async function endOwnSession(db: Queryable, ctx: RequestContext, userId: string, sessionId: string) {
  const ended = await db.update(sessions).set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), sql`${sessions.revokedAt} IS NULL`)).returning({ id: sessions.id });
  await recordAudit(db, ctx, { action: 'session.delete', resourceType: 'session', resourceId: sessionId.slice(0, 16), subjectUserId: userId, outcome: ended.length ? 'allowed' : 'denied' });
}

export async function accountOverview(db: Queryable, userId: string) {
  const [u] = await db.select({ id: users.id, email: users.email, pendingEmail: users.pendingEmail, displayName: users.displayName, kind: users.kind, lastSignInAt: users.lastSignInAt,
    hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL` })
    .from(users).where(and(eq(users.id, userId)));
  return u ?? null;
}

/** Everything Zugang holds about the person, machine-readable (Art. 15 and 20 GDPR); the export is audited. */
export async function exportAccountData(db: Queryable, ctx: RequestContext, userId: string) {
  const [user] = await db.select({ id: users.id, email: users.email, displayName: users.displayName, kind: users.kind, status: users.status,
    emailVerifiedAt: users.emailVerifiedAt, preferredLanguage: users.preferredLanguage, createdAt: users.createdAt, lastSignInAt: users.lastSignInAt,
    secondFactor: sql<boolean>`${users.totpEnabledAt} IS NOT NULL` }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [roles, orgs, sessionList, accesses, eventRegistrations, signInServices] = await Promise.all([
    db.select({ role: userRoles.role, grantedAt: userRoles.grantedAt }).from(userRoles).where(eq(userRoles.userId, userId)),
    db.select({ organizationId: memberships.organizationId, role: memberships.role, grantedAt: memberships.grantedAt }).from(memberships).where(eq(memberships.userId, userId)),
    db.select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, ip: sessions.ip, userAgent: sessions.userAgent, endedAt: sessions.revokedAt })
      .from(sessions).where(eq(sessions.userId, userId)),
    db.select({ at: auditLog.at, action: auditLog.action, outcome: auditLog.outcome, actorUserId: auditLog.actorUserId, actorRole: auditLog.actorRole,
      purpose: auditLog.purpose, ip: auditLog.ip }).from(auditLog).where(eq(auditLog.subjectUserId, userId)).orderBy(auditLog.id),
    ownRegistrationsForExport(db, userId),
    db.select({ provider: oidcProviders.name, subject: oidcIdentities.subject, linkedAt: oidcIdentities.linkedAt })
      .from(oidcIdentities).innerJoin(oidcProviders, eq(oidcProviders.id, oidcIdentities.providerId)).where(eq(oidcIdentities.userId, userId)),
  ]);
  await recordAudit(db, ctx, { action: 'account.export', resourceType: 'user', resourceId: userId, subjectUserId: userId });
  return { exportedAt: new Date().toISOString(), account: user, roles, memberships: orgs, sessions: sessionList, signInServices, eventRegistrations, accessLog: accesses };
}

/**
 * A citizen deletes their own account after confirming it: with the password, or, for an account that
 * signs in only through a sign-in service (no password), by typing its e-mail address. Staff accounts are
 * deactivated by an administrator. In the same transaction the person's event registrations end (events/own.ts): those for
 * events to come are cancelled (the waiting list moves up, with its mails), the others deleted or, where an
 * event counts them, anonymised. `events` carries what those mails need.
 */
export async function deleteOwnAccount(db: Queryable, ctx: RequestContext, userId: string, confirmation: string, events: RegistrationEnv,
  now = new Date()): Promise<'deleted' | 'wrongPassword' | 'wrongEmail' | 'notAllowed'> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.kind !== 'citizen') return 'notAllowed';
  if (!user.passwordHash) {
    if (confirmation.trim().toLowerCase() !== user.email.toLowerCase()) {
      await recordAudit(db, ctx, { action: 'account.delete', outcome: 'denied', subjectUserId: userId, details: { reason: 'wrong e-mail address' } });
      return 'wrongEmail';
    }
  } else if (!(await verifyPassword(user.passwordHash, confirmation))) {
    await recordAudit(db, ctx, { action: 'account.delete', outcome: 'denied', subjectUserId: userId, details: { reason: 'wrong password' } });
    return 'wrongPassword';
  }
  // The registrations first: once the account is gone, nothing links them to the person any more.
  await endRegistrationsOfAccount(db, ctx, events, userId, now);
  // The audit log keeps the entries (they are evidence); the account and everything hanging on it goes.
  await db.delete(users).where(eq(users.id, userId));
  await recordAudit(db, ctx, { action: 'account.delete', resourceType: 'user', resourceId: userId, subjectUserId: userId });
  return 'deleted';
}

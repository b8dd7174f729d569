// Server-side sessions: the cookie carries a random token, the database only its SHA-256, so a stolen
// database copy opens no session. Sessions end after idle time (staff 30 minutes, citizens 2 hours) or at
// the absolute limit (12 hours), and can be ended one by one or all at once.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql, desc } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { sessions, users, userRoles, memberships } from './schema.ts';
import type { Actor, GlobalRole, OrganizationRole } from '../../platform/policy.ts';

export const SESSION_COOKIE = 'zugang_session';

export type SessionLimits = { staffIdleMinutes: number; citizenIdleMinutes: number; absoluteHours: number };
export const DEFAULT_LIMITS: SessionLimits = { staffIdleMinutes: 30, citizenIdleMinutes: 120, absoluteHours: 12 };

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Queryable, userId: string, meta: { ip?: string; userAgent?: string; mfa?: boolean }, limits = DEFAULT_LIMITS, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    id: digest(token), userId, createdAt: now, lastSeenAt: now,
    absoluteExpiresAt: new Date(now.getTime() + limits.absoluteHours * 3_600_000),
    mfaAt: meta.mfa ? now : null, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 400) ?? null,
  });
  return { token, id: digest(token) };
}

export type ResolvedSession = { sessionId: string; actor: Extract<Actor, { kind: 'user' }>; kind: 'citizen' | 'staff'; mfaAt: Date | null };

/** The signed-in person behind a cookie token, or null when the session is unknown, ended or expired. */
export async function resolveSession(db: Queryable, token: string | undefined, limits = DEFAULT_LIMITS, now = new Date()): Promise<ResolvedSession | null> {
  if (!token || token.length > 100) return null;
  const id = digest(token);
  const [row] = await db.select({ s: sessions, u: { kind: users.kind, status: users.status } }).from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId)).where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  if (!row || row.u.status !== 'active') return null;
  const idleMs = (row.u.kind === 'staff' ? limits.staffIdleMinutes : limits.citizenIdleMinutes) * 60_000;
  if (now.getTime() - row.s.lastSeenAt.getTime() > idleMs || now >= row.s.absoluteExpiresAt) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    return null;
  }
  // Written at most once a minute: a page view is not a database write.
  if (now.getTime() - row.s.lastSeenAt.getTime() > 60_000) await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  const [roles, orgs] = await Promise.all([
    db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.s.userId)),
    db.select({ organizationId: memberships.organizationId, role: memberships.role }).from(memberships).where(eq(memberships.userId, row.s.userId)),
  ]);
  return {
    sessionId: id, kind: row.u.kind, mfaAt: row.s.mfaAt,
    actor: { kind: 'user', userId: row.s.userId, roles: roles.map((r) => r.role as GlobalRole), memberships: orgs.map((m) => ({ organizationId: m.organizationId, role: m.role as OrganizationRole })) },
  };
}

export async function endSession(db: Queryable, sessionId: string, now = new Date()) {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** "Sign out everywhere": ends every session of the person (optionally except the current one). */
export async function endAllSessions(db: Queryable, userId: string, exceptSessionId?: string, now = new Date()) {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt),
    exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined));
}

/** The person's open sessions, newest first, for the session list in the account. */
export async function listSessions(db: Queryable, userId: string) {
  return db.select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, ip: sessions.ip, userAgent: sessions.userAgent })
    .from(sessions).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))).orderBy(desc(sessions.lastSeenAt));
}

// Server-side sessions: the cookie carries a random token, the database only its SHA-256, so a stolen
// database copy opens no session. Sessions end after idle time (staff 30 minutes, citizens 2 hours) or at
// the absolute limit (12 hours), and can be ended one by one or all at once.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql, desc } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { sessions } from './schema.ts';
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

export type ResolvedSession = {
  sessionId: string; actor: Extract<Actor, { kind: 'user' }>; kind: 'citizen' | 'staff'; mfaAt: Date | null;
  /** The person has a second factor and has not entered a code in this session yet: the session grants nothing. */
  pendingSecondFactor: boolean;
  /** The person has set up a second factor. */
  secondFactorEnabled: boolean;
};

/** The signed-in person behind a cookie token, or null when the session is unknown, ended or expired. One query. */
export async function resolveSession(db: Queryable, token: string | undefined, limits = DEFAULT_LIMITS, now = new Date()): Promise<ResolvedSession | null> {
  if (!token || token.length > 100) return null;
  const id = digest(token);
  const [row] = await rows<{ user_id: string; kind: 'citizen' | 'staff'; status: string; last_seen_at: Date | string; absolute_expires_at: Date | string; mfa_at: Date | string | null; totp: boolean; roles: GlobalRole[]; memberships: { organizationId: string; role: OrganizationRole }[] }>(db, sql`
    SELECT s.user_id, u.kind, u.status, s.last_seen_at, s.absolute_expires_at, s.mfa_at, u.totp_enabled_at IS NOT NULL AS totp,
      coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = s.user_id), '{}') AS roles,
      coalesce((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'role', m.role)) FROM memberships m WHERE m.user_id = s.user_id), '[]') AS memberships
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${id} AND s.revoked_at IS NULL`);
  if (!row || row.status !== 'active') return null;
  const lastSeen = new Date(row.last_seen_at);
  const idleMs = (row.kind === 'staff' ? limits.staffIdleMinutes : limits.citizenIdleMinutes) * 60_000;
  if (now.getTime() - lastSeen.getTime() > idleMs || now >= new Date(row.absolute_expires_at)) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    return null;
  }
  // Written at most once a minute: a page view is not a database write.
  if (now.getTime() - lastSeen.getTime() > 60_000) await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  const mfaAt = row.mfa_at ? new Date(row.mfa_at) : null;
  const roles = typeof row.roles === 'string' ? parsePgArray(row.roles) as GlobalRole[] : row.roles;
  return {
    sessionId: id, kind: row.kind, mfaAt, pendingSecondFactor: row.totp && mfaAt === null, secondFactorEnabled: row.totp,
    actor: { kind: 'user', userId: row.user_id, roles, memberships: row.memberships, mfa: mfaAt !== null },
  };
}

/** PGlite returns text[] of a subquery as an array; a driver without the type may return '{a,b}'. */
function parsePgArray(v: string): string[] {
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}

/** Marks the second factor as confirmed in this session. */
export async function confirmSecondFactor(db: Queryable, sessionId: string, now = new Date()) {
  await db.update(sessions).set({ mfaAt: now }).where(eq(sessions.id, sessionId));
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

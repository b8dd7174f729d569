// "Forgot password": a one-hour link by mail. The answer is the same for every address; using the link
// sets the new password, ends every session of the account and is audited. A used or expired link leads
// to a clear page offering a new one. Requests are counted per address and per IP (throttle.ts) before the
// account is looked up: known and unknown addresses get the same answers and the same delays.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { queueMail, type MailOptions } from '../../platform/mail/index.ts';
import type { Lang } from '../../platform/i18n.ts';
import { users } from './schema.ts';
import { consumeToken, issueToken, tokenState, type TokenState } from './tokens.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { endAllSessions } from './sessions.ts';
import { countAttempt, throttleKeys, throttleWait } from './throttle.ts';

const RESET_MINUTES = 60;

export async function requestPasswordReset(db: Queryable, ctx: RequestContext, mail: MailOptions, email: string, baseUrl: string, lang: Lang, now = new Date()):
  Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const keys = throttleKeys('reset', email, ctx.ip);
  const wait = await throttleWait(db, [keys.account, keys.ip], now);
  if (wait > 0) {
    await recordAudit(db, ctx, { action: 'account.request_reset', outcome: 'denied', details: { reason: 'throttled' } });
    return { ok: false, retryAfterSeconds: wait };
  }
  await countAttempt(db, [keys.account, keys.ip], now);
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user || user.status !== 'active') return { ok: true };
  const token = await issueToken(db, user.id, 'reset_password', RESET_MINUTES * 60_000, now);
  await queueMail(db, mail, user.email, 'resetPassword', lang, { name: user.displayName, link: `${baseUrl}/passwort-neu/${token}`, minutes: String(RESET_MINUTES) });
  await recordAudit(db, ctx, { action: 'account.request_reset', resourceType: 'user', resourceId: user.id, subjectUserId: user.id });
  return { ok: true };
}

export async function resetTokenState(db: Queryable, token: string, now = new Date()): Promise<TokenState> {
  return tokenState(db, token, 'reset_password', now);
}

export async function resetPassword(db: Queryable, ctx: RequestContext, token: string, password: string, now = new Date()):
  Promise<{ ok: true } | { ok: false; state: 'expired' | 'used' | 'unknown' } | { ok: false; problem: string }> {
  const s = await resetTokenState(db, token, now);
  if (s.state !== 'valid') return { ok: false, state: s.state };
  const problem = passwordProblem(password, s.email);
  if (problem) return { ok: false, problem };
  if (!(await consumeToken(db, s.tokenId, now))) return { ok: false, state: 'used' };
  // A reset link proves the mailbox: the address counts as verified from now on.
  await db.update(users).set({ passwordHash: await hashPassword(password), emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, s.userId));
  await endAllSessions(db, s.userId, undefined, now);
  await recordAudit(db, ctx, { action: 'account.reset_password', resourceType: 'user', resourceId: s.userId, subjectUserId: s.userId });
  return { ok: true };
}

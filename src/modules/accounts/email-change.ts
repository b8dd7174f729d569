// Changing one's e-mail address: confirmed by the current password, then by a link sent to the new
// address; the old address is told. Until the link is used, the old address stays. The answer does not
// reveal whether the new address already has an account (its owner gets a mail instead).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { queueMail, type MailOptions } from '../../platform/mail/index.ts';
import type { Lang } from '../../platform/i18n.ts';
import { users } from './schema.ts';
import { verifyPassword } from './passwords.ts';
import { consumeToken, issueToken, tokenState } from './tokens.ts';

const CHANGE_HOURS = 24;

export type EmailChangeProblem = { field: 'new-email' | 'email-password'; key: string };

export async function requestEmailChange(db: Queryable, ctx: RequestContext, mail: MailOptions, userId: string, input: { email: string; password: string }, baseUrl: string, lang: Lang, now = new Date()):
  Promise<{ ok: true } | { ok: false; problems: EmailChangeProblem[] }> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new Error('unknown user');
  const problems: EmailChangeProblem[] = [];
  if (!z.email().max(254).safeParse(email).success) problems.push({ field: 'new-email', key: 'register.errors.emailInvalid' });
  else if (email === user.email) problems.push({ field: 'new-email', key: 'account.errors.sameEmail' });
  if (!(await verifyPassword(user.passwordHash, input.password))) problems.push({ field: 'email-password', key: 'account.errors.wrongPasswordPlain' });
  if (problems.length) {
    await recordAudit(db, ctx, { action: 'account.change_email', outcome: 'denied', subjectUserId: userId, details: { reason: problems.map((p) => p.key) } });
    return { ok: false, problems };
  }
  const [taken] = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.email, email));
  if (taken) {
    await queueMail(db, mail, email, 'alreadyRegistered', lang, { name: taken.displayName, link: `${baseUrl}/anmelden` });
  } else {
    await db.update(users).set({ pendingEmail: email, updatedAt: now }).where(eq(users.id, userId));
    const token = await issueToken(db, userId, 'change_email', CHANGE_HOURS * 3_600_000, now, { email });
    await queueMail(db, mail, email, 'changeEmail', lang, { name: user.displayName, link: `${baseUrl}/email-bestaetigen/${token}`, hours: String(CHANGE_HOURS) });
    await queueMail(db, mail, user.email, 'emailChanged', lang, { name: user.displayName, newEmail: email, link: `${baseUrl}/passwort-vergessen` });
  }
  await recordAudit(db, ctx, { action: 'account.change_email', resourceType: 'user', resourceId: userId, subjectUserId: userId, details: { requested: true } });
  return { ok: true };
}

export async function confirmEmailChange(db: Queryable, ctx: RequestContext, token: string, now = new Date()): Promise<'changed' | 'taken' | 'expired' | 'used' | 'unknown'> {
  const s = await tokenState(db, token, 'change_email', now);
  if (s.state !== 'valid') return s.state;
  const email = String(s.data.email ?? '');
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) return 'taken';
  if (!(await consumeToken(db, s.tokenId, now))) return 'used';
  await db.update(users).set({ email, pendingEmail: null, emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, s.userId));
  await recordAudit(db, ctx, { action: 'account.change_email', resourceType: 'user', resourceId: s.userId, subjectUserId: s.userId, details: { from: s.email, to: email } });
  return 'changed';
}

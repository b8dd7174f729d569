// Citizens register themselves with an e-mail address that they confirm through a link. The answer to a
// registration is the same whether the address already has an account or not (the owner of that address
// gets a mail saying so), so the form reveals nobody's account. Registrations and resends are counted per
// address and per IP (throttle.ts) before any account is looked up, alike for known and unknown addresses.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { queueMail, type MailOptions } from '../../platform/mail/index.ts';
import type { Lang } from '../../platform/i18n.ts';
import { users } from './schema.ts';
import { consumeToken, issueToken, tokenState } from './tokens.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { countAttempt, throttleKeys, throttleWait } from './throttle.ts';

const VERIFY_HOURS = 48;

export type FieldProblem = { field: 'displayName' | 'email' | 'password'; key: string };

const emailSchema = z.email().max(254);

export function registrationProblems(input: { displayName: string; email: string; password: string }): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!input.displayName.trim()) out.push({ field: 'displayName', key: 'register.errors.nameMissing' });
  else if (input.displayName.length > 100) out.push({ field: 'displayName', key: 'register.errors.nameTooLong' });
  if (!emailSchema.safeParse(input.email.trim()).success) out.push({ field: 'email', key: 'register.errors.emailInvalid' });
  const p = passwordProblem(input.password, input.email);
  if (p) out.push({ field: 'password', key: `register.errors.password.${p}` });
  return out;
}

async function issueVerification(db: Queryable, mail: MailOptions, user: { id: string; email: string; displayName: string }, baseUrl: string, lang: Lang, now: Date) {
  const token = await issueToken(db, user.id, 'verify_email', VERIFY_HOURS * 3_600_000, now);
  await queueMail(db, mail, user.email, 'verifyEmail', lang, { name: user.displayName, link: `${baseUrl}/bestaetigen/${token}`, hours: String(VERIFY_HOURS) });
}

export async function registerCitizen(db: Queryable, ctx: RequestContext, mail: MailOptions,
  input: { displayName: string; email: string; password: string }, baseUrl: string, lang: Lang, now = new Date()):
  Promise<{ ok: true } | { ok: false; problems: FieldProblem[] } | { ok: false; retryAfterSeconds: number }> {
  const keys = throttleKeys('register', input.email, ctx.ip);
  const wait = await throttleWait(db, [keys.account, keys.ip], now);
  if (wait > 0) {
    await recordAudit(db, ctx, { action: 'account.create', outcome: 'denied', details: { reason: 'throttled' } });
    return { ok: false, retryAfterSeconds: wait };
  }
  const problems = registrationProblems(input);
  if (problems.length) return { ok: false, problems };
  await countAttempt(db, [keys.account, keys.ip], now);
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select().from(users).where(eq(users.email, email));
  if (existing) {
    await queueMail(db, mail, email, 'alreadyRegistered', lang, { name: existing.displayName, link: `${baseUrl}/anmelden` });
    await recordAudit(db, ctx, { action: 'account.create', outcome: 'denied', subjectUserId: existing.id, details: { reason: 'address already registered' } });
    return { ok: true };
  }
  const [user] = await db.insert(users).values({ email, displayName: input.displayName.trim(), kind: 'citizen', status: 'active',
    passwordHash: await hashPassword(input.password), preferredLanguage: lang, createdAt: now, updatedAt: now }).returning();
  await issueVerification(db, mail, user, baseUrl, lang, now);
  await recordAudit(db, ctx, { action: 'account.create', resourceType: 'user', resourceId: user.id, subjectUserId: user.id });
  return { ok: true };
}

export type VerifyResult = 'verified' | 'expired' | 'used' | 'unknown';

export async function verifyEmail(db: Queryable, ctx: RequestContext, token: string, now = new Date()): Promise<VerifyResult> {
  const row = await tokenState(db, token, 'verify_email', now);
  if (row.state !== 'valid') return row.state;
  if (!(await consumeToken(db, row.tokenId, now))) return 'used';
  await db.update(users).set({ emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, row.userId));
  await recordAudit(db, ctx, { action: 'account.verify_email', resourceType: 'user', resourceId: row.userId, subjectUserId: row.userId });
  return 'verified';
}

/** A fresh link for an address whose account is not confirmed yet; the same silence for any other address. */
export async function resendVerification(db: Queryable, ctx: RequestContext, mail: MailOptions, email: string, baseUrl: string, lang: Lang, now = new Date()):
  Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const keys = throttleKeys('register', email, ctx.ip);
  const wait = await throttleWait(db, [keys.account, keys.ip], now);
  if (wait > 0) {
    await recordAudit(db, ctx, { action: 'account.resend_verification', outcome: 'denied', details: { reason: 'throttled' } });
    return { ok: false, retryAfterSeconds: wait };
  }
  await countAttempt(db, [keys.account, keys.ip], now);
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user || user.emailVerifiedAt || user.kind !== 'citizen') return { ok: true };
  await issueVerification(db, mail, user, baseUrl, lang, now);
  await recordAudit(db, ctx, { action: 'account.resend_verification', resourceType: 'user', resourceId: user.id, subjectUserId: user.id });
  return { ok: true };
}

// The second factor: time-based one-time codes (TOTP, RFC 6238) from an authenticator app, and ten
// recovery codes for when the phone is lost. Staff who see personal data must set it up before they do;
// for citizens it is optional. The key is stored sealed (platform/secrets.ts), recovery codes only as
// hashes; every accepted code is accepted once.
import { createHash, randomInt } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Queryable } from '../../platform/db.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { recoveryCodes, users } from './schema.ts';
import { THROTTLE_RULES, clearAttempts, countAttempt, throttleWait, type ThrottleKey } from './throttle.ts';

/** Wrong codes are counted per account, with the sign-in's growing delay. */
const codeKey = (userId: string): ThrottleKey => ({ key: `totp:account:${userId}`, rule: THROTTLE_RULES.signin.account });

export const RECOVERY_CODE_COUNT = 10;
/** Without ambiguous characters (0/O, 1/I/L), so codes can be read from paper. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const digest = (code: string) => createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

function newRecoveryCode(): string {
  let s = '';
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export type SetupState = { secret: string; uri: string; qrSvg: string };

/** The key shown for setting up the app: a pending one is kept until confirmed, so reloading shows the same QR code. */
export async function setupState(db: Queryable, box: SecretBox, userId: string, issuer: string): Promise<SetupState | 'enabled'> {
  const [u] = await db.select({ email: users.email, secret: users.totpSecret, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  if (!u) throw new Error('unknown user');
  if (u.enabledAt) return 'enabled';
  let secret = u.secret ? box.open(u.secret) : null;
  if (!secret) {
    secret = generateSecret();
    await db.update(users).set({ totpSecret: box.seal(secret), updatedAt: new Date() }).where(eq(users.id, userId));
  }
  const uri = generateURI({ issuer, label: u.email, secret });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, uri, qrSvg };
}

async function checkCode(db: Queryable, box: SecretBox, user: { id: string; totpSecret: string | null; totpLastStep: number | null }, code: string): Promise<boolean> {
  const token = code.replace(/\s+/g, '');
  if (!user.totpSecret || !/^\d{6}$/.test(token)) return false;
  const result = await verify({ secret: box.open(user.totpSecret), token, epochTolerance: 30, afterTimeStep: user.totpLastStep ?? undefined });
  if (!result.valid) return false;
  const step = (result as { timeStep: number }).timeStep;
  // Conditional update: two requests with the same code cannot both succeed.
  const updated = await db.update(users).set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), sql`coalesce(${users.totpLastStep}, -1) < ${step}`)).returning({ id: users.id });
  return updated.length === 1;
}

export type ConfirmResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'invalid' | 'throttled'; retryAfterSeconds?: number };

/** The first code from the app switches the second factor on and yields the recovery codes (shown once). */
export async function confirmSetup(db: Queryable, box: SecretBox, ctx: RequestContext, userId: string, code: string, now = new Date()): Promise<ConfirmResult> {
  const keys = [codeKey(userId)];
  const wait = await throttleWait(db, keys, now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u || u.totpEnabledAt) return { ok: false, reason: 'invalid' };
  if (!(await checkCode(db, box, u, code))) {
    await countAttempt(db, keys, now);
    await recordAudit(db, ctx, { action: 'second_factor.enable', outcome: 'denied', subjectUserId: userId, details: { reason: 'wrong code' } });
    return { ok: false, reason: 'invalid' };
  }
  await db.update(users).set({ totpEnabledAt: now, updatedAt: now }).where(eq(users.id, userId));
  const codes = await replaceRecoveryCodes(db, userId);
  await clearAttempts(db, keys[0]);
  await recordAudit(db, ctx, { action: 'second_factor.enable', resourceType: 'user', resourceId: userId, subjectUserId: userId });
  return { ok: true, recoveryCodes: codes };
}

async function replaceRecoveryCodes(db: Queryable, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: digest(c) })));
  return codes;
}

export type SecondFactorResult = { ok: true; method: 'totp' | 'recovery_code'; recoveryCodesLeft: number } | { ok: false; reason: 'invalid' | 'throttled'; retryAfterSeconds?: number };

/** A code at sign-in: six digits from the app, or one of the recovery codes (each works once). */
export async function verifySecondFactor(db: Queryable, box: SecretBox, ctx: RequestContext, userId: string, code: string, now = new Date()): Promise<SecondFactorResult> {
  const keys = [codeKey(userId)];
  const wait = await throttleWait(db, keys, now);
  if (wait > 0) {
    await recordAudit(db, ctx, { action: 'session.second_factor', outcome: 'denied', subjectUserId: userId, details: { reason: 'throttled' } });
    return { ok: false, reason: 'throttled', retryAfterSeconds: wait };
  }
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u?.totpEnabledAt) return { ok: false, reason: 'invalid' };
  let method: 'totp' | 'recovery_code' | null = null;
  if (await checkCode(db, box, u, code)) method = 'totp';
  else if (normalizeRecoveryCode(code).length === 10) {
    const used = await db.update(recoveryCodes).set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, digest(code)), isNull(recoveryCodes.usedAt))).returning({ id: recoveryCodes.id });
    if (used.length === 1) method = 'recovery_code';
  }
  if (!method) {
    await countAttempt(db, keys, now);
    await recordAudit(db, ctx, { action: 'session.second_factor', outcome: 'denied', subjectUserId: userId, details: { reason: 'wrong code' } });
    return { ok: false, reason: 'invalid' };
  }
  await clearAttempts(db, keys[0]);
  const left = await recoveryCodesLeft(db, userId);
  await recordAudit(db, ctx, { action: 'session.second_factor', resourceType: 'user', resourceId: userId, subjectUserId: userId, details: { method, recoveryCodesLeft: left } });
  return { ok: true, method, recoveryCodesLeft: left };
}

export async function recoveryCodesLeft(db: Queryable, userId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(r?.n ?? 0);
}

/** New recovery codes (the old ones stop working), after a current code from the app. */
export async function renewRecoveryCodes(db: Queryable, box: SecretBox, ctx: RequestContext, userId: string, code: string, now = new Date()): Promise<ConfirmResult> {
  const checked = await verifySecondFactor(db, box, ctx, userId, code, now);
  if (!checked.ok) return checked;
  const codes = await replaceRecoveryCodes(db, userId);
  await recordAudit(db, ctx, { action: 'second_factor.renew_recovery_codes', resourceType: 'user', resourceId: userId, subjectUserId: userId });
  return { ok: true, recoveryCodes: codes };
}

/** Switching it off: citizens only (staff who see personal data cannot work without it), after a current code. */
export async function disableSecondFactor(db: Queryable, box: SecretBox, ctx: RequestContext, userId: string, code: string, now = new Date()): Promise<SecondFactorResult> {
  const checked = await verifySecondFactor(db, box, ctx, userId, code, now);
  if (!checked.ok) return checked;
  await db.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now }).where(eq(users.id, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await recordAudit(db, ctx, { action: 'second_factor.disable', resourceType: 'user', resourceId: userId, subjectUserId: userId });
  return checked;
}

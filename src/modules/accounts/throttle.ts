// Growing delays against guessing and flooding: sign-in failures, registrations, resend and reset requests,
// each counted per account (the address typed) and per IP address. One mechanism for all of them: a counter
// per key in the table sign_in_throttle (in the database, so that all app instances count together).
// Keys name the action, the kind and the value: `signin:account:mara@example.org`, `reset:ip:192.0.2.1`.
// Callers count before they look the account up, so that known and unknown addresses are treated alike.
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { signInThrottle } from './schema.ts';

export type ThrottleRule = {
  /** Attempts without delay; then 2, 4, 8 … seconds. */
  freeAttempts: number;
  maxDelaySeconds: number;
  /** Counting starts over after this long without an attempt (none: only a success clears it). */
  forgetAfterSeconds?: number;
};

export type ThrottledAction = 'signin' | 'register' | 'reset' | 'event' | 'feedback';

const DAY = 24 * 3_600;
/**
 * Sign-in counts failures (a success clears the account's counter). Registration, the resend of a
 * confirmation link and password reset count every request that would send a mail; per IP more
 * generously, because a citizens' office or a mobile network shares one address among many people.
 */
export const THROTTLE_RULES: Record<ThrottledAction, { account: ThrottleRule; ip: ThrottleRule }> = {
  signin: { account: { freeAttempts: 5, maxDelaySeconds: 15 * 60 }, ip: { freeAttempts: 5, maxDelaySeconds: 15 * 60 } },
  register: { account: { freeAttempts: 3, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY }, ip: { freeAttempts: 10, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY } },
  reset: { account: { freeAttempts: 3, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY }, ip: { freeAttempts: 10, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY } },
  // Event registrations without an account send an opt-in mail to the address typed: a family may register
  // for several courses a day, an office network for many people.
  event: { account: { freeAttempts: 6, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY }, ip: { freeAttempts: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY } },
  // Feedback on service pages (reports and "did this help?") is anonymous: counted per IP only (the account
  // rule is unused); a visitor answers a few pages, an office network more.
  feedback: { account: { freeAttempts: 20, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY }, ip: { freeAttempts: 20, maxDelaySeconds: 15 * 60, forgetAfterSeconds: DAY } },
};

export type ThrottleKey = { key: string; rule: ThrottleRule };

/** The two keys of an attempt: the address typed (normalised) and the IP address. */
export function throttleKeys(action: ThrottledAction, email: string, ip: string | undefined): { account: ThrottleKey; ip: ThrottleKey } {
  const rules = THROTTLE_RULES[action];
  return {
    account: { key: `${action}:account:${email.trim().toLowerCase()}`, rule: rules.account },
    ip: { key: `${action}:ip:${ip ?? 'unknown'}`, rule: rules.ip },
  };
}

export function delaySeconds(attempts: number, rule: ThrottleRule = THROTTLE_RULES.signin.account): number {
  return attempts < rule.freeAttempts ? 0 : Math.min(rule.maxDelaySeconds, 2 ** (attempts - rule.freeAttempts + 1));
}

/** Seconds to wait before the next attempt is allowed (0: go ahead). */
export async function throttleWait(db: Queryable, keys: ThrottleKey[], now = new Date()): Promise<number> {
  const list = await db.select().from(signInThrottle).where(sql`${signInThrottle.key} = ANY(${sql.param(keys.map((k) => k.key))}::text[])`);
  let wait = 0;
  for (const row of list) {
    const rule = keys.find((k) => k.key === row.key)!.rule;
    const since = now.getTime() - row.lastFailureAt.getTime();
    if (rule.forgetAfterSeconds !== undefined && since >= rule.forgetAfterSeconds * 1000) continue;
    wait = Math.max(wait, Math.ceil((delaySeconds(row.failures, rule) * 1000 - since) / 1000));
  }
  return wait;
}

/** Counts one attempt on every key (a counter older than its rule's memory starts over at one). */
export async function countAttempt(db: Queryable, keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const { key, rule } of keys) {
    const forgotten = rule.forgetAfterSeconds === undefined ? sql`false`
      : sql`${signInThrottle.lastFailureAt} < ${new Date(now.getTime() - rule.forgetAfterSeconds * 1000).toISOString()}::timestamptz`;
    await db.insert(signInThrottle).values({ key, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({ target: signInThrottle.key, set: {
        failures: sql`CASE WHEN ${forgotten} THEN 1 ELSE ${signInThrottle.failures} + 1 END`, lastFailureAt: now } });
  }
}

export async function clearAttempts(db: Queryable, key: ThrottleKey): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key.key));
}

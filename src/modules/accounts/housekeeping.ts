// Personal data is kept no longer than its purpose needs: a daily job removes ended sessions (with their
// IP address and browser) after 30 days, one-time links a week after they expired or were used, delay
// counters a day after the last attempt, unfinished single sign-ons once expired, and sent or held mails
// after MAIL_OUTBOX_RETENTION_DAYS (default 90); with AUDIT_RETENTION_DAYS set, audit entries older than
// that, the chain re-anchored (pruneAuditLog; docs/security.md).
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import type { JobName, Jobs, QueueSettings } from '../../platform/jobs/index.ts';
import type { FastifyBaseLogger } from 'fastify';
import { pruneAuditLog } from '../../platform/audit/index.ts';

const DAY = 86_400_000;

export type Removed = { sessions: number; tokens: number; throttles: number; signInStates: number; mails: number };

export async function removeExpiredAccountData(db: Queryable, opts: { mailRetentionDays: number }, now = new Date()): Promise<Removed> {
  const at = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const count = async (q: ReturnType<typeof sql>) => (await rows<{ n: number }>(db, sql`WITH d AS (${q} RETURNING 1) SELECT count(*)::int AS n FROM d`))[0].n;
  return {
    sessions: await count(sql`DELETE FROM sessions WHERE coalesce(revoked_at, absolute_expires_at) < ${at(30)}::timestamptz`),
    tokens: await count(sql`DELETE FROM one_time_tokens WHERE coalesce(used_at, expires_at) < ${at(7)}::timestamptz`),
    throttles: await count(sql`DELETE FROM sign_in_throttle WHERE last_failure_at < ${at(1)}::timestamptz`),
    signInStates: await count(sql`DELETE FROM oidc_sign_in_states WHERE expires_at < ${now.toISOString()}::timestamptz`),
    mails: await count(sql`DELETE FROM mail_outbox WHERE status IN ('sent', 'held', 'failed') AND created_at < ${at(opts.mailRetentionDays)}::timestamptz`),
  };
}

export const housekeepingQueues: Record<Extract<JobName, 'accounts.housekeeping'>, QueueSettings> = {
  'accounts.housekeeping': { policy: 'exclusive', retryLimit: 2, expireInSeconds: 600 },
};

/** Every night at 03:15 UTC, once across all instances. */
export async function scheduleHousekeeping(db: Queryable, jobs: Jobs, opts: { mailRetentionDays: number; auditRetentionDays?: number }, log: FastifyBaseLogger) {
  await jobs.work('accounts.housekeeping', async () => {
    const removed = await removeExpiredAccountData(db, opts);
    const auditEntries = opts.auditRetentionDays ? await pruneAuditLog(db, opts.auditRetentionDays) : 0;
    log.info({ removed, auditEntries }, 'housekeeping: expired account data removed');
  });
  await jobs.schedule('accounts.housekeeping', '15 3 * * *', {});
}

// Registrations are personal data kept only for their purpose: a nightly job deletes them
// EVENT_REGISTRATION_RETENTION_DAYS (default 90) after the event ended, keeping on the event how many
// took part (registrations confirmed, attendance marked); and deletes opt-ins never confirmed a day
// after their link expired (the mail says so). Each deletion is audited by the table's trigger.
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import type { JobName, Jobs, QueueSettings } from '../../platform/jobs/index.ts';

const DAY = 86_400_000;

export type RetentionResult = { events: number; registrations: number; unconfirmed: number };

export async function removeOldRegistrations(db: Queryable, opts: { retentionDays: number }, now = new Date()): Promise<RetentionResult> {
  const before = new Date(now.getTime() - opts.retentionDays * DAY).toISOString();
  // The counts first, under the events' locks (no registration changes meanwhile), then the rows.
  const [r] = await rows<{ events: number; registrations: number }>(db, sql`
    WITH due AS (
      SELECT id FROM events WHERE ends_at < ${before}::timestamptz AND registrations_deleted_at IS NULL ORDER BY id FOR UPDATE
    ), counted AS (
      UPDATE events e SET registrations_deleted_at = ${now.toISOString()}::timestamptz,
        kept_registrations = (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'confirmed'),
        kept_attendance = (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'confirmed' AND r.attended)
      FROM due WHERE e.id = due.id RETURNING e.id
    ), deleted AS (
      DELETE FROM event_registrations r USING counted WHERE r.event_id = counted.id RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM counted) AS events, (SELECT count(*)::int FROM deleted) AS registrations`);
  const [u] = await rows<{ n: number }>(db, sql`
    WITH d AS (DELETE FROM event_registrations WHERE status = 'pending' AND confirm_expires_at < ${new Date(now.getTime() - DAY).toISOString()}::timestamptz RETURNING 1)
    SELECT count(*)::int AS n FROM d`);
  return { events: r.events, registrations: r.registrations, unconfirmed: u.n };
}

export const eventQueues: Record<Extract<JobName, 'events.retention'>, QueueSettings> = {
  'events.retention': { policy: 'exclusive', retryLimit: 2, expireInSeconds: 600 },
};

/** Every night at 03:30 UTC, once across all instances. */
export async function scheduleEventRetention(db: Queryable, jobs: Jobs, opts: { retentionDays: number }, log: FastifyBaseLogger) {
  await jobs.work('events.retention', async () => {
    const removed = await removeOldRegistrations(db, opts);
    log.info({ removed }, 'events: old registrations removed');
  });
  await jobs.schedule('events.retention', '30 3 * * *', {});
}

// The job queue: pg-boss on the application's own database, so jobs need no server of their own, survive
// restarts and run exactly once across app instances. On PGlite pg-boss shares the one connection through
// its PGlite adapter (multi-statement text through exec(), the rows of every statement returned); on a
// PostgreSQL server it keeps a small pool of its own plus one connection for LISTEN/NOTIFY.
// docs/decisions/0005-jobs-and-mail.md says why and what it costs.
import { PgBoss, fromDrizzle, fromPglite, type DrizzleTransactionLike, type JobWithMetadata, type Queue } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../db.ts';

/** Every job of the application and its payload: a job name the compiler does not know cannot be sent. */
export type JobTypes = {
  /** Remove expired sessions, links, counters and old mails (modules/accounts/housekeeping.ts). */
  'accounts.housekeeping': Record<string, never>;
  /** Delete event registrations past their retention period, keep the counts (modules/events/retention.ts). */
  'events.retention': Record<string, never>;
  /** Flag services not confirmed for 12 months and ask their providers by mail (modules/editorial/confirmation.ts). */
  'editorial.freshness': Record<string, never>;
  /** Pull one subscribed source of the portal network (modules/directory/federation.ts). */
  'federation.pull': { sourceId: string };
  /** Every minute: queue a pull for each source whose interval has passed. */
  'federation.schedule': Record<string, never>;
  /** Every hour: merge the search indexes' pending entries (modules/directory/importer.ts, cleanSearchIndexes). */
  'directory.maintenance': Record<string, never>;
};
export type JobName = keyof JobTypes;
/** Retries, backoff, expiry and policy of one queue (pg-boss's queue options). */
export type QueueSettings = Omit<Queue, 'name'>;

export type Jobs = {
  /**
   * Queues a job. With `db` (an open transaction) the job is committed or rolled back with that
   * transaction. With a `singletonKey` on an 'exclusive' queue it answers null while a job with that key
   * is still waiting, retrying or running.
   */
  send<N extends JobName>(name: N, data: JobTypes[N], opts?: { db?: Queryable; singletonKey?: string }): Promise<string | null>;
  /**
   * Runs the handler for each job of the queue in this process, up to `batchSize` at once; a thrown
   * error fails that job's attempt (and retries it).
   */
  work<N extends JobName>(name: N, handler: (job: JobWithMetadata<JobTypes[N]>) => Promise<void>, opts?: { batchSize?: number }): Promise<void>;
  /** Sends the job on a cron schedule (UTC), once across all instances. */
  schedule<N extends JobName>(name: N, cron: string, data: JobTypes[N]): Promise<void>;
  unschedule(name: JobName): Promise<void>;
  /** Stops fetching, waits for running jobs (up to 10 s), closes pg-boss's own connections. */
  stop(): Promise<void>;
};

function createBoss(database: Database, options: { supervise?: boolean; schedule?: boolean } = {}) {
  const common = { useListenNotify: true, application_name: 'zugang-jobs', ...options } as const;
  return database.pglite
    ? new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' })
    : new PgBoss({ ...common, connectionString: database.url, max: 4 });
}

/** Creates or upgrades pg-boss's tables (schema `pgboss`) without running anything: `zugang migrate`, the test template. */
export async function migrateJobs(database: Database): Promise<void> {
  const boss = createBoss(database, { supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false });
}

const RETIRED_QUEUES = ['mail.deliver', 'mail.sweep'];

export async function startJobs(database: Database, queues: Record<JobName, QueueSettings>, log: FastifyBaseLogger): Promise<Jobs> {
  const boss = createBoss(database);
  // pg-boss reports its own trouble (lost connection, failed maintenance) as events; unhandled they would end the process.
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  boss.on('warning', (warning) => log.warn({ warning }, 'job queue warning'));
  await boss.start();
  // Queues of earlier versions: mail is delivered from the outbox itself since 0008 (docs/decisions/).
  for (const name of RETIRED_QUEUES) {
    if (await boss.getQueue(name)) { await boss.unschedule(name); await boss.deleteQueue(name); }
  }
  for (const [name, { policy, ...settings }] of Object.entries(queues)) {
    await boss.createQueue(name, { policy, ...settings });
    // Settings changed since the queue was made (retries, expiry) apply from now on.
    await boss.updateQueue(name, settings);
  }
  return {
    send: (name, data, opts = {}) => boss.send(name, data, {
      singletonKey: opts.singletonKey,
      // Drizzle types execute()'s result loosely; on both engines it is `{ rows }`.
      db: opts.db ? fromDrizzle(opts.db as unknown as DrizzleTransactionLike, sql) : undefined,
    }),
    async work(name, handler, opts = {}) {
      // Jobs are fetched in batches and settled one by one (a failed job is retried alone). While batches
      // come back full the worker fetches again at once; otherwise a new job wakes it (NOTIFY), and retries
      // that come due are found by polling every five seconds (pg-boss's default backstop is 30 s).
      await boss.work(name, { includeMetadata: true, perJobResults: true, batchSize: opts.batchSize ?? 1, burstWhenBatchFull: true, notifyPollingIntervalSeconds: 5 },
        async (batch: JobWithMetadata<JobTypes[typeof name]>[]) => Promise.all(batch.map(async (job) => {
          try {
            await handler(job);
            return { id: job.id, status: 'completed' as const };
          } catch (err) {
            return { id: job.id, status: 'failed' as const, output: { message: err instanceof Error ? err.message : String(err) } };
          }
        })));
    },
    schedule: (name, cron, data) => boss.schedule(name, cron, data),
    unschedule: (name) => boss.unschedule(name),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

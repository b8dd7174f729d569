// The directory's jobs. The portal network: every minute the due sources are queued, each pull runs once
// across all app instances (one job per source at a time: pg-boss's 'exclusive' policy with the source id
// as key). Maintenance: every hour the search indexes' pending entries are merged (cleanSearchIndexes).
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable } from '../../platform/db.ts';
import type { JobName, Jobs, QueueSettings } from '../../platform/jobs/index.ts';
import { dueSources, pullSource, type FetchOptions } from './federation.ts';
import { cleanSearchIndexes } from './importer.ts';

export const directoryQueues: Record<Extract<JobName, 'federation.pull' | 'federation.schedule' | 'directory.maintenance'>, QueueSettings> = {
  // A pull of 100,000 services takes minutes; a failed pull is recorded on the source, not retried.
  'federation.pull': { policy: 'exclusive', retryLimit: 0, expireInSeconds: 3600 },
  'federation.schedule': { policy: 'exclusive', retryLimit: 0, expireInSeconds: 60 },
  'directory.maintenance': { policy: 'exclusive', retryLimit: 0, expireInSeconds: 600 },
};

/** Queues a pull of the source now ("jetzt abrufen"); null while one is already waiting or running. */
export function queuePull(jobs: Jobs, sourceId: string): Promise<string | null> {
  return jobs.send('federation.pull', { sourceId }, { singletonKey: sourceId });
}

export async function scheduleDirectoryJobs(db: Queryable, jobs: Jobs, log: FastifyBaseLogger, fetchOptions: FetchOptions = {}) {
  await jobs.work('federation.pull', async (job) => {
    await pullSource(db, job.data.sourceId, { ...fetchOptions, log });
  });
  await jobs.work('federation.schedule', async () => {
    for (const id of await dueSources(db)) await queuePull(jobs, id);
  });
  await jobs.schedule('federation.schedule', '* * * * *', {});
  await jobs.work('directory.maintenance', async () => { await cleanSearchIndexes(db); });
  await jobs.schedule('directory.maintenance', '40 * * * *', {});
}

// The portal network's jobs: every minute the due sources are queued, each pull runs once across all app
// instances (one job per source at a time: pg-boss's 'exclusive' policy with the source id as key).
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable } from '../../platform/db.ts';
import type { JobName, Jobs, QueueSettings } from '../../platform/jobs/index.ts';
import { dueSources, pullSource, type FetchOptions } from './federation.ts';

export const federationQueues: Record<Extract<JobName, 'federation.pull' | 'federation.schedule'>, QueueSettings> = {
  // A pull of 100,000 services takes minutes; a failed pull is recorded on the source, not retried.
  'federation.pull': { policy: 'exclusive', retryLimit: 0, expireInSeconds: 3600 },
  'federation.schedule': { policy: 'exclusive', retryLimit: 0, expireInSeconds: 60 },
};

/** Queues a pull of the source now ("jetzt abrufen"); null while one is already waiting or running. */
export function queuePull(jobs: Jobs, sourceId: string): Promise<string | null> {
  return jobs.send('federation.pull', { sourceId }, { singletonKey: sourceId });
}

export async function scheduleFederation(db: Queryable, jobs: Jobs, log: FastifyBaseLogger, fetchOptions: FetchOptions = {}) {
  await jobs.work('federation.pull', async (job) => {
    await pullSource(db, job.data.sourceId, { ...fetchOptions, log });
  });
  await jobs.work('federation.schedule', async () => {
    for (const id of await dueSources(db)) await queuePull(jobs, id);
  });
  await jobs.schedule('federation.schedule', '* * * * *', {});
}

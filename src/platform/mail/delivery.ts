// Delivery of the outbox over SMTP. The outbox row is the source of truth: it is written in the
// transaction of the change that causes the mail, together with a 'mail.deliver' job; the job sends it
// and records the outcome on the row ('sent' with time and message id, or the error). pg-boss retries a
// failed attempt with exponential backoff; after the last one the row is 'failed'. A sweep every five
// minutes queues delivery again for rows still 'queued' whose job was lost, so no message is forgotten.
// Delivery is at least once: a process that dies between the server's acceptance and the update of the
// row sends that message again.
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Queryable } from '../db.ts';
import type { Jobs, JobName, QueueSettings } from '../jobs/index.ts';
import { queueMessage, type MailOptions } from './index.ts';
import { translator, type Lang } from '../i18n.ts';
import { mailOutbox } from './schema.ts';

type MailSettings = Config['mail'];

/** The queues of mail delivery: one live job per message (its id as singletonKey), one sweep at a time. */
export function mailQueues(settings: MailSettings): Record<Extract<JobName, `mail.${string}`>, QueueSettings> {
  return {
    'mail.deliver': { policy: 'exclusive', notify: true, retryLimit: settings.retryLimit, retryDelay: settings.retryDelaySeconds,
      retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 120 },
    'mail.sweep': { policy: 'exclusive', retryLimit: 0, expireInSeconds: 300 },
  };
}

export function smtpTransport(smtp: NonNullable<MailSettings['smtp']>): Transporter {
  // A pool of two connections, reused between messages; bounded waits, so that an attempt ends well
  // before its job expires (120 s).
  const limits = { pool: true, maxConnections: 2, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };
  return nodemailer.createTransport({ ...(typeof smtp === 'string' ? { url: smtp } : smtp), ...limits });
}

/**
 * Sends one outbox message if it is (still) 'queued'. A failed attempt leaves it 'queued' with the
 * error and throws, so that the job is retried; on the last attempt it becomes 'failed'.
 */
export async function deliverMessage(db: Queryable, transport: Transporter, from: string, outboxId: string, lastAttempt: boolean): Promise<{ messageId: string } | 'skipped'> {
  const [m] = await db.update(mailOutbox).set({ attempts: sql`${mailOutbox.attempts} + 1` })
    .where(and(eq(mailOutbox.id, outboxId), eq(mailOutbox.status, 'queued'))).returning();
  if (!m) return 'skipped';
  try {
    const info = await transport.sendMail({ from, to: m.toAddress, subject: m.subject, text: m.textBody, html: m.htmlBody ?? undefined,
      headers: { 'Content-Language': m.lang } });
    await db.update(mailOutbox).set({ status: 'sent', sentAt: new Date(), messageId: info.messageId, error: null }).where(eq(mailOutbox.id, m.id));
    return { messageId: info.messageId };
  } catch (err) {
    const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    await db.update(mailOutbox).set({ status: lastAttempt ? 'failed' : 'queued', error }).where(eq(mailOutbox.id, m.id));
    throw err;
  }
}

/**
 * Writes a test message to the outbox and delivers it at once, without the job queue, so that the
 * person at the terminal sees the SMTP server's answer (`zugang mail send-test`). Throws its error.
 */
export async function sendTestMail(db: Queryable, settings: MailSettings & { smtp: NonNullable<MailSettings['smtp']> }, to: string, lang: Lang = 'de') {
  const t = translator(lang);
  const id = await queueMessage(db, { smtpConfigured: true }, { to, subject: t('outbox.testMail.subject'), text: t('outbox.testMail.text'), template: 'test', lang });
  const transport = smtpTransport(settings.smtp);
  try {
    // Never 'skipped': the row was just written as 'queued'.
    return await deliverMessage(db, transport, settings.from, id, true) as { messageId: string };
  } finally { transport.close(); }
}

/** Queues delivery again for messages 'queued' for longer than `olderThanMinutes` without a live job. */
export async function sweepQueuedMail(db: Queryable, jobs: Pick<Jobs, 'send'>, olderThanMinutes = 5, now = new Date()): Promise<number> {
  const stuck = await db.select({ id: mailOutbox.id }).from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'queued'), lt(mailOutbox.createdAt, new Date(now.getTime() - olderThanMinutes * 60_000))))
    .orderBy(asc(mailOutbox.createdAt)).limit(500);
  let requeued = 0;
  // A message whose job is still waiting for its retry keeps that job: the queue refuses a second one.
  for (const { id } of stuck) if (await jobs.send('mail.deliver', { outboxId: id }, { singletonKey: id })) requeued++;
  return requeued;
}

/**
 * Starts delivery in this process (every instance works the queue; each message is delivered once).
 * Without SMTP it only makes sure no sweep is scheduled, and mail stays 'held'.
 */
export async function startMailDelivery(db: Queryable, jobs: Jobs, settings: MailSettings, log: FastifyBaseLogger): Promise<{ options: MailOptions; close(): void }> {
  if (!settings.smtp) {
    await jobs.unschedule('mail.sweep');
    return { options: { smtpConfigured: false }, close: () => {} };
  }
  const transport = smtpTransport(settings.smtp);
  await jobs.work('mail.deliver', async (job) => {
    try {
      await deliverMessage(db, transport, settings.from, job.data.outboxId, job.retryCount >= job.retryLimit);
    } catch (err) {
      log.warn({ err, outboxId: job.data.outboxId, attempt: job.retryCount + 1, of: job.retryLimit + 1 }, 'mail delivery failed');
      throw err;
    }
  }, { batchSize: 4 });
  await jobs.work('mail.sweep', async () => {
    const requeued = await sweepQueuedMail(db, jobs);
    if (requeued) log.info({ requeued }, 'mail left queued was queued for delivery again');
  });
  await jobs.schedule('mail.sweep', '*/5 * * * *', {});
  return { options: { smtpConfigured: true, jobs }, close: () => transport.close() };
}

// Delivery of the outbox over SMTP. The outbox is the queue: a row is written 'queued' in the
// transaction of the change that causes the mail, and that is all a sender does. Every app instance with
// SMTP settings runs one delivery loop that claims due rows in batches (FOR UPDATE SKIP LOCKED, so each
// row goes to one instance), sends them and records the outcomes in one statement: 'sent' with time and
// message id, or the error and the time of the next attempt (exponential backoff); after the last attempt
// the row is 'failed'. A claim leases the row for two minutes: a row whose process died while sending is
// claimed again after that, so nothing is forgotten without a sweep. Delivery is at least once: a process
// that dies between the server's acceptance and the update of the row sends that message again.
// docs/decisions/0008-outbox-as-delivery-queue.md has the measurements.
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import { rows, type Queryable } from '../db.ts';
import { queueMessage, type MailOptions } from './index.ts';
import { translator, type Lang } from '../i18n.ts';
import { mailOutbox } from './schema.ts';

type MailSettings = Config['mail'];

export function smtpTransport(smtp: NonNullable<MailSettings['smtp']>): Transporter {
  // A pool of two connections, reused between messages; bounded waits, so that an attempt ends well
  // before its lease on the row runs out (LEASE_SECONDS).
  const limits = { pool: true, maxConnections: 2, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };
  return nodemailer.createTransport({ ...(typeof smtp === 'string' ? { url: smtp } : smtp), ...limits });
}

/** How long a claimed row is left to its process before another may claim it (longer than any SMTP timeout). */
const LEASE_SECONDS = 120;
/** Rows claimed at once; two of them go out at a time over the pool's two connections. */
const BATCH = 20;

type Claimed = { id: string; toAddress: string; subject: string; textBody: string; htmlBody: string | null; lang: string; attempts: number };
type Outcome = { id: string; messageId?: string; error?: string; attempts: number };

/** Claims up to `limit` due rows: their attempt is counted and they are leased to this process. */
export async function claimDueMail(db: Queryable, limit = BATCH): Promise<Claimed[]> {
  return rows<Claimed>(db, sql`
    UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= now()
                 ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address AS "toAddress", subject, text_body AS "textBody", html_body AS "htmlBody", lang, attempts`);
}

/** Sends one claimed message; the outcome is recorded by `recordOutcomes`. */
async function send(transport: Transporter, from: string, m: Claimed): Promise<Outcome> {
  try {
    const info = await transport.sendMail({ from, to: m.toAddress, subject: m.subject, text: m.textBody, html: m.htmlBody ?? undefined,
      headers: { 'Content-Language': m.lang } });
    return { id: m.id, messageId: info.messageId, attempts: m.attempts };
  } catch (err) {
    return { id: m.id, error: (err instanceof Error ? err.message : String(err)).slice(0, 1000), attempts: m.attempts };
  }
}

/**
 * Records the outcomes of a batch in one statement: 'sent', or 'queued' again after the backoff
 * (retryDelaySeconds · 2^(attempt − 1), at most an hour), or 'failed' after attempt retryLimit + 1.
 */
export async function recordOutcomes(db: Queryable, settings: Pick<MailSettings, 'retryLimit' | 'retryDelaySeconds'>, outcomes: Outcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const list = outcomes.map((o) => ({ id: o.id, message_id: o.messageId ?? null, error: o.error ?? null,
    status: o.error === undefined ? 'sent' : o.attempts > settings.retryLimit ? 'failed' : 'queued',
    retry_in: Math.min(3600, settings.retryDelaySeconds * 2 ** (o.attempts - 1)) }));
  await db.execute(sql`
    UPDATE mail_outbox AS m SET status = r.status, message_id = coalesce(r.message_id, m.message_id), error = r.error,
      sent_at = CASE WHEN r.status = 'sent' THEN now() END,
      next_attempt_at = CASE WHEN r.status = 'queued' THEN now() + make_interval(secs => r.retry_in) ELSE m.next_attempt_at END
    FROM jsonb_to_recordset(${JSON.stringify(list)}::jsonb) AS r(id uuid, message_id text, error text, status text, retry_in int)
    WHERE m.id = r.id`);
}

/**
 * Writes a test message to the outbox and delivers it at once, without the job queue, so that the
 * person at the terminal sees the SMTP server's answer (`zugang mail send-test`). Throws its error.
 */
export async function sendTestMail(db: Queryable, settings: MailSettings & { smtp: NonNullable<MailSettings['smtp']> }, to: string, lang: Lang = 'de') {
  const t = translator(lang);
  // Written as 'held' so that no delivery loop takes it meanwhile; sent here and recorded like any other.
  const id = await queueMessage(db, { smtpConfigured: false }, { to, subject: t('outbox.testMail.subject'), text: t('outbox.testMail.text'), template: 'test', lang });
  const [m] = await db.update(mailOutbox).set({ attempts: 1 }).where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'held'))).returning();
  const transport = smtpTransport(settings.smtp);
  try {
    const outcome = await send(transport, settings.from, m);
    // A test message is not retried: its outcome is the answer to the person at the terminal.
    await recordOutcomes(db, { retryLimit: 0, retryDelaySeconds: 0 }, [outcome]);
    if (outcome.error !== undefined) throw new Error(outcome.error);
    return { messageId: outcome.messageId! };
  } finally { transport.close(); }
}

/**
 * Starts delivery in this process (every instance works the queue; each message is delivered once).
 * Without SMTP mail stays 'held' and nothing runs. The loop claims and sends batches while there are due
 * rows, then waits for a wake-up (a message queued in this process) or the next poll.
 */
export function startMailDelivery(db: Queryable, settings: MailSettings, log: FastifyBaseLogger, pollMs = 1000): { options: MailOptions; close(): Promise<void> } {
  if (!settings.smtp) return { options: { smtpConfigured: false }, close: async () => {} };
  const transport = smtpTransport(settings.smtp);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  /** A wake-up came while the loop ran: look once more when it ends. */
  let again = false;

  /** Claims and sends batches while they come back full (more may be due behind them). */
  const drain = async () => {
    for (;;) {
      const batch = await claimDueMail(db);
      if (batch.length) {
        const outcomes = await Promise.all(batch.map((m) => send(transport, settings.from, m)));
        await recordOutcomes(db, settings, outcomes);
        for (const o of outcomes) {
          if (o.error !== undefined) log.warn({ outboxId: o.id, attempt: o.attempts, of: settings.retryLimit + 1, error: o.error }, 'mail delivery failed');
        }
      }
      if (batch.length < BATCH || stopped) return;
    }
  };
  let dueAt = Infinity;
  /** Runs the loop after `delay` ms, unless it runs already (then once more at its end) or is due sooner. */
  const run = (delay: number) => {
    if (stopped) return;
    if (running) { again = true; return; }
    const at = Date.now() + delay;
    if (timer && dueAt <= at) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      dueAt = Infinity;
      running = drain().catch((err) => log.error({ err }, 'mail delivery loop failed; trying again at the next poll'))
        .finally(() => { running = undefined; const woken = again; again = false; run(woken ? 0 : pollMs); });
    }, delay);
  };
  run(0);
  // A message queued in this process can be claimed once its transaction commits: look shortly after.
  const wake = () => run(20);
  return {
    options: { smtpConfigured: true, wake },
    close: async () => { stopped = true; clearTimeout(timer); await running; transport.close(); },
  };
}

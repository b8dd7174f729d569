// Mail: every message is written to the outbox in the same transaction as the change that causes it
// (a registration, a reset), so no confirmed change loses its mail and no rolled-back change sends one.
// Without SMTP settings messages stay in the outbox ('held'), readable by administrators; with SMTP they
// are written 'queued', and the outbox is the delivery queue (delivery.ts).
import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db.ts';
import { translator, type Lang } from '../i18n.ts';
import { mailOutbox } from './schema.ts';

export type MailTemplate = 'verifyEmail' | 'alreadyRegistered' | 'resetPassword' | 'signInFailures' | 'invitation' | 'changeEmail' | 'emailChanged'
  | 'eventConfirm' | 'eventConfirmed' | 'eventWaiting' | 'eventMovedUp' | 'eventCancelledByYou' | 'eventRemoved' | 'eventCancelled' | 'eventMessage' | 'eventChanged'
  | 'editorialApproved' | 'editorialReturned' | 'editorialConfirm';

/**
 * How queued mail leaves: with SMTP configured a message is written 'queued' and a delivery loop sends
 * it; `wake` (the server's loop) looks at once instead of at its next poll. A command line run has no
 * loop: its messages wait for the server's.
 */
export type MailOptions = { smtpConfigured: boolean; wake?: () => void };

/** Renders a template from the message catalogue (`mail.<template>.subject` / `.text`). */
export function renderMail(template: MailTemplate, lang: Lang, params: Record<string, string>): { subject: string; text: string } {
  const t = translator(lang);
  const subject = t(`mail.${template}.subject`, params);
  const lines = t(`mail.${template}.text`, { ...params, returnObjects: true }) as unknown as string[];
  // A line that is only a placeholder left empty (an optional sentence such as a reason) is left out.
  const written = t(`mail.${template}.text`, { returnObjects: true }) as unknown as string[];
  const kept = Array.isArray(lines) ? lines.filter((line, i) => line !== '' || !/^\{\{\w+\}\}$/.test(written[i] ?? '')) : [String(lines)];
  return { subject, text: [...kept, '', t('mail.signature', params)].join('\n') };
}

/** Renders a template from the message catalogue and queues it. */
export async function queueMail(db: Queryable, opts: MailOptions, to: string, template: MailTemplate, lang: Lang, params: Record<string, string>) {
  return queueMessage(db, opts, { to, ...renderMail(template, lang, params), template, lang });
}

/** The status a message gets in the outbox: 'queued' for delivery with SMTP, 'held' for the administrators' outbox without. */
export const outboxStatus = (opts: MailOptions) => (opts.smtpConfigured ? 'queued' : 'held') as 'queued' | 'held';

/**
 * Tells the delivery loop that a message was written to the outbox (by a caller that writes it together
 * with other rows in one statement); the row itself is the queue entry.
 */
export function mailQueued(opts: MailOptions) {
  opts.wake?.();
}

/** Writes one message to the outbox ('queued' with SMTP, 'held' without); it leaves when the transaction commits. */
export async function queueMessage(db: Queryable, opts: MailOptions, m: { to: string; subject: string; text: string; template: string; lang: Lang }) {
  const [row] = await db.insert(mailOutbox).values({ toAddress: m.to, subject: m.subject, textBody: m.text, template: m.template, lang: m.lang,
    status: outboxStatus(opts) }).returning({ id: mailOutbox.id });
  mailQueued(opts);
  return row.id;
}

/** The newest messages for an address (tests, the administrators' outbox page). */
export async function outboxFor(db: Queryable, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt));
}

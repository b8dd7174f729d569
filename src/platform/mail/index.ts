// Mail: every message is written to the outbox in the same transaction as the change that causes it
// (a registration, a reset), so no confirmed change loses its mail and no rolled-back change sends one.
// Without SMTP settings messages stay in the outbox ('held'), readable by administrators; with SMTP a
// job delivers the queued ones.
import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../db.ts';
import { translator, type Lang } from '../i18n.ts';
import { mailOutbox } from './schema.ts';

export type MailTemplate = 'verifyEmail' | 'alreadyRegistered' | 'resetPassword' | 'signInFailures' | 'invitation' | 'changeEmail' | 'emailChanged';

export type MailOptions = { smtpConfigured: boolean };

/** Renders a template from the message catalogue (`mail.<template>.subject` / `.text`) and queues it. */
export async function queueMail(db: Queryable, opts: MailOptions, to: string, template: MailTemplate, lang: Lang, params: Record<string, string>) {
  const t = translator(lang);
  const subject = t(`mail.${template}.subject`, params);
  const lines = t(`mail.${template}.text`, { ...params, returnObjects: true }) as unknown as string[];
  const text = [...(Array.isArray(lines) ? lines : [String(lines)]), '', t('mail.signature', params)].join('\n');
  const [row] = await db.insert(mailOutbox).values({ toAddress: to, subject, textBody: text, template, lang, status: opts.smtpConfigured ? 'queued' : 'held' })
    .returning({ id: mailOutbox.id });
  return row.id;
}

/** The newest messages for an address (tests, the administrators' outbox page). */
export async function outboxFor(db: Queryable, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt));
}

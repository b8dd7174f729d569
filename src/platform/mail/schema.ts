// Every mail Zugang sends is first written here (same transaction as the change that causes it); the
// table is the delivery queue (delivery.ts). Without SMTP settings mail stays readable for administrators.
// status: 'held' (no SMTP) · 'queued' (waiting for delivery or a retry) · 'sent' · 'failed' (retries used up).
import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, timestamp, integer, index } from 'drizzle-orm/pg-core';

export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body'),
  template: text('template').notNull(),
  lang: text('lang').notNull().default('de'),
  status: text('status', { enum: ['queued', 'sent', 'failed', 'held'] }).notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  /** The Message-ID the SMTP server accepted the message under (to find it in the server's logs). */
  messageId: text('message_id'),
  /** The last delivery error, as the SMTP server or the network gave it. */
  error: text('error'),
  /** A 'queued' row is due from then on: its first attempt, its next after a failure, or the end of a claim's lease. */
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  index('mail_outbox_created_idx').on(t.createdAt), index('mail_outbox_status_idx').on(t.status),
  // The delivery loops' claim: the due rows, oldest first.
  index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`status = 'queued'`),
  // The outbox page filters by any part of the address.
  index('mail_outbox_to_trgm_idx').using('gin', t.toAddress.op('gin_trgm_ops')),
]);

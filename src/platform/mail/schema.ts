// Every mail Zugang sends is first written here (same transaction as the change that causes it);
// a job delivers it over SMTP. Without SMTP settings it stays readable for administrators.
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
  error: text('error'),
}, (t) => [index('mail_outbox_created_idx').on(t.createdAt), index('mail_outbox_status_idx').on(t.status)]);

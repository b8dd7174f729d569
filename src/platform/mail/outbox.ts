// Reading the outbox (administrators, permission 'mail.read'). Messages are personal data: every list
// and every message read writes an audit entry in the same transaction.
import { and, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db.ts';
import { rows } from '../db.ts';
import { recordAudit, type RequestContext } from '../audit/index.ts';
import { mailOutbox } from './schema.ts';

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'held'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const OUTBOX_PAGE_SIZE = 50;

export type OutboxFilter = { status?: MailStatus; recipient?: string; page: number };
export type OutboxItem = { id: string; createdAt: Date; toAddress: string; subject: string; status: MailStatus; attempts: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** One page of messages, newest first, with the number of all that match. */
export async function listOutbox(db: Queryable, ctx: RequestContext, filter: OutboxFilter): Promise<{ total: number; items: OutboxItem[] }> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(mailOutbox.status, filter.status));
  if (filter.recipient) conditions.push(ilike(mailOutbox.toAddress, `%${escapeLike(filter.recipient)}%`));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(mailOutbox).where(where);
  const items = await db.select({ id: mailOutbox.id, createdAt: mailOutbox.createdAt, toAddress: mailOutbox.toAddress, subject: mailOutbox.subject,
    status: mailOutbox.status, attempts: mailOutbox.attempts }).from(mailOutbox).where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(OUTBOX_PAGE_SIZE).offset((filter.page - 1) * OUTBOX_PAGE_SIZE);
  await recordAudit(db, ctx, { action: 'mail.read', resourceType: 'mail',
    details: { list: true, status: filter.status ?? null, recipient: filter.recipient ?? null, page: filter.page, shown: items.length } });
  return { total, items };
}

/** One message with its full text, or null; the read is audited with the recipient's account as subject. */
export async function readOutboxMessage(db: Queryable, ctx: RequestContext, id: string) {
  const [m] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  if (!m) return null;
  // The account the address belongs to, if any: only its id, for the audit entry.
  const [recipient] = await rows<{ id: string }>(db, sql`SELECT id FROM users WHERE email = lower(${m.toAddress})`);
  await recordAudit(db, ctx, { action: 'mail.read', resourceType: 'mail', resourceId: m.id, subjectUserId: recipient?.id });
  return m;
}

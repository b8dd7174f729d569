// The directory editors' queue: pending changes, oldest first; one change with its difference to the
// published version; approve (publish, new version, mail to the submitter) or send back with a comment
// (mail to the submitter). A change whose service was published again since it was proposed is marked as
// a conflict: the editors see it before they approve.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { queueMail, type MailOptions } from '../../platform/mail/index.ts';
import type { Lang } from '../../platform/i18n.ts';
import { users } from '../accounts/schema.ts';
import { organizations } from '../directory/schema.ts';
import { latestVersion, publishedServiceDocument } from './changes.ts';
import { serviceChanges, type ChangeStatus } from './schema.ts';
import { publishService } from './versions.ts';

type Obj = Record<string, unknown>;

export type QueueItem = {
  id: string; serviceId: string; kind: 'update' | 'create'; serviceName: string; organizationName: string;
  submitterName: string | null; submittedAt: Date; conflict: boolean;
};

export const QUEUE_PAGE_SIZE = 25;

/** A page of pending changes, oldest first. */
export async function pendingChanges(db: Queryable, page: number, perPage = QUEUE_PAGE_SIZE): Promise<{ items: QueueItem[]; total: number }> {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM service_changes WHERE status = 'pending'`);
  const list = await rows<{ id: string; service_id: string; kind: 'update' | 'create'; service_name: string; organization_name: string; submitter_name: string | null;
    submitted_at: string | Date; conflict: boolean }>(db, sql`
    SELECT c.id, c.service_id, c.kind, c.proposed->>'name' AS service_name, o.name AS organization_name, u.display_name AS submitter_name, c.submitted_at,
      coalesce((SELECT max(v.version) FROM service_versions v WHERE v.service_id = c.service_id), 0) > coalesce(c.base_version, 0)
        OR (c.kind = 'create' AND EXISTS (SELECT 1 FROM services s WHERE s.id = c.service_id)) AS conflict
    FROM service_changes c JOIN organizations o ON o.id = c.organization_id LEFT JOIN users u ON u.id = c.submitted_by
    WHERE c.status = 'pending' ORDER BY c.submitted_at, c.id LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`);
  return {
    total: n,
    items: list.map((r) => ({ id: r.id, serviceId: r.service_id, kind: r.kind, serviceName: r.service_name, organizationName: r.organization_name,
      submitterName: r.submitter_name, submittedAt: new Date(r.submitted_at), conflict: r.conflict })),
  };
}

export type ChangeDetail = {
  id: string; serviceId: string; kind: 'update' | 'create'; status: ChangeStatus; proposed: Obj; published: Obj | null;
  organizationId: string; organizationName: string; submitterName: string | null; submitterEmail: string | null; submittedAt: Date;
  note: string | null; comment: string | null; baseVersion: number | null; currentVersion: number; conflict: boolean;
};

/** One change with the published state it is compared with; null when there is none. */
export async function changeDetail(db: Queryable, id: string): Promise<ChangeDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [c] = await db.select({
    change: serviceChanges, organizationName: organizations.name, submitterName: users.displayName, submitterEmail: users.email,
  }).from(serviceChanges).innerJoin(organizations, eq(organizations.id, serviceChanges.organizationId)).leftJoin(users, eq(users.id, serviceChanges.submittedBy))
    .where(eq(serviceChanges.id, id));
  if (!c) return null;
  const published = await publishedServiceDocument(db, c.change.serviceId);
  const currentVersion = await latestVersion(db, c.change.serviceId);
  const conflict = c.change.status === 'pending' && (currentVersion > (c.change.baseVersion ?? 0) || (c.change.kind === 'create' && published !== null));
  return {
    id: c.change.id, serviceId: c.change.serviceId, kind: c.change.kind, status: c.change.status, proposed: c.change.proposed as Obj, published: published as Obj | null,
    organizationId: c.change.organizationId, organizationName: c.organizationName, submitterName: c.submitterName, submitterEmail: c.submitterEmail,
    submittedAt: c.change.submittedAt, note: c.change.note, comment: c.change.comment, baseVersion: c.change.baseVersion, currentVersion, conflict,
  };
}

export type DecisionEnv = { mail: MailOptions; baseUrl: string; lang: Lang };

/** The pending change, locked; null when it is not pending (decided meanwhile) or unknown. */
async function lockPending(db: Queryable, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [c] = await rows<{ id: string }>(db, sql`SELECT id FROM service_changes WHERE id = ${id}::uuid AND status = 'pending' FOR UPDATE`);
  return c ? changeDetail(db, id) : null;
}

async function decide(db: Queryable, ctx: RequestContext, id: string, status: 'approved' | 'returned', comment: string | null) {
  await db.update(serviceChanges).set({ status, decidedAt: new Date(), decidedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null, comment })
    .where(and(eq(serviceChanges.id, id), eq(serviceChanges.status, 'pending')));
}

/**
 * Publishes a pending change: the importer writes it, a new version records it, the change is approved
 * and its submitter gets a mail. Null when the change is not pending (or unknown).
 */
export async function approveChange(db: Queryable, ctx: RequestContext, env: DecisionEnv, id: string): Promise<{ version: number; serviceId: string } | null> {
  const c = await lockPending(db, id);
  if (!c) return null;
  const { version } = await publishService(db, ctx, { ...c.proposed, organization: undefined, organization_id: c.published?.organization_id ?? c.organizationId },
    { changeId: c.id, organizationId: c.organizationId, confirm: true });
  await decide(db, ctx, id, 'approved', null);
  await recordAudit(db, { ...ctx, organizationId: c.organizationId }, { action: 'service.review', resourceType: 'service_change', resourceId: id, details: { decision: 'approved', version } });
  if (c.submitterEmail) {
    await queueMail(db, env.mail, c.submitterEmail, 'editorialApproved', env.lang, {
      name: c.submitterName ?? '', service: String(c.proposed.name), link: `${env.baseUrl}/angebote/${c.serviceId}`,
    });
  }
  return { version, serviceId: c.serviceId };
}

/** Sends a pending change back with the editors' comment (required) and mails it to the submitter. */
export async function returnChange(db: Queryable, ctx: RequestContext, env: DecisionEnv, id: string, comment: string): Promise<boolean> {
  const c = await lockPending(db, id);
  if (!c) return false;
  await decide(db, ctx, id, 'returned', comment);
  await recordAudit(db, { ...ctx, organizationId: c.organizationId }, { action: 'service.review', resourceType: 'service_change', resourceId: id, details: { decision: 'returned' } });
  if (c.submitterEmail) {
    await queueMail(db, env.mail, c.submitterEmail, 'editorialReturned', env.lang, { name: c.submitterName ?? '', service: String(c.proposed.name), comment });
  }
  return true;
}

/** Changes of one service, newest first (for the history page's "pending" note). */
export async function pendingChangeOf(db: Queryable, serviceId: string): Promise<string | null> {
  const [c] = await db.select({ id: serviceChanges.id }).from(serviceChanges)
    .where(and(eq(serviceChanges.serviceId, serviceId), eq(serviceChanges.status, 'pending'))).orderBy(asc(serviceChanges.submittedAt)).limit(1);
  return c?.id ?? null;
}

/** Throws 404 unless the change exists. */
export function found<T>(value: T | null | false): T {
  if (value === null || value === false) throw new NotFoundError();
  return value;
}

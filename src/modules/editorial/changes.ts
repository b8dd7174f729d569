// Proposing changes to services: the one entry point the provider's forms (self-service) and the
// editors' review share. A proposal is the whole service as a fully nested HSDS 3.0 object, so review,
// difference, publication (the importer) and the version history all work on the same shape.
import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { presentServices } from '../directory/hsds-present.ts';
import { serviceSchema, type HsdsService } from '../directory/hsds-schema.ts';
import { serviceChanges, serviceVersions } from './schema.ts';

/** The published state of a service as a fully nested HSDS object with its translations, or null. */
export async function publishedServiceDocument(db: Queryable, serviceId: string): Promise<HsdsService | null> {
  const [doc] = await presentServices(db, [serviceId], { full: true, translations: true });
  return (doc as HsdsService | undefined) ?? null;
}

/** The newest version number of a service's history (0: none recorded yet). */
export async function latestVersion(db: Queryable, serviceId: string): Promise<number> {
  const [v] = await db.select({ version: serviceVersions.version }).from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId))
    .orderBy(desc(serviceVersions.version)).limit(1);
  return v?.version ?? 0;
}

export type ProposeInput = {
  organizationId: string;
  /** The whole proposed service (its `id` is the service's; a new service brings a fresh id). */
  proposed: HsdsService;
  kind: 'update' | 'create';
  note?: string | null;
};

/**
 * Stores a proposed change for review (the caller has checked that the actor may edit the organisation's
 * services). A pending proposal of the same service is replaced by the newer one (one open change per
 * service), so the editors review the latest state only.
 */
export async function proposeServiceChange(db: Queryable, ctx: RequestContext, input: ProposeInput): Promise<{ changeId: string }> {
  const proposed = serviceSchema.parse(input.proposed) as HsdsService;
  const serviceId = proposed.id;
  await db.update(serviceChanges).set({ status: 'withdrawn', decidedAt: new Date(), decidedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
    .where(and(eq(serviceChanges.serviceId, serviceId), eq(serviceChanges.status, 'pending')));
  const baseVersion = input.kind === 'create' ? null : await latestVersion(db, serviceId);
  const [row] = await db.insert(serviceChanges).values({
    serviceId, kind: input.kind, organizationId: input.organizationId, proposed, baseVersion: baseVersion || null, note: input.note ?? null,
    submittedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  }).returning({ id: serviceChanges.id });
  await recordAudit(db, { ...ctx, organizationId: input.organizationId }, { action: 'service.propose', resourceType: 'service', resourceId: serviceId, details: { changeId: row.id, kind: input.kind } });
  return { changeId: row.id };
}

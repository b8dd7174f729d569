// Editorial review of the directory: changes providers propose to their services wait for the directory
// editors (service_changes); every published state of a service is kept as a version (service_versions),
// as the HSDS 3.0 object it was, so any version can be shown, compared and restored.
import { pgTable, uuid, text, integer, timestamp, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from '../directory/schema.ts';
import { users } from '../accounts/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const CHANGE_STATUSES = ['pending', 'approved', 'returned', 'withdrawn'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** A proposed state of one service (or a new service), waiting for review. */
export const serviceChanges = pgTable('service_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The service changed; for a new service the id it will get (also in `proposed.id`). */
  serviceId: uuid('service_id').notNull(),
  /** Whether the service did not exist when the change was proposed. */
  kind: text('kind', { enum: ['update', 'create'] }).notNull().default('update'),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  /** The whole proposed service as a fully nested HSDS 3.0 object (with `translations`). */
  proposed: jsonb('proposed').notNull(),
  /** The published version the proposal started from (null: none yet). */
  baseVersion: integer('base_version'),
  status: text('status', { enum: CHANGE_STATUSES }).notNull().default('pending'),
  submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
  submittedAt: ts('submitted_at').notNull().defaultNow(),
  /** The provider's note to the editors. */
  note: text('note'),
  decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  decidedAt: ts('decided_at'),
  /** The editors' comment when they send a change back. */
  comment: text('comment'),
}, (t) => [
  index('service_changes_pending_idx').on(t.submittedAt).where(sql`status = 'pending'`),
  index('service_changes_service_idx').on(t.serviceId, t.submittedAt),
  index('service_changes_organization_idx').on(t.organizationId, t.submittedAt),
  // Deleting a user sets these to null.
  index('service_changes_submitted_by_idx').on(t.submittedBy).where(sql`submitted_by IS NOT NULL`),
  index('service_changes_decided_by_idx').on(t.decidedBy).where(sql`decided_by IS NOT NULL`),
]);

/** Every published state of a service: who, when, from which change; restorable. */
export const serviceVersions = pgTable('service_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  serviceId: uuid('service_id').notNull(),
  /** 1, 2, 3 … per service. */
  version: integer('version').notNull(),
  /** The published service as a fully nested HSDS 3.0 object (with `translations`). */
  snapshot: jsonb('snapshot').notNull(),
  publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  publishedAt: ts('published_at').notNull().defaultNow(),
  /** The reviewed change it came from; null for direct edits, restores and the first recorded state. */
  changeId: uuid('change_id').references(() => serviceChanges.id, { onDelete: 'set null' }),
  /** The version it restored, for a restore. */
  restoredFrom: integer('restored_from'),
}, (t) => [uniqueIndex('service_versions_service_version_idx').on(t.serviceId, t.version),
  // Deleting a user or a change sets these to null.
  index('service_versions_published_by_idx').on(t.publishedBy).where(sql`published_by IS NOT NULL`),
  index('service_versions_change_idx').on(t.changeId).where(sql`change_id IS NOT NULL`)]);

/**
 * The freshness of a service: when the provider was last asked by mail to confirm the entry (once per
 * flagging; the confirmation date itself is the service's HSDS assured_date).
 */
export const serviceConfirmations = pgTable('service_confirmations', {
  serviceId: uuid('service_id').primaryKey(),
  /** When the entry was flagged as not confirmed for 12 months and the provider was asked. */
  requestedAt: ts('requested_at'),
  /** Where the request went. */
  requestedTo: text('requested_to'),
  confirmedAt: ts('confirmed_at'),
});

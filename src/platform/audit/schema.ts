// The audit log: append-only (triggers refuse UPDATE, DELETE and TRUNCATE; only audit_prune() removes the
// oldest entries after the retention period, re-anchoring the chain) and hash-chained
// (a trigger computes each entry's hash over its content and the previous entry's hash).
import { pgTable, bigserial, bigint, integer, text, timestamp, uuid, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  actorUserId: uuid('actor_user_id'),
  /** The role and organisation the actor acted in. */
  actorRole: text('actor_role'),
  actorOrganizationId: uuid('actor_organization_id'),
  /** A `resource.action` permission name, or a sign-in event such as `session.create`. */
  action: text('action').notNull(),
  resourceType: text('resource_type'),
  resourceId: text('resource_id'),
  /** The person whose data this is (a user id), for the privacy cockpit and access reports. */
  subjectUserId: uuid('subject_user_id'),
  /** Purpose or legal ground, where the action requires one. */
  purpose: text('purpose'),
  outcome: text('outcome', { enum: ['allowed', 'denied', 'failed'] }).notNull().default('allowed'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  correlationId: text('correlation_id'),
  details: jsonb('details').notNull().default({}),
  /**
   * The entry's place in the hash chain, with the previous entry's hash and its own: set once by
   * `audit_seal()` (migrations/0019_audit_sealing.sql) shortly after the entry is committed, never by the
   * writer, so writers never wait for each other.
   */
  seq: bigint('seq', { mode: 'number' }),
  prevHash: text('prev_hash'),
  hash: text('hash'),
}, (t) => [
  uniqueIndex('audit_log_seq_key').on(t.seq),
  index('audit_log_unsealed_idx').on(t.id).where(sql`seq IS NULL`),
  // The data protection officer's filters (src/platform/audit/reading.ts) read newest first by id, in pages:
  // each filter column is followed by the id, so a filtered page is one index range read backwards.
  index('audit_log_at_id_idx').on(t.at, t.id),
  index('audit_log_actor_id_idx').on(t.actorUserId, t.id),
  index('audit_log_subject_id_idx').on(t.subjectUserId, t.id),
  index('audit_log_action_id_idx').on(t.action, t.id),
  index('audit_log_outcome_id_idx').on(t.outcome, t.id),
]);

/**
 * Where the chain starts once its oldest entries are removed after the retention period (`audit_prune()`,
 * migrations/0029): the place and hash of the last removed entry, so the remaining chain still verifies
 * from there and a gap after it is still found. One row; it only moves forward, and only inside
 * `audit_prune()` (a trigger refuses everything else).
 */
export const auditAnchor = pgTable('audit_anchor', {
  id: integer('id').primaryKey().default(1),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  /** The time of the last removed entry. */
  removedThrough: timestamp('removed_through', { withTimezone: true, mode: 'date' }).notNull(),
  /** Entries removed in all. */
  removed: bigint('removed', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

// Writing and verifying the audit log (§ 35 SGB I, §§ 67 ff. SGB X): who read or changed which personal
// data, when, in which role, for what purpose. Entries are written in the same transaction as the read
// or change they record; the database protects them (migrations/0007_audit_log_chain.sql) and chains them
// shortly after their commit (migrations/0019_audit_sealing.sql).
import { sql } from 'drizzle-orm';
import type { Database, Queryable } from '../db.ts';
import { rows } from '../db.ts';
import { auditLog } from './schema.ts';
import { anonymous, type Actor } from '../policy.ts';

/** Who acts, from where: passed from the request into every command. */
export type RequestContext = {
  actor: Actor;
  /** The role and organisation the actor acts in, where it matters. */
  role?: string;
  organizationId?: string;
  ip?: string;
  userAgent?: string;
  correlationId?: string;
};

export type AuditEntry = {
  /** A permission of the vocabulary (`case.read`) or an account event (`session.create`). */
  action: string;
  resourceType?: string;
  resourceId?: string;
  /** The person whose data it is. */
  subjectUserId?: string;
  purpose?: string;
  outcome?: 'allowed' | 'denied' | 'failed';
  details?: Record<string, unknown>;
};

/**
 * Tells the database who acts in this transaction: the triggers on tables with personal data
 * (migrations/0012) write their entries with it. Settings are local to the transaction.
 */
export async function setAuditContext(tx: Queryable, ctx: RequestContext): Promise<void> {
  await rows(tx, sql`SELECT set_config('zugang.actor_user_id', ${ctx.actor.kind === 'user' ? ctx.actor.userId : ''}, true),
    set_config('zugang.actor_role', ${ctx.role ?? ''}, true), set_config('zugang.actor_organization_id', ${ctx.organizationId ?? ''}, true),
    set_config('zugang.ip', ${ctx.ip ?? ''}, true), set_config('zugang.user_agent', ${ctx.userAgent?.slice(0, 400) ?? ''}, true),
    set_config('zugang.correlation_id', ${ctx.correlationId ?? ''}, true)`);
}

/** A transaction that knows who acts: every change it makes to personal data is audited under that actor. */
export async function auditedTransaction<T>(db: Database['db'], ctx: RequestContext, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await setAuditContext(tx, ctx);
    return fn(tx);
  });
}

export async function recordAudit(db: Queryable, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    actorRole: ctx.role ?? null,
    actorOrganizationId: ctx.organizationId ?? null,
    action: entry.action,
    resourceType: entry.resourceType ?? null,
    resourceId: entry.resourceId ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    purpose: entry.purpose ?? null,
    outcome: entry.outcome ?? 'allowed',
    ip: ctx.ip ?? null,
    userAgent: ctx.userAgent?.slice(0, 400) ?? null,
    correlationId: ctx.correlationId ?? null,
    details: entry.details ?? {},
  });
}

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBrokenId: number; reason: 'content changed' | 'entry missing or reordered' };

/**
 * Gives the committed entries that have none yet their place in the hash chain (`audit_seal()`,
 * migrations/0019): at most `max` per call; returns how many. Every instance calls it every few seconds
 * (`startAuditSealing`); one sealer works at a time.
 */
export async function sealAuditLog(db: Queryable, max = 10_000): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`SELECT audit_seal(${max}) AS n`);
  return Number(r.n);
}

/**
 * Removes the audit entries written more than `days` ago (the municipality's retention period), oldest
 * first, in chunks, each re-anchoring the chain (`audit_prune()`, migrations/0029); records what it did as
 * an entry of its own. Returns the number removed.
 */
export async function pruneAuditLog(db: Queryable, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  await sealAuditLog(db);
  let removed = 0;
  for (;;) {
    const [r] = await rows<{ n: number }>(db, sql`SELECT audit_prune(${before.toISOString()}::timestamptz, 50000) AS n`);
    if (!Number(r.n)) break;
    removed += Number(r.n);
  }
  if (removed) {
    // Written by the nightly job, not by a person: no actor.
    await recordAudit(db, { actor: anonymous, correlationId: 'job:accounts.housekeeping' }, { action: 'audit.prune', resourceType: 'audit_log', details: { removed, before: before.toISOString(), retentionDays: days } });
  }
  return removed;
}

/** Seals every few seconds until stopped; a failure is logged and tried again at the next tick. */
export function startAuditSealing(db: Queryable, log: { warn(obj: unknown, msg: string): void }, everyMs = 2_000): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = sealAuditLog(db).catch((err) => log.warn({ err }, 'sealing the audit log failed')).finally(() => { running = null; });
  }, everyMs);
  timer.unref();
  return { stop: async () => { clearInterval(timer); await running; } };
}

/**
 * Seals what is committed, then recomputes every entry's hash in chain order, in pages (never the whole
 * log in memory); names the first broken entry by its id.
 */
export async function verifyAuditChain(db: Queryable, pageSize = 5_000): Promise<ChainCheck> {
  while ((await sealAuditLog(db)) > 0) { /* until nothing is left to seal */ }
  // After entries were removed past the retention period, the chain starts at their anchor.
  const [anchor] = await rows<{ seq: string | number; hash: string }>(db, sql`SELECT seq, hash FROM audit_anchor WHERE id = 1`);
  let lastSeq = anchor ? Number(anchor.seq) : 0;
  let lastHash: string | null = anchor?.hash ?? null;
  let entries = 0;
  for (;;) {
    const page = await rows<{ id: string | number; seq: string | number; hash: string | null; prev_hash: string | null; expected: string }>(db, sql`
      SELECT a.id, a.seq, a.hash, a.prev_hash,
        encode(sha256(convert_to(coalesce(a.prev_hash, '') || '#' || audit_entry_text(a), 'UTF8')), 'hex') AS expected
      FROM audit_log a WHERE a.seq > ${lastSeq} ORDER BY a.seq LIMIT ${pageSize}`);
    for (const r of page) {
      const id = Number(r.id);
      if ((r.prev_hash ?? null) !== lastHash) return { ok: false, entries, firstBrokenId: id, reason: 'entry missing or reordered' };
      if (r.hash !== r.expected) return { ok: false, entries, firstBrokenId: id, reason: 'content changed' };
      lastHash = r.hash;
      lastSeq = Number(r.seq);
      entries++;
    }
    if (page.length < pageSize) return { ok: true, entries };
  }
}

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { recordAudit, sealAuditLog, verifyAuditChain, type RequestContext } from './index.ts';
import { rows } from '../db.ts';

let tdb: TestDatabase;
beforeAll(async () => { tdb = await createTestDatabase(); });
afterAll(async () => { await tdb?.drop(); });

const ctx: RequestContext = { actor: { kind: 'user', userId: '0b6f4a39-2c1e-4d8a-9a55-0c8f3f1e7a01', roles: ['caseworker'], memberships: [] },
  role: 'caseworker', ip: '192.0.2.10', userAgent: 'Test', correlationId: 'req-1' };

describe('audit log', () => {
  it('chains every entry to the previous one once sealed, and verifies', async () => {
    for (let i = 0; i < 5; i++) {
      await recordAudit(tdb.db, ctx, { action: 'case.read', resourceType: 'case', resourceId: `C-${i}`, subjectUserId: '5d1b2f0e-8c3a-4b7e-9f21-3a6c9d2e4b10', purpose: '§ 8a SGB VIII' });
    }
    // Written without a place in the chain: the writer never waits for the chain.
    const unsealed = await rows<{ seq: string | null; hash: string | null }>(tdb.db, sql`SELECT seq, hash FROM audit_log ORDER BY id`);
    expect(unsealed.every((r) => r.seq === null && r.hash === null)).toBe(true);
    expect(await sealAuditLog(tdb.db)).toBe(5);
    expect(await sealAuditLog(tdb.db)).toBe(0);
    const list = await rows<{ id: string; seq: string; prev_hash: string | null; hash: string }>(tdb.db, sql`SELECT id, seq, prev_hash, hash FROM audit_log ORDER BY seq`);
    expect(list).toHaveLength(5);
    expect(list[0].prev_hash).toBeNull();
    for (let i = 1; i < list.length; i++) {
      expect(list[i].hash).toMatch(/^[0-9a-f]{64}$/);
      expect(list[i].prev_hash).toBe(list[i - 1].hash);
    }
    expect(await verifyAuditChain(tdb.db)).toEqual({ ok: true, entries: 5 });
  });

  it('ignores a hash or place written by the writer', async () => {
    await tdb.db.execute(sql`INSERT INTO audit_log (action, seq, prev_hash, hash) VALUES ('case.read', 999999, 'x', 'y')`);
    const [r] = await rows<{ seq: string | null; hash: string | null }>(tdb.db, sql`SELECT seq, hash FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(r).toEqual({ seq: null, hash: null });
    await sealAuditLog(tdb.db);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(tdb.db.execute(sql`UPDATE audit_log SET action = 'case.update'`)).rejects.toThrow();
    await expect(tdb.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(tdb.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    // Sealing is the one change allowed, and only of an unsealed entry with its content unchanged.
    await expect(tdb.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('zugang.audit_sealing', 'on', true)`);
      await tx.execute(sql`UPDATE audit_log SET purpose = 'erfunden', seq = seq + 1000 WHERE seq = (SELECT max(seq) FROM audit_log)`);
    })).rejects.toThrow();
    expect((await rows<{ n: number }>(tdb.db, sql`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(6);
  });

  // PGlite has one connection: no second transaction can run alongside.
  it.skipIf(!process.env.TEST_DATABASE_URL)('chains an entry whose transaction commits late after the newer ones sealed before it', async () => {
    const { openDatabase } = await import('../db.ts');
    const other = await openDatabase({ url: tdb.url! });
    try {
      let release!: () => void;
      const held = new Promise<void>((r) => { release = r; });
      let lateId = 0;
      const late = other.db.transaction(async (tx) => {
        await recordAudit(tx, ctx, { action: 'case.read', resourceId: 'spät' });
        lateId = Number((await rows<{ id: string }>(tx, sql`SELECT max(id) AS id FROM audit_log`))[0].id);
        await held;
      });
      while (!lateId) await new Promise((r) => setTimeout(r, 10));
      await recordAudit(tdb.db, ctx, { action: 'case.read', resourceId: 'früh' });
      expect(await sealAuditLog(tdb.db)).toBe(1);
      release();
      await late;
      expect(await sealAuditLog(tdb.db)).toBe(1);
      const order = await rows<{ resource_id: string; id: string }>(tdb.db, sql`SELECT resource_id, id FROM audit_log WHERE resource_id IN ('früh', 'spät') ORDER BY seq`);
      expect(order.map((o) => o.resource_id)).toEqual(['früh', 'spät']);
      expect(Number(order[1].id)).toBeLessThan(Number(order[0].id));
      expect((await verifyAuditChain(tdb.db)).ok).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('names the first entry changed behind the application\'s back', async () => {
    const [third] = await rows<{ id: string }>(tdb.db, sql`SELECT id FROM audit_log ORDER BY id OFFSET 2 LIMIT 1`);
    // Someone with table-owner rights switches the protection off and edits an entry.
    await tdb.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`);
    await tdb.db.execute(sql`UPDATE audit_log SET purpose = 'erfunden' WHERE id = ${third.id}`);
    await tdb.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`);
    expect(await verifyAuditChain(tdb.db)).toEqual({ ok: false, entries: 2, firstBrokenId: Number(third.id), reason: 'content changed' });
  });

  it('names the entry after one that was deleted', async () => {
    await tdb.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`);
    const [second] = await rows<{ id: string }>(tdb.db, sql`SELECT id FROM audit_log ORDER BY id OFFSET 1 LIMIT 1`);
    const [third] = await rows<{ id: string }>(tdb.db, sql`SELECT id FROM audit_log ORDER BY id OFFSET 2 LIMIT 1`);
    await tdb.db.execute(sql`DELETE FROM audit_log WHERE id = ${second.id}`);
    await tdb.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`);
    const check = await verifyAuditChain(tdb.db);
    expect(check).toMatchObject({ ok: false, firstBrokenId: Number(third.id), reason: 'entry missing or reordered' });
  });
});

describe('changes to personal data audit themselves', () => {
  it('writes an entry for every changed row of users, roles and memberships, with the actor of the transaction and no values', async () => {
    const { createTestDatabase } = await import('../../test/db.ts');
    const { auditedTransaction } = await import('./index.ts');
    const { users, userRoles } = await import('../../modules/accounts/schema.ts');
    const { eq, sql: q } = await import('drizzle-orm');
    const { rows: r } = await import('../db.ts');
    const d = await createTestDatabase();
    try {
      const actor = { kind: 'user' as const, userId: '0b6f4a39-2c1e-4d8a-9a55-0c8f3f1e7a01', roles: ['administrator' as const], memberships: [] };
      const [u] = await auditedTransaction(d.db, { actor, ip: '198.51.100.9', correlationId: 'req-42' }, async (tx) => {
        const created = await tx.insert(users).values({ email: 'neu@lindenau.example', displayName: 'Neu', kind: 'staff', passwordHash: 'argon2-geheim' }).returning();
        await tx.insert(userRoles).values({ userId: created[0].id, role: 'caseworker' });
        return created;
      });
      // Outside any request context (a script, a forgotten wrapper): still recorded, marked as such.
      await d.db.update(users).set({ displayName: 'Neu Umbenannt' }).where(eq(users.id, u.id));
      // Only bookkeeping columns changed: no entry.
      await d.db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, u.id));
      const entries = await r<{ action: string; resource_type: string; actor_user_id: string | null; subject_user_id: string; ip: string | null; correlation_id: string | null; details: { columns: string[]; context: string } }>(d.db,
        q`SELECT action, resource_type, actor_user_id, subject_user_id, ip, correlation_id, details FROM audit_log WHERE action LIKE 'row.%' ORDER BY id`);
      expect(entries.map((e) => `${e.action} ${e.resource_type}`)).toEqual(['row.insert users', 'row.insert user_roles', 'row.update users']);
      expect(entries[0]).toMatchObject({ actor_user_id: actor.userId, subject_user_id: u.id, ip: '198.51.100.9', correlation_id: 'req-42' });
      expect(entries[0].details.columns).toContain('password_hash');
      expect(JSON.stringify(entries)).not.toContain('argon2-geheim');
      expect(entries[2]).toMatchObject({ actor_user_id: null, details: { columns: ['display_name'], context: 'none' } });
      expect((await verifyAuditChain(d.db)).ok).toBe(true);
    } finally {
      await d.drop();
    }
  });
});

describe('removing audit entries after the retention period', () => {
  it('removes the old part of the chain through audit_prune only, re-anchors it, and still finds a gap after the anchor', async () => {
    const { pruneAuditLog } = await import('./index.ts');
    const d = await createTestDatabase();
    try {
      const now = new Date('2026-11-26T03:15:00Z');
      // Three entries from 2023, two from last month (written directly: recordAudit always writes "now").
      await d.db.execute(sql`INSERT INTO audit_log (action, at, resource_id) VALUES
        ('case.read', '2023-01-10T09:00:00Z', 'alt-1'), ('case.read', '2023-02-10T09:00:00Z', 'alt-2'), ('case.update', '2023-03-10T09:00:00Z', 'alt-3'),
        ('case.read', '2026-10-20T09:00:00Z', 'neu-1'), ('case.read', '2026-10-21T09:00:00Z', 'neu-2')`);
      await sealAuditLog(d.db);
      // Nobody deletes an entry directly, nor moves the anchor.
      await expect(d.db.execute(sql`DELETE FROM audit_log WHERE resource_id = 'alt-1'`)).rejects.toThrow();
      await expect(d.db.execute(sql`INSERT INTO audit_anchor (seq, hash, removed_through) VALUES (3, 'x', now())`)).rejects.toThrow();

      // Two years' retention: the 2023 entries go, the chain still verifies from the anchor.
      expect(await pruneAuditLog(d.db, 730, now)).toBe(3);
      const left = await rows<{ resource_id: string | null; action: string }>(d.db, sql`SELECT resource_id, action FROM audit_log ORDER BY id`);
      expect(left.map((r) => r.resource_id ?? r.action)).toEqual(['neu-1', 'neu-2', 'audit.prune']);
      const [anchor] = await rows<{ seq: string; removed: string; removed_through: Date }>(d.db, sql`SELECT seq, removed, removed_through FROM audit_anchor`);
      expect({ seq: Number(anchor.seq), removed: Number(anchor.removed), through: new Date(anchor.removed_through).toISOString() })
        .toEqual({ seq: 3, removed: 3, through: '2023-03-10T09:00:00.000Z' });
      expect(await verifyAuditChain(d.db)).toEqual({ ok: true, entries: 3 });
      const [entry] = await rows<{ details: Record<string, unknown> }>(d.db, sql`SELECT details FROM audit_log WHERE action = 'audit.prune'`);
      expect(entry.details).toMatchObject({ removed: 3, retentionDays: 730 });
      // Nothing more to remove: nothing happens, no new entry.
      expect(await pruneAuditLog(d.db, 730, now)).toBe(0);
      expect(await rows(d.db, sql`SELECT 1 FROM audit_log WHERE action = 'audit.prune'`)).toHaveLength(1);

      // Everything removed (a short retention, years later): new entries chain on from the anchor.
      expect(await pruneAuditLog(d.db, 30, new Date('2029-01-01T00:00:00Z'))).toBe(3);
      await recordAudit(d.db, ctx, { action: 'case.read', resourceId: 'danach' });
      await sealAuditLog(d.db);
      const after = await rows<{ seq: string; resource_id: string | null }>(d.db, sql`SELECT seq, resource_id FROM audit_log ORDER BY seq`);
      expect(after.map((r) => Number(r.seq))).toEqual([7, 8]);
      expect(await verifyAuditChain(d.db)).toEqual({ ok: true, entries: 2 });

      // An entry removed behind the application's back right after the anchor is still found.
      await d.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`);
      await d.db.execute(sql`DELETE FROM audit_log WHERE seq = 7`);
      await d.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change`);
      expect(await verifyAuditChain(d.db)).toMatchObject({ ok: false, reason: 'entry missing or reordered' });
    } finally {
      await d.drop();
    }
  });
});

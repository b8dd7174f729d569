import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { makeOrganization } from '../../test/accounts.ts';
import { makeEvent } from '../../test/events.ts';
import { rows } from '../../platform/db.ts';
import { removeOldRegistrations } from './retention.ts';

const DAY = 86_400_000;
let database: TestDatabase;
beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => { await database?.drop(); });

const addRegistrations = (eventId: string, list: { status: string; attended?: boolean; expires?: Date }[]) => Promise.all(list.map((r, i) => database.db.execute(sql`
  INSERT INTO event_registrations (event_id, name, email, status, queue_number, attended, confirm_expires_at)
  VALUES (${eventId}, ${`Person ${i}`}, ${`p${i}-${eventId.slice(0, 8)}@example.org`}, ${r.status}, ${r.status === 'pending' ? null : i + 1}, ${r.attended ?? null}, ${r.expires?.toISOString() ?? null})`)));

describe('retention of registrations', () => {
  it('deletes registrations the configured days after the event, keeps the counts, and leaves newer events alone', async () => {
    const org = await makeOrganization(database.db, 'Träger');
    const now = new Date();
    const past = (days: number) => { const s = new Date(now.getTime() - days * DAY); return [{ startsAt: s, endsAt: new Date(s.getTime() + 3_600_000) }]; };
    const old = await makeEvent(database.db, org, { sessions: past(91), registrationClosesAt: null });
    const recent = await makeEvent(database.db, org, { sessions: past(89), registrationClosesAt: null });
    await addRegistrations(old, [{ status: 'confirmed', attended: true }, { status: 'confirmed', attended: false }, { status: 'confirmed', attended: true }, { status: 'waiting' }, { status: 'cancelled' }]);
    await addRegistrations(recent, [{ status: 'confirmed' }]);
    const upcoming = await makeEvent(database.db, org);
    await addRegistrations(upcoming, [{ status: 'pending', expires: new Date(now.getTime() - 2 * DAY) }, { status: 'pending', expires: new Date(now.getTime() + DAY) }]);

    expect(await removeOldRegistrations(database.db, { retentionDays: 90 }, now)).toEqual({ events: 1, registrations: 5, unconfirmed: 1 });
    const count = async (id: string) => (await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM event_registrations WHERE event_id = ${id}`))[0].n;
    expect(await count(old)).toBe(0);
    expect(await count(recent)).toBe(1);
    expect(await count(upcoming)).toBe(1);
    expect(await rows(database.db, sql`SELECT kept_registrations, kept_attendance, registrations_deleted_at IS NOT NULL AS deleted FROM events WHERE id = ${old}`))
      .toEqual([{ kept_registrations: 3, kept_attendance: 2, deleted: true }]);
    const audit = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE resource_type = 'event_registrations' AND action = 'row.delete'`);
    expect(audit[0].n).toBe(6);
    // A second run finds nothing more.
    expect(await removeOldRegistrations(database.db, { retentionDays: 90 }, now)).toEqual({ events: 0, registrations: 0, unconfirmed: 0 });
  });
});

// Never overbooked on a PostgreSQL server with two app instances (two connection pools, as two processes
// would have): 500 registrations at once for 60 places, then 10 cancellations at once. Runs only with
// TEST_DATABASE_URL (PGlite has one connection; registration.test.ts covers it there).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../test/db.ts';
import { makeOrganization } from '../../test/accounts.ts';
import { makeCitizens, makeEvent } from '../../test/events.ts';
import { openDatabase, rows, type Database } from '../../platform/db.ts';
import { auditedTransaction, type RequestContext } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/policy.ts';
import { cancelRegistration, registerForEvent, type RegisterResult, type RegistrationEnv } from './registration.ts';

const env: RegistrationEnv = { mail: { smtpConfigured: false }, baseUrl: 'https://zugang.example', secretKey: 'a-test-key-of-at-least-32-characters!!', timeZone: 'Europe/Berlin' };

describe.skipIf(!onPostgres)('never overbooked on PostgreSQL with two app instances', () => {
  let database: TestDatabase;
  let second: Database;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 12 });
    second = await openDatabase({ url: database.url!, poolSize: 12 });
  });
  afterAll(async () => { await second?.close(); await database?.drop(); });

  it('500 registrations at once for 60 places: exactly 60 confirmed, 440 waiting in order; 10 cancel at once and the next 10 move up', async () => {
    const org = await makeOrganization(database.db, 'Hochschule Lindenau');
    const eventId = await makeEvent(database.db, org, { capacity: 60, maxPlacesPerRegistration: 1 });
    const people = await makeCitizens(database.db, 500, 'ansturm');
    const instances = [database.db, second.db];
    const ctx = (actor: Actor, i: number): RequestContext => ({ actor, ip: '198.51.100.7', correlationId: `ansturm-${i}` });

    const results: RegisterResult[] = await Promise.all(people.map((p, i) => auditedTransaction(instances[i % 2], ctx(p.actor, i),
      (tx) => registerForEvent(tx, ctx(p.actor, i), env, { eventId, name: `Person ${i}`, email: '', places: '1', answers: {} }, 'de'))));

    expect(results.filter((r) => !r.ok)).toEqual([]);
    const confirmed = results.filter((r) => r.ok && r.outcome === 'confirmed');
    const waiting = results.flatMap((r) => (r.ok && r.outcome === 'waiting' ? [r] : []));
    expect(confirmed).toHaveLength(60);
    expect(waiting).toHaveLength(440);
    // Each was told a distinct position 1…440, and the stored queue agrees with what each was told.
    expect(waiting.map((w) => w.position).sort((a, b) => a - b)).toEqual(Array.from({ length: 440 }, (_, i) => i + 1));
    const queue = await rows<{ id: string; status: string; queue_number: number }>(database.db, sql`
      SELECT id, status, queue_number FROM event_registrations WHERE event_id = ${eventId} ORDER BY queue_number`);
    expect(queue.map((q) => q.queue_number)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(queue.slice(0, 60).every((q) => q.status === 'confirmed')).toBe(true);
    expect(queue.slice(60).every((q) => q.status === 'waiting')).toBe(true);
    const told = new Map(waiting.map((w) => [w.registrationId, w.position]));
    expect(queue.slice(60).map((q) => told.get(q.id))).toEqual(Array.from({ length: 440 }, (_, i) => i + 1));
    const [{ confirmed_places: taken }] = await rows<{ confirmed_places: number }>(database.db, sql`SELECT confirmed_places FROM events WHERE id = ${eventId}`);
    expect(taken).toBe(60);
    expect(await rows(database.db, sql`SELECT count(*)::int AS n FROM mail_outbox WHERE template IN ('eventConfirmed', 'eventWaiting')`)).toEqual([{ n: 500 }]);

    // Ten confirmed participants cancel at the same moment, on both instances.
    const leaving = queue.slice(0, 10).map((q) => q.id);
    await Promise.all(leaving.map((id, i) => auditedTransaction(instances[i % 2], ctx({ kind: 'anonymous' }, i),
      (tx) => cancelRegistration(tx, ctx({ kind: 'anonymous' }, i), env, id, 'participant'))));
    const after = await rows<{ id: string; status: string }>(database.db, sql`
      SELECT id, status FROM event_registrations WHERE event_id = ${eventId} ORDER BY queue_number`);
    const movedUp = queue.slice(60, 70).map((q) => q.id);
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(60);
    expect(after.filter((r) => r.status === 'waiting')).toHaveLength(430);
    expect(after.filter((r) => movedUp.includes(r.id)).every((r) => r.status === 'confirmed')).toBe(true);
    expect(after.filter((r) => r.status === 'waiting').map((r) => r.id)).toEqual(queue.slice(70).map((q) => q.id));
    const mails = await rows<{ to_address: string }>(database.db, sql`SELECT to_address FROM mail_outbox WHERE template = 'eventMovedUp'`);
    const emailOf = new Map((await rows<{ id: string; email: string }>(database.db, sql`SELECT id, email FROM event_registrations WHERE event_id = ${eventId}`)).map((r) => [r.id, r.email]));
    expect(mails.map((m) => m.to_address).sort()).toEqual(movedUp.map((id) => emailOf.get(id)).sort());
    expect(await rows(database.db, sql`SELECT confirmed_places AS n FROM events WHERE id = ${eventId}`)).toEqual([{ n: 60 }]);
  });
});

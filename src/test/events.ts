// Events for tests: an organisation's event with one session, open for registration, and many citizens at once.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.ts';
import { rows } from '../platform/db.ts';
import { saveEvent, type EventInput } from '../modules/events/events.ts';
import type { Actor } from '../platform/policy.ts';

const DAY = 86_400_000;

/** An event in ten days (17:15–18:45 UTC), registration open until the day before. */
export async function makeEvent(db: Queryable, organizationId: string, overrides: Partial<EventInput> = {}, now = new Date()): Promise<string> {
  const start = new Date(now.getTime() + 10 * DAY);
  start.setUTCHours(15, 15, 0, 0);
  return saveEvent(db, {
    organizationId, title: 'Digitale Zugänge zu Sozialer Arbeit', description: 'Drei Kurzvorträge und eine Diskussion.', format: 'workshop', capacity: 60,
    maxPlacesPerRegistration: 2, registrationClosesAt: new Date(start.getTime() - DAY),
    sessions: [{ startsAt: start, endsAt: new Date(start.getTime() + 90 * 60_000), room: 'C2' }],
    ...overrides,
  });
}

/** `n` citizens with confirmed addresses (one statement), as actors. */
export async function makeCitizens(db: Queryable, n: number, prefix = 'teilnehmer'): Promise<{ actor: Actor; email: string }[]> {
  const list = await rows<{ id: string; email: string }>(db, sql`
    INSERT INTO users (email, display_name, kind, email_verified_at)
    SELECT ${prefix} || i || '@example.org', 'Teilnehmende ' || i, 'citizen', now() FROM generate_series(1, ${n}) i
    RETURNING id, email`);
  return list.sort((a, b) => a.email.localeCompare(b.email, 'en', { numeric: true }))
    .map((u) => ({ email: u.email, actor: { kind: 'user' as const, userId: u.id, roles: [], memberships: [] } }));
}

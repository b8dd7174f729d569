// Names and addresses of accounts for pages that show who did what (the audit log). Lookups only; the
// caller is authorised (audit.read) and audits the reading.
import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { users } from './schema.ts';

export type Person = { id: string; displayName: string; email: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Accounts whose e-mail address or name contains the text (case-insensitive), at most `limit`; an account
 * id finds that account, and also an id whose account is gone (deleted accounts stay in the audit log).
 */
export async function findPeople(db: Queryable, text: string, limit: number): Promise<{ ids: string[]; people: Person[] }> {
  const q = text.trim();
  if (UUID.test(q)) {
    const people = await peopleByIds(db, [q.toLowerCase()]);
    return { ids: [q.toLowerCase()], people: [...people.values()] };
  }
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const people = await db.select({ id: users.id, displayName: users.displayName, email: users.email }).from(users)
    .where(sql`${users.email} LIKE ${pattern} OR lower(${users.displayName}) LIKE ${pattern}`)
    .orderBy(users.email).limit(limit);
  return { ids: people.map((p) => p.id), people };
}

export async function peopleByIds(db: Queryable, ids: string[]): Promise<Map<string, Person>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const list = await db.select({ id: users.id, displayName: users.displayName, email: users.email }).from(users).where(inArray(users.id, unique));
  return new Map(list.map((p) => [p.id, p]));
}

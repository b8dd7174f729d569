import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { users, userRoles } from './schema.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { createSession, endAllSessions, endSession, listSessions, resolveSession } from './sessions.ts';

let tdb: TestDatabase;
let citizenId: string;
let staffId: string;
beforeAll(async () => {
  tdb = await createTestDatabase();
  const hashed = await hashPassword('Lindenblüte am Markt');
  [{ id: citizenId }] = await tdb.db.insert(users).values({ email: 'mara@example.org', displayName: 'Mara', kind: 'citizen', passwordHash: hashed, emailVerifiedAt: new Date() }).returning({ id: users.id });
  [{ id: staffId }] = await tdb.db.insert(users).values({ email: 'asd@lindenau.example', displayName: 'ASD', kind: 'staff', passwordHash: hashed }).returning({ id: users.id });
  await tdb.db.insert(userRoles).values({ userId: staffId, role: 'caseworker' });
});
afterAll(async () => { await tdb?.drop(); });

describe('passwords', () => {
  it('accepts a long passphrase and refuses short, common or e-mail-based ones', () => {
    expect(passwordProblem('Lindenblüte am Markt')).toBeNull();
    expect(passwordProblem('kurz')).toBe('tooShort');
    expect(passwordProblem('1234567890')).toBe('common');
    expect(passwordProblem('Password123')).toBe('common');
    expect(passwordProblem('mara.schulz-2026', 'mara.schulz@example.org')).toBe('containsEmail');
  });

  it('stores argon2id hashes that verify only the right password', async () => {
    const h = await hashPassword('Lindenblüte am Markt');
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(h, 'Lindenblüte am Markt')).toBe(true);
    expect(await verifyPassword(h, 'lindenblüte am markt')).toBe(false);
    expect(await verifyPassword(null, 'x')).toBe(false);
  });
});

describe('sessions', () => {
  it('resolves a session to the person with their roles; the database holds only a hash of the token', async () => {
    const { token, id } = await createSession(tdb.db, staffId, { ip: '192.0.2.1', userAgent: 'Test' });
    expect(id).not.toContain(token);
    const s = await resolveSession(tdb.db, token);
    expect(s?.actor).toEqual({ kind: 'user', userId: staffId, roles: ['caseworker'], memberships: [], mfa: false });
    expect(await resolveSession(tdb.db, id)).toBeNull();
    expect(await resolveSession(tdb.db, 'erfunden')).toBeNull();
  });

  it('ends staff sessions after 30 idle minutes and citizen sessions after 2 hours', async () => {
    const t0 = new Date('2026-11-25T08:00:00Z');
    const staff = await createSession(tdb.db, staffId, {}, undefined, t0);
    const citizen = await createSession(tdb.db, citizenId, {}, undefined, t0);
    const after = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    expect(await resolveSession(tdb.db, staff.token, undefined, after(29))).not.toBeNull();
    expect(await resolveSession(tdb.db, staff.token, undefined, after(60))).toBeNull();
    expect(await resolveSession(tdb.db, citizen.token, undefined, after(90))).not.toBeNull();
    expect(await resolveSession(tdb.db, citizen.token, undefined, after(90 + 121))).toBeNull();
  });

  it('ends every session at the absolute limit, however active', async () => {
    const t0 = new Date('2026-11-25T06:00:00Z');
    const s = await createSession(tdb.db, citizenId, {}, undefined, t0);
    let now = t0;
    for (let i = 0; i < 12 * 4; i++) {
      now = new Date(now.getTime() + 15 * 60_000);
      const r = await resolveSession(tdb.db, s.token, undefined, now);
      if (i < 12 * 4 - 1) expect(r, `after ${(i + 1) * 15} minutes`).not.toBeNull();
      else expect(r).toBeNull();
    }
  });

  it('signs out one session, or everywhere', async () => {
    const a = await createSession(tdb.db, citizenId, { userAgent: 'Laptop' });
    const b = await createSession(tdb.db, citizenId, { userAgent: 'Telefon' });
    await endSession(tdb.db, a.id);
    expect(await resolveSession(tdb.db, a.token)).toBeNull();
    expect(await resolveSession(tdb.db, b.token)).not.toBeNull();
    await endAllSessions(tdb.db, citizenId);
    expect(await resolveSession(tdb.db, b.token)).toBeNull();
    expect(await listSessions(tdb.db, citizenId)).toEqual([]);
  });
});

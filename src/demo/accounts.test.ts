import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { loadDemoWithSettings } from './load.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountCount } from './accounts.ts';
import { signInWithPassword } from '../modules/accounts/service.ts';
import { resolveSession } from '../modules/accounts/sessions.ts';
import { anonymous } from '../platform/policy.ts';
import { rows } from '../platform/db.ts';

let tdb: TestDatabase;
beforeAll(async () => { tdb = await createTestDatabase(); await loadDemoWithSettings(tdb.db); });
afterAll(async () => { await tdb?.drop(); });

describe('demo accounts', () => {
  it('creates one marked demo account per role, once', async () => {
    expect(await demoAccountCount(tdb.db)).toBe(DEMO_ACCOUNTS.length);
    await loadDemoWithSettings(tdb.db);
    expect(await demoAccountCount(tdb.db)).toBe(DEMO_ACCOUNTS.length);
    const roles = await rows<{ role: string }>(tdb.db, sql`SELECT DISTINCT role FROM user_roles ORDER BY role`);
    expect(roles.map((r) => r.role)).toEqual(['administrator', 'caseworker', 'data_protection_officer', 'directory_editor', 'planner', 'team_lead']);
    const orgRoles = await rows<{ role: string; name: string }>(tdb.db, sql`SELECT m.role, o.name FROM memberships m JOIN organizations o ON o.id = m.organization_id ORDER BY m.role`);
    expect(orgRoles.map((r) => r.role)).toEqual(['counsellor', 'editor', 'org_admin']);
  });

  it('lets the team lead sign in with the published demo password, with both roles', async () => {
    const r = await signInWithPassword(tdb.db, { actor: anonymous, ip: '127.0.0.1' }, { email: 'teamleitung@lindenau.example', password: DEMO_PASSWORD });
    expect(r.ok).toBe(true);
    const s = await resolveSession(tdb.db, (r as { token: string }).token);
    expect(s?.actor.roles.sort()).toEqual(['caseworker', 'team_lead']);
  });

  it('gives the demo citizen registrations of her own in each state, once, with the events\' counts right', async () => {
    const mine = () => rows<{ status: string; places: number; title: string }>(tdb.db, sql`
      SELECT r.status, r.places, e.title FROM event_registrations r JOIN events e ON e.id = r.event_id JOIN users u ON u.id = r.user_id
      WHERE u.email = 'buergerin@lindenau.example' ORDER BY r.status`);
    const first = await mine();
    expect(first.map((r) => r.status)).toEqual(['cancelled', 'confirmed', 'waiting']);
    await loadDemoWithSettings(tdb.db);
    expect(await mine()).toEqual(first);
    const [wrong] = await rows<{ n: number }>(tdb.db, sql`SELECT count(*)::int AS n FROM events e WHERE confirmed_places <> coalesce((SELECT sum(places)
      FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'confirmed'), 0) OR confirmed_places > capacity`);
    expect(wrong.n).toBe(0);
  });
});

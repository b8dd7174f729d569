// Every role against every route: a request is let through exactly when the policy says the role may.
// Routes come from the application's own route table, so a new route is in the matrix automatically.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../test/app.ts';
import { formClient, type FormClient } from '../test/forms.ts';
import { makeService, squareDistrict } from '../test/factories.ts';
import { importServices } from '../modules/directory/importer.ts';
import { importDistricts } from '../modules/directory/districts.ts';
import { users, userRoles, memberships, sessions } from '../modules/accounts/schema.ts';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../modules/accounts/passwords.ts';
import { can, anonymous, type Actor, type GlobalRole, type OrganizationRole } from './policy.ts';
import { rows } from './db.ts';

const ROLES: (GlobalRole | 'anonymous' | 'citizen' | 'org_admin' | 'editor' | 'counsellor')[] = ['anonymous', 'citizen', 'directory_editor', 'caseworker', 'team_lead', 'planner', 'data_protection_officer', 'administrator', 'org_admin', 'editor', 'counsellor'];
const ORG_ROLES = new Set<string>(['org_admin', 'editor', 'counsellor']);

let t: TestApp;
const clients = new Map<string, { client: FormClient; actor: Actor }>();
const params: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await importDistricts(t.database.db, { type: 'FeatureCollection', features: [squareDistrict('nord', 'Nordstadt', 51.32, 9.50)] });
  const s = makeService({ name: 'Erziehungsberatung Nordstadt', lebenslagen: ['erziehungsberatung'], lat: 51.32, lon: 9.5 });
  await importServices(t.database.db, [s]);
  Object.assign(params, { id: s.id, code: 'nord', token: 'unbekannt', '*': 'gibt-es-nicht.css' });
  const hash = await hashPassword('Lindenblüte am Markt');
  for (const role of ROLES) {
    const client = formClient(t.app);
    if (role === 'anonymous') { clients.set(role, { client, actor: anonymous }); continue; }
    const email = `${role}@example.org`;
    const [u] = await t.database.db.insert(users).values({ email, displayName: role, kind: role === 'citizen' ? 'citizen' : 'staff', passwordHash: hash, emailVerifiedAt: new Date() })
      .returning({ id: users.id });
    const orgRole = ORG_ROLES.has(role) ? role as OrganizationRole : null;
    const globalRoles = role === 'citizen' || orgRole ? [] : [role as GlobalRole];
    for (const r of globalRoles) await t.database.db.insert(userRoles).values({ userId: u.id, role: r });
    const orgMemberships = orgRole ? [{ organizationId: s.organization!.id, role: orgRole }] : [];
    if (orgRole) await t.database.db.insert(memberships).values({ userId: u.id, ...orgMemberships[0] });
    await client.post('/anmelden', { _csrf: (await client.get('/anmelden')).csrf, email, password: 'Lindenblüte am Markt' }, { ip: `203.0.113.${clients.size}` });
    // Staff act with a confirmed second factor (the way without one is tested in administration.test.ts).
    const mfa = role !== 'citizen';
    if (mfa) await t.database.db.update(sessions).set({ mfaAt: new Date() }).where(eq(sessions.userId, u.id));
    clients.set(role, { client, actor: { kind: 'user', userId: u.id, roles: globalRoles, memberships: orgMemberships, mfa } });
  }
});
afterAll(async () => { await t?.close(); });

const fill = (url: string) => url.replace(/:([a-z]+)/g, (_, p: string) => params[p] ?? 'x').replace('*', params['*']);

describe('permission matrix', () => {
  it('lets each role through exactly the routes its permissions allow', async () => {
    const problems: string[] = [];
    const routes = t.app.routeTable.filter((r) => (r.method === 'GET' || r.method === 'POST') && !r.url.startsWith('/docs') && !/\/konto\/loeschen|\/abmelden|ueberall-abmelden/.test(r.url));
    expect(routes.length).toBeGreaterThan(15);
    for (const role of ROLES) {
      const { client, actor } = clients.get(role)!;
      for (const route of routes) {
        const url = fill(route.url);
        // A valid CSRF token from a form page the role sees, so that only the permission decides.
        const csrf = async () => (await client.get(role === 'anonymous' ? '/anmelden' : '/konto')).csrf;
        const res = route.method === 'GET' ? (await client.get(url)).res : await client.post(url, { _csrf: await csrf() });
        const refused = res.statusCode === 403 || (res.statusCode === 303 && String(res.headers.location).startsWith('/anmelden?weiter='));
        const expected = route.permission === 'public' || can(actor, route.permission);
        if (refused === expected) problems.push(`${role} ${route.method} ${route.url}: ${res.statusCode}, expected ${expected ? 'allowed' : 'refused'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses signing out, everywhere and deleting an account to anyone not signed in, and changes nothing', async () => {
    const { client } = clients.get('anonymous')!;
    const before = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM sessions WHERE revoked_at IS NULL`);
    for (const url of ['/abmelden', '/konto/ueberall-abmelden', '/konto/loeschen']) {
      const res = await client.post(url, { _csrf: (await client.get('/anmelden')).csrf, password: 'Lindenblüte am Markt' });
      expect(res.statusCode, url).toBe(403);
    }
    expect(await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM sessions WHERE revoked_at IS NULL`)).toEqual(before);
  });
});

// One demo account per role, created only by the demo loader and marked `demo`; the server warns loudly
// when such accounts exist in production mode. All share one password, listed in the README.
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.ts';
import { users, userRoles, memberships } from '../modules/accounts/schema.ts';
import { organizations } from '../modules/directory/schema.ts';
import { hashPassword } from '../modules/accounts/passwords.ts';
import { needsSecondFactor, type GlobalRole, type OrganizationRole } from '../platform/policy.ts';
import { secretBox } from '../platform/secrets.ts';
import { generate } from 'otplib';

export const DEMO_PASSWORD = 'Lindenau-Demo-2026';
/**
 * The second factor of the demo accounts whose roles see personal data: published in the README, so that
 * anyone trying the demo can add it to an authenticator app or print the current code with
 * `npx zugang demo code`.
 */
export const DEMO_TOTP_SECRET = 'LINDENAUDEMOZUGANGZWEIFAKTORTEST';

export async function demoSecondFactorCode(): Promise<string> {
  return generate({ secret: DEMO_TOTP_SECRET });
}
const CARITAS = 'Caritasverband für die Stadt Lindenau e.V.';

export const DEMO_ACCOUNTS: { email: string; name: string; kind: 'citizen' | 'staff'; roles: GlobalRole[]; org?: { name: string; roles: OrganizationRole[] }; what: string }[] = [
  { email: 'buergerin@lindenau.example', name: 'Mara Schulz', kind: 'citizen', roles: [], what: 'Bürgerin (citizen)' },
  { email: 'traegeradmin@caritas-lindenau.example', name: 'Petra Hoffmann', kind: 'staff', roles: [], org: { name: CARITAS, roles: ['org_admin'] }, what: 'Administratorin eines Trägers (organisation admin, Caritas)' },
  { email: 'redaktion@caritas-lindenau.example', name: 'Jonas Weber', kind: 'staff', roles: [], org: { name: CARITAS, roles: ['editor'] }, what: 'Redakteur eines Trägers (provider editor, Caritas)' },
  { email: 'beratung@caritas-lindenau.example', name: 'Selin Kaya', kind: 'staff', roles: [], org: { name: CARITAS, roles: ['counsellor'] }, what: 'Beraterin (counsellor, Caritas)' },
  { email: 'redaktion@lindenau.example', name: 'Claudia Becker', kind: 'staff', roles: ['directory_editor'], what: 'Redaktion Familienwegweiser (directory editor)' },
  { email: 'asd@lindenau.example', name: 'Tobias Neumann', kind: 'staff', roles: ['caseworker'], what: 'Fachkraft im Allgemeinen Sozialen Dienst (caseworker)' },
  { email: 'teamleitung@lindenau.example', name: 'Sabine Krüger', kind: 'staff', roles: ['caseworker', 'team_lead'], what: 'Teamleitung ASD (team lead)' },
  { email: 'planung@lindenau.example', name: 'Murat Yılmaz', kind: 'staff', roles: ['planner'], what: 'Jugendhilfeplanung (planner)' },
  { email: 'datenschutz@lindenau.example', name: 'Dr. Eva Lorenz', kind: 'staff', roles: ['data_protection_officer'], what: 'Datenschutzbeauftragte (data protection officer)' },
  { email: 'admin@lindenau.example', name: 'Frank Richter', kind: 'staff', roles: ['administrator'], what: 'Administrator (operator)' },
];

export async function loadDemoAccounts(db: Queryable, secretKey: string): Promise<number> {
  let created = 0;
  const box = secretBox(secretKey);
  for (const a of DEMO_ACCOUNTS) {
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, a.email));
    if (existing) continue;
    // Every demo staff account has the published key: those whose role sees personal data must, and the
    // providers' admins and editors need it to open their events' participant lists.
    const secondFactor = a.kind === 'staff' || needsSecondFactor({ kind: 'user', userId: '', roles: a.roles, memberships: (a.org?.roles ?? []).map((role) => ({ organizationId: '', role })) });
    const [u] = await db.insert(users).values({ email: a.email, displayName: a.name, kind: a.kind, status: 'active', demo: true,
      passwordHash: await hashPassword(DEMO_PASSWORD), emailVerifiedAt: new Date(),
      ...(secondFactor ? { totpSecret: box.seal(DEMO_TOTP_SECRET), totpEnabledAt: new Date() } : {}) }).returning({ id: users.id });
    for (const role of a.roles) await db.insert(userRoles).values({ userId: u.id, role }).onConflictDoNothing();
    if (a.org) {
      const [org] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, a.org.name));
      if (org) for (const role of a.org.roles) await db.insert(memberships).values({ userId: u.id, organizationId: org.id, role }).onConflictDoNothing();
    }
    created++;
  }
  return created;
}

export async function demoAccountCount(db: Queryable): Promise<number> {
  const r = (await db.execute(sql`SELECT count(*)::int AS n FROM users WHERE demo`)) as unknown as { rows: { n: number }[] };
  return r.rows[0]?.n ?? 0;
}

// People for tests: staff and citizens with roles, signed in through the real sign-in form; optionally
// with the second factor confirmed in their session (as if they had entered a code).
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../platform/db.ts';
import type { GlobalRole, OrganizationRole } from '../platform/policy.ts';
import { users, userRoles, memberships, sessions } from '../modules/accounts/schema.ts';
import { organizations } from '../modules/directory/schema.ts';
import { hashPassword } from '../modules/accounts/passwords.ts';
import { formClient, type FormClient } from './forms.ts';

export const TEST_PASSWORD = 'Lindenblüte am Markt';
let passwordHash: Promise<string> | undefined;

export async function makeOrganization(db: Queryable, name: string): Promise<string> {
  const id = randomUUID();
  await db.insert(organizations).values({ id, name });
  return id;
}

export async function makeUser(db: Queryable, input: { email: string; name?: string; kind?: 'citizen' | 'staff'; roles?: GlobalRole[]; memberships?: { organizationId: string; role: OrganizationRole }[] }) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [u] = await db.insert(users).values({ email: input.email, displayName: input.name ?? input.email.split('@')[0], kind: input.kind ?? 'staff',
    passwordHash: await passwordHash, emailVerifiedAt: new Date() }).returning({ id: users.id });
  for (const role of input.roles ?? []) await db.insert(userRoles).values({ userId: u.id, role });
  for (const m of input.memberships ?? []) await db.insert(memberships).values({ userId: u.id, ...m });
  return u.id;
}

let ipCounter = 0;
/** Signs in through POST /anmelden; with `mfa`, the session counts as confirmed by a second factor. */
export async function signedIn(app: FastifyInstance, db: Queryable, email: string, opts: { mfa?: boolean } = {}): Promise<FormClient> {
  const client = formClient(app);
  const res = await client.post('/anmelden', { _csrf: (await client.get('/anmelden')).csrf, email, password: TEST_PASSWORD }, { ip: `192.0.2.${(ipCounter++ % 250) + 1}` });
  if (res.statusCode !== 303) throw new Error(`sign-in of ${email} failed: ${res.statusCode}`);
  if (opts.mfa) {
    await db.update(sessions).set({ mfaAt: new Date() })
      .where(sql`${sessions.userId} = (SELECT id FROM users WHERE email = ${email}) AND ${sessions.revokedAt} IS NULL`);
  }
  return client;
}

export async function userId(db: Queryable, email: string): Promise<string> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u.id;
}

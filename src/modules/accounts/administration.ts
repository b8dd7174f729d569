// Administering staff: invitations (staff never register themselves), roles, deactivation, and who has
// which role. Administrators act on everyone; organisation admins only on their own organisations'
// members and roles. Every read of a person's record and every change is audited.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { queueMail, type MailOptions } from '../../platform/mail/index.ts';
import type { Lang } from '../../platform/i18n.ts';
import { administeredOrganizations, can, organizationScope, type GlobalRole, type OrganizationRole } from '../../platform/policy.ts';
import { organizations } from '../directory/schema.ts';
import { memberships, userRoles, users } from './schema.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { consumeToken, issueToken, tokenState } from './tokens.ts';
import { endAllSessions } from './sessions.ts';

export const GLOBAL_ROLES: GlobalRole[] = ['directory_editor', 'caseworker', 'team_lead', 'planner', 'data_protection_officer', 'administrator'];
export const ORGANIZATION_ROLES: OrganizationRole[] = ['org_admin', 'editor', 'counsellor'];
const INVITATION_DAYS = 7;

export type StaffFilter = { q?: string; role?: string; status?: string; page: number };
export type StaffRow = {
  id: string; displayName: string; email: string; status: 'active' | 'invited' | 'deactivated'; secondFactor: boolean; lastSignInAt: Date | null;
  roles: GlobalRole[]; memberships: { organizationId: string; organizationName: string; role: OrganizationRole }[];
};
export const STAFF_PAGE_SIZE = 50;

/** Staff the actor administers, with their roles; filtered; the scope is part of the SQL. */
export async function listStaff(db: Queryable, ctx: RequestContext, filter: StaffFilter): Promise<{ rows: StaffRow[]; total: number }> {
  const scope = organizationScope(ctx.actor, sql`m.organization_id`);
  const everyone = administeredOrganizations(ctx.actor) === 'all';
  const conditions = [sql`u.kind = 'staff'`];
  if (!everyone) conditions.push(sql`EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND ${scope})`);
  if (filter.q?.trim()) {
    const like = `%${filter.q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(lower(u.display_name) LIKE ${like} OR u.email LIKE ${like})`);
  }
  if (filter.status && ['active', 'invited', 'deactivated'].includes(filter.status)) conditions.push(sql`u.status = ${filter.status}`);
  if (filter.role && (GLOBAL_ROLES as string[]).includes(filter.role)) conditions.push(sql`EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ${filter.role})`);
  if (filter.role && (ORGANIZATION_ROLES as string[]).includes(filter.role)) conditions.push(sql`EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.role = ${filter.role} AND ${scope})`);
  const where = sql.join(conditions, sql` AND `);
  const list = await rows<{ id: string; display_name: string; email: string; status: StaffRow['status']; second_factor: boolean; last_sign_in_at: string | Date | null; roles: GlobalRole[] | string; memberships: StaffRow['memberships']; total: number }>(db, sql`
    SELECT u.id, u.display_name, u.email, u.status, u.totp_enabled_at IS NOT NULL AS second_factor, u.last_sign_in_at,
      coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}') AS roles,
      coalesce((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'organizationName', o.name, 'role', m.role) ORDER BY o.name, m.role)
        FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = u.id ${everyone ? sql`` : sql`AND ${scope}`}), '[]') AS memberships,
      count(*) OVER ()::int AS total
    FROM users u WHERE ${where}
    ORDER BY lower(u.display_name), u.id
    LIMIT ${STAFF_PAGE_SIZE} OFFSET ${(Math.max(1, filter.page) - 1) * STAFF_PAGE_SIZE}`);
  await recordAudit(db, ctx, { action: 'user.read', resourceType: 'user_list', details: { filter: { ...filter }, shown: list.length } });
  return {
    total: list[0]?.total ?? 0,
    rows: list.map((r) => ({
      id: r.id, displayName: r.display_name, email: r.email, status: r.status, secondFactor: r.second_factor,
      lastSignInAt: r.last_sign_in_at ? new Date(r.last_sign_in_at) : null,
      roles: typeof r.roles === 'string' ? (r.roles.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as GlobalRole[]) : r.roles,
      memberships: r.memberships,
    })),
  };
}

/**
 * One staff member, if the actor administers them; otherwise null (the caller answers 404, whether the person
 * exists or not). The refusal is audited, so the caller must commit, not roll back, before answering.
 */
export async function staffMember(db: Queryable, ctx: RequestContext, userId: string) {
  const valid = z.uuid().safeParse(userId).success;
  const [u] = valid ? await db.select().from(users).where(and(eq(users.id, userId), eq(users.kind, 'staff'))) : [];
  const orgRows = u ? await db.select({ organizationId: memberships.organizationId, role: memberships.role, organizationName: organizations.name })
    .from(memberships).innerJoin(organizations, eq(organizations.id, memberships.organizationId)).where(eq(memberships.userId, u.id)).orderBy(organizations.name) : [];
  const allowed = u && (administeredOrganizations(ctx.actor) === 'all' || orgRows.some((m) => can(ctx.actor, 'user.read', { organizationId: m.organizationId })));
  if (!u || !allowed) {
    await recordAudit(db, ctx, { action: 'user.read', outcome: 'denied', resourceType: 'user', resourceId: valid ? userId : undefined, details: { reason: 'not found or outside scope' } });
    return null;
  }
  const roles = (await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, u.id))).map((r) => r.role as GlobalRole);
  await recordAudit(db, ctx, { action: 'user.read', resourceType: 'user', resourceId: u.id, subjectUserId: u.id });
  const orgs = administeredOrganizations(ctx.actor);
  return {
    id: u.id, displayName: u.displayName, email: u.email, status: u.status, secondFactor: u.totpEnabledAt !== null,
    createdAt: u.createdAt, lastSignInAt: u.lastSignInAt, roles,
    memberships: orgRows.map((m) => ({ ...m, role: m.role as OrganizationRole, editable: orgs === 'all' || orgs.includes(m.organizationId) })),
  };
}

/** Organisations the actor may invite into or grant roles in (administrators: all of them). */
export async function grantableOrganizations(db: Queryable, ctx: RequestContext) {
  return db.select({ id: organizations.id, name: organizations.name }).from(organizations)
    .where(organizationScope(ctx.actor, organizations.id)).orderBy(organizations.name);
}

export type InviteInput = { displayName: string; email: string; roles: string[]; organizationId: string; organizationRoles: string[] };
export type FieldProblem = { field: 'displayName' | 'email' | 'roles' | 'organizationId'; key: string };

function roleProblems(ctx: RequestContext, input: Pick<InviteInput, 'roles' | 'organizationId' | 'organizationRoles'>, orgIds: Set<string>): FieldProblem[] {
  const out: FieldProblem[] = [];
  const everyone = administeredOrganizations(ctx.actor) === 'all';
  if (input.roles.some((r) => !(GLOBAL_ROLES as string[]).includes(r)) || (!everyone && input.roles.length)) out.push({ field: 'roles', key: 'admin.errors.rolesNotAllowed' });
  if (input.organizationRoles.some((r) => !(ORGANIZATION_ROLES as string[]).includes(r))) out.push({ field: 'roles', key: 'admin.errors.rolesNotAllowed' });
  if (input.organizationRoles.length && !input.organizationId) out.push({ field: 'organizationId', key: 'admin.errors.organizationMissing' });
  if (input.organizationId && !orgIds.has(input.organizationId)) out.push({ field: 'organizationId', key: 'admin.errors.organizationNotAllowed' });
  if (!input.roles.length && !input.organizationRoles.length) out.push({ field: 'roles', key: 'admin.errors.noRole' });
  return out;
}

/** Invites a staff member: an account in state 'invited', the roles, and a seven-day link by mail. */
export async function inviteStaff(db: Queryable, ctx: RequestContext, mail: MailOptions, input: InviteInput, baseUrl: string, lang: Lang, now = new Date()):
  Promise<{ ok: true; userId: string } | { ok: false; problems: FieldProblem[] }> {
  if (ctx.actor.kind !== 'user') throw new Error('only signed-in staff invite');
  const problems: FieldProblem[] = [];
  const email = input.email.trim().toLowerCase();
  if (!input.displayName.trim()) problems.push({ field: 'displayName', key: 'register.errors.nameMissing' });
  else if (input.displayName.length > 100) problems.push({ field: 'displayName', key: 'register.errors.nameTooLong' });
  if (!z.email().max(254).safeParse(email).success) problems.push({ field: 'email', key: 'register.errors.emailInvalid' });
  else if ((await db.select({ id: users.id }).from(users).where(eq(users.email, email))).length) problems.push({ field: 'email', key: 'admin.errors.emailTaken' });
  const orgIds = new Set((await grantableOrganizations(db, ctx)).map((o) => o.id));
  problems.push(...roleProblems(ctx, input, orgIds));
  if (problems.length) return { ok: false, problems };

  const [user] = await db.insert(users).values({ email, displayName: input.displayName.trim(), kind: 'staff', status: 'invited', invitedBy: ctx.actor.userId,
    preferredLanguage: lang, createdAt: now, updatedAt: now }).returning();
  if (input.roles.length) await db.insert(userRoles).values(input.roles.map((role) => ({ userId: user.id, role: role as GlobalRole, grantedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })));
  if (input.organizationRoles.length) await db.insert(memberships).values(input.organizationRoles.map((role) => ({ userId: user.id, organizationId: input.organizationId, role: role as OrganizationRole, grantedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })));
  await sendInvitation(db, ctx, mail, user, baseUrl, lang, now);
  await recordAudit(db, ctx, { action: 'user.invite', resourceType: 'user', resourceId: user.id, subjectUserId: user.id,
    details: { roles: input.roles, organizationId: input.organizationId || null, organizationRoles: input.organizationRoles } });
  return { ok: true, userId: user.id };
}

async function sendInvitation(db: Queryable, ctx: RequestContext, mail: MailOptions, user: { id: string; email: string; displayName: string }, baseUrl: string, lang: Lang, now: Date) {
  const token = await issueToken(db, user.id, 'invitation', INVITATION_DAYS * 86_400_000, now);
  const [inviter] = ctx.actor.kind === 'user' ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, ctx.actor.userId)) : [];
  await queueMail(db, mail, user.email, 'invitation', lang, { name: user.displayName, inviter: inviter?.name ?? '', link: `${baseUrl}/einladung/${token}`, days: String(INVITATION_DAYS) });
}

/** A new link for someone who has not accepted yet (the old link stays valid until it expires). */
export async function resendInvitation(db: Queryable, ctx: RequestContext, mail: MailOptions, userId: string, baseUrl: string, lang: Lang, now = new Date()) {
  const member = await staffMember(db, ctx, userId);
  if (!member) return null;
  if (member.status !== 'invited') return false;
  await sendInvitation(db, ctx, mail, member, baseUrl, lang, now);
  await recordAudit(db, ctx, { action: 'user.invite', resourceType: 'user', resourceId: userId, subjectUserId: userId, details: { resent: true } });
  return true;
}

export async function invitationState(db: Queryable, token: string, now = new Date()) {
  const s = await tokenState(db, token, 'invitation', now);
  if (s.state !== 'valid') return s;
  const [u] = await db.select({ displayName: users.displayName, status: users.status }).from(users).where(eq(users.id, s.userId));
  if (u?.status !== 'invited') return { state: 'used' as const };
  return { ...s, displayName: u.displayName };
}

/** The invited person sets a password; the account becomes active and the address counts as verified. */
export async function acceptInvitation(db: Queryable, ctx: RequestContext, token: string, password: string, now = new Date()):
  Promise<{ ok: true; userId: string } | { ok: false; state: 'expired' | 'used' | 'unknown' } | { ok: false; problem: string }> {
  const s = await invitationState(db, token, now);
  if (s.state !== 'valid') return { ok: false, state: s.state };
  const problem = passwordProblem(password, s.email);
  if (problem) return { ok: false, problem };
  if (!(await consumeToken(db, s.tokenId, now))) return { ok: false, state: 'used' };
  await db.update(users).set({ passwordHash: await hashPassword(password), status: 'active', emailVerifiedAt: now, updatedAt: now }).where(eq(users.id, s.userId));
  await recordAudit(db, { ...ctx, actor: { kind: 'user', userId: s.userId, roles: [], memberships: [] } },
    { action: 'account.accept_invitation', resourceType: 'user', resourceId: s.userId, subjectUserId: s.userId });
  return { ok: true, userId: s.userId };
}

/**
 * Sets the roles the actor may grant: administrators the municipality-wide roles and every organisation's
 * roles; organisation admins the roles in their own organisations. Roles outside the actor's reach stay.
 */
export async function changeRoles(db: Queryable, ctx: RequestContext, userId: string, input: { roles: string[]; organizationRoles: Record<string, string[]> }):
  Promise<{ ok: true } | { ok: false; problems: FieldProblem[] } | null> {
  const member = await staffMember(db, ctx, userId);
  if (!member) return null;
  const everyone = administeredOrganizations(ctx.actor) === 'all';
  const orgIds = new Set((await grantableOrganizations(db, ctx)).map((o) => o.id));
  const problems: FieldProblem[] = [];
  if (input.roles.some((r) => !(GLOBAL_ROLES as string[]).includes(r)) || Object.values(input.organizationRoles).flat().some((r) => !(ORGANIZATION_ROLES as string[]).includes(r))) {
    problems.push({ field: 'roles', key: 'admin.errors.rolesNotAllowed' });
  }
  if (Object.keys(input.organizationRoles).some((id) => !orgIds.has(id))) problems.push({ field: 'roles', key: 'admin.errors.organizationNotAllowed' });
  // Nobody removes the last administrator: the municipality would lock itself out.
  if (everyone && member.roles.includes('administrator') && !input.roles.includes('administrator')) {
    const [r] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM user_roles r JOIN users u ON u.id = r.user_id WHERE r.role = 'administrator' AND u.status = 'active'`);
    if (r.n <= 1) problems.push({ field: 'roles', key: 'admin.errors.lastAdministrator' });
  }
  if (problems.length) return { ok: false, problems };
  const by = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  if (everyone) {
    await db.delete(userRoles).where(eq(userRoles.userId, userId));
    if (input.roles.length) await db.insert(userRoles).values(input.roles.map((role) => ({ userId, role: role as GlobalRole, grantedBy: by })));
  }
  const touched = [...new Set([...Object.keys(input.organizationRoles), ...member.memberships.filter((m) => m.editable).map((m) => m.organizationId)])];
  if (touched.length) await db.delete(memberships).where(and(eq(memberships.userId, userId), inArray(memberships.organizationId, touched)));
  const values = Object.entries(input.organizationRoles).flatMap(([organizationId, list]) => list.map((role) => ({ userId, organizationId, role: role as OrganizationRole, grantedBy: by })));
  if (values.length) await db.insert(memberships).values(values);
  await recordAudit(db, ctx, { action: 'user.update', resourceType: 'user', resourceId: userId, subjectUserId: userId,
    details: { before: { roles: member.roles, memberships: member.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role })) }, after: input } });
  return { ok: true };
}

/** Deactivating ends every session at once; the account and its history stay. Administrators only. */
export async function setStaffStatus(db: Queryable, ctx: RequestContext, userId: string, status: 'active' | 'deactivated'): Promise<'done' | 'self' | 'notAllowed' | null> {
  const member = await staffMember(db, ctx, userId);
  if (!member) return null;
  if (administeredOrganizations(ctx.actor) !== 'all') return 'notAllowed';
  if (ctx.actor.kind === 'user' && ctx.actor.userId === userId) return 'self';
  if (member.status === 'invited' && status === 'active') return 'notAllowed';
  await db.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, userId));
  if (status === 'deactivated') await endAllSessions(db, userId);
  await recordAudit(db, ctx, { action: 'user.update', resourceType: 'user', resourceId: userId, subjectUserId: userId, details: { status } });
  return 'done';
}

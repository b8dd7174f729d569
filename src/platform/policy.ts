// One vocabulary of permissions (`resource.action`), shared by routes, the policy checks, the audit log
// and the tests. `can()` answers, `authorize()` throws. Every route declares its permission in its
// config; routes open to everyone declare 'public'.
import { DomainError, NotFoundError } from './errors.ts';

export const PERMISSIONS = [
  'directory.read',
  'account.read',
  'session.delete',
  'account.delete',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type RoutePermission = Permission | 'public';

export type GlobalRole = 'directory_editor' | 'caseworker' | 'team_lead' | 'planner' | 'data_protection_officer' | 'administrator';
export type OrganizationRole = 'org_admin' | 'editor' | 'counsellor';

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; roles: GlobalRole[]; memberships: { organizationId: string; role: OrganizationRole }[] };

export const anonymous: Actor = { kind: 'anonymous' };

/** The record a check is about, where the rule depends on it (its organisation, its owner). */
export type PolicyRecord = { organizationId?: string | null; ownerUserId?: string | null };

type Rule = (actor: Actor, record?: PolicyRecord) => boolean;

const signedIn: Rule = (actor) => actor.kind === 'user';

const rules: Record<Permission, Rule> = {
  // The published directory is public information.
  'directory.read': () => true,
  // One's own account and sessions.
  'account.read': signedIn,
  'session.delete': signedIn,
  'account.delete': signedIn,
};

export function can(actor: Actor, permission: Permission, record?: PolicyRecord): boolean {
  return rules[permission](actor, record);
}

export class ForbiddenError extends DomainError {
  constructor() { super(403, 'errors.forbidden.text'); }
}

/**
 * Throws unless the actor may. About a specific record the answer is 404, not 403, so that nobody learns
 * whether a record they may not see exists.
 */
export function authorize(actor: Actor, permission: Permission, record?: PolicyRecord): void {
  if (can(actor, permission, record)) return;
  throw record ? new NotFoundError() : new ForbiddenError();
}

/** Paths served by plugins (assets, API explorer) that are public by nature and carry no route config. */
export const PUBLIC_PREFIXES = ['/assets/', '/docs'] as const;

export function isPermission(v: unknown): v is RoutePermission {
  return v === 'public' || (PERMISSIONS as readonly unknown[]).includes(v);
}

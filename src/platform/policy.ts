// One vocabulary of permissions (`resource.action`), shared by routes, the policy checks, the audit log
// and the tests. `can()` answers, `authorize()` throws. Every route declares its permission in its
// config; routes open to everyone declare 'public'.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { DomainError, NotFoundError } from './errors.ts';

export const PERMISSIONS = [
  'directory.read',
  'account.read',
  'account.update',
  'session.delete',
  'account.delete',
  // Administration: people, roles and organisations' members (administrators; organisation admins for
  // their own organisation).
  'user.read',
  'user.invite',
  'user.update',
  // The data protection officer reads the audit log.
  'audit.read',
  // Administrators read the mail outbox and configure sign-in providers.
  'mail.read',
  'identity_provider.manage',
  // Courses and events: public calendar and registration; organisers (admins and editors of the event's
  // organisation) and directory editors edit events; only the organisers see and change registrations.
  'event.read',
  'event.register',
  'event.manage',
  'registration.read',
  'registration.manage',
  // A signed-in person's own event registrations ("Meine Anmeldungen"): only the records whose user_id is theirs.
  'own_registration.read',
  'own_registration.cancel',
  // The directory's editorial work: an organisation's admins and editors propose changes to its services
  // (self-service); the directory editors review, publish directly and restore versions.
  'service.propose',
  'service.review',
  // Visitors' feedback on service pages (reports of a wrong entry; the reports hold personal data): directory
  // editors read and close every report, organisers (admins and editors) those about their organisation's services.
  'feedback.read',
  'feedback.manage',
  // The portal network: administrators subscribe to other instances' HSDS APIs (/verwaltung/quellen).
  'federation.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type RoutePermission = Permission | 'public';

export type GlobalRole = 'directory_editor' | 'caseworker' | 'team_lead' | 'planner' | 'data_protection_officer' | 'administrator';
export type OrganizationRole = 'org_admin' | 'editor' | 'counsellor';

export type Actor =
  | { kind: 'anonymous' }
  | {
    kind: 'user'; userId: string; roles: GlobalRole[]; memberships: { organizationId: string; role: OrganizationRole }[];
    /** The second factor was confirmed in this session. */
    mfa?: boolean;
  };

/** Roles whose holders see personal data: they must set up a second factor (TOTP) before they do. */
export const PERSONAL_DATA_ROLES: readonly (GlobalRole | OrganizationRole)[] = ['caseworker', 'team_lead', 'counsellor', 'data_protection_officer', 'administrator'];

/** Permissions that show or change other people's personal data: only with a confirmed second factor. */
export const PERSONAL_DATA_PERMISSIONS: ReadonlySet<Permission> = new Set(['user.read', 'user.invite', 'user.update', 'audit.read', 'mail.read',
  'registration.read', 'registration.manage', 'feedback.read', 'feedback.manage']);

export function needsSecondFactor(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.roles.some((r) => PERSONAL_DATA_ROLES.includes(r)) || actor.memberships.some((m) => PERSONAL_DATA_ROLES.includes(m.role)));
}

export const anonymous: Actor = { kind: 'anonymous' };

/** The record a check is about, where the rule depends on it (its organisation, its owner). */
export type PolicyRecord = { organizationId?: string | null; ownerUserId?: string | null };

type Rule = (actor: Actor, record?: PolicyRecord) => boolean;

const signedIn: Rule = (actor) => actor.kind === 'user';
const hasRole = (...roles: GlobalRole[]): Rule => (actor) => actor.kind === 'user' && actor.roles.some((r) => roles.includes(r));
/** Administrators everywhere; organisation admins for their own organisation (or, without a record, at all). */
const administers: Rule = (actor, record) => {
  if (actor.kind !== 'user') return false;
  if (actor.roles.includes('administrator')) return true;
  const orgs = actor.memberships.filter((m) => m.role === 'org_admin').map((m) => m.organizationId);
  if (record?.organizationId !== undefined) return record.organizationId !== null && orgs.includes(record.organizationId);
  return orgs.length > 0;
};

/** Organisers: admins and editors of the record's organisation (or, without a record, of any). */
const ORGANISER_ROLES: readonly OrganizationRole[] = ['org_admin', 'editor'];
export function organisedOrganizations(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  return actor.memberships.filter((m) => ORGANISER_ROLES.includes(m.role)).map((m) => m.organizationId);
}
const organises: Rule = (actor, record) => {
  const orgs = organisedOrganizations(actor);
  if (record?.organizationId !== undefined) return record.organizationId !== null && orgs.includes(record.organizationId);
  return orgs.length > 0;
};
/** The record is the actor's own (its owner is the signed-in person); without a record: anyone signed in. */
const owns: Rule = (actor, record) => {
  if (actor.kind !== 'user') return false;
  if (record?.ownerUserId !== undefined) return record.ownerUserId === actor.userId;
  return true;
};
const either = (...list: Rule[]): Rule => (actor, record) => list.some((r) => r(actor, record));

const rules: Record<Permission, Rule> = {
  // The published directory is public information.
  'directory.read': () => true,
  // One's own account and sessions.
  'account.read': signedIn,
  'account.update': signedIn,
  'session.delete': signedIn,
  'account.delete': signedIn,
  'user.read': administers,
  'user.invite': administers,
  'user.update': administers,
  'audit.read': hasRole('data_protection_officer'),
  'mail.read': hasRole('administrator'),
  'identity_provider.manage': hasRole('administrator'),
  // The calendar and the events are public; anyone may register (events that need an account say so in the service).
  'event.read': () => true,
  'event.register': () => true,
  'event.manage': either(organises, hasRole('directory_editor')),
  'registration.read': organises,
  'registration.manage': organises,
  'own_registration.read': owns,
  'own_registration.cancel': owns,
  'service.propose': either(organises, hasRole('directory_editor')),
  'service.review': hasRole('directory_editor'),
  'feedback.read': either(organises, hasRole('directory_editor')),
  'feedback.manage': either(organises, hasRole('directory_editor')),
  'federation.manage': hasRole('administrator'),
};

/** Whether the organisations an actor administers are all of them (administrator) or a list. */
export function administeredOrganizations(actor: Actor): 'all' | string[] {
  if (actor.kind !== 'user') return [];
  if (actor.roles.includes('administrator')) return 'all';
  return actor.memberships.filter((m) => m.role === 'org_admin').map((m) => m.organizationId);
}

export function can(actor: Actor, permission: Permission, record?: PolicyRecord): boolean {
  if (PERSONAL_DATA_PERMISSIONS.has(permission) && !(actor.kind === 'user' && actor.mfa)) return false;
  return rules[permission](actor, record);
}

/** Allowed by role, only the second factor missing: the person is sent to confirm it instead of refused. */
export function canAfterSecondFactor(actor: Actor, permission: Permission, record?: PolicyRecord): boolean {
  return actor.kind === 'user' && PERSONAL_DATA_PERMISSIONS.has(permission) && !actor.mfa && rules[permission]({ ...actor, mfa: true }, record);
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

/**
 * The scope of a permission as SQL, for lists: `WHERE <scope>` yields exactly the rows the actor may see.
 * Administrators see every organisation's rows; organisation admins those of their organisations.
 */
export function organizationScope(actor: Actor, organizationIdColumn: SQLWrapper): SQL {
  const orgs = administeredOrganizations(actor);
  if (orgs === 'all') return sql`TRUE`;
  if (orgs.length === 0) return sql`FALSE`;
  return sql`${organizationIdColumn} = ANY(${sql.param(orgs)}::uuid[])`;
}

/**
 * The scope of the organisers' permissions (`registration.*`) as SQL: the rows of the organisations
 * where the actor is an admin or editor; nothing for anyone else.
 */
export function organiserScope(actor: Actor, organizationIdColumn: SQLWrapper): SQL {
  const orgs = organisedOrganizations(actor);
  if (orgs.length === 0) return sql`FALSE`;
  return sql`${organizationIdColumn} = ANY(${sql.param(orgs)}::uuid[])`;
}

/**
 * The scope of the `own_*` permissions as SQL: the rows whose owner column is the signed-in person; nothing
 * for anyone else (also not for administrators: someone else's registrations are not "own").
 */
export function ownerScope(actor: Actor, ownerUserIdColumn: SQLWrapper): SQL {
  if (actor.kind !== 'user') return sql`FALSE`;
  return sql`${ownerUserIdColumn} = ${actor.userId}::uuid`;
}

/** The scope of `event.manage` as SQL: directory editors every organisation's events, organisers their own. */
export function eventManageScope(actor: Actor, organizationIdColumn: SQLWrapper): SQL {
  if (actor.kind === 'user' && actor.roles.includes('directory_editor')) return sql`TRUE`;
  return organiserScope(actor, organizationIdColumn);
}

/** The scope of `feedback.*` as SQL: directory editors every service's reports, organisers those of their organisations' services. */
export function feedbackScope(actor: Actor, organizationIdColumn: SQLWrapper): SQL {
  return eventManageScope(actor, organizationIdColumn);
}

// Accounts: people who sign in (citizens and staff), their roles, sessions, one-time links and
// second factors. Passwords and tokens are stored only as hashes.
import { pgTable, uuid, text, timestamp, jsonb, integer, boolean, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { organizations } from '../directory/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Lower case; unique among all accounts. */
  email: text('email').notNull(),
  emailVerifiedAt: ts('email_verified_at'),
  /** A new address waiting for its verification link. */
  pendingEmail: text('pending_email'),
  /** argon2id; null for accounts that only sign in through OpenID Connect. */
  passwordHash: text('password_hash'),
  displayName: text('display_name').notNull(),
  kind: text('kind', { enum: ['citizen', 'staff'] }).notNull(),
  status: text('status', { enum: ['active', 'invited', 'deactivated'] }).notNull().default('active'),
  /** TOTP secret (base32); set once the person confirmed a first code. */
  totpSecret: text('totp_secret'),
  totpEnabledAt: ts('totp_enabled_at'),
  /** The time step of the last accepted code: a code is accepted once (no replay). */
  totpLastStep: integer('totp_last_step'),
  /** Who invited a staff member. */
  invitedBy: uuid('invited_by'),
  preferredLanguage: text('preferred_language').notNull().default('de'),
  /** Only the demo loader sets this; the server warns loudly when such accounts exist in production. */
  demo: boolean('demo').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  lastSignInAt: ts('last_sign_in_at'),
}, (t) => [uniqueIndex('users_email_key').on(t.email)]);

/** Municipality-wide roles. */
export const userRoles = pgTable('user_roles', {
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['directory_editor', 'caseworker', 'team_lead', 'planner', 'data_protection_officer', 'administrator'] }).notNull(),
  grantedAt: ts('granted_at').notNull().defaultNow(),
  grantedBy: uuid('granted_by'),
}, (t) => [primaryKey({ columns: [t.userId, t.role] })]);

/** Roles within an organisation of the directory. */
export const memberships = pgTable('memberships', {
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['org_admin', 'editor', 'counsellor'] }).notNull(),
  grantedAt: ts('granted_at').notNull().defaultNow(),
  grantedBy: uuid('granted_by'),
}, (t) => [primaryKey({ columns: [t.userId, t.organizationId, t.role] }), index('memberships_organization_idx').on(t.organizationId)]);

export const recoveryCodes = pgTable('recovery_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  usedAt: ts('used_at'),
}, (t) => [index('recovery_codes_user_idx').on(t.userId)]);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  absoluteExpiresAt: ts('absolute_expires_at').notNull(),
  /** When the second factor was confirmed in this session. */
  mfaAt: ts('mfa_at'),
  ip: text('ip'),
  userAgent: text('user_agent'),
  revokedAt: ts('revoked_at'),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** Links sent by mail: e-mail verification, password reset, invitation, change of e-mail. */
export const oneTimeTokens = pgTable('one_time_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['verify_email', 'reset_password', 'invitation', 'change_email'] }).notNull(),
  data: jsonb('data').notNull().default({}),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
}, (t) => [uniqueIndex('one_time_tokens_hash_key').on(t.tokenHash), index('one_time_tokens_user_idx').on(t.userId)]);

/** Failed sign-ins per account and per IP address, for the growing delay (shared by all app instances). */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: ts('last_failure_at').notNull().defaultNow(),
  notifiedAt: ts('notified_at'),
});

export const oidcProviders = pgTable('oidc_providers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret'),
  audience: text('audience', { enum: ['staff', 'citizen'] }).notNull(),
  scopes: text('scopes').notNull().default('openid email profile'),
  enabled: boolean('enabled').notNull().default(true),
  /** 'environment': set by OIDC_* variables at start (its secret stays in the environment, never in this table). */
  configuredIn: text('configured_in', { enum: ['admin', 'environment'] }).notNull().default('admin'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * Sign-ins through OpenID Connect under way: state, nonce and PKCE verifier stay on the server (shared by
 * all instances), keyed by the SHA-256 of a random token in a short-lived cookie, used once.
 */
export const oidcSignInStates = pgTable('oidc_sign_in_states', {
  id: text('id').primaryKey(),
  providerId: text('provider_id').notNull().references(() => oidcProviders.id, { onDelete: 'cascade' }),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  /** Local path to go to after signing in. */
  next: text('next').notNull(),
  lang: text('lang').notNull().default('de'),
  expiresAt: ts('expires_at').notNull(),
}, (t) => [index('oidc_sign_in_states_expires_idx').on(t.expiresAt), index('oidc_sign_in_states_provider_idx').on(t.providerId)]);

export const oidcIdentities = pgTable('oidc_identities', {
  providerId: text('provider_id').notNull().references(() => oidcProviders.id, { onDelete: 'cascade' }),
  subject: text('subject').notNull(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  linkedAt: ts('linked_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.providerId, t.subject] }), index('oidc_identities_user_idx').on(t.userId)]);

import { z } from 'zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIP } from 'node:net';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const bool = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  ZUGANG_DATA_DIR: z.string().default(path.join(projectRoot, 'data', 'pglite')),
  ZUGANG_DEMO: z.enum(['on', 'off']).default('on'),
  ZUGANG_BASE_URL: z.string().url().optional(),
  ZUGANG_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  ZUGANG_TILE_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
  ZUGANG_TIMEZONE: z.string().default('Europe/Berlin'),
  ZUGANG_MUNICIPALITY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  // on/off, or the addresses (and CIDR ranges) of the proxies whose X-Forwarded-For is believed.
  TRUST_PROXY: z.string().transform((v, ctx) => {
    const flag = bool.safeParse(v.trim().toLowerCase());
    if (flag.success) return flag.data;
    const list = v.split(',').map((x) => x.trim()).filter(Boolean);
    const valid = list.length > 0 && list.every((x) => {
      const [address, bits, ...rest] = x.split('/');
      const version = isIP(address);
      return version !== 0 && rest.length === 0 && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128)));
    });
    if (!valid) { ctx.addIssue({ code: 'custom', message: 'on, off, or a comma-separated list of proxy addresses or CIDR ranges' }); return z.NEVER; }
    return list;
  }).optional(),
  /** Seals stored secrets (TOTP keys); at least 32 characters; required in production. */
  ZUGANG_SECRET_KEY: z.string().min(32, 'at least 32 characters').optional(),
  ZUGANG_STAFF_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  ZUGANG_CITIZEN_IDLE_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(120),
  ZUGANG_SESSION_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  // Mail over SMTP: SMTP_URL (smtp://user:password@host:587, smtps://… for TLS from the start) or its parts.
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: bool.optional(),
  MAIL_FROM: z.string().optional(),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  MAIL_OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  EVENT_REGISTRATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Unset: audit entries are kept for ever. The municipality's retention rule for logs, in days. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(36500).optional(),
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
});

/** How nodemailer reaches the SMTP server: a URL, or host and port with optional credentials. */
export type SmtpSettings = string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };

/** Development and tests only: a fixed key, so that a local database survives restarts. */
export const DEVELOPMENT_SECRET_KEY = 'zugang-development-key-never-use-in-production';
/**
 * One OpenID Connect provider, the same rules for the environment (OIDC_*) and the admin area. The id is
 * part of the redirect URI (/anmelden/sso/<id>/callback). Plain http issuers only outside production.
 */
export function oidcProviderSchema(production: boolean) {
  return z.object({
    id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    name: z.string().trim().min(1).max(80),
    issuer: z.string().trim().max(500).pipe(z.url({ protocol: production ? /^https$/ : /^https?$/ }))
      .refine((v) => !/[?#]/.test(v)),
    clientId: z.string().trim().min(1).max(200),
    clientSecret: z.string().trim().max(500).optional().transform((v) => v || undefined),
    audience: z.enum(['staff', 'citizen']),
    scopes: z.string().trim().max(300).default('openid email profile').transform((v) => v.split(/\s+/).filter(Boolean).join(' '))
      .refine((v) => v.split(' ').includes('openid') && /^[\w:./-]+( [\w:./-]+)*$/.test(v)),
  });
}
export type OidcProviderSettings = z.output<ReturnType<typeof oidcProviderSchema>>;

/**
 * OIDC_PROVIDERS=keycloak,buergerkonto names the providers; each one's settings come from
 * OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _AUDIENCE (staff|citizen), _NAME and _SCOPES
 * (the id in upper case, '-' as '_').
 */
function oidcProvidersFromEnv(env: NodeJS.ProcessEnv, production: boolean): { providers: OidcProviderSettings[]; problems: string[] } {
  const ids = (env.OIDC_PROVIDERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const providers: OidcProviderSettings[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const key = (suffix: string) => `OIDC_${id.toUpperCase().replace(/-/g, '_')}_${suffix}`;
    const value = (suffix: string) => env[key(suffix)] || undefined;
    const parsed = oidcProviderSchema(production).safeParse({
      id, name: value('NAME') ?? id, issuer: value('ISSUER'), clientId: value('CLIENT_ID'), clientSecret: value('CLIENT_SECRET'),
      audience: value('AUDIENCE'), scopes: value('SCOPES'),
    });
    if (parsed.success) providers.push(parsed.data);
    else problems.push(...parsed.error.issues.map((i) => {
      const field = String(i.path[0] ?? 'id');
      const suffix = ({ id: '', name: 'NAME', issuer: 'ISSUER', clientId: 'CLIENT_ID', clientSecret: 'CLIENT_SECRET', audience: 'AUDIENCE', scopes: 'SCOPES' } as Record<string, string>)[field];
      return `  ${suffix ? key(suffix) : `OIDC_PROVIDERS (${id})`}: ${i.message}`;
    }));
  }
  if (new Set(ids).size !== ids.length) problems.push('  OIDC_PROVIDERS: an id appears twice');
  return { providers, problems };
}

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  baseUrl?: string;
  tileUrl: string;
  tileAttribution: string;
  timezone: string;
  logLevel: string;
  /** Whether X-Forwarded-For names the client: from any proxy (true), from none (false), or from these addresses. */
  trustProxy: boolean | string[];
  secretKey: string;
  sessions: { staffIdleMinutes: number; citizenIdleMinutes: number; absoluteHours: number };
  /** Sign-in providers from the environment (more can be added in the admin area). */
  oidcProviders: OidcProviderSettings[];
  mail: {
    /** Without SMTP every mail stays in the outbox ('held'), readable by administrators. */
    smtp?: SmtpSettings;
    from: string;
    /** Delivery attempts after the first, with exponential backoff from retryDelaySeconds (at most an hour apart). */
    retryLimit: number;
    retryDelaySeconds: number;
    /** Sent, held and failed mails are deleted this many days after they were written. */
    retentionDays: number;
  };
  events: {
    /** Registrations (names, addresses, answers) are deleted this many days after the event; the counts stay. */
    registrationRetentionDays: number;
  };
  /** Audit entries are removed this many days after they were written (nightly, the chain re-anchored); unset: never. */
  auditRetentionDays?: number;
  /** Memory for rendered public pages (each kept a minute), in MB; 0 turns the page cache off. */
  pageCacheMb: number;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration in environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const smtp = smtpSettings(e);
  const oidc = oidcProvidersFromEnv(env, e.NODE_ENV === 'production');
  const problems = [...oidc.problems];
  if (smtp && !e.MAIL_FROM) problems.push('  MAIL_FROM: required when SMTP is configured (e.g. "Zugang Lindenau <noreply@lindenau.example>")');
  if (e.NODE_ENV === 'production' && !e.ZUGANG_SECRET_KEY) problems.push('  ZUGANG_SECRET_KEY: required in production (at least 32 random characters, e.g. `openssl rand -base64 48`)');
  if (problems.length) throw new ConfigError(`Invalid configuration in environment:\n${problems.join('\n')}`);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.ZUGANG_DATA_DIR),
    demo: e.ZUGANG_DEMO === 'on',
    baseUrl: e.ZUGANG_BASE_URL,
    tileUrl: e.ZUGANG_TILE_URL,
    tileAttribution: e.ZUGANG_TILE_ATTRIBUTION,
    timezone: e.ZUGANG_TIMEZONE,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    trustProxy: e.TRUST_PROXY ?? false,
    secretKey: e.ZUGANG_SECRET_KEY ?? DEVELOPMENT_SECRET_KEY,
    sessions: { staffIdleMinutes: e.ZUGANG_STAFF_IDLE_MINUTES, citizenIdleMinutes: e.ZUGANG_CITIZEN_IDLE_MINUTES, absoluteHours: e.ZUGANG_SESSION_HOURS },
    oidcProviders: oidc.providers,
    mail: { smtp, from: e.MAIL_FROM ?? 'noreply@localhost', retryLimit: e.MAIL_RETRY_LIMIT, retryDelaySeconds: e.MAIL_RETRY_DELAY_SECONDS, retentionDays: e.MAIL_OUTBOX_RETENTION_DAYS },
    events: { registrationRetentionDays: e.EVENT_REGISTRATION_RETENTION_DAYS },
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    pageCacheMb: e.PAGE_CACHE_MB,
    ...overrides,
  };
}

function smtpSettings(e: z.infer<typeof envSchema>): SmtpSettings | undefined {
  if (e.SMTP_URL) return e.SMTP_URL;
  if (!e.SMTP_HOST) return undefined;
  const port = e.SMTP_PORT ?? (e.SMTP_SECURE ? 465 : 587);
  return { host: e.SMTP_HOST, port, secure: e.SMTP_SECURE ?? port === 465,
    auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? '' } : undefined };
}

import { z } from 'zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  TRUST_PROXY: bool.optional(),
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
});

/** How nodemailer reaches the SMTP server: a URL, or host and port with optional credentials. */
export type SmtpSettings = string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };

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
  trustProxy: boolean;
  mail: {
    /** Without SMTP every mail stays in the outbox ('held'), readable by administrators. */
    smtp?: SmtpSettings;
    from: string;
    /** Delivery attempts after the first, with exponential backoff from retryDelaySeconds (at most an hour apart). */
    retryLimit: number;
    retryDelaySeconds: number;
  };
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
  if (smtp && !e.MAIL_FROM) throw new ConfigError('Invalid configuration in environment:\n  MAIL_FROM: required when SMTP is configured (e.g. "Zugang Lindenau <noreply@lindenau.example>")');
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
    mail: { smtp, from: e.MAIL_FROM ?? 'noreply@localhost', retryLimit: e.MAIL_RETRY_LIMIT, retryDelaySeconds: e.MAIL_RETRY_DELAY_SECONDS },
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

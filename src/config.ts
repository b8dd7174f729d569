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
});

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
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration in environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
    ...overrides,
  };
}

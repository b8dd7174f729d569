// The client address in the audit log: from X-Forwarded-For only when TRUST_PROXY says the proxy is trusted.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { buildApp } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { rows } from './db.ts';

let database: TestDatabase;
beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => { await database?.drop(); });

/** A failed sign-in (audited as session.create, denied) sent from `remoteAddress` with an X-Forwarded-For header. */
async function auditedIp(app: FastifyInstance, remoteAddress: string, marker: string): Promise<string | null> {
  const form = await app.inject({ method: 'GET', url: '/anmelden', remoteAddress });
  const csrf = form.body.match(/name="_csrf" value="([^"]+)"/)![1];
  const cookie = form.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const res = await app.inject({ method: 'POST', url: '/anmelden', remoteAddress,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.77' },
    payload: new URLSearchParams({ _csrf: csrf, email: `${marker}@example.org`, password: 'falsch-falsch' }).toString() });
  expect(res.statusCode).toBe(400);
  const [entry] = await rows<{ ip: string | null }>(database.db, sql`
    SELECT ip FROM audit_log WHERE action = 'session.create' AND details->>'reason' = 'invalid credentials'
    ORDER BY id DESC LIMIT 1`);
  return entry.ip;
}

async function withApp(env: Record<string, string>, fn: (app: FastifyInstance) => Promise<void>) {
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }), database });
  try { await fn(app); } finally { await app.close(); }
}

describe('TRUST_PROXY', () => {
  it('ignores X-Forwarded-For by default: the audit log names the connecting address', async () => {
    await withApp({}, async (app) => {
      expect(await auditedIp(app, '198.51.100.7', 'default')).toBe('198.51.100.7');
    });
  });

  it('takes the client address from X-Forwarded-For when the proxy is trusted (on)', async () => {
    await withApp({ TRUST_PROXY: 'on' }, async (app) => {
      expect(await auditedIp(app, '10.0.0.5', 'on')).toBe('203.0.113.77');
    });
  });

  it('believes only the listed proxies when TRUST_PROXY lists addresses', async () => {
    await withApp({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1' }, async (app) => {
      expect(await auditedIp(app, '10.1.2.3', 'listed')).toBe('203.0.113.77');
      expect(await auditedIp(app, '198.51.100.8', 'unlisted')).toBe('198.51.100.8');
    });
  });

  it('refuses to start with a value that is neither on/off nor addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'vielleicht' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(ConfigError);
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,::1' }).trustProxy).toEqual(['10.0.0.0/8', '::1']);
  });
});

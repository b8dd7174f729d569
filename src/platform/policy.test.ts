import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.ts';
import { PUBLIC_PREFIXES, isPermission } from './policy.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

describe('every route declares its permission', () => {
  it('lists all routes, each with a permission or under an explicit public prefix', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(10);
    const undeclared = t.app.routeTable.filter((r) => !isPermission(r.permission));
    expect(undeclared).toEqual([]);
    // What anyone may call without a permission of the vocabulary: operations, static files, signing in, a
    // provider's signed confirmation link, and the CORS preflights of the public read APIs.
    const publicRoutes = t.app.routeTable.filter((r) => r.permission === 'public' && !(r.method === 'OPTIONS' && r.url.startsWith('/api/'))).map((r) => r.url);
    for (const url of publicRoutes) {
      expect(['/health', '/ready', '/anmelden', '/registrieren', '/bestaetigen/:token', '/bestaetigen/neu', '/passwort-vergessen', '/passwort-neu/:token', '/anmelden/sso/:provider', '/anmelden/sso/:provider/callback', '/anmelden/code', '/einladung/:token', '/email-bestaetigen/:token', '/bestaetigen/angebot/:token'].includes(url) || PUBLIC_PREFIXES.some((p) => url.startsWith(p)), url).toBe(true);
    }
    // A preflight answers with headers only: no other method is public under /api/.
    expect(t.app.routeTable.filter((r) => r.permission === 'public' && r.url.startsWith('/api/') && r.method !== 'OPTIONS')).toEqual([]);
  });

  it('refuses to start with a route that declares no permission', async () => {
    const { buildApp } = await import('../app.ts');
    const { loadConfig } = await import('../config.ts');
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database: t.database });
    expect(() => app.get('/vergessen', async () => 'oops')).toThrow(/declares no permission/);
    await app.close();
  });
});

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
    const publicRoutes = t.app.routeTable.filter((r) => r.permission === 'public').map((r) => r.url);
    // What anyone may call without a permission of the vocabulary: operations, static files, signing in.
    for (const url of publicRoutes) {
      expect(['/health', '/ready', '/anmelden', '/registrieren', '/bestaetigen/:token', '/bestaetigen/neu', '/passwort-vergessen', '/passwort-neu/:token', '/anmelden/sso/:provider', '/anmelden/sso/:provider/callback', '/anmelden/code', '/einladung/:token', '/email-bestaetigen/:token'].includes(url) || PUBLIC_PREFIXES.some((p) => url.startsWith(p)), url).toBe(true);
    }
  });

  it('refuses to start with a route that declares no permission', async () => {
    const { buildApp } = await import('../app.ts');
    const { loadConfig } = await import('../config.ts');
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database: t.database });
    expect(() => app.get('/vergessen', async () => 'oops')).toThrow(/declares no permission/);
    await app.close();
  });
});

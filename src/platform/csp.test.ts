// The Content-Security-Policy: a fresh nonce in every response, on every script element of the page,
// also on pages served from the public-page cache; no script runs without it.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.ts';
import { makeService, squareDistrict } from '../test/factories.ts';
import { importServices } from '../modules/directory/importer.ts';
import { importDistricts } from '../modules/directory/districts.ts';

let t: TestApp;
const service = makeService({ name: 'Erziehungsberatung Nordstadt', lebenslagen: ['erziehungsberatung'], lat: 51.32, lon: 9.5 });
beforeAll(async () => {
  t = await createTestApp();
  await importDistricts(t.database.db, { type: 'FeatureCollection', features: [squareDistrict('nord', 'Nordstadt', 51.32, 9.50)] });
  await importServices(t.database.db, [service]);
});
afterAll(async () => { await t?.close(); });

const get = (url: string) => t.app.inject({ method: 'GET', url });

function headerNonce(csp: string): string {
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
  expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
  return scriptSrc.match(/'nonce-([^']+)'/)![1];
}

function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/g) ?? [];
}

describe('Content-Security-Policy with nonces', () => {
  it('gives every response its own nonce, and every script element of the page carries exactly that nonce', async () => {
    // Cached public pages (home, district, service), a page rendered per request (sign-in) and an error page.
    for (const url of ['/', '/sozialraeume/nord', `/angebote/${service.id}`, '/anmelden', '/gibt-es-nicht']) {
      const first = await get(url);
      const second = await get(url);
      const [a, b] = [headerNonce(String(first.headers['content-security-policy'])), headerNonce(String(second.headers['content-security-policy']))];
      expect(a, url).not.toBe(b);
      for (const [res, nonce] of [[first, a], [second, b]] as const) {
        const tags = scriptTags(res.body);
        expect(tags.length, url).toBeGreaterThan(0);
        for (const tag of tags) expect(tag, url).toContain(` nonce="${nonce}"`);
        // No inline script: a script element either loads a file or is a non-executable JSON data block.
        for (const tag of tags) expect(tag, url).toMatch(/\bsrc="\/assets\/js\/|type="application\/json"/);
      }
    }
  });

  it('never leaks the placeholder of cached pages, and keeps the rest of the policy strict', async () => {
    const res = await get('/');
    expect(res.body).not.toMatch(/zugang-nonce-/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src-attr 'none'");
  });
});

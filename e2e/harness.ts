// Browser tests: the real server (same app, real HTTP port) on a fresh database with the demo
// municipality, driven by Debian's Chromium through playwright-core, checked with axe.
import { chromium, type Browser, type Page } from 'playwright-core';
import { generate } from 'otplib';
import { secretBox } from '../src/platform/secrets.ts';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createTestDatabase, type TestDatabase } from '../src/test/db.ts';
import { loadDemoWithSettings } from '../src/demo/load.ts';

export type Harness = { baseUrl: string; browser: Browser; app: FastifyInstance; database: TestDatabase; close(): Promise<void> };

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function startHarness(opts: { demo?: boolean } = {}): Promise<Harness> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const database = await createTestDatabase();
  if (opts.demo !== false) await loadDemoWithSettings(database.db);
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ZUGANG_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' }), database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`, browser, app, database,
    async close() { await browser.close(); await app.close(); await database.drop(); },
  };
}

/** Serious or critical WCAG 2.1 A/AA violations on the page (the bar is: none). */
export async function accessibilityViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
}

/** The second-factor key of the staff people the browser tests create (sealed like any other). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export function sealedTestSecret(h: Harness) {
  return { totpSecret: secretBox(h.app.config.secretKey).seal(TEST_TOTP_SECRET), totpEnabledAt: new Date() };
}

const usedSteps = new Map<string, number>();
/**
 * A second-factor code for `secret` whose time step this test process has not handed out before: the server
 * accepts each step once (no replay), so a second sign-in within the same 30 seconds uses the next step's code
 * (the server accepts one step ahead), and a third waits for the clock.
 */
export async function freshCode(secret = TEST_TOTP_SECRET): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 1000);
    const current = Math.floor(now / 30);
    const step = Math.max(current, (usedSteps.get(secret) ?? -1) + 1);
    // One step ahead is accepted, but not within the last seconds of the current step (it would lapse in transit).
    if (step === current || (step === current + 1 && now % 30 < 25)) {
      usedSteps.set(secret, step);
      return generate({ secret, epoch: step * 30 });
    }
    // Wait until that step is current, or the one before it has just begun.
    const until = step === current + 1 ? step * 30 : (step - 1) * 30;
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, until - now) * 1000));
  }
}

/** Signs in through the form; where the account has a second factor, enters a fresh code. */
export async function signInInBrowser(page: Page, baseUrl: string, email: string, password: string) {
  if (!page.url().includes('/anmelden')) await page.goto(`${baseUrl}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForLoadState();
  if (new URL(page.url()).pathname === '/anmelden/code') {
    await page.getByLabel('Code', { exact: true }).fill(await freshCode());
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await page.waitForLoadState();
  }
}

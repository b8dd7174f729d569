// Browser tests: the real server (same app, real HTTP port) on a fresh database with the demo
// municipality, driven by Debian's Chromium through playwright-core, checked with axe.
import { chromium, type Browser, type Page } from 'playwright-core';
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

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, accessibilityViolations, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

async function open(path: string, opts: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await h.browser.newContext({ javaScriptEnabled: opts.javaScript ?? true, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const res = await page.goto(h.baseUrl + path);
  expect(res?.status(), path).toBeLessThan(400);
  return page;
}

describe('family information system in the browser', () => {
  it('finds a counselling centre from the home page and shows how to reach it', async () => {
    const page = await open('/');
    await page.getByLabel('Was suchen Sie?').fill('Erziehungsberatung');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\/suche\?/);
    const first = page.locator('.result__title a').first();
    await expect.poll(() => first.textContent()).toMatch(/Erziehungsberatung/i);
    await first.click();
    await page.waitForURL(/\/angebote\//);
    expect(await page.locator('h1').textContent()).toMatch(/Erziehungsberatung/i);
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('works without JavaScript: search, filter and open a service', async () => {
    const page = await open('/', { javaScript: false });
    await page.getByLabel('Was suchen Sie?').fill('Kita');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/q=Kita/);
    await page.getByLabel(/Kostenfrei/).check();
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/kostenfrei=1/);
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    await page.locator('.result__title a').first().click();
    await page.waitForURL(/\/angebote\//);
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });

  it('switches the whole page to Arabic, right to left', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(/lang=ar/);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.context().close();
  });

  for (const lang of ['de', 'ar'] as const) {
    it(`has no serious or critical accessibility violations on the public pages (${lang})`, async () => {
      const q = lang === 'de' ? '' : `lang=${lang}`;
      const page = await open(`/${q ? `?${q}` : ''}`);
      const pages: string[] = ['/', `/suche?q=Beratung`, '/sozialraeume'];
      const serviceHref = await (await open(`/suche?q=Beratung${q ? `&${q}` : ''}`)).locator('.result__title a').first().getAttribute('href');
      const orgHref = await (await open(serviceHref!)).locator('.service__org a').getAttribute('href');
      const districtHref = await (await open(`/sozialraeume${q ? `?${q}` : ''}`)).locator('table a').first().getAttribute('href');
      pages.push(serviceHref!, orgHref!, districtHref!);
      const problems: string[] = [];
      for (const p of pages) {
        const url = p.includes('lang=') || !q ? p : `${p}${p.includes('?') ? '&' : '?'}${q}`;
        await page.goto(h.baseUrl + url);
        for (const v of await accessibilityViolations(page)) problems.push(`${url}: ${v}`);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});

// The portal network in the browser: an administrator subscribes to a source (this same server's own HSDS
// API stands in for the neighbour), sees the outcome of the pull, and a visitor sees the foreign entry
// labelled, and filters it out with "Nur unser Landkreis". Every page passes axe.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, accessibilityViolations, sealedTestSecret, signInInBrowser, type Harness } from './harness.ts';
import { users, userRoles } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { importServices } from '../src/modules/directory/importer.ts';
import { makeService } from '../src/test/factories.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ demo: false });
  await importServices(h.database.db, [makeService({ name: 'Familienberatung Heidekamp', lat: 53.3, lon: 9.9 })]);
  const [admin] = await h.database.db.insert(users).values({ email: 'admin@kreis.example', displayName: 'Admin', kind: 'staff',
    passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date(), ...sealedTestSecret(h) }).returning({ id: users.id });
  await h.database.db.insert(userRoles).values({ userId: admin.id, role: 'administrator' });
});
afterAll(async () => { await h?.close(); });

describe('portal network in the browser', () => {
  it('an administrator subscribes to a source, the search shows its entries labelled and filters them out; the pages pass axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/verwaltung/quellen`);
    await signInInBrowser(page, h.baseUrl, 'admin@kreis.example', 'Lindenblüte am Markt');
    await page.goto(`${h.baseUrl}/verwaltung/quellen`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A wrong address: the error summary, the message at the field, what was typed kept.
    await page.getByLabel('Adresse der HSDS-Schnittstelle').fill('ftp://nordheide.example/api');
    await page.getByLabel('Bezeichnung').fill('Landkreis Nordheide');
    await page.getByRole('button', { name: 'Quelle abonnieren' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.kern-error').first().textContent()).toContain('https://');
    expect(await page.getByLabel('Bezeichnung').inputValue()).toBe('Landkreis Nordheide');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Adresse der HSDS-Schnittstelle').fill(`${h.baseUrl}/api/hsds`);
    await page.getByRole('button', { name: 'Quelle abonnieren' }).click();
    await page.waitForURL(/hinweis=added/);
    // The first pull runs as a job.
    for (let i = 0; i < 60; i++) {
      await page.reload();
      if ((await page.locator('.source-status').first().getAttribute('data-status')) === 'ok') break;
      await page.waitForTimeout(500);
    }
    expect(await page.locator('.source-status').first().textContent()).toBe('Erfolgreich');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${h.baseUrl}/suche?q=Familienberatung`);
    expect(await page.getByText('Angebot aus Landkreis Nordheide').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/Nur unser Landkreis/).check();
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/herkunft=lokal/);
    expect(await page.getByText('Angebot aus Landkreis Nordheide').count()).toBe(0);
    expect(await page.getByText('Familienberatung Heidekamp').count()).toBeGreaterThan(0);
    await context.close();
  });
});

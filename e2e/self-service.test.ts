// Provider self-service in the browser, on the demo municipality: the demo provider editor of Caritas
// (redaktion@caritas-lindenau.example) signs in with the second factor, opens the services of Caritas,
// changes the opening hours of one (first with a mistake: the summary and the message beside the field,
// nothing typed lost), sends the change for review, and sees it waiting. Every page passes axe. The same
// works with JavaScript switched off, including "add more opening hours".
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { eq, sql } from 'drizzle-orm';
import { startHarness, accessibilityViolations, sealedTestSecret, signInInBrowser, type Harness } from './harness.ts';
import { users } from '../src/modules/accounts/schema.ts';
import { DEMO_PASSWORD } from '../src/demo/accounts.ts';
import { demoId } from '../src/demo/random.ts';
import { rows } from '../src/platform/db.ts';

const EMAIL = 'redaktion@caritas-lindenau.example';
const SERVICE = demoId('service/caritas/sozialberatung');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // The demo staff's second factor, with the key the browser tests compute codes from.
  await h.database.db.update(users).set(sealedTestSecret(h)).where(eq(users.email, EMAIL));
  // The demo has a change of this service waiting already; this test starts from the published state.
  await h.database.db.execute(sql`UPDATE service_changes SET status = 'withdrawn' WHERE service_id = ${SERVICE} AND status = 'pending'`);
});
afterAll(async () => { await h?.close(); });

const newPage = async (browser: Browser, javaScript = true) =>
  (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 }, javaScriptEnabled: javaScript })).newPage();
const pending = () => rows<{ proposed: { schedules: { byday?: string; opens_at?: string; closes_at?: string; description?: string }[] } }>(h.database.db, sql`
  SELECT proposed FROM service_changes WHERE service_id = ${SERVICE} AND status = 'pending'`);

describe('provider self-service in the browser', () => {
  it('the Caritas editor changes the opening hours of a service and sends them for review', async () => {
    const page = await newPage(h.browser);
    await signInInBrowser(page, h.baseUrl, EMAIL, DEMO_PASSWORD);
    await page.goto(`${h.baseUrl}/verwaltung`);
    await page.getByRole('link', { name: 'Angebote pflegen' }).click();
    await page.waitForURL(/\/verwaltung\/angebote$/);
    expect(await page.locator('main').textContent()).toContain('Allgemeine Sozialberatung der Caritas');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /^Bearbeiten\s*: Allgemeine Sozialberatung der Caritas$/ }).click();
    await page.waitForURL(/\/bearbeiten$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A mistake first: the closing time before the opening time.
    const thursday = page.getByRole('group', { name: /^Öffnungszeit \d$/ }).filter({ has: page.getByRole('checkbox', { name: 'Donnerstag', checked: true }) });
    await thursday.getByLabel('Bis').fill('13:00');
    await page.getByLabel('Nachricht an die Redaktion (freiwillig)').fill('Donnerstags länger');
    await page.getByRole('button', { name: 'Zur Prüfung senden' }).last().click();
    await page.locator('.error-summary').waitFor({ timeout: 30_000 });
    expect(await page.locator('.error-summary').textContent()).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(await page.getByLabel('Nachricht an die Redaktion (freiwillig)').inputValue()).toBe('Donnerstags länger');
    expect(await accessibilityViolations(page)).toEqual([]);

    const row = page.getByRole('group', { name: /^Öffnungszeit \d$/ }).filter({ has: page.getByRole('checkbox', { name: 'Donnerstag', checked: true }) });
    await row.getByLabel('Bis').fill('18:00');
    await page.getByRole('button', { name: 'Zur Prüfung senden' }).last().click();
    await page.waitForURL(/eingereicht=/);
    expect(await page.locator('main').textContent()).toContain('Ihre Änderung wartet auf Prüfung durch die Redaktion');
    expect(await accessibilityViolations(page)).toEqual([]);
    const [change] = await pending();
    expect(change.proposed.schedules).toContainEqual(expect.objectContaining({ byday: 'TH', opens_at: '14:00', closes_at: '18:00' }));
    // The public page still shows the published hours until the editors approve.
    await page.goto(`${h.baseUrl}/angebote/${SERVICE}`);
    expect(await page.locator('main').textContent()).toContain('14:00');
    expect(await page.locator('main').textContent()).not.toContain('18:00');
  }, 120_000);

  it('works without JavaScript: more rows for opening hours, by appointment, sending', async () => {
    const page = await newPage(h.browser, false);
    await signInInBrowser(page, h.baseUrl, EMAIL, DEMO_PASSWORD);
    await page.goto(`${h.baseUrl}/verwaltung/angebote/${SERVICE}/bearbeiten`);
    // The form starts from the change waiting for review.
    expect(await page.locator('main').textContent()).toContain('Eine Änderung wartet auf Prüfung');
    const before = await page.getByRole('group', { name: /^Öffnungszeit \d+$/ }).count();
    await page.getByRole('button', { name: 'Weitere Öffnungszeiten hinzufügen' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('group', { name: /^Öffnungszeit \d+$/ }).count()).toBe(before + 3);
    expect(await page.getByLabel('Nachricht an die Redaktion (freiwillig)').inputValue()).toBe('');
    const fresh = page.getByRole('group', { name: `Öffnungszeit ${before + 1}` });
    await fresh.getByRole('checkbox', { name: 'Freitag' }).check();
    await fresh.getByLabel('Von').fill('09:00');
    await fresh.getByLabel('Bis').fill('11:00');
    await page.getByLabel('Termine nur nach Vereinbarung').check();
    await page.getByRole('button', { name: 'Zur Prüfung senden' }).last().click();
    await page.waitForURL(/eingereicht=/);
    expect(await page.locator('main').textContent()).toContain('Ihre Änderung wartet auf Prüfung durch die Redaktion');
    const [change] = await pending();
    expect(change.proposed.schedules).toContainEqual(expect.objectContaining({ byday: 'FR', opens_at: '09:00', closes_at: '11:00' }));
    expect(change.proposed.schedules).toContainEqual(expect.objectContaining({ byday: 'TH', closes_at: '18:00' }));
    expect(change.proposed.schedules).toContainEqual(expect.objectContaining({ description: 'Termine nur nach Vereinbarung' }));
  }, 120_000);
});

// Issue 4's "done when" in the browser, on the demo municipality: a provider editor changes a service's
// opening hours → the directory editor sees the difference in the queue and approves → the public page
// shows the new hours → the version history shows both. Every new page passes axe (the queue, the change,
// the history, a version, the provider's confirmation page).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { startHarness, accessibilityViolations, sealedTestSecret, signInInBrowser, type Harness } from './harness.ts';
import { users, userRoles, memberships } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { rows } from '../src/platform/db.ts';
import { confirmationToken } from '../src/modules/editorial/index.ts';

const PROVIDER = 'angebote@caritas-lindenau.example';
const EDITOR = 'wegweiser@lindenau.example';
const PASSWORD = 'Rathaus am Markt 1';
let h: Harness;
let caritas: string;
let service: { id: string; name: string };

beforeAll(async () => {
  h = await startHarness();
  const db = h.database.db;
  [{ id: caritas }] = await rows<{ id: string }>(db, sql`SELECT id FROM organizations WHERE name = 'Caritasverband für die Stadt Lindenau e.V.'`);
  // A Caritas service without a pending change from the demo data.
  [service] = await rows<{ id: string; name: string }>(db, sql`SELECT s.id, s.name FROM services s WHERE s.organization_id = ${caritas} AND s.status = 'active'
    AND NOT EXISTS (SELECT 1 FROM service_changes c WHERE c.service_id = s.id) AND NOT EXISTS (SELECT 1 FROM service_versions v WHERE v.service_id = s.id) ORDER BY s.name LIMIT 1`);
  const hash = await hashPassword(PASSWORD);
  const [provider] = await db.insert(users).values({ email: PROVIDER, displayName: 'Lena Vogt', kind: 'staff', passwordHash: hash, emailVerifiedAt: new Date(), ...sealedTestSecret(h) }).returning();
  await db.insert(memberships).values({ userId: provider.id, organizationId: caritas, role: 'editor' });
  const [editor] = await db.insert(users).values({ email: EDITOR, displayName: 'Kai Wegweiser', kind: 'staff', passwordHash: hash, emailVerifiedAt: new Date(), ...sealedTestSecret(h) }).returning();
  await db.insert(userRoles).values({ userId: editor.id, role: 'directory_editor' });
});
afterAll(async () => { await h?.close(); });

const newPage = async (browser: Browser) => (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage();

describe('editorial review in the browser', () => {
  it('provider changes opening hours → editor sees the difference and approves → public page shows the new hours → history shows both', async () => {
    expect(service).toBeDefined();
    // 1. The provider editor changes the opening hours in the self-service form: Monday 07:30–11:45.
    const provider = await newPage(h.browser);
    await signInInBrowser(provider, h.baseUrl, PROVIDER, PASSWORD);
    await provider.goto(`${h.baseUrl}/verwaltung/angebote/${service.id}/bearbeiten`);
    const first = provider.getByRole('group', { name: 'Öffnungszeit 1' });
    for (const box of await first.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
    await first.getByRole('checkbox', { name: 'Montag' }).check();
    await first.getByLabel('Von').fill('07:30');
    await first.getByLabel('Bis').fill('11:45');
    await provider.getByLabel('Nachricht an die Redaktion (freiwillig)').fill('Montags früher geöffnet.');
    await provider.getByRole('button', { name: 'Zur Prüfung senden' }).last().click();
    await provider.waitForURL(/eingereicht=/);
    expect(await provider.locator('main').textContent()).toContain('Ihre Änderung wartet auf Prüfung durch die Redaktion');
    await provider.context().close();

    // 2. The directory editor finds it in the queue, sees the difference and approves.
    const page = await newPage(h.browser);
    await signInInBrowser(page, h.baseUrl, EDITOR, PASSWORD);
    await page.goto(`${h.baseUrl}/verwaltung/redaktion`);
    expect(await page.locator('h1').textContent()).toBe('Redaktion: Änderungen prüfen');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: service.name, exact: true }).click();
    await page.waitForURL(/\/verwaltung\/redaktion\/[0-9a-f-]{36}$/);
    const diff = page.getByRole('table', { name: /Unterschiede zum veröffentlichten Stand/ });
    const hoursRow = diff.getByRole('row', { name: /Öffnungszeiten/ });
    expect(await hoursRow.textContent()).toContain('Mo 07:30–11:45');
    expect(await page.locator('main').textContent()).toContain('Montags früher geöffnet.');
    expect(await page.locator('main').textContent()).toContain('Lena Vogt');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Sending back without a comment: the error summary, nothing decided.
    await page.getByRole('button', { name: 'Mit Begründung zurückgeben' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Bitte schreiben Sie dem Träger');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click();
    await page.waitForURL(/\/verwaltung\/redaktion\?erledigt=freigegeben$/);
    expect(await page.getByRole('status').textContent()).toContain('freigegeben und veröffentlicht');

    // 3. The public page shows the new hours at once.
    await page.goto(`${h.baseUrl}/angebote/${service.id}`);
    expect(await page.locator('main').textContent()).toContain('07:30–11:45');

    // 4. The version history shows both states.
    await page.goto(`${h.baseUrl}/verwaltung/angebote/${service.id}/versionen`);
    const history = page.getByRole('table', { name: 'Versionen' });
    expect(await history.getByRole('row').count()).toBe(3);
    expect(await history.textContent()).toContain('Kai Wegweiser');
    expect(await history.textContent()).toContain('Import');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Version 2' }).click();
    const compare = page.getByRole('table', { name: 'Unterschiede zwischen Version 1 und Version 2' });
    const row = await compare.getByRole('row', { name: /Öffnungszeiten/ }).textContent();
    expect(row).toContain('Mo 07:30–11:45');
    // Before the change the demo's hours: the first column of the row holds them, not the new line.
    expect(await compare.getByRole('row', { name: /Öffnungszeiten/ }).locator('td').first().textContent()).not.toContain('07:30–11:45');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${h.baseUrl}/verwaltung/angebote/${service.id}/versionen/1`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the provider’s one-click confirmation page passes axe', async () => {
    const page = await newPage(h.browser);
    await page.goto(`${h.baseUrl}/bestaetigen/angebot/${confirmationToken(h.app.config.secretKey, service.id)}`);
    expect(await page.locator('h1').textContent()).toBe('Eintrag bestätigen');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, die Angaben sind aktuell' }).click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBe('Danke für Ihre Bestätigung');
    expect(await accessibilityViolations(page)).toEqual([]);
    const [s] = await rows<{ assured: string }>(h.database.db, sql`SELECT assured_date::text AS assured FROM services WHERE id = ${service.id}`);
    expect(s.assured).toBe(new Date().toISOString().slice(0, 10));
    await page.context().close();
  });
});

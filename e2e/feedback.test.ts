// In Chromium: a visitor answers "did this help?" and reports a wrong entry on the (cached) service page,
// with the form's errors on the way; a directory editor sees the report and closes it. Every state of the
// pages passes axe, and a confidential location shows "address on request" without map or address.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, accessibilityViolations, sealedTestSecret, signInInBrowser, type Harness } from './harness.ts';
import { users, userRoles } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { importServices } from '../src/modules/directory/importer.ts';
import { makeService } from '../src/test/factories.ts';

let h: Harness;
const PASSWORD = 'Lindenblüte am Markt';
const service = makeService({ name: 'Erziehungsberatung Nordstadt', lebenslagen: ['erziehungsberatung'], lat: 51.32, lon: 9.5, phone: '+49 561 555 0101',
  hours: [{ byday: 'MO,TU,WE', opens: '09:00', closes: '16:00' }] });
const shelter = makeService({ name: 'Frauenhaus Nordstadt', lebenslagen: ['haeusliche-gewalt'], lat: 51.33, lon: 9.51, street: 'Geheimgasse 4', phone: '+49 561 555 0102' });
(shelter.service_at_locations![0].location as Record<string, unknown>).confidential = true;

beforeAll(async () => {
  h = await startHarness({ demo: false });
  const db = h.database.db;
  await importServices(db, [service, shelter]);
  const [editor] = await db.insert(users).values({ email: 'redaktion@example.org', displayName: 'Rita Redaktion', kind: 'staff', passwordHash: await hashPassword(PASSWORD),
    emailVerifiedAt: new Date(), ...sealedTestSecret(h) }).returning();
  await db.insert(userRoles).values({ userId: editor.id, role: 'directory_editor' });
});
afterAll(async () => { await h?.close(); });

describe('feedback in the browser', () => {
  it('a visitor answers and reports; a directory editor closes the report; every page passes axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/angebote/${service.id}`);
    expect(await page.getByRole('group', { name: 'Hat Ihnen dieser Eintrag geholfen?' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A person takes more than three seconds to read before answering.
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Ja', exact: true }).click();
    await page.waitForLoadState();
    expect(page.url()).toContain('danke=hilfreich');
    expect(await page.getByRole('status').textContent()).toContain('Vielen Dank für Ihre Antwort');

    // The report form: nothing chosen, an invalid address → errors beside the fields, all kept.
    await page.getByText('Stimmt etwas nicht? Fehler melden').click();
    await page.getByLabel('Ihre E-Mail-Adresse (optional)').fill('falsch');
    await page.getByLabel(/Was ist falsch\?/).fill('Die Telefonnummer stimmt nicht mehr.');
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.error-summary').textContent()).toContain('Bitte wählen Sie, was nicht stimmt.');
    expect(await page.getByLabel(/Was ist falsch\?/).inputValue()).toBe('Die Telefonnummer stimmt nicht mehr.');
    expect(await page.getByLabel('Ihre E-Mail-Adresse (optional)').inputValue()).toBe('falsch');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Was stimmt nicht?').selectOption('contact');
    await page.getByLabel('Ihre E-Mail-Adresse (optional)').fill('hinweis@example.org');
    await page.waitForTimeout(3200);
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    await page.waitForLoadState();
    expect(page.url()).toContain('danke=meldung');
    expect(await page.getByRole('status').first().textContent()).toContain('Ihre Meldung ist bei der Redaktion angekommen');
    expect(await accessibilityViolations(page)).toEqual([]);

    const staff = await (await h.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage();
    await signInInBrowser(staff, h.baseUrl, 'redaktion@example.org', PASSWORD);
    await staff.goto(`${h.baseUrl}/verwaltung/rueckmeldungen`);
    expect(await staff.locator('table').first().textContent()).toContain('Die Telefonnummer stimmt nicht mehr.');
    expect(await accessibilityViolations(staff)).toEqual([]);
    // The demo's own reports are listed too: the one sent here is marked done in its row.
    await staff.getByRole('row').filter({ hasText: 'Die Telefonnummer stimmt nicht mehr.' }).getByRole('button', { name: /^Erledigt/ }).click();
    await staff.waitForLoadState();
    expect(await staff.getByRole('status').textContent()).toContain('als erledigt markiert');
    expect(await staff.locator('main').textContent()).not.toContain('Die Telefonnummer stimmt nicht mehr.');
    expect(await accessibilityViolations(staff)).toEqual([]);
  });

  it('a confidential location shows "address on request", no address and no map; the page passes axe', async () => {
    const page = await (await h.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${h.baseUrl}/angebote/${shelter.id}`);
    const text = await page.locator('main').textContent();
    expect(text).toContain('Adresse auf Anfrage');
    expect(text).toContain('+49 561 555 0102');
    expect(text).not.toContain('Geheimgasse');
    expect(await page.locator('#service-map').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

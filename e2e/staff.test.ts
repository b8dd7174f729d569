// Staff in the browser: an administrator (with a second factor) invites a caseworker, who accepts, sets up
// TOTP, saves the recovery codes, signs in again with a code and then with a recovery code.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, accessibilityViolations, freshCode, type Harness } from './harness.ts';
import { users, userRoles } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { secretBox } from '../src/platform/secrets.ts';
import { outboxFor } from '../src/platform/mail/index.ts';

const ADMIN_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ demo: false });
  const box = secretBox(h.app.config.secretKey);
  const [admin] = await h.database.db.insert(users).values({ email: 'admin@lindenau.example', displayName: 'Frank Richter', kind: 'staff',
    passwordHash: await hashPassword('Rathaus am Markt 1'), emailVerifiedAt: new Date(), totpSecret: box.seal(ADMIN_SECRET), totpEnabledAt: new Date() }).returning();
  await h.database.db.insert(userRoles).values({ userId: admin.id, role: 'administrator' });
});
afterAll(async () => { await h?.close(); });

describe('staff accounts in the browser', () => {
  it('invitation → password → TOTP setup → recovery codes → sign-in with a code → sign-in with a recovery code; every page passes axe', async () => {
    const adminContext = await h.browser.newContext({ locale: 'de-DE' });
    const admin = await adminContext.newPage();
    await admin.goto(`${h.baseUrl}/verwaltung/benutzer`);
    await admin.getByLabel('E-Mail-Adresse').fill('admin@lindenau.example');
    await admin.getByLabel('Passwort').fill('Rathaus am Markt 1');
    await admin.getByRole('button', { name: 'Anmelden' }).click();
    await admin.waitForURL(/\/anmelden\/code/);
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.getByLabel('Code', { exact: true }).fill(await freshCode(ADMIN_SECRET));
    await admin.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await admin.waitForURL(/\/verwaltung\/benutzer$/);
    expect(await admin.locator('table').textContent()).toContain('Frank Richter');
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin.getByRole('link', { name: 'Mitarbeitende einladen' }).click();
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.getByLabel('Name', { exact: true }).fill('Tobias Neumann');
    await admin.getByRole('button', { name: 'Einladung senden' }).click();
    await expect.poll(() => admin.locator('.error-summary').textContent()).toContain('gültige E-Mail-Adresse');
    expect(await admin.getByLabel('Name', { exact: true }).inputValue()).toBe('Tobias Neumann');
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.getByLabel('E-Mail-Adresse').fill('asd@lindenau.example');
    await admin.getByLabel(/^Fachkraft \(Fallarbeit\)/).check();
    await admin.getByRole('button', { name: 'Einladung senden' }).click();
    await admin.waitForURL(/eingeladen=1/);
    expect(await admin.getByRole('status').first().textContent()).toContain('Die Einladung ist verschickt.');
    await admin.getByRole('link', { name: 'Tobias Neumann' }).click();
    expect(await admin.locator('main').textContent()).toContain('eingeladen');
    expect(await accessibilityViolations(admin)).toEqual([]);

    const [mail] = await outboxFor(h.database.db, 'asd@lindenau.example');
    const link = mail.textBody.match(/https?:\/\/\S+\/einladung\/\S+/)![0];
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.locator('main').textContent()).toContain('Willkommen, Tobias Neumann');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Passwort').fill('Rathausplatz sieben 7');
    await page.getByRole('button', { name: 'Passwort festlegen und anmelden' }).click();
    await page.waitForURL(/\/konto\/zwei-faktor/);
    expect(await page.locator('main').textContent()).toContain('Pflicht für Ihre Rolle');
    expect(await page.locator('.qr svg').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    const secret = (await page.locator('.secret-key').textContent())!.replace(/\s/g, '');
    await page.getByLabel('Code', { exact: true }).fill('000000');
    await page.getByRole('button', { name: 'Zweiten Faktor einschalten' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Der Code stimmt nicht');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Code', { exact: true }).fill(await freshCode(secret));
    await page.getByRole('button', { name: 'Zweiten Faktor einschalten' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ihre Wiederherstellungscodes');
    const codes = await page.locator('.recovery-codes code').allTextContents();
    expect(codes).toHaveLength(10);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Codes gesichert/ }).click();
    await page.waitForURL(/\/konto$/);
    expect(await page.locator('main').textContent()).toContain('eingeschaltet');
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();

    // Signing in again: password, then a code from the app.
    const signInWith = async (code: string) => {
      await page.goto(`${h.baseUrl}/anmelden`);
      await page.getByLabel('E-Mail-Adresse').fill('asd@lindenau.example');
      await page.getByLabel('Passwort').fill('Rathausplatz sieben 7');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.waitForURL(/\/anmelden\/code/);
      await page.getByLabel('Code', { exact: true }).fill(code);
      await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    };
    await signInWith(await freshCode(secret));
    await page.waitForURL(/\/konto$/);
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();

    // And with a recovery code, as after losing the phone.
    await signInWith(codes[0]);
    await page.waitForURL(/wiederherstellung=1/);
    expect(await page.locator('main').textContent()).toContain('Noch 9 Wiederherstellungscodes übrig.');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The administrator sees the second factor in the list.
    await admin.goto(`${h.baseUrl}/verwaltung/benutzer?q=neumann`);
    expect(await admin.locator('table').textContent()).toMatch(/Tobias Neumann.*aktiv.*eingerichtet/s);
    await context.close();
    await adminContext.close();
  });
});

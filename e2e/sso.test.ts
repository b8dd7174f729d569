import { secretBox } from '../src/platform/secrets.ts';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, accessibilityViolations, freshCode, type Harness } from './harness.ts';
import { startOidcProvider, type TestProvider } from '../src/test/oidc-provider.ts';
import { oidcProviders, userRoles, users } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';

const ADMIN_TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let h: Harness;
let idp: TestProvider;
beforeAll(async () => {
  h = await startHarness({ demo: false });
  idp = await startOidcProvider({
    redirectUris: [`${h.baseUrl}/anmelden/sso/buergerkonto/callback`, `${h.baseUrl}/anmelden/sso/verwaltung/callback`],
    users: {
      anna: { email: 'anna@example.org', email_verified: true, name: 'Anna Berg' },
      fremd: { email: 'fremd@kreis.example', email_verified: true, name: 'Fremde Person' },
    },
  });
  await h.database.db.insert(oidcProviders).values([
    { id: 'buergerkonto', name: 'Bürgerkonto', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, audience: 'citizen' },
    { id: 'verwaltung', name: 'Verwaltungsportal', issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, audience: 'staff' },
  ]);
  const [admin] = await h.database.db.insert(users).values({ email: 'admin@kreis.example', displayName: 'Admin', kind: 'staff',
    passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date(),
    // Administrators have a second factor (they see personal data).
    totpSecret: secretBox(h.app.config.secretKey).seal(ADMIN_TOTP), totpEnabledAt: new Date() }).returning({ id: users.id });
  await h.database.db.insert(userRoles).values({ userId: admin.id, role: 'administrator' });
});
afterAll(async () => { await idp?.close(); await h?.close(); });

/** The in-process provider's own (development) login and consent pages. */
async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('beliebig');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('single sign-on in the browser', () => {
  it('signs a citizen in through the provider\'s login and consent pages and lands at the account; the pages pass axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/konto`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Anmelden mit Bürgerkonto' }).click();
    await signInAtProvider(page, 'anna');
    await page.waitForURL(`${h.baseUrl}/konto`);
    expect(await page.locator('h1').textContent()).toContain('Anna Berg');
    expect(await page.getByRole('table', { name: 'Wo Sie angemeldet sind' }).textContent()).toContain('diese Sitzung');
    expect(await page.locator('#sign-in-services-list').textContent()).toContain('Bürgerkonto');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The account has no password: removing its only way in is refused, with the reason beside the list.
    await page.getByRole('button', { name: /Verknüpfung lösen.*Bürgerkonto/ }).click();
    await page.waitForURL(`${h.baseUrl}/konto/anmeldedienste/loesen`);
    expect(await page.getByRole('alert').textContent()).toContain('Es ist Ihr einziger Weg in Ihr Konto.');
    expect(await page.locator('#sign-in-services-list').textContent()).toContain('Bürgerkonto');
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/account-sign-in-services.png`, fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses staff without an account with a clear page that passes axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/anmelden`);
    await page.getByRole('link', { name: 'Anmelden mit Verwaltungsportal' }).click();
    await signInAtProvider(page, 'fremd');
    await page.waitForURL(/\/anmelden\/sso\/verwaltung\/callback/);
    expect(await page.locator('h1').textContent()).toContain('Kein Konto für Mitarbeitende');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets an administrator add a sign-in service: errors beside the fields, then the new service is listed; pages pass axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/anmelden?weiter=%2Fverwaltung%2Fanmeldedienste`);
    await page.getByLabel('E-Mail-Adresse').fill('admin@kreis.example');
    await page.getByLabel('Passwort').fill('Lindenblüte am Markt');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(/\/anmelden\/code/);
    await page.getByLabel('Code', { exact: true }).fill(await freshCode(ADMIN_TOTP));
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await page.waitForURL(/\/verwaltung\/anmeldedienste$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Kennung').fill('stadtportal');
    await page.getByLabel('Angezeigter Name').fill('Stadtportal');
    await page.getByLabel('Aussteller-Adresse (Issuer)').fill('keine Adresse');
    await page.getByLabel('Client-ID').fill('zugang');
    await page.getByRole('button', { name: 'Anmeldedienst speichern' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('gültige Adresse');
    expect(await page.getByLabel('Angezeigter Name').inputValue()).toBe('Stadtportal');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Aussteller-Adresse (Issuer)').fill('https://id.stadt.example/realms/zugang');
    await page.getByLabel('Bürgerinnen und Bürger').check();
    await page.getByRole('button', { name: 'Anmeldedienst speichern' }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toContain('Stadtportal');
    expect(await page.locator('table').textContent()).toContain('Stadtportal');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

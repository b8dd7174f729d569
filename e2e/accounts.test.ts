import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, accessibilityViolations, type Harness } from './harness.ts';
import { users } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ demo: false });
  await h.database.db.insert(users).values({ email: 'mara@example.org', displayName: 'Mara Schulz', kind: 'citizen',
    passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date() });
});
afterAll(async () => { await h?.close(); });

describe('signing in in the browser', () => {
  it('signs in, lists the session, signs out; the pages pass axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/konto`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill('mara@example.org');
    await page.getByLabel('Passwort').fill('falsch-falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('stimmt nicht');
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('mara@example.org');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Passwort').fill('Lindenblüte am Markt');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/konto$/);
    expect(await page.locator('h1').textContent()).toContain('Mara Schulz');
    expect(await page.locator('table').textContent()).toContain('diese Sitzung');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await page.waitForURL(`${h.baseUrl}/`);
    await page.goto(`${h.baseUrl}/konto`);
    await page.waitForURL(/\/anmelden/);
    await context.close();
  });

  it('registration → verification mail → sign-in → session list → sign-out, with errors beside the fields; pages pass axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/registrieren`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Ihr Name').fill('Ayşe Demir');
    await page.getByLabel('E-Mail-Adresse').fill('ayse@example');
    await page.getByLabel('Passwort').fill('kurz');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('gültige E-Mail-Adresse');
    expect(await page.getByLabel('Ihr Name').inputValue()).toBe('Ayşe Demir');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill('ayse@example.org');
    await page.getByLabel('Passwort').fill('Sonnenblumen im Lindenhof');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Bitte prüfen Sie Ihr Postfach');
    const { outboxFor } = await import('../src/platform/mail/index.ts');
    const [mail] = await outboxFor(h.database.db, 'ayse@example.org');
    const link = mail.textBody.match(/https?:\/\/\S+\/bestaetigen\/\S+/)![0];
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toContain('bestätigt');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toContain('schon verwendet');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The confirmed account signs in and sees where it is signed in.
    await page.goto(`${h.baseUrl}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill('ayse@example.org');
    await page.getByLabel('Passwort').fill('Sonnenblumen im Lindenhof');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(/\/konto$/);
    expect(await page.locator('h1').textContent()).toContain('Ayşe Demir');
    expect(await page.locator('table').textContent()).toContain('diese Sitzung');
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await page.waitForURL(`${h.baseUrl}/`);
    await context.close();
  });

  it('resets a forgotten password in the browser; the pages pass axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/anmelden`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill('mara@example.org');
    await page.getByRole('button', { name: 'Link schicken' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Postfach');
    const { outboxFor } = await import('../src/platform/mail/index.ts');
    const mail = (await outboxFor(h.database.db, 'mara@example.org')).find((m) => m.template === 'resetPassword')!;
    await page.goto(mail.textBody.match(/https?:\/\/\S+\/passwort-neu\/\S+/)![0]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Neues Passwort').fill('Neue Kastanien im Herbst');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Passwort ist geändert');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

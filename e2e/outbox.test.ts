import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, accessibilityViolations, sealedTestSecret, signInInBrowser, type Harness } from './harness.ts';
import { users, userRoles } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { queueMail } from '../src/platform/mail/index.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ demo: false });
  const db = h.database.db;
  const [admin] = await db.insert(users).values({ email: 'admin@example.org', displayName: 'Ada Admin', kind: 'staff',
    passwordHash: await hashPassword('Lindenblüte am Markt'), emailVerifiedAt: new Date(), ...sealedTestSecret(h) }).returning();
  await db.insert(userRoles).values({ userId: admin.id, role: 'administrator' });
  await queueMail(db, h.app.mail, 'ayse@example.org', 'verifyEmail', 'de', { name: 'Ayşe Demir', link: 'https://zugang.example/bestaetigen/abc', hours: '48' });
  await queueMail(db, h.app.mail, 'ben@example.org', 'resetPassword', 'en', { name: 'Ben', link: 'https://zugang.example/passwort-neu/xyz', minutes: '60' });
});
afterAll(async () => { await h?.close(); });

describe('the outbox in the browser', () => {
  it('an administrator with a confirmed second factor filters the outbox and reads a message; the pages pass axe', async () => {
    const context = await h.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/verwaltung/postausgang`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    await signInInBrowser(page, h.baseUrl, 'admin@example.org', 'Lindenblüte am Markt');
    await page.waitForURL(/\/verwaltung\/postausgang$/);
    expect(await page.locator('h1').textContent()).toBe('Postausgang');
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Empfänger (Adresse oder ein Teil davon)').fill('ayse');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL(/empfaenger=ayse/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' }).click();
    await page.waitForURL(/\/verwaltung\/postausgang\/[0-9a-f-]{36}$/);
    expect(await page.locator('h1').textContent()).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(await page.locator('pre.mail-text').textContent()).toContain('https://zugang.example/bestaetigen/abc');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

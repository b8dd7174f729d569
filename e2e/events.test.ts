// Events in the browser, on the demo municipality: a visitor finds the workshop "Digitale Zugänge zu
// Sozialer Arbeit" through the search, registers, confirms through the mailed link and appears in the
// organiser's list; the 61st registrant lands on the waiting list and moves up when the visitor cancels.
// The demo citizen finds her registrations under "Meine Anmeldungen" and cancels one, also in Arabic.
// Every page passes axe.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHarness, accessibilityViolations, signInInBrowser, freshCode, type Harness } from './harness.ts';
import { users, memberships } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { secretBox } from '../src/platform/secrets.ts';
import { outboxFor } from '../src/platform/mail/index.ts';
import { demoId } from '../src/demo/random.ts';
import { makeCitizens } from '../src/test/events.ts';
import { auditedTransaction } from '../src/platform/audit/index.ts';
import { registerForEvent } from '../src/modules/events/registration.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const WORKSHOP = demoId('event/digitale-zugaenge');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const [organiser] = await h.database.db.insert(users).values({ email: 'veranstaltungen@lindenau.example', displayName: 'Sabine Krause', kind: 'staff',
    passwordHash: await hashPassword('Rathaus am Markt 1'), emailVerifiedAt: new Date(), totpSecret: secretBox(h.app.config.secretKey).seal(SECRET), totpEnabledAt: new Date() }).returning();
  await h.database.db.insert(memberships).values({ userId: organiser.id, organizationId: demoId('organization/stadt'), role: 'editor' });
});
afterAll(async () => { await h?.close(); });

const newPage = async (browser: Browser) => (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage();
const mailLink = async (email: string, template: string) => {
  const mail = (await outboxFor(h.database.db, email)).find((m) => m.template === template);
  const url = mail?.textBody.match(/https?:\/\/\S+/g)?.find((u) => u.includes('/veranstaltungen/'));
  if (!url) throw new Error(`no ${template} mail to ${email}`);
  return new URL(url).pathname;
};

describe('courses and events in the browser', () => {
  it('search → workshop → registration with an error → mail → confirmation → organiser’s list; the 61st waits and moves up when someone cancels', async () => {
    const visitor = await newPage(h.browser);
    await visitor.goto(`${h.baseUrl}/`);
    await visitor.getByLabel('Was suchen Sie?').fill('Digitale Zugänge');
    await visitor.getByRole('button', { name: 'Suchen' }).click();
    await visitor.waitForURL(/\/suche\?/);
    const events = visitor.getByRole('region', { name: 'Passende Veranstaltungen' });
    await events.getByRole('link', { name: 'Digitale Zugänge zu Sozialer Arbeit' }).click();
    await visitor.waitForURL(new RegExp(`/veranstaltungen/${WORKSHOP}$`));
    expect(await visitor.locator('h1').textContent()).toBe('Digitale Zugänge zu Sozialer Arbeit');
    const body = await visitor.locator('main').textContent();
    expect(body).toContain('17:15–18:45');
    expect(body).toContain('Raum C2');
    expect(body).toContain('Höchstens 60 Teilnehmende');
    expect(await visitor.locator('#speakers-title + ul > li').count()).toBe(4);
    expect(await accessibilityViolations(visitor)).toEqual([]);

    // A mistake: the message beside the field and in the summary, the name typed is kept.
    await visitor.getByLabel('Ihr Name').fill('Lea Sommer');
    await visitor.getByLabel('E-Mail-Adresse').fill('lea.sommer');
    await visitor.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await expect.poll(() => visitor.locator('.error-summary').textContent()).toContain('gültige E-Mail-Adresse');
    expect(await visitor.getByLabel('Ihr Name').inputValue()).toBe('Lea Sommer');
    expect(await accessibilityViolations(visitor)).toEqual([]);
    await visitor.getByLabel('E-Mail-Adresse').fill('lea.sommer@example.org');
    await visitor.getByLabel(/Aus welcher Einrichtung/).fill('Hochschule Lindenau');
    await visitor.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await expect.poll(() => visitor.locator('h1').textContent()).toBe('Bitte bestätigen Sie Ihre Anmeldung');
    expect(await accessibilityViolations(visitor)).toEqual([]);

    await visitor.goto(h.baseUrl + await mailLink('lea.sommer@example.org', 'eventConfirm'));
    expect(await accessibilityViolations(visitor)).toEqual([]);
    await visitor.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await visitor.waitForURL(/\/veranstaltungen\/anmeldung\//);
    expect(await visitor.getByRole('status').first().textContent()).toContain('Sie sind verbindlich angemeldet.');
    expect(await accessibilityViolations(visitor)).toEqual([]);
    const visitorManage = visitor.url();

    // The organiser signs in with the second factor and finds Lea in the list.
    const organiser = await newPage(h.browser);
    await organiser.goto(`${h.baseUrl}/verwaltung/veranstaltungen`);
    await organiser.getByLabel('E-Mail-Adresse').fill('veranstaltungen@lindenau.example');
    await organiser.getByLabel('Passwort').fill('Rathaus am Markt 1');
    await organiser.getByRole('button', { name: 'Anmelden' }).click();
    await organiser.waitForURL(/\/anmelden\/code/);
    await organiser.getByLabel('Code', { exact: true }).fill(await freshCode(SECRET));
    await organiser.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await organiser.waitForURL(/\/verwaltung\/veranstaltungen$/);
    expect(await accessibilityViolations(organiser)).toEqual([]);
    await organiser.getByRole('link', { name: 'Digitale Zugänge zu Sozialer Arbeit', exact: true }).click();
    await organiser.waitForURL(new RegExp(`/verwaltung/veranstaltungen/${WORKSHOP}$`));
    const list = await organiser.locator('table').textContent();
    expect(list).toContain('Lea Sommer');
    expect(list).toContain('Hochschule Lindenau');
    expect(await accessibilityViolations(organiser)).toEqual([]);

    // 59 more fill the workshop; the 61st registers in the browser and lands on the waiting list.
    const others = await makeCitizens(h.database.db, 59, 'workshop');
    for (const p of others) {
      const ctx = { actor: p.actor };
      const r = await auditedTransaction(h.database.db, ctx, (tx) => registerForEvent(tx, ctx, { mail: h.app.mail, baseUrl: h.baseUrl, secretKey: h.app.config.secretKey, timeZone: 'Europe/Berlin' },
        { eventId: WORKSHOP, name: p.email, email: '', places: '1', answers: {} }, 'de'));
      expect(r).toMatchObject({ ok: true, outcome: 'confirmed' });
    }
    const late = await newPage(h.browser);
    await late.goto(`${h.baseUrl}/veranstaltungen/${WORKSHOP}`);
    expect(await late.locator('main').textContent()).toContain('Ausgebucht – Warteliste');
    await late.getByLabel('Ihr Name').fill('Malik Aydın');
    await late.getByLabel('E-Mail-Adresse').fill('malik@example.org');
    await late.getByRole('button', { name: 'Verbindlich anmelden' }).click();
    await expect.poll(() => late.locator('h1').textContent()).toBe('Bitte bestätigen Sie Ihre Anmeldung');
    await late.goto(h.baseUrl + await mailLink('malik@example.org', 'eventConfirm'));
    await late.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await late.waitForURL(/\/veranstaltungen\/anmeldung\//);
    expect(await late.getByRole('status').first().textContent()).toContain('Sie stehen auf der Warteliste, auf Platz 1.');
    expect(await accessibilityViolations(late)).toEqual([]);
    const lateManage = late.url().replace(/\?.*$/, '');

    // Lea cancels; Malik moves up at once and gets a mail.
    await visitor.goto(visitorManage);
    await visitor.getByRole('button', { name: 'Anmeldung absagen' }).click();
    await expect.poll(() => visitor.locator('h1').textContent()).toBe('Sie sind abgemeldet');
    expect(await accessibilityViolations(visitor)).toEqual([]);
    expect((await outboxFor(h.database.db, 'malik@example.org'))[0].template).toBe('eventMovedUp');
    await late.goto(lateManage);
    expect(await late.getByRole('status').first().textContent()).toContain('Sie sind verbindlich angemeldet.');

    // The calendar passes axe too.
    await visitor.goto(`${h.baseUrl}/veranstaltungen`);
    expect(await visitor.locator('.event-day').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(visitor)).toEqual([]);
    await visitor.goto(`${h.baseUrl}/veranstaltungen?von=31.02.2026`);
    expect(await accessibilityViolations(visitor)).toEqual([]);
  });

  it('the demo citizen sees her registrations under "Meine Anmeldungen", cancels her place on a waiting list, and reads the page in Arabic', async () => {
    const page = await newPage(h.browser);
    await signInInBrowser(page, h.baseUrl, 'buergerin@lindenau.example', 'Lindenau-Demo-2026');
    await page.goto(`${h.baseUrl}/konto`);
    await page.getByRole('link', { name: 'Meine Anmeldungen ansehen' }).click();
    await page.waitForURL(/\/konto\/anmeldungen$/);
    expect(await page.locator('h1').textContent()).toBe('Meine Anmeldungen');
    const upcoming = page.getByRole('region', { name: 'Kommende Veranstaltungen' });
    const item = (title: RegExp) => upcoming.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
    expect(await item(/Pubertät/).textContent()).toContain('Angemeldet');
    expect(await item(/Wenn Kinder/).textContent()).toMatch(/Warteliste, Platz \d+/);
    expect(await item(/Babymassage \(Nachmittagskurs\)/).textContent()).toContain('Abgesagt');
    expect(await item(/Babymassage \(Nachmittagskurs\)/).getByRole('button').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The button names its event for screen readers; after the cancellation the page says so and the place is gone.
    await item(/Wenn Kinder/).getByRole('button', { name: /^Anmeldung absagen Elternabend: Wenn Kinder/ }).click();
    await page.waitForURL(/erledigt=abgesagt/);
    expect(await page.getByRole('status').first().textContent()).toContain('Ihre Anmeldung ist abgesagt');
    expect(await item(/Wenn Kinder/).textContent()).toContain('Abgesagt');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${h.baseUrl}/konto/anmeldungen?lang=ar`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('تسجيلاتي');
    expect(await page.locator('main').textContent()).toContain('مسجَّل');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The event page in Arabic: translated around the German event text, right to left, still accessible.
    await page.getByRole('link', { name: /Pubertät/ }).click();
    await page.waitForURL(/\/veranstaltungen\/[0-9a-f-]{36}\?lang=ar$/);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(['المواعيد', 'التسجيل']));
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

// The organisers' form in the browser, on the demo municipality: an editor of the town signs in with the
// second factor, creates an event (first with a mistake: the summary and the message beside the field,
// nothing typed lost), finds it in the public calendar, edits it, and cancels one registration after
// the page that asks. Every page passes axe.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHarness, accessibilityViolations, sealedTestSecret, signInInBrowser, type Harness } from './harness.ts';
import { users, memberships } from '../src/modules/accounts/schema.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { outboxFor } from '../src/platform/mail/index.ts';
import { demoId } from '../src/demo/random.ts';
import { makeCitizens } from '../src/test/events.ts';
import { auditedTransaction } from '../src/platform/audit/index.ts';
import { registerForEvent } from '../src/modules/events/registration.ts';
import { localParts } from '../src/modules/events/events.ts';

const EMAIL = 'kurse@lindenau.example';
const PASSWORD = 'Rathaus am Markt 1';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const [organiser] = await h.database.db.insert(users).values({ email: EMAIL, displayName: 'Kemal Aydın', kind: 'staff',
    passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date(), ...sealedTestSecret(h) }).returning();
  await h.database.db.insert(memberships).values({ userId: organiser.id, organizationId: demoId('organization/stadt'), role: 'editor' });
});
afterAll(async () => { await h?.close(); });

const newPage = async (browser: Browser) => (await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })).newPage();
const dayAhead = (days: number) => localParts(new Date(Date.now() + days * 86_400_000), 'Europe/Berlin').date;

describe('the organisers’ event form in the browser', () => {
  it('creates an event that appears in the calendar, edits it, and cancels one registration', async () => {
    const page = await newPage(h.browser);
    await signInInBrowser(page, h.baseUrl, EMAIL, PASSWORD);
    await page.goto(`${h.baseUrl}/verwaltung/veranstaltungen`);
    await page.getByRole('link', { name: 'Neue Veranstaltung anlegen' }).click();
    await page.waitForURL(/\/verwaltung\/veranstaltungen\/neu$/);
    expect(await page.locator('main').textContent()).toContain('Stadt Lindenau');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A mistake first: no description, the end before the start.
    const date = dayAhead(40);
    await page.getByLabel('Titel').fill('Sprechstunde Kita-Platz: Fragen zur Anmeldung');
    await page.getByLabel('Einzelveranstaltung').check();
    const first = page.getByRole('group', { name: 'Termin 1' });
    await first.getByLabel('Datum').fill(date);
    await first.getByLabel('Beginn').fill('16:00');
    await first.getByLabel('Ende').fill('15:00');
    await first.getByLabel('Ort', { exact: true }).selectOption({ index: 1 });
    await first.getByLabel('Raum (freiwillig)').fill('Bürgersaal');
    await page.getByLabel('Plätze insgesamt').fill('12');
    await page.getByLabel('Beitrag in Euro (freiwillig)', { exact: true }).fill('5');
    await page.getByLabel('Ermäßigter Beitrag in Euro (freiwillig)').fill('2,50');
    await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Bitte beschreiben Sie kurz, worum es geht.');
    expect(await page.locator('.error-summary').textContent()).toContain('Das Ende muss nach dem Beginn liegen.');
    expect(await page.getByLabel('Titel').inputValue()).toBe('Sprechstunde Kita-Platz: Fragen zur Anmeldung');
    expect(await page.getByLabel('Ermäßigter Beitrag in Euro (freiwillig)').inputValue()).toBe('2,50');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('.error-summary').getByRole('link', { name: 'Das Ende muss nach dem Beginn liegen.' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#session-0-end');

    await page.getByLabel('Beschreibung').fill('Wie bekomme ich einen Kita-Platz? Die Kita-Beratung beantwortet Ihre Fragen.');
    await page.getByRole('group', { name: 'Termin 1' }).getByLabel('Ende').fill('17:30');
    await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
    await page.waitForURL(/\/verwaltung\/veranstaltungen\/[0-9a-f-]{36}\?erledigt=created$/);
    const id = /veranstaltungen\/([0-9a-f-]{36})/.exec(page.url())![1];
    expect(await page.getByRole('status').first().textContent()).toContain('Die Veranstaltung ist angelegt');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In the public calendar, with the reduced fee to ask for.
    const visitor = await newPage(h.browser);
    await visitor.goto(`${h.baseUrl}/veranstaltungen?datum=${date}`);
    await visitor.getByRole('link', { name: /Sprechstunde Kita-Platz/ }).first().click();
    await visitor.waitForURL(new RegExp(`/veranstaltungen/${id}$`));
    expect(await visitor.locator('main').textContent()).toContain('16:00–17:30');
    expect(await visitor.getByLabel(/Ich beantrage den ermäßigten Beitrag/).count()).toBe(1);
    expect(await accessibilityViolations(visitor)).toEqual([]);

    // Editing: more places; the form comes back with what was saved.
    await page.getByRole('link', { name: 'Veranstaltung bearbeiten' }).click();
    await page.waitForURL(new RegExp(`/verwaltung/veranstaltungen/${id}/bearbeiten$`));
    expect(await page.getByLabel('Titel').inputValue()).toBe('Sprechstunde Kita-Platz: Fragen zur Anmeldung');
    expect(await page.getByRole('group', { name: 'Termin 1' }).getByLabel('Datum').inputValue()).toBe(date);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Weitere Termine hinzufügen' }).click();
    await expect.poll(() => page.locator('input[name="session-8-date"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('session-1-date');
    await page.getByLabel('Plätze insgesamt').fill('1');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.waitForURL(new RegExp(`/verwaltung/veranstaltungen/${id}\\?erledigt=saved$`));

    // Two people register: one gets the place, one waits. The organiser cancels the first after the page that asks.
    const people = await makeCitizens(h.database.db, 2, 'kita');
    const env = { mail: h.app.mail, baseUrl: h.baseUrl, secretKey: h.app.config.secretKey, timeZone: 'Europe/Berlin' };
    for (const [i, p] of people.entries()) {
      await auditedTransaction(h.database.db, { actor: p.actor }, (tx) => registerForEvent(tx, { actor: p.actor }, env,
        { eventId: id, name: i === 0 ? 'Lea Sommer' : 'Malik Aydın', email: '', places: '1', answers: {} }, 'de'));
    }
    await page.reload();
    await page.getByRole('link', { name: /Anmeldung stornieren\s*:\s*Lea Sommer/ }).click();
    await page.waitForURL(/\/stornieren$/);
    expect(await page.locator('main').textContent()).toContain('Möchten Sie diese Anmeldung wirklich stornieren?');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, Anmeldung stornieren' }).click();
    await page.waitForURL(/\?erledigt=removed$/);
    expect(await page.getByRole('status').first().textContent()).toContain('Die Anmeldung ist storniert');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await outboxFor(h.database.db, people[0].email))[0].template).toBe('eventRemoved');
    expect((await outboxFor(h.database.db, people[1].email))[0].template).toBe('eventMovedUp');
  });
});

// Registering in another language than German: the pages answer in it (the forms post it as a hidden
// field), the mails are written in it, and the links in the mails open the pages in it again.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { makeOrganization } from '../../test/accounts.ts';
import { makeEvent } from '../../test/events.ts';
import { outboxFor } from '../../platform/mail/index.ts';

let t: TestApp;
let org: string;
beforeAll(async () => {
  t = await createTestApp();
  org = await makeOrganization(t.database.db, 'Familienzentrum Lindenau');
});
afterAll(async () => { await t?.close(); });

const latest = async (email: string) => (await outboxFor(t.database.db, email))[0];
/** Path and query of the link to /veranstaltungen/<part>/… in a mail. */
const pathIn = (text: string, part: string) => {
  const url = new URL(text.match(new RegExp(`https?://\\S+/veranstaltungen/${part}/\\S+`))![0]);
  return url.pathname + url.search;
};

/** Registers through the event page in `lang`, as the form does: the language only in a hidden field. */
async function registerIn(lang: string, eventId: string, name: string, email: string) {
  const browser = formClient(t.app);
  const page = await browser.get(`/veranstaltungen/${eventId}?lang=${lang}`);
  expect(page.res.body).toContain('name="lang"');
  const res = await browser.post(`/veranstaltungen/${eventId}/anmelden`, { _csrf: page.csrf, lang, name, email, places: '1' });
  return { browser, res };
}

async function confirm(browser: ReturnType<typeof formClient>, email: string) {
  const link = pathIn((await latest(email)).textBody, 'bestaetigen');
  const page = await browser.get(link);
  const res = await browser.post(link.replace(/\?.*$/, ''), { _csrf: page.csrf, lang: new URLSearchParams(link.split('?')[1]).get('lang') ?? 'de' });
  return { page, res };
}

describe('registering in Arabic, Ukrainian and Turkish', () => {
  it('answers, mails and links in the language of the page the person registered on', async () => {
    const eventId = await makeEvent(t.database.db, org, { title: 'Elterncafé', capacity: 1 });

    // Arabic: the answer page right to left, the opt-in mail in Arabic with a link back to the Arabic page.
    const rana = await registerIn('ar', eventId, 'Rana Haddad', 'rana@example.org');
    expect(rana.res.statusCode).toBe(200);
    expect(rana.res.body).toContain('<html lang="ar" dir="rtl">');
    expect(rana.res.body).toContain('يرجى تأكيد تسجيلكم');
    const optIn = await latest('rana@example.org');
    expect(optIn).toMatchObject({ lang: 'ar', template: 'eventConfirm', subject: 'يرجى تأكيد تسجيلكم: Elterncafé' });
    expect(optIn.textBody).toContain('فريق Zugang');
    const confirmed = await confirm(rana.browser, 'rana@example.org');
    expect(confirmed.page.res.body).toContain('<html lang="ar" dir="rtl">');
    expect(confirmed.res.statusCode).toBe(303);
    expect(String(confirmed.res.headers.location)).toMatch(/\/veranstaltungen\/anmeldung\/\S+\?neu=1&lang=ar$/);
    expect((await rana.browser.get(String(confirmed.res.headers.location))).res.body).toContain('تسجيلكم مؤكد.');
    const placed = await latest('rana@example.org');
    expect(placed).toMatchObject({ lang: 'ar', template: 'eventConfirmed' });
    expect(placed.textBody).toMatch(/\/veranstaltungen\/anmeldung\/\S+\?lang=ar/);

    // Ukrainian: the event is full, the waiting-list mail says the position in Ukrainian.
    const olena = await registerIn('uk', eventId, 'Olena Petrenko', 'olena@example.org');
    expect(olena.res.body).toContain('<html lang="uk" dir="ltr">');
    await confirm(olena.browser, 'olena@example.org');
    const waiting = await latest('olena@example.org');
    expect(waiting).toMatchObject({ lang: 'uk', template: 'eventWaiting', subject: 'Список очікування: Elterncafé' });
    expect(waiting.textBody).toContain('Ви в списку очікування, на 1-му місці.');

    // Arabic cancels through the personal link of her mail; the Ukrainian moves up and is told in Ukrainian.
    const manage = pathIn(placed.textBody, 'anmeldung');
    const managePage = await rana.browser.get(manage);
    expect(managePage.res.body).toContain('<html lang="ar" dir="rtl">');
    const cancelled = await rana.browser.post(`${manage.replace(/\?.*$/, '')}/absagen`, { _csrf: managePage.csrf, lang: 'ar' });
    expect(cancelled.body).toContain('أُلغي تسجيلكم');
    expect(await latest('rana@example.org')).toMatchObject({ lang: 'ar', template: 'eventCancelledByYou', subject: 'تم تأكيد إلغاء التسجيل: Elterncafé' });
    expect(await latest('olena@example.org')).toMatchObject({ lang: 'uk', template: 'eventMovedUp', subject: 'У Вас є місце: Elterncafé' });

    // Turkish: the opt-in mail in Turkish.
    await registerIn('tr', eventId, 'Elif Bayram', 'elif@example.org');
    expect(await latest('elif@example.org')).toMatchObject({ lang: 'tr', subject: 'Lütfen kaydınızı onaylayın: Elterncafé' });
  });
});

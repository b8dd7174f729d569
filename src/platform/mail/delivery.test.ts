// Mail delivery from the outbox to a real SMTP server in the test process.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp.ts';
import { rows } from '../db.ts';
import { outboxFor, queueMail } from './index.ts';
import { claimDueMail, sendTestMail, startMailDelivery } from './delivery.ts';
import { mailOutbox } from './schema.ts';

let smtp: TestSmtpServer;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Zugang Lindenau <noreply@lindenau.example>', MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1' });
});
afterAll(async () => { await t?.close(); await smtp?.close(); });

const arrivedFor = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const row = async (address: string) => (await outboxFor(t.database.db, address))[0];

describe('mail delivery over SMTP', () => {
  it('delivers the verification mail of a registration: recipient, subject and a working link; the outbox row is sent', async () => {
    const c = formClient(t.app);
    const { csrf } = await c.get('/registrieren');
    const res = await c.post('/registrieren', { _csrf: csrf, displayName: 'Ayşe Demir', email: 'ayse@example.org', password: 'Sonnenblumen im Lindenhof' });
    expect(res.statusCode).toBe(200);
    await expect.poll(() => arrivedFor('ayse@example.org').length, { timeout: 15_000 }).toBe(1);
    const [mail] = arrivedFor('ayse@example.org');
    expect(mail.from).toBe('noreply@lindenau.example');
    expect(mail.headers.get('from')).toBe('Zugang Lindenau <noreply@lindenau.example>');
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text).toContain('Guten Tag Ayşe Demir,');
    const link = new URL(mail.text.match(/https?:\/\/\S+\/bestaetigen\/\S+/)![0]);
    await expect.poll(async () => (await row('ayse@example.org')).status).toBe('sent');
    const sent = await row('ayse@example.org');
    expect(sent.attempts).toBe(1);
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.messageId).toBe(mail.messageId);
    expect(sent.error).toBeNull();
    // The link in the mail that arrived confirms the address.
    const confirmed = await c.get(link.pathname);
    expect(confirmed.res.statusCode).toBe(200);
    expect(confirmed.res.body).toContain('Ihre E-Mail-Adresse ist bestätigt');
  });

  it('retries after a refusal and delivers on the next attempt', async () => {
    smtp.refuseNext(1);
    await t.database.db.transaction((tx) => queueMail(tx, t.app.mail, 'ben@example.org', 'alreadyRegistered', 'en', { name: 'Ben', link: 'https://zugang.example/anmelden' }));
    await expect.poll(async () => (await row('ben@example.org')).status, { timeout: 20_000 }).toBe('sent');
    const sent = await row('ben@example.org');
    expect(sent.attempts).toBe(2);
    expect(sent.error).toBeNull();
    expect(arrivedFor('ben@example.org').map((m) => m.subject)).toEqual(['You already have an account']);
  });

  it('marks a message failed, with the attempts and the server\'s error, when the server refuses every attempt; the message stays', async () => {
    smtp.refuseNext(Infinity);
    try {
      await t.database.db.transaction((tx) => queueMail(tx, t.app.mail, 'carla@example.org', 'resetPassword', 'de', { name: 'Carla', link: 'https://zugang.example/passwort-neu/x', minutes: '60' }));
      await expect.poll(async () => (await row('carla@example.org')).status, { timeout: 30_000, interval: 250 }).toBe('failed');
    } finally { smtp.refuseNext(0); }
    const failed = await row('carla@example.org');
    expect(failed.attempts).toBe(3);
    expect(failed.error).toContain('Mailbox temporarily unavailable');
    expect(failed.sentAt).toBeNull();
    expect(failed.textBody).toContain('https://zugang.example/passwort-neu/x');
    expect(arrivedFor('carla@example.org')).toEqual([]);
  });

  it('delivers a burst of mails, each once, also with a second instance working the same outbox', async () => {
    const second = startMailDelivery(t.database.db, { ...t.app.config.mail, smtp: smtp.url }, t.app.log);
    for (let i = 0; i < 60; i++) {
      await t.database.db.transaction((tx) => queueMail(tx, t.app.mail, `burst${i}@example.org`, 'alreadyRegistered', 'de', { name: `Nr. ${i}`, link: 'https://zugang.example/anmelden' }));
    }
    const sent = async () => (await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM mail_outbox WHERE to_address LIKE 'burst%' AND status = 'sent'`))[0].n;
    try {
      await expect.poll(sent, { timeout: 20_000 }).toBe(60);
    } finally { await second.close(); }
    const arrived = smtp.received.filter((m) => m.to[0].startsWith('burst')).map((m) => m.to[0]);
    expect(arrived).toHaveLength(60);
    expect(new Set(arrived).size).toBe(60);
  });

  it('sends nothing when the transaction that wrote the mail rolls back', async () => {
    await expect(t.database.db.transaction(async (tx) => {
      await queueMail(tx, t.app.mail, 'dana@example.org', 'alreadyRegistered', 'de', { name: 'Dana', link: 'https://zugang.example/anmelden' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await outboxFor(t.database.db, 'dana@example.org')).toEqual([]);
    // A later message to someone else goes out; Dana's never does.
    await t.database.db.transaction((tx) => queueMail(tx, t.app.mail, 'dana2@example.org', 'alreadyRegistered', 'de', { name: 'Dana', link: 'https://zugang.example/anmelden' }));
    await expect.poll(() => arrivedFor('dana2@example.org').length, { timeout: 15_000 }).toBe(1);
    expect(arrivedFor('dana@example.org')).toEqual([]);
  });

  it('sends a test mail at once (zugang mail send-test) and records it; a refusal comes back as the error', async () => {
    const settings = { ...t.app.config.mail, smtp: smtp.url };
    const { messageId } = await sendTestMail(t.database.db, settings, 'ops@example.org');
    const [arrived] = arrivedFor('ops@example.org');
    expect(arrived).toMatchObject({ subject: 'Test-E-Mail von Zugang', messageId });
    expect(await row('ops@example.org')).toMatchObject({ status: 'sent', attempts: 1, template: 'test', messageId });
    smtp.refuseNext(1);
    await expect(sendTestMail(t.database.db, settings, 'ops2@example.org')).rejects.toThrow('Mailbox temporarily unavailable');
    expect(await row('ops2@example.org')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('delivers a message again whose process died while sending it, once its lease has run out', async () => {
    // Claimed by a process that died: the attempt is counted and the row leased until a minute ago.
    const [m] = await t.database.db.insert(mailOutbox).values({ toAddress: 'emil@example.org', subject: 'Liegen geblieben', textBody: 'Hallo Emil', template: 'test',
      status: 'queued', attempts: 1, createdAt: new Date(Date.now() - 10 * 60_000), nextAttemptAt: new Date(Date.now() - 60_000) }).returning({ id: mailOutbox.id });
    await expect.poll(async () => (await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, m.id)))[0].status, { timeout: 15_000 }).toBe('sent');
    expect(arrivedFor('emil@example.org').map((r) => r.text.trim())).toEqual(['Hallo Emil']);
    expect((await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, m.id)))[0].attempts).toBe(2);
  });

  it('leaves a row leased to one process to that process, and held mail to the administrators', async () => {
    const [leased] = await t.database.db.insert(mailOutbox).values({ toAddress: 'fritz@example.org', subject: 'Unterwegs', textBody: 'Hallo Fritz', template: 'test',
      status: 'queued', attempts: 1, nextAttemptAt: new Date(Date.now() + 60_000) }).returning({ id: mailOutbox.id });
    await t.database.db.insert(mailOutbox).values({ toAddress: 'gerda@example.org', subject: 'Ohne SMTP geschrieben', textBody: 'Hallo Gerda', template: 'test', status: 'held' });
    const claimed = await claimDueMail(t.database.db, 500);
    expect(claimed.map((c) => c.toAddress)).not.toContain('fritz@example.org');
    expect(claimed.map((c) => c.toAddress)).not.toContain('gerda@example.org');
    expect((await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, leased.id)))[0]).toMatchObject({ status: 'queued', attempts: 1 });
    expect(arrivedFor('gerda@example.org')).toEqual([]);
  });
});

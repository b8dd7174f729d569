// The administrators' outbox page: who may see it, listing, filters, paging, one message, the audit entries.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient, type FormClient } from '../../test/forms.ts';
import { users, userRoles, sessions } from '../../modules/accounts/schema.ts';
import { hashPassword } from '../../modules/accounts/passwords.ts';
import { auditLog } from '../audit/schema.ts';
import { mailOutbox } from './schema.ts';

const PASSWORD = 'Lindenblüte am Markt';
let t: TestApp;
let admin: FormClient;
let adminId: string;
let citizenId: string;
let oldestId: string;

async function signIn(email: string, ip: string) {
  const c = formClient(t.app);
  const res = await c.post('/anmelden', { _csrf: (await c.get('/anmelden')).csrf, email, password: PASSWORD }, { ip });
  expect(res.statusCode).toBe(303);
  return c;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const hash = await hashPassword(PASSWORD);
  const [a] = await db.insert(users).values({ email: 'admin@example.org', displayName: 'Admin', kind: 'staff', passwordHash: hash, emailVerifiedAt: new Date() }).returning();
  await db.insert(userRoles).values({ userId: a.id, role: 'administrator' });
  const [c] = await db.insert(users).values({ email: 'mara@example.org', displayName: 'Mara', kind: 'citizen', passwordHash: hash, emailVerifiedAt: new Date() }).returning();
  adminId = a.id;
  citizenId = c.id;
  admin = await signIn('admin@example.org', '203.0.113.10');
  // The second factor is confirmed elsewhere (TOTP); here the session is marked as confirmed directly.
  await db.update(sessions).set({ mfaAt: new Date() }).where(eq(sessions.userId, adminId));
  // 53 messages, one a minute: the newest is #53.
  const start = Date.now() - 60 * 60_000;
  const rowsIn = Array.from({ length: 53 }, (_, i) => ({
    createdAt: new Date(start + i * 60_000), toAddress: i % 10 === 0 ? 'mara@example.org' : `person${i}@example.net`, subject: `Nachricht ${i + 1}`,
    textBody: `Guten Tag,\nText der Nachricht ${i + 1} mit <b>Markup</b>.\n\nIhr Team`, template: 'verifyEmail', lang: 'de',
    status: (i === 52 ? 'failed' : i % 2 ? 'sent' : 'held') as 'failed' | 'sent' | 'held', attempts: i === 52 ? 9 : i % 2, error: i === 52 ? '451 Mailbox temporarily unavailable' : null,
  }));
  const inserted = await db.insert(mailOutbox).values(rowsIn).returning({ id: mailOutbox.id, subject: mailOutbox.subject });
  oldestId = inserted.find((r) => r.subject === 'Nachricht 1')!.id;
});
afterAll(async () => { await t?.close(); });

const subjects = (html: string) => [...html.matchAll(/>Nachricht (\d+)</g)].map((m) => Number(m[1]));

describe('the outbox page', () => {
  it('sends visitors to sign in, refuses citizens, and sends administrators without a confirmed second factor to confirm it', async () => {
    const anonymous = await formClient(t.app).get('/verwaltung/postausgang');
    expect(anonymous.res.statusCode).toBe(303);
    expect(anonymous.res.headers.location).toBe('/anmelden?weiter=%2Fverwaltung%2Fpostausgang');
    const citizen = await signIn('mara@example.org', '203.0.113.11');
    expect((await citizen.get('/verwaltung/postausgang')).res.statusCode).toBe(403);
    expect((await citizen.get(`/verwaltung/postausgang/${oldestId}`)).res.statusCode).toBe(403);
    const adminWithoutSecondFactor = await signIn('admin@example.org', '203.0.113.12');
    const refused = await adminWithoutSecondFactor.get('/verwaltung/postausgang');
    expect(refused.res.statusCode).toBe(303);
    expect(refused.res.headers.location).toBe('/konto/zwei-faktor?weiter=%2Fverwaltung%2Fpostausgang');
    expect(refused.res.body).not.toContain('Nachricht');
  });

  it('lists the newest first, fifty to a page, and pages on', async () => {
    const { res } = await admin.get('/verwaltung/postausgang');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<h1 class="kern-heading-large">Postausgang</h1>');
    expect(res.body).toContain('53 E-Mails');
    expect(res.body).toContain('Kein SMTP-Server eingerichtet');
    expect(subjects(res.body)).toEqual(Array.from({ length: 50 }, (_, i) => 53 - i));
    expect(res.body).toContain('href="/verwaltung/postausgang?seite=2"');
    const page2 = await admin.get('/verwaltung/postausgang?seite=2');
    expect(subjects(page2.res.body)).toEqual([3, 2, 1]);
  });

  it('filters by status and by any part of the recipient address', async () => {
    const failed = await admin.get('/verwaltung/postausgang?status=failed');
    expect(subjects(failed.res.body)).toEqual([53]);
    expect(failed.res.body).toContain('1 E-Mail<');
    expect(failed.res.body).toContain('Fehlgeschlagen');
    const mara = await admin.get('/verwaltung/postausgang?empfaenger=MARA%40example');
    expect(subjects(mara.res.body)).toEqual([51, 41, 31, 21, 11, 1]);
    expect(mara.res.body).toContain('value="MARA@example"');
    const both = await admin.get('/verwaltung/postausgang?status=held&empfaenger=mara');
    expect(subjects(both.res.body)).toEqual([51, 41, 31, 21, 11, 1]);
    // Wildcards typed into the filter are taken literally.
    const percent = await admin.get('/verwaltung/postausgang?empfaenger=%25');
    expect(percent.res.body).toContain('Keine E-Mails gefunden.');
    const bad = await admin.get('/verwaltung/postausgang?status=verschollen');
    expect(bad.res.statusCode).toBe(400);
  });

  it('shows one message in full, escaped, and audits the read with the recipient as the person concerned', async () => {
    const { res } = await admin.get(`/verwaltung/postausgang/${oldestId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="kern-heading-large">Nachricht 1</h1>');
    expect(res.body).toContain('mara@example.org');
    expect(res.body).toContain('Text der Nachricht 1 mit &lt;b>Markup&lt;/b>.');
    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'mail.read'), eq(auditLog.resourceId, oldestId)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: adminId, resourceType: 'mail', subjectUserId: citizenId, outcome: 'allowed' });
  });

  it('audits every list it shows', async () => {
    const count = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)
      .where(and(eq(auditLog.action, 'mail.read'), sql`${auditLog.resourceId} IS NULL`)))[0].n;
    const before = await count();
    await admin.get('/verwaltung/postausgang?status=sent');
    expect(await count()).toBe(before + 1);
  });

  it('shows the failed message with its attempts and error, in English too', async () => {
    const [failed] = await t.database.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.status, 'failed'));
    const { res } = await admin.get(`/verwaltung/postausgang/${failed.id}?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Delivery attempts');
    expect(res.body).toContain('451 Mailbox temporarily unavailable');
    expect(res.body).toContain('Back to the outbox');
    const list = await admin.get('/verwaltung/postausgang?lang=en');
    expect(list.res.body).toContain('53 e-mails');
    expect(list.res.body).toContain('No SMTP server configured');
  });

  it('answers 404 for an unknown or malformed message id', async () => {
    expect((await admin.get('/verwaltung/postausgang/00000000-0000-4000-8000-000000000000')).res.statusCode).toBe(404);
    expect((await admin.get('/verwaltung/postausgang/kein-uuid')).res.statusCode).toBe(404);
  });
});

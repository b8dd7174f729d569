// Provider self-service through HTTP: who may open the list and the form (anonymous → sign-in, citizens
// 403, another organisation's service 404 and audited), a change is proposed for review and not
// published, the form then starts from the proposal and says so, the list shows the state (waiting since
// …, sent back with the editors' comment), a new service is proposed, and directory editors see all
// services, searchable by name.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeOrganization, makeUser, signedIn } from '../../test/accounts.ts';
import { makeService } from '../../test/factories.ts';
import { formFields, formClient, type FormClient } from '../../test/forms.ts';
import { rows } from '../../platform/db.ts';
import { importServices } from '../directory/importer.ts';
import { publishedServiceDocument } from './changes.ts';
import type { HsdsService } from '../directory/hsds-schema.ts';

let t: TestApp;
let orgA: string;
let orgB: string;
let serviceA: string;
let serviceA2: string;
let serviceB: string;
let editorA: FormClient;
let citizen: FormClient;
let directoryEditor: FormClient;

const replace = (fields: [string, string][], changes: Record<string, string>): [string, string][] =>
  fields.map(([k, v]) => [k, Object.hasOwn(changes, k) ? changes[k] : v]);
const changes = (serviceId: string) => rows<{ status: string; proposed: HsdsService; kind: string; note: string | null }>(t.database.db, sql`
  SELECT status, proposed, kind, note FROM service_changes WHERE service_id = ${serviceId} ORDER BY submitted_at`);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  orgA = await makeOrganization(db, 'Beratungsstelle Am Markt');
  orgB = await makeOrganization(db, 'Nachbarschaftshilfe Nord');
  const a = makeService({ name: 'Erziehungsberatung Am Markt', organization: { id: orgA, name: 'Beratungsstelle Am Markt' }, lat: 51.3, lon: 12.3, free: true,
    hours: [{ byday: 'MO,TU', opens: '09:00', closes: '12:00' }], lebenslagen: ['familienbildung'], phone: '0341 111222' });
  const a2 = makeService({ name: 'Schuldnerberatung Am Markt', organization: { id: orgA, name: 'Beratungsstelle Am Markt' } });
  const b = makeService({ name: 'Seniorentreff Nord', organization: { id: orgB, name: 'Nachbarschaftshilfe Nord' } });
  await importServices(db, [a, a2, b]);
  [serviceA, serviceA2, serviceB] = [a.id, a2.id, b.id];
  await makeUser(db, { email: 'redaktion@markt.test', memberships: [{ organizationId: orgA, role: 'editor' }] });
  await makeUser(db, { email: 'buerger@example.org', kind: 'citizen' });
  await makeUser(db, { email: 'wegweiser@stadt.test', roles: ['directory_editor'] });
  editorA = await signedIn(t.app, db, 'redaktion@markt.test', { mfa: true });
  citizen = await signedIn(t.app, db, 'buerger@example.org');
  directoryEditor = await signedIn(t.app, db, 'wegweiser@stadt.test', { mfa: true });
});
afterAll(async () => { await t?.close(); });

describe('who may maintain which services', () => {
  it('sends anonymous visitors to sign in and refuses citizens', async () => {
    for (const url of ['/verwaltung/angebote', `/verwaltung/angebote/${serviceA}/bearbeiten`, `/verwaltung/angebote/neu?organisation=${orgA}`]) {
      const anonymous = await formClient(t.app).get(url);
      expect(anonymous.res.statusCode, url).toBe(303);
      expect(anonymous.res.headers.location, url).toMatch(/^\/anmelden/);
      expect((await citizen.get(url)).res.statusCode, url).toBe(403);
    }
  });

  it('answers 404 for another organisation’s service or organisation, audits the refusal, and stores nothing', async () => {
    const own = await editorA.get(`/verwaltung/angebote/${serviceA}/bearbeiten`);
    expect(own.res.statusCode).toBe(200);
    for (const url of [`/verwaltung/angebote/${serviceB}/bearbeiten`, `/verwaltung/angebote/neu?organisation=${orgB}`, '/verwaltung/angebote/keine-id/bearbeiten']) {
      expect((await editorA.get(url)).res.statusCode, url).toBe(404);
    }
    const post = await editorA.post(`/verwaltung/angebote/${serviceB}/bearbeiten`, replace(formFields(own.res.body, `/verwaltung/angebote/${serviceA}/bearbeiten`), { name: 'Übernommen' }));
    expect(post.statusCode).toBe(404);
    expect(await changes(serviceB)).toEqual([]);
    const audit = await rows<{ resource_id: string; outcome: string }>(t.database.db, sql`
      SELECT resource_id, outcome FROM audit_log WHERE action = 'service.propose' AND outcome = 'denied' AND resource_id IN (${serviceB}, ${orgB})`);
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it('lists only the own organisation’s services, with links to edit and to create', async () => {
    const list = await editorA.get('/verwaltung/angebote');
    expect(list.res.statusCode).toBe(200);
    expect(list.res.body).toContain('Erziehungsberatung Am Markt');
    expect(list.res.body).toContain('Schuldnerberatung Am Markt');
    expect(list.res.body).not.toContain('Seniorentreff Nord');
    expect(list.res.body).toContain(`href="/verwaltung/angebote/${serviceA}/bearbeiten"`);
    expect(list.res.body).toContain(`href="/verwaltung/angebote/neu?organisation=${orgA}"`);
  });
});

describe('proposing a change', () => {
  it('stores the change for review without publishing it; the form then starts from the proposal and says so', async () => {
    const action = `/verwaltung/angebote/${serviceA}/bearbeiten`;
    const page = await editorA.get(action);
    const res = await editorA.post(action, replace(formFields(page.res.body, action), { 'hours-0-closes': '13:30', note: 'Länger geöffnet' }));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    expect(res.headers.location).toBe(`/verwaltung/angebote?eingereicht=${serviceA}`);
    const after = await editorA.get(res.headers.location as string);
    expect(after.res.body).toContain('Ihre Änderung wartet auf Prüfung durch die Redaktion');
    expect(after.res.body).toContain('Änderung wartet auf Prüfung');

    const [change] = await changes(serviceA);
    expect(change).toMatchObject({ status: 'pending', kind: 'update', note: 'Länger geöffnet' });
    expect(change.proposed.schedules![0]).toMatchObject({ byday: 'MO,TU', opens_at: '09:00', closes_at: '13:30' });
    // The published service is unchanged.
    expect((await publishedServiceDocument(t.database.db, serviceA))!.schedules![0].closes_at).toMatch(/^12:00/);

    const again = await editorA.get(action);
    expect(again.res.body).toContain('Eine Änderung wartet auf Prüfung');
    expect(again.res.body).toContain('value="13:30"');
    // Sending again replaces the waiting change (one open change per service).
    await editorA.post(action, replace(formFields(again.res.body, action), { 'hours-0-closes': '14:00' }));
    expect((await changes(serviceA)).map((c) => c.status)).toEqual(['withdrawn', 'pending']);
  });

  it('shows a change the editors sent back with their comment', async () => {
    const action = `/verwaltung/angebote/${serviceA2}/bearbeiten`;
    const page = await editorA.get(action);
    await editorA.post(action, replace(formFields(page.res.body, action), { url: 'www.schuldnerberatung.test' }));
    await t.database.db.execute(sql`UPDATE service_changes SET status = 'returned', decided_at = now(), comment = 'Bitte die vollständige Adresse der Seite angeben.'
      WHERE service_id = ${serviceA2} AND status = 'pending'`);
    const list = await editorA.get('/verwaltung/angebote');
    expect(list.res.body).toContain('von der Redaktion zurückgegeben');
    expect(list.res.body).toContain('Bitte die vollständige Adresse der Seite angeben.');
    const form = await editorA.get(action);
    expect(form.res.body).toContain('Die Redaktion hat Ihre letzte Änderung zurückgegeben');
  });

  it('proposes a new service, listed as waiting before it is published', async () => {
    const page = await editorA.get(`/verwaltung/angebote/neu?organisation=${orgA}`);
    expect(page.res.statusCode).toBe(200);
    const action = '/verwaltung/angebote/neu';
    const empty = await editorA.post(action, formFields(page.res.body, action));
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#name">Bitte geben Sie den Namen des Angebots an.</a>');
    const res = await editorA.post(action, replace(formFields(page.res.body, action), {
      name: 'Familiencafé Am Markt', description: 'Offener Treff für Familien mit kleinen Kindern.', 'hours-0-opens': '15:00', 'hours-0-closes': '17:00', costKind: 'free',
    }).concat([['hours-0-days', 'WE'], ['byAppointment', '1']]));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const id = /eingereicht=([0-9a-f-]{36})$/.exec(res.headers.location as string)![1];
    const [change] = await changes(id);
    expect(change).toMatchObject({ status: 'pending', kind: 'create' });
    expect(change.proposed).toMatchObject({ name: 'Familiencafé Am Markt', organization_id: orgA, cost_options: [{ amount: 0 }] });
    expect(change.proposed.schedules).toEqual([
      expect.objectContaining({ byday: 'WE', opens_at: '15:00', closes_at: '17:00' }),
      expect.objectContaining({ description: 'Termine nur nach Vereinbarung' }),
    ]);
    const list = await editorA.get('/verwaltung/angebote');
    expect(list.res.body).toContain('Familiencafé Am Markt');
    expect(list.res.body).toContain('Neues Angebot wartet auf Prüfung');
    // It can be edited again from its proposal.
    expect((await editorA.get(`/verwaltung/angebote/${id}/bearbeiten`)).res.body).toContain('value="Familiencafé Am Markt"');
  });
});

describe('directory editors', () => {
  it('see every organisation’s services, searchable by name, and may edit any', async () => {
    const all = await directoryEditor.get('/verwaltung/angebote');
    expect(all.res.body).toContain('Seniorentreff Nord');
    expect(all.res.body).toContain('Erziehungsberatung Am Markt');
    const found = await directoryEditor.get('/verwaltung/angebote?q=senioren');
    expect(found.res.body).toContain('Seniorentreff Nord');
    expect(found.res.body).not.toContain('Erziehungsberatung Am Markt');
    expect((await directoryEditor.get(`/verwaltung/angebote/${serviceB}/bearbeiten`)).res.statusCode).toBe(200);
  });
});

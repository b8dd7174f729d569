// Editorial review through the real application: the directory editors' queue, the readable difference,
// approving (public page, version, mail, HSDS metadata), sending back (comment required, mail), the version
// history with restore, direct publication, the permissions around all of it, and the freshness job
// with its signed one-click confirmation.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeOrganization, makeUser, signedIn, userId } from '../../test/accounts.ts';
import { makeService } from '../../test/factories.ts';
import { formClient, type FormClient } from '../../test/forms.ts';
import { projectRoot } from '../../config.ts';
import { rows } from '../../platform/db.ts';
import type { Actor } from '../../platform/policy.ts';
import { outboxFor } from '../../platform/mail/index.ts';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { importServices } from '../directory/importer.ts';
import { services } from '../directory/schema.ts';
import type { HsdsService } from '../directory/hsds-schema.ts';
import { proposeServiceChange, publishedServiceDocument, publishServiceDirectly, flagStaleServices, confirmationToken } from './index.ts';
import { serviceChanges } from './schema.ts';
import { versionNumbers } from './versions.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
let t: TestApp;
let orgA: string, orgB: string;
let serviceA: HsdsService, serviceB: HsdsService;
let editorA: Actor, director: Actor;
let directorClient: FormClient, editorAClient: FormClient, editorBClient: FormClient;

const user = async (email: string, name: string, opts: Parameters<typeof makeUser>[1] extends infer I ? Omit<I & object, 'email' | 'name'> : never): Promise<Actor> => {
  await makeUser(t.database.db, { email, name, ...opts });
  return { kind: 'user', userId: await userId(t.database.db, email), roles: opts.roles ?? [], memberships: opts.memberships ?? [] };
};

/** The published service with other opening hours (Monday 10–13 instead of 9–12), as the provider's form would send it. */
async function withHours(id: string, byday: string, opens: string, closes: string): Promise<HsdsService> {
  const doc = (await publishedServiceDocument(t.database.db, id))!;
  return { ...doc, schedules: [{ id: crypto.randomUUID(), freq: 'WEEKLY', byday, opens_at: opens, closes_at: closes }] } as HsdsService;
}

const propose = (doc: HsdsService, orgId: string, actor: Actor) =>
  auditedTransaction(t.database.db, { actor }, (tx) => proposeServiceChange(tx, { actor }, { organizationId: orgId, proposed: doc, kind: 'update', note: 'Neue Sprechzeiten ab Juni' }));

beforeAll(async () => {
  t = await createTestApp();
  orgA = await makeOrganization(t.database.db, 'Familienzentrum Nord');
  orgB = await makeOrganization(t.database.db, 'Beratungsstelle Süd');
  serviceA = makeService({ name: 'Offener Elterntreff', organization: { id: orgA, name: 'Familienzentrum Nord' }, hours: [{ byday: 'MO', opens: '09:00', closes: '12:00' }],
    lat: 51.31, lon: 9.48, street: 'Lindenweg 3', phone: '0561 123456', lebenslagen: ['schwangerschaft-geburt'] });
  serviceB = makeService({ name: 'Schuldnerberatung Süd', organization: { id: orgB, name: 'Beratungsstelle Süd' }, hours: [{ byday: 'TU', opens: '14:00', closes: '16:00' }] });
  await importServices(t.database.db, [serviceA, serviceB]);
  director = await user('redaktion@stadt.example', 'Dana Redaktion', { roles: ['directory_editor'] });
  editorA = await user('editor-a@nord.example', 'Ali Nord', { memberships: [{ organizationId: orgA, role: 'editor' }] });
  await user('editor-b@sued.example', 'Bea Süd', { memberships: [{ organizationId: orgB, role: 'editor' }] });
  directorClient = await signedIn(t.app, t.database.db, 'redaktion@stadt.example');
  editorAClient = await signedIn(t.app, t.database.db, 'editor-a@nord.example');
  editorBClient = await signedIn(t.app, t.database.db, 'editor-b@sued.example');
});
afterAll(async () => { await t?.close(); });

describe('the review queue', () => {
  let changeId: string;

  it('lists pending changes with organisation, service, who and when, and shows only what changed, readably', async () => {
    ({ changeId } = await propose({ ...await withHours(serviceA.id, 'MO', '10:00', '13:00'), name: 'Offener Elterntreff Nord' }, orgA, editorA));
    expect((await directorClient.get('/verwaltung')).res.body).toContain('href="/verwaltung/redaktion"');
    const queue = await directorClient.get('/verwaltung/redaktion');
    expect(queue.res.statusCode).toBe(200);
    expect(queue.res.body).toContain('Offener Elterntreff Nord');
    expect(queue.res.body).toContain('Familienzentrum Nord');
    expect(queue.res.body).toContain('Ali Nord');
    const page = await directorClient.get(`/verwaltung/redaktion/${changeId}`);
    expect(page.res.statusCode).toBe(200);
    const body = page.res.body;
    expect(body).toContain('Öffnungszeiten');
    expect(body).toContain('Mo 09:00–12:00');
    expect(body).toContain('Mo 10:00–13:00');
    expect(body).toContain('Neue Sprechzeiten ab Juni');
    // Unchanged fields are not listed.
    expect(body).not.toContain('<th class="kern-table__cell" scope="row">Beschreibung</th>');
    expect(body).not.toContain('<th class="kern-table__cell" scope="row">Telefon</th>');
    expect(body).not.toContain('inzwischen geändert');
  });

  it('is closed to provider editors and sends anonymous visitors to sign in', async () => {
    expect((await editorAClient.get('/verwaltung/redaktion')).res.statusCode).toBe(403);
    const anonymous = await formClient(t.app).get(`/verwaltung/redaktion/${changeId}`);
    expect(anonymous.res.statusCode).toBe(303);
    expect(anonymous.res.headers.location).toMatch(/^\/anmelden\?weiter=/);
    // A provider editor cannot approve, not even with a valid form token.
    const csrf = (await editorAClient.get('/konto')).csrf;
    expect(csrf).not.toBe('');
    const res = await editorAClient.post(`/verwaltung/redaktion/${changeId}/freigeben`, { _csrf: csrf });
    expect(res.statusCode).toBe(403);
    const [c] = await t.database.db.select().from(serviceChanges).where(eq(serviceChanges.id, changeId));
    expect(c.status).toBe('pending');
  });

  it('approves: the public page shows the new hours at once, versions keep old and new, the submitter gets a mail', async () => {
    // The public page is cached with the old state first.
    expect((await t.app.inject({ url: `/angebote/${serviceA.id}` })).body).toContain('09:00–12:00');
    const page = await directorClient.get(`/verwaltung/redaktion/${changeId}`);
    const res = await directorClient.post(`/verwaltung/redaktion/${changeId}/freigeben`, { _csrf: page.csrf });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/verwaltung/redaktion?erledigt=freigegeben');
    const pub = (await t.app.inject({ url: `/angebote/${serviceA.id}` })).body;
    expect(pub).toContain('10:00–13:00');
    expect(pub).not.toContain('09:00–12:00');
    expect(pub).toContain('Offener Elterntreff Nord');
    expect(await versionNumbers(t.database.db, serviceA.id)).toEqual([1, 2]);
    const [c] = await t.database.db.select().from(serviceChanges).where(eq(serviceChanges.id, changeId));
    expect(c.status).toBe('approved');
    const [mail] = await outboxFor(t.database.db, 'editor-a@nord.example');
    expect(mail.subject).toContain('Offener Elterntreff Nord');
    expect(mail.textBody).toContain(`/angebote/${serviceA.id}`);
    // Approving a provider's change counts as their confirmation.
    const [s] = await t.database.db.select({ assured: services.assuredDate }).from(services).where(eq(services.id, serviceA.id));
    expect(s.assured).toBe(new Date().toISOString().slice(0, 10));
    // The queue is empty again.
    expect((await directorClient.get('/verwaltung/redaktion')).res.body).toContain('Keine Änderungen warten auf Prüfung.');
  });

  it('fills the HSDS metadata change log from the history, valid against the compiled schema', async () => {
    const res = await t.app.inject({ url: `/api/hsds/services/${serviceA.id}` });
    const doc = res.json() as { metadata: { field_name: string; previous_value: string; replacement_value: string; last_action_type: string; updated_by: string }[] };
    const hours = doc.metadata.find((m) => m.field_name === 'opening_hours');
    expect(hours).toMatchObject({ previous_value: 'Mo 09:00–12:00', replacement_value: 'Mo 10:00–13:00', last_action_type: 'update', updated_by: 'Dana Redaktion' });
    expect(doc.metadata.find((m) => m.field_name === 'name')).toMatchObject({ previous_value: 'Offener Elterntreff', replacement_value: 'Offener Elterntreff Nord' });
    expect(doc.metadata.length).toBeLessThanOrEqual(20);
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(projectRoot, 'resources', 'hsds-3.0', 'schema', 'compiled', 'service.json'), 'utf8')));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const list = await t.app.inject({ url: `/api/hsds/services?full=true&organization_id=${orgA}` });
    expect((list.json() as { contents: { metadata: unknown[] }[] }).contents[0].metadata.length).toBeGreaterThan(0);
  });

  it('sends a change back only with a comment, keeps what was typed, and mails the comment to the submitter', async () => {
    const { changeId: id } = await propose(await withHours(serviceA.id, 'FR', '08:00', '10:00'), orgA, editorA);
    const page = await directorClient.get(`/verwaltung/redaktion/${id}`);
    const empty = await directorClient.post(`/verwaltung/redaktion/${id}/zurueckgeben`, { _csrf: page.csrf, comment: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('error-summary');
    expect(empty.body).toContain('Bitte schreiben Sie dem Träger, warum Sie die Änderung zurückgeben.');
    const comment = 'Freitags ist das Haus geschlossen – bitte prüfen.';
    const res = await directorClient.post(`/verwaltung/redaktion/${id}/zurueckgeben`, { _csrf: page.csrf, comment });
    expect(res.statusCode).toBe(303);
    const [c] = await t.database.db.select().from(serviceChanges).where(eq(serviceChanges.id, id));
    expect(c).toMatchObject({ status: 'returned', comment });
    const [mail] = await outboxFor(t.database.db, 'editor-a@nord.example');
    expect(mail.textBody).toContain(comment);
    // Nothing was published.
    expect(await versionNumbers(t.database.db, serviceA.id)).toEqual([1, 2]);
  });

  it('warns on a change whose service was published again since it was proposed', async () => {
    const { changeId: id } = await propose(await withHours(serviceA.id, 'WE', '15:00', '17:00'), orgA, editorA);
    await auditedTransaction(t.database.db, { actor: director }, async (tx) => publishServiceDirectly(tx, { actor: director },
      { organizationId: orgA, proposed: { ...(await publishedServiceDocument(tx, serviceA.id))!, description: 'Direkt von der Redaktion geändert.' }, kind: 'update' }));
    const page = await directorClient.get(`/verwaltung/redaktion/${id}`);
    expect(page.res.body).toContain('Der veröffentlichte Eintrag hat sich inzwischen geändert');
    expect((await directorClient.get('/verwaltung/redaktion')).res.body).toContain('inzwischen geändert');
  });
});

describe('the version history', () => {
  it('shows every version to directory editors and the organisation’s editors, and nobody else', async () => {
    const mine = await editorAClient.get(`/verwaltung/angebote/${serviceA.id}/versionen`);
    expect(mine.res.statusCode).toBe(200);
    expect(mine.res.body).toContain('Version 1');
    expect(mine.res.body).toContain('Version 3');
    expect(mine.res.body).toContain('Dana Redaktion');
    expect(mine.res.body).toContain('Import');
    expect(mine.res.body).toContain('Öffnungszeiten');
    expect((await editorBClient.get(`/verwaltung/angebote/${serviceA.id}/versionen`)).res.statusCode).toBe(404);
    expect((await editorBClient.get(`/verwaltung/angebote/${serviceA.id}/versionen/1`)).res.statusCode).toBe(404);
    expect((await editorBClient.get(`/verwaltung/angebote/${crypto.randomUUID()}/versionen`)).res.statusCode).toBe(404);
    const anonymous = await formClient(t.app).get(`/verwaltung/angebote/${serviceA.id}/versionen`);
    expect(anonymous.res.statusCode).toBe(303);
    expect(anonymous.res.headers.location).toMatch(/^\/anmelden/);
  });

  it('shows one version and compares it with the previous or any other', async () => {
    const v2 = await editorAClient.get(`/verwaltung/angebote/${serviceA.id}/versionen/2`);
    expect(v2.res.body).toContain('Unterschiede zwischen Version 1 und Version 2');
    expect(v2.res.body).toContain('Mo 10:00–13:00');
    // Provider editors see no restore button.
    expect(v2.res.body).not.toContain('wiederherstellen');
    const other = await editorAClient.get(`/verwaltung/angebote/${serviceA.id}/versionen/3?mit=1`);
    expect(other.res.body).toContain('Unterschiede zwischen Version 1 und Version 3');
    expect(other.res.body).toContain('Direkt von der Redaktion geändert.');
  });

  it('restores a version as a new one (directory editors only), and the public page shows it', async () => {
    const page = await editorAClient.get(`/verwaltung/angebote/${serviceA.id}/versionen/1`);
    expect((await editorAClient.post(`/verwaltung/angebote/${serviceA.id}/versionen/1/wiederherstellen`, { _csrf: page.csrf })).statusCode).toBe(403);
    const mine = await directorClient.get(`/verwaltung/angebote/${serviceA.id}/versionen/1`);
    const res = await directorClient.post(`/verwaltung/angebote/${serviceA.id}/versionen/1/wiederherstellen`, { _csrf: mine.csrf });
    expect(res.statusCode).toBe(303);
    expect(await versionNumbers(t.database.db, serviceA.id)).toEqual([1, 2, 3, 4]);
    const [v4] = await rows<{ restored_from: number }>(t.database.db, sql`SELECT restored_from FROM service_versions WHERE service_id = ${serviceA.id} AND version = 4`);
    expect(v4.restored_from).toBe(1);
    const pub = (await t.app.inject({ url: `/angebote/${serviceA.id}` })).body;
    expect(pub).toContain('09:00–12:00');
    expect(pub).not.toContain('Offener Elterntreff Nord');
    const history = await directorClient.get(`/verwaltung/angebote/${serviceA.id}/versionen`);
    expect(history.res.body).toContain('Wiederherstellung von Version 1');
    const api = (await t.app.inject({ url: `/api/hsds/services/${serviceA.id}` })).json() as { metadata: { last_action_type: string }[] };
    expect(api.metadata[0].last_action_type).toBe('restore');
  });

  it('records a directory editor’s new service directly, as version 1', async () => {
    const created = makeService({ name: 'Neue Hebammensprechstunde', organization: { id: orgB } });
    const { organization: _o, ...proposed } = created;
    await auditedTransaction(t.database.db, { actor: director }, (tx) => publishServiceDirectly(tx, { actor: director },
      { organizationId: orgB, proposed: { ...proposed, organization_id: orgB } as HsdsService, kind: 'create' }));
    expect(await versionNumbers(t.database.db, created.id)).toEqual([1]);
    expect((await t.app.inject({ url: `/angebote/${created.id}` })).body).toContain('Neue Hebammensprechstunde');
    const [s] = await t.database.db.select({ org: services.organizationId }).from(services).where(eq(services.id, created.id));
    expect(s.org).toBe(orgB);
  });
});

describe('freshness', () => {
  const secretKey = () => t.app.config.secretKey;
  const env = () => ({ mail: { smtpConfigured: false }, baseUrl: 'http://localhost', secretKey: secretKey() });

  it('flags entries not confirmed for 12 months, mails the provider once, and shows their age publicly', async () => {
    const old = new Date(Date.now() - 430 * 86_400_000).toISOString().slice(0, 10);
    await t.database.db.update(services).set({ assuredDate: old }).where(eq(services.id, serviceB.id));
    const first = await t.database.db.transaction((tx) => flagStaleServices(tx, env()));
    expect(first.services).toBeGreaterThanOrEqual(1);
    const [mail] = await outboxFor(t.database.db, 'editor-b@sued.example');
    expect(mail.template).toBe('editorialConfirm');
    expect(mail.textBody).toContain(`/bestaetigen/angebot/${confirmationToken(secretKey(), serviceB.id)}`);
    expect(mail.textBody).toContain('Schuldnerberatung Süd');
    const again = await t.database.db.transaction((tx) => flagStaleServices(tx, env()));
    expect(again).toEqual({ services: 0, mails: 0 });
    expect(await outboxFor(t.database.db, 'editor-b@sued.example')).toHaveLength(1);
    const pub = (await t.app.inject({ url: `/angebote/${serviceB.id}` })).body;
    expect(pub).toContain('Angaben möglicherweise nicht aktuell');
    expect(pub).toMatch(/Zuletzt bestätigt vor 1[34] Monaten/);
  });

  it('confirms with the signed link (a GET changes nothing; a forged token is refused), audited', async () => {
    const token = confirmationToken(secretKey(), serviceB.id);
    const visitor = formClient(t.app);
    const page = await visitor.get(`/bestaetigen/angebot/${token}`);
    expect(page.res.statusCode).toBe(200);
    expect(page.res.body).toContain('Schuldnerberatung Süd');
    const [before] = await t.database.db.select({ assured: services.assuredDate }).from(services).where(eq(services.id, serviceB.id));
    expect(before.assured).not.toBe(new Date().toISOString().slice(0, 10));
    const forged = `${serviceB.id}.${'A'.repeat(43)}`;
    expect((await visitor.get(`/bestaetigen/angebot/${forged}`)).res.statusCode).toBe(404);
    expect((await visitor.post(`/bestaetigen/angebot/${forged}`, { _csrf: page.csrf })).statusCode).toBe(404);
    expect((await visitor.get(`/bestaetigen/angebot/${confirmationToken(secretKey(), serviceA.id).replace(serviceA.id, serviceB.id)}`)).res.statusCode).toBe(404);
    const res = await visitor.post(`/bestaetigen/angebot/${token}`, { _csrf: page.csrf });
    expect(res.statusCode).toBe(303);
    expect((await visitor.get(res.headers.location as string)).res.body).toContain('Danke für Ihre Bestätigung');
    const [after] = await t.database.db.select({ assured: services.assuredDate }).from(services).where(eq(services.id, serviceB.id));
    expect(after.assured).toBe(new Date().toISOString().slice(0, 10));
    const [audit] = await rows<{ action: string; resource_id: string }>(t.database.db, sql`SELECT action, resource_id FROM audit_log WHERE action = 'service.confirm' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ action: 'service.confirm', resource_id: serviceB.id });
    expect((await t.app.inject({ url: `/angebote/${serviceB.id}` })).body).not.toContain('Angaben möglicherweise nicht aktuell');
    // No version for a confirmation: only the date.
    expect(await versionNumbers(t.database.db, serviceB.id)).toEqual([]);
  });
});

describe('queue pages', () => {
  it('pages the pending changes, oldest first', async () => {
    const { pendingChanges } = await import('./review.ts');
    await propose({ ...(await publishedServiceDocument(t.database.db, serviceB.id))!, description: 'Neue Beschreibung.' } as HsdsService, orgB, { kind: 'user', userId: await userId(t.database.db, 'editor-b@sued.example'), roles: [], memberships: [{ organizationId: orgB, role: 'editor' }] });
    const all = await pendingChanges(t.database.db, 1, 100);
    expect(all.items.length).toBeGreaterThanOrEqual(2);
    const times = all.items.map((i) => i.submittedAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const [first, second] = [await pendingChanges(t.database.db, 1, 1), await pendingChanges(t.database.db, 2, 1)];
    expect(first.total).toBe(all.total);
    expect([first.items[0].id, second.items[0].id]).toEqual([all.items[0].id, all.items[1].id]);
    expect(all.items.at(-1)!.serviceName).toBe('Schuldnerberatung Süd');
    expect((await directorClient.get('/verwaltung/redaktion?seite=2')).res.statusCode).toBe(200);
  });
});

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { formClient } from '../../test/forms.ts';
import { makeOrganization, makeUser, signedIn, userId } from '../../test/accounts.ts';
import { rows } from '../../platform/db.ts';
import { outboxFor } from '../../platform/mail/index.ts';

let t: TestApp;
let caritas = '';
let awo = '';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  caritas = await makeOrganization(db, 'Caritasverband Lindenau');
  awo = await makeOrganization(db, 'AWO Kreisverband Lindenau');
  await makeUser(db, { email: 'admin@lindenau.example', name: 'Frank Richter', roles: ['administrator'] });
  await makeUser(db, { email: 'traeger@caritas.example', name: 'Petra Hoffmann', memberships: [{ organizationId: caritas, role: 'org_admin' }] });
  await makeUser(db, { email: 'beratung@caritas.example', name: 'Selin Kaya', memberships: [{ organizationId: caritas, role: 'counsellor' }] });
  await makeUser(db, { email: 'beratung@awo.example', name: 'Ali Demir', memberships: [{ organizationId: awo, role: 'counsellor' }] });
  await makeUser(db, { email: 'planung@lindenau.example', name: 'Murat Yılmaz', roles: ['planner'] });
});
afterAll(async () => { await t?.close(); });

const audit = (action: string) => rows<{ outcome: string; subject_user_id: string | null; resource_id: string | null }>(t.database.db,
  sql`SELECT outcome, subject_user_id, resource_id FROM audit_log WHERE action = ${action} ORDER BY id`);

describe('administration of staff', () => {
  it('sends an administrator without a confirmed second factor to set it up before the staff list', async () => {
    const c = await signedIn(t.app, t.database.db, 'admin@lindenau.example');
    const res = (await c.get('/verwaltung/benutzer')).res;
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/konto/zwei-faktor?weiter=%2Fverwaltung%2Fbenutzer');
    // POSTs are refused outright.
    const csrf = (await c.get('/konto')).csrf;
    expect((await c.post('/verwaltung/benutzer/einladen', { _csrf: csrf, displayName: 'X', email: 'x@lindenau.example', roles: 'planner' })).statusCode).toBe(403);
  });

  it('lists every staff member with their roles for the administrator, and audits the read', async () => {
    const c = await signedIn(t.app, t.database.db, 'admin@lindenau.example', { mfa: true });
    const page = await c.get('/verwaltung/benutzer');
    expect(page.res.statusCode).toBe(200);
    for (const name of ['Frank Richter', 'Petra Hoffmann', 'Selin Kaya', 'Ali Demir', 'Murat Yılmaz']) expect(page.res.body).toContain(name);
    expect(page.res.body).toContain('Beratung · AWO Kreisverband Lindenau');
    const filtered = await c.get('/verwaltung/benutzer?role=counsellor');
    expect(filtered.res.body).toContain('Selin Kaya');
    expect(filtered.res.body).not.toContain('Murat Yılmaz');
    expect((await audit('user.read')).length).toBeGreaterThanOrEqual(2);
  });

  it('invites a caseworker: account waits as invited, the mail carries a link, the link sets the password and leads to the second factor', async () => {
    const c = await signedIn(t.app, t.database.db, 'admin@lindenau.example', { mfa: true });
    const form = await c.get('/verwaltung/benutzer/einladen');
    const bad = await c.post('/verwaltung/benutzer/einladen', { _csrf: form.csrf, displayName: 'Tobias Neumann', email: 'beratung@awo.example', roles: 'caseworker' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Für diese Adresse gibt es schon ein Konto.');
    expect(bad.body).toContain('value="Tobias Neumann"');
    expect(bad.body).toMatch(/id="roles-caseworker"[^>]*checked/);

    const ok = await c.post('/verwaltung/benutzer/einladen', { _csrf: form.csrf, displayName: 'Tobias Neumann', email: 'asd@lindenau.example', roles: 'caseworker' });
    expect(ok.statusCode).toBe(303);
    const [user] = await rows<{ status: string; password_hash: string | null }>(t.database.db, sql`SELECT status, password_hash FROM users WHERE email = 'asd@lindenau.example'`);
    expect(user).toEqual({ status: 'invited', password_hash: null });
    // Invited people cannot sign in yet.
    const early = formClient(t.app);
    expect((await early.post('/anmelden', { _csrf: (await early.get('/anmelden')).csrf, email: 'asd@lindenau.example', password: 'irgendwas-langes' })).statusCode).toBe(400);

    const [mail] = await outboxFor(t.database.db, 'asd@lindenau.example');
    expect(mail.subject).toBe('Einladung zu Zugang');
    expect(mail.textBody).toContain('Frank Richter hat Sie zu Zugang eingeladen');
    const link = new URL(mail.textBody.match(/https?:\/\/\S+\/einladung\/\S+/)![0]);
    const invited = formClient(t.app);
    const accept = await invited.get(link.pathname);
    expect(accept.res.body).toContain('Willkommen, Tobias Neumann');
    const weak = await invited.post(link.pathname, { _csrf: accept.csrf, password: 'kurz' });
    expect(weak.statusCode).toBe(400);
    const done = await invited.post(link.pathname, { _csrf: accept.csrf, password: 'Rathausplatz sieben 7' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/konto/zwei-faktor?weiter=%2Fkonto');
    expect((await invited.get('/konto/zwei-faktor?weiter=%2Fkonto')).res.body).toContain('Pflicht für Ihre Rolle');
    // The link works once.
    expect((await formClient(t.app).get(link.pathname)).res.statusCode).toBe(410);
    expect((await audit('user.invite')).at(-1)?.subject_user_id).toBe(await userId(t.database.db, 'asd@lindenau.example'));
  });

  it('changes roles and records before and after; refuses to remove the last administrator', async () => {
    const c = await signedIn(t.app, t.database.db, 'admin@lindenau.example', { mfa: true });
    const murat = await userId(t.database.db, 'planung@lindenau.example');
    const page = await c.get(`/verwaltung/benutzer/${murat}`);
    expect(page.res.body).toContain('Murat Yılmaz');
    const saved = await c.post(`/verwaltung/benutzer/${murat}/rollen`, { _csrf: page.csrf, roles: 'team_lead' });
    expect(saved.statusCode).toBe(303);
    const roles = await rows<{ role: string }>(t.database.db, sql`SELECT role FROM user_roles WHERE user_id = ${murat}`);
    expect(roles.map((r) => r.role)).toEqual(['team_lead']);
    const entry = await rows<{ details: { before: { roles: string[] }; after: { roles: string[] } } }>(t.database.db,
      sql`SELECT details FROM audit_log WHERE action = 'user.update' AND subject_user_id = ${murat} ORDER BY id DESC LIMIT 1`);
    expect(entry[0].details.before.roles).toEqual(['planner']);
    expect(entry[0].details.after.roles).toEqual(['team_lead']);

    const self = await userId(t.database.db, 'admin@lindenau.example');
    const own = await c.get(`/verwaltung/benutzer/${self}`);
    const refused = await c.post(`/verwaltung/benutzer/${self}/rollen`, { _csrf: own.csrf, roles: 'planner' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('letzte aktive Administration');
  });

  it('adds a role at an organisation the person does not belong to yet, keeping the other roles', async () => {
    const c = await signedIn(t.app, t.database.db, 'admin@lindenau.example', { mfa: true });
    const ali = await userId(t.database.db, 'beratung@awo.example');
    const page = await c.get(`/verwaltung/benutzer/${ali}`);
    expect(page.res.body).toContain('Rolle bei einem weiteren Träger');
    const res = await c.post(`/verwaltung/benutzer/${ali}/rollen`, { _csrf: page.csrf, [`org.${awo}`]: 'counsellor', addOrganizationId: caritas, addOrganizationRoles: 'editor' });
    expect(res.statusCode).toBe(303);
    const m = await rows<{ organization_id: string; role: string }>(t.database.db, sql`SELECT organization_id, role FROM memberships WHERE user_id = ${ali} ORDER BY role`);
    expect(m).toEqual([{ organization_id: awo, role: 'counsellor' }, { organization_id: caritas, role: 'editor' }]);
    // Put back as it was for the organisation-admin tests below.
    await t.database.db.execute(sql`DELETE FROM memberships WHERE user_id = ${ali} AND organization_id = ${caritas}`);
  });

  it('deactivates an account: its sessions end at once and it cannot sign in', async () => {
    const selin = await signedIn(t.app, t.database.db, 'beratung@caritas.example');
    expect((await selin.get('/konto')).res.statusCode).toBe(200);
    const c = await signedIn(t.app, t.database.db, 'admin@lindenau.example', { mfa: true });
    const id = await userId(t.database.db, 'beratung@caritas.example');
    const page = await c.get(`/verwaltung/benutzer/${id}`);
    expect((await c.post(`/verwaltung/benutzer/${id}/deaktivieren`, { _csrf: page.csrf })).statusCode).toBe(303);
    expect((await selin.get('/konto')).res.statusCode).toBe(303);
    await expect(signedIn(t.app, t.database.db, 'beratung@caritas.example')).rejects.toThrow(/failed: 400/);
    expect((await c.post(`/verwaltung/benutzer/${id}/aktivieren`, { _csrf: page.csrf })).statusCode).toBe(303);
    await signedIn(t.app, t.database.db, 'beratung@caritas.example');
  });
});

describe('organisation admins', () => {
  it('see and invite only within their own organisation; another organisation\'s member is 404 and audited', async () => {
    const c = await signedIn(t.app, t.database.db, 'traeger@caritas.example', { mfa: true });
    const list = await c.get('/verwaltung/benutzer');
    expect(list.res.statusCode).toBe(200);
    expect(list.res.body).toContain('Selin Kaya');
    expect(list.res.body).not.toContain('Ali Demir');
    expect(list.res.body).not.toContain('Frank Richter');

    const ali = await userId(t.database.db, 'beratung@awo.example');
    expect((await c.get(`/verwaltung/benutzer/${ali}`)).res.statusCode).toBe(404);
    const denied = (await audit('user.read')).filter((a) => a.outcome === 'denied');
    expect(denied.at(-1)?.resource_id).toBe(ali);
    const csrf = list.csrf || (await c.get('/verwaltung/benutzer/einladen')).csrf;
    expect((await c.post(`/verwaltung/benutzer/${ali}/rollen`, { _csrf: csrf, [`org.${awo}`]: 'org_admin' })).statusCode).toBe(404);
    expect((await rows(t.database.db, sql`SELECT 1 FROM memberships WHERE user_id = ${ali} AND role = 'org_admin'`))).toHaveLength(0);

    const form = await c.get('/verwaltung/benutzer/einladen');
    expect(form.res.body).not.toContain('AWO Kreisverband');
    expect(form.res.body).not.toContain('id="roles-administrator"');
    const foreign = await c.post('/verwaltung/benutzer/einladen', { _csrf: form.csrf, displayName: 'Eva', email: 'eva@awo.example', organizationId: awo, organizationRoles: 'editor' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body).toContain('Für diesen Träger dürfen Sie keine Rollen vergeben.');
    const global = await c.post('/verwaltung/benutzer/einladen', { _csrf: form.csrf, displayName: 'Eva', email: 'eva@caritas.example', roles: 'administrator', organizationId: caritas, organizationRoles: 'editor' });
    expect(global.statusCode).toBe(400);
    const ok = await c.post('/verwaltung/benutzer/einladen', { _csrf: form.csrf, displayName: 'Eva Brandt', email: 'eva@caritas.example', organizationId: caritas, organizationRoles: 'editor' });
    expect(ok.statusCode).toBe(303);
    const m = await rows<{ organization_id: string; role: string }>(t.database.db, sql`SELECT organization_id, role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'eva@caritas.example'`);
    expect(m).toEqual([{ organization_id: caritas, role: 'editor' }]);
  });

  it('are not offered administration to anyone without such a permission', async () => {
    const c = await signedIn(t.app, t.database.db, 'planung@lindenau.example');
    expect((await c.get('/verwaltung')).res.body).toContain('nichts zu verwalten');
    expect((await c.get('/verwaltung/benutzer')).res.statusCode).toBe(403);
  });
});

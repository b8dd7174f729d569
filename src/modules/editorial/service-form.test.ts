// The service form on the demo municipality: a service's HSDS object → form → HSDS object keeps every field
// when nothing is edited (also through the rendered form and the proposal stored for review), an edit
// changes only what was edited, and every validation message comes back beside its field and in the
// summary with everything typed kept (status 400).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { makeUser, signedIn } from '../../test/accounts.ts';
import { formFields, type FormClient } from '../../test/forms.ts';
import { rows } from '../../platform/db.ts';
import { loadDemo } from '../../demo/index.ts';
import { demoId } from '../../demo/random.ts';
import { serviceSchema, type HsdsService } from '../directory/hsds-schema.ts';
import { publishedServiceDocument } from './changes.ts';
import { formOptions } from './self-service.ts';
import { postcodeCentroid } from '../directory/geo.ts';
import { parseServiceForm, serviceFromForm, valuesFromService, type FormOptions } from './service-form.ts';

let t: TestApp;
let editor: FormClient;
const CARITAS = demoId('organization/caritas');
const SERVICES = ['caritas/sozialberatung', 'caritas/schwangerschaftsberatung', 'caritas/mbe', 'caritas/fachambulanz'].map((k) => demoId(`service/${k}`));
const SOZIALBERATUNG = SERVICES[0];
const GERMAN = { byAppointment: 'Termine nur nach Vereinbarung' };

const replace = (fields: [string, string][], changes: Record<string, string>): [string, string][] =>
  fields.map(([k, v]) => [k, Object.hasOwn(changes, k) ? changes[k] : v]);
const proposalOf = async (serviceId: string) => (await rows<{ proposed: HsdsService; status: string }>(t.database.db, sql`
  SELECT proposed, status FROM service_changes WHERE service_id = ${serviceId} ORDER BY submitted_at DESC LIMIT 1`))[0];

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.database.db);
  await makeUser(t.database.db, { email: 'redaktion@caritas.test', memberships: [{ organizationId: CARITAS, role: 'editor' }] });
  editor = await signedIn(t.app, t.database.db, 'redaktion@caritas.test', { mfa: true });
}, 120_000);
afterAll(async () => { await t?.close(); });

async function optionsFor(doc: HsdsService): Promise<FormOptions> {
  return formOptions(t.database.db, { id: CARITAS, name: 'Caritas' }, 'de', doc);
}

describe('form values and the HSDS service object', () => {
  it('gives back every field of demo services unchanged when nothing is edited', async () => {
    for (const id of SERVICES) {
      const doc = (await publishedServiceDocument(t.database.db, id))!;
      expect(doc, id).toBeTruthy();
      const options = await optionsFor(doc);
      const values = valuesFromService(doc, new Set(options.situations.map((s) => s.id)), new Set(options.features.map((f) => f.id)));
      expect(values.hours.filter((h) => h.days.length).length, id).toBeGreaterThan(0);
      const { form, problems } = parseServiceForm(values, options);
      expect(problems, id).toEqual([]);
      expect(serviceFromForm(doc, form!, options, GERMAN), id).toEqual(doc);
    }
  });

  it('changes only what was edited: the opening hours, a closure, by appointment, a translation, a place’s features', async () => {
    const doc = (await publishedServiceDocument(t.database.db, SOZIALBERATUNG))!;
    const options = await optionsFor(doc);
    const values = valuesFromService(doc, new Set(options.situations.map((s) => s.id)), new Set(options.features.map((f) => f.id)));
    values.hours[0] = { ...values.hours[0], opens: '08:30' };
    values.byAppointment = true;
    values.closures = [{ id: '', from: '2026-12-24', to: '2027-01-01', note: 'Betriebsferien' }];
    values.translations.tr = { name: 'Genel sosyal danışmanlık', description: '' };
    const { form, problems } = parseServiceForm(values, options);
    expect(problems).toEqual([]);
    const out = serviceFromForm(doc, form!, options, GERMAN) as unknown as Record<string, unknown>;
    const schedules = out.schedules as Record<string, unknown>[];
    const before = doc.schedules!;
    expect(schedules.slice(0, before.length).filter((s, i) => JSON.stringify(s) !== JSON.stringify(before[i])))
      .toEqual([{ ...before.find((s) => s.id === values.hours[0].id), opens_at: '08:30' }]);
    expect(schedules.slice(before.length)).toEqual([
      { id: expect.any(String), description: 'Termine nur nach Vereinbarung', attending_type: 'by appointment' },
      { id: expect.any(String), valid_from: '2026-12-24', valid_to: '2027-01-01', description: 'Betriebsferien', attending_type: 'closed' },
    ]);
    expect((out.translations as Record<string, unknown>).tr).toEqual({ name: 'Genel sosyal danışmanlık' });
    const { schedules: _a, translations: _b, ...rest } = out;
    const { schedules: _c, translations: _d, ...restBefore } = doc as unknown as Record<string, unknown>;
    expect(rest).toEqual(restBefore);
    // The object is valid HSDS as the importer takes it, and the form reads its own output back.
    const parsed = serviceSchema.parse(out);
    const again = valuesFromService(parsed, new Set(options.situations.map((s) => s.id)), new Set(options.features.map((f) => f.id)));
    expect(again.byAppointment).toBe(true);
    expect(again.closures[0]).toMatchObject({ from: '2026-12-24', to: '2027-01-01', note: 'Betriebsferien' });
  });
});

describe('the form in the browser’s place', () => {
  it('sends the rendered form unchanged: the proposal equals the published document', async () => {
    const id = SERVICES[3];
    const page = await editor.get(`/verwaltung/angebote/${id}/bearbeiten`);
    expect(page.res.statusCode).toBe(200);
    const res = await editor.post(`/verwaltung/angebote/${id}/bearbeiten`, formFields(page.res.body, `/verwaltung/angebote/${id}/bearbeiten`));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const published = (await publishedServiceDocument(t.database.db, id))!;
    const proposal = await proposalOf(id);
    expect(proposal.status).toBe('pending');
    expect(proposal.proposed).toEqual(JSON.parse(JSON.stringify(serviceSchema.parse(published))));
  });

  it('reports every problem beside its field and in the summary, keeps everything typed, and answers 400', async () => {
    const id = SERVICES[2];
    const action = `/verwaltung/angebote/${id}/bearbeiten`;
    const page = await editor.get(action);
    const fields = replace(formFields(page.res.body, action), {
      name: '', description: '   ', 'hours-0-opens': '25:00', 'hours-1-closes': '08:00', email: 'keine-adresse', url: 'nicht da',
      minimumAge: '30', maximumAge: '12', 'tr-en-name': 'Migration advice for adults',
      'closure-0-from': '31.12.2026', 'closure-0-to': '01.12.2026', 'closure-0-note': 'Jahreswechsel',
    });
    fields.push(['phone-5-number', 'abc']);
    const res = await editor.post(action, fields);
    expect(res.statusCode).toBe(400);
    const body = res.body;
    const summary = body.slice(body.indexOf('error-summary'), body.indexOf('</ul>', body.indexOf('error-summary')));
    for (const [field, message] of [
      ['name', 'Bitte geben Sie den Namen des Angebots an.'], ['description', 'Bitte beschreiben Sie das Angebot auf Deutsch.'],
      ['hours-0-opens', 'Bitte geben Sie die Uhrzeit als SS:MM an, zum Beispiel 09:30.'], ['hours-1-closes', 'Das Ende muss nach dem Beginn liegen.'],
      ['closure-0-to', 'Das Ende der Schließzeit darf nicht vor ihrem Beginn liegen.'], ['phone-5-number', 'Bitte geben Sie eine Telefonnummer aus Ziffern an, zum Beispiel 0341 123456.'],
      ['email', 'Bitte geben Sie eine E-Mail-Adresse an, zum Beispiel beratung@beispiel.de.'], ['url', 'Bitte geben Sie eine vollständige Internetadresse an, zum Beispiel https://www.beispiel.de.'],
      ['maximumAge', 'Das Alter „bis“ darf nicht kleiner sein als das Alter „ab“.'],
    ]) {
      expect(summary, field).toContain(`href="#${field}">${message}</a>`);
      expect(body, field).toContain(`<p class="kern-error" id="${field}-error">${message}</p>`);
    }
    // Nothing typed is lost.
    expect(body).toContain('value="Migration advice for adults"');
    expect(body).toContain('value="25:00"');
    expect(body).toContain('value="keine-adresse"');
    expect(body).toContain('value="31.12.2026"');
    expect(body).toContain('value="Jahreswechsel"');
    expect(body).toContain('value="abc"');
    expect((await proposalOf(id))).toBeUndefined();
  });

  it('asks for a fee’s amount, and keeps the fee rows typed when more rows are asked for', async () => {
    const id = SERVICES[1];
    const action = `/verwaltung/angebote/${id}/bearbeiten`;
    const page = await editor.get(action);
    const fields = replace(formFields(page.res.body, action), { costKind: 'fee', 'cost-0-note': 'Materialkosten' });
    const res = await editor.post(action, fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#cost-0-amount">Bitte geben Sie den Betrag in Euro an.</a>');
    const more = await editor.post(action, [...fields, ['_mehr', 'cost']]);
    expect(more.statusCode).toBe(200);
    expect(more.body).toContain('value="Materialkosten"');
    expect(more.body).toContain('name="cost-3-amount"');
  });

  it('changes a place’s address and adds a new place (a protected one) with the change; bad postcodes are named beside the field', async () => {
    const id = SERVICES[0];
    const action = `/verwaltung/angebote/${id}/bearbeiten`;
    const page = await editor.get(action);
    const fields = formFields(page.res.body, action);
    const own = fields.find(([k]) => /^access-[0-9a-f-]{36}-street$/.test(k));
    expect(own, 'an own place offers its address').toBeTruthy();
    const placeId = own![0].slice('access-'.length, -'-street'.length);
    const published = (await publishedServiceDocument(t.database.db, id))!;
    const location = published.service_at_locations!.map((sal) => sal.location!).find((l) => l.id === placeId)!;
    expect(own![1]).toBe(location.addresses![0].address_1);

    // Bad input: every problem beside its field, everything typed kept.
    const bad = replace(fields, { [`access-${placeId}-postalCode`]: '1358', 'place-name': 'Beratungsraum im Stadtteilladen', 'place-street': 'Marktstraße 4', 'place-postalCode': '00000' });
    const res = await editor.post(action, bad);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`href="#access-${placeId}-postalCode">Eine Postleitzahl hat fünf Ziffern, zum Beispiel 13585.</a>`);
    expect(res.body).toContain('href="#place-postalCode">Diese Postleitzahl gibt es nicht. Bitte prüfen Sie sie.</a>');
    expect(res.body).toContain('value="Beratungsraum im Stadtteilladen"');
    expect(res.body).toContain('value="1358"');

    const good = replace(fields, { [`access-${placeId}-street`]: 'Lindenallee 12', [`access-${placeId}-postalCode`]: '13629', [`access-${placeId}-city`]: 'Berlin',
      'place-name': 'Schutzwohnung Nord', 'place-street': 'Geheimweg 1', 'place-postalCode': '13585', 'place-city': 'Berlin' });
    good.push(['place-confidential', '1']);
    const sent = await editor.post(action, good);
    expect(sent.statusCode, sent.body.slice(0, 1500)).toBe(303);
    const proposed = (await proposalOf(id)).proposed;
    const places = proposed.service_at_locations!.map((sal) => sal.location!);
    const changed = places.find((l) => l.id === placeId)!;
    expect(changed.addresses![0]).toMatchObject({ id: location.addresses![0].id, address_1: 'Lindenallee 12', postal_code: '13629', city: 'Berlin' });
    // Another postcode: the place moves to that postcode's centre.
    expect(location.addresses![0].postal_code).not.toBe('13629');
    expect([changed.latitude, changed.longitude]).toEqual([postcodeCentroid('13629')!.lat, postcodeCentroid('13629')!.lon]);
    const created = places.find((l) => l.name === 'Schutzwohnung Nord')!;
    expect(created).toMatchObject({ organization_id: CARITAS, confidential: true, addresses: [{ address_1: 'Geheimweg 1', postal_code: '13585', city: 'Berlin', country: 'DE' }] });
    expect(created.latitude).toBeCloseTo(52.5, 0);

    // Published: the new place exists, is confidential, lies in a Sozialraum, and no public page shows its street.
    const { approveChange } = await import('./review.ts');
    const [change] = await rows<{ id: string }>(t.database.db, sql`SELECT id FROM service_changes WHERE service_id = ${id} AND status = 'pending'`);
    await approveChange(t.database.db, { actor: { kind: 'system', name: 'test' } } as never, { mail: { smtpConfigured: false }, baseUrl: 'http://localhost', lang: 'de' }, change.id);
    const [stored] = await rows<{ confidential: boolean; district: string | null; street: string }>(t.database.db, sql`
      SELECT l.confidential, l.district_id::text AS district, a.address_1 AS street FROM locations l JOIN addresses a ON a.location_id = l.id WHERE l.id = ${created.id}`);
    expect(stored).toMatchObject({ confidential: true, street: 'Geheimweg 1' });
    const [moved] = await rows<{ street: string }>(t.database.db, sql`SELECT address_1 AS street FROM addresses WHERE location_id = ${placeId}`);
    expect(moved.street).toBe('Lindenallee 12');
    const pub = await t.app.inject({ url: `/angebote/${id}` });
    expect(pub.body).toContain('Schutzwohnung Nord');
    expect(pub.body).not.toContain('Geheimweg');
    expect(pub.body).toContain('Lindenallee 12');
  });
});

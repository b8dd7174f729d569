import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { rows } from '../../platform/db.ts';
import { serviceSchema } from './hsds-schema.ts';
import { importServices, finishImport } from './importer.ts';
import { storedServiceDocument } from './hsds-present.ts';

let tdb: TestDatabase;
beforeAll(async () => { tdb = await createTestDatabase(); });
afterAll(async () => { await tdb?.drop(); });

const example = () => JSON.parse(fs.readFileSync(new URL('../../test/fixtures/hsds-service-full.json', import.meta.url), 'utf8'));
const stored = (id: string) => rows<{ version: string; name: string }>(tdb.db, sql`SELECT version, document->>'name' AS name FROM service_documents WHERE service_id = ${id}`);

describe('stored service documents (the service page)', () => {
  it('builds the document on the first view, stores it and reads it back by primary key', async () => {
    const s = example();
    await importServices(tdb.db, [serviceSchema.parse(s)]);
    expect(await stored(s.id)).toEqual([]);
    const doc = await storedServiceDocument(tdb.db, s.id);
    expect(doc?.name).toBe(s.name);
    const [row] = await stored(s.id);
    const [{ xmin }] = await rows<{ xmin: string }>(tdb.db, sql`SELECT xmin::text AS xmin FROM services WHERE id = ${s.id}`);
    expect(row.version).toBe(xmin);
    expect(await storedServiceDocument(tdb.db, s.id)).toEqual(doc);
    expect(await storedServiceDocument(tdb.db, randomUUID())).toBeNull();
  });

  it('shows a changed service and a changed translation after a new import', async () => {
    const s = { ...example(), name: 'Beratung neu', translations: { en: { name: 'Counselling, new' } } };
    await importServices(tdb.db, [serviceSchema.parse(s)]);
    const doc = await storedServiceDocument(tdb.db, s.id);
    expect(doc?.name).toBe('Beratung neu');
    expect((doc?.translations as Record<string, Record<string, string>>).en.name).toBe('Counselling, new');
    expect((await stored(s.id))[0].name).toBe('Beratung neu');

    const again = { ...s, translations: { en: { name: 'Counselling, newer' } } };
    await importServices(tdb.db, [serviceSchema.parse(again)]);
    expect(((await storedServiceDocument(tdb.db, s.id))?.translations as Record<string, Record<string, string>>).en.name).toBe('Counselling, newer');
  });

  it('shows an organisation renamed through the import of another of its services', async () => {
    const first = example();
    await storedServiceDocument(tdb.db, first.id);
    const other = {
      ...example(), id: randomUUID(), name: 'Zweites Angebot', service_at_locations: [], phones: [], schedules: [], languages: [], contacts: [],
      cost_options: [], service_areas: [], attributes: [], organization: { ...example().organization, name: 'Umbenannter Träger', phones: [] },
    };
    await importServices(tdb.db, [serviceSchema.parse(other)]);
    const doc = await storedServiceDocument(tdb.db, first.id);
    expect((doc?.organization as { name: string }).name).toBe('Umbenannter Träger');
  });

  it('leaves the other services of an organisation alone when an import repeats it unchanged, and changes them when it changes', async () => {
    const first = example();
    const version = async () => (await rows<{ v: string }>(tdb.db, sql`SELECT xmin::text AS v FROM services WHERE id = ${first.id}`))[0].v;
    const before = await version();
    const third = (orgName: string) => ({
      ...example(), id: '6a0e3c1e-3f0b-4c55-9d3e-1c2b3a4d5e6f', name: 'Drittes Angebot', service_at_locations: [], phones: [], schedules: [], languages: [], contacts: [],
      cost_options: [], service_areas: [], attributes: [], organization: { ...example().organization, name: orgName, phones: [] },
    });
    // The organisation exactly as the previous import left it (a source repeats it on every page of a pull).
    await importServices(tdb.db, [serviceSchema.parse(third('Umbenannter Träger'))]);
    expect(await version()).toBe(before);
    await importServices(tdb.db, [serviceSchema.parse(third('Träger mit neuem Namen'))]);
    expect(await version()).not.toBe(before);
    expect(((await storedServiceDocument(tdb.db, first.id))?.organization as { name: string }).name).toBe('Träger mit neuem Namen');
  });

  it('a deferred import builds the search documents at its end (finishImport)', async () => {
    const s = { ...example(), id: randomUUID(), name: 'Aufgeschobene Schuldnerberatung', service_at_locations: [], phones: [], contacts: [], schedules: [], languages: [], cost_options: [], service_areas: [],
      attributes: [], organization: undefined, organization_id: example().organization.id };
    await importServices(tdb.db, [serviceSchema.parse(s)], undefined, { search: 'defer' });
    const find = () => rows<{ id: string }>(tdb.db, sql`SELECT service_id AS id FROM service_search WHERE document @@ to_tsquery('zugang', 'schuldnerberatung')`);
    expect(await find()).toEqual([]);
    await finishImport(tdb.db);
    expect((await find()).map((r) => r.id)).toEqual([s.id]);
    expect(await rows(tdb.db, sql`SELECT * FROM service_search_pending`)).toEqual([]);
    // The new entries are merged into the search index, not left in GIN's pending list for every search
    // to read: cleaning it again finds no pending page.
    const [pending] = await rows<{ pages: number }>(tdb.db, sql`SELECT gin_clean_pending_list('service_search_document_idx'::regclass)::int AS pages`);
    expect(pending.pages).toBe(0);
  });
});

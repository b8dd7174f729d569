import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { rows, type Queryable } from '../../platform/db.ts';
import type { HsdsService } from './hsds-schema.ts';
import { importServices } from './importer.ts';
import { presentServices, type HsdsObject } from './hsds-present.ts';
import { exportPackage, readPackage, readJsonFile, HsdsValidationError } from './hsds-package.ts';

const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');
const germanServices = () => JSON.parse(fs.readFileSync(path.join(fixtures, 'hsds/services-de.json'), 'utf8')) as Record<string, unknown>[];
const officialService = () => JSON.parse(fs.readFileSync(path.join(fixtures, 'hsds-service-full.json'), 'utf8')) as Record<string, unknown>;
const TABLES = ['organizations', 'services', 'locations', 'service_at_locations', 'addresses', 'phones', 'schedules', 'languages',
  'cost_options', 'service_areas', 'contacts', 'accessibility', 'attributes', 'translations'];

let source: TestDatabase;
let target: TestDatabase;
let empty: TestDatabase;
let tmp: string;

const count = async (db: Queryable, table: string) =>
  (await rows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0].n;
const counts = async (db: Queryable) => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(db, t)])));
const serviceIds = async (db: Queryable) => (await rows<{ id: string }>(db, sql`SELECT id FROM services ORDER BY id`)).map((r) => r.id);

/** The presented services without what an import sets to its own time (organizations and locations have no HSDS last_modified). */
function comparable(list: HsdsObject[]) {
  return JSON.parse(JSON.stringify(list, (key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'last_modified' in value && !('status' in value)) {
      const { last_modified: _, ...rest } = value as Record<string, unknown>;
      return rest;
    }
    return value;
  }));
}

/** The same import the command line does: everything in one transaction. */
const importAll = (db: TestDatabase, services: HsdsService[]) => db.db.transaction((tx) => importServices(tx, services));

function readCsv(file: string) {
  return Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
}
function writeCsv(file: string, data: Record<string, string>[], fields: string[]) {
  fs.writeFileSync(file, `${Papa.unparse({ fields, data: data.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\r\n' })}\r\n`);
}
function copyDir(from: string, to: string) {
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(to, f));
}

beforeAll(async () => {
  [source, target, empty] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zugang-hsds-'));
  // Through the JSON reader rather than serviceSchema.parse: it also accepts records translated into some languages only.
  const services = [...await readJsonFile(path.join(fixtures, 'hsds-service-full.json')), ...await readJsonFile(path.join(fixtures, 'hsds/services-de.json'))];
  await importServices(source.db, services);
});
afterAll(async () => {
  await Promise.all([source?.drop(), target?.drop(), empty?.drop()]);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('HSDS tabular data package', () => {
  it('exports one CSV per table with the columns its datapackage.json declares, and every row', async () => {
    const dir = path.join(tmp, 'export');
    const progress: [number, number][] = [];
    const result = await exportPackage(source.db, dir, (done, total) => progress.push([done, total]));
    const descriptor = JSON.parse(fs.readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
    expect(descriptor.profile).toBe('tabular-data-package');
    const paths = descriptor.resources.map((r: { path: string }) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['organizations.csv', 'services.csv', 'locations.csv', 'service_at_location.csv', 'addresses.csv',
      'phones.csv', 'schedules.csv', 'languages.csv', 'cost_options.csv', 'service_areas.csv', 'contacts.csv', 'accessibility.csv',
      'taxonomies.csv', 'taxonomy_terms.csv', 'attributes.csv', 'translations.csv']));
    for (const r of descriptor.resources as { path: string; schema: { fields: { name: string }[] } }[]) {
      const csv = readCsv(path.join(dir, r.path));
      expect(csv.meta.fields, r.path).toEqual(r.schema.fields.map((f) => f.name));
      expect(csv.data.length, r.path).toBe(result.files.find((f) => f.path === r.path)!.rows);
    }
    // Same columns and order as the standard's own example package.
    expect(readCsv(path.join(dir, 'services.csv')).meta.fields).toEqual(readCsv(path.join(fixtures, 'hsds/csv/services.csv')).meta.fields);
    const db = await counts(source.db);
    const files: Record<string, string> = { service_at_locations: 'service_at_location.csv' };
    for (const table of TABLES) expect(readCsv(path.join(dir, files[table] ?? `${table}.csv`)).data.length, table).toBe(db[table]);
    expect(readCsv(path.join(dir, 'taxonomy_terms.csv')).data.length).toBe(await count(source.db, 'taxonomy_terms'));
    const last = progress.at(-1)!;
    expect(last[0]).toBe(last[1]);
    // Timestamps are written as ISO date-times in UTC.
    const svc = readCsv(path.join(dir, 'services.csv')).data.find((r) => r.id === '5e0a1c00-0000-4000-8000-000000000003')!;
    expect(svc.last_modified).toBe('2025-06-01T09:30:00.000Z');
  });

  it('imports an exported package into another database with the same services', async () => {
    const dir = path.join(tmp, 'export');
    const services = await readPackage(dir);
    expect(services).toHaveLength(5);
    const result = await importAll(target, services);
    expect(result.changed).toBe(5);
    const ids = await serviceIds(source.db);
    expect(await serviceIds(target.db)).toEqual(ids);
    const before = await presentServices(source.db, ids, { full: true, translations: true });
    const after = await presentServices(target.db, ids, { full: true, translations: true });
    expect(comparable(after)).toEqual(comparable(before));
    // Also what the presenter does not show (contacts' phones) arrives.
    expect(await counts(target.db)).toEqual(await counts(source.db));
  });

  it('changes nothing when the same package is imported again', async () => {
    const result = await importAll(target, await readPackage(path.join(tmp, 'export')));
    expect(result).toEqual({ services: 5, changed: 0, unchanged: 5 });
  });

  it('imports the official HSDS 3.0 example package and reports what Zugang does not keep', async () => {
    const warnings: string[] = [];
    const services = await readPackage(path.join(fixtures, 'hsds/csv'), { onWarning: (w) => warnings.push(w) });
    expect(services.map((s) => s.name)).toEqual(['Community Counselling']);
    const db = await createTestDatabase();
    try {
      expect((await importAll(db, services)).changed).toBe(1);
      const [s] = await presentServices(db.db, [services[0].id], { full: true });
      expect(s.organization).toMatchObject({ name: 'Example Organization Inc.' });
      const sal = (s.service_at_locations as Record<string, unknown>[])[0];
      expect(sal.location).toMatchObject({ name: 'MyCity Civic Center', latitude: 52.52 });
      expect((sal.location as Record<string, unknown[]>).addresses).toHaveLength(1);
      expect(s.cost_options).toHaveLength(1);
      expect(s.service_areas).toHaveLength(1);
    } finally {
      await db.drop();
    }
    expect(warnings).toEqual(expect.arrayContaining([
      expect.stringMatching(/^funding\.csv: 1 rows not imported/),
      expect.stringMatching(/^attributes\.csv: 1 rows not imported \(its link_id is no service or location/),
      expect.stringMatching(/^locations\.csv row 2 \(id 3a19ff88-4620-4d17-9830-ac1d859eb5d5\): organization_id 985e4a42/),
    ]));
  });

  it('rejects the official example with its impossible coordinates, naming file, row and field', async () => {
    const dir = path.join(tmp, 'official-original');
    copyDir(path.join(fixtures, 'hsds/csv'), dir);
    const file = path.join(dir, 'locations.csv');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(',52.52,13.4,', ',100,101,'));
    const error = await readPackage(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HsdsValidationError);
    expect((error as Error).message.split('\n')).toEqual([
      'locations.csv row 2 (id 3a19ff88-4620-4d17-9830-ac1d859eb5d5): latitude: Too big: expected number to be <=90',
    ]);
  });

  it('rejects a package with a bad value before writing anything', async () => {
    const dir = path.join(tmp, 'bad-csv');
    copyDir(path.join(tmp, 'export'), dir);
    const file = path.join(dir, 'services.csv');
    const csv = readCsv(file);
    const i = csv.data.findIndex((r) => r.id === '5e0a1c00-0000-4000-8000-000000000003');
    csv.data[i].minimum_age = 'zwölf';
    writeCsv(file, csv.data, csv.meta.fields!);
    const before = await counts(empty.db);
    const error = await readPackage(dir).then((services) => importAll(empty, services)).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `services.csv row ${i + 2} (id 5e0a1c00-0000-4000-8000-000000000003): minimum_age: Invalid input: expected number, received NaN`);
    expect(await counts(empty.db)).toEqual(before);
    expect(before.services).toBe(0);
  });

  it('names the row of a nested table and a reference that points nowhere', async () => {
    const dir = path.join(tmp, 'bad-nested');
    copyDir(path.join(tmp, 'export'), dir);
    const schedules = readCsv(path.join(dir, 'schedules.csv'));
    const i = schedules.data.findIndex((r) => r.id === '5c0a1c00-0000-4000-8000-000000000012');
    schedules.data[i].byday = 'Montag';
    writeCsv(path.join(dir, 'schedules.csv'), schedules.data, schedules.meta.fields!);
    const error = await readPackage(dir).catch((e: unknown) => e) as Error;
    expect(error.message).toContain(`schedules.csv row ${i + 2} (id 5c0a1c00-0000-4000-8000-000000000012): byday: expected weekdays like MO,TU`);

    const orgs = readCsv(path.join(dir, 'organizations.csv'));
    writeCsv(path.join(dir, 'organizations.csv'), orgs.data.filter((r) => r.id !== '0e0a1c00-0000-4000-8000-0000000000a1'), orgs.meta.fields!);
    const services = readCsv(path.join(dir, 'services.csv'));
    const j = services.data.findIndex((r) => r.id === '5e0a1c00-0000-4000-8000-000000000002');
    const error2 = await readPackage(dir).catch((e: unknown) => e) as Error;
    expect(error2.message).toContain(`services.csv row ${j + 2} (id 5e0a1c00-0000-4000-8000-000000000002): organization_id: no organization with this id in organizations.csv`);
  });
});

describe('HSDS JSON files', () => {
  it('reads one service, an array of services, or a page of the HSDS API', async () => {
    const one = path.join(tmp, 'one.json');
    fs.writeFileSync(one, JSON.stringify(officialService()));
    expect((await readJsonFile(one)).map((s) => s.id)).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
    expect(await readJsonFile(path.join(fixtures, 'hsds/services-de.json'))).toHaveLength(4);
    // The German services only: their taxonomy terms belong to the taxonomies every instance has, and the
    // presenter does not nest a term's taxonomy_detail, which a term of an unknown taxonomy would need.
    const page = path.join(tmp, 'page.json');
    const ids = germanServices().map((s) => s.id as string);
    const contents = await presentServices(source.db, ids, { full: true, translations: true });
    fs.writeFileSync(page, JSON.stringify({ total_items: 4, total_pages: 1, page_number: 1, size: 4, first_page: true, last_page: true, empty: false, contents }));
    const fromPage = await readJsonFile(page);
    expect(fromPage.map((s) => s.id)).toEqual(ids);
    // What the API hands out imports again unchanged in content.
    const db = await createTestDatabase();
    try {
      await importAll(db, fromPage);
      expect(await serviceIds(db.db)).toEqual([...ids].sort());
      expect(comparable(await presentServices(db.db, ids, { full: true, translations: true })))
        .toEqual(comparable(await presentServices(source.db, ids, { full: true, translations: true })));
    } finally {
      await db.drop();
    }
  });

  it('rejects a file with one bad record, naming record, id and field, and imports none of it', async () => {
    const list = germanServices();
    ((list[1].service_at_locations as Record<string, Record<string, unknown>>[])[0].location).latitude = 'nördlich';
    const file = path.join(tmp, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(list));
    const before = await counts(empty.db);
    const error = await readJsonFile(file).then((s) => importAll(empty, s)).catch((e: unknown) => e) as Error;
    expect(error).toBeInstanceOf(HsdsValidationError);
    expect(error.message).toBe('bad.json record 2 (id 5e0a1c00-0000-4000-8000-000000000002): service_at_locations[0].location.latitude: Invalid input: expected number, received NaN');
    expect(await counts(empty.db)).toEqual(before);
  });

  it('says what it expected when the file is no HSDS JSON', async () => {
    const file = path.join(tmp, 'other.json');
    fs.writeFileSync(file, JSON.stringify({ hello: 'world' }));
    await expect(readJsonFile(file)).rejects.toThrow('other.json: expected a service, an array of services or a page { "contents": [...] }');
    fs.writeFileSync(file, '{ broken');
    await expect(readJsonFile(file)).rejects.toThrow(/^other\.json: not valid JSON/);
  });
});

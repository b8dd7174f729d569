// HSDS 3.0 files: the tabular data package (datapackage.json + one CSV per table, as in the standard's
// examples/csv) and JSON files of services. Export streams each table in keyset batches from one
// consistent snapshot; reading rebuilds the nested service objects from the rows and validates all of
// them before the caller writes anything, so an import is all-or-nothing.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import Papa from 'papaparse';
import { sql, getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { projectRoot } from '../../config.ts';
import type { Db, Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import * as t from './schema.ts';
import { serviceSchema, type HsdsService } from './hsds-schema.ts';

// ---------------------------------------------------------------------------------------------
// Tables

type TabularField = { type?: string; format?: string; datapackage_type?: string; description?: string; enum?: string[] };
type TabularTable = { name: string; path: string; description?: string; required?: string[]; properties: Record<string, TabularField> };

/** HSDS table name → the Zugang table holding it, in the order of the standard's data package. */
const ZUGANG_TABLES: [string, PgTable][] = [
  ['organization', t.organizations],
  ['service', t.services],
  ['attribute', t.attributes],
  ['service_at_location', t.serviceAtLocations],
  ['location', t.locations],
  ['phone', t.phones],
  ['contact', t.contacts],
  ['address', t.addresses],
  ['schedule', t.schedules],
  ['service_area', t.serviceAreas],
  ['language', t.languages],
  ['accessibility', t.accessibility],
  ['taxonomy_term', t.taxonomyTerms],
  ['cost_option', t.costOptions],
  ['taxonomy', t.taxonomies],
];

/** HSDS tables Zugang does not keep: reading a package reports their rows as not imported. */
const IGNORED_TABLES = ['program', 'funding', 'required_document', 'metadata', 'meta_table_description', 'organization_identifier'];

/** Zugang extension: translations of text fields (HSDS has none). */
const TRANSLATIONS = {
  name: 'zugang_translation', path: 'translations.csv',
  description: 'Zugang extension: translations of text fields of services, organizations, locations and taxonomy terms.',
  columns: ['entity_type', 'entity_id', 'field', 'lang', 'value'],
};

let tabularCache: Map<string, TabularTable> | undefined;

/** The tables of the HSDS 3.0 tabular data package, from the official compiled schema. */
export function hsdsTables(): Map<string, TabularTable> {
  if (!tabularCache) {
    const file = path.join(projectRoot, 'resources', 'hsds-3.0', 'schema', 'compiled', 'tabular.json');
    const tabular = JSON.parse(fs.readFileSync(file, 'utf8')) as { properties: Record<string, { items: TabularTable }> };
    tabularCache = new Map(Object.values(tabular.properties).map((p) => [p.items.name, p.items]));
  }
  return tabularCache;
}

/** The CSV columns of a table: its scalar fields, in the standard's order. */
function columnsOf(table: TabularTable): string[] {
  return Object.entries(table.properties).filter(([, f]) => f.type !== 'array' && f.type !== 'object').map(([name]) => name);
}

const REFERENCES: Record<string, string> = {
  organization_id: 'organization', service_id: 'service', location_id: 'location', service_at_location_id: 'service_at_location',
  contact_id: 'contact', phone_id: 'phone', taxonomy_term_id: 'taxonomy_term', taxonomy_id: 'taxonomy',
};

function resourceDescriptor(table: TabularTable, exported: Set<string>) {
  const required = new Set(table.required ?? []);
  const fields = columnsOf(table).map((name) => {
    const f = table.properties[name];
    const constraints: Record<string, unknown> = {};
    if (required.has(name)) constraints.required = true;
    if (name === 'id') constraints.unique = true;
    if (f.enum) constraints.enum = f.enum;
    return {
      name,
      type: f.datapackage_type ?? (f.type === 'number' ? 'number' : 'string'),
      ...(f.format && ['uuid', 'email', 'uri'].includes(f.format) ? { format: f.format } : {}),
      ...(f.description ? { description: f.description } : {}),
      ...(Object.keys(constraints).length ? { constraints } : {}),
    };
  });
  const foreignKeys = fields.filter((f) => REFERENCES[f.name] && exported.has(REFERENCES[f.name]))
    .map((f) => ({ fields: f.name, reference: { resource: REFERENCES[f.name], fields: 'id' } }));
  return {
    name: table.name, path: table.path, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
    ...(table.description ? { description: table.description } : {}),
    schema: { fields, primaryKey: 'id', ...(foreignKeys.length ? { foreignKeys } : {}) },
  };
}

/** The datapackage.json of an export: the HSDS tables Zugang holds plus its translations extension. */
export function packageDescriptor(created = new Date()) {
  const tables = hsdsTables();
  const exported = new Set(ZUGANG_TABLES.map(([name]) => name));
  return {
    profile: 'tabular-data-package',
    name: 'zugang-hsds',
    title: 'Open Referral HSDS 3.0 data exported by Zugang',
    created: created.toISOString(),
    hsds_version: '3.0',
    resources: [
      ...ZUGANG_TABLES.map(([name]) => resourceDescriptor(tables.get(name)!, exported)),
      {
        name: TRANSLATIONS.name, path: TRANSLATIONS.path, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv',
        encoding: 'utf-8', description: TRANSLATIONS.description,
        schema: {
          fields: [
            { name: 'entity_type', type: 'string', constraints: { required: true, enum: ['service', 'organization', 'location', 'taxonomy_term'] } },
            { name: 'entity_id', type: 'string', format: 'uuid', constraints: { required: true } },
            { name: 'field', type: 'string', constraints: { required: true } },
            { name: 'lang', type: 'string', constraints: { required: true } },
            { name: 'value', type: 'string', constraints: { required: true } },
          ],
          primaryKey: ['entity_type', 'entity_id', 'field', 'lang'],
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Export

const EXPORT_BATCH = 2000;
/** The translations a package can carry: those of the records it nests. */
const TRANSLATED = sql`entity_type IN ('service', 'organization', 'location', 'taxonomy_term')`;
const CSV_NEWLINE = '\r\n';

/** Rows written so far and rows in all, after each batch; `file` is the CSV being written. */
export type ExportProgress = (done: number, total: number, file: string) => void;
export type ExportResult = { files: { path: string; rows: number }[] };

/** One column of the SELECT: the value as text exactly as it goes into the CSV, or NULL for fields Zugang lacks. */
function selectList(table: PgTable, columns: string[]): SQL {
  const byName = new Map(Object.values(getTableColumns(table)).map((c) => [c.name, c]));
  return sql.join(columns.map((name) => {
    const c = byName.get(name);
    if (!c) return sql.raw(`NULL AS "${name}"`);
    // A confidential location is exported without its coordinates and directions (docs/security.md).
    if (table === t.locations && (name === 'latitude' || name === 'longitude' || name === 'transportation')) return sql.raw(`CASE WHEN confidential THEN NULL ELSE "${name}"::text END AS "${name}"`);
    if (c.columnType === 'PgTimestamp') return sql.raw(`to_char("${name}" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${name}"`);
    return sql.raw(`"${name}"::text AS "${name}"`);
  }), sql`, `);
}

async function writeCsv(file: string, columns: string[], next: (after: unknown) => Promise<{ rows: Record<string, string | null>[]; last: unknown }>,
  onRows: (n: number) => void): Promise<number> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = async (text: string) => { if (!out.write(text)) await once(out, 'drain'); };
  let count = 0;
  try {
    await write(Papa.unparse([columns], { newline: CSV_NEWLINE }) + CSV_NEWLINE);
    let after: unknown = null;
    for (;;) {
      const batch = await next(after);
      if (!batch.rows.length) break;
      await write(Papa.unparse(batch.rows.map((r) => columns.map((c) => r[c] ?? '')), { newline: CSV_NEWLINE }) + CSV_NEWLINE);
      count += batch.rows.length;
      onRows(count);
      if (batch.rows.length < EXPORT_BATCH) break;
      after = batch.last;
    }
  } finally {
    out.end();
    await finished(out);
  }
  return count;
}

/** Rows a package never carries: the addresses of confidential locations. */
function exportFilter(table: PgTable): SQL {
  const own = ownRowsOnly(table);
  if (table === t.addresses) return sql`${own} AND NOT EXISTS (SELECT 1 FROM locations l WHERE l.id = addresses.location_id AND l.confidential)`;
  return own;
}

/**
 * The instance's own rows: the portal network's foreign entries (and the rows that hang on them) are not
 * published again, as in the HSDS API (docs/federation.md).
 */
function ownRowsOnly(table: PgTable): SQL {
  if (table === t.organizations || table === t.services || table === t.locations) return sql`source_id IS NULL`;
  const columns = getTableColumns(table) as Record<string, unknown>;
  const parents: SQL[] = [];
  const foreign = (parent: string, column: string) => sql.raw(`NOT EXISTS (SELECT 1 FROM ${parent} f WHERE f.id = ${column} AND f.source_id IS NOT NULL)`);
  const name = getTableName(table);
  if ('serviceId' in columns) parents.push(foreign('services', `${name}.service_id`));
  if ('locationId' in columns) parents.push(foreign('locations', `${name}.location_id`));
  if ('organizationId' in columns) parents.push(foreign('organizations', `${name}.organization_id`));
  if ('serviceAtLocationId' in columns) {
    parents.push(sql.raw(`NOT EXISTS (SELECT 1 FROM service_at_locations sal JOIN services f ON f.id = sal.service_id WHERE sal.id = ${name}.service_at_location_id AND f.source_id IS NOT NULL)`));
  }
  if ('contactId' in columns) {
    parents.push(sql.raw(`NOT EXISTS (SELECT 1 FROM contacts c LEFT JOIN services fs ON fs.id = c.service_id LEFT JOIN organizations fo ON fo.id = c.organization_id
      WHERE c.id = ${name}.contact_id AND (fs.source_id IS NOT NULL OR fo.source_id IS NOT NULL))`));
  }
  if ('linkId' in columns) parents.push(foreign('services', `${name}.link_id`), foreign('locations', `${name}.link_id`), foreign('organizations', `${name}.link_id`));
  return parents.length ? sql.join(parents, sql` AND `) : sql`TRUE`;
}

const OWN_TRANSLATIONS = sql.raw(['services', 'locations', 'organizations'].map((p) => `NOT EXISTS (SELECT 1 FROM ${p} f WHERE f.id = translations.entity_id AND f.source_id IS NOT NULL)`).join(' AND '));

/**
 * Writes the whole directory as an HSDS 3.0 tabular data package into `dir` (created if missing;
 * files of the same name are replaced). Reads from one repeatable-read snapshot, so the files agree
 * with each other even while the directory changes; on PGlite that snapshot holds the database for
 * the duration of the export.
 */
export async function exportPackage(db: Queryable, dir: string, onProgress?: ExportProgress): Promise<ExportResult> {
  fs.mkdirSync(dir, { recursive: true });
  const tables = hsdsTables();
  const run = async (tx: Queryable): Promise<ExportResult> => {
    const files: ExportResult['files'] = [];
    const [{ total }] = await rows<{ total: number }>(tx, sql`SELECT (${sql.join(
      [...ZUGANG_TABLES.map(([, table]) => sql`(SELECT count(*) FROM ${table} WHERE ${exportFilter(table)})`), sql`(SELECT count(*) FROM translations WHERE ${TRANSLATED} AND ${OWN_TRANSLATIONS})`], sql` + `)})::int AS total`);
    let done = 0;
    for (const [name, table] of ZUGANG_TABLES) {
      const spec = tables.get(name)!;
      const columns = columnsOf(spec);
      const select = selectList(table, columns);
      const n = await writeCsv(path.join(dir, spec.path), columns, async (after) => {
        const list = await rows<Record<string, string | null>>(tx, sql`
          SELECT ${select} FROM ${table} WHERE ${after ? sql`id > ${after}::uuid` : sql`TRUE`} AND ${exportFilter(table)} ORDER BY id LIMIT ${EXPORT_BATCH}`);
        return { rows: list, last: list.at(-1)?.id };
      }, (count) => onProgress?.(done + count, total, spec.path));
      files.push({ path: spec.path, rows: n });
      done += n;
    }
    const n = await writeCsv(path.join(dir, TRANSLATIONS.path), TRANSLATIONS.columns, async (after) => {
      const a = after as string[] | null;
      const list = await rows<Record<string, string>>(tx, sql`
        SELECT entity_type, entity_id::text AS entity_id, field, lang, value FROM translations
        WHERE ${TRANSLATED} AND ${OWN_TRANSLATIONS} ${a ? sql`AND (entity_type, entity_id, field, lang) > (${a[0]}, ${a[1]}::uuid, ${a[2]}, ${a[3]})` : sql``}
        ORDER BY entity_type, entity_id, field, lang LIMIT ${EXPORT_BATCH}`);
      const last = list.at(-1);
      return { rows: list, last: last ? [last.entity_type, last.entity_id, last.field, last.lang] : null };
    }, (count) => onProgress?.(done + count, total, TRANSLATIONS.path));
    files.push({ path: TRANSLATIONS.path, rows: n });
    return { files };
  };
  const result = await (db as Db).transaction(run, { isolationLevel: 'repeatable read', accessMode: 'read only' });
  // The descriptor comes last: a package with a datapackage.json is complete.
  fs.writeFileSync(path.join(dir, 'datapackage.json'), `${JSON.stringify(packageDescriptor(), null, 2)}\n`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Reading and validation

/** Import data that does not validate: `problems` has one line per bad field, naming file, record and field. */
export class HsdsValidationError extends Error {
  constructor(public readonly problems: string[]) {
    const shown = problems.slice(0, 20);
    super(shown.join('\n') + (problems.length > shown.length ? `\n… and ${problems.length - shown.length} more problems` : ''));
    this.name = 'HsdsValidationError';
  }
}

export type ReadOptions = { onWarning?: (message: string) => void };

type Row = Record<string, unknown>;
type Origin = { file: string; row: number; id?: string };

/** Where a path of a Zod issue leads: the innermost record with a known origin, and the field below it. */
function locate(root: object, issuePath: PropertyKey[], origins: WeakMap<object, Origin>) {
  let node: unknown = root;
  let origin = origins.get(root);
  let rest: string[] = [];
  for (const key of issuePath) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
    rest.push(typeof key === 'number' ? `[${key}]` : String(key));
    if (node && typeof node === 'object' && origins.has(node)) {
      origin = origins.get(node);
      rest = [];
    }
  }
  return { origin, field: rest.join('.').replace(/\.\[/g, '[') || '(record)' };
}

const recordName = (o: Origin) => `${o.file} row ${o.row}${o.id ? ` (id ${o.id})` : ''}`;

/** Validates every service; throws one error listing every problem, so nothing is written when anything is wrong. */
function validateAll(list: Row[], describe: (record: Row, index: number, issue: z.core.$ZodIssue) => string): HsdsService[] {
  const problems = new Set<string>();
  const out: HsdsService[] = [];
  list.forEach((record, i) => {
    const r = serviceSchema.safeParse(record);
    if (r.success) out.push(r.data);
    else for (const issue of r.error.issues) problems.add(describe(record, i, issue));
  });
  if (problems.size) throw new HsdsValidationError([...problems]);
  return out;
}

type Table = { file: string; rows: Row[] };

function parseCsv(file: string, display: string): Table {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const bad = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (bad) throw new HsdsValidationError([`${display} row ${(bad.row ?? 0) + 2}: ${bad.message}`]);
  const out: Row[] = parsed.data.map((r) => {
    const row: Row = {};
    for (const [k, v] of Object.entries(r)) {
      if (k === '__parsed_extra' || typeof v !== 'string' || v.trim() === '') continue;
      row[k] = v;
    }
    return row;
  });
  return { file: display, rows: out };
}

/** The file of each HSDS table: from datapackage.json when there is one, else the standard's file names. */
function resolveFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, table] of hsdsTables()) files.set(name, table.path);
  files.set(TRANSLATIONS.name, TRANSLATIONS.path);
  const descriptorFile = path.join(dir, 'datapackage.json');
  if (fs.existsSync(descriptorFile)) {
    let descriptor: { resources?: { name?: string; path?: unknown }[] };
    try {
      descriptor = JSON.parse(fs.readFileSync(descriptorFile, 'utf8'));
    } catch (e) {
      throw new HsdsValidationError([`datapackage.json: not valid JSON (${(e as Error).message})`]);
    }
    for (const r of descriptor.resources ?? []) {
      if (!r.name || typeof r.path !== 'string') continue;
      const target = path.resolve(dir, r.path);
      if (/^[a-z]+:\/\//i.test(r.path) || !target.startsWith(path.resolve(dir) + path.sep)) {
        throw new HsdsValidationError([`datapackage.json: resource ${r.name}: path ${r.path} is not a file inside the package`]);
      }
      files.set(r.name, r.path);
    }
  }
  // Some producers name the link table in the plural.
  if (!fs.existsSync(path.join(dir, files.get('service_at_location')!)) && fs.existsSync(path.join(dir, 'service_at_locations.csv'))) {
    files.set('service_at_location', 'service_at_locations.csv');
  }
  return files;
}

/**
 * Reads an HSDS tabular data package (a folder with datapackage.json and CSV files) and returns its services,
 * each nested with its organization, locations and everything else, validated. Throws an HsdsValidationError
 * naming file, row (as a spreadsheet counts: the header is row 1), id and field for every bad value.
 * Rows that no service reaches (and tables Zugang does not keep) are reported through `onWarning`.
 */
export async function readPackage(dir: string, opts: ReadOptions = {}): Promise<HsdsService[]> {
  const warn = opts.onWarning ?? (() => {});
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new HsdsValidationError([`${dir}: not a folder`]);
  const files = resolveFiles(dir);
  const origins = new WeakMap<object, Origin>();
  const problems: string[] = [];

  const load = (name: string): Table => {
    const rel = files.get(name)!;
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) return { file: rel, rows: [] };
    const table = parseCsv(file, rel);
    const seen = new Map<string, number>();
    table.rows.forEach((row, i) => {
      const origin: Origin = { file: rel, row: i + 2, id: typeof row.id === 'string' ? row.id : undefined };
      origins.set(row, origin);
      if (origin.id && name !== TRANSLATIONS.name) {
        const first = seen.get(origin.id);
        if (first) problems.push(`${recordName(origin)}: id: the same id as row ${first}`);
        else seen.set(origin.id, origin.row);
      }
    });
    return table;
  };

  const servicesFile = path.join(dir, files.get('service')!);
  if (!fs.existsSync(servicesFile)) throw new HsdsValidationError([`${files.get('service')}: not found in ${dir}`]);
  const tbl = Object.fromEntries(['organization', 'service', 'attribute', 'service_at_location', 'location', 'phone', 'contact', 'address',
    'schedule', 'service_area', 'language', 'accessibility', 'taxonomy_term', 'cost_option', 'taxonomy', TRANSLATIONS.name]
    .map((name) => [name, load(name)])) as Record<string, Table>;
  for (const name of IGNORED_TABLES) {
    const rel = files.get(name);
    if (!rel || !fs.existsSync(path.join(dir, rel))) continue;
    let n = 0;
    try { n = parseCsv(path.join(dir, rel), rel).rows.length; } catch { n = -1; }
    if (n < 0) warn(`${rel}: not readable as CSV; ignored (Zugang does not keep ${name.replace(/_/g, ' ')} records)`);
    else if (n) warn(`${rel}: ${n} rows not imported (Zugang does not keep ${name.replace(/_/g, ' ')} records)`);
  }

  const byId = (name: string) => new Map(tbl[name].rows.filter((r) => typeof r.id === 'string').map((r) => [r.id as string, r]));
  const groupBy = (name: string, key: string) => {
    const m = new Map<string, Row[]>();
    for (const r of tbl[name].rows) {
      const k = r[key];
      if (typeof k !== 'string') continue;
      const list = m.get(k) ?? [];
      list.push(r);
      m.set(k, list);
    }
    return m;
  };
  const used = new WeakSet<object>();
  const take = (list: Row[] | undefined, build: (r: Row) => Row = (r) => r) => (list ?? []).map((r) => {
    used.add(r);
    const out = build(r);
    if (out !== r) origins.set(out, origins.get(r)!);
    return out;
  });

  const organizations = byId('organization');
  const locations = byId('location');
  const terms = byId('taxonomy_term');
  const taxonomies = byId('taxonomy');
  const phonesBy = Object.fromEntries(['service_id', 'location_id', 'organization_id', 'contact_id', 'service_at_location_id']
    .map((k) => [k, groupBy('phone', k)]));
  const languagesBy = Object.fromEntries(['service_id', 'location_id', 'phone_id'].map((k) => [k, groupBy('language', k)]));
  const schedulesBy = Object.fromEntries(['service_id', 'location_id', 'service_at_location_id'].map((k) => [k, groupBy('schedule', k)]));
  const contactsByService = groupBy('contact', 'service_id');
  const addressesBy = groupBy('address', 'location_id');
  const accessibilityBy = groupBy('accessibility', 'location_id');
  const costsBy = groupBy('cost_option', 'service_id');
  const areasBy = groupBy('service_area', 'service_id');
  const salBy = groupBy('service_at_location', 'service_id');
  const attributesBy = groupBy('attribute', 'link_id');
  const translationsBy = groupBy(TRANSLATIONS.name, 'entity_id');

  const translationsOf = (id: unknown) => {
    const list = typeof id === 'string' ? translationsBy.get(id) : undefined;
    if (!list) return {};
    const out: Record<string, Record<string, string>> = {};
    for (const r of list) {
      used.add(r);
      if (typeof r.lang === 'string' && typeof r.field === 'string' && typeof r.value === 'string') (out[r.lang] ??= {})[r.field] = r.value;
    }
    return { translations: out };
  };
  const phone = (r: Row): Row => ({ ...r, languages: take(languagesBy.phone_id.get(r.id as string)) });
  const attribute = (r: Row): Row => {
    const term = typeof r.taxonomy_term_id === 'string' ? terms.get(r.taxonomy_term_id) : undefined;
    if (!term) return r;
    used.add(term);
    const taxonomy = typeof term.taxonomy_id === 'string' ? taxonomies.get(term.taxonomy_id) : undefined;
    let nestedTerm: Row = { ...term, ...translationsOf(term.id) };
    if (taxonomy) {
      used.add(taxonomy);
      nestedTerm.taxonomy_detail = taxonomy;
    } else if (term.taxonomy_id) {
      // The reference would break the import; the term keeps its free-text `taxonomy` name.
      warn(`${recordName(origins.get(term)!)}: taxonomy_id ${term.taxonomy_id as string} is not in ${files.get('taxonomy')}; left out`);
      const { taxonomy_id: _, ...rest } = nestedTerm;
      nestedTerm = rest;
    }
    origins.set(nestedTerm, origins.get(term)!);
    return { ...r, taxonomy_term: nestedTerm };
  };
  const locationCache = new Map<string, Row>();
  const location = (r: Row): Row => {
    const id = r.id as string;
    const cached = locationCache.get(id);
    if (cached) return cached;
    let out: Row = {
      ...r,
      languages: take(languagesBy.location_id.get(id)),
      addresses: take(addressesBy.get(id)),
      accessibility: take(accessibilityBy.get(id)),
      phones: take(phonesBy.location_id.get(id), phone),
      schedules: take(schedulesBy.location_id.get(id)),
      attributes: take(attributesBy.get(id), attribute),
      ...translationsOf(id),
    };
    if (typeof r.organization_id === 'string' && !organizations.has(r.organization_id)) {
      // The location then belongs to the organization of the service that uses it.
      warn(`${recordName(origins.get(r)!)}: organization_id ${r.organization_id} is not in ${files.get('organization')}; left out`);
      const { organization_id: _, ...rest } = out;
      out = rest;
    }
    origins.set(out, origins.get(r)!);
    locationCache.set(id, out);
    return out;
  };

  const services: Row[] = tbl.service.rows.map((s) => {
    used.add(s);
    const id = s.id as string;
    const orgRow = typeof s.organization_id === 'string' ? organizations.get(s.organization_id) : undefined;
    if (typeof s.organization_id === 'string' && !orgRow) {
      problems.push(`${recordName(origins.get(s)!)}: organization_id: no organization with this id in ${files.get('organization')}`);
    }
    const organization = orgRow ? take([orgRow], (o) => ({ ...o, phones: take(phonesBy.organization_id.get(o.id as string), phone), ...translationsOf(o.id) }))[0] : undefined;
    const sals = take(salBy.get(id), (sal) => {
      const loc = typeof sal.location_id === 'string' ? locations.get(sal.location_id) : undefined;
      if (typeof sal.location_id === 'string' && !loc) {
        problems.push(`${recordName(origins.get(sal)!)}: location_id: no location with this id in ${files.get('location')}`);
      }
      if (loc) used.add(loc);
      return {
        ...sal,
        phones: take(phonesBy.service_at_location_id.get(sal.id as string), phone),
        schedules: take(schedulesBy.service_at_location_id.get(sal.id as string)),
        ...(loc ? { location: location(loc) } : {}),
      };
    });
    const out: Row = {
      ...s,
      ...(organization ? { organization } : {}),
      phones: take(phonesBy.service_id.get(id), phone),
      schedules: take(schedulesBy.service_id.get(id)),
      service_areas: take(areasBy.get(id)),
      service_at_locations: sals,
      languages: take(languagesBy.service_id.get(id)),
      cost_options: take(costsBy.get(id)),
      contacts: take(contactsByService.get(id), (c) => ({ ...c, phones: take(phonesBy.contact_id.get(c.id as string), phone) })),
      attributes: take(attributesBy.get(id), attribute),
      ...translationsOf(id),
    };
    origins.set(out, origins.get(s)!);
    return out;
  });

  if (problems.length) throw new HsdsValidationError(problems);
  const result = validateAll(services, (record, _i, issue) => {
    const { origin, field } = locate(record, issue.path, origins);
    return `${origin ? recordName(origin) : 'record'}: ${field}: ${issue.message}`;
  });

  for (const [name, table] of Object.entries(tbl)) {
    if (name === 'taxonomy' || name === 'taxonomy_term') continue; // reference data: only what attributes use is imported
    const left = table.rows.filter((r) => !used.has(r));
    if (!left.length) continue;
    const why = name === 'attribute' ? 'its link_id is no service or location of the package'
      : name === 'contact' ? 'Zugang keeps contacts of services only' : 'no service of the package reaches it';
    warn(`${table.file}: ${left.length} rows not imported (${why}), first: row ${origins.get(left[0])!.row}`);
  }
  return result;
}

/**
 * Reads a JSON file holding one HSDS service, an array of services, or a page of the HSDS API
 * ({ contents: [...] }), and validates every service before returning any.
 */
export async function readJsonFile(file: string): Promise<HsdsService[]> {
  const name = path.basename(file);
  let data: unknown;
  try {
    data = JSON.parse(await fs.promises.readFile(file, 'utf8'));
  } catch (e) {
    throw new HsdsValidationError([`${name}: not valid JSON (${(e as Error).message})`]);
  }
  const list = Array.isArray(data) ? data
    : data && typeof data === 'object' && Array.isArray((data as { contents?: unknown }).contents) ? (data as { contents: unknown[] }).contents
      : data && typeof data === 'object' && 'id' in data ? [data]
        : null;
  if (!list) throw new HsdsValidationError([`${name}: expected a service, an array of services or a page { "contents": [...] }`]);
  return validateAll(list as Row[], (record, i, issue) => {
    const id = record && typeof record === 'object' && typeof record.id === 'string' ? ` (id ${record.id})` : '';
    const field = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[') || '(record)';
    return `${name} record ${i + 1}${id}: ${field}: ${issue.message}`;
  });
}

// Imports services from any CSV file (e.g. a city's open-data list of day-care centres) through a
// mapping that says which column fills which HSDS field. Ids are derived from the mapped key columns,
// so importing the same file again updates the same records instead of adding new ones.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import { serviceSchema, type HsdsService } from './hsds-schema.ts';
import { shippedTaxonomies } from './base-data.ts';

const fieldSpec = z.union([
  z.object({ column: z.string().min(1), type: z.enum(['text', 'number']).default('text') }).strict(),
  z.object({ value: z.union([z.string(), z.number()]) }).strict(),
  z.object({ template: z.string().min(1) }).strict(),
]);
type FieldSpec = z.infer<typeof fieldSpec>;
const fields = (names: readonly string[]) => z.object(Object.fromEntries(names.map((n) => [n, fieldSpec.optional()]))).strict();

export const mappingSchema = z.object({
  /** Any text: ids are UUIDv5 of this namespace and the key values, so two mappings never collide. */
  namespace: z.string().min(3),
  delimiter: z.string().length(1).optional(),
  organization: fields(['key', 'name', 'description', 'email', 'website']).required({ key: true, name: true }),
  service: fields(['key', 'name', 'alternate_name', 'description', 'url', 'email', 'eligibility_description', 'minimum_age', 'maximum_age', 'fees_description', 'application_process'])
    .required({ key: true, name: true }),
  location: fields(['name', 'latitude', 'longitude', 'description']).optional(),
  address: fields(['address_1', 'postal_code', 'city', 'state_province', 'country']).optional(),
  phone: fields(['number']).optional(),
  /** Codes of life situations (taxonomy "Lebenslagen") every imported service gets. */
  lebenslagen: z.array(z.string()).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
  free: z.boolean().optional(),
}).strict();
export type CsvMapping = z.infer<typeof mappingSchema>;

export class CsvImportError extends Error {
  readonly userFacing = true;
}

/** UUIDv5-style id (SHA-1 of namespace and key; version and variant bits set). */
export function stableId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

function columnsOf(spec: FieldSpec | undefined): string[] {
  if (!spec) return [];
  if ('column' in spec) return [spec.column];
  if ('template' in spec) return [...spec.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return [];
}

function valueOf(spec: FieldSpec | undefined, row: Record<string, string>): string | number | undefined {
  if (!spec) return undefined;
  if ('value' in spec) return spec.value;
  if ('template' in spec) return spec.template.replace(/\{([^}]+)\}/g, (_, c: string) => row[c] ?? '').trim() || undefined;
  const raw = (row[spec.column] ?? '').trim();
  if (!raw) return undefined;
  if (spec.type === 'number') {
    const n = Number(raw.replace(',', '.'));
    return Number.isFinite(n) ? n : raw; // left as text: validation names the field
  }
  return raw;
}

export function readMapping(file: string): CsvMapping {
  let json: unknown;
  try { json = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw new CsvImportError(`${file}: not valid JSON (${(e as Error).message})`); }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new CsvImportError(`${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return parsed.data;
}

/** Reads and validates the whole file first; throws naming file, row and field on the first bad record. */
export function readCsvServices(file: string, mapping: CsvMapping): HsdsService[] {
  if (!fs.existsSync(file)) throw new CsvImportError(`${file}: no such file`);
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', delimiter: mapping.delimiter });
  if (parsed.errors.length) {
    const e = parsed.errors[0];
    throw new CsvImportError(`${file} row ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const header = new Set(parsed.meta.fields ?? []);
  const groups = { organization: mapping.organization, service: mapping.service, location: mapping.location, address: mapping.address, phone: mapping.phone } as Record<string, Record<string, FieldSpec | undefined> | undefined>;
  for (const [group, specs] of Object.entries(groups)) {
    for (const [field, spec] of Object.entries(specs ?? {})) {
      for (const c of columnsOf(spec)) if (!header.has(c)) throw new CsvImportError(`mapping ${group}.${field}: column "${c}" is not in ${file} (columns: ${[...header].join(', ')})`);
    }
  }
  const terms = new Map(shippedTaxonomies().flatMap((t) => t.terms).map((t) => [t.code, t.id]));
  for (const code of mapping.lebenslagen) if (!terms.has(code)) throw new CsvImportError(`mapping lebenslagen: unknown life situation "${code}"`);

  const ns = mapping.namespace;
  return parsed.data.map((row, index) => {
    const v = (group: keyof typeof groups, field: string) => valueOf(groups[group]?.[field], row);
    const orgKey = String(v('organization', 'key') ?? '');
    const serviceKey = String(v('service', 'key') ?? '');
    const where = `${file} row ${index + 2}`;
    if (!orgKey) throw new CsvImportError(`${where}: organization.key is empty`);
    if (!serviceKey) throw new CsvImportError(`${where}: service.key is empty`);
    const sid = stableId(ns, 'service', serviceKey);
    const lid = stableId(ns, 'location', serviceKey);
    const hasLocation = mapping.location || mapping.address;
    const record = {
      id: sid,
      name: v('service', 'name'), alternate_name: v('service', 'alternate_name'), description: v('service', 'description'),
      url: v('service', 'url'), email: v('service', 'email'), eligibility_description: v('service', 'eligibility_description'),
      minimum_age: v('service', 'minimum_age'), maximum_age: v('service', 'maximum_age'), fees_description: v('service', 'fees_description'),
      application_process: v('service', 'application_process'), status: 'active',
      organization: { id: stableId(ns, 'organization', orgKey), name: v('organization', 'name'), description: v('organization', 'description') ?? '',
        email: v('organization', 'email'), website: v('organization', 'website') },
      phones: v('phone', 'number') ? [{ id: stableId(ns, 'phone', serviceKey), number: v('phone', 'number') }] : [],
      languages: mapping.languages.map((code) => ({ id: stableId(ns, 'language', serviceKey, code), code })),
      cost_options: mapping.free ? [{ id: stableId(ns, 'cost', serviceKey), option: 'kostenfrei', amount: 0, currency: 'EUR' }] : [],
      attributes: mapping.lebenslagen.map((code) => ({ id: stableId(ns, 'attribute', serviceKey, code), taxonomy_term_id: terms.get(code), link_entity: 'service' })),
      service_at_locations: hasLocation ? [{
        id: stableId(ns, 'service_at_location', serviceKey),
        location: {
          id: lid, location_type: 'physical', name: v('location', 'name') ?? v('service', 'name'), description: v('location', 'description'),
          latitude: v('location', 'latitude'), longitude: v('location', 'longitude'),
          addresses: v('address', 'address_1') ? [{ id: stableId(ns, 'address', serviceKey), address_1: v('address', 'address_1'),
            postal_code: v('address', 'postal_code'), city: v('address', 'city'), state_province: v('address', 'state_province') ?? '',
            country: v('address', 'country') ?? 'DE', address_type: 'physical' }] : [],
        },
      }] : [],
    };
    const result = serviceSchema.safeParse(record);
    if (!result.success) {
      const i = result.error.issues[0];
      throw new CsvImportError(`${where} (${serviceKey}): ${i.path.join('.')}: ${i.message}`);
    }
    return result.data;
  });
}

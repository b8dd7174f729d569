import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { serviceSchema } from '../src/modules/directory/hsds-schema.ts';
import { boundingBox, districtAt, type DistrictShape } from '../src/modules/directory/geo.ts';
import { generateServices, emptyStats, readSozialraeume, type ServiceInput } from './generate.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function all(n: number, batchSize = 100, seed = '1'): ServiceInput[][] {
  return [...generateServices({ services: n, batchSize, seed })];
}

describe('the benchmark generator', () => {
  it('yields exactly the requested number of services in batches no larger than asked', () => {
    const batches = all(1_050, 200);
    expect(batches.map((b) => b.length)).toEqual([200, 200, 200, 200, 200, 50]);
  });

  it('produces services the import schema accepts, with valid version 4 UUIDs that never repeat', () => {
    const services = all(600).flat();
    const ids = new Map<string, string>();
    const collect = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v) => collect(v, path));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'id' && typeof v === 'string') {
            expect(v).toMatch(UUID_V4);
            const owner = ids.get(v);
            // Shared records (an organisation, a shared building) repeat with the same path; nothing else may.
            if (owner) expect(owner).toBe(path);
            ids.set(v, path);
          } else collect(v, `${path}.${k}`);
        }
      }
    };
    for (const s of services) {
      expect(() => serviceSchema.parse(s)).not.toThrow();
      collect(s, 'service');
    }
    expect(new Set(services.map((s) => s.id)).size).toBe(600);
  });

  it('is deterministic: the same seed gives byte-identical data, another seed different data', () => {
    const hash = (seed: string) => createHash('sha256').update(JSON.stringify(all(300, 100, seed))).digest('hex');
    expect(hash('1')).toBe(hash('1'));
    expect(hash('2')).not.toBe(hash('1'));
  });

  it('places every physical location inside one of the Sozialräume, with that Sozialraum\'s postcode', () => {
    const shapes: DistrictShape[] = readSozialraeume().features.map((f) => ({
      id: f.properties.code, code: f.properties.code, name: f.properties.name, boundary: f.geometry, ...boundingBox(f.geometry),
    }));
    const postcodes = new Map(readSozialraeume().features.map((f) => [f.properties.code, f.properties.postal_code]));
    let n = 0;
    for (const s of all(400).flat()) {
      for (const sal of s.service_at_locations ?? []) {
        const l = sal.location;
        if (!l || l.location_type === 'virtual') continue;
        const d = districtAt(shapes, l.latitude as number, l.longitude as number);
        expect(d, `${l.latitude},${l.longitude}`).not.toBeNull();
        expect(l.addresses?.[0]?.postal_code).toBe(postcodes.get(d!.code));
        n++;
      }
    }
    expect(n).toBeGreaterThan(400);
  });

  it('has the shape of a real district: about 40 services per organisation, 1.5 locations per service, broad words in many services', () => {
    const stats = emptyStats();
    const services = [...generateServices({ services: 4_000, batchSize: 1_000 }, stats)].flat();
    expect(stats.organizations).toBe(100);
    expect(stats.locations / stats.services).toBeGreaterThan(1.3);
    expect(stats.locations / stats.services).toBeLessThan(1.7);
    const share = (word: RegExp) => services.filter((s) => word.test(`${s.name} ${s.description}`)).length / services.length;
    expect(share(/Beratung/)).toBeGreaterThan(0.1);
    expect(share(/Kind/)).toBeGreaterThan(0.1);
    expect(share(/Frauenhaus/)).toBeLessThan(0.02);
  });
});

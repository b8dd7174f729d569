// Small, valid HSDS records for tests: each test builds exactly the data it needs.
import { randomUUID } from 'node:crypto';
import { serviceSchema, type HsdsService } from '../modules/directory/hsds-schema.ts';
import { shippedTaxonomies } from '../modules/directory/base-data.ts';

export function termId(code: string): string {
  const t = shippedTaxonomies().flatMap((x) => x.terms).find((x) => x.code === code);
  if (!t) throw new Error(`no taxonomy term with code ${code}`);
  return t.id;
}

export type ServiceInput = {
  name: string; description?: string; organization?: { id?: string; name?: string }; lebenslagen?: string[];
  lat?: number; lon?: number; street?: string; postcode?: string; city?: string; languages?: string[]; free?: boolean;
  minAge?: number; maxAge?: number; wheelchair?: boolean; phone?: string; hours?: { byday: string; opens: string; closes: string }[];
  translations?: Record<string, Record<string, string>>; status?: 'active' | 'inactive';
};

export function makeService(input: ServiceInput): HsdsService {
  const orgId = input.organization?.id ?? randomUUID();
  const locId = randomUUID();
  const located = input.lat != null && input.lon != null;
  return serviceSchema.parse({
    id: randomUUID(),
    name: input.name,
    description: input.description ?? `${input.name}: Beratung und Unterstützung.`,
    status: input.status ?? 'active',
    minimum_age: input.minAge, maximum_age: input.maxAge,
    organization: { id: orgId, name: input.organization?.name ?? `Träger von ${input.name}`, description: 'Ein freier Träger.' },
    languages: (input.languages ?? ['de']).map((code) => ({ id: randomUUID(), code })),
    cost_options: input.free === false ? [{ id: randomUUID(), option: 'Kursgebühr', amount: 45, currency: 'EUR' }]
      : input.free ? [{ id: randomUUID(), option: 'kostenfrei', amount: 0, currency: 'EUR' }] : [],
    phones: input.phone ? [{ id: randomUUID(), number: input.phone }] : [],
    schedules: (input.hours ?? []).map((h) => ({ id: randomUUID(), freq: 'WEEKLY', byday: h.byday, opens_at: h.opens, closes_at: h.closes })),
    attributes: (input.lebenslagen ?? []).map((code) => ({ id: randomUUID(), taxonomy_term_id: termId(code), link_entity: 'service' })),
    translations: input.translations,
    service_at_locations: located ? [{
      id: randomUUID(),
      location: {
        id: locId, location_type: 'physical', name: input.name, latitude: input.lat, longitude: input.lon,
        addresses: [{ id: randomUUID(), address_1: input.street ?? 'Bahnhofstraße 1', postal_code: input.postcode ?? '34117', city: input.city ?? 'Kassel', state_province: 'Hessen', country: 'DE', address_type: 'physical' }],
        attributes: input.wheelchair ? [{ id: randomUUID(), taxonomy_term_id: termId('rollstuhlgerecht'), link_entity: 'location' }] : [],
      },
    }] : [],
  });
}

/** A square district polygon around a point (for tests that need Sozialräume). */
export function squareDistrict(code: string, name: string, lat: number, lon: number, half = 0.01) {
  return {
    type: 'Feature' as const,
    properties: { code, name, population: 12000 },
    geometry: { type: 'Polygon' as const, coordinates: [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]]] },
  };
}

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { rows } from '../../platform/db.ts';
import { serviceSchema } from './hsds-schema.ts';
import { importServices } from './importer.ts';

let tdb: TestDatabase;
beforeAll(async () => { tdb = await createTestDatabase(); });
afterAll(async () => { await tdb?.drop(); });

const example = () => JSON.parse(fs.readFileSync(new URL('../../test/fixtures/hsds-service-full.json', import.meta.url), 'utf8'));

describe('HSDS import', () => {
  // The official example reuses one phone id for the organisation's and the service's phone: the outer one is kept.
  it('imports the official HSDS 3.0 full service example with everything nested', async () => {
    const service = serviceSchema.parse(example());
    const result = await importServices(tdb.db, [service]);
    expect(result.changed).toBe(1);
    const [s] = await rows<{ name: string; phones: number; schedules: number; locations: number }>(tdb.db, sql`
      SELECT s.name,
        (SELECT count(*)::int FROM phones p WHERE p.service_id = s.id OR p.organization_id = s.organization_id) AS phones,
        (SELECT count(*)::int FROM schedules x WHERE x.service_id = s.id) AS schedules,
        (SELECT count(*)::int FROM service_at_locations l WHERE l.service_id = s.id) AS locations
      FROM services s WHERE s.id = ${service.id}`);
    expect(s).toEqual({ name: 'Community Counselling', phones: 1, schedules: 1, locations: 1 });
  });

  it('changes nothing when the same record is imported again', async () => {
    const service = serviceSchema.parse(example());
    const before = await rows<{ last_modified: string }>(tdb.db, sql`SELECT last_modified::text FROM services WHERE id = ${service.id}`);
    const result = await importServices(tdb.db, [service]);
    expect(result).toEqual({ services: 1, changed: 0, unchanged: 1 });
    const after = await rows<{ last_modified: string }>(tdb.db, sql`SELECT last_modified::text FROM services WHERE id = ${service.id}`);
    expect(after).toEqual(before);
  });

  it('makes an imported service findable through its search document', async () => {
    const found = await rows<{ service_id: string }>(tdb.db, sql`
      SELECT service_id FROM service_search WHERE document @@ to_tsquery('zugang', 'counselling')`);
    expect(found.map((r) => r.service_id)).toContain(example().id);
  });

  it('replaces the children of a changed record: what the source no longer lists is gone', async () => {
    const service = serviceSchema.parse(example());
    const location = service.service_at_locations![0].location!;
    const changed = serviceSchema.parse({
      ...example(), name: 'Community Counselling (neu)', schedules: [],
      service_at_locations: [{ ...example().service_at_locations[0], location: { ...example().service_at_locations[0].location, addresses: [] } }],
    });
    await importServices(tdb.db, [changed]);
    const [s] = await rows<{ name: string; schedules: number; addresses: number }>(tdb.db, sql`
      SELECT s.name, (SELECT count(*)::int FROM schedules x WHERE x.service_id = s.id) AS schedules,
        (SELECT count(*)::int FROM addresses a WHERE a.location_id = ${location.id}) AS addresses
      FROM services s WHERE s.id = ${service.id}`);
    expect(s).toEqual({ name: 'Community Counselling (neu)', schedules: 0, addresses: 0 });
  });
});

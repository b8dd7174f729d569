import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { rows } from '../platform/db.ts';
import { shippedTaxonomies } from '../modules/directory/base-data.ts';
import { DEMO_MUNICIPALITY, loadDemo, type DemoLoadResult } from './index.ts';
import { buildDemo } from './build.ts';
import { SOZIALRAEUME } from './sozialraeume.ts';

let tdb: TestDatabase;
let first: DemoLoadResult;
beforeAll(async () => {
  tdb = await createTestDatabase();
  first = await loadDemo(tdb.db);
});
afterAll(async () => { await tdb?.drop(); });

const count = async (query: ReturnType<typeof sql>) => (await rows<{ n: number }>(tdb.db, query))[0].n;

describe('demo municipality', () => {
  it('loads at least 8 Sozialräume, 80 organisations and 300 services', async () => {
    expect(first.districts).toBeGreaterThanOrEqual(8);
    expect(first.organizations).toBeGreaterThanOrEqual(80);
    expect(first.services).toBeGreaterThanOrEqual(300);
    expect(first.changed).toBe(first.services);
    expect(await count(sql`SELECT count(*)::int AS n FROM districts`)).toBe(first.districts);
    expect(await count(sql`SELECT count(*)::int AS n FROM organizations`)).toBe(first.organizations);
    expect(await count(sql`SELECT count(*)::int AS n FROM services`)).toBe(first.services);
    expect(await count(sql`SELECT count(*)::int AS n FROM service_search`)).toBe(first.services);
  });

  it('has services in every top-level Lebenslage', async () => {
    const lebenslagen = shippedTaxonomies().find((t) => t.name === 'Lebenslagen')!;
    const top = lebenslagen.terms.filter((t) => !t.parent_id);
    expect(top.length).toBeGreaterThan(10);
    const empty: string[] = [];
    for (const t of top) {
      const n = await count(sql`SELECT count(*)::int AS n FROM service_search WHERE ${t.id}::uuid = ANY(term_ids)`);
      if (n === 0) empty.push(t.name);
    }
    expect(empty).toEqual([]);
  });

  it('has services in every child Lebenslage too', async () => {
    const children = shippedTaxonomies().find((t) => t.name === 'Lebenslagen')!.terms.filter((t) => t.parent_id);
    const covered = await rows<{ id: string }>(tdb.db, sql`SELECT DISTINCT unnest(term_ids)::text AS id FROM service_search`);
    const ids = new Set(covered.map((r) => r.id));
    expect(children.filter((t) => !ids.has(t.id)).map((t) => t.code)).toEqual([]);
  });

  it('has located services in every Sozialraum', async () => {
    const districts = await rows<{ id: string; name: string }>(tdb.db, sql`SELECT id, name FROM districts`);
    const without: string[] = [];
    for (const d of districts) {
      const n = await count(sql`SELECT count(*)::int AS n FROM service_search WHERE ${d.id}::uuid = ANY(district_ids)`);
      if (n < 5) without.push(`${d.name} (${n})`);
    }
    expect(without).toEqual([]);
  });

  it('puts every location with coordinates into a Sozialraum whose postcode its address carries', async () => {
    expect(await count(sql`SELECT count(*)::int AS n FROM locations WHERE latitude IS NOT NULL AND district_id IS NULL`)).toBe(0);
    const located = await rows<{ code: string; postal_code: string }>(tdb.db, sql`
      SELECT d.code, a.postal_code FROM locations l JOIN districts d ON d.id = l.district_id JOIN addresses a ON a.location_id = l.id`);
    expect(located.length).toBeGreaterThan(100);
    const postcodeOf = new Map<string, string>(SOZIALRAEUME.map((s) => [s.code, s.postcode]));
    expect(located.filter((r) => postcodeOf.get(r.code) !== r.postal_code)).toEqual([]);
  });

  it('uses only fictional phone numbers and .example mail addresses', async () => {
    const phones = await rows<{ number: string }>(tdb.db, sql`SELECT number FROM phones`);
    expect(phones.length).toBeGreaterThan(300);
    expect(phones.filter((p) => !/^\+49 30 23125-\d{3}$/.test(p.number))).toEqual([]);
    expect(new Set(phones.map((p) => p.number)).size).toBe(phones.length);
    const mails = await rows<{ email: string }>(tdb.db, sql`
      SELECT email FROM organizations WHERE email IS NOT NULL UNION ALL SELECT email FROM services WHERE email IS NOT NULL
      UNION ALL SELECT email FROM contacts WHERE email IS NOT NULL`);
    expect(mails.filter((m) => !/@[a-z0-9.-]+\.example$/.test(m.email))).toEqual([]);
    expect(DEMO_MUNICIPALITY.phone).toBe('+49 30 23125-000');
    expect(await count(sql`SELECT count(*)::int AS n FROM phones p JOIN organizations o ON o.id = p.organization_id
      WHERE o.name = ${DEMO_MUNICIPALITY.name} AND p.number = ${DEMO_MUNICIPALITY.phone}`)).toBe(1);
  });

  it('marks about a tenth of the services as confirmed more than a year ago', async () => {
    const [r] = await rows<{ old: number; total: number }>(tdb.db, sql`
      SELECT count(*) FILTER (WHERE assured_date < date '2025-11-25')::int AS old, count(*)::int AS total FROM services`);
    expect(r.old / r.total).toBeGreaterThan(0.05);
    expect(r.old / r.total).toBeLessThan(0.15);
  });

  it('generates byte-identical records on every run', () => {
    expect(JSON.stringify(buildDemo())).toBe(JSON.stringify(buildDemo()));
  });

  it('changes nothing when loaded a second time', async () => {
    const snapshot = () => rows(tdb.db, sql`
      SELECT (SELECT json_agg(json_build_array(id, import_hash, last_modified::text) ORDER BY id) FROM services) AS services,
             (SELECT json_agg(json_build_array(id, last_modified::text, district_id) ORDER BY id) FROM locations) AS locations,
             (SELECT json_agg(json_build_array(id, last_modified::text) ORDER BY id) FROM organizations) AS organizations,
             (SELECT count(*)::int FROM phones) AS phones, (SELECT count(*)::int FROM schedules) AS schedules,
             (SELECT count(*)::int FROM attributes) AS attributes, (SELECT count(*)::int FROM translations) AS translations`);
    const before = await snapshot();
    const second = await loadDemo(tdb.db);
    expect(second).toEqual({ ...first, changed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('has at least 40 upcoming events across its organisations, some full with a waiting list, and the workshop on 5 September', async () => {
    expect(first.events).toBeGreaterThanOrEqual(40);
    expect(await count(sql`SELECT count(*)::int AS n FROM events WHERE starts_at > now()`)).toBeGreaterThanOrEqual(40);
    expect(await count(sql`SELECT count(DISTINCT organization_id)::int AS n FROM events`)).toBeGreaterThanOrEqual(15);
    expect(await count(sql`SELECT count(*)::int AS n FROM events e WHERE confirmed_places = capacity
      AND EXISTS (SELECT 1 FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waiting')`)).toBeGreaterThanOrEqual(5);
    // The counts agree with the registrations, and no event is overbooked.
    expect(await count(sql`SELECT count(*)::int AS n FROM events e WHERE confirmed_places <> coalesce((SELECT sum(places) FROM event_registrations r
      WHERE r.event_id = e.id AND r.status = 'confirmed'), 0) OR confirmed_places > capacity`)).toBe(0);
    const [w] = await rows<{ title: string; format: string; capacity: number; local_start: string; local_end: string; room: string; speakers: number; start_month_day: string }>(tdb.db, sql`
      SELECT e.title, e.format, e.capacity, to_char(s.starts_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS local_start,
        to_char(s.ends_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS local_end, to_char(s.starts_at AT TIME ZONE 'Europe/Berlin', 'MM-DD') AS start_month_day, s.room,
        (SELECT count(*)::int FROM event_speakers sp WHERE sp.event_id = e.id) AS speakers
      FROM events e JOIN event_sessions s ON s.event_id = e.id WHERE e.title = 'Digitale Zugänge zu Sozialer Arbeit'`);
    expect(w).toEqual({ title: 'Digitale Zugänge zu Sozialer Arbeit', format: 'workshop', capacity: 60, local_start: '17:15', local_end: '18:45', room: 'C2', speakers: 4, start_month_day: '09-05' });
  });
});

// Districts (Sozialräume): imported from GeoJSON, each location belongs to the one its point lies in.
import { z } from 'zod';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import * as t from './schema.ts';
import { boundingBox, districtAt, loadDistrictShapes } from './geo.ts';
import { refreshSearch } from './importer.ts';
import { touchServices } from './hsds-present.ts';
import { directoryChanged } from '../../platform/cache.ts';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
const ring = z.array(position).min(4, 'a ring needs at least four positions');
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const feature = z.object({ type: z.literal('Feature'), properties: z.record(z.string(), z.unknown()).nullable(), geometry });
export const featureCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(feature).min(1, 'no features') });

export type DistrictImportOptions = { codeProperty?: string; nameProperty?: string; populationProperty?: string };

export class DistrictImportError extends Error {}

/** Upserts districts by code and reassigns every location. Returns how many districts were written. */
export async function importDistricts(db: Queryable, input: unknown, opts: DistrictImportOptions = {}): Promise<number> {
  const parsed = featureCollectionSchema.safeParse(input);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new DistrictImportError(`not a GeoJSON FeatureCollection of polygons: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const codeProp = opts.codeProperty ?? 'id';
  const nameProp = opts.nameProperty ?? 'name';
  let n = 0;
  for (const [index, f] of parsed.data.features.entries()) {
    const props = f.properties ?? {};
    const code = props[codeProp] ?? props.code ?? props.id;
    const name = props[nameProp] ?? props.name;
    if (code == null || name == null) {
      throw new DistrictImportError(`feature ${index}: property "${code == null ? codeProp : nameProp}" is missing`);
    }
    const boundary = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const bbox = boundingBox(boundary);
    const pop = opts.populationProperty ? Number(props[opts.populationProperty]) : NaN;
    const values = { code: String(code), name: String(name), boundary, ...bbox, population: Number.isFinite(pop) ? Math.round(pop) : null,
      description: typeof props.description === 'string' ? props.description : null, updatedAt: new Date() };
    await db.insert(t.districts).values(values).onConflictDoUpdate({ target: t.districts.code, set: values });
    n++;
  }
  await reassignLocations(db);
  directoryChanged();
  return n;
}

/** Puts every located location into the district its coordinates fall in; refreshes affected search documents. */
export async function reassignLocations(db: Queryable): Promise<number> {
  const shapes = await loadDistrictShapes(db);
  const locs = await db.select({ id: t.locations.id, lat: t.locations.latitude, lon: t.locations.longitude, districtId: t.locations.districtId })
    .from(t.locations);
  const changed: { id: string; districtId: string | null }[] = [];
  for (const l of locs) {
    const d = districtAt(shapes, l.lat, l.lon)?.id ?? null;
    if (d !== l.districtId) changed.push({ id: l.id, districtId: d });
  }
  for (const c of changed) await db.update(t.locations).set({ districtId: c.districtId }).where(eq(t.locations.id, c.id));
  if (changed.length) {
    const ids = await rows<{ id: string }>(db, sql`SELECT DISTINCT service_id AS id FROM service_at_locations
      WHERE location_id = ANY(${sql.param(changed.map((c) => c.id))}::uuid[])`);
    await touchServices(db, ids.map((r) => r.id));
    for (let i = 0; i < ids.length; i += 1000) await refreshSearch(db, ids.slice(i, i + 1000).map((r) => r.id));
  }
  return changed.length;
}

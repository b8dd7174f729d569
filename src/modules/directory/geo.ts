// Places: which Sozialraum a point lies in, where a postcode is, how far apart two points are.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config.ts';
import { districts } from './schema.ts';
import type { Queryable } from '../../platform/db.ts';

export type DistrictShape = {
  id: string; code: string; name: string; boundary: GeoJSON.Polygon | GeoJSON.MultiPolygon;
  minLat: number; maxLat: number; minLon: number; maxLon: number;
};

export async function loadDistrictShapes(db: Queryable): Promise<DistrictShape[]> {
  const list = await db.select().from(districts);
  return list.map((d) => ({ ...d, boundary: d.boundary as DistrictShape['boundary'] }));
}

/** The district whose boundary contains the point, or null. */
export function districtAt(shapes: DistrictShape[], lat: number | null | undefined, lon: number | null | undefined): DistrictShape | null {
  if (lat == null || lon == null) return null;
  for (const d of shapes) {
    if (lat < d.minLat || lat > d.maxLat || lon < d.minLon || lon > d.maxLon) continue;
    if (booleanPointInPolygon([lon, lat], d.boundary)) return d;
  }
  return null;
}

export function boundingBox(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon) {
  let minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) for (const [lon, lat] of ring) {
    if (lat < minLat) minLat = lat; if (lat > maxLat) maxLat = lat;
    if (lon < minLon) minLon = lon; if (lon > maxLon) maxLon = lon;
  }
  return { minLat, maxLat, minLon, maxLon };
}

let postcodes: Map<string, { lat: number; lon: number }> | undefined;

/**
 * Centroid of a German postcode (WZB plz_geocoord, Apache-2.0, see resources/SOURCES.md).
 * Postcodes that could not be geocoded carry the centre of Germany there and count as unknown.
 */
export function postcodeCentroid(code: string): { lat: number; lon: number } | null {
  if (!postcodes) {
    postcodes = new Map();
    const text = fs.readFileSync(path.join(projectRoot, 'resources', 'plz_geocoord.csv'), 'utf8');
    for (const line of text.split('\n').slice(1)) {
      const [plz, lat, lng] = line.split(',');
      if (!plz || !lat) continue;
      const p = { lat: Number(lat), lon: Number(lng) };
      if (Math.abs(p.lat - 51.165691) < 1e-6 && Math.abs(p.lon - 10.451526) < 1e-6) continue;
      postcodes.set(plz.trim(), p);
    }
  }
  return postcodes.get(code.trim()) ?? null;
}

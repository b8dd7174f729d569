// Writes resources/demo/sozialraeume.geojson from the table in sozialraeume.ts and checks it:
// every postcode centroid lies in its own Sozialraum, the cells are convex and counter-clockwise,
// and together they cover the outline exactly once.
// Run: npx tsx src/demo/generate-sozialraeume.ts
import fs from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { buildSozialraeume, OUTLINE, SOZIALRAEUME, SOZIALRAEUME_FILE } from './sozialraeume.ts';
import { postcodeCentroid } from '../modules/directory/geo.ts';

function signedArea(ring: number[][]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}

const fc = buildSozialraeume();
let total = 0;
for (const [i, f] of fc.features.entries()) {
  const ring = f.geometry.coordinates[0];
  const area = signedArea(ring);
  if (area <= 0) throw new Error(`${f.properties.name}: ring is not counter-clockwise`);
  total += area;
  for (let j = 0; j + 2 < ring.length + 1; j++) {
    const [a, b, c] = [ring[j % (ring.length - 1)], ring[(j + 1) % (ring.length - 1)], ring[(j + 2) % (ring.length - 1)]];
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross < -1e-9) throw new Error(`${f.properties.name}: not convex (${cross})`);
  }
  const s = SOZIALRAEUME[i];
  const c = postcodeCentroid(s.postcode)!;
  fc.features.forEach((g, k) => {
    const inside = booleanPointInPolygon([c.lon, c.lat], g);
    if (inside !== (k === i)) throw new Error(`centroid of ${s.postcode} ${inside ? 'lies in' : 'misses'} ${g.properties.name}`);
  });
}
const outlineArea = signedArea([...OUTLINE, OUTLINE[0]]);
// Corners are rounded to 1e-6° (about 10 cm), so the areas agree only to that precision.
if (Math.abs(total - outlineArea) / outlineArea > 1e-5) throw new Error(`cells cover ${total}, outline is ${outlineArea}: gap or overlap`);
function nearOutline(lon: number, lat: number): boolean {
  return OUTLINE.some((a, i) => {
    const b = OUTLINE[(i + 1) % OUTLINE.length];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((lon - a[0]) * dx + (lat - a[1]) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(lon - a[0] - t * dx, lat - a[1] - t * dy) < 1e-5;
  });
}
// And on a fine grid, every point of the outline lies in exactly one Sozialraum.
const outlineFeature: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[...OUTLINE, OUTLINE[0]]] };
for (let lon = 13.10; lon <= 13.29; lon += 0.0007) {
  for (let lat = 52.43; lat <= 52.61; lat += 0.0005) {
    if (nearOutline(lon, lat)) continue;
    const n = fc.features.filter((f) => booleanPointInPolygon([lon, lat], f)).length;
    const expected = booleanPointInPolygon([lon, lat], outlineFeature) ? 1 : 0;
    if (n !== expected) throw new Error(`${lon},${lat} lies in ${n} Sozialräume`);
  }
}

fs.mkdirSync(path.dirname(SOZIALRAEUME_FILE), { recursive: true });
const text = `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
fs.writeFileSync(SOZIALRAEUME_FILE, text);
console.log(`wrote ${fc.features.length} Sozialräume, ${SOZIALRAEUME.reduce((n, s) => n + s.population, 0)} inhabitants, to ${SOZIALRAEUME_FILE}`);

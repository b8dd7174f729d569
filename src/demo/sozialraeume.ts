// The Sozialräume (social spaces) of the fictional Stadt Lindenau. Lindenau lies over the area of
// Berlin-Spandau, so that its real postcodes (13581–13599, 14089) resolve to real coordinates: each
// Sozialraum is the Voronoi cell of one postcode centroid (resources/plz_geocoord.csv), clipped to
// the town's outline. Each centroid therefore lies inside its own Sozialraum, and an address in the
// Sozialraum carries that postcode. The names, figures and descriptions are invented.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

export type SozialraumCode = 'SR01' | 'SR02' | 'SR03' | 'SR04' | 'SR05' | 'SR06' | 'SR07' | 'SR08' | 'SR09' | 'SR10' | 'SR11';

export type Sozialraum = {
  code: SozialraumCode;
  name: string;
  postcode: string;
  population: number;
  description: string;
  /** Street names used for addresses in this Sozialraum (each street belongs to one Sozialraum only). */
  streets: readonly string[];
  /** Public transport near addresses here (fictional lines). */
  transport: readonly string[];
};

export const SOZIALRAEUME: readonly Sozialraum[] = [
  {
    code: 'SR01', name: 'Altstadt', postcode: '13597', population: 16_800,
    description: 'Historischer Stadtkern mit Rathaus, Fußgängerzone und Marktplatz. Viele kleine Altbauwohnungen, hoher Anteil an Einpersonenhaushalten und älteren Menschen; Sitz der meisten Ämter und Beratungsstellen.',
    streets: ['Am Markt', 'Rathausplatz', 'Kirchgasse', 'Marktstraße', 'Breite Straße', 'Ritterstraße', 'Klosterstraße', 'Schlossstraße', 'Burgwall', 'Fischerstraße', 'Kolk'],
    transport: ['Haltestelle Markt (Bus 131, 136, 145)', 'Bahnhof Lindenau-Altstadt (S-Bahn, Regionalverkehr), 5 Minuten Fußweg', 'Haltestelle Rathaus (Bus 131, 134, 137)'],
  },
  {
    code: 'SR02', name: 'Nordstadt', postcode: '13585', population: 31_200,
    description: 'Dicht bebautes Gründerzeitquartier nördlich der Altstadt mit vielen Familien, kleinen Geschäften und drei Grundschulen. Überdurchschnittlich viele Kinder unter sechs Jahren und Familien im Leistungsbezug.',
    streets: ['Bahnhofstraße', 'Lindenallee', 'Schillerstraße', 'Goethestraße', 'Lessingstraße', 'Humboldtstraße', 'Neue Straße', 'Wilhelmstraße', 'Körnerstraße', 'Hebbelstraße'],
    transport: ['Haltestelle Schillerplatz (Bus 134, 136)', 'Haltestelle Lindenallee (Bus 136, 337)', 'U-Bahnhof Nordstadt (U7), 3 Minuten Fußweg'],
  },
  {
    code: 'SR03', name: 'Lindenhof', postcode: '13583', population: 21_400,
    description: 'Genossenschaftssiedlung der 1920er Jahre und Einfamilienhausgebiete, ruhig und grün. Die Bevölkerung altert; zugleich ziehen junge Familien in die sanierten Reihenhäuser.',
    streets: ['Lindenhofer Weg', 'Ahornstraße', 'Birkenweg', 'Eschenweg', 'Ulmenstraße', 'Kastanienallee', 'Am Lindenhof', 'Platanenstraße', 'Eichendorffstraße', 'Uhlandstraße'],
    transport: ['Haltestelle Am Lindenhof (Bus 137, 337)', 'Haltestelle Kastanienallee (Bus 137)'],
  },
  {
    code: 'SR04', name: 'Am Auenpark', postcode: '13587', population: 27_900,
    description: 'Wohngebiet am Flussufer mit dem Auenpark, Wohnanlagen der 1970er Jahre und neuen Stadtvillen. Gemischte Sozialstruktur, mehrere Jugendfreizeiteinrichtungen und ein Familienzentrum.',
    streets: ['Auenweg', 'Am Auenpark', 'Uferpromenade', 'Wiesenstraße', 'Weidenweg', 'Fährstraße', 'Am Wasserturm', 'Schleusenweg', 'Erlenbruch', 'Deichstraße'],
    transport: ['Haltestelle Auenpark (Bus 136, 139)', 'Haltestelle Fährstraße (Bus 139)', 'Haltestelle Wasserturm (Bus 136, 638)'],
  },
  {
    code: 'SR05', name: 'Sonnenfeld', postcode: '13589', population: 34_600,
    description: 'Großwohnsiedlung der 1960er und 1970er Jahre mit Hochhäusern und viel Grün. Höchster Anteil an Kindern in Familien mit SGB-II-Bezug und an Menschen mit Migrationsgeschichte; Quartiersmanagement seit 2009.',
    streets: ['Sonnenfelder Allee', 'Sonnenring', 'Am Sonnenhang', 'Kiefernweg', 'Tannenstraße', 'Falkenweg', 'Lerchenstraße', 'Amselweg', 'Meisenring', 'Finkenstraße', 'Sonnenfelder Platz'],
    transport: ['Haltestelle Sonnenfelder Platz (Bus 130, 137, 337)', 'Haltestelle Sonnenring (Bus 130)', 'Haltestelle Lerchenstraße (Bus 337)'],
  },
  {
    code: 'SR06', name: 'Mühlenviertel', postcode: '13581', population: 19_300,
    description: 'Ehemaliges Gewerbe- und Handwerkerviertel westlich der Altstadt, heute gemischt genutzt mit sanierten Speichern, Sozialwohnungen und dem Stadtteilladen. Viele Alleinerziehende und junge Erwachsene.',
    streets: ['Mühlenstraße', 'Am Mühlenteich', 'Müllerstraße', 'Mühlenweg', 'Bäckergasse', 'Gerberstraße', 'Brauhausstraße', 'Webergasse', 'Kornstraße', 'Speicherstraße'],
    transport: ['Haltestelle Mühlenteich (Bus 131, 145)', 'Haltestelle Brauhausstraße (Bus 145)'],
  },
  {
    code: 'SR07', name: 'Weststadt', postcode: '13591', population: 28_700,
    description: 'Stadtrand im Westen mit Reihenhaussiedlungen, einem großen Neubaugebiet und dem Westpark. Starker Zuzug junger Familien, Bedarf an Kita-Plätzen und Angeboten für Jugendliche.',
    streets: ['Weststraße', 'Am Westpark', 'Feldstraße', 'Gartenstraße', 'Ringstraße', 'Hamburger Straße', 'Bremer Straße', 'Hannoversche Straße', 'Kieler Straße', 'Lübecker Straße'],
    transport: ['Haltestelle Westpark (Bus 131, 331)', 'Haltestelle Ringstraße (Bus 331)', 'Bahnhof Lindenau-West (Regionalverkehr), 8 Minuten Fußweg'],
  },
  {
    code: 'SR08', name: 'Am Stadtwald', postcode: '13593', population: 22_100,
    description: 'Wohngebiet zwischen Stadtwald und Südstadt mit Zeilenbauten der Nachkriegszeit und einer Seniorenwohnanlage. Gute Nahversorgung, Bedarf an Pflege- und Nachbarschaftsangeboten.',
    streets: ['Waldstraße', 'Am Stadtwald', 'Försterweg', 'Jagdweg', 'Buchenallee', 'Heideweg', 'Wildpfad', 'Hirschsprung', 'Am Forsthaus', 'Lichtungsweg'],
    transport: ['Haltestelle Am Stadtwald (Bus 134, 135)', 'Haltestelle Buchenallee (Bus 135)'],
  },
  {
    code: 'SR09', name: 'Südstadt', postcode: '13595', population: 18_900,
    description: 'Gründerzeitviertel am südlichen Flussufer mit Bootshäusern, Altbauten und einigen sozialen Brennpunkten in den Hinterhöfen. Standort des Klinikums und mehrerer Schulen.',
    streets: ['Südstraße', 'Friedrichstraße', 'Kaiserstraße', 'Luisenstraße', 'Parkstraße', 'Viktoriastraße', 'Augustastraße', 'Steinweg', 'Schulstraße', 'Am Bootshaus'],
    transport: ['Haltestelle Südstraße (Bus 134, 136)', 'Haltestelle Klinikum (Bus 134, 135, 638)', 'Haltestelle Parkstraße (Bus 136)'],
  },
  {
    code: 'SR10', name: 'Seeblick', postcode: '14089', population: 21_800,
    description: 'Dörflich geprägter Süden mit den alten Dorfkernen, Einfamilienhäusern und Seeufer. Weite Wege, wenige Beratungsangebote vor Ort; viele Angebote kommen als Sprechstunde in den Ortsteil.',
    streets: ['Seestraße', 'Dorfstraße', 'Am Seeufer', 'Uferweg', 'Alte Dorfstraße', 'Gutshofweg', 'Am Anger', 'Fliederweg', 'Rosenweg', 'Kirchweg'],
    transport: ['Haltestelle Dorfkirche (Bus 134, 234)', 'Haltestelle Seestraße (Bus 234)', 'Fähranleger Seeblick (Fähre F10), 10 Minuten Fußweg'],
  },
  {
    code: 'SR11', name: 'Hafenviertel', postcode: '13599', population: 16_900,
    description: 'Früheres Industriegebiet am Kanal im Osten, heute Wohnsiedlung mit Werkswohnungen und neuen Wohnungen am Wasser. Junge Bevölkerung, wenig soziale Infrastruktur, viele Pendlerinnen und Pendler.',
    streets: ['Hafenstraße', 'Am Kanal', 'Kanalstraße', 'Werftstraße', 'Industriestraße', 'Kaiweg', 'Schleusenstraße', 'Am Güterbahnhof', 'Werkstraße', 'Ankerplatz'],
    transport: ['Haltestelle Hafenstraße (Bus 139, 236)', 'U-Bahnhof Hafenviertel (U7)', 'Haltestelle Am Kanal (Bus 139)'],
  },
];

/**
 * The town's outline (WGS84 longitude, latitude), a convex polygon around the postcode
 * centroids, counter-clockwise as RFC 7946 wants exterior rings.
 */
export const OUTLINE: readonly [number, number][] = [
  [13.205, 52.602], [13.130, 52.580], [13.108, 52.530], [13.112, 52.455], [13.150, 52.437],
  [13.205, 52.455], [13.252, 52.503], [13.285, 52.548], [13.262, 52.585],
];

export const SOZIALRAEUME_FILE = path.join(projectRoot, 'resources', 'demo', 'sozialraeume.geojson');

export type SozialraumFeature = GeoJSON.Feature<GeoJSON.Polygon, { code: string; name: string; population: number; description: string; postal_code: string }>;

/** Reads the committed GeoJSON (written by generate-sozialraeume.ts). */
export function readSozialraeume(): GeoJSON.FeatureCollection<GeoJSON.Polygon, SozialraumFeature['properties']> {
  return JSON.parse(fs.readFileSync(SOZIALRAEUME_FILE, 'utf8'));
}

function readCentroids(codes: string[]): Map<string, [number, number]> {
  const wanted = new Set(codes);
  const found = new Map<string, [number, number]>();
  const text = fs.readFileSync(path.join(projectRoot, 'resources', 'plz_geocoord.csv'), 'utf8');
  for (const line of text.split('\n')) {
    const [plz, lat, lng] = line.split(',');
    if (wanted.has(plz)) found.set(plz, [Number(lng), Number(lat)]);
  }
  for (const c of codes) if (!found.has(c)) throw new Error(`postcode ${c} is not in plz_geocoord.csv`);
  return found;
}

type XY = [number, number];

/** Keeps the part of a convex polygon where a·p <= b. */
function clip(poly: XY[], a: XY, b: number): XY[] {
  const out: XY[] = [];
  const side = (p: XY) => a[0] * p[0] + a[1] * p[1] - b;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i], q = poly[(i + 1) % poly.length];
    const sp = side(p), sq = side(q);
    if (sp <= 0) out.push(p);
    if ((sp < 0 && sq > 0) || (sp > 0 && sq < 0)) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/**
 * The Sozialräume as GeoJSON: Voronoi cells of the postcode centroids inside the outline. Distances
 * are measured in a local plane (longitude scaled by cos(latitude)), so the cells look right on a map.
 * Shared corners are snapped to one value, so neighbouring polygons meet without gaps or overlaps.
 */
export function buildSozialraeume(): GeoJSON.FeatureCollection<GeoJSON.Polygon, SozialraumFeature['properties']> {
  const centroids = readCentroids(SOZIALRAEUME.map((s) => s.postcode));
  const k = Math.cos((52.52 * Math.PI) / 180);
  const toXY = ([lon, lat]: XY): XY => [lon * k, lat];
  const toLonLat = ([x, y]: XY): XY => [x / k, y];
  const sites = SOZIALRAEUME.map((s) => toXY(centroids.get(s.postcode)!));
  const cells = sites.map((si, i) => {
    let poly = OUTLINE.map(toXY);
    sites.forEach((sj, j) => {
      if (i === j) return;
      // |p - si|² <= |p - sj|²  ⇔  2(sj - si)·p <= |sj|² - |si|²
      const a: XY = [2 * (sj[0] - si[0]), 2 * (sj[1] - si[1])];
      const b = sj[0] ** 2 + sj[1] ** 2 - si[0] ** 2 - si[1] ** 2;
      poly = clip(poly, a, b);
    });
    return poly.map(toLonLat);
  });
  // Snap corners: the same Voronoi vertex computed from two cells differs in the last bits.
  const canonical: XY[] = [];
  const snap = (p: XY): XY => {
    const hit = canonical.find((c) => Math.abs(c[0] - p[0]) < 1e-6 && Math.abs(c[1] - p[1]) < 1e-6);
    if (hit) return hit;
    const r: XY = [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
    canonical.push(r);
    return r;
  };
  return {
    type: 'FeatureCollection',
    features: SOZIALRAEUME.map((s, i) => {
      const ring: XY[] = [];
      for (const p of cells[i].map(snap)) if (!ring.length || ring[ring.length - 1] !== p) ring.push(p);
      if (ring[0] === ring[ring.length - 1]) ring.pop();
      ring.push(ring[0]);
      return {
        type: 'Feature',
        properties: { code: s.code, name: s.name, population: s.population, description: s.description, postal_code: s.postcode },
        geometry: { type: 'Polygon', coordinates: [ring.map((p) => [p[0], p[1]])] },
      };
    }),
  };
}

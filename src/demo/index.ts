// The demo municipality: the fictional kreisfreie Stadt Lindenau with eleven Sozialräume, about
// 100 organisations and 350 services across all Lebenslagen. It lies over the area of
// Berlin-Spandau so that real postcodes resolve; names, people, numbers and addresses are invented.
import type { Db, Queryable } from '../platform/db.ts';
import { importDistricts } from '../modules/directory/districts.ts';
import { serviceSchema } from '../modules/directory/hsds-schema.ts';
import { importServices } from '../modules/directory/importer.ts';
import { ensureBaseData } from '../modules/directory/base-data.ts';
import { buildDemo } from './build.ts';
import { readSozialraeume } from './sozialraeume.ts';
import { phoneNumber } from './text.ts';
import { loadDemoEvents } from './events.ts';
import { localToday } from '../modules/events/service.ts';

/** Name and contact basics of the demo municipality, for page header and footer. */
export const DEMO_MUNICIPALITY = {
  name: 'Stadt Lindenau',
  shortName: 'Lindenau',
  kind: 'kreisfreie Stadt',
  /** Shown wherever the demo could be mistaken for a real town. */
  fictional: true,
  disclaimer: 'Lindenau ist eine erfundene Stadt. Alle Einrichtungen, Adressen, Telefonnummern und E-Mail-Adressen sind fiktiv.',
  population: 259_600,
  office: 'Rathaus Lindenau, Bürgerservice',
  address: { street: 'Am Markt 1', postalCode: '13597', city: 'Lindenau', country: 'DE' },
  openingHours: 'Mo, Di, Fr 8:30–12 Uhr, Do 8:30–12 und 14–17:30 Uhr',
  /** From the Bundesnetzagentur's range for fiction (030 23125 000–999). */
  phone: phoneNumber(0),
  email: 'buergerservice@lindenau.example',
  website: 'https://www.lindenau.example/',
  /** The directory's editorial team (HSDS assurer). */
  editorEmail: 'familienwegweiser@lindenau.example',
  imprint: 'Stadt Lindenau, Der Oberbürgermeister, Am Markt 1, 13597 Lindenau',
  /** Map defaults (WGS84). */
  center: { lat: 52.527, lon: 13.195 },
  bounds: { minLat: 52.437, minLon: 13.108, maxLat: 52.602, maxLon: 13.285 },
} as const;

export type DemoLoadResult = {
  districts: number;
  organizations: number;
  services: number;
  /** Services the importer wrote in this run: 0 when the demo was already loaded unchanged. */
  changed: number;
  /** Courses and events (dated from the loading day) and the invented registrations of the full ones. */
  events: number;
};

/**
 * Loads (or refreshes) the demo municipality: its Sozialräume, then every service with its
 * organisation and locations, in one transaction. Idempotent: a second run changes no service.
 */
export async function loadDemo(db: Queryable, onProgress?: (msg: string) => void): Promise<DemoLoadResult> {
  const demo = buildDemo();
  onProgress?.(`${demo.services.length} Angebote von ${demo.organizations} Organisationen prüfen`);
  const services = demo.services.map((s) => serviceSchema.parse(s));
  // All or nothing: the importer stores a service's content hash before its children, so a run
  // that failed halfway would otherwise leave services that the next run skips as unchanged.
  return (db as Db).transaction(async (tx) => {
    // The services link to the shipped taxonomies; on a fresh database they may not be there yet.
    await ensureBaseData(tx);
    onProgress?.('Sozialräume der Stadt Lindenau importieren');
    const districts = await importDistricts(tx, readSozialraeume(), { codeProperty: 'code', nameProperty: 'name', populationProperty: 'population' });
    const result = await importServices(tx, services, (done, total) => onProgress?.(`Angebote importiert: ${done} von ${total}`));
    onProgress?.(result.changed ? `${result.changed} Angebote geschrieben` : 'Demo-Daten sind bereits aktuell');
    const events = await loadDemoEvents(tx, localToday(new Date(), 'Europe/Berlin'));
    onProgress?.(`${events.events} Veranstaltungen geladen`);
    return { districts, organizations: demo.organizations, services: services.length, changed: result.changed, events: events.events };
  });
}

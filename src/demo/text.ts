// Small generators for the parts of an entry that follow a pattern: phone numbers, accessibility
// descriptions, dates. Everything is derived from seeded streams, never from the clock.
import type { AccessExtra, Site } from './model.ts';
import { seeded } from './random.ts';

/**
 * Phone numbers come from the Bundesnetzagentur's range for films and fiction ("Drama Numbers",
 * Amtsblatt 7/2021, Mitteilung 148/2021): (0)30 23125 000 to 999 are never assigned to a subscriber.
 * Lindenau lies over Berlin-Spandau, so the Berlin area code fits.
 */
export const PHONE_PREFIX = '+49 30 23125-';
export const PHONE_CAPACITY = 1000;

export function phoneNumber(n: number): string {
  if (n < 0 || n >= PHONE_CAPACITY) throw new Error(`the fictional number range has only ${PHONE_CAPACITY} numbers`);
  return `${PHONE_PREFIX}${String(n).padStart(3, '0')}`;
}

/** The demo's "today": entries are confirmed relative to this date, never relative to the clock. */
export const DEMO_TODAY = '2026-11-25';

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * When an entry was last confirmed: within the last twelve months, or for outdated entries 13 to
 * 26 months ago. last_modified lies some days before, during office hours.
 */
export function confirmationDates(key: string, outdated: boolean): { assured: string; modified: string } {
  const rng = seeded(`assured/${key}`);
  const assured = outdated ? addDays(DEMO_TODAY, -rng.int(380, 790)) : addDays(DEMO_TODAY, -rng.int(4, 350));
  const modifiedDay = addDays(assured, -rng.int(0, 45));
  const hh = String(rng.int(7, 16)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  return { assured, modified: `${modifiedDay}T${hh}:${mm}:00Z` };
}

const ENTRANCE = [
  'Stufenloser Eingang mit automatischer Tür.',
  'Stufenloser Zugang über eine Rampe am Haupteingang.',
  'Barrierefreier Eingang von der Straßenseite, Türöffner mit Taster.',
];
const FLOORS = [
  'Alle Räume liegen im Erdgeschoss.',
  'Ein Aufzug erreicht alle Etagen; die Türen sind mindestens 90 cm breit.',
  'Die Beratungsräume im ersten Obergeschoss sind mit dem Aufzug erreichbar.',
];
const PARTIAL = [
  'Eingang über drei Stufen; eine mobile Rampe wird auf Klingelzeichen angelegt. Kein barrierefreies WC.',
  'Der Zugang ist stufenlos, die Räume liegen aber im ersten Obergeschoss ohne Aufzug; Gespräche sind nach Absprache im Erdgeschoss möglich.',
  'Aufzug vorhanden, aber schmale Türen (70 cm); das WC ist nicht rollstuhlgerecht.',
  'Altbau mit einer Stufe am Eingang (etwa 15 cm) und Handlauf; innen ebenerdig, kein barrierefreies WC.',
];
const NONE = [
  'Die Räume liegen im zweiten Obergeschoss ohne Aufzug. Auf Wunsch finden Gespräche in barrierefreien Räumen in der Nähe statt.',
  'Zugang nur über eine Treppe im Hinterhof; leider nicht barrierefrei. Hausbesuche sind nach Absprache möglich.',
];
const EXTRA_TEXT: Record<AccessExtra, string> = {
  'barrierefreies-wc': 'Barrierefreies WC im Haus.',
  induktionsschleife: 'Induktive Höranlage am Empfang und im Besprechungsraum.',
  'leichte-sprache': 'Informationen und Formulare in Leichter Sprache liegen aus.',
  gebaerdensprache: 'Beratung in Deutscher Gebärdensprache nach Voranmeldung.',
};

/** An accessibility description in German that matches the site's attributes. */
export function accessibilityText(key: string, site: Site): string {
  if (site.accessNote) return [site.accessNote, ...(site.extras ?? []).filter((e) => e !== 'barrierefreies-wc').map((e) => EXTRA_TEXT[e])].join(' ');
  const rng = seeded(`access/${key}`);
  const parts: string[] = [];
  if (site.access === 'full') {
    parts.push(rng.pick(ENTRANCE), rng.pick(FLOORS));
    if (rng.chance(0.4)) parts.push('Ein Behindertenparkplatz befindet sich vor dem Haus.');
  } else {
    parts.push(rng.pick(site.access === 'partial' ? PARTIAL : NONE));
  }
  for (const e of site.extras ?? []) parts.push(EXTRA_TEXT[e]);
  return parts.join(' ');
}

/** A slug for mailbox names: "Kita-Servicestelle" → "kita-servicestelle". */
export function slug(text: string): string {
  return text.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// Courses and events of the demo municipality: about 45 upcoming events of its organisations, dated
// relative to the day the demo is loaded (so they are always ahead), some of them full with a waiting
// list, and the workshop "Digitale Zugänge zu Sozialer Arbeit" on the next 5 September. Registrations of
// the full events are invented people with addresses under .example; the demo citizen has three of her
// own (loadDemoAccountRegistrations). Loading again updates the events (new dates) but leaves
// registrations that exist alone.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.ts';
import { rows } from '../platform/db.ts';
import { shippedTaxonomies } from '../modules/directory/base-data.ts';
import { saveEvent, type EventInput } from '../modules/events/events.ts';
import type { EventFormat } from '../modules/events/schema.ts';
import { demoId } from './random.ts';
import type { TermCode } from './model.ts';

const DAY = 86_400_000;

/** A local time in the municipality's zone (Europe/Berlin) as an instant. */
export function berlinTime(isoDate: string, hhmm: string, timeZone = 'Europe/Berlin'): Date {
  const guess = new Date(`${isoDate}T${hhmm}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(guess).reduce<Record<string, string>>((o, p) => ({ ...o, [p.type]: p.value }), {});
  const shown = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
  return new Date(guess.getTime() - (shown - guess.getTime()));
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

type DemoEvent = {
  key: string; org: string; service?: string; site?: string; title: string; format: EventFormat; text: string; terms: TermCode[];
  /** First date: days after the loading day, at a local time, for minutes; `weekly` sessions a week apart. */
  inDays: number; at: string; minutes: number; weekly?: number;
  capacity: number; fee?: number; feeReduced?: number; feeNote?: string; ages?: [number | null, number | null]; langs?: string[]; target?: string;
  topic?: string; keywords?: string[]; room?: string; online?: boolean; maxPlaces?: number; requiresAccount?: boolean;
  speakers?: { name: string; affiliation: string; contribution?: string }[];
  questions?: { label: string; kind: 'yes_no' | 'text'; required?: boolean }[];
  /** Registrations the demo adds: up to the capacity confirmed, the rest on the waiting list. */
  booked?: number;
  en?: [title: string, text: string];
};

const CHILDCARE = { label: 'Brauchen Sie eine Kinderbetreuung während der Veranstaltung?', kind: 'yes_no' as const, required: true };

const EVENTS: DemoEvent[] = [
  { key: 'babymassage-1', org: 'fbs', service: 'babymassage', site: 'fbs', title: 'Babymassage für Eltern mit Babys von 6 Wochen bis 6 Monaten', format: 'course', terms: ['familienbildung', 'fruehe-hilfen'],
    text: 'Sanfte Massagegriffe, die Ihrem Baby guttun und Sie beide entspannen. Eine Kursleiterin zeigt die Griffe Schritt für Schritt; dazwischen ist Zeit für Fragen und Austausch mit anderen Eltern.\n\nBitte bringen Sie ein großes Handtuch und ein Kissen mit.',
    inDays: 4, at: '10:00', minutes: 75, weekly: 5, capacity: 8, fee: 45, feeReduced: 20, ages: [0, 1], room: 'Kursraum 1', booked: 11,
    en: ['Baby massage for parents with babies from 6 weeks to 6 months', 'Gentle massage for your baby, step by step, with time for questions.'] },
  { key: 'babymassage-2', org: 'fbs', service: 'babymassage', site: 'fbs', title: 'Babymassage (Nachmittagskurs)', format: 'course', terms: ['familienbildung', 'fruehe-hilfen'],
    text: 'Der Nachmittagskurs für Eltern, die vormittags keine Zeit haben. Inhalt wie im Vormittagskurs: Massagegriffe, Entspannung, Austausch.',
    inDays: 37, at: '15:30', minutes: 75, weekly: 5, capacity: 8, fee: 45, feeReduced: 20, ages: [0, 1], room: 'Kursraum 1', booked: 3 },
  { key: 'trotzphase', org: 'fbs', service: 'trotzphase', site: 'fbs', title: 'Elternabend: Wenn Kinder „Nein!“ sagen – gelassen durch die Autonomiephase', format: 'single', terms: ['familienbildung', 'erziehungsberatung'],
    text: 'Warum Kleinkinder wütend werden und was ihnen (und Ihnen) hilft. Eine Erziehungsberaterin erklärt die Entwicklung und gibt alltagstaugliche Tipps. Mit Zeit für Ihre Fragen.',
    inDays: 9, at: '19:30', minutes: 90, capacity: 25, fee: 8, feeReduced: 0, ages: [1, 4], target: 'Eltern von Kindern zwischen 1 und 4 Jahren', questions: [CHILDCARE], maxPlaces: 2, booked: 31 },
  { key: 'pubertaet', org: 'fbs', service: 'pubertaet', site: 'fbs', title: 'Pubertät – Baustelle im Kopf', format: 'single', terms: ['familienbildung'],
    text: 'Ein Abend für Eltern von Jugendlichen zwischen 11 und 16: Was im Gehirn passiert, warum Streit dazugehört und wie Sie im Gespräch bleiben.',
    inDays: 16, at: '19:00', minutes: 120, capacity: 30, fee: 10, feeReduced: 0, ages: [11, 16], maxPlaces: 2, booked: 12 },
  { key: 'erste-hilfe-1', org: 'fbs', service: 'erste-hilfe', site: 'fbs', title: 'Erste Hilfe am Kind', format: 'workshop', terms: ['familienbildung'],
    text: 'Was tun bei Fieberkrampf, Verschlucken oder Verbrühung? Ein Rettungssanitäter übt mit Ihnen an Puppen die wichtigsten Handgriffe. Der Kurs dauert einen Samstag.',
    inDays: 12, at: '09:00', minutes: 420, capacity: 14, fee: 35, feeReduced: 15, maxPlaces: 2, booked: 20 },
  { key: 'erste-hilfe-2', org: 'fbs', service: 'erste-hilfe', site: 'fbs', title: 'Erste Hilfe am Kind (Zusatztermin)', format: 'workshop', terms: ['familienbildung'],
    text: 'Wegen der großen Nachfrage ein zweiter Termin. Inhalt wie im ersten Kurs: Notfälle bei Säuglingen und Kleinkindern, Übungen an Puppen.',
    inDays: 47, at: '09:00', minutes: 420, capacity: 14, fee: 35, feeReduced: 15, maxPlaces: 2, booked: 6 },
  { key: 'kochen', org: 'fbs', service: 'kochen', site: 'fbs', title: 'Schnelle Familienküche – gesund und günstig', format: 'course', terms: ['familienbildung'],
    text: 'An drei Abenden kochen wir einfache Gerichte, die Kindern schmecken und wenig kosten. Zutaten sind im Preis enthalten.',
    inDays: 21, at: '18:00', minutes: 150, weekly: 3, capacity: 12, fee: 30, feeReduced: 10, room: 'Lehrküche' },
  { key: 'vaeter-abend', org: 'vaeterzentrum', service: 'vaetertreff', site: 'vz', title: 'Väterabend: Papa sein in Teilzeit und Vollzeit', format: 'group', terms: ['familienbildung'],
    text: 'Ein offener Abend für Väter: Wie teilen wir Familie und Beruf auf? Erfahrungen austauschen, ohne Vortrag, mit Getränken und Snacks.',
    inDays: 6, at: '19:00', minutes: 120, capacity: 20 },
  { key: 'papa-baby', org: 'vaeterzentrum', service: 'papa-baby', site: 'vz', title: 'Papa-Baby-Treff am Samstag', format: 'group', terms: ['fruehe-hilfen', 'familienbildung'],
    text: 'Väter mit Babys bis zu einem Jahr treffen sich zum Spielen, Wickeln und Reden. Eine Familienhebamme ist dabei.',
    inDays: 10, at: '10:30', minutes: 90, weekly: 4, capacity: 10, ages: [0, 1], booked: 14 },
  { key: 'starke-eltern', org: 'dksb', service: 'starke-eltern', site: 'haus', title: 'Starke Eltern – Starke Kinder®', format: 'course', terms: ['familienbildung', 'erziehungsberatung'],
    text: 'Der Elternkurs des Kinderschutzbundes: an acht Abenden geht es um Regeln, Grenzen, Gefühle und Wege aus dem Streit – ohne Schuldzuweisungen, mit vielen Übungen aus dem Alltag.',
    inDays: 14, at: '19:00', minutes: 120, weekly: 8, capacity: 14, fee: 40, feeReduced: 0, questions: [CHILDCARE], booked: 14 },
  { key: 'babysitter', org: 'dksb', service: 'babysitterkurs', site: 'haus', title: 'Babysitterkurs für Jugendliche ab 14', format: 'course', terms: ['familienbildung', 'jugendarbeit'],
    text: 'Wie wickle ich ein Baby? Was spiele ich mit Dreijährigen? Was tun im Notfall? Nach drei Nachmittagen gibt es ein Zertifikat und die Aufnahme in die Babysitterkartei.',
    inDays: 24, at: '15:00', minutes: 180, weekly: 3, capacity: 12, fee: 25, feeReduced: 5, ages: [14, 17] },
  { key: 'elternseminar-tr', org: 'dtev', service: 'elternseminare', site: 'verein', title: 'Elternseminar: Mehrsprachig aufwachsen (Deutsch und Türkisch)', format: 'single', terms: ['familienbildung', 'erziehungsberatung'],
    text: 'Wie Kinder zwei Sprachen gut lernen und was Eltern dazu beitragen können. Der Abend findet auf Deutsch und Türkisch statt.',
    inDays: 11, at: '18:30', minutes: 120, capacity: 40, langs: ['de', 'tr'], maxPlaces: 2, en: ['Parents\' seminar: growing up with two languages (German and Turkish)', 'How children learn two languages well, in German and Turkish.'] },
  { key: 'stadtteilmuetter', org: 'brueckenschlag', service: 'stadtteilmuetter', site: 'treff', title: 'Infotreff: Kita, Schule und Ämter in Lindenau', format: 'group', terms: ['familienbildung', 'migrationsberatung'],
    text: 'Stadtteilmütter erklären, wie man einen Kitaplatz findet, wie die Schule funktioniert und welche Leistungen es für Familien gibt. Auf Arabisch, Ukrainisch und Deutsch.',
    inDays: 8, at: '10:00', minutes: 90, weekly: 4, capacity: 20, langs: ['de', 'ar', 'uk'] },
  { key: 'fahrradkurs', org: 'brueckenschlag', service: 'fahrradkurs', site: 'treff', title: 'Radfahren lernen für Frauen', format: 'course', terms: ['nachbarschaft'],
    text: 'In sechs Übungsstunden auf dem Verkehrsübungsplatz lernen Frauen Rad fahren – vom ersten Gleichgewicht bis zur kleinen Tour durch den Stadtteil. Räder und Helme sind da.',
    inDays: 30, at: '16:00', minutes: 90, weekly: 6, capacity: 10, booked: 13 },
  { key: 'sprachcafe-1', org: 'vhs', service: 'sprachcafe', site: 'vhs', title: 'Sprachcafé Deutsch', format: 'group', terms: ['sprachkurse', 'nachbarschaft'],
    text: 'Deutsch sprechen üben in entspannter Runde, mit Ehrenamtlichen und bei Kaffee und Tee. Für alle Niveaus, ohne Anmeldung zum Kurs – nur die Plätze am Tisch sind begrenzt.',
    inDays: 2, at: '17:00', minutes: 90, weekly: 4, capacity: 30, room: 'Foyer' },
  { key: 'sprachcafe-2', org: 'vhs', service: 'sprachcafe', site: 'vhs', title: 'Sprachcafé Deutsch (nächster Monat)', format: 'group', terms: ['sprachkurse', 'nachbarschaft'],
    text: 'Die Fortsetzung des Sprachcafés: Deutsch sprechen üben in entspannter Runde.',
    inDays: 30, at: '17:00', minutes: 90, weekly: 4, capacity: 30, room: 'Foyer' },
  { key: 'mehrsprachig', org: 'vhs', service: 'mehrsprachig', site: 'vhs', title: 'Vorlesen in vielen Sprachen – Workshop für Eltern', format: 'workshop', terms: ['familienbildung', 'sprachkurse'],
    text: 'Wie Vorlesen in der Familiensprache Kindern beim Deutschlernen hilft, und welche Bücher es in der Stadtbibliothek gibt.',
    inDays: 19, at: '16:30', minutes: 120, capacity: 20, fee: 5, feeReduced: 0, room: 'Raum 104', langs: ['de', 'ar', 'tr', 'uk'] },
  { key: 'vorlesen', org: 'bibliothek', service: 'vorlesen', site: 'zentral', title: 'Bilderbuchkino für Kinder von 3 bis 6', format: 'single', terms: ['familienbildung'],
    text: 'Ein Bilderbuch auf großer Leinwand, vorgelesen von der Bibliothek. Eltern und Großeltern sind willkommen.',
    inDays: 5, at: '15:30', minutes: 45, capacity: 35, ages: [3, 6], maxPlaces: 4, booked: 35 },
  { key: 'digital-senioren', org: 'bibliothek', service: 'digital', site: 'zentral', title: 'Smartphone-Sprechstunde für Ältere', format: 'group', terms: ['senioren'],
    text: 'Junge Ehrenamtliche erklären Ihnen Ihr Smartphone: Nachrichten, Fotos, Videotelefonie, Online-Termine beim Amt. Bringen Sie Ihr Gerät mit.',
    inDays: 3, at: '10:00', minutes: 120, weekly: 6, capacity: 12, ages: [60, null] },
  { key: 'elterncafe-caritas', org: 'caritas', service: 'elterncafe', site: 'familienzentrum', title: 'Elterncafé mit Thema: Schlafen, Essen, Trösten', format: 'group', terms: ['familienzentrum', 'nachbarschaft'],
    text: 'Im Elterncafé des Familienzentrums spricht eine Familienhebamme über Schlaf, Essen und Trösten im ersten Jahr. Kinder sind dabei, Spielsachen sind da.',
    inDays: 7, at: '09:30', minutes: 120, capacity: 18, ages: [0, 3] },
  { key: 'familienzentrum-caritas', org: 'caritas', service: 'familienzentrum', site: 'familienzentrum', title: 'Familienfrühstück im Familienzentrum Auenpark', format: 'single', terms: ['familienzentrum', 'familienbildung'],
    text: 'Ein gemeinsames Frühstück für Familien aus dem Stadtteil. Die Beraterinnen des Familienzentrums stellen ihre Angebote vor.',
    inDays: 13, at: '09:00', minutes: 150, capacity: 40, maxPlaces: 5 },
  { key: 'schwangerschaft-info', org: 'caritas', service: 'schwangerschaftsberatung', site: 'haus', title: 'Infoabend: Geld und Hilfen rund um die Geburt', format: 'single', terms: ['schwangerschaftsberatung', 'fruehe-hilfen'],
    text: 'Elterngeld, Kindergeld, Mutterschutz, Stiftungsmittel: Eine Beraterin erklärt, was Ihnen zusteht und wie Sie es beantragen.',
    inDays: 15, at: '18:00', minutes: 90, capacity: 25, maxPlaces: 2 },
  { key: 'awo-elterncafe', org: 'awo', service: 'elterncafe', site: 'fz-nordstadt', title: 'Elterncafé Nordstadt: Kita-Anmeldung leicht gemacht', format: 'group', terms: ['familienzentrum', 'kita'],
    text: 'Wie melde ich mein Kind für die Kita an, was ist der Kita-Gutschein, was kostet ein Platz? Die Kita-Servicestelle beantwortet Ihre Fragen.',
    inDays: 9, at: '10:00', minutes: 90, capacity: 20 },
  { key: 'awo-begegnung', org: 'awo', service: 'begegnung', site: 'begegnung', title: 'Tanztee in der Begegnungsstätte', format: 'single', terms: ['senioren', 'nachbarschaft'],
    text: 'Musik, Kaffee, Kuchen und Tanz für alle ab 60. Auch ohne Tanzpartnerin oder Tanzpartner willkommen.',
    inDays: 18, at: '14:30', minutes: 150, capacity: 60, fee: 4, ages: [60, null], maxPlaces: 2 },
  { key: 'jmd-bewerbung', org: 'awo', service: 'jmd', site: 'jmd', title: 'Bewerbungstraining für junge Zugewanderte', format: 'workshop', terms: ['migrationsberatung', 'jugendberatung'],
    text: 'Lebenslauf, Anschreiben und Vorstellungsgespräch: An zwei Nachmittagen bereiten wir Sie auf Ihre Bewerbung vor. Bringen Sie Ihre Zeugnisse mit.',
    inDays: 22, at: '14:00', minutes: 180, weekly: 2, capacity: 12, ages: [16, 27], langs: ['de', 'en', 'ar'] },
  { key: 'leihgrosseltern', org: 'mgh', service: 'leihgrosseltern', site: 'mgh', title: 'Infonachmittag Leihgroßeltern', format: 'single', terms: ['familienbildung', 'senioren'],
    text: 'Sie möchten Zeit mit einem Kind verbringen, oder Ihre Familie sucht eine Leihoma? Wir stellen das Projekt vor und bringen Familien und Ältere zusammen.',
    inDays: 26, at: '15:00', minutes: 90, capacity: 30 },
  { key: 'pflegende', org: 'mgh', service: 'pflegende', site: 'mgh', title: 'Gesprächskreis für pflegende Angehörige', format: 'group', terms: ['entlastung', 'pflegeberatung'],
    text: 'Austausch mit anderen, die einen Angehörigen pflegen, begleitet von einer Pflegeberaterin. Eine Betreuung der Pflegebedürftigen während des Treffens kann vermittelt werden.',
    inDays: 12, at: '17:00', minutes: 90, weekly: 3, capacity: 12, ages: [18, null], questions: [{ label: 'Brauchen Sie während des Treffens eine Betreuung für die pflegebedürftige Person?', kind: 'yes_no' }] },
  { key: 'ferienschule', org: 'lernhaus', service: 'ferienschule', site: 'west', title: 'Ferienschule Mathe und Deutsch', format: 'course', terms: ['lernfoerderung'],
    text: 'Eine Woche in den Ferien lernen Schülerinnen und Schüler der Klassen 3 bis 6 in kleinen Gruppen, was im Unterricht zu kurz kam. Mit Mittagessen und Ausflug am Freitag.',
    inDays: 40, at: '09:00', minutes: 240, weekly: 1, capacity: 24, ages: [8, 12], fee: 20, feeReduced: 0, requiresAccount: true, booked: 30 },
  { key: 'zirkus-ferien', org: 'zirkus', service: 'training', site: 'zelt', title: 'Zirkusworkshop am Wochenende', format: 'workshop', terms: ['jugendarbeit', 'bildung-teilhabe'],
    text: 'Jonglieren, Akrobatik, Einrad: Zwei Tage im Zirkuszelt, am Sonntag mit kleiner Vorstellung für die Eltern.',
    inDays: 27, at: '10:00', minutes: 300, capacity: 20, fee: 30, feeReduced: 0, ages: [7, 14] },
  { key: 'jks-comic', org: 'jugendkunstschule', service: 'kurse', site: 'jks', title: 'Comic zeichnen für Kids', format: 'course', terms: ['jugendarbeit'],
    text: 'Eigene Figuren erfinden und eine Geschichte in Bildern erzählen. An vier Nachmittagen entsteht ein kleines Comicheft.',
    inDays: 17, at: '16:00', minutes: 90, weekly: 4, capacity: 10, fee: 40, feeReduced: 0, ages: [9, 13], booked: 10 },
  { key: 'vamv-treff', org: 'vamv', service: 'treff', site: 'vamv', title: 'Treff für Alleinerziehende: Unterhalt und Umgang', format: 'group', terms: ['trennung-scheidung', 'familienbildung'],
    text: 'Eine Rechtsanwältin für Familienrecht beantwortet Fragen zu Unterhalt, Umgang und Sorgerecht. Kinderbetreuung im Nebenraum.',
    inDays: 20, at: '18:00', minutes: 120, capacity: 25, questions: [CHILDCARE] },
  { key: 'frueherziehung', org: 'musikschule', service: 'frueherziehung', site: 'ms', title: 'Schnupperstunde Musikalische Früherziehung', format: 'single', terms: ['familienbildung', 'bildung-teilhabe'],
    text: 'Singen, Bewegen, erste Instrumente: Kinder von 4 bis 6 Jahren probieren eine Stunde Früherziehung aus, Eltern sind dabei.',
    inDays: 8, at: '16:00', minutes: 45, capacity: 12, ages: [4, 6], maxPlaces: 2, booked: 12 },
  { key: 'eltern-kind-turnen', org: 'tsv', service: 'eltern-kind-turnen', site: 'halle', title: 'Eltern-Kind-Turnen: Schnuppertermin', format: 'single', terms: ['familienbildung'],
    text: 'Klettern, Rollen, Balancieren in der großen Halle: ein Probetermin für Kinder von 1 bis 3 Jahren mit einem Elternteil.',
    inDays: 6, at: '09:30', minutes: 60, capacity: 16, ages: [1, 3], maxPlaces: 2 },
  { key: 'seepferdchen', org: 'tsv', service: 'seepferdchen', site: 'bad', title: 'Seepferdchen-Kurs', format: 'course', terms: ['familienbildung', 'bildung-teilhabe'],
    text: 'In zehn Einheiten lernen Kinder ab 5 Jahren schwimmen und legen am Ende das Seepferdchen ab. Eintritt ins Bad inklusive.',
    inDays: 35, at: '15:00', minutes: 45, weekly: 10, capacity: 8, fee: 90, feeReduced: 25, ages: [5, 8], booked: 15 },
  { key: 'krabbelgruppe', org: 'nikolai', service: 'krabbelgruppe', site: 'gemeindehaus', title: 'Krabbelgruppe im Gemeindehaus', format: 'group', terms: ['familienbildung'],
    text: 'Für Eltern mit Kindern bis 18 Monate: spielen, singen, Kaffee trinken und sich kennenlernen.',
    inDays: 1, at: '10:00', minutes: 90, weekly: 6, capacity: 12, ages: [0, 1] },
  { key: 'rueckbildung', org: 'storchennest', service: 'rueckbildung', site: 'praxis', title: 'Rückbildungskurs mit Baby', format: 'course', terms: ['hebammen'],
    text: 'Beckenboden, Bauch und Rücken stärken, mit Baby auf der Decke daneben. Die Krankenkasse übernimmt die Kosten.',
    inDays: 25, at: '11:00', minutes: 75, weekly: 8, capacity: 10, ages: [0, 1], feeNote: 'Die Kosten übernimmt Ihre Krankenkasse.' },
  { key: 'erziehungsberatung-online', org: 'jugendamt', service: 'eb', site: 'eb', title: 'Online-Elternabend: Medienzeit in der Familie', format: 'single', terms: ['erziehungsberatung', 'familienbildung'],
    text: 'Wie viel Bildschirmzeit ist gut, wie finden wir Regeln, die alle einhalten? Die Erziehungsberatungsstelle lädt zu einem Abend per Videokonferenz ein; den Link bekommen Sie nach der Anmeldung.',
    inDays: 13, at: '20:00', minutes: 75, capacity: 80, online: true, maxPlaces: 2 },
  { key: 'willkommen', org: 'jugendamt', service: 'koordination-fruehe-hilfen', site: 'zentrale', title: 'Willkommen, Baby! Informationsabend der Frühen Hilfen', format: 'single', terms: ['fruehe-hilfen'],
    text: 'Was gibt es für junge Familien in Lindenau? Hebammen, Familienpatinnen, Elterncafés und Beratungsstellen stellen sich vor.',
    inDays: 29, at: '18:00', minutes: 90, capacity: 50, maxPlaces: 2 },
  { key: 'pflegeeltern', org: 'jugendamt', service: 'pflegekinderdienst', site: 'zentrale', title: 'Infoabend: Pflegefamilie werden', format: 'single', terms: ['hilfen-zur-erziehung'],
    text: 'Der Pflegekinderdienst erklärt, wie Pflegefamilien Kinder aufnehmen, welche Unterstützung sie bekommen und wie der Weg zur Pflegefamilie aussieht.',
    inDays: 33, at: '18:30', minutes: 120, capacity: 30, maxPlaces: 2 },
  { key: 'seniorenbuero-vortrag', org: 'sozialamt', service: 'seniorenbuero', site: 'seniorenbuero', title: 'Vortrag: Vorsorgevollmacht und Patientenverfügung', format: 'single', terms: ['senioren', 'pflegeberatung'],
    text: 'Ein Notar und das Seniorenbüro erklären, was eine Vorsorgevollmacht regelt und wie Sie eine Patientenverfügung verfassen. Vordrucke liegen aus.',
    inDays: 16, at: '15:00', minutes: 90, capacity: 45, ages: [18, null], maxPlaces: 2, booked: 52 },
  { key: 'but-info', org: 'sozialamt', service: 'but', site: 'sozialzentrum', title: 'Sprechstunde Bildung und Teilhabe: Schulbedarf, Ausflüge, Nachhilfe', format: 'single', terms: ['bildung-teilhabe', 'sozialleistungen'],
    text: 'Wer bekommt Geld für Klassenfahrt, Mittagessen und Nachhilfe? Wir helfen beim Antrag – bringen Sie Ihren Bescheid mit.',
    inDays: 10, at: '14:00', minutes: 120, capacity: 20 },
  { key: 'alz-wiedereinstieg', org: 'mgh', service: 'bewerbungscafe', site: 'mgh', title: 'Bewerbungscafé: Wiedereinstieg nach der Familienzeit', format: 'workshop', terms: ['wiedereinstieg'],
    text: 'Lücken im Lebenslauf, Teilzeit, Kinderbetreuung: Wie Sie nach einer Familienzeit gut wieder einsteigen. Mit Durchsicht Ihrer Unterlagen.',
    inDays: 23, at: '09:30', minutes: 150, capacity: 15 },
  { key: 'werkhof-tag', org: 'werkhof', service: 'jugendwerkstatt', site: 'werkhof', title: 'Tag der offenen Werkstatt', format: 'single', terms: ['berufsberatung'],
    text: 'Holz, Metall, Küche: Jugendliche probieren Werkstätten aus und lernen die Ausbildungswege im Werkhof kennen.',
    inDays: 31, at: '10:00', minutes: 240, capacity: 60, ages: [15, 25], maxPlaces: 3 },
  { key: 'stillcafe', org: 'fbs', service: 'stillcafe', site: 'fbs', title: 'Stillcafé mit Hebamme', format: 'group', terms: ['hebammen', 'fruehe-hilfen'],
    text: 'Fragen rund ums Stillen und Füttern, in offener Runde mit einer Hebamme. Schwangere sind ebenfalls willkommen.',
    inDays: 4, at: '14:00', minutes: 90, weekly: 6, capacity: 12 },
  { key: 'mieterverein', org: 'mieterverein', title: 'Infoabend: Nebenkostenabrechnung prüfen', format: 'single', terms: ['wohngeld'],
    text: 'Was darf in der Nebenkostenabrechnung stehen, welche Fristen gelten, wann lohnt ein Widerspruch? Mit Beispielen und Zeit für Fragen.',
    inDays: 28, at: '19:00', minutes: 90, capacity: 40, fee: 5, feeReduced: 0, feeNote: 'Für Mitglieder kostenfrei.', maxPlaces: 2 },
];

/** The next 5 September (local), counted from `today` (YYYY-MM-DD); this year's if still ahead. */
export function nextFifthOfSeptember(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-09-05`;
  return thisYear > today ? thisYear : `${year + 1}-09-05`;
}

const FIRST_NAMES = ['Anna', 'Ben', 'Clara', 'Deniz', 'Elif', 'Finn', 'Greta', 'Hamid', 'Ida', 'Jonas', 'Kübra', 'Lena', 'Mehmet', 'Nora', 'Olena', 'Paul', 'Rana', 'Sophie', 'Timo', 'Ula', 'Vera', 'Yusuf', 'Zoe'];
const LAST_NAMES = ['Albrecht', 'Bayram', 'Schulze', 'Dietrich', 'Engel', 'Fischer', 'Günther', 'Haddad', 'Iwanowa', 'Jansen', 'Krüger', 'Lorenz', 'Maier', 'Nowak', 'Özdemir', 'Petrenko', 'Richter', 'Schmidt'];

export type DemoEventsResult = { events: number; registrations: number };

/** Loads (or refreshes) the demo's events; `today` is the loading day in the municipality (YYYY-MM-DD). */
export async function loadDemoEvents(db: Queryable, today: string): Promise<DemoEventsResult> {
  const termIds = new Map<string, { id: string; parentId: string | null }>();
  for (const tax of shippedTaxonomies()) for (const t of tax.terms) termIds.set(t.code, { id: t.id, parentId: t.parent_id });
  const terms = (codes: string[]) => [...new Set(codes.flatMap((c) => { const t = termIds.get(c); return t ? [t.id, ...(t.parentId ? [t.parentId] : [])] : []; }))];
  const location = (org: string, site?: string) => (site ? demoId(`location/${org}/${site}`) : null);
  const existing = new Set((await rows<{ id: string }>(db, sql`SELECT id FROM locations WHERE id = ANY(${sql.param(EVENTS.flatMap((e) => [location(e.org, e.site)]).filter(Boolean))}::uuid[])`)).map((r) => r.id));
  const services = new Set((await rows<{ id: string }>(db, sql`SELECT id FROM services WHERE id = ANY(${sql.param(EVENTS.filter((e) => e.service).map((e) => demoId(`service/${e.org}/${e.service}`)))}::uuid[])`)).map((r) => r.id));

  const inputs: (EventInput & { booked?: number })[] = EVENTS.map((d) => {
    const first = addDays(today, d.inDays);
    const locationId = location(d.org, d.site);
    const sessions = Array.from({ length: d.weekly ?? 1 }, (_, i) => {
      const startsAt = berlinTime(addDays(first, 7 * i), d.at);
      return { startsAt, endsAt: new Date(startsAt.getTime() + d.minutes * 60_000), locationId: locationId && existing.has(locationId) ? locationId : null,
        room: d.room ?? null, onlineUrl: d.online ? 'https://meet.lindenau.example/elternabend-medien' : null };
    });
    const serviceId = d.service ? demoId(`service/${d.org}/${d.service}`) : null;
    return {
      id: demoId(`event/${d.key}`), organizationId: demoId(`organization/${d.org}`), serviceId: serviceId && services.has(serviceId) ? serviceId : null,
      title: d.title, description: d.text, format: d.format, topic: d.topic ?? null, keywords: d.keywords ?? [], termIds: terms(d.terms),
      targetGroup: d.target ?? null, minimumAge: d.ages?.[0] ?? null, maximumAge: d.ages?.[1] ?? null, languageCodes: d.langs ?? ['de'],
      fee: d.fee ?? null, feeReduced: d.feeReduced ?? null, feeNote: d.feeNote ?? null, capacity: d.capacity,
      maxPlacesPerRegistration: d.maxPlaces ?? 1, registrationClosesAt: new Date(sessions[0].startsAt.getTime() - 2 * 3_600_000),
      requiresAccount: d.requiresAccount ?? false, accessibility: null, wheelchair: false, sessions, questions: d.questions,
      translations: d.en ? { en: { title: d.en[0], description: d.en[1] } } : undefined, booked: d.booked,
    };
  });

  // The workshop of the issue: on the next 5 September, 17:15–18:45 in room C2 of the town hall, at most 60.
  const day = nextFifthOfSeptember(today);
  const start = berlinTime(day, '17:15');
  inputs.push({
    id: demoId('event/digitale-zugaenge'), organizationId: demoId('organization/stadt'),
    serviceId: services.has(demoId('service/stadt/serviceportal')) ? demoId('service/stadt/serviceportal') : null,
    title: 'Digitale Zugänge zu Sozialer Arbeit', format: 'workshop',
    description: 'Wie finden Menschen digital zu Beratung und Hilfe – und was brauchen Fachkräfte dafür? Drei Kurzvorträge aus Verwaltung, freier Wohlfahrtspflege und Hochschule zeigen, was in Lindenau schon geht und wo es hakt; danach diskutieren wir gemeinsam.\n\nFür Fachkräfte der Sozialen Arbeit, Studierende und alle Interessierten. Die Teilnahme ist kostenfrei.',
    topic: 'Digitalisierung in der Sozialen Arbeit', keywords: ['Digitalisierung', 'Onlinezugangsgesetz', 'Onlineberatung', 'Datenschutz', 'Barrierefreiheit'],
    termIds: terms(['sozialleistungen', 'bildung-teilhabe']), targetGroup: 'Fachkräfte der Sozialen Arbeit, Studierende, Interessierte', minimumAge: 16, maximumAge: null,
    languageCodes: ['de'], fee: null, capacity: 60, maxPlacesPerRegistration: 1,
    registrationClosesAt: berlinTime(addDays(day, -1), '12:00'), requiresAccount: false,
    accessibility: 'Raum C2 ist stufenlos über den Aufzug erreichbar; eine Induktionsschleife ist vorhanden. Gebärdensprachdolmetschen bitte bis zwei Wochen vorher anfragen.', wheelchair: true,
    sessions: [{ startsAt: start, endsAt: new Date(start.getTime() + 90 * 60_000), locationId: existing.has(demoId('location/stadt/rathaus')) ? demoId('location/stadt/rathaus') : null, room: 'C2' }],
    speakers: [
      { name: 'Dr. Miriam Hoffmann', affiliation: 'Hochschule Lindenau, Fachbereich Soziale Arbeit', contribution: 'Kurzvortrag: Digitale Teilhabe – wer wird erreicht, wer nicht?' },
      { name: 'Stefan Brandt', affiliation: 'Stadt Lindenau, Fachbereich Digitale Verwaltung', contribution: 'Kurzvortrag: Das Onlinezugangsgesetz im Jugend- und Sozialamt' },
      { name: 'Aylin Demir', affiliation: 'Caritasverband für die Stadt Lindenau e.V., Onlineberatung', contribution: 'Kurzvortrag: Onlineberatung in der Praxis – vertraulich und niedrigschwellig' },
      { name: 'Thomas Keller', affiliation: 'Paritätischer Wohlfahrtsverband, Kreisgruppe Lindenau', contribution: 'Moderation der Diskussion' },
    ],
    questions: [{ label: 'Aus welcher Einrichtung kommen Sie?', kind: 'text' }],
    translations: { en: { title: 'Digital access to social work', description: 'Three short talks from administration, welfare organisations and university, followed by a discussion. For social work professionals, students and everyone interested; free of charge.' } },
  });

  let registrations = 0;
  for (const input of inputs) {
    const { booked, ...event } = input;
    const id = await saveEvent(db, event);
    if (booked) registrations += await bookDemoRegistrations(db, id, booked);
  }
  return { events: inputs.length, registrations };
}

/** Invented registrations for a demo event that has none yet: up to the capacity confirmed, the rest waiting, in queue order. */
async function bookDemoRegistrations(db: Queryable, eventId: string, count: number): Promise<number> {
  const [e] = await rows<{ capacity: number; confirmed_places: number; n: number }>(db, sql`
    SELECT capacity, confirmed_places, (SELECT count(*)::int FROM event_registrations WHERE event_id = ${eventId}) AS n FROM events WHERE id = ${eventId} FOR UPDATE`);
  if (!e || e.n > 0) return 0;
  const confirmed = Math.min(count, e.capacity);
  await db.execute(sql`
    INSERT INTO event_registrations (event_id, name, email, places, status, queue_number, lang, confirmed_at)
    SELECT ${eventId}, f.name || ' ' || l.name, lower(translate(f.name || '.' || l.name, 'äöüßÜÖÄ', 'aousuoa')) || i || '@beispiel.example', 1,
      CASE WHEN i <= ${confirmed} THEN 'confirmed' ELSE 'waiting' END, i, 'de', now()
    FROM generate_series(1, ${count}) i
    CROSS JOIN LATERAL (SELECT (${sql.param(FIRST_NAMES)}::text[])[1 + (i * 7) % ${FIRST_NAMES.length}] AS name) f
    CROSS JOIN LATERAL (SELECT (${sql.param(LAST_NAMES)}::text[])[1 + (i * 5 + 3) % ${LAST_NAMES.length}] AS name) l`);
  await db.execute(sql`UPDATE events SET confirmed_places = ${confirmed}, next_queue_number = ${count + 1} WHERE id = ${eventId}`);
  return count;
}

/** The demo citizen's registrations (event key, places, state), so that "Meine Anmeldungen" shows each state. */
const DEMO_CITIZEN_REGISTRATIONS: { key: string; places: number; cancelled?: boolean }[] = [
  { key: 'pubertaet', places: 2 },
  // Full: she joins the waiting list behind the invented people.
  { key: 'trotzphase', places: 1 },
  { key: 'babymassage-2', places: 1, cancelled: true },
];

/**
 * Registrations of a demo account (the citizen, buergerin@lindenau.example) made with the account: one
 * confirmed, one on a waiting list, one cancelled. Only when the account exists and has none yet; places
 * and queue numbers are taken under the event's lock like a real registration's.
 */
export async function loadDemoAccountRegistrations(db: Queryable, email = 'buergerin@lindenau.example'): Promise<number> {
  const [user] = await rows<{ id: string; display_name: string; n: number }>(db, sql`
    SELECT u.id, u.display_name, (SELECT count(*)::int FROM event_registrations r WHERE r.user_id = u.id) AS n FROM users u WHERE u.email = ${email}`);
  if (!user || user.n > 0) return 0;
  let made = 0;
  for (const r of DEMO_CITIZEN_REGISTRATIONS) {
    const eventId = demoId(`event/${r.key}`);
    const [e] = await rows<{ capacity: number; confirmed_places: number; next_queue_number: number; waiting: boolean }>(db, sql`
      SELECT capacity, confirmed_places, next_queue_number,
        EXISTS (SELECT 1 FROM event_registrations w WHERE w.event_id = e.id AND w.status = 'waiting') AS waiting
      FROM events e WHERE id = ${eventId} FOR UPDATE`);
    if (!e) continue;
    const fits = !e.waiting && e.confirmed_places + r.places <= e.capacity;
    const status = r.cancelled ? 'cancelled' : fits ? 'confirmed' : 'waiting';
    // Required yes/no questions get an answer, as the form would insist.
    const questions = await rows<{ id: string }>(db, sql`SELECT id FROM event_questions WHERE event_id = ${eventId} AND required AND kind = 'yes_no' ORDER BY position`);
    const answers = Object.fromEntries(questions.map((q) => [q.id, 'nein']));
    await db.execute(sql`
      INSERT INTO event_registrations (event_id, user_id, name, email, places, status, queue_number, answers, lang, created_at, confirmed_at, cancelled_at, cancelled_by)
      VALUES (${eventId}, ${user.id}, ${user.display_name}, ${email}, ${r.places}, ${status}, ${e.next_queue_number}, ${JSON.stringify(answers)}::jsonb, 'de',
        now() - interval '3 days', now() - interval '3 days', ${r.cancelled ? sql`now() - interval '1 day'` : sql`NULL`}, ${r.cancelled ? 'participant' : null})`);
    await db.execute(sql`UPDATE events SET next_queue_number = next_queue_number + 1,
      confirmed_places = confirmed_places + ${status === 'confirmed' ? r.places : 0} WHERE id = ${eventId}`);
    made++;
  }
  return made;
}

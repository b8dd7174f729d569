// Day care: 44 Kitas of municipal, church, welfare and parent-run providers, and the childminder
// association. Each Kita is a service at its own location. Descriptions are composed from the
// Kita's own profile sentence and varied sentences chosen by a seeded random stream.
import type { Cost, LangCode, OrgDef, ServiceDef, Site } from './model.ts';
import type { SozialraumCode } from './sozialraeume.ts';
import { seeded } from './random.ts';

type Kita = {
  org: string;
  key: string;
  name: string;
  en?: string;
  area: SozialraumCode;
  street: string;
  no: string;
  /** Ages in years: [0, 3] crèche, [1, 6] or [0, 6] Kita, [3, 6] kindergarten. */
  age: [number, number];
  places: number;
  hours: string;
  /** What makes this Kita special, one or two sentences. */
  profile: string;
  access?: Site['access'];
  accessNote?: string;
  langs?: LangCode[];
  outdated?: boolean;
  /** Extra fees of parent-run Kitas. */
  extraFee?: string;
};

const KITAS: Kita[] = [
  // KiTa Lindenau, the town's own day-care centres
  { org: 'kita-lindenau', key: 'sonnenblume', name: 'Kita Sonnenblume', area: 'SR05', street: 'Sonnenring', no: '22', age: [1, 6], places: 120, hours: 'MO-FR 06:00-18:00', langs: ['tr', 'ar', 'ru'],
    profile: 'Als eine der wenigen Kitas in Lindenau öffnet die Sonnenblume schon um 6 Uhr und schließt erst um 18 Uhr – gedacht für Eltern im Schichtdienst. Im Team arbeiten Erzieherinnen, die Türkisch, Arabisch und Russisch sprechen.' },
  { org: 'kita-lindenau', key: 'spatzennest', name: 'Kita Spatzennest', area: 'SR02', street: 'Goethestraße', no: '18', age: [0, 6], places: 95, hours: 'MO-FR 07:00-17:00',
    profile: 'Schwerpunkt ist die musikalische Bildung: Jeden Morgen wird im Kreis gesungen, und einmal pro Woche kommt eine Lehrerin der Musikschule ins Haus.' },
  { org: 'kita-lindenau', key: 'zwergenland', name: 'Kinderkrippe Zwergenland', en: 'Zwergenland crèche', area: 'SR02', street: 'Körnerstraße', no: '3', age: [0, 3], places: 40, hours: 'MO-FR 07:00-16:30', access: 'partial',
    profile: 'In vier kleinen Nestgruppen werden die Jüngsten von festen Bezugserzieherinnen betreut; Schlaf- und Essenszeiten richten sich nach dem Rhythmus jedes Kindes.' },
  { org: 'kita-lindenau', key: 'regenbogen', name: 'Kita Regenbogen', area: 'SR07', street: 'Bremer Straße', no: '7', age: [1, 6], places: 110, hours: 'MO-FR 06:30-17:00',
    profile: 'Die Kita arbeitet nach dem offenen Konzept: Statt fester Gruppenräume gibt es Atelier, Bauzimmer, Rollenspielraum und Forscherwerkstatt, zwischen denen die Kinder wählen.' },
  { org: 'kita-lindenau', key: 'weltentdecker', name: 'Kita Weltentdecker', area: 'SR07', street: 'Hannoversche Straße', no: '31', age: [1, 6], places: 150, hours: 'MO-FR 06:30-17:30',
    profile: 'Die größte Kita der Stadt wurde 2023 im Neubaugebiet West eröffnet. Sie ist als MINT-Kita ausgezeichnet: In der Forscherwerkstatt wird gemessen, gewogen, experimentiert und programmiert.' },
  { org: 'kita-lindenau', key: 'auenkinder', name: 'Kita Auenkinder', area: 'SR04', street: 'Auenweg', no: '12', age: [1, 6], places: 85, hours: 'MO-FR 07:00-17:00',
    profile: 'Der Auenpark liegt direkt vor der Tür: Alle Gruppen sind täglich draußen, und einmal pro Woche verbringen sie den ganzen Vormittag als Naturtag am Fluss.' },
  { org: 'kita-lindenau', key: 'marktspatzen', name: 'Kita Marktspatzen', area: 'SR01', street: 'Marktstraße', no: '9', age: [1, 6], places: 60, hours: 'MO-FR 07:30-16:30', access: 'partial',
    profile: 'Die kleine Kita in einem Altbau am Marktplatz nutzt Stadtbibliothek, Stadtmuseum und Wochenmarkt als Lernorte und hat einen begrünten Innenhof.' },
  { org: 'kita-lindenau', key: 'muehlenkinder', name: 'Kita Mühlenkinder', area: 'SR06', street: 'Am Mühlenteich', no: '4', age: [0, 6], places: 75, hours: 'MO-FR 06:30-17:00',
    profile: 'Als Kita-Familienzentrum bietet sie Erziehungsberatung, ein Elterncafé und Kurse direkt im Haus – viele Alleinerziehende aus dem Mühlenviertel schätzen die kurzen Wege.' },
  { org: 'kita-lindenau', key: 'waldwichtel', name: 'Kita Waldwichtel', area: 'SR08', street: 'Waldstraße', no: '40', age: [1, 6], places: 70, hours: 'MO-FR 07:00-16:30',
    profile: 'Eine der vier Gruppen ist als Waldgruppe jeden Vormittag im Stadtwald unterwegs; die anderen Gruppen besuchen sie dort regelmäßig.' },
  { org: 'kita-lindenau', key: 'hafenkinder', name: 'Kita Hafenkinder', area: 'SR11', street: 'Kaiweg', no: '15', age: [1, 6], places: 90, hours: 'MO-FR 06:30-17:00', langs: ['pl', 'ru'],
    profile: 'Die Kita ist Sprach-Kita: Eine zusätzliche Fachkraft für sprachliche Bildung unterstützt besonders Kinder, die Deutsch als zweite Sprache lernen, und berät die Familien.' },
  { org: 'kita-lindenau', key: 'seepferdchen', name: 'Kita Seepferdchen', area: 'SR10', street: 'Seestraße', no: '14', age: [1, 6], places: 55, hours: 'MO-FR 07:00-16:00', access: 'partial', outdated: true,
    profile: 'Die Kita im alten Ortskern hat einen großen Naturgarten mit Obstbäumen; im Sommer wandern die Vorschulkinder regelmäßig zum Seeufer.' },
  { org: 'kita-lindenau', key: 'lindenbluete', name: 'Kita Lindenblüte', area: 'SR03', street: 'Ulmenstraße', no: '5', age: [1, 6], places: 80, hours: 'MO-FR 07:00-17:00',
    profile: 'Die Kita arbeitet nach dem Situationsansatz und nimmt Beteiligung ernst: Ein Kinderrat entscheidet über Ausflüge, Projekte und die Gestaltung des Gartens mit.' },
  { org: 'kita-lindenau', key: 'suedstern', name: 'Kita Südstern', area: 'SR09', street: 'Luisenstraße', no: '40', age: [0, 6], places: 100, hours: 'MO-FR 06:30-17:00',
    profile: 'Die Kita ist Schwerpunkt-Kita für Inklusion: Kinder mit und ohne Behinderung spielen und lernen gemeinsam, unterstützt von zwei Heilpädagoginnen.' },
  { org: 'kita-lindenau', key: 'nordlichter', name: 'Kita Nordlichter', area: 'SR02', street: 'Wilhelmstraße', no: '51', age: [1, 6], places: 105, hours: 'MO-FR 06:30-17:00',
    profile: 'Bewegung steht im Mittelpunkt: Die Kita ist zertifizierte Bewegungskita, hat einen großen Bewegungsraum und kooperiert mit dem TSV Lindenau.' },
  // Katholische Kindertagesstätten Lindenau gGmbH
  { org: 'kath-kita', key: 'st-elisabeth', name: 'Katholische Kita St. Elisabeth', area: 'SR01', street: 'Ritterstraße', no: '10', age: [1, 6], places: 65, hours: 'MO-FR 07:00-16:30', access: 'partial',
    profile: 'Religiöse Bildung gehört zum Alltag: Die Kinder feiern die Feste im Kirchenjahr und hören Geschichten aus der Bibel. Familien jeder Herkunft und Religion sind willkommen.' },
  { org: 'kath-kita', key: 'st-marien', name: 'Katholische Kita St. Marien', area: 'SR03', street: 'Eschenweg', no: '4', age: [0, 6], places: 90, hours: 'MO-FR 07:00-17:00',
    profile: 'Die Kita liegt neben der Pfarrkirche und arbeitet eng mit der Gemeinde zusammen; für die Jüngsten gibt es eine eigene Krippengruppe mit Schlafraum.' },
  { org: 'kath-kita', key: 'st-josef', name: 'Katholische Kita St. Josef', area: 'SR05', street: 'Tannenstraße', no: '18', age: [1, 6], places: 100, hours: 'MO-FR 06:30-17:00', langs: ['ar', 'tr'],
    profile: 'In der Kita St. Josef spielen Kinder aus 19 Nationen zusammen. Mehrsprachigkeit wird wertgeschätzt, Elternbriefe gibt es in mehreren Sprachen.' },
  { org: 'kath-kita', key: 'heilig-kreuz', name: 'Katholische Kita Heilig Kreuz', area: 'SR07', street: 'Lübecker Straße', no: '22', age: [1, 6], places: 75, hours: 'MO-FR 07:00-16:30',
    profile: 'Die Kita hat einen eigenen Gemüsegarten und eine Kinderküche; Ernährungsbildung ist ein Schwerpunkt, vom Säen bis zum gemeinsamen Kochen.' },
  { org: 'kath-kita', key: 'st-antonius', name: 'Katholischer Kindergarten St. Antonius', area: 'SR09', street: 'Viktoriastraße', no: '30', age: [3, 6], places: 50, hours: 'MO-FR 07:30-16:00', access: 'partial',
    profile: 'Der kleine Kindergarten für Kinder ab drei Jahren arbeitet in zwei altersgemischten Gruppen und legt viel Wert auf Naturerfahrungen im nahen Uferpark.' },
  { org: 'kath-kita', key: 'st-martin', name: 'Katholische Kita St. Martin', area: 'SR10', street: 'Kirchweg', no: '12', age: [1, 6], places: 45, hours: 'MO-FR 07:00-16:00', access: 'partial',
    profile: 'Die Kita im Dorfkern ist mit Bauerngarten und eigenen Hühnern ein Stück Landleben; viele Kinder kommen aus den umliegenden Ortsteilen.' },
  // Evangelischer Kita-Verband Lindenau
  { org: 'ev-kita', key: 'arche-noah', name: 'Evangelische Kita Arche Noah', area: 'SR02', street: 'Hebbelstraße', no: '2', age: [1, 6], places: 80, hours: 'MO-FR 07:00-17:00', langs: ['tr'],
    profile: 'Die Arche Noah ist Familienzentrum und Sprach-Kita zugleich; im Elterncafé am Freitagnachmittag treffen sich Familien aus der ganzen Nordstadt.' },
  { org: 'ev-kita', key: 'senfkorn', name: 'Evangelische Kita Senfkorn', area: 'SR04', street: 'Wiesenstraße', no: '7', age: [0, 6], places: 70, hours: 'MO-FR 07:00-16:30',
    profile: 'Die Kita arbeitet nach der Reggio-Pädagogik: Kinder werden als Forschende verstanden, und ihre Projekte werden mit Fotos und Werken im ganzen Haus sichtbar.' },
  { org: 'ev-kita', key: 'himmelszelt', name: 'Evangelische Kita Himmelszelt', area: 'SR08', street: 'Jagdweg', no: '11', age: [1, 6], places: 85, hours: 'MO-FR 06:30-17:00',
    profile: 'Die Kita pflegt eine Partnerschaft mit der benachbarten Seniorenwohnanlage: Einmal pro Woche singen, backen und spielen Kinder und Ältere gemeinsam.' },
  { org: 'ev-kita', key: 'nikolai', name: 'Evangelische Kita St. Nikolai', area: 'SR01', street: 'Kirchgasse', no: '11', age: [1, 6], places: 45, hours: 'MO-FR 07:30-16:30', access: 'partial', outdated: true,
    profile: 'Die kleine Kita im Gemeindehaus hat nur zwei Gruppen und einen ruhigen Innenhof – gut für Kinder, die eine überschaubare Umgebung brauchen.' },
  { org: 'ev-kita', key: 'sonnenschein', name: 'Evangelische Kita Sonnenschein', area: 'SR11', street: 'Werftstraße', no: '22', age: [1, 6], places: 90, hours: 'MO-FR 06:30-17:00',
    profile: 'Der Neubau am Kanal wurde nach ökologischen Standards errichtet. Als Kneipp-Kita gehören Wassertreten, Kräutergarten und tägliche Bewegung an der frischen Luft dazu.' },
  { org: 'ev-kita', key: 'kleine-haende', name: 'Evangelische Krippe Kleine Hände', area: 'SR06', street: 'Webergasse', no: '12', age: [0, 3], places: 30, hours: 'MO-FR 07:00-16:00',
    profile: 'In der kleinen Krippe werden 30 Kinder unter drei Jahren in drei Gruppen betreut; Babys ab acht Wochen werden mit besonders viel Zeit eingewöhnt.' },
  // AWO
  { org: 'awo', key: 'sausewind', name: 'AWO-Kita Sausewind', area: 'SR05', street: 'Falkenweg', no: '30', age: [1, 6], places: 120, hours: 'MO-FR 06:00-17:30', langs: ['tr', 'ar', 'ku'],
    profile: 'Als Kita-Familienzentrum ist sie Anlaufstelle für den ganzen Stadtteil: Sozialberatung, Elternkurse und ein Deutschkurs für Mütter finden direkt im Haus statt.' },
  { org: 'awo', key: 'kunterbunt', name: 'AWO-Kita Kunterbunt', area: 'SR02', street: 'Lessingstraße', no: '21', age: [1, 6], places: 90, hours: 'MO-FR 06:30-17:00', langs: ['tr', 'pl'],
    profile: 'Kinderrechte und Beteiligung sind fest verankert: Die Kinder stimmen über Regeln ab, wählen Gruppensprecherinnen und gestalten den Speiseplan mit.' },
  { org: 'awo', key: 'wirbelwind', name: 'AWO-Kita Wirbelwind', area: 'SR07', street: 'Kieler Straße', no: '10', age: [1, 6], places: 100, hours: 'MO-FR 06:30-17:00', langs: ['ru'],
    profile: 'Die Kita hat eine eigene Turnhalle und einen Abenteuergarten; Schwerpunkt ist Gesundheitsförderung mit täglicher Bewegung und zuckerfreiem Frühstück.' },
  { org: 'awo', key: 'schatzkiste', name: 'AWO-Kita Schatzkiste', area: 'SR04', street: 'Weidenweg', no: '5', age: [0, 6], places: 85, hours: 'MO-FR 06:30-17:00',
    profile: 'In der Schatzkiste gibt es eine Holzwerkstatt mit echtem Werkzeug, ein Musikzimmer und einen Snoezelraum zum Entspannen.' },
  { org: 'awo', key: 'purzelbaum', name: 'AWO-Krippe Purzelbaum', area: 'SR09', street: 'Südstraße', no: '8', age: [0, 3], places: 40, hours: 'MO-FR 06:00-17:30',
    profile: 'Die Krippe liegt nahe am Klinikum und bietet Eltern aus Pflege und Medizin besonders frühe und späte Betreuungszeiten.' },
  { org: 'awo', key: 'hafenspatzen', name: 'AWO-Kita Hafenspatzen', area: 'SR11', street: 'Hafenstraße', no: '33', age: [1, 6], places: 75, hours: 'MO-FR 06:30-17:00', langs: ['ar', 'uk'],
    profile: 'Mit offenen Spielgruppen für Familien, die neu in Deutschland sind, erleichtert die Kita den Einstieg: Kinder und Eltern lernen die Kita kennen, bevor ein Platz frei ist.' },
  { org: 'awo', key: 'lindenzwerge', name: 'AWO-Kita Lindenzwerge', area: 'SR03', street: 'Birkenweg', no: '14', age: [1, 6], places: 60, hours: 'MO-FR 07:00-16:30', access: 'partial',
    profile: 'Die Kita in der Gartenstadt hat alten Baumbestand; ein Baumhaus und ein Barfußpfad gehören zum Gelände.' },
  // DRK
  { org: 'drk', key: 'puenktchen', name: 'DRK-Kita Pünktchen', area: 'SR09', street: 'Steinweg', no: '14', age: [1, 6], places: 70, hours: 'MO-FR 06:30-17:00',
    profile: 'Die Kinder lernen früh, wie man anderen hilft: Erste Hilfe für Kinder und Projekte zur Unfallverhütung gehören zum Jahresprogramm.' },
  { org: 'drk', key: 'sternschnuppe', name: 'DRK-Kita Sternschnuppe', area: 'SR05', street: 'Lerchenstraße', no: '12', age: [0, 6], places: 110, hours: 'MO-FR 06:00-17:00', langs: ['ar', 'ru', 'tr'],
    profile: 'Die Kita bietet Betreuungszeiten bis zu elf Stunden und arbeitet eng mit den Frühen Hilfen und dem Familienzentrum im Stadtteil zusammen.' },
  { org: 'drk', key: 'flohkiste', name: 'DRK-Kita Flohkiste', area: 'SR07', street: 'Weststraße', no: '30', age: [1, 6], places: 65, hours: 'MO-FR 07:00-16:30',
    profile: 'Die Kita liegt am Westpark; regelmäßig erkunden die Kinder den Park, den Abenteuerspielplatz und den Bauernhof am Stadtrand.' },
  { org: 'drk', key: 'seestern', name: 'DRK-Kita Seestern', area: 'SR10', street: 'Uferweg', no: '6', age: [1, 6], places: 50, hours: 'MO-FR 07:00-16:00', access: 'partial',
    profile: 'Wasser und Natur sind das Thema der Kita am See; mit der Wasserwacht lernen die Vorschulkinder die Baderegeln.' },
  // Lebenshilfe
  { org: 'lebenshilfe', key: 'regenbogenfisch', name: 'Integrative Kita Regenbogenfisch', area: 'SR03', street: 'Platanenstraße', no: '11', age: [1, 6], places: 60, hours: 'MO-FR 07:00-16:30',
    profile: 'Ein Drittel der Plätze ist für Kinder mit Behinderung oder Entwicklungsverzögerung vorgesehen. Logopädie, Ergo- und Physiotherapie finden im Haus statt, abgestimmt mit der Frühförderstelle nebenan.' },
  // Parent-run and independent Kitas
  { org: 'pusteblume', key: 'pusteblume', name: 'Kinderladen Pusteblume', area: 'SR06', street: 'Bäckergasse', no: '16', age: [1, 6], places: 22, hours: 'MO-FR 08:00-16:30', access: 'partial',
    extraFee: 'Vereinsbeitrag 30 EUR im Monat und Elterndienste (Kochen, Putzen, Renovieren).',
    profile: 'Im Kinderladen gestalten Eltern und Erzieherinnen den Alltag gemeinsam: Eltern kochen im Wechsel, renovieren und bilden den Vorstand. Dafür ist die Atmosphäre mit nur 22 Kindern sehr familiär.' },
  { org: 'rasselbande', key: 'rasselbande', name: 'Krippe der Elterninitiative Rasselbande', area: 'SR02', street: 'Hebbelstraße', no: '25', age: [0, 3], places: 15, hours: 'MO-FR 07:30-16:00', access: 'partial',
    extraFee: 'Vereinsbeitrag 25 EUR im Monat.',
    profile: 'Die kleine Krippe einer Elterninitiative betreut 15 Kinder unter drei Jahren in einer umgebauten Erdgeschosswohnung mit Hinterhofgarten.' },
  { org: 'little-explorers', key: 'little-explorers', name: 'Bilinguale Kita Little Explorers', en: 'Bilingual day-care centre Little Explorers', area: 'SR01', street: 'Schlossstraße', no: '24', age: [1, 6], places: 45, hours: 'MO-FR 07:30-17:00', langs: ['en'],
    extraFee: 'Zusatzbeitrag für das bilinguale Konzept 40 EUR im Monat, ermäßigt nach Einkommen.',
    profile: 'Die Erzieherinnen und Erzieher sprechen nach dem Prinzip „eine Person, eine Sprache“ Deutsch oder Englisch, und die Kinder wachsen spielerisch zweisprachig auf.' },
  { org: 'montessori', key: 'montessori', name: 'Montessori-Kinderhaus Lindenau', area: 'SR08', street: 'Buchenallee', no: '30', age: [3, 6], places: 40, hours: 'MO-FR 07:30-16:00',
    extraFee: 'Vereinsbeitrag 20 EUR im Monat.',
    profile: 'Die Kinder wählen ihre Arbeit mit dem Montessori-Material selbst und arbeiten in ihrem eigenen Tempo – nach dem Leitsatz „Hilf mir, es selbst zu tun“.' },
  { org: 'waldkindergarten', key: 'eichhoernchen', name: 'Waldkindergarten Eichhörnchen', area: 'SR10', street: 'Gutshofweg', no: '20', age: [3, 6], places: 20, hours: 'MO-FR 08:00-14:00', access: 'none',
    accessNote: 'Treffpunkt am Waldparkplatz, danach unbefestigte Waldwege; der Bauwagen ist nur über Stufen erreichbar.',
    profile: 'Die Kinder verbringen den ganzen Vormittag bei jedem Wetter im Wald am Seeufer; Schutz bieten ein Bauwagen und ein Tipi. Spielzeug sind Stöcke, Steine, Moos und Matsch.' },
];

const AREA_PHRASES: Record<SozialraumCode, string> = {
  SR01: 'mitten in der Altstadt', SR02: 'in der Nordstadt', SR03: 'im Lindenhof', SR04: 'am Auenpark', SR05: 'in Sonnenfeld', SR06: 'im Mühlenviertel',
  SR07: 'in der Weststadt', SR08: 'am Stadtwald', SR09: 'in der Südstadt', SR10: 'in Seeblick', SR11: 'im Hafenviertel',
};

function ageText([min, max]: [number, number]): string {
  if (min === 0 && max === 3) return 'im Alter von acht Wochen bis drei Jahren';
  if (min === 0) return 'von acht Wochen bis zur Einschulung';
  if (min === 1) return 'vom ersten Geburtstag bis zur Einschulung';
  return 'ab drei Jahren bis zur Einschulung';
}

function kindOf(k: Kita): string {
  if (k.age[1] <= 3) return 'Krippe';
  if (k.age[0] >= 3) return 'Kindergarten';
  return 'Kindertagesstätte';
}

const OPENERS = [
  (k: Kita) => `Unsere ${kindOf(k)} ${AREA_PHRASES[k.area]} betreut ${k.places} Kinder ${ageText(k.age)}.`,
  (k: Kita) => `In unserer ${kindOf(k)} ${AREA_PHRASES[k.area]} spielen, lernen und toben ${k.places} Kinder ${ageText(k.age)}.`,
  (k: Kita) => `${k.places} Kinder ${ageText(k.age)} besuchen unsere ${kindOf(k)} ${AREA_PHRASES[k.area]}.`,
];

const DAILY_LIFE = [
  'Das Mittagessen wird täglich frisch in der hauseigenen Küche gekocht, mit viel Gemüse aus der Region.',
  'Ein großer Garten mit Sandkasten, Kletterhügel und Hochbeeten lädt bei jedem Wetter zum Spielen draußen ein.',
  'Die Eingewöhnung gestalten wir behutsam und gemeinsam mit den Eltern; sie dauert in der Regel zwei bis vier Wochen.',
  'Für die Kinder im letzten Kita-Jahr gibt es eine Vorschulgruppe mit Ausflügen in die Bibliothek, zur Feuerwehr und in die Grundschule.',
  'Eltern sind bei uns willkommen: bei Festen, im Elternbeirat und bei den jährlichen Entwicklungsgesprächen.',
  'Alltagsintegrierte Sprachbildung ist uns wichtig; wir singen, erzählen und lesen jeden Tag vor.',
  'Frühstück und Nachmittagsimbiss sind im Verpflegungsgeld enthalten, sodass niemand etwas mitbringen muss.',
];

const REGISTRATION = [
  'Plätze vergeben wir über das Kita-Portal der Stadt; eine Besichtigung ist nach Absprache möglich.',
  'Die Anmeldung erfolgt über das Kita-Portal mit dem Kita-Gutschein der Kita-Servicestelle.',
  'Freie Plätze gibt es meist zum neuen Kita-Jahr im August; Ihren Betreuungswunsch geben Sie im Kita-Portal an.',
  'Einmal im Monat laden wir interessierte Eltern zu einem Nachmittag der offenen Tür ein; angemeldet wird über das Kita-Portal.',
];

/** Lindenau's day-care fees: income-related for children under three, free from three; meals extra. */
function kitaCosts(k: Kita): Cost[] {
  const costs: Cost[] = [];
  if (k.age[0] < 3) {
    costs.push({ option: 'Elternbeitrag für Kinder unter drei Jahren (monatlich)', amount: 390,
      description: 'Einkommensabhängig von 0 bis 390 EUR im Monat für einen Ganztagsplatz; Geschwisterkinder beitragsfrei. Ab dem dritten Geburtstag ist die Betreuung beitragsfrei.' });
  }
  costs.push({ option: 'Verpflegungsgeld (monatlich)', amount: 65,
    description: 'Mit Bildung und Teilhabe oder Lindenau-Pass übernimmt die Stadt das Verpflegungsgeld.' });
  return costs;
}

function kitaService(k: Kita): ServiceDef {
  const rng = seeded(`kita/${k.key}`);
  const sentences = [rng.pick(OPENERS)(k), k.profile, ...rng.sample(DAILY_LIFE, rng.int(1, 2)), rng.pick(REGISTRATION)];
  const isKrippe = k.age[1] <= 3;
  return {
    key: `kita-${k.key}`, name: k.name, terms: ['kita'], at: [k.key], hours: k.hours, age: [k.age[0], k.age[1]],
    langs: k.langs, cost: kitaCosts(k), fees: k.extraFee, contact: 'Kita-Leitung', outdated: k.outdated,
    application: 'Anmeldung über das Kita-Portal der Stadt Lindenau mit Kita-Gutschein; Beratung in der Kita-Servicestelle des Jugendamts.',
    eligibility: isKrippe ? 'Kinder unter drei Jahren mit Wohnsitz in Lindenau.' : 'Kinder mit Wohnsitz in Lindenau; Rechtsanspruch ab dem ersten Geburtstag.',
    text: sentences.join(' '),
    en: k.en ? [k.en, `${k.en} looks after ${k.places} children ${isKrippe ? 'under three' : 'until they start school'}. Registration via the city’s day-care portal.`] : undefined,
  };
}

function kitaSite(k: Kita): Site {
  return { key: k.key, name: k.name, area: k.area, street: k.street, no: k.no, access: k.access ?? 'full', extras: k.access && k.access !== 'full' ? [] : ['barrierefreies-wc'],
    accessNote: k.accessNote };
}

/** Providers that exist only for their Kitas. */
const KITA_PROVIDERS: OrgDef[] = [
  {
    key: 'kita-lindenau', name: 'KiTa Lindenau – Eigenbetrieb Kindertagesstätten der Stadt Lindenau', alt: 'Städtische Kitas', en: 'Lindenau municipal day-care centres', parent: 'stadt',
    legal: 'Eigenbetrieb der Stadt Lindenau', domain: 'kita-lindenau.example',
    description: 'Der städtische Kita-Träger mit 14 Kindertagesstätten und Krippen in allen Stadtteilen, rund 1.300 Plätzen und einem Hort.',
    sites: [
      { key: 'hort-seeblick', name: 'Hort an der Grundschule Am Anger', area: 'SR10', street: 'Am Anger', no: '11', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'hort-seeblick', name: 'Hort an der Grundschule Am Anger', terms: ['hort'], hours: 'MO-FR 06:30-07:45,11:30-17:00', age: [6, 11],
        cost: [{ option: 'Elternbeitrag monatlich', amount: 110, description: 'Einkommensabhängig 0 bis 110 EUR; Ferienbetreuung inklusive.' }, { option: 'Mittagessen je Tag', amount: 4.1, description: 'Mit Bildung und Teilhabe kostenfrei.' }],
        text: 'Der Hort im Nebengebäude der Grundschule betreut Kinder der Klassen eins bis vier vor dem Unterricht, nach der Schule und in den Ferien. Nach dem Mittagessen gibt es eine feste Hausaufgabenzeit; danach geht es auf den Bolzplatz, in die Holzwerkstatt oder zum Seeufer. Für Familien im Süden der Stadt ist der Hort oft die einzige Betreuung in erreichbarer Nähe.',
      },
    ],
  },
  {
    key: 'kath-kita', name: 'Katholische Kindertagesstätten Lindenau gGmbH', en: 'Catholic day-care centres Lindenau', legal: 'gemeinnützige GmbH', domain: 'kath-kita-lindenau.example',
    description: 'Träger der sechs katholischen Kitas in Lindenau, gegründet von den katholischen Pfarreien der Stadt.',
    sites: [], services: [],
  },
  {
    key: 'ev-kita', name: 'Evangelischer Kita-Verband Lindenau', en: 'Protestant day-care association Lindenau', legal: 'Einrichtung des Evangelischen Kirchenkreises Lindenau', domain: 'ev-kita-lindenau.example',
    description: 'Der Verband der evangelischen Kindertagesstätten in Lindenau mit sechs Kitas und Krippen und einem Schülerhort.',
    sites: [
      { key: 'hort-lindenhof', name: 'Evangelischer Schülerhort Lindenhof', area: 'SR03', street: 'Kastanienallee', no: '30', access: 'partial' },
    ],
    services: [
      {
        key: 'hort-lindenhof', name: 'Evangelischer Schülerhort Lindenhof', terms: ['hort', 'lernfoerderung'], hours: 'MO-FR 11:30-17:00', age: [6, 12],
        cost: [{ option: 'Elternbeitrag monatlich', amount: 120, description: 'Einkommensabhängig 0 bis 120 EUR; Geschwisterermäßigung.' }, { option: 'Mittagessen je Tag', amount: 3.9, description: 'Mit Bildung und Teilhabe kostenfrei.' }],
        text: 'In der alten Villa an der Kastanienallee verbringen 45 Schulkinder aus drei Grundschulen ihre Nachmittage. Eine Lehrerin im Ruhestand unterstützt bei den Hausaufgaben, und im großen Garten wird gebaut, gegärtnert und Fußball gespielt. In den Ferien gibt es Ausflüge und eine Hortfahrt.',
      },
    ],
  },
  { key: 'pusteblume', name: 'Kinderladen Pusteblume e.V.', legal: 'eingetragener Verein (Elterninitiative)', year: 1979, domain: 'kinderladen-pusteblume.example', description: 'Elterninitiative im Mühlenviertel.', sites: [], services: [] },
  { key: 'rasselbande', name: 'Eltern-Kind-Initiative Rasselbande e.V.', legal: 'eingetragener Verein (Elterninitiative)', year: 2011, domain: 'rasselbande-lindenau.example', description: 'Elterninitiative mit einer Krippe in der Nordstadt.', sites: [], services: [] },
  { key: 'little-explorers', name: 'Little Explorers Lindenau e.V.', en: 'Little Explorers Lindenau (bilingual day care)', legal: 'eingetragener Verein', year: 2014, domain: 'little-explorers-lindenau.example', description: 'Verein für zweisprachige Bildung in der frühen Kindheit, Träger einer deutsch-englischen Kita.', sites: [], services: [] },
  { key: 'montessori', name: 'Montessori-Kinderhaus Lindenau e.V.', legal: 'eingetragener Verein', year: 1993, domain: 'montessori-lindenau.example', description: 'Elternverein und Träger eines Montessori-Kindergartens.', sites: [], services: [] },
  { key: 'waldkindergarten', name: 'Waldkindergarten Lindenau e.V.', en: 'Lindenau forest kindergarten', legal: 'eingetragener Verein', year: 2002, domain: 'waldkindergarten-lindenau.example', description: 'Träger des Waldkindergartens Eichhörnchen in Seeblick.', sites: [], services: [] },
  {
    key: 'tagespflege', name: 'Tagespflegeverbund Lindenau e.V.', en: 'Lindenau childminders’ association', legal: 'eingetragener Verein', year: 2008, domain: 'tagespflege-lindenau.example',
    description: 'Zusammenschluss der Kindertagespflegepersonen in Lindenau; im Auftrag des Jugendamts zuständig für Vermittlung, Fachberatung und Qualifizierung in der Kindertagespflege.',
    sites: [
      { key: 'buero', name: 'Fachdienst Kindertagespflege', area: 'SR03', street: 'Am Lindenhof', no: '5', access: 'partial' },
      { key: 'zwergenstube', name: 'Großtagespflege Zwergenstube', area: 'SR05', street: 'Meisenring', no: '20', access: 'full' },
      { key: 'strolche', name: 'Großtagespflege Kleine Strolche', area: 'SR04', street: 'Schleusenweg', no: '4', access: 'partial' },
      { key: 'wiesenkinder', name: 'Großtagespflege Wiesenkinder', area: 'SR10', street: 'Alte Dorfstraße', no: '15', access: 'partial' },
    ],
    services: [
      {
        key: 'vermittlung', name: 'Vermittlung und Fachberatung Kindertagespflege', alt: 'Tagesmutter oder Tagesvater finden', terms: ['kindertagespflege'], at: ['buero'],
        hours: 'MO,WE 09:00-12:00; TH 14:00-17:00', age: [0, 3], langs: ['en'],
        text: 'Kindertagespflege ist eine familiennahe Alternative zur Krippe: Eine Tagesmutter oder ein Tagesvater betreut bis zu fünf Kinder im eigenen Haushalt oder in angemieteten Räumen. Die Fachberatung vermittelt passende Tagespflegepersonen in Ihrer Nähe, prüft deren Eignung und begleitet während der Betreuung. Die Elternbeiträge sind dieselben wie in der Kita.',
        en: ['Childminder placement and advice', 'Childminding is a family-like alternative to a crèche: a childminder looks after up to five children in their own home or in rented rooms. The advice service finds suitable childminders near you, checks their suitability and supports the care relationship. Parental fees are the same as at a day-care centre.'],
      },
      {
        key: 'zwergenstube', name: 'Großtagespflege Zwergenstube', terms: ['kindertagespflege'], at: ['zwergenstube'], hours: 'MO-FR 07:00-16:00', age: [0, 3], langs: ['tr'],
        cost: [{ option: 'Elternbeitrag (monatlich)', amount: 390, description: 'Wie in der Kita: einkommensabhängig 0 bis 390 EUR; Verpflegung 65 EUR.' }],
        text: 'In der Großtagespflege Zwergenstube betreuen zwei erfahrene Tagesmütter neun Kinder unter drei Jahren in einer hellen Erdgeschosswohnung mit kleinem Garten. Feste Bezugspersonen, kleine Gruppen und ein verlässlicher Tagesablauf geben gerade den Jüngsten Sicherheit.',
      },
      {
        key: 'strolche', name: 'Großtagespflege Kleine Strolche', terms: ['kindertagespflege'], at: ['strolche'], hours: 'MO-FR 07:30-15:30', age: [1, 3],
        cost: [{ option: 'Elternbeitrag (monatlich)', amount: 390, description: 'Wie in der Kita: einkommensabhängig 0 bis 390 EUR; Verpflegung 65 EUR.' }],
        text: 'Die Kleinen Strolche sind zwei Tagespflegepersonen, die zusammen acht Kinder zwischen einem und drei Jahren betreuen, nur wenige Schritte vom Auenpark entfernt. Jeden Vormittag geht es auf den Spielplatz oder an den Fluss; gekocht wird frisch und gemeinsam mit den Kindern.',
      },
      {
        key: 'wiesenkinder', name: 'Großtagespflege Wiesenkinder', terms: ['kindertagespflege'], at: ['wiesenkinder'], hours: 'MO-TH 07:00-16:00; FR 07:00-14:00', age: [0, 3], outdated: true,
        cost: [{ option: 'Elternbeitrag (monatlich)', amount: 390, description: 'Wie in der Kita: einkommensabhängig 0 bis 390 EUR; Verpflegung 65 EUR.' }],
        text: 'In einem alten Bauernhaus in Seeblick betreuen die Wiesenkinder neun Kinder unter drei Jahren. Zum Haus gehören eine Obstwiese, Kaninchen und ein Sandkasten unter der Linde – für Familien im Süden der Stadt eine Alternative zur weiter entfernten Krippe.',
      },
      {
        key: 'qualifizierung', name: 'Qualifizierung zur Kindertagespflegeperson', terms: ['kindertagespflege', 'wiedereinstieg'], at: ['buero'], hours: 'TU,TH 18:00-21:00; SA 09:00-15:00 (berufsbegleitend)',
        cost: { option: 'Kursgebühr', amount: 0, description: 'Die Qualifizierung nach dem Kompetenzorientierten Qualifizierungshandbuch (300 Stunden) ist für künftige Lindenauer Tagespflegepersonen kostenfrei.' },
        text: 'Wer gern mit kleinen Kindern arbeitet und sich selbstständig machen möchte, kann sich bei uns zur Tagesmutter oder zum Tagesvater qualifizieren. Der berufsbegleitende Kurs umfasst 300 Stunden mit Praktikum; danach erteilt das Jugendamt die Pflegeerlaubnis. Auch Quereinsteigerinnen und Menschen mit ausländischem pädagogischem Abschluss sind willkommen.',
      },
    ],
  },
];

/** The organisations with every Kita added to its provider (the input is not changed). */
export function withKitas(orgs: OrgDef[]): OrgDef[] {
  const all = [...orgs, ...KITA_PROVIDERS].map((o) => ({ ...o, sites: [...o.sites], services: [...o.services] }));
  for (const k of KITAS) {
    const org = all.find((o) => o.key === k.org);
    if (!org) throw new Error(`Kita ${k.key}: no organisation ${k.org}`);
    org.sites.push(kitaSite(k));
    org.services.push(kitaService(k));
  }
  return all;
}

// German text for the benchmark's generated district: what kinds of services each life situation
// (a child term of resources/taxonomies.json) has, what they are about and for whom, and the phrases
// descriptions are made of. Written to resemble a real family information system, so that the search
// sees a realistic vocabulary: broad words ("Beratung", "Kinder", "Familie") in a large share of the
// services, compounds, synonyms, and rare specialist words.

export type TermText = {
  /** Relative share of the services whose first life situation this is. */
  weight: number;
  /** Heads of service names. */
  kinds: string[];
  /** Noun phrases for sentences ("… berät zu {topic}"). */
  topics: string[];
  /** Who the service is for (dative or accusative plural fits "für …" and "richtet sich an …"). */
  audience: string[];
  /** Typical ages, or null for services for everyone. */
  age: [number | null, number | null] | null;
  /** Related terms a second life situation is drawn from. */
  related: string[];
  /** phone: often a hotline; place: always at a location. */
  mode?: 'phone' | 'place';
};

export const TERMS: Record<string, TermText> = {
  'schwangerschaftsberatung': {
    weight: 2, age: [14, 45], related: ['hebammen', 'fruehe-hilfen', 'sozialleistungen'],
    kinds: ['Schwangerschaftsberatung', 'Schwangerschaftskonfliktberatung', 'Beratung für Schwangere', 'Beratungsstelle für Schwangerschaft und Familienplanung', 'Sprechstunde für werdende Eltern', 'Sexualberatung und Familienplanung'],
    topics: ['Fragen rund um Schwangerschaft und Geburt', 'finanzielle Hilfen für Schwangere', 'Elterngeld und Mutterschutz', 'Anträge bei der Bundesstiftung Mutter und Kind', 'Verhütung und Familienplanung', 'vorgeburtliche Untersuchungen', 'die Schwangerschaftskonfliktberatung nach § 219 StGB'],
    audience: ['Schwangere', 'werdende Eltern', 'junge Paare', 'schwangere Jugendliche'],
  },
  'hebammen': {
    weight: 2, age: null, related: ['schwangerschaftsberatung', 'fruehe-hilfen'],
    kinds: ['Hebammensprechstunde', 'Geburtsvorbereitungskurs', 'Rückbildungsgymnastik', 'Hebammenberatung', 'Stillberatung', 'Wochenbettbetreuung', 'Hebammenpraxis', 'Babymassage'],
    topics: ['die Geburtsvorbereitung', 'Stillen und Ernährung des Säuglings', 'das Wochenbett', 'die Rückbildung', 'Babypflege und Tragen', 'die Suche nach einer Hebamme'],
    audience: ['Schwangere', 'junge Mütter', 'Eltern mit Neugeborenen', 'werdende Väter'],
  },
  'fruehe-hilfen': {
    weight: 2.5, age: [0, 3], related: ['hebammen', 'familienbildung', 'familienzentrum'],
    kinds: ['Frühe Hilfen', 'Familienhebamme', 'Babylotsin', 'Willkommensbesuch für Neugeborene', 'Eltern-Baby-Gruppe', 'Babytreff', 'Krabbelgruppe', 'Schreiambulanz'],
    topics: ['den Alltag mit Baby', 'Schreibabys und Schlafprobleme', 'die Entwicklung im ersten Lebensjahr', 'die Entlastung junger Familien', 'Fragen zu Ernährung und Gesundheit des Babys'],
    audience: ['Eltern mit Babys', 'junge Familien', 'Alleinerziehende mit Säuglingen', 'Eltern von Kleinkindern'],
  },
  'kita': {
    weight: 11, age: [1, 6], related: ['kindertagespflege', 'familienzentrum', 'fruehfoerderung'], mode: 'place',
    kinds: ['Kita', 'Kindertagesstätte', 'Kindergarten', 'Kinderkrippe', 'Integrationskita', 'Waldkindergarten', 'Bewegungskita', 'Bilinguale Kita'],
    topics: ['Betreuung, Bildung und Erziehung nach dem Bildungsprogramm', 'eine behutsame Eingewöhnung', 'ein gesundes Mittagessen aus der eigenen Küche', 'Sprachförderung im Alltag', 'Bewegung und Naturerfahrung', 'die Vorbereitung auf die Schule', 'die Anmeldung mit dem Kita-Gutschein'],
    audience: ['Kinder von einem Jahr bis zum Schuleintritt', 'Familien im Kiez', 'Kinder mit und ohne Behinderung'],
  },
  'kindertagespflege': {
    weight: 5, age: [0, 3], related: ['kita', 'fruehe-hilfen'], mode: 'place',
    kinds: ['Kindertagespflege', 'Tagesmutter', 'Großtagespflegestelle', 'Tagespflege für Kinder unter drei Jahren', 'Beratung zur Kindertagespflege', 'Kinderbetreuung in Tagespflege'],
    topics: ['familiennahe Betreuung in kleinen Gruppen', 'die Vermittlung freier Plätze', 'den Kita-Gutschein', 'flexible Betreuungszeiten', 'die Qualifizierung von Tagespflegepersonen'],
    audience: ['Familien mit Kindern unter drei Jahren', 'berufstätige Eltern', 'Eltern in Ausbildung'],
  },
  'hort': {
    weight: 3.5, age: [6, 12], related: ['lernfoerderung', 'schulsozialarbeit', 'jugendarbeit'], mode: 'place',
    kinds: ['Hort', 'Ganztagsbetreuung', 'Schülerhort', 'Ergänzende Förderung und Betreuung', 'Ferienbetreuung', 'Nachmittagsbetreuung', 'Offener Ganztag'],
    topics: ['die Hausaufgabenbetreuung', 'Freizeitangebote am Nachmittag', 'Ferienprogramme', 'Spiel, Sport und Kreativität', 'das Mittagessen nach der Schule'],
    audience: ['Grundschulkinder', 'Schulkinder der ersten bis sechsten Klasse', 'berufstätige Eltern'],
  },
  'schulsozialarbeit': {
    weight: 3, age: [6, 18], related: ['jugendberatung', 'lernfoerderung', 'kinderschutz'], mode: 'place',
    kinds: ['Schulsozialarbeit', 'Sozialarbeit an der Grundschule', 'Schulstation', 'Streitschlichtung', 'Beratung für Schülerinnen und Schüler', 'Schulsozialarbeit an der Sekundarschule'],
    topics: ['Konflikte in der Klasse', 'Mobbing und Cybermobbing', 'Schulangst und Schulverweigerung', 'den Übergang in die weiterführende Schule', 'Probleme zu Hause'],
    audience: ['Schülerinnen und Schüler', 'Eltern und Lehrkräfte', 'Kinder und Jugendliche'],
  },
  'lernfoerderung': {
    weight: 3.5, age: [6, 18], related: ['hort', 'bildung-teilhabe', 'schulsozialarbeit'],
    kinds: ['Hausaufgabenhilfe', 'Lernförderung', 'Nachhilfe', 'Lesepatenschaft', 'Lerncafé', 'Mathe-Förderung', 'Lernwerkstatt', 'Leseförderung'],
    topics: ['Lesen, Schreiben und Rechnen', 'die Prüfungsvorbereitung', 'Lerntechniken', 'Deutsch als Zweitsprache', 'die Vorbereitung auf den Schulabschluss'],
    audience: ['Schülerinnen und Schüler', 'Kinder mit Lernschwierigkeiten', 'Jugendliche vor dem Abschluss'],
  },
  'bildung-teilhabe': {
    weight: 1.5, age: [0, 25], related: ['sozialleistungen', 'lernfoerderung'],
    kinds: ['Bildung und Teilhabe', 'Beratung zu Leistungen für Bildung und Teilhabe', 'Antragstelle Bildungspaket', 'Lindenau-Pass', 'Familienpass'],
    topics: ['Zuschüsse für Klassenfahrten und Ausflüge', 'das Mittagessen in Schule und Kita', 'Vereinsbeiträge und Musikunterricht', 'Lernförderung über das Bildungspaket', 'den Schulbedarf'],
    audience: ['Familien mit geringem Einkommen', 'Kinder und Jugendliche', 'Familien im Bürgergeldbezug'],
  },
  'erziehungsberatung': {
    weight: 3, age: [0, 27], related: ['familienbildung', 'trennung-scheidung', 'psychische-gesundheit'],
    kinds: ['Erziehungsberatung', 'Erziehungsberatungsstelle', 'Familienberatung', 'Elternberatung', 'Erziehungs- und Familienberatung', 'Beratung für Eltern, Kinder und Jugendliche', 'Familienberatungsstelle'],
    topics: ['Erziehungsfragen', 'Konflikte in der Familie', 'Schwierigkeiten in Kita und Schule', 'Entwicklungsauffälligkeiten', 'die Pubertät', 'Geschwisterstreit und Wutanfälle'],
    audience: ['Eltern', 'Kinder und Jugendliche', 'Familien', 'junge Volljährige'],
  },
  'familienbildung': {
    weight: 3.5, age: null, related: ['erziehungsberatung', 'familienzentrum', 'fruehe-hilfen'],
    kinds: ['Elternkurs', 'Familienbildung', 'Elterncafé', 'Starke Eltern – starke Kinder', 'Väter-Kind-Gruppe', 'Familienbildungsstätte', 'Elternabend', 'Elternschule'],
    topics: ['Erziehung ohne Gewalt', 'den Umgang mit Medien', 'Geschwisterstreit', 'gesunde Ernährung in der Familie', 'die Stärkung der Elternrolle', 'Grenzen setzen mit Liebe'],
    audience: ['Mütter und Väter', 'Eltern von Kleinkindern', 'Familien', 'Großeltern'],
  },
  'trennung-scheidung': {
    weight: 1.5, age: null, related: ['erziehungsberatung', 'sozialleistungen'],
    kinds: ['Trennungs- und Scheidungsberatung', 'Beratung bei Trennung und Scheidung', 'Umgangsberatung', 'Begleiteter Umgang', 'Gruppe für Kinder aus Trennungsfamilien', 'Mediation für Familien'],
    topics: ['Sorgerecht und Umgang', 'den Unterhalt', 'die Kinder in der Trennung', 'das Wechselmodell', 'die Elternvereinbarung'],
    audience: ['Eltern in Trennung', 'Alleinerziehende', 'Kinder getrennter Eltern'],
  },
  'hilfen-zur-erziehung': {
    weight: 2.5, age: [0, 27], related: ['erziehungsberatung', 'kinderschutz'],
    kinds: ['Sozialpädagogische Familienhilfe', 'Erziehungsbeistand', 'Tagesgruppe', 'Betreutes Jugendwohnen', 'Hilfen zur Erziehung', 'Heilpädagogische Tagesgruppe', 'Pflegekinderdienst', 'Mutter-Kind-Einrichtung'],
    topics: ['Unterstützung im Familienalltag', 'den Hilfeplan mit dem Jugendamt', 'die Verselbstständigung junger Menschen', 'Pflegefamilien', 'Krisen in der Familie'],
    audience: ['Familien', 'Kinder und Jugendliche', 'junge Volljährige', 'Pflegeeltern'],
  },
  'jugendarbeit': {
    weight: 5.5, age: [6, 21], related: ['jugendberatung', 'hort', 'nachbarschaft'], mode: 'place',
    kinds: ['Jugendclub', 'Jugendfreizeiteinrichtung', 'Kinder- und Jugendtreff', 'Jugendtreff', 'Abenteuerspielplatz', 'Kinderclub', 'Mädchentreff', 'Streetwork', 'Jugendkulturzentrum', 'Kinderbauernhof'],
    topics: ['offene Angebote am Nachmittag', 'Sport, Musik und Medien', 'Ferienfahrten', 'Mitbestimmung im Kiez', 'Graffiti und Tanz', 'Kochen und Gärtnern'],
    audience: ['Kinder und Jugendliche', 'Jugendliche ab zwölf Jahren', 'Mädchen und junge Frauen', 'Kinder im Grundschulalter'],
  },
  'jugendberatung': {
    weight: 2, age: [12, 27], related: ['jugendarbeit', 'berufsberatung', 'psychische-gesundheit'],
    kinds: ['Jugendberatung', 'Jugendmigrationsdienst', 'Beratung für junge Menschen', 'Jugendberufsagentur', 'Mädchenberatung', 'Jungenberatung', 'Online-Jugendberatung'],
    topics: ['Stress mit Eltern oder Schule', 'Liebe und Sexualität', 'Ausbildung und Zukunftspläne', 'Wohnen und Geld', 'Gewalt und Mobbing'],
    audience: ['Jugendliche', 'junge Erwachsene', 'Mädchen und junge Frauen', 'Jungen und junge Männer'],
  },
  'kinderschutz': {
    weight: 1.5, age: [0, 18], related: ['hilfen-zur-erziehung', 'haeusliche-gewalt', 'krisendienst'],
    kinds: ['Kinderschutzzentrum', 'Kinderschutz-Beratung', 'Beratung bei sexualisierter Gewalt gegen Kinder', 'Insoweit erfahrene Fachkraft', 'Kinder- und Jugendnotdienst', 'Kinderschutzambulanz'],
    topics: ['den Verdacht auf Kindeswohlgefährdung', 'Vernachlässigung und Misshandlung', 'Schutzkonzepte für Einrichtungen', 'sexualisierte Gewalt'],
    audience: ['Kinder und Jugendliche', 'Eltern und Angehörige', 'Fachkräfte aus Kita und Schule'],
  },
  'fruehfoerderung': {
    weight: 2, age: [0, 7], related: ['kita', 'eingliederungshilfe', 'teilhabeberatung'],
    kinds: ['Frühförderung', 'Interdisziplinäre Frühförderstelle', 'Heilpädagogische Frühförderung', 'Logopädie für Kinder', 'Ergotherapie für Kinder', 'Sozialpädiatrisches Zentrum', 'Physiotherapie für Kinder'],
    topics: ['Entwicklungsverzögerungen', 'die Sprachentwicklung', 'Motorik und Wahrnehmung', 'die Förderung zu Hause und in der Kita', 'die Diagnostik'],
    audience: ['Kinder bis zum Schuleintritt', 'Eltern von Kindern mit Behinderung', 'Familien mit entwicklungsverzögerten Kindern'],
  },
  'eingliederungshilfe': {
    weight: 2, age: null, related: ['teilhabeberatung', 'fruehfoerderung', 'entlastung'],
    kinds: ['Eingliederungshilfe', 'Schulbegleitung', 'Assistenz für Menschen mit Behinderung', 'Betreutes Wohnen für Menschen mit Behinderung', 'Familienentlastender Dienst', 'Werkstatt für Menschen mit Behinderung', 'Freizeitassistenz'],
    topics: ['die Teilhabe am Leben in der Gemeinschaft', 'das persönliche Budget', 'Anträge beim Teilhabefachdienst', 'die Begleitung im Schulalltag'],
    audience: ['Menschen mit Behinderung', 'Familien mit behinderten Kindern', 'junge Erwachsene mit Behinderung'],
  },
  'teilhabeberatung': {
    weight: 1.2, age: null, related: ['eingliederungshilfe', 'sozialleistungen'],
    kinds: ['Ergänzende unabhängige Teilhabeberatung', 'Teilhabeberatung', 'Beratung für Menschen mit Behinderung', 'Inklusionsberatung', 'Peer-Beratung'],
    topics: ['Leistungen zur Teilhabe', 'den Schwerbehindertenausweis', 'barrierefreies Wohnen', 'die Rehabilitation'],
    audience: ['Menschen mit Behinderung', 'Angehörige', 'Menschen mit chronischer Erkrankung'],
  },
  'psychische-gesundheit': {
    weight: 2, age: null, related: ['selbsthilfe', 'krisendienst', 'erziehungsberatung'],
    kinds: ['Psychosoziale Beratung', 'Sozialpsychiatrischer Dienst', 'Beratung für Kinder psychisch kranker Eltern', 'Kontakt- und Beratungsstelle', 'Psychotherapeutische Sprechstunde', 'Angehörigengruppe Psychiatrie', 'Kinder- und Jugendpsychiatrischer Dienst'],
    topics: ['Depression und Ängste', 'seelische Krisen', 'Erschöpfung und Burn-out', 'Essstörungen', 'die Suche nach einem Therapieplatz'],
    audience: ['Erwachsene in seelischen Krisen', 'Familien mit psychisch erkrankten Eltern', 'Angehörige', 'Jugendliche'],
  },
  'selbsthilfe': {
    weight: 2, age: null, related: ['psychische-gesundheit', 'suchtberatung', 'eingliederungshilfe'],
    kinds: ['Selbsthilfegruppe', 'Selbsthilfekontaktstelle', 'Gesprächskreis', 'Elternselbsthilfe', 'Selbsthilfetreffen', 'Trauergruppe'],
    topics: ['den Austausch mit anderen Betroffenen', 'die Gründung neuer Gruppen', 'chronische Erkrankungen', 'Trauer und Verlust', 'seltene Erkrankungen bei Kindern'],
    audience: ['Betroffene und Angehörige', 'Eltern', 'Menschen mit chronischer Erkrankung'],
  },
  'krisendienst': {
    weight: 1, age: null, related: ['psychische-gesundheit', 'kinderschutz', 'haeusliche-gewalt'], mode: 'phone',
    kinds: ['Krisendienst', 'Telefonseelsorge', 'Psychiatrischer Krisendienst', 'Notruf für Kinder und Jugendliche', 'Krisentelefon', 'Kinder- und Jugendtelefon', 'Elterntelefon'],
    topics: ['akute seelische Krisen', 'Suizidgedanken', 'Gewalt und Bedrohung', 'Einsamkeit in der Nacht'],
    audience: ['Menschen in Krisen', 'Kinder und Jugendliche', 'Eltern', 'Angehörige'],
  },
  'suchtberatung': {
    weight: 1.8, age: null, related: ['selbsthilfe', 'psychische-gesundheit', 'suchtpraevention'],
    kinds: ['Suchtberatung', 'Suchtberatungsstelle', 'Alkoholberatung', 'Drogenberatung', 'Beratung bei Glücksspielsucht', 'Beratung bei Medienabhängigkeit', 'Suchtberatung für Angehörige'],
    topics: ['Alkohol, Medikamente und illegale Drogen', 'Glücksspiel', 'Angehörige von Suchtkranken', 'die Vermittlung in Entzug und Therapie', 'Cannabis'],
    audience: ['Menschen mit Suchtproblemen', 'Angehörige', 'Jugendliche und junge Erwachsene', 'Kinder aus suchtbelasteten Familien'],
  },
  'suchtpraevention': {
    weight: 1, age: [10, 27], related: ['suchtberatung', 'schulsozialarbeit'],
    kinds: ['Suchtprävention', 'Fachstelle für Suchtprävention', 'Präventionsprojekt an Schulen', 'Elternabend Medien und Sucht'],
    topics: ['Rauchen und Cannabis', 'den Medienkonsum', 'Lebenskompetenzen', 'Alkohol im Jugendalter'],
    audience: ['Schulklassen', 'Eltern', 'Jugendliche', 'Fachkräfte'],
  },
  'schuldnerberatung': {
    weight: 1.8, age: [18, null], related: ['sozialleistungen', 'wohnungsnotfallhilfe', 'wohngeld'],
    kinds: ['Schuldnerberatung', 'Schuldner- und Insolvenzberatung', 'Insolvenzberatung', 'Budgetberatung', 'Beratung zum Pfändungsschutzkonto', 'Schuldnerberatung für junge Menschen'],
    topics: ['Mietschulden und Energieschulden', 'das Pfändungsschutzkonto', 'die Verbraucherinsolvenz', 'einen Haushaltsplan', 'Inkasso und Mahnungen'],
    audience: ['überschuldete Haushalte', 'Familien mit Schulden', 'junge Erwachsene', 'Selbstständige'],
  },
  'sozialleistungen': {
    weight: 3, age: null, related: ['bildung-teilhabe', 'wohngeld', 'schuldnerberatung'],
    kinds: ['Sozialberatung', 'Beratung zu Sozialleistungen', 'Hilfe bei Anträgen', 'Bürgergeld-Beratung', 'Sozialrechtsberatung', 'Antragshilfe', 'Allgemeine Sozialberatung'],
    topics: ['Bürgergeld und Grundsicherung', 'Kinderzuschlag und Kindergeld', 'das Elterngeld', 'Widersprüche gegen Bescheide', 'den Unterhaltsvorschuss'],
    audience: ['Familien mit geringem Einkommen', 'Alleinerziehende', 'Menschen im Leistungsbezug', 'Rentnerinnen und Rentner'],
  },
  'haeusliche-gewalt': {
    weight: 1.2, age: null, related: ['frauenhaus', 'opferhilfe', 'kinderschutz'],
    kinds: ['Beratung bei häuslicher Gewalt', 'Interventionsstelle häusliche Gewalt', 'Täterarbeit', 'Beratungsstelle für Frauen', 'Gewaltschutzambulanz', 'Männerberatung bei Gewalt'],
    topics: ['den Schutz vor Gewalt in der Partnerschaft', 'das Gewaltschutzgesetz', 'Stalking', 'die Sicherheit der Kinder'],
    audience: ['Frauen', 'Betroffene von Gewalt', 'Männer', 'Kinder und Jugendliche'],
  },
  'frauenhaus': {
    weight: 0.4, age: null, related: ['haeusliche-gewalt', 'opferhilfe'],
    kinds: ['Frauenhaus', 'Zufluchtswohnung', 'Schutzwohnung für Frauen und Kinder', 'Frauenhaus-Koordinierung'],
    topics: ['eine sichere Unterkunft', 'die Begleitung zu Behörden', 'den Neuanfang nach der Trennung'],
    audience: ['Frauen und ihre Kinder', 'von Gewalt betroffene Frauen'],
  },
  'opferhilfe': {
    weight: 0.8, age: null, related: ['haeusliche-gewalt', 'psychische-gesundheit'],
    kinds: ['Opferhilfe', 'Beratung für Betroffene von Straftaten', 'Zeugenbegleitung', 'Traumaambulanz', 'Opferberatung'],
    topics: ['Ansprüche nach dem Opferentschädigungsrecht', 'die Begleitung zum Gericht', 'die Verarbeitung von Gewalterfahrungen'],
    audience: ['Betroffene von Straftaten', 'Zeuginnen und Zeugen', 'Angehörige'],
  },
  'migrationsberatung': {
    weight: 2.5, age: null, related: ['sprachkurse', 'gefluechtete', 'sozialleistungen'],
    kinds: ['Migrationsberatung für Erwachsene', 'Migrationsberatung', 'Integrationslotsinnen', 'Beratung für Zugewanderte', 'Jugendmigrationsdienst', 'Beratung für Neuzugewanderte aus der EU'],
    topics: ['Aufenthalt und Arbeitserlaubnis', 'die Anerkennung ausländischer Abschlüsse', 'den Familiennachzug', 'Behördengänge', 'Schule und Kita für zugewanderte Kinder'],
    audience: ['Zugewanderte', 'Familien mit Migrationsgeschichte', 'Neuzugewanderte', 'junge Menschen mit Migrationsgeschichte'],
  },
  'sprachkurse': {
    weight: 2.5, age: null, related: ['migrationsberatung', 'gefluechtete', 'wiedereinstieg'],
    kinds: ['Deutschkurs', 'Integrationskurs', 'Deutschkurs für Mütter mit Kinderbetreuung', 'Sprachcafé', 'Alphabetisierungskurs', 'Berufssprachkurs', 'Deutsch-Konversationskurs'],
    topics: ['Deutsch für den Alltag', 'die Prüfung Deutsch-Test für Zuwanderer', 'Deutsch im Beruf', 'Lesen und Schreiben lernen'],
    audience: ['Zugewanderte', 'Mütter', 'Erwachsene ohne Deutschkenntnisse', 'Geflüchtete'],
  },
  'gefluechtete': {
    weight: 1.8, age: null, related: ['migrationsberatung', 'sprachkurse'],
    kinds: ['Beratung für Geflüchtete', 'Sozialdienst in der Gemeinschaftsunterkunft', 'Willkommenscafé', 'Asylverfahrensberatung', 'Patenschaften für Geflüchtete', 'Flüchtlingsberatung'],
    topics: ['das Asylverfahren', 'die Wohnungssuche', 'Schule und Kita für geflüchtete Kinder', 'die Gesundheitsversorgung', 'den Zugang zu Arbeit'],
    audience: ['Geflüchtete', 'Familien mit Fluchterfahrung', 'unbegleitete minderjährige Geflüchtete'],
  },
  'pflegeberatung': {
    weight: 2, age: null, related: ['entlastung', 'senioren', 'eingliederungshilfe'],
    kinds: ['Pflegeberatung', 'Pflegestützpunkt', 'Beratung zur Pflegeversicherung', 'Wohnberatung im Alter', 'Pflegeberatung für Familien mit pflegebedürftigen Kindern', 'Demenzberatung'],
    topics: ['den Pflegegrad', 'Leistungen der Pflegekasse', 'die Versorgung zu Hause', 'Demenz', 'Hilfsmittel und Wohnungsanpassung'],
    audience: ['pflegebedürftige Menschen', 'pflegende Angehörige', 'Familien mit pflegebedürftigen Kindern', 'ältere Menschen'],
  },
  'entlastung': {
    weight: 1.5, age: null, related: ['pflegeberatung', 'senioren', 'selbsthilfe'],
    kinds: ['Angehörigengruppe', 'Entlastungsangebot für pflegende Angehörige', 'Betreuungsgruppe für Menschen mit Demenz', 'Kurzzeitpflege', 'Tagespflege', 'Ehrenamtlicher Besuchsdienst'],
    topics: ['Auszeiten vom Pflegealltag', 'den Entlastungsbetrag', 'die Verhinderungspflege', 'den Austausch mit anderen Angehörigen'],
    audience: ['pflegende Angehörige', 'Menschen mit Demenz', 'Familien'],
  },
  'senioren': {
    weight: 3.5, age: [60, null], related: ['pflegeberatung', 'nachbarschaft', 'entlastung'],
    kinds: ['Seniorentreff', 'Seniorenfreizeitstätte', 'Mittagstisch für Seniorinnen und Senioren', 'Seniorenberatung', 'Computerkurs für Ältere', 'Besuchsdienst', 'Seniorensport'],
    topics: ['Geselligkeit und Begegnung', 'Bewegung im Alter', 'Einsamkeit', 'Ausflüge und Kultur', 'das Smartphone'],
    audience: ['Seniorinnen und Senioren', 'ältere Menschen', 'Rentnerinnen und Rentner'],
  },
  'wohnungsnotfallhilfe': {
    weight: 1.5, age: [18, null], related: ['schuldnerberatung', 'sozialleistungen', 'wohngeld'],
    kinds: ['Wohnungsnotfallhilfe', 'Beratung bei Wohnungsverlust', 'Notübernachtung', 'Fachstelle Wohnungssicherung', 'Tagesstätte für Wohnungslose', 'Betreutes Wohnen für Wohnungslose', 'Kältehilfe'],
    topics: ['eine drohende Räumung', 'Mietschulden', 'die Suche nach einer Wohnung', 'eine Postadresse', 'die Unterbringung in einer Notunterkunft'],
    audience: ['wohnungslose Menschen', 'Familien in Wohnungsnot', 'junge Erwachsene ohne Wohnung'],
  },
  'wohngeld': {
    weight: 1.5, age: null, related: ['sozialleistungen', 'wohnungsnotfallhilfe'],
    kinds: ['Wohngeldberatung', 'Mieterberatung', 'Mietberatung', 'Wohngeldstelle', 'Beratung zum Wohnberechtigungsschein'],
    topics: ['den Wohngeldantrag', 'Nebenkostenabrechnungen', 'Mieterhöhungen', 'den Wohnberechtigungsschein', 'Ärger mit dem Vermieter'],
    audience: ['Mieterinnen und Mieter', 'Familien mit geringem Einkommen', 'Rentnerinnen und Rentner'],
  },
  'berufsberatung': {
    weight: 2, age: [14, 27], related: ['jugendberatung', 'wiedereinstieg'],
    kinds: ['Berufsberatung', 'Ausbildungsberatung', 'Bewerbungstraining', 'Berufsorientierung', 'Jugendberufsagentur', 'Ausbildungsbegleitung', 'Bewerbungswerkstatt'],
    topics: ['die Suche nach einem Ausbildungsplatz', 'Bewerbungen', 'Praktika', 'die Berufswahl', 'den Schulabschluss auf dem zweiten Bildungsweg'],
    audience: ['Jugendliche', 'junge Erwachsene', 'Schülerinnen und Schüler', 'Ausbildungssuchende'],
  },
  'wiedereinstieg': {
    weight: 1.2, age: [18, 67], related: ['berufsberatung', 'kindertagespflege'],
    kinds: ['Wiedereinstieg in den Beruf', 'Beratung für Berufsrückkehrerinnen', 'Teilzeitausbildung', 'Coaching für Alleinerziehende', 'Jobcoaching'],
    topics: ['die Vereinbarkeit von Beruf und Familie', 'Teilzeit', 'Weiterbildung und Umschulung', 'die Kinderbetreuung während der Arbeit'],
    audience: ['Mütter und Väter nach der Elternzeit', 'Alleinerziehende', 'Frauen'],
  },
  'familienzentrum': {
    weight: 3.5, age: null, related: ['familienbildung', 'fruehe-hilfen', 'nachbarschaft'], mode: 'place',
    kinds: ['Familienzentrum', 'Familiencafé', 'Stadtteilmütter', 'Familientreff', 'Eltern-Kind-Zentrum', 'Spielgruppe', 'Familienfrühstück'],
    topics: ['die Begegnung von Familien', 'Beratung unter einem Dach', 'Kurse und Feste im Stadtteil', 'offene Spielangebote', 'den Austausch zwischen Eltern'],
    audience: ['Familien', 'Eltern mit kleinen Kindern', 'Großeltern und Enkel', 'Familien aus der Nachbarschaft'],
  },
  'nachbarschaft': {
    weight: 3.5, age: null, related: ['familienzentrum', 'senioren', 'jugendarbeit'], mode: 'place',
    kinds: ['Nachbarschaftstreff', 'Stadtteilzentrum', 'Nachbarschaftshaus', 'Stadtteilladen', 'Quartiersmanagement', 'Repair-Café', 'Gemeinschaftsgarten', 'Tauschbörse'],
    topics: ['die Begegnung in der Nachbarschaft', 'ehrenamtliches Engagement', 'Feste und Kultur im Kiez', 'Reparieren statt Wegwerfen', 'gemeinsames Gärtnern'],
    audience: ['Nachbarinnen und Nachbarn', 'alle Generationen', 'Familien', 'Engagierte'],
  },
};

/** Names of children's day-care centres (Kitas and Horte). */
export const KITA_NAMES = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Zwergenland', 'Spatzennest', 'Villa Kunterbunt', 'Wirbelwind', 'Löwenzahn',
  'Sternschnuppe', 'Kleine Strolche', 'Schatzkiste', 'Abenteuerland', 'Marienkäfer', 'Wichtelhaus', 'Kinderland', 'Sonnenblume', 'Schneckenhaus',
  'Zaubergarten', 'Entdeckerland', 'Himmelszelt', 'Wolkenburg', 'Traumland', 'Rasselbande', 'Glühwürmchen', 'Schmetterling', 'Weltentdecker',
  'Kleine Füchse', 'Bärenhöhle', 'Igelnest', 'Spielkiste', 'Purzelbaum', 'Krümelkiste', 'Farbklecks', 'Hummelhaus', 'Biberburg', 'Frechdachse',
  'Seepferdchen', 'Sonnenkinder', 'Rappelkiste', 'Wühlmäuse', 'Eulennest', 'Storchennest', 'Apfelbäumchen', 'Kastanienhaus', 'Lindenblatt',
  'Mäuseburg', 'Kinderinsel', 'Regenwürmer', 'Kleine Welt', 'Sausewind', 'Spreepiraten', 'Flohkiste', 'Taka-Tuka-Land', 'Kunterbunt'];

export const FIRST_NAMES = ['Anna', 'Maria', 'Sabine', 'Petra', 'Claudia', 'Katrin', 'Julia', 'Sandra', 'Nicole', 'Stefanie', 'Ayşe', 'Fatma', 'Elif',
  'Olena', 'Natalia', 'Agnieszka', 'Leyla', 'Miriam', 'Lena', 'Sophie', 'Thomas', 'Michael', 'Andreas', 'Stefan', 'Frank', 'Jens', 'Markus', 'Tobias',
  'Mehmet', 'Ahmad', 'Yusuf', 'Dmytro', 'Piotr', 'Jan', 'Lukas', 'Felix', 'Christian', 'Martin', 'Ralf', 'Uwe', 'Birgit', 'Heike', 'Ute', 'Karin'];

export const SURNAMES = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch',
  'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt',
  'Werner', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs',
  'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert', 'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler',
  'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon', 'Ludwig', 'Böhm', 'Winter', 'Kraus', 'Martin', 'Schumacher',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Kowalski', 'Nowak', 'Wiśniewski', 'Kovalenko', 'Shevchenko', 'Haddad', 'Nasser', 'Nguyen'];

export const SAINTS = ['St. Nikolai', 'St. Marien', 'St. Johannes', 'St. Michael', 'St. Joseph', 'St. Elisabeth', 'St. Petrus', 'St. Paulus',
  'St. Lukas', 'St. Markus', 'St. Martin', 'St. Franziskus', 'Heilig Kreuz', 'Zum Guten Hirten', 'Dreifaltigkeit', 'Luther', 'Paul Gerhardt',
  'Dietrich Bonhoeffer', 'Zachäus', 'Emmaus', 'Zuflucht', 'Weihnachten', 'St. Wendel', 'St. Lambertus', 'Maria Frieden'];

export const PEOPLE = ['Goethe', 'Schiller', 'Lessing', 'Heinrich Heine', 'Bertolt Brecht', 'Anne Frank', 'Sophie Scholl', 'Käthe Kollwitz',
  'Erich Kästner', 'Astrid Lindgren', 'Albert Schweitzer', 'Janusz Korczak', 'Hannah Arendt', 'Alexander von Humboldt', 'Clara Zetkin',
  'Marie Curie', 'Friedrich Fröbel', 'Maria Montessori', 'Martin Luther King', 'Nelson Mandela', 'Carl von Ossietzky', 'Otto Lilienthal',
  'Theodor Fontane', 'Kurt Tucholsky', 'Hedwig Dohm', 'Lise Meitner', 'Robert Koch', 'Rudolf Virchow', 'Bettina von Arnim', 'Mascha Kaléko'];

/** Street name parts; combined with suffixes and dealt to the Sozialräume, so that each street belongs to one. */
export const STREET_STEMS = ['Linden', 'Eichen', 'Birken', 'Ahorn', 'Buchen', 'Kastanien', 'Ulmen', 'Erlen', 'Weiden', 'Pappel', 'Fichten',
  'Tannen', 'Kiefern', 'Rosen', 'Tulpen', 'Nelken', 'Flieder', 'Holunder', 'Goethe', 'Schiller', 'Lessing', 'Herder', 'Uhland', 'Mozart',
  'Beethoven', 'Bach', 'Händel', 'Haydn', 'Garten', 'Feld', 'Wiesen', 'Berg', 'Kirch', 'Schul', 'Markt', 'Mühlen', 'Bahnhof', 'Post', 'Hafen',
  'See', 'Wald', 'Fluss', 'Brunnen', 'Burg', 'Schloss', 'Kloster', 'Anger', 'Dorf', 'Sonnen', 'Stern', 'Mond', 'Falken', 'Finken', 'Amsel',
  'Lerchen', 'Meisen', 'Schwalben', 'Kranich', 'Fontane', 'Humboldt', 'Kant', 'Hegel', 'Körner', 'Hebbel', 'Eichendorff', 'Storm', 'Raabe',
  'Heine', 'Brahms', 'Schubert', 'Weber', 'Fröbel', 'Pestalozzi', 'Zeppelin', 'Bismarck', 'Luisen', 'Viktoria', 'Augusta', 'Friedrich',
  'Wilhelm', 'Kaiser', 'König', 'Prinzen', 'Grafen', 'Ritter', 'Fischer', 'Gerber', 'Weber', 'Bäcker', 'Brauer', 'Schmiede', 'Hirten',
  'Jäger', 'Förster', 'Müller', 'Zimmerer', 'Ziegel', 'Kalk', 'Sand', 'Stein', 'Heide', 'Moor', 'Bruch', 'Auen', 'Ufer', 'Deich'];
export const STREET_SUFFIXES = ['straße', 'weg', 'allee', 'ring', 'platz', 'gasse', 'damm', 'steig', 'pfad', 'stieg', 'promenade', 'chaussee'];

export const LANGUAGES: { code: string; name: string; adjective: string; weight: number }[] = [
  { code: 'en', name: 'Englisch', adjective: 'englischer', weight: 10 },
  { code: 'tr', name: 'Türkisch', adjective: 'türkischer', weight: 9 },
  { code: 'ar', name: 'Arabisch', adjective: 'arabischer', weight: 8 },
  { code: 'uk', name: 'Ukrainisch', adjective: 'ukrainischer', weight: 6 },
  { code: 'ru', name: 'Russisch', adjective: 'russischer', weight: 6 },
  { code: 'pl', name: 'Polnisch', adjective: 'polnischer', weight: 4 },
  { code: 'fa', name: 'Persisch', adjective: 'persischer', weight: 3 },
  { code: 'fr', name: 'Französisch', adjective: 'französischer', weight: 3 },
  { code: 'es', name: 'Spanisch', adjective: 'spanischer', weight: 2 },
  { code: 'ro', name: 'Rumänisch', adjective: 'rumänischer', weight: 2 },
  { code: 'bg', name: 'Bulgarisch', adjective: 'bulgarischer', weight: 1.5 },
  { code: 'ku', name: 'Kurdisch', adjective: 'kurdischer', weight: 1.5 },
  { code: 'vi', name: 'Vietnamesisch', adjective: 'vietnamesischer', weight: 1 },
  { code: 'sq', name: 'Albanisch', adjective: 'albanischer', weight: 1 },
  { code: 'ti', name: 'Tigrinya', adjective: 'tigrinischer', weight: 0.5 },
];

/** Sentences for descriptions; {topic}, {topic2}, {audience}, {kind}, {place}, {town}, {lang} are filled in. */
export const OPENINGS = [
  'Wir beraten {audience} zu {topic} und {topic2}.',
  '{kind}: Unterstützung für {audience} bei {topic}.',
  'Das Angebot richtet sich an {audience} und hilft bei {topic}.',
  'Hier finden {audience} Rat und Unterstützung rund um {topic}.',
  'Unser Team begleitet {audience} – zum Beispiel bei {topic} oder {topic2}.',
  'Sie haben Fragen zu {topic}? Wir nehmen uns Zeit für Sie.',
  'Im {place} treffen sich {audience}; Schwerpunkte sind {topic} und {topic2}.',
  'Gemeinsam mit Ihnen suchen wir Lösungen für {topic}.',
  '{kind} im Sozialraum {place} für {audience}.',
  'Wir informieren {audience} über {topic} und vermitteln bei Bedarf weitere Hilfen.',
];

export const MIDDLES = [
  'Die Beratung ist kostenlos, vertraulich und auf Wunsch anonym.',
  'Unsere Fachkräfte unterliegen der Schweigepflicht.',
  'Wir arbeiten eng mit dem Jugendamt, Kitas, Schulen und Ärztinnen und Ärzten im Stadtteil zusammen.',
  'Kinder und Jugendliche können sich auch ohne ihre Eltern an uns wenden.',
  'Termine vereinbaren Sie telefonisch oder per E-Mail; in dringenden Fällen kommen Sie auch ohne Termin.',
  'Die offene Sprechstunde ist ohne Anmeldung.',
  'Gespräche sind auch auf {lang} möglich.',
  'Bei Bedarf organisieren wir eine Sprachmittlung.',
  'Die Räume sind mit dem Bus gut zu erreichen.',
  'Neben der persönlichen Beratung bieten wir Gruppen, Kurse und Informationsabende an.',
  'Auf Wunsch beraten wir Sie auch per Video oder Telefon.',
  'Wir unterstützen beim Ausfüllen von Anträgen und begleiten zu Ämtern.',
  'Für Familien mit kleinen Kindern gibt es eine Spielecke.',
  'Das Angebot wird von der Stadt {town} gefördert.',
  'Ehrenamtliche Helferinnen und Helfer unterstützen das Team.',
  'Wir nehmen uns Zeit, hören zu und suchen gemeinsam mit Ihnen nach Wegen.',
  'Unsere Beraterinnen und Berater sind Sozialpädagoginnen, Psychologen und Erzieherinnen.',
  'Die Teilnahme ist freiwillig.',
  'Eltern, Großeltern und andere Bezugspersonen sind willkommen.',
  'Wir helfen auch weiter, wenn Sie nicht wissen, wer zuständig ist.',
  'Geschwisterkinder dürfen gerne mitkommen.',
  'Die Gruppe trifft sich regelmäßig, ein Einstieg ist jederzeit möglich.',
  'In den Schulferien gilt ein eigenes Programm.',
  'Wir beraten unabhängig von Herkunft, Religion und Aufenthaltsstatus.',
  'Bringen Sie zum ersten Gespräch bitte vorhandene Unterlagen und Bescheide mit.',
  'Der Zugang ist barrierearm, ein Aufzug ist vorhanden.',
  'Für Familien im Sozialraum {place} gibt es zusätzlich eine Außensprechstunde.',
  'Die Kinder werden von pädagogischen Fachkräften betreut.',
  'Angeboten werden Einzelgespräche, Paar- und Familiengespräche.',
  'Wir vermitteln bei Bedarf an Fachdienste, Ärztinnen und Therapeuten weiter.',
];

export const CLOSINGS = [
  'Rufen Sie uns an oder kommen Sie vorbei.',
  'Wir freuen uns auf Ihren Besuch.',
  'Weitere Informationen finden Sie auf unserer Internetseite.',
  'Sprechen Sie uns einfach an.',
  'Eine Anmeldung ist erwünscht, aber nicht notwendig.',
  'Bitte melden Sie sich vorher telefonisch an.',
  '',
  '',
];

export const NAME_SUFFIXES = [
  ' für Alleinerziehende', ' für Familien mit Migrationsgeschichte', ' für Väter', ' für junge Eltern', ' am Nachmittag',
  ' – offene Sprechstunde', ' – Außensprechstunde', ' für Mädchen', ' für Jugendliche', ' in leichter Sprache', ' für Regenbogenfamilien',
  ' für Familien mit behinderten Kindern', ' am Wochenende', ' – Gruppenangebot', ' online',
];

export const ELIGIBILITY = [
  'Für alle Familien mit Wohnsitz in {town}.',
  'Für {audience} aus dem Sozialraum {place}.',
  'Ohne Voraussetzungen, alle sind willkommen.',
  'Mit Kita-Gutschein des Jugendamts.',
  'Für Menschen mit Anspruch auf Bürgergeld, Wohngeld oder Kinderzuschlag.',
  'Für {audience}.',
];

export const APPLICATION = [
  'Melden Sie sich telefonisch oder per E-Mail; wir vereinbaren einen ersten Termin.',
  'Kommen Sie ohne Anmeldung in die offene Sprechstunde.',
  'Die Anmeldung erfolgt über das Online-Formular auf unserer Internetseite.',
  'Anmeldung über das Jugendamt oder direkt bei uns.',
  'Ein Antrag ist nicht nötig.',
];

export const LOCATION_KINDS = ['Beratungsstelle', 'Familienzentrum', 'Stadtteilzentrum', 'Geschäftsstelle', 'Begegnungsstätte', 'Nachbarschaftshaus',
  'Treffpunkt', 'Außenstelle', 'Praxis', 'Projekträume', 'Jugendhaus', 'Gemeindehaus', 'Bildungszentrum'];

// Neighbourhood, youth, family, education, work, health and birth, sports and congregations.
import type { OrgDef } from '../model.ts';

export const COMMUNITY_ORGS: OrgDef[] = [
  {
    key: 'quartier', name: 'Quartiersmanagement Sonnenfeld', en: 'Sonnenfeld neighbourhood management', legal: 'beauftragt von der Stadt Lindenau, Träger: Stadtteilentwicklung Lindenau gGmbH',
    domain: 'qm-sonnenfeld.example',
    description: 'Das Quartiersmanagement stärkt seit 2009 die Nachbarschaft in der Großwohnsiedlung Sonnenfeld und vernetzt Bewohnerinnen, Einrichtungen und Wohnungsunternehmen.',
    sites: [
      { key: 'stadtteilbuero', name: 'Stadtteilbüro Sonnenfeld', en: 'Sonnenfeld neighbourhood office', area: 'SR05', street: 'Lerchenstraße', no: '2', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'stadtteilbuero', name: 'Stadtteilbüro Sonnenfeld', terms: ['nachbarschaft'], hours: 'MO,WE 10:00-16:00; TH 13:00-18:00', langs: ['tr', 'ar', 'ru'],
        text: 'Im Stadtteilbüro bekommen Bewohnerinnen und Bewohner Auskunft über alles, was in Sonnenfeld passiert, und Unterstützung für eigene Ideen – vom Hoffest bis zur Hausaufgabengruppe. Hier tagt der Quartiersrat, und hier finden die Außensprechstunden von Schuldnerberatung und Mieterverein statt. Kommen Sie einfach vorbei.',
        en: ['Sonnenfeld neighbourhood office', 'At the neighbourhood office residents get information on everything happening in Sonnenfeld and support for their own ideas – from a courtyard party to a homework group. The neighbourhood council meets here, and debt and tenant advisers hold outreach hours here. Just drop in.'],
      },
      {
        key: 'quartiersfonds', name: 'Quartiersfonds: Geld für Nachbarschaftsprojekte', terms: ['nachbarschaft'], hours: 'WE 10:00-16:00',
        text: 'Aus dem Quartiersfonds erhalten Bewohnerinnen, Initiativen und Vereine bis zu 1.500 Euro für Projekte, die die Nachbarschaft beleben: ein Nachbarschaftsfest, Hochbeete im Hof, ein Kinderflohmarkt. Über die Anträge entscheidet eine Jury aus Bewohnerinnen und Bewohnern. Das Stadtteilbüro hilft beim Antrag.',
      },
      {
        key: 'sozialrecht', name: 'Sozialrechtliche Sprechstunde im Stadtteilbüro', terms: ['sozialleistungen'], hours: 'MO 16:00-18:00', outdated: true,
        text: 'Einmal pro Woche beantwortet eine Fachanwältin für Sozialrecht ehrenamtlich Fragen zu Bescheiden von Jobcenter, Sozialamt, Familienkasse und Krankenkasse. Sie prüft, ob sich ein Widerspruch lohnt, und erklärt Fristen. Bitte bringen Sie den Bescheid und alle Unterlagen mit.',
      },
    ],
  },
  {
    key: 'stadtteilladen', name: 'Stadtteilladen Mühlenviertel e.V.', legal: 'eingetragener Verein', year: 1983, domain: 'stadtteilladen-muehlenviertel.example',
    description: 'Nachbarschaftsverein im Mühlenviertel mit offenem Treff, Mittagstisch, Repair-Café und Beratung.',
    sites: [
      { key: 'laden', name: 'Stadtteilladen Mühlenviertel', area: 'SR06', street: 'Müllerstraße', no: '17', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'treff', name: 'Nachbarschaftstreff im Stadtteilladen', terms: ['nachbarschaft', 'familienzentrum'], hours: 'MO-FR 10:00-18:00', cost: 'free', langs: ['pl', 'tr'],
        text: 'Der Stadtteilladen ist das Wohnzimmer des Mühlenviertels: Hier treffen sich Alleinerziehende zum Frühstück, Rentner zum Schachspielen und Jugendliche, die ein Bandprojekt planen. Es gibt einen Büchertausch, Computerplätze, einen Kopierer und jemanden, der beim Ausfüllen von Formularen hilft.',
        en: ['Neighbourhood meeting place in the Stadtteilladen', 'The Stadtteilladen is the living room of the Mühlenviertel: single parents meet for breakfast, pensioners for chess and young people planning a band project. There is a book swap, computers, a copier and someone to help fill in forms.'],
      },
      {
        key: 'repaircafe', name: 'Repair-Café', terms: ['nachbarschaft'], hours: 'SA 14:00-17:00 (jeden zweiten Samstag im Monat)', cost: 'free',
        text: 'Toaster kaputt, Hose gerissen, Fahrradlicht aus? Im Repair-Café reparieren Ehrenamtliche gemeinsam mit Ihnen Elektrogeräte, Kleidung, Spielzeug und Fahrräder. Werkzeug und Material sind vorhanden, Kaffee und Kuchen auch.',
      },
      {
        key: 'mittagstisch', name: 'Mittagstisch für alle', terms: ['nachbarschaft', 'senioren'], hours: 'TU-TH 12:00-14:00',
        cost: { option: 'Preis je Essen', amount: 3.5, description: 'Kinder bis zwölf Jahre 1,50 EUR; wer nicht zahlen kann, isst trotzdem mit.' },
        text: 'Dreimal pro Woche kocht ein Team aus Ehrenamtlichen ein frisches Mittagessen, immer auch vegetarisch. Am langen Tisch sitzen Seniorinnen neben Schülern und Familien – niemand soll allein essen müssen.',
      },
    ],
  },
  {
    key: 'mgh', name: 'Mehrgenerationenhaus Weststadt', alt: 'Familienforum Weststadt e.V.', en: 'Weststadt multi-generation house', legal: 'eingetragener Verein', year: 2007,
    domain: 'mgh-lindenau.example',
    description: 'Offener Treffpunkt für alle Generationen in der Weststadt mit Familien-, Bildungs- und Nachbarschaftsangeboten.',
    sites: [
      { key: 'mgh', name: 'Mehrgenerationenhaus Weststadt', en: 'Weststadt multi-generation house', area: 'SR07', street: 'Ringstraße', no: '44', access: 'full', extras: ['barrierefreies-wc', 'leichte-sprache'] },
    ],
    services: [
      {
        key: 'offener-treff', name: 'Offener Treff und Familiencafé im Mehrgenerationenhaus', terms: ['nachbarschaft', 'familienzentrum'], hours: 'MO-FR 09:00-18:00; SA 10:00-14:00', cost: 'free',
        text: 'Im Familiencafé des Mehrgenerationenhauses begegnen sich Jung und Alt: Eltern mit Kleinkindern vormittags, Schulkinder nachmittags, Seniorinnen zum Kartenspiel. Es gibt eine Spielecke, einen Garten und günstigen Kaffee. Viele Angebote entstehen aus den Ideen der Besucherinnen und Besucher.',
        en: ['Open meeting place and family café at the multi-generation house', 'Young and old meet at the family café of the multi-generation house: parents with toddlers in the mornings, schoolchildren in the afternoons, older people for card games. There is a play corner, a garden and cheap coffee. Many activities grow out of visitors’ ideas.'],
      },
      {
        key: 'leihgrosseltern', name: 'Leihgroßeltern-Vermittlung', terms: ['familienbildung', 'senioren'], cost: 'free',
        text: 'Viele Familien haben keine Großeltern in der Nähe, viele ältere Menschen würden gern Zeit mit Kindern verbringen. Wir bringen beide zusammen, begleiten das Kennenlernen und treffen uns regelmäßig zum Austausch. Leihgroßeltern sind keine Babysitter, sondern eine Bereicherung für alle. Termine nach Vereinbarung.',
      },
      {
        key: 'hausaufgaben', name: 'Hausaufgabenhilfe Jung und Alt', terms: ['lernfoerderung'], hours: 'MO-TH 14:00-16:30', age: [6, 14], cost: 'free',
        text: 'Pensionierte Lehrerinnen, Ingenieure und Studierende helfen Schulkindern bei den Hausaufgaben und beim Lernen für Klassenarbeiten. In kleinen Gruppen bleibt Zeit für Fragen. Danach gibt es einen Snack.',
      },
      {
        key: 'bewerbungscafe', name: 'Bewerbungscafé für Frauen', terms: ['wiedereinstieg'], hours: 'WE 09:30-12:00', cost: 'free',
        text: 'Nach Jahren mit Kindern oder Pflege wieder in den Beruf? Im Bewerbungscafé erstellen Frauen mit Unterstützung ihre Unterlagen, üben Vorstellungsgespräche und erfahren, welche Teilzeit- und Weiterbildungsmöglichkeiten es gibt. Kinderbetreuung ist vor Ort.',
      },
      {
        key: 'pflegende', name: 'Sprechstunde für pflegende Angehörige', terms: ['entlastung'], hours: 'TH 15:00-17:00', cost: 'free',
        text: 'Wer einen Menschen zu Hause pflegt, gerät schnell an seine Grenzen. In der wöchentlichen Sprechstunde berät eine Pflegefachkraft zu Entlastungsbetrag, Verhinderungspflege und Kurzzeitpflege und hilft, eine Auszeit zu organisieren. Im Anschluss trifft sich die Gesprächsgruppe.',
      },
    ],
  },
  {
    key: 'nachbarschaftshilfe', name: 'Nachbarschaftshilfe Lindenau e.V.', legal: 'eingetragener Verein', year: 1991, domain: 'nachbarschaftshilfe-lindenau.example',
    description: 'Anerkannter Anbieter von Unterstützung im Alltag nach Landesrecht: Alltagsbegleitung, Haushaltshilfe, Besuchsdienst und Fahrdienst für ältere Menschen.',
    sites: [
      { key: 'nh', name: 'Nachbarschaftshilfe Lindenau', area: 'SR08', street: 'Wildpfad', no: '1', access: 'partial' },
    ],
    services: [
      {
        key: 'alltagshilfe', name: 'Alltagsbegleitung und Haushaltshilfe', terms: ['entlastung', 'senioren'], hours: 'MO-FR 09:00-12:00', cost: 'fees',
        fees: '29 EUR pro Stunde; abrechenbar über den Entlastungsbetrag der Pflegekasse ab Pflegegrad 1.',
        text: 'Unsere Alltagsbegleiterinnen helfen älteren und pflegebedürftigen Menschen beim Einkaufen, Putzen und Wäsche waschen, begleiten zu Arztterminen oder gehen mit spazieren. Die Kosten können über den Entlastungsbetrag der Pflegekasse abgerechnet werden – wir helfen beim Antrag.',
        en: ['Everyday help and household assistance', 'Our everyday companions help older people and people in need of care with shopping, cleaning and laundry, go with them to doctor’s appointments or for walks. Costs can be covered by the relief allowance of the long-term care insurance – we help with the application.'],
      },
      {
        key: 'besuchsdienst', name: 'Besuchsdienst gegen Einsamkeit', terms: ['senioren', 'nachbarschaft'], age: [65, null], cost: 'free',
        text: 'Ehrenamtliche besuchen allein lebende ältere Menschen einmal in der Woche: zum Reden, Spielen, Vorlesen oder für einen Spaziergang. Wer sich über Besuch freuen würde – oder jemanden kennt, dem es so geht –, meldet sich telefonisch. Wir suchen passende Tandems aus.',
      },
      {
        key: 'fahrdienst', name: 'Einkaufsbegleitung und Fahrdienst', terms: ['senioren'], hours: 'TU,FR 09:00-13:00', age: [65, null],
        cost: { option: 'Beitrag je Fahrt', amount: 3, description: 'Innerhalb des Stadtgebiets; mit Lindenau-Pass 1 EUR.' },
        text: 'Zweimal pro Woche holt unser Kleinbus ältere Menschen zu Hause ab und fährt sie zum Einkaufen, zum Friedhof oder zur Apotheke. Ehrenamtliche helfen beim Tragen. Bitte melden Sie sich bis zum Vortag an.',
      },
    ],
  },
  {
    key: 'mieterverein', name: 'Mieterverein Lindenau e.V.', legal: 'eingetragener Verein', year: 1902, domain: 'mieterverein-lindenau.example',
    description: 'Interessenvertretung der Mieterinnen und Mieter in Lindenau mit Rechtsberatung für Mitglieder.',
    sites: [
      { key: 'mv', name: 'Mieterverein Lindenau', area: 'SR02', street: 'Neue Straße', no: '15', access: 'partial' },
    ],
    services: [
      {
        key: 'mietberatung', name: 'Mietrechtsberatung', terms: ['wohngeld'], at: ['mv', 'quartier:stadtteilbuero'], hours: 'MO,WE 16:00-19:00; TH 10:00-13:00',
        cost: { option: 'Mitgliedsbeitrag monatlich', amount: 7.5, description: 'Ermäßigt 4 EUR für Menschen mit Bürgergeld, Grundsicherung oder Wohngeld; Beratung nur für Mitglieder.' },
        text: 'Mieterhöhung, Schimmel, Eigenbedarfskündigung oder Streit um die Kaution: Die Juristinnen und Juristen des Mietervereins prüfen Ihren Fall und vertreten Sie gegenüber dem Vermieter. Mitglieder sind über den Verein rechtsschutzversichert. Eine Außensprechstunde gibt es im Stadtteilbüro Sonnenfeld.',
        en: ['Tenancy law advice', 'Rent increase, mould, notice for personal use or a dispute over the deposit: the lawyers of the tenants’ association examine your case and represent you towards your landlord. Members have legal expenses insurance through the association. There is an outreach consultation at the Sonnenfeld neighbourhood office.'],
      },
      {
        key: 'nebenkosten', name: 'Prüfung der Betriebskostenabrechnung', terms: ['wohngeld'], at: ['mv'], hours: 'TU 10:00-12:00',
        cost: { option: 'Gebühr für Nichtmitglieder', amount: 35, description: 'Für Mitglieder kostenfrei.' },
        text: 'Jede zweite Betriebskostenabrechnung enthält Fehler. Wir prüfen, ob alle Positionen zulässig und richtig verteilt sind, und setzen Ihre Einwände beim Vermieter durch. Bringen Sie die Abrechnung, den Mietvertrag und die Abrechnung des Vorjahres mit.',
      },
    ],
  },
  {
    key: 'liwoge', name: 'Lindenauer Wohnungsbaugesellschaft mbH', alt: 'LiWoGe', en: 'Lindenau municipal housing company', legal: 'kommunales Wohnungsunternehmen (GmbH)', domain: 'liwoge.example',
    description: 'Das kommunale Wohnungsunternehmen mit rund 14.000 Wohnungen, vor allem in Sonnenfeld, der Weststadt und Am Auenpark.',
    sites: [
      { key: 'kundenzentrum', name: 'LiWoGe-Kundenzentrum', area: 'SR05', street: 'Am Sonnenhang', no: '1', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'nachbarschaftstreff', name: 'Nachbarschaftstreff Am Auenpark', area: 'SR04', street: 'Erlenbruch', no: '12', access: 'full' },
    ],
    services: [
      {
        key: 'sozialmanagement', name: 'Sozialmanagement für Mieterinnen und Mieter', terms: ['wohnungsnotfallhilfe', 'schuldnerberatung'], at: ['kundenzentrum'], hours: 'MO-TH 09:00-15:00',
        text: 'Das Sozialmanagement der LiWoGe hilft Mieterinnen und Mietern, die mit der Miete in Rückstand geraten oder in schwierige Lebenslagen kommen, bevor es zur Kündigung kommt. Wir vereinbaren Ratenzahlungen, vermitteln zu Schuldnerberatung und Jobcenter und schlichten bei Nachbarschaftskonflikten. Sprechen Sie uns früh an.',
        en: ['Tenant support service', 'The housing company’s tenant support helps tenants who fall behind with their rent or get into difficult situations before it comes to a notice to quit. We agree instalments, refer to debt counselling and the jobcenter and mediate in conflicts between neighbours. Talk to us early.'],
      },
      {
        key: 'nachbarschaftstreff', name: 'Nachbarschaftstreff Am Auenpark', terms: ['nachbarschaft'], at: ['nachbarschaftstreff'], hours: 'TU,TH 14:00-18:00', cost: 'free',
        text: 'Im Nachbarschaftstreff organisieren Mieterinnen und Mieter Spielenachmittage, ein Sprachcafé, Kinderflohmärkte und Hoffeste. Die Räume können auch für Familienfeiern gemietet werden. Eine Quartiersbetreuerin ist dienstags und donnerstags vor Ort.',
      },
    ],
  },
  {
    key: 'tafel', name: 'Lindenauer Tafel e.V.', en: 'Lindenau food bank', legal: 'eingetragener Verein', year: 1998, domain: 'tafel-lindenau.example',
    description: 'Die Tafel sammelt überschüssige Lebensmittel bei Handel und Erzeugern und gibt sie an Menschen mit wenig Geld weiter.',
    sites: [
      { key: 'zentrale', name: 'Tafel-Ausgabestelle Hafenviertel', area: 'SR11', street: 'Am Güterbahnhof', no: '12', access: 'full' },
      { key: 'sonnenfeld', name: 'Tafel-Ausgabestelle Sonnenfeld', area: 'SR05', street: 'Kiefernweg', no: '2', access: 'full' },
      { key: 'sued', name: 'Tafel-Ausgabestelle Südstadt', area: 'SR09', street: 'Steinweg', no: '30', access: 'partial' },
    ],
    services: [
      {
        key: 'ausgabe', name: 'Lebensmittelausgabe der Tafel', terms: ['sozialleistungen'], at: ['zentrale', 'sonnenfeld', 'sued'], hours: 'TU,FR 14:00-16:30; WE 10:00-12:00',
        cost: { option: 'Beitrag je Einkauf', amount: 2, description: 'Symbolischer Beitrag pro Haushalt; Kinder sind frei.' },
        eligibility: 'Menschen mit Wohnsitz in Lindenau, die Bürgergeld, Grundsicherung, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag beziehen oder ein vergleichbar geringes Einkommen haben.',
        application: 'Einmalige Registrierung mit Ausweis und aktuellem Leistungsbescheid in einer Ausgabestelle; danach erhalten Sie einen Tafel-Ausweis mit festem Ausgabetag.',
        text: 'An drei Ausgabestellen erhalten registrierte Kundinnen und Kunden einmal pro Woche Obst, Gemüse, Brot, Milchprodukte und weitere Lebensmittel. Über 150 Ehrenamtliche holen die Waren bei Supermärkten und Bäckereien ab und sortieren sie. Bitte bringen Sie eigene Taschen mit.',
        en: ['Food bank distribution', 'At three distribution points registered customers receive fruit, vegetables, bread, dairy products and other food once a week. More than 150 volunteers collect the goods from supermarkets and bakeries and sort them. Please bring your own bags.'],
        ar: ['توزيع المواد الغذائية في بنك الطعام (تافل)', 'في ثلاث نقاط توزيع يحصل الزبائن المسجَّلون مرة في الأسبوع على الفواكه والخضروات والخبز ومنتجات الألبان ومواد غذائية أخرى. أكثر من 150 متطوعاً يجمعون البضائع من المتاجر والمخابز ويفرزونها. يرجى إحضار أكياس خاصة بكم.'],
        uk: ['Видача продуктів Tafel (продовольчий банк)', 'У трьох пунктах видачі зареєстровані клієнти раз на тиждень отримують фрукти, овочі, хліб, молочні продукти та інші продукти харчування. Понад 150 волонтерів забирають товари із супермаркетів і пекарень та сортують їх. Будь ласка, беріть власні сумки.'],
      },
    ],
  },
  {
    key: 'lernhaus', name: 'Lernhaus Lindenau e.V.', legal: 'eingetragener Verein', year: 2003, domain: 'lernhaus-lindenau.example',
    description: 'Gemeinnütziger Bildungsverein mit Lernförderung, Deutschförderung und Ferienschule für Kinder und Jugendliche.',
    sites: [
      { key: 'west', name: 'Lernhaus Weststadt', area: 'SR07', street: 'Hannoversche Straße', no: '9', access: 'full' },
      { key: 'nord', name: 'Lernhaus Nordstadt', area: 'SR02', street: 'Körnerstraße', no: '25', access: 'partial' },
    ],
    services: [
      {
        key: 'lernfoerderung', name: 'Lernförderung in kleinen Gruppen', terms: ['lernfoerderung', 'bildung-teilhabe'], at: ['west', 'nord'], hours: 'MO-FR 14:00-18:30', age: [6, 18],
        cost: { option: 'Selbstzahler je Stunde', amount: 12, description: 'Mit Bildung und Teilhabe kostenfrei; die Schule bestätigt den Förderbedarf.' },
        text: 'Wenn die Versetzung gefährdet ist oder ein Fach einfach nicht klappt, hilft gezielte Lernförderung in Gruppen von höchstens vier Kindern. Unsere Lehrkräfte stimmen sich mit der Schule ab und schließen Lücken Schritt für Schritt. Für Familien mit Bildung-und-Teilhabe-Anspruch übernimmt die Stadt die Kosten.',
        en: ['Tutoring in small groups', 'If moving up a year is at risk or a subject just isn’t working, targeted tutoring in groups of no more than four children helps. Our teachers coordinate with the school and close gaps step by step. For families entitled to education and participation benefits the city pays the costs.'],
      },
      {
        key: 'daz', name: 'Deutsch als Zweitsprache für Schulkinder', terms: ['lernfoerderung', 'sprachkurse'], at: ['nord'], hours: 'TU,TH 15:00-16:30', age: [6, 16], cost: 'free',
        text: 'Kinder und Jugendliche, die neu in Deutschland sind, üben hier zusätzlich zur Schule Deutsch – spielerisch, mit Geschichten, Liedern und Alltagssituationen. Die Gruppen sind nach Alter und Sprachstand eingeteilt.',
      },
      {
        key: 'ferienschule', name: 'Ferienschule', terms: ['lernfoerderung'], at: ['west'], hours: 'MO-FR 09:00-13:00 (erste und letzte Sommerferienwoche)', age: [8, 16],
        cost: { option: 'Gebühr je Woche', amount: 40, description: 'Mit Lindenau-Pass oder Bildung und Teilhabe kostenfrei.' },
        text: 'In der Ferienschule wiederholen Schülerinnen und Schüler vormittags den Stoff des letzten Schuljahres in Mathe, Deutsch und Englisch, nachmittags geht es ins Freibad oder zu Ausflügen. So startet das neue Schuljahr mit mehr Sicherheit.',
      },
    ],
  },
  {
    key: 'bildungspaten', name: 'Bildungspaten Lindenau e.V.', legal: 'eingetragener Verein', domain: 'bildungspaten-lindenau.example',
    description: 'Ehrenamtliche Lernpatinnen und Lernpaten für Grundschulkinder.',
    sites: [],
    services: [
      {
        key: 'lernpaten', name: 'Lernpatenschaften für Grundschulkinder', terms: ['lernfoerderung'], at: ['bibliothek:sonnenfeld', 'mgh:mgh'], hours: 'MO-TH 15:00-17:00', age: [6, 10], cost: 'free',
        text: 'Eine Lernpatin oder ein Lernpate trifft sich einmal pro Woche mit einem Grundschulkind, liest mit ihm, übt Rechnen und hilft bei den Hausaufgaben. Die Patenschaft dauert mindestens ein Schuljahr, sodass echtes Vertrauen entsteht. Lehrkräfte und Eltern können Kinder vorschlagen.',
      },
    ],
  },
  {
    key: 'kjh', name: 'Kinder- und Jugendhilfe Lindenau gGmbH', en: 'Lindenau Child and Youth Services', legal: 'gemeinnützige GmbH', year: 1996, domain: 'kjh-lindenau.example',
    description: 'Freier Träger der Jugendhilfe mit ambulanten, teilstationären und stationären Hilfen zur Erziehung.',
    sites: [
      { key: 'zentrale', name: 'Kinder- und Jugendhilfe Lindenau, Geschäftsstelle', area: 'SR02', street: 'Hebbelstraße', no: '30', access: 'partial' },
      { key: 'tagesgruppe', name: 'Tagesgruppe Sonnenfeld', area: 'SR05', street: 'Tannenstraße', no: '5', access: 'full' },
    ],
    services: [
      {
        key: 'spfh', name: 'Sozialpädagogische Familienhilfe (SPFH)', terms: ['hilfen-zur-erziehung'], at: ['zentrale'], age: [0, 17], cost: 'fees',
        fees: 'Die Kosten trägt das Jugendamt; für Familien entstehen keine Kosten.',
        application: 'Die Hilfe wird gemeinsam mit dem Allgemeinen Sozialen Dienst des Jugendamts im Hilfeplanverfahren beantragt.',
        text: 'Eine Familienhelferin kommt regelmäßig zu Ihnen nach Hause und unterstützt bei Erziehungsfragen, Tagesstruktur, Haushalt, Geld und dem Kontakt zu Schule und Ämtern. Ziel ist, dass die Familie ihren Alltag wieder selbst bewältigt. Die Hilfe wird über den Allgemeinen Sozialen Dienst des Jugendamts vermittelt.',
        en: ['Family social work (SPFH)', 'A family social worker visits you at home regularly and helps with parenting, daily routines, housekeeping, money and contact with school and authorities. The aim is for the family to manage everyday life on its own again. The service is arranged through the General Social Services of the youth welfare office.'],
      },
      {
        key: 'tagesgruppe', name: 'Heilpädagogische Tagesgruppe Sonnenfeld', terms: ['hilfen-zur-erziehung'], at: ['tagesgruppe'], hours: 'MO-FR 11:30-17:30', age: [6, 14], cost: 'fees',
        fees: 'Die Kosten trägt das Jugendamt.',
        text: 'In der Tagesgruppe verbringen bis zu neun Kinder mit Schwierigkeiten im Verhalten oder Lernen die Nachmittage nach der Schule: mit Mittagessen, Hausaufgaben, sozialem Lernen und Freizeit. Die Eltern werden in Elterngesprächen und Familientagen eng eingebunden. Die Kinder leben weiter zu Hause.',
      },
      {
        key: 'erziehungsbeistand', name: 'Erziehungsbeistand und Betreuungshilfe', terms: ['hilfen-zur-erziehung', 'jugendberatung'], at: ['zentrale'], age: [12, 21], cost: 'fees',
        fees: 'Die Kosten trägt das Jugendamt.',
        text: 'Ein Erziehungsbeistand begleitet Jugendliche, die in Schule, Familie oder mit der Polizei Probleme haben, über einen längeren Zeitraum – mit festen Treffen, gemeinsamen Unternehmungen und Unterstützung bei Ausbildungssuche und Behördengängen. Die Hilfe wird über das Jugendamt beantragt.',
      },
      {
        key: 'wohngruppen', name: 'Wohngruppen und Verselbstständigung für Jugendliche', terms: ['hilfen-zur-erziehung'], at: ['zentrale'], age: [14, 21], cost: 'fees',
        fees: 'Die Kosten trägt das Jugendamt; Eltern werden je nach Einkommen an den Kosten beteiligt.',
        text: 'Jugendliche, die nicht mehr in ihrer Familie leben können, finden in unseren zwei Wohngruppen ein Zuhause auf Zeit. Im Verselbstständigungsbereich lernen ältere Jugendliche in eigenen Apartments, für sich selbst zu sorgen. Die Aufnahme erfolgt über das Jugendamt.',
      },
      {
        key: 'careleaver', name: 'Beratung für Careleaver', terms: ['jugendberatung'], at: ['zentrale'], hours: 'WE 16:00-19:00', age: [18, 27], cost: 'free',
        text: 'Wer in einer Wohngruppe oder Pflegefamilie aufgewachsen ist, steht mit 18 oft plötzlich allein da. Die Careleaver-Beratung hilft bei Wohnung, Geld, Ausbildung und Anträgen – und erklärt, dass junge Volljährige bis 21, in Ausnahmen bis 27 Jahre weiter Anspruch auf Jugendhilfe haben. Der monatliche Careleaver-Stammtisch bringt Gleichgesinnte zusammen.',
      },
    ],
  },
  {
    key: 'vja', name: 'Verein für Jugendarbeit Lindenau e.V.', en: 'Lindenau Youth Work Association', legal: 'eingetragener Verein', year: 1972, domain: 'vja-lindenau.example',
    description: 'Freier Träger der offenen Kinder- und Jugendarbeit: Jugendclubs, Mädchentreff, Streetwork und das Jugendberatungshaus Kompass.',
    sites: [
      { key: 'kompass', name: 'Jugendberatungshaus Kompass', area: 'SR01', street: 'Fischerstraße', no: '20', access: 'partial' },
      { key: 'streetwork', name: 'Streetwork-Büro Weststadt', area: 'SR07', street: 'Weststraße', no: '5', access: 'full' },
      { key: 'lila', name: 'Mädchentreff Lila', area: 'SR11', street: 'Am Kanal', no: '14', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'kaiweg', name: 'Jugendclub Kaiweg', area: 'SR11', street: 'Kaiweg', no: '2', access: 'partial' },
      { key: 'waldhaus', name: 'Jugendhaus Waldhaus', area: 'SR08', street: 'Heideweg', no: '9', access: 'full' },
      { key: 'nordpol', name: 'Jugendclub Nordpol', area: 'SR02', street: 'Wilhelmstraße', no: '70', access: 'partial' },
    ],
    services: [
      {
        key: 'kompass', name: 'Jugendberatungshaus Kompass', terms: ['jugendberatung'], at: ['kompass'], hours: 'MO-TH 12:00-18:00; FR 12:00-16:00', age: [14, 27], langs: ['en', 'ar'],
        text: 'Stress zu Hause, keine Wohnung, Ärger mit dem Jobcenter, Schulden, Schwangerschaft, Liebeskummer: Im Kompass beraten Sozialarbeiterinnen und Sozialarbeiter junge Menschen zu allem, was sie beschäftigt – vertraulich, kostenlos und ohne Termin. Wer möchte, bekommt Begleitung zu Ämtern und eine Postadresse.',
        en: ['Youth advice centre Kompass', 'Stress at home, no flat, trouble with the jobcenter, debts, pregnancy, heartbreak: at Kompass social workers advise young people on whatever is on their mind – confidentially, free of charge and without an appointment. If you like, you can get someone to go with you to the authorities and use our postal address.'],
      },
      {
        key: 'streetwork', name: 'Streetwork und mobile Jugendarbeit', terms: ['jugendarbeit', 'jugendberatung'], at: ['streetwork'], hours: 'TU-FR 14:00-22:00', age: [14, 27],
        text: 'Unsere Streetworker sind dort unterwegs, wo sich Jugendliche aufhalten: auf Plätzen, an Bahnhöfen, in Parks. Sie hören zu, vermitteln bei Konflikten mit Anwohnern, helfen bei Problemen mit Polizei, Schule oder Drogen und organisieren mit den Cliquen Fußballturniere oder Graffiti-Projekte. Im Büro in der Weststraße gibt es dienstags ein offenes Café.',
      },
      {
        key: 'lila', name: 'Mädchentreff Lila', terms: ['jugendarbeit'], at: ['lila'], hours: 'MO-TH 14:00-19:00', age: [10, 18], cost: 'free', langs: ['tr', 'ar'],
        text: 'Der Mädchentreff ist ein Ort nur für Mädchen und junge Frauen: zum Chillen, Kochen, Tanzen, für Selbstbehauptungskurse, Bewerbungstraining und Gespräche über alles, was sonst keinen Platz hat. Die Pädagoginnen unterstützen auch bei Konflikten in Familie und Schule.',
        en: ['Girls’ club "Lila"', 'The girls’ club is a place just for girls and young women: to chill, cook, dance, for self-defence courses, application training and talks about everything that has no space elsewhere. The youth workers also support girls with conflicts at home and at school.'],
      },
      {
        key: 'kaiweg', name: 'Jugendclub Kaiweg', terms: ['jugendarbeit'], at: ['kaiweg'], hours: 'TU-FR 15:00-21:00', age: [12, 21], cost: 'free', status: 'temporarily closed',
        alert: 'Wegen Sanierung der Räume bis voraussichtlich März 2027 geschlossen. Das Team ist in dieser Zeit im Mädchentreff Lila und mit dem Bauwagen am Ankerplatz erreichbar.',
        text: 'Der Jugendclub im Hafenviertel bietet Jugendlichen einen Bandproberaum, eine Werkstatt für Fahrräder und Mopeds, Billard und Kicker. In den Ferien gibt es Kanutouren und Zeltlager. Das Programm planen die Jugendlichen im Clubrat mit.',
      },
      {
        key: 'waldhaus', name: 'Jugendhaus Waldhaus', terms: ['jugendarbeit'], at: ['waldhaus'], hours: 'MO-FR 14:00-20:00', age: [10, 21], cost: 'free',
        text: 'Das Waldhaus liegt direkt am Stadtwald und hat einen großen Garten mit Feuerstelle, einen Bolzplatz und einen Medienraum mit Schnittplatz. Nachmittags gibt es Hausaufgabenhilfe, abends Angebote wie Kochen, Boxen oder Filmprojekte. Einmal im Monat laden Jugendliche zum Open-Air-Kino ein.',
      },
      {
        key: 'nordpol', name: 'Jugendclub Nordpol', terms: ['jugendarbeit', 'suchtpraevention'], at: ['nordpol'], hours: 'MO-TH 15:00-21:00; FR 15:00-22:00', age: [12, 21], cost: 'free', langs: ['tr', 'ar'],
        text: 'Im Nordpol treffen sich Jugendliche aus der Nordstadt zum Kickern, Rappen, Kochen und für Turniere auf der Konsole. Mit dem Projekt „Klar im Kopf“ sprechen die Pädagogen regelmäßig über Alkohol, Shisha und Cannabis. Wer Hilfe bei Bewerbungen braucht, bekommt sie hier ebenfalls.',
      },
      {
        key: 'chat', name: 'Online-Jugendberatung per Chat', mode: 'online', url: '/chat', terms: ['jugendberatung'], hours: 'MO-TH 16:00-20:00', age: [12, 27], noPhone: true,
        text: 'Im Chat der Jugendberatung schreibst du anonym mit einer Sozialarbeiterin oder einem Sozialarbeiter – über Familie, Freunde, Schule, Sexualität, Geld oder Zukunftspläne. Der Chat ist verschlüsselt und läuft im Browser. Außerhalb der Chatzeiten kannst du eine Nachricht hinterlassen.',
      },
    ],
  },
  {
    key: 'sjr', name: 'Stadtjugendring Lindenau e.V.', legal: 'eingetragener Verein', domain: 'sjr-lindenau.example',
    description: 'Arbeitsgemeinschaft der Jugendverbände in Lindenau: Ferienfreizeiten, Jugendleiter-Ausbildung und Interessenvertretung junger Menschen.',
    sites: [
      { key: 'sjr', name: 'Geschäftsstelle des Stadtjugendrings', area: 'SR01', street: 'Ritterstraße', no: '20', access: 'partial' },
    ],
    services: [
      {
        key: 'ferienfreizeiten', name: 'Ferienfreizeiten und Zeltlager', terms: ['jugendarbeit'], hours: 'MO-TH 10:00-15:00', age: [8, 16],
        cost: { option: 'Teilnahmebeitrag', amount: 280, description: 'Zehn Tage Zeltlager mit Verpflegung; Zuschüsse über Bildung und Teilhabe und den Ferienpass-Fonds, Geschwisterrabatt 20 %.' },
        text: 'Zeltlager an der Ostsee, Kanufreizeit in Mecklenburg, Reiterferien: Die Jugendverbände bieten jeden Sommer über 20 Freizeiten für Kinder und Jugendliche an, betreut von ausgebildeten Jugendleiterinnen und Jugendleitern. Kein Kind soll aus Geldgründen zu Hause bleiben – sprechen Sie uns auf Zuschüsse an.',
        en: ['Holiday camps', 'Camping on the Baltic coast, canoeing in Mecklenburg, riding holidays: every summer the youth organisations offer more than 20 holiday camps for children and young people, supervised by trained youth leaders. No child should have to stay at home for lack of money – ask us about grants.'],
      },
      {
        key: 'juleica', name: 'Jugendleiter-Ausbildung (Juleica)', terms: ['jugendarbeit'], age: [16, 27], hours: 'SA,SU 09:00-17:00 (drei Wochenenden)',
        cost: { option: 'Kursgebühr', amount: 30, description: 'Einschließlich Unterkunft und Verpflegung.' },
        text: 'Wer Gruppen leiten oder bei Freizeiten mitfahren möchte, lernt in der Jugendleiter-Ausbildung Gruppenpädagogik, Spiele, Aufsichtspflicht, Erste Hilfe und Kinderschutz. Nach drei Wochenenden gibt es die bundesweit anerkannte Jugendleitercard.',
      },
    ],
  },
  {
    key: 'jugendfarm', name: 'Kinder- und Jugendfarm Lindenau e.V.', legal: 'eingetragener Verein', year: 1985, domain: 'jugendfarm-lindenau.example',
    description: 'Pädagogisch betreuter Bauernhof für Kinder in Seeblick.',
    sites: [
      { key: 'farm', name: 'Kinder- und Jugendfarm am Gutshof', area: 'SR10', street: 'Gutshofweg', no: '8', access: 'partial' },
    ],
    services: [
      {
        key: 'farm', name: 'Kinder- und Jugendfarm am Gutshof', terms: ['jugendarbeit'], hours: 'TU-FR 13:00-18:00; SA 10:00-16:00', age: [6, 14], cost: 'free',
        text: 'Auf der Jugendfarm versorgen Kinder Ponys, Schafe, Hühner und Kaninchen, arbeiten im Garten, bauen an der Lehmhütte weiter und backen Brot im Holzofen. Die Farm ist ein offener Ort: Kinder kommen, wann sie wollen, und bleiben, so lange sie möchten. Für Kita- und Schulgruppen gibt es Vormittagsprogramme.',
      },
    ],
  },
  {
    key: 'zirkus', name: 'Kinder- und Jugendzirkus Zappelino e.V.', legal: 'eingetragener Verein', year: 2001, domain: 'zappelino-lindenau.example',
    description: 'Zirkuspädagogischer Verein mit Trainingsgruppen, Ferienprojekten und inklusiven Angeboten.',
    sites: [
      { key: 'zelt', name: 'Zirkuszelt Zappelino', area: 'SR07', street: 'Am Westpark', no: '12', access: 'full' },
    ],
    services: [
      {
        key: 'training', name: 'Zirkustraining für Kinder und Jugendliche', terms: ['jugendarbeit', 'bildung-teilhabe'], hours: 'MO,WE 16:00-18:00; SA 10:00-13:00', age: [6, 18],
        cost: { option: 'Beitrag monatlich', amount: 18, description: 'Über Bildung und Teilhabe mit 15 EUR bezuschusst; Geschwisterrabatt.' },
        text: 'Jonglieren, Akrobatik, Einrad, Trapez und Clownerie: Im Zirkus Zappelino trainieren Kinder ab sechs Jahren in festen Gruppen und stehen zweimal im Jahr in der Manege. Kinder mit und ohne Behinderung trainieren zusammen. Ein Schnuppertraining ist jederzeit möglich.',
      },
    ],
  },
  {
    key: 'jugendkunstschule', name: 'Jugendkunstschule Lindenau e.V.', legal: 'eingetragener Verein', domain: 'jugendkunstschule-lindenau.example',
    description: 'Kulturelle Bildung für Kinder und Jugendliche: Malerei, Keramik, Theater, Film und Fotografie.',
    sites: [
      { key: 'jks', name: 'Jugendkunstschule im alten Speicher', area: 'SR06', street: 'Speicherstraße', no: '14', access: 'partial' },
    ],
    services: [
      {
        key: 'kurse', name: 'Kunst- und Theaterkurse für Kinder und Jugendliche', terms: ['jugendarbeit', 'bildung-teilhabe'], hours: 'MO-FR 15:00-19:00', age: [5, 18],
        cost: { option: 'Kursgebühr je Halbjahr', amount: 120, description: 'Mit Lindenau-Pass 30 EUR; Bildung-und-Teilhabe-Zuschuss anrechenbar.' },
        text: 'In kleinen Gruppen malen, töpfern, fotografieren und spielen Kinder und Jugendliche Theater, angeleitet von Künstlerinnen und Künstlern. Am Ende des Halbjahres zeigen sie ihre Werke in einer Ausstellung oder auf der Bühne. In den Ferien gibt es Projektwochen, auch für Einsteiger.',
      },
    ],
  },
  {
    key: 'vaeterzentrum', name: 'Väterzentrum Lindenau e.V.', legal: 'eingetragener Verein', year: 2012, domain: 'vaeterzentrum-lindenau.example',
    description: 'Treffpunkt, Beratung und Kurse für Väter in allen Lebenslagen.',
    sites: [
      { key: 'vz', name: 'Väterzentrum Lindenau', area: 'SR02', street: 'Humboldtstraße', no: '22', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'vaetertreff', name: 'Vätertreff mit Kindern', terms: ['familienbildung'], hours: 'SU 10:00-13:00', cost: 'free',
        text: 'Sonntags ist das Väterzentrum ein Café für Väter und ihre Kinder: mit Brunch, Spielzimmer, Werkbank und viel Zeit zum Reden. Besonders Väter mit Babys und Kleinkindern, die in Elternzeit sind, finden hier Anschluss.',
      },
      {
        key: 'trennungsvaeter', name: 'Beratung für Väter in Trennung', terms: ['trennung-scheidung'], hours: 'TH 17:00-20:00', cost: 'free',
        text: 'Trennung verändert die Rolle als Vater. Wir beraten zu Umgangs- und Sorgerecht, Unterhalt und dazu, wie Väter auch nach der Trennung verlässlich für ihre Kinder da sein können. Einmal im Monat trifft sich eine angeleitete Gesprächsgruppe.',
        en: ['Advice for separated fathers', 'Separation changes your role as a father. We advise on contact and custody, maintenance and how fathers can remain reliably there for their children after separation. A facilitated discussion group meets once a month.'],
      },
      {
        key: 'papa-baby', name: 'Papa-Baby-Kurs', terms: ['fruehe-hilfen', 'familienbildung'], hours: 'SA 10:00-11:30 (sechs Termine)', age: [0, 1],
        cost: { option: 'Kursgebühr', amount: 30, description: 'Mit Lindenau-Pass kostenfrei.' },
        text: 'Wickeln, Tragen, Baden, Spielen, Schlafen: Im Papa-Baby-Kurs entdecken Väter mit Babys zwischen zwei und zwölf Monaten gemeinsam, was ihr Kind braucht. Nebenbei tauschen sie sich über Elternzeit, Partnerschaft und Beruf aus.',
      },
    ],
  },
  {
    key: 'vamv', name: 'Verband alleinerziehender Mütter und Väter, Ortsverband Lindenau', legal: 'Ortsverband eines eingetragenen Vereins', domain: 'vamv-lindenau.example',
    description: 'Interessenvertretung und Selbsthilfe von Einelternfamilien.',
    sites: [
      { key: 'vamv', name: 'Treffpunkt Alleinerziehende', area: 'SR01', street: 'Klosterstraße', no: '22', access: 'partial' },
    ],
    services: [
      {
        key: 'beratung', name: 'Beratung für Alleinerziehende', terms: ['trennung-scheidung', 'sozialleistungen'], hours: 'MO 14:00-18:00; WE 09:00-12:00', cost: 'free',
        text: 'Unterhalt, Unterhaltsvorschuss, Kinderzuschlag, Wohngeld, Steuerklasse, Umgang: Alleinerziehende müssen sich um vieles gleichzeitig kümmern. Wir beraten zu allen rechtlichen und finanziellen Fragen und helfen, den Überblick zu behalten.',
        en: ['Advice for single parents', 'Maintenance, advance maintenance payments, child supplement, housing benefit, tax class, contact arrangements: single parents have to take care of many things at once. We advise on all legal and financial questions and help you keep track.'],
      },
      {
        key: 'treff', name: 'Alleinerziehenden-Treff mit Kinderbetreuung', terms: ['familienbildung', 'nachbarschaft'], hours: 'FR 16:00-18:30', cost: 'free',
        text: 'Freitags treffen sich Alleinerziehende zum Austausch, während ihre Kinder nebenan betreut werden. Manchmal gibt es ein Thema, oft entstehen einfach Freundschaften und gegenseitige Hilfe beim Abholen oder Babysitten.',
      },
    ],
  },
  {
    key: 'alz', name: 'Arbeitslosenzentrum Lindenau e.V.', legal: 'eingetragener Verein', year: 1984, domain: 'alz-lindenau.example',
    description: 'Unabhängige Beratung und Treffpunkt für erwerbslose Menschen.',
    sites: [
      { key: 'alz', name: 'Arbeitslosenzentrum Lindenau', area: 'SR06', street: 'Brauhausstraße', no: '12', access: 'full' },
    ],
    services: [
      {
        key: 'beratung', name: 'Erwerbslosenberatung: Bürgergeld und Arbeitslosengeld', terms: ['sozialleistungen'], hours: 'MO,TU,TH 09:00-13:00; TU 14:00-17:00', langs: ['en', 'ar', 'ro'],
        text: 'Unabhängig vom Jobcenter prüfen wir Ihre Bescheide zu Bürgergeld und Arbeitslosengeld, erklären Ihre Rechte und Pflichten und helfen bei Widerspruch, Weiterbewilligungsantrag und Umzug. Auch Menschen, die arbeiten und aufstocken, beraten wir. Gerne begleiten wir zu Terminen im Jobcenter.',
        en: ['Advice for the unemployed: citizens’ income and unemployment benefit', 'Independently of the jobcenter we check your decisions on citizens’ income and unemployment benefit, explain your rights and obligations and help with appeals, renewal applications and moving house. We also advise people who work and receive top-up benefits. We are happy to accompany you to jobcenter appointments.'],
      },
      {
        key: 'fruehstueck', name: 'Erwerbslosenfrühstück', terms: ['nachbarschaft'], hours: 'WE 09:30-11:30', cost: 'free',
        text: 'Jeden Mittwoch gibt es ein kostenloses Frühstück für alle, die gerade keine Arbeit haben. Bei Brötchen und Kaffee tauschen sich die Gäste über Stellenangebote, Ämter und Alltag aus; oft kommt eine Referentin mit einem aktuellen Thema dazu.',
      },
    ],
  },
  {
    key: 'werkhof', name: 'Werkhof Lindenau gGmbH', legal: 'gemeinnützige GmbH', year: 1990, domain: 'werkhof-lindenau.example',
    description: 'Beschäftigungs- und Qualifizierungsträger mit Jugendwerkstatt, Teilzeitausbildung und Sozialkaufhaus.',
    sites: [
      { key: 'werkhof', name: 'Werkhof Lindenau', area: 'SR11', street: 'Werftstraße', no: '30', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'kaufhaus', name: 'Sozialkaufhaus Werkhof', area: 'SR11', street: 'Industriestraße', no: '60', access: 'full' },
    ],
    services: [
      {
        key: 'jugendwerkstatt', name: 'Jugendwerkstatt: Ausbildungsvorbereitung in Holz, Metall und Küche', terms: ['berufsberatung'], at: ['werkhof'], hours: 'MO-FR 08:00-15:00', age: [16, 25],
        text: 'In der Jugendwerkstatt probieren junge Menschen ohne Ausbildungsplatz verschiedene Berufe praktisch aus: in der Tischlerei, der Metallwerkstatt und der Kantinenküche. Daneben gibt es Unterricht, Bewerbungstraining und sozialpädagogische Begleitung. Viele wechseln nach einem Jahr in eine Ausbildung.',
      },
      {
        key: 'teilzeitausbildung', name: 'Ausbildung in Teilzeit für junge Mütter und Väter', terms: ['wiedereinstieg', 'berufsberatung'], at: ['werkhof'], hours: 'MO-FR 08:30-14:30', age: [18, 30],
        text: 'Junge Eltern ohne Berufsabschluss können bei uns eine Ausbildung in Teilzeit machen – als Kauffrau für Büromanagement, Köchin oder Fachkraft für Lagerlogistik. Wir helfen bei Kinderbetreuung und Finanzierung und begleiten bis zur Abschlussprüfung.',
      },
      {
        key: 'sozialkaufhaus', name: 'Sozialkaufhaus: Möbel und Hausrat', terms: ['sozialleistungen', 'nachbarschaft'], at: ['kaufhaus'], hours: 'MO-FR 10:00-18:00; SA 10:00-14:00',
        cost: { option: 'Preise', amount: 5, description: 'Gebrauchte Möbel und Hausrat ab 5 EUR; mit Lindenau-Pass 30 % Rabatt, Lieferung gegen kleine Gebühr.' },
        text: 'Im Sozialkaufhaus gibt es gespendete Möbel, Küchengeräte, Geschirr und Kinderbetten zu günstigen Preisen. Wer eine Erstausstattung vom Jobcenter bewilligt bekommen hat, kann sie hier einlösen. Auf Wunsch liefern und montieren wir.',
      },
    ],
  },
  {
    key: 'fia', name: 'Frauen in Arbeit Lindenau e.V.', legal: 'eingetragener Verein', year: 1989, domain: 'fia-lindenau.example',
    description: 'Beratungsstelle für Frauen zu Beruf, Wiedereinstieg und Existenzgründung.',
    sites: [
      { key: 'fia', name: 'Frauen in Arbeit', area: 'SR07', street: 'Gartenstraße', no: '20', access: 'full' },
    ],
    services: [
      {
        key: 'wiedereinstieg', name: 'Beratung zum beruflichen Wiedereinstieg', terms: ['wiedereinstieg'], hours: 'TU,TH 09:00-13:00', cost: 'free',
        text: 'Nach Elternzeit, Familienphase oder Pflege zurück in den Beruf: Wir beraten Frauen, welche Wege es gibt, welche Qualifikationen noch zählen und wie sich Beruf und Familie vereinbaren lassen. In Workshops geht es um Bewerbung, digitale Kompetenzen und Verhandeln.',
        en: ['Advice on returning to work', 'Back to work after parental leave, a family break or caring: we advise women on the options, which qualifications still count and how to combine work and family. Workshops cover applications, digital skills and negotiating.'],
      },
      {
        key: 'migrantinnen', name: 'Berufliche Orientierung für zugewanderte Frauen', terms: ['wiedereinstieg', 'migrationsberatung'], hours: 'WE 09:00-12:30', cost: 'free',
        langs: ['ar', 'fa', 'uk', 'ru', 'tr'],
        text: 'Viele zugewanderte Frauen bringen Berufserfahrung mit, die in Deutschland nicht sichtbar ist. In der Gruppe entdecken sie ihre Stärken, lernen Berufe und Ausbildungswege kennen, besuchen Betriebe und üben berufsbezogenes Deutsch. Während der Kurszeit werden Kinder betreut.',
      },
    ],
  },
  {
    key: 'handwerk', name: 'Kreishandwerkerschaft Lindenau', legal: 'Körperschaft des öffentlichen Rechts', domain: 'handwerk-lindenau.example',
    description: 'Zusammenschluss der Innungen in Lindenau; Ausbildungsberatung für Jugendliche und Betriebe.',
    sites: [
      { key: 'khs', name: 'Haus des Handwerks', area: 'SR09', street: 'Kaiserstraße', no: '50', access: 'full' },
    ],
    services: [
      {
        key: 'ausbildungsberatung', name: 'Ausbildungsberatung im Handwerk', terms: ['berufsberatung'], hours: 'MO-TH 08:00-16:00; FR 08:00-12:00', age: [15, 30], cost: 'free',
        text: 'Über 40 Ausbildungsberufe gibt es im Lindenauer Handwerk, und viele Betriebe suchen Auszubildende. Die Ausbildungsberater vermitteln Praktika und Ausbildungsplätze, helfen bei Problemen im Ausbildungsbetrieb und beraten Geflüchtete zu Ausbildung und Aufenthalt.',
      },
    ],
  },
  {
    key: 'schulamt', name: 'Schulpsychologischer Dienst Lindenau', alt: 'Staatliches Schulamt, Außenstelle Lindenau', legal: 'Landesbehörde', domain: 'schulamt-lindenau.example',
    description: 'Schulpsychologische Beratung und Beratung zu Inklusion für Schülerinnen, Schüler, Eltern und Lehrkräfte aller Schulen in Lindenau.',
    sites: [
      { key: 'schulamt', name: 'Schulpsychologisches Beratungszentrum', area: 'SR09', street: 'Augustastraße', no: '20', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'schulpsychologie', name: 'Schulpsychologische Beratung', terms: ['schulsozialarbeit', 'psychische-gesundheit'], hours: 'MO-TH 08:00-16:00; FR 08:00-13:00', age: [6, 19], cost: 'free',
        text: 'Lernschwierigkeiten, Prüfungsangst, Mobbing, Schulvermeidung oder eine Krise in der Klasse: Die Schulpsychologinnen und -psychologen beraten Schülerinnen und Schüler, Eltern und Lehrkräfte vertraulich und unabhängig von der Schule. Sie untersuchen auch auf Lese-Rechtschreib- oder Rechenschwäche.',
        en: ['School psychology service', 'Learning difficulties, exam anxiety, bullying, school refusal or a crisis in a class: school psychologists advise pupils, parents and teachers confidentially and independently of the school. They also assess for dyslexia and dyscalculia.'],
      },
      {
        key: 'inklusion', name: 'Beratung zu sonderpädagogischem Förderbedarf und inklusiver Beschulung', terms: ['teilhabeberatung', 'schulsozialarbeit'], hours: 'TU,TH 09:00-15:00', age: [5, 19], cost: 'free',
        text: 'Eltern von Kindern mit Behinderung oder besonderem Förderbedarf beraten wir zur Wahl der Schule, zum Feststellungsverfahren, zu Schulbegleitung und Nachteilsausgleich. Gemeinsam mit Schule und Jugendamt suchen wir die passende Unterstützung.',
      },
    ],
  },
  {
    key: 'amtsgericht', name: 'Amtsgericht Lindenau', en: 'Lindenau Local Court', legal: 'Gericht des Landes', domain: 'amtsgericht-lindenau.example', mailbox: 'poststelle',
    description: 'Zuständig unter anderem für Familiensachen, Betreuungssachen, Insolvenzverfahren und die Beratungshilfe.',
    sites: [
      { key: 'ag', name: 'Amtsgericht Lindenau', area: 'SR01', street: 'Burgwall', no: '10', access: 'full', extras: ['barrierefreies-wc', 'induktionsschleife'] },
    ],
    services: [
      {
        key: 'rechtsantragsstelle', name: 'Rechtsantragsstelle und Beratungshilfe', terms: ['trennung-scheidung', 'sozialleistungen'], hours: 'MO-FR 08:30-12:00',
        cost: { option: 'Eigenanteil beim Anwalt', amount: 15, description: 'Mit Beratungsschein zahlen Sie der Anwältin höchstens 15 EUR; der Anwalt kann darauf verzichten.' },
        text: 'Menschen mit geringem Einkommen bekommen in der Rechtsantragsstelle einen Beratungsschein, mit dem sie sich fast kostenlos von einer Anwältin oder einem Anwalt beraten lassen können – etwa bei Trennung, Unterhalt, Mietstreit oder Widersprüchen gegen Bescheide. Außerdem nimmt die Stelle Anträge in Familien- und Gewaltschutzsachen auf.',
        en: ['Legal application office and legal advice aid', 'People on low incomes can get a voucher at the legal application office that allows them to consult a lawyer almost free of charge – for example on separation, maintenance, rental disputes or appeals against official decisions. The office also records applications in family matters and protection orders.'],
      },
    ],
  },
  {
    key: 'lingua', name: 'Sprachschule Lingua Lindenau GmbH', legal: 'GmbH, zugelassener Träger für Integrations- und Berufssprachkurse', domain: 'lingua-lindenau.example',
    description: 'Sprachschule mit Integrationskursen, Berufssprachkursen und Deutschkursen für Pflege- und Gesundheitsberufe.',
    sites: [
      { key: 'lingua', name: 'Sprachschule Lingua', area: 'SR02', street: 'Bahnhofstraße', no: '15', address2: '3. Obergeschoss (Aufzug)', access: 'full' },
    ],
    services: [
      {
        key: 'berufssprachkurs', name: 'Berufssprachkurse B2 und C1', terms: ['sprachkurse', 'berufsberatung'], hours: 'MO-FR 08:30-12:45; MO-TH 17:00-20:15', age: [18, null],
        cost: 'fees', fees: 'Für Arbeitsuchende und Menschen im Leistungsbezug kostenfrei; Beschäftigte zahlen nur bei höherem Einkommen einen Eigenanteil je Unterrichtseinheit.',
        text: 'Die Berufssprachkurse bereiten auf Deutsch im Job vor: Telefonate, E-Mails, Besprechungen und Fachsprache. Es gibt allgemeine Kurse auf B2- und C1-Niveau und Spezialkurse für Gesundheitsberufe. Voraussetzung ist in der Regel ein abgeschlossener Integrationskurs; die Zulassung erfolgt über Jobcenter, Arbeitsagentur oder BAMF.',
        en: ['Job-related German courses B2 and C1', 'The job-related language courses prepare you for German at work: phone calls, emails, meetings and technical language. There are general courses at B2 and C1 level and special courses for health professions. Usually you need to have completed an integration course; admission is via the jobcenter, employment agency or BAMF.'],
      },
      {
        key: 'pflegedeutsch', name: 'Deutsch für Pflegekräfte mit Anerkennungsvorbereitung', terms: ['sprachkurse', 'migrationsberatung'], hours: 'MO-TH 08:30-13:00', age: [18, null],
        cost: { option: 'Kursgebühr', amount: 0, description: 'Gefördert über das Anerkennungsprogramm; für Teilnehmende kostenfrei.' },
        text: 'Pflegekräfte mit ausländischem Abschluss lernen Fachsprache für Station, Dokumentation und Übergabe und bereiten sich auf die Kenntnisprüfung vor. Praktika im Klinikum Lindenau und in Pflegeheimen sind Teil des Kurses.',
      },
    ],
  },
  {
    key: 'musikschule', name: 'Musikschule Lindenau', legal: 'Einrichtung der Stadt Lindenau', domain: 'musikschule-lindenau.example', parent: 'stadt',
    description: 'Die städtische Musikschule mit Früherziehung, Instrumental- und Gesangsunterricht und Ensembles.',
    sites: [
      { key: 'ms', name: 'Musikschule Lindenau', area: 'SR01', street: 'Kolk', no: '12', access: 'partial' },
    ],
    services: [
      {
        key: 'frueherziehung', name: 'Musikalische Früherziehung', terms: ['familienbildung', 'bildung-teilhabe'], at: ['ms', 'stadt:stz-sonnenfeld'], hours: 'MO-TH 15:00-17:30', age: [4, 6],
        cost: { option: 'Gebühr monatlich', amount: 38, description: 'Mit Lindenau-Pass 50 % Ermäßigung; der Zuschuss aus Bildung und Teilhabe (15 EUR) wird angerechnet.' },
        text: 'In der musikalischen Früherziehung singen, tanzen und trommeln Kinder zwischen vier und sechs Jahren in kleinen Gruppen, lernen erste Instrumente kennen und entdecken Rhythmus und Melodie. Kurse gibt es in der Musikschule und im Stadtteilzentrum Sonnenfeld.',
      },
      {
        key: 'instrumentenkarussell', name: 'Instrumentenkarussell an Grundschulen', terms: ['bildung-teilhabe'], age: [6, 9],
        cost: { option: 'Gebühr monatlich', amount: 12, description: 'Leihinstrument inklusive; mit Bildung und Teilhabe kostenfrei.' },
        text: 'Im ersten und zweiten Schuljahr probieren Kinder an sechs Grundschulen nacheinander Geige, Trompete, Gitarre, Cello und Schlagzeug aus – direkt nach dem Unterricht in der Schule. Danach kann das Lieblingsinstrument mit Leihinstrument weitergelernt werden. Anmeldung über die Schule.',
      },
    ],
  },
  {
    key: 'tsv', name: 'TSV Lindenau 1862 e.V.', legal: 'eingetragener Verein', year: 1862, domain: 'tsv-lindenau.example',
    description: 'Größter Sportverein der Stadt mit über 4.000 Mitgliedern in 25 Abteilungen, vom Eltern-Kind-Turnen bis zum Rehasport.',
    sites: [
      { key: 'halle', name: 'TSV-Sporthalle am Schlosspark', area: 'SR09', street: 'Parkstraße', no: '40', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'bad', name: 'Hallenbad Südstadt', area: 'SR09', street: 'Schulstraße', no: '8', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'eltern-kind-turnen', name: 'Eltern-Kind-Turnen', terms: ['familienbildung'], at: ['halle'], hours: 'TU,TH 16:00-17:00; SA 09:30-10:30', age: [1, 4],
        cost: { option: 'Mitgliedsbeitrag Kinder monatlich', amount: 9, description: 'Familienbeitrag 22 EUR; Bildung und Teilhabe übernimmt bis zu 15 EUR im Monat.' },
        text: 'Klettern, Rollen, Balancieren, Schaukeln: Beim Eltern-Kind-Turnen erobern Kleinkinder mit Mama, Papa oder Oma eine Bewegungslandschaft aus Matten, Kästen und Ringen. Singspiele zum Anfang und Ende gehören dazu. Zwei Schnupperstunden sind kostenlos.',
        en: ['Parent and child gymnastics', 'Climbing, rolling, balancing, swinging: in parent and child gymnastics toddlers conquer an obstacle course of mats, boxes and rings with mum, dad or grandma. Singing games at the start and end are part of it. Two trial sessions are free.'],
      },
      {
        key: 'seepferdchen', name: 'Schwimmkurs für Kinder (Seepferdchen)', terms: ['familienbildung', 'bildung-teilhabe'], at: ['bad'], hours: 'MO,WE 15:00-15:45; SA 09:00-09:45', age: [5, 8],
        cost: { option: 'Kursgebühr für zehn Termine', amount: 95, description: 'Mit Lindenau-Pass 40 EUR; über Bildung und Teilhabe förderfähig.' },
        wait: 'Wegen großer Nachfrage Warteliste von etwa sechs Monaten; Anmeldung ab dem vierten Geburtstag möglich.',
        status: 'temporarily closed', alert: 'Das Hallenbad Südstadt wird saniert; die Kurse ruhen voraussichtlich bis zu den Sommerferien 2027. Die Warteliste bleibt bestehen.',
        text: 'Im Seepferdchen-Kurs lernen Kinder ab fünf Jahren in kleinen Gruppen sicher schwimmen, springen und tauchen. Nach zehn Terminen legen die meisten die Prüfung für das Schwimmabzeichen ab. Eltern warten auf der Tribüne.',
      },
      {
        key: 'rehasport', name: 'Rehasport und Herzsport', terms: ['senioren'], at: ['halle'], hours: 'MO,WE 10:00-11:00; TH 18:00-19:00', age: [18, null], cost: 'fees',
        fees: 'Mit ärztlicher Verordnung übernimmt die Krankenkasse die Kosten für 50 Übungseinheiten.',
        text: 'In den Rehasport- und Herzsportgruppen trainieren Menschen nach Operationen, mit Arthrose, Rückenleiden oder Herzerkrankungen unter Anleitung von Fachübungsleitern und, beim Herzsport, in Anwesenheit einer Ärztin. Viele bleiben nach der Verordnung als Mitglied dabei.',
      },
      {
        key: 'inklusiv', name: 'Inklusive Sportgruppe', terms: ['eingliederungshilfe', 'nachbarschaft'], at: ['halle'], hours: 'FR 16:30-18:00', age: [8, null],
        cost: { option: 'Mitgliedsbeitrag monatlich', amount: 9 },
        text: 'Menschen mit und ohne Behinderung spielen zusammen Ball, machen Zirkeltraining oder tanzen – jede und jeder so, wie es geht. Die Gruppe wird von einer Übungsleiterin mit Zusatzqualifikation Inklusion geleitet. Begleitpersonen trainieren kostenlos mit.',
      },
    ],
  },
  {
    key: 'sv-sonnenfeld', name: 'SV Sonnenfeld 1921 e.V.', legal: 'eingetragener Verein', year: 1921, domain: 'sv-sonnenfeld.example',
    description: 'Stadtteilsportverein in Sonnenfeld mit Fußball, Boxen und offenen Angeboten für Kinder und Jugendliche.',
    sites: [
      { key: 'platz', name: 'Sportplatz Sonnenfeld', area: 'SR05', street: 'Lerchenstraße', no: '40', access: 'partial' },
    ],
    services: [
      {
        key: 'maedchenfussball', name: 'Mädchenfußball', terms: ['jugendarbeit'], hours: 'TU,TH 16:30-18:00', age: [6, 16],
        cost: { option: 'Mitgliedsbeitrag monatlich', amount: 8, description: 'Mit Bildung und Teilhabe kostenfrei; Schuhe und Trikots aus dem Vereinsfundus.' },
        text: 'Beim SV Sonnenfeld spielen Mädchen in vier Altersgruppen Fußball, betreut von Trainerinnen, die selbst im Verein groß geworden sind. Vorkenntnisse braucht es nicht – einfach zum Training kommen und mitspielen.',
      },
      {
        key: 'integration', name: 'Offenes Training „Integration durch Sport“', terms: ['gefluechtete', 'jugendarbeit'], hours: 'WE 17:00-19:00', age: [12, 27], cost: 'free',
        text: 'Jeden Mittwoch ist offenes Training für alle: Fußball, Volleyball und Fitness. Besonders geflüchtete und neu zugezogene Jugendliche und junge Erwachsene finden hier schnell Anschluss und Mitspieler. Wer dabeibleibt, kann kostenfrei Vereinsmitglied werden.',
      },
      {
        key: 'mitternachtssport', name: 'Mitternachtssport', terms: ['jugendarbeit', 'suchtpraevention'], hours: 'SA 21:00-23:59', age: [14, 25], cost: 'free',
        text: 'Samstagabends öffnet die Halle der Sekundarschule für Basketball, Fußball und Musik – statt an der Tankstelle abzuhängen. Streetworker und Trainer sind dabei, Alkohol und Drogen bleiben draußen. Einfach vorbeikommen.',
      },
    ],
  },
  {
    key: 'nikolai', name: 'Evangelische Kirchengemeinde St. Nikolai Lindenau', legal: 'Körperschaft des öffentlichen Rechts', domain: 'nikolai-lindenau.example', mailbox: 'gemeindebuero',
    description: 'Evangelische Kirchengemeinde in Altstadt und Seeblick mit Familien- und Seniorenarbeit.',
    sites: [
      { key: 'gemeindehaus', name: 'Gemeindehaus St. Nikolai', area: 'SR01', street: 'Kirchgasse', no: '9', access: 'partial' },
      { key: 'seeblick', name: 'Gemeindehaus Seeblick', area: 'SR10', street: 'Alte Dorfstraße', no: '3', access: 'partial' },
    ],
    services: [
      {
        key: 'krabbelgruppe', name: 'Krabbelgruppe im Gemeindehaus', terms: ['familienbildung'], at: ['gemeindehaus', 'seeblick'], hours: 'WE 09:30-11:00', age: [0, 3], cost: 'free',
        text: 'Eltern mit Babys und Kleinkindern treffen sich mittwochs zum Spielen, Singen und Reden. Im Gemeindehaus Seeblick ist die Krabbelgruppe der einzige regelmäßige Treffpunkt für junge Familien im Ortsteil. Alle sind willkommen, unabhängig von Konfession.',
      },
      {
        key: 'seniorenkreis', name: 'Seniorenkreis', terms: ['senioren', 'nachbarschaft'], at: ['gemeindehaus'], hours: 'TH 14:30-16:30', age: [65, null], cost: 'free',
        text: 'Jeden Donnerstag trifft sich der Seniorenkreis bei Kaffee und Kuchen, mit Vorträgen, Singen, Gedächtnisspielen und Ausflügen. Wer nicht mehr gut zu Fuß ist, wird mit dem Gemeindebus abgeholt.',
      },
    ],
  },
  {
    key: 'stmarien', name: 'Katholische Pfarrei St. Marien Lindenau', legal: 'Körperschaft des öffentlichen Rechts', domain: 'stmarien-lindenau.example', mailbox: 'pfarrbuero',
    description: 'Katholische Pfarrei im Lindenhof mit Suppenküche und Besuchsdienst.',
    sites: [
      { key: 'pfarrheim', name: 'Pfarrheim St. Marien', area: 'SR03', street: 'Eschenweg', no: '2', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'suppenkueche', name: 'Suppenküche St. Marien', terms: ['wohnungsnotfallhilfe', 'nachbarschaft'], hours: 'SA,SU 12:00-14:00', cost: 'free',
        text: 'Am Wochenende, wenn viele andere Angebote geschlossen haben, gibt es im Pfarrheim eine warme Mahlzeit für alle, die Hunger haben – ohne Fragen und ohne Nachweis. Ehrenamtliche kochen, servieren und haben Zeit für ein Gespräch.',
        en: ['St. Marien soup kitchen', 'At weekends, when many other services are closed, the parish hall serves a hot meal to anyone who is hungry – no questions asked and no proof required. Volunteers cook, serve and have time for a chat.'],
      },
      {
        key: 'besuchsdienst', name: 'Besuchsdienst für Kranke und Ältere', terms: ['senioren'], age: [65, null], cost: 'free', outdated: true,
        text: 'Ehrenamtliche der Pfarrei besuchen ältere, kranke und einsame Menschen zu Hause, im Krankenhaus oder Pflegeheim – unabhängig von der Konfession. Melden Sie sich im Pfarrbüro, wenn Sie sich Besuch wünschen.',
      },
    ],
  },
  {
    key: 'storchennest', name: 'Hebammenpraxis Storchennest', legal: 'Gemeinschaftspraxis freiberuflicher Hebammen', domain: 'storchennest-lindenau.example', langs: ['en'],
    description: 'Gemeinschaftspraxis von sieben Hebammen mit Vorsorge, Wochenbettbetreuung und Kursen.',
    sites: [
      { key: 'praxis', name: 'Hebammenpraxis Storchennest', area: 'SR02', street: 'Lindenallee', no: '30', access: 'partial' },
    ],
    services: [
      {
        key: 'hebammenhilfe', name: 'Hebammenhilfe in Schwangerschaft und Wochenbett', terms: ['hebammen'], hours: 'MO-FR 09:00-12:00 (telefonische Sprechzeit)', langs: ['tr', 'pl'],
        fees: 'Die Kosten übernimmt die gesetzliche oder private Krankenkasse.', cost: 'free',
        text: 'Unsere Hebammen begleiten Sie von der Schwangerschaftsvorsorge über die Geburtsvorbereitung bis zu den Hausbesuchen im Wochenbett und der Stillzeit. Melden Sie sich am besten schon in den ersten Schwangerschaftswochen, denn die Wochenbettplätze sind schnell vergeben.',
        en: ['Midwife care in pregnancy and after birth', 'Our midwives accompany you from antenatal check-ups and birth preparation to home visits after the birth and during breastfeeding. Please contact us early in your pregnancy, as places for postnatal care fill up quickly.'],
      },
      {
        key: 'rueckbildung', name: 'Rückbildungsgymnastik', terms: ['hebammen'], hours: 'TU 18:00-19:00; TH 10:00-11:00 (mit Baby)', cost: 'free',
        fees: 'Die Krankenkasse übernimmt die Kosten, wenn der Kurs bis zum Ende des neunten Monats nach der Geburt abgeschlossen ist.',
        text: 'Acht bis zwölf Wochen nach der Geburt beginnt die Rückbildungsgymnastik: Beckenboden, Bauch und Rücken werden gestärkt, und Mütter kommen miteinander ins Gespräch. Im Vormittagskurs können Babys mitkommen.',
      },
      {
        key: 'sprechstunde', name: 'Hebammensprechstunde für Frauen ohne Hebamme', terms: ['hebammen', 'fruehe-hilfen'], hours: 'WE 14:00-16:00', cost: 'free', langs: ['ar'],
        text: 'Nicht jede Frau findet eine Hebamme für das Wochenbett. In der offenen Sprechstunde bekommen Schwangere und junge Mütter ohne eigene Hebamme Beratung, Gewichtskontrolle des Babys und Stillhilfe – ohne Termin.',
        en: ['Midwife drop-in for women without a midwife', 'Not every woman finds a midwife for the postnatal period. At the drop-in, pregnant women and new mothers without their own midwife get advice, the baby’s weight is checked and breastfeeding support is given – no appointment needed.'],
      },
    ],
  },
  {
    key: 'geburtshaus', name: 'Geburtshaus Lindenau e.V.', legal: 'eingetragener Verein', year: 1997, domain: 'geburtshaus-lindenau.example',
    description: 'Von Hebammen geleitete Einrichtung für außerklinische Geburten.',
    sites: [
      { key: 'gh', name: 'Geburtshaus Lindenau', area: 'SR10', street: 'Am Anger', no: '4', access: 'full' },
    ],
    services: [
      {
        key: 'geburt', name: 'Geburt im Geburtshaus', terms: ['hebammen'], age: [null, null],
        cost: { option: 'Rufbereitschaftspauschale', amount: 450, description: 'Viele Krankenkassen erstatten einen Teil der Pauschale; die Geburt selbst rechnen wir mit der Kasse ab.' },
        text: 'Im Geburtshaus bringen Frauen mit gesunder Schwangerschaft ihre Kinder in familiärer Atmosphäre zur Welt, begleitet von einer Hebamme, die sie schon aus der Vorsorge kennen. Ein Vorgespräch klärt, ob eine Geburt hier für Sie in Frage kommt. Das Klinikum ist in zehn Minuten erreichbar.',
      },
      {
        key: 'infoabend', name: 'Infoabend Geburtshaus', terms: ['hebammen'], hours: 'MO 19:00-20:30 (jeden ersten Montag im Monat)', cost: 'free',
        text: 'Am Infoabend lernen werdende Eltern das Team und die Räume kennen und erfahren, wie Vorsorge, Geburt und Wochenbett im Geburtshaus ablaufen. Eine Anmeldung ist nicht nötig.',
      },
    ],
  },
  {
    key: 'hebammenkreis', name: 'Hebammenkreis Lindenau e.V.', legal: 'eingetragener Verein', domain: 'hebammen-lindenau.example',
    description: 'Zusammenschluss der freiberuflichen Hebammen in Lindenau; betreibt die Hebammenzentrale.',
    sites: [],
    services: [
      {
        key: 'zentrale', name: 'Hebammenzentrale: Vermittlung von Hebammen', mode: 'phone', terms: ['hebammen'], hours: 'MO-FR 09:00-13:00', cost: 'free', url: '/hebammensuche',
        text: 'Sie sind schwanger und suchen eine Hebamme? Die Hebammenzentrale kennt die freien Kapazitäten aller Hebammen in Lindenau und vermittelt Vorsorge, Wochenbettbetreuung und Kurse. Rufen Sie an oder tragen Sie sich online in die Suche ein – am besten gleich, wenn Sie von der Schwangerschaft wissen.',
        en: ['Midwife referral service', 'Are you pregnant and looking for a midwife? The midwife referral service knows the availability of all midwives in Lindenau and arranges antenatal care, postnatal care and courses. Call or register online – ideally as soon as you know you are pregnant.'],
        tr: ['Ebe Merkezi: Ebe bulma hizmeti', 'Hamile misiniz ve bir ebe mi arıyorsunuz? Ebe Merkezi Lindenau’daki tüm ebelerin boş kapasitesini bilir ve gebelik takibi, lohusalık bakımı ve kurslara yönlendirir. Arayın ya da çevrim içi kaydolun; en iyisi hamile olduğunuzu öğrenir öğrenmez.'],
        ar: ['مركز القابلات: التوسط لإيجاد قابلة', 'هل أنتِ حامل وتبحثين عن قابلة؟ يعرف مركز القابلات الأماكن المتاحة لدى جميع القابلات في ليندناو ويتوسط لمتابعة الحمل ورعاية ما بعد الولادة والدورات. اتصلي بنا أو سجّلي عبر الإنترنت، ويفضّل ذلك فور معرفتك بالحمل.'],
        uk: ['Центр акушерок: пошук акушерки', 'Ви вагітні й шукаєте акушерку? Центр акушерок знає вільні місця в усіх акушерок Лінденау та допомагає з веденням вагітності, післяпологовим доглядом і курсами. Телефонуйте або зареєструйтеся онлайн — найкраще одразу, щойно дізналися про вагітність.'],
      },
    ],
  },
  {
    key: 'klinikum', name: 'Klinikum Lindenau gGmbH', en: 'Lindenau Hospital', legal: 'gemeinnützige GmbH im Eigentum der Stadt Lindenau', domain: 'klinikum-lindenau.example',
    description: 'Krankenhaus der Schwerpunktversorgung mit Geburtsklinik, Kinderklinik, Sozialpädiatrischem Zentrum und Kinder- und Jugendpsychiatrie.',
    sites: [
      { key: 'klinikum', name: 'Klinikum Lindenau', en: 'Lindenau Hospital', area: 'SR09', street: 'Parkstraße', no: '11', access: 'full', extras: ['barrierefreies-wc', 'induktionsschleife'] },
    ],
    services: [
      {
        key: 'spz', name: 'Sozialpädiatrisches Zentrum (SPZ)', terms: ['fruehfoerderung', 'eingliederungshilfe'], hours: 'MO-FR 08:00-16:00', age: [0, 18], cost: 'fees',
        fees: 'Abrechnung über die Krankenkasse; Überweisung durch Kinderärztin oder Kinderarzt erforderlich.',
        wait: 'Wartezeit für einen Ersttermin derzeit etwa vier Monate.',
        text: 'Im SPZ untersuchen und behandeln Kinderärztinnen, Psychologen und Therapeutinnen Kinder mit Entwicklungsstörungen, Epilepsie, Behinderungen oder chronischen neurologischen Erkrankungen. Nach der Diagnostik erstellen wir einen Behandlungsplan und stimmen uns mit Frühförderstelle, Kita und Schule ab.',
        en: ['Social paediatric centre (SPZ)', 'At the social paediatric centre paediatricians, psychologists and therapists examine and treat children with developmental disorders, epilepsy, disabilities or chronic neurological conditions. After diagnosis we draw up a treatment plan and coordinate with early intervention, day care and school.'],
      },
      {
        key: 'schreiambulanz', name: 'Schreibaby-Ambulanz', terms: ['fruehe-hilfen', 'erziehungsberatung'], hours: 'TU,TH 09:00-13:00', age: [0, 3], cost: 'free',
        text: 'Wenn ein Baby viel schreit, schlecht schläft oder nicht trinken mag, geraten Eltern schnell an ihre Grenzen. In der Schreibaby-Ambulanz untersuchen eine Kinderärztin und eine Eltern-Säuglings-Beraterin das Kind, beobachten die Situation mit den Eltern und entwickeln gemeinsam Wege zur Beruhigung. Niemand muss sich schämen, hier Hilfe zu suchen.',
        en: ['Clinic for excessively crying babies', 'When a baby cries a lot, sleeps badly or won’t feed, parents quickly reach their limits. At the clinic a paediatrician and an infant counsellor examine the baby, observe the situation with the parents and develop ways to calm the baby together. Nobody needs to feel ashamed to seek help here.'],
      },
      {
        key: 'babylotsen', name: 'Babylotsen in der Geburtsklinik', terms: ['fruehe-hilfen'], hours: 'MO-FR 08:00-16:00', age: [0, 1], cost: 'free', langs: ['en', 'tr', 'ar'],
        text: 'Die Babylotsinnen sprechen mit allen Familien, die im Klinikum ein Kind bekommen, und fragen, ob zu Hause alles gut vorbereitet ist. Wer sich Unterstützung wünscht – bei Geldsorgen, fehlender Hebamme, Einsamkeit oder einem kranken Baby –, bekommt noch vor der Entlassung den Kontakt zu passenden Hilfen.',
        en: ['Baby guides at the maternity clinic', 'The baby guides talk to all families who have a baby at the hospital and ask whether everything is ready at home. Anyone who would like support – with money worries, no midwife, loneliness or a sick baby – is put in touch with the right help before leaving hospital.'],
      },
      {
        key: 'elternschule', name: 'Kreißsaalführung und Elternschule', terms: ['hebammen'], hours: 'TH 18:00-19:30 (Kreißsaalführung)', cost: 'free',
        text: 'Jeden Donnerstagabend zeigen Hebammen werdenden Eltern Kreißsäle und Wochenstation und beantworten Fragen zu Anmeldung, Schmerzlinderung und Familienzimmer. Die Elternschule bietet außerdem Kurse zu Säuglingspflege, Stillen und Erster Hilfe an.',
      },
      {
        key: 'nachsorge', name: 'Sozialmedizinische Nachsorge für Frühgeborene und schwerkranke Kinder', terms: ['fruehfoerderung', 'fruehe-hilfen'], hours: 'MO-FR 08:00-15:00', age: [0, 13],
        cost: 'free', fees: 'Die Krankenkasse übernimmt die Kosten auf ärztliche Verordnung.',
        text: 'Nach der Entlassung eines zu früh geborenen oder schwer kranken Kindes fühlen sich viele Familien mit Medikamenten, Geräten und Terminen allein gelassen. Kinderkrankenpflegerinnen und Sozialpädagoginnen des Nachsorgeteams besuchen die Familie zu Hause, koordinieren Ärzte, Therapien und Hilfsmittel und zeigen Wege zu Frühförderung und Entlastung.',
        en: ['Aftercare for premature and seriously ill children', 'After a premature or seriously ill child is discharged, many families feel left alone with medication, equipment and appointments. Paediatric nurses and social workers of the aftercare team visit the family at home, coordinate doctors, therapies and aids and show the way to early intervention and respite.'],
      },
      {
        key: 'gewaltschutzambulanz', name: 'Gewaltschutzambulanz: vertrauliche Spurensicherung', terms: ['opferhilfe', 'haeusliche-gewalt'], hours: 'MO-FR 08:00-16:00', cost: 'free',
        extraPhones: [{ description: 'Außerhalb der Sprechzeiten über die Notaufnahme, rund um die Uhr' }],
        text: 'In der Gewaltschutzambulanz werden Verletzungen nach häuslicher oder sexualisierter Gewalt rechtsmedizinisch dokumentiert und Spuren gesichert – vertraulich und ohne dass eine Anzeige erstattet werden muss. Die Befunde werden sicher aufbewahrt und können später vor Gericht verwendet werden. Eine Beraterin vermittelt auf Wunsch zu Frauenberatung, Opferhilfe oder Kinderschutz.',
        en: ['Forensic examination service for victims of violence', 'At the forensic examination service injuries after domestic or sexual violence are documented and evidence is collected – confidentially and without having to report to the police. The findings are kept securely and can be used in court later. On request an adviser refers you to women’s counselling, victim support or child protection.'],
      },
      {
        key: 'kjp-ambulanz', name: 'Kinder- und Jugendpsychiatrische Institutsambulanz', terms: ['psychische-gesundheit', 'krisendienst'], hours: 'MO-FR 08:00-16:30', age: [0, 17], cost: 'fees',
        fees: 'Abrechnung über die Krankenkasse.', extraPhones: [{ description: 'Kinder- und jugendpsychiatrischer Notdienst, rund um die Uhr über die Pforte' }],
        text: 'Die Institutsambulanz behandelt Kinder und Jugendliche mit schweren psychischen Erkrankungen wie Depression, Essstörung, Psychose oder nach Suizidversuch. Für akute Krisen gibt es werktags eine Notfallsprechstunde; nachts und am Wochenende ist der kinder- und jugendpsychiatrische Dienst über die Pforte erreichbar.',
      },
    ],
  },
  {
    key: 'vdk', name: 'Sozialverband VdK, Ortsverband Lindenau', legal: 'Ortsverband eines eingetragenen Vereins', domain: 'vdk-lindenau.example',
    description: 'Sozialverband mit Sozialrechtsberatung und Vertretung vor Sozialgerichten für Mitglieder.',
    sites: [
      { key: 'vdk', name: 'VdK-Beratungsstelle', area: 'SR08', street: 'Lichtungsweg', no: '6', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'sozialrecht', name: 'Sozialrechtsberatung: Rente, Pflege, Schwerbehinderung', terms: ['sozialleistungen', 'pflegeberatung'], hours: 'MO,WE 09:00-12:00',
        cost: { option: 'Mitgliedsbeitrag monatlich', amount: 8, description: 'Beratung und Vertretung im Widerspruchs- und Klageverfahren für Mitglieder ohne weitere Kosten.' },
        text: 'Der Pflegegrad zu niedrig, die Erwerbsminderungsrente abgelehnt, der Grad der Behinderung zu gering eingestuft? Die Juristinnen des Sozialverbands prüfen Bescheide, legen Widerspruch ein und vertreten Mitglieder bis vor das Sozialgericht. Termine nach Vereinbarung, offene Sprechstunde montags und mittwochs.',
      },
    ],
  },
  {
    key: 'computerclub', name: 'Senioren-Computer-Club Lindenau e.V.', legal: 'eingetragener Verein', domain: 'scc-lindenau.example',
    description: 'Ältere Menschen helfen älteren Menschen, sich in der digitalen Welt zurechtzufinden.',
    sites: [],
    services: [
      {
        key: 'kurse', name: 'Computer- und Smartphonekurse für Ältere', terms: ['senioren'], at: ['awo:begegnung'], hours: 'TU,TH 10:00-12:00', age: [60, null],
        cost: { option: 'Kursgebühr', amount: 15, description: 'Vier Termine; für Mitglieder 5 EUR.' },
        text: 'In kleinen Gruppen lernen ältere Menschen von Gleichaltrigen, wie sie Fotos verschicken, Videotelefonate mit den Enkeln führen, online Termine buchen und sich vor Betrug im Internet schützen. Eigene Geräte dürfen mitgebracht werden; Leihtablets sind vorhanden.',
      },
    ],
  },
  {
    key: 'buergerstiftung', name: 'Bürgerstiftung Lindenau', legal: 'rechtsfähige Stiftung bürgerlichen Rechts', year: 2005, domain: 'buergerstiftung-lindenau.example',
    description: 'Stiftung von Bürgerinnen und Bürgern für Bildung und Teilhabe von Kindern in Lindenau.',
    sites: [],
    services: [
      {
        key: 'kinderfonds', name: 'Kinderfonds: Zuschüsse für Klassenfahrt, Ferien und Hobbys', terms: ['bildung-teilhabe'], mode: 'online', url: '/kinderfonds', email: 'kinderfonds', age: [0, 18], cost: 'free',
        text: 'Wenn Bildung und Teilhabe nicht greift oder nicht reicht, hilft der Kinderfonds unbürokratisch: bei der Klassenfahrt, dem Fahrrad für den Schulweg, dem Instrument oder der Ferienfreizeit. Den Antrag stellen Kita, Schule, Jugendhilfe oder Beratungsstelle gemeinsam mit der Familie über das Online-Formular; die Entscheidung fällt meist innerhalb einer Woche.',
        en: ['Children’s fund: grants for school trips, holidays and hobbies', 'Where education and participation benefits do not apply or are not enough, the children’s fund helps without red tape: with a school trip, a bicycle for the way to school, an instrument or a holiday camp. The day-care centre, school, youth service or counselling centre applies together with the family using the online form; decisions are usually made within a week.'],
      },
    ],
  },
  {
    key: 'garten', name: 'Interkultureller Garten Sonnenfeld e.V.', legal: 'eingetragener Verein', year: 2015, domain: 'garten-sonnenfeld.example',
    description: 'Gemeinschaftsgarten, in dem Menschen aus über 20 Ländern gärtnern, kochen und feiern.',
    sites: [
      { key: 'garten', name: 'Interkultureller Garten', area: 'SR05', street: 'Sonnenring', no: '40', access: 'partial', accessNote: 'Ebener Kiesweg durch den Garten, zwei Hochbeete in Rollstuhlhöhe; Toilette im Nachbarschaftshaus nebenan, nicht barrierefrei.' },
    ],
    services: [
      {
        key: 'garten', name: 'Gemeinsam gärtnern im Interkulturellen Garten', terms: ['nachbarschaft', 'gefluechtete'], hours: 'WE 15:00-19:00; SA 10:00-14:00 (April bis Oktober)', cost: 'free',
        langs: ['ar', 'fa', 'tr', 'uk'],
        text: 'Im Interkulturellen Garten bewirtschaften Familien aus Sonnenfeld eigene Beete und einen großen Gemeinschaftsacker. Mittwochs und samstags ist der Garten für alle offen: zum Mithelfen, Lernen und gemeinsamen Kochen am Lehmofen. Kinder haben ein eigenes Beet und einen Matschbereich.',
      },
    ],
  },
];

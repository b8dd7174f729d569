// Specialised counselling: debt, violence and protection, addiction, mental health, migration,
// disability and care. Invented associations with names typical for German towns.
import type { OrgDef } from '../model.ts';
import { ALWAYS } from '../schedule.ts';

export const COUNSELLING_ORGS: OrgDef[] = [
  {
    key: 'vsb', name: 'Verbraucher- und Schuldnerberatung Lindenau e.V.', en: 'Lindenau Consumer and Debt Advice', legal: 'eingetragener Verein', year: 1987,
    domain: 'vsb-lindenau.example',
    description: 'Unabhängige, als geeignete Stelle nach der Insolvenzordnung anerkannte Schuldnerberatung mit Energieschulden- und Budgetberatung.',
    sites: [
      { key: 'vsb', name: 'Verbraucher- und Schuldnerberatung', area: 'SR01', street: 'Marktstraße', no: '22', address2: 'Hinterhaus, Erdgeschoss', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'schuldnerberatung', name: 'Schuldnerberatung und Verbraucherinsolvenz', terms: ['schuldnerberatung'], hours: 'MO 13:00-17:00; TU-TH 09:00-12:00', langs: ['en', 'ru', 'ar'],
        wait: 'Erstgespräch innerhalb von drei Wochen; Krisenintervention bei Pfändung oder Sperre am selben Tag.',
        text: 'Inkasso-Briefe, Mahnbescheide, eine gekündigte Wohnung oder ein gepfändetes Konto: Wir helfen Privatpersonen, die ihre Schulden nicht mehr allein in den Griff bekommen. Nach einer Bestandsaufnahme entwickeln wir einen realistischen Plan, verhandeln Vergleiche und Ratenzahlungen und bereiten, wenn nötig, den Antrag auf Restschuldbefreiung vor. Ehemals Selbstständige beraten wir ebenfalls.',
        en: ['Debt advice and consumer insolvency', 'Collection letters, payment orders, a terminated tenancy or a garnished bank account: we help private individuals who can no longer manage their debts alone. After taking stock we develop a realistic plan, negotiate settlements and instalments and, if necessary, prepare the application for discharge of residual debt. We also advise former self-employed people.'],
      },
      {
        key: 'energieschulden', name: 'Energieschuldenberatung: Strom- und Gassperren abwenden', terms: ['schuldnerberatung'], hours: 'MO-TH 09:00-12:00',
        text: 'Eine Sperre durch den Energieversorger ist angekündigt oder der Strom schon abgestellt? Rufen Sie uns sofort an. Wir prüfen die Forderung, verhandeln mit den Stadtwerken über Ratenzahlung und helfen bei Anträgen auf Übernahme der Schulden durch Jobcenter oder Sozialamt. Außerdem zeigen wir, wie sich Strom- und Heizkosten dauerhaft senken lassen.',
        en: ['Energy debt advice: preventing power and gas cut-offs', 'Has your energy supplier announced a cut-off or is the power already off? Call us immediately. We check the claim, negotiate instalments with the utility company and help apply for the jobcenter or social welfare office to cover the debt. We also show how to reduce electricity and heating costs permanently.'],
      },
      {
        key: 'p-konto', name: 'P-Konto-Bescheinigung und Pfändungsschutz', terms: ['schuldnerberatung'], hours: 'TH 14:00-16:00 (offene Sprechstunde ohne Termin)',
        text: 'Auf einem Pfändungsschutzkonto ist ein Grundfreibetrag automatisch geschützt; für Kinder, Unterhaltspflichten und Kindergeld gibt es höhere Freibeträge – aber nur mit Bescheinigung. Diese Bescheinigung stellen wir in der offenen Sprechstunde kostenlos aus. Bitte bringen Sie Ihre aktuellen Leistungsbescheide oder die Geburtsurkunden der Kinder mit.',
      },
      {
        key: 'budgetberatung', name: 'Budgetberatung: Haushaltsplan für Familien', terms: ['schuldnerberatung'], outdated: true,
        text: 'Am Ende des Geldes ist noch so viel Monat übrig? In zwei bis drei Terminen schauen wir gemeinsam auf Einnahmen, feste Kosten und Ausgaben, finden teure Verträge und stellen einen Haushaltsplan auf, der zum Alltag der Familie passt. Die Budgetberatung hilft, bevor Schulden entstehen. Termine nach Vereinbarung.',
      },
      {
        key: 'online', name: 'Online-Schuldnerberatung', mode: 'online', url: 'https://beratung.vsb-lindenau.example', email: 'online', terms: ['schuldnerberatung'], noPhone: true,
        text: 'Über unser verschlüsseltes Beratungsportal können Sie uns Ihre Fragen zu Schulden, Pfändung und Inkasso zu jeder Tageszeit schreiben und Unterlagen hochladen. Eine Schuldnerberaterin antwortet innerhalb von drei Werktagen. Für eine umfassende Entschuldung laden wir Sie anschließend zu einem persönlichen Gespräch oder einer Videoberatung ein.',
        en: ['Online debt advice', 'Through our encrypted counselling portal you can send us questions about debts, garnishment and debt collection at any time of day and upload documents. A debt adviser replies within three working days. For a complete debt settlement we then invite you to a personal meeting or a video consultation.'],
      },
    ],
  },
  {
    key: 'fhf', name: 'Frauen helfen Frauen Lindenau e.V.', en: 'Women Help Women Lindenau', legal: 'eingetragener Verein', year: 1981, domain: 'fhf-lindenau.example',
    description: 'Träger des Frauenhauses Lindenau und der Frauenberatungsstelle. Schutz, Beratung und Begleitung für Frauen und ihre Kinder, die von häuslicher Gewalt betroffen sind.',
    enDescription: 'Runs the Lindenau women’s shelter and women’s counselling centre: protection, counselling and support for women and their children affected by domestic violence.',
    sites: [
      { key: 'beratung', name: 'Frauenberatungsstelle', en: 'Women’s counselling centre', area: 'SR09', street: 'Viktoriastraße', no: '8', access: 'partial' },
      // The shelter's address is secret: confidential, so no public output shows its address or coordinates.
      { key: 'frauenhaus', name: 'Frauenhaus Lindenau', en: 'Lindenau women’s shelter', area: 'SR08', street: 'Jagdweg', no: '9', access: 'full', confidential: true },
    ],
    services: [
      {
        key: 'frauenhaus', name: 'Frauenhaus Lindenau: Aufnahme rund um die Uhr', alt: 'Frauenhaus-Notruf', at: ['frauenhaus'], terms: ['frauenhaus', 'haeusliche-gewalt'], hours: ALWAYS,
        langs: ['en', 'tr', 'ar', 'ru'], interpretation: 'Telefondolmetscherinnen für weitere Sprachen werden hinzugezogen.',
        text: 'Das Frauenhaus bietet Frauen, die von ihrem Partner oder ihrer Familie bedroht oder misshandelt werden, und ihren Kindern eine sichere Unterkunft an einem geheimen Ort. Unter dieser Nummer erreichen Sie Tag und Nacht eine Mitarbeiterin, die mit Ihnen bespricht, wie Sie sicher ins Frauenhaus kommen. Ist in Lindenau kein Platz frei, vermitteln wir in ein anderes Frauenhaus. Sie brauchen kein Geld und keine Papiere, um aufgenommen zu werden.',
        en: ['Lindenau women’s shelter: admission around the clock', 'The women’s shelter offers women who are threatened or abused by their partner or family, and their children, safe accommodation at a secret address. At this number you can reach a member of staff day and night who will discuss with you how to get to the shelter safely. If there is no place free in Lindenau, we find one in another shelter. You do not need money or documents to be admitted.'],
        tr: ['Lindenau Kadın Sığınma Evi: Günün her saati kabul', 'Kadın Sığınma Evi, eşi ya da ailesi tarafından tehdit edilen veya şiddete uğrayan kadınlara ve çocuklarına gizli bir adreste güvenli barınma sunar. Bu numaradan gece gündüz bir çalışana ulaşabilir, sığınma evine nasıl güvenle gelebileceğinizi konuşabilirsiniz. Lindenau’da boş yer yoksa sizi başka bir sığınma evine yönlendiririz. Kabul edilmek için paraya ya da belgeye ihtiyacınız yoktur.'],
        ar: ['بيت حماية النساء في ليندناو: الاستقبال على مدار الساعة', 'يوفّر بيت حماية النساء للنساء اللواتي يتعرضن للتهديد أو الإساءة من الشريك أو العائلة، ولأطفالهن، سكناً آمناً في عنوان سري. على هذا الرقم تصلين ليلاً ونهاراً إلى موظفة تناقش معك كيف تصلين بأمان إلى البيت. وإذا لم يكن هناك مكان شاغر في ليندناو نجد لك مكاناً في بيت حماية آخر. لا تحتاجين إلى مال أو أوراق لكي يتم استقبالك.'],
        uk: ['Жіночий притулок Лінденау: прийом цілодобово', 'Жіночий притулок надає жінкам, яким погрожує або яких кривдить партнер чи родина, та їхнім дітям безпечне житло за таємною адресою. За цим номером удень і вночі ви зв’яжетеся з працівницею, яка обговорить, як безпечно дістатися притулку. Якщо в Лінденау немає вільного місця, ми знайдемо його в іншому притулку. Для прийому не потрібні ні гроші, ні документи.'],
      },
      {
        key: 'kinder-frauenhaus', name: 'Unterstützung für Kinder im Frauenhaus', at: ['frauenhaus'], terms: ['frauenhaus', 'kinderschutz'], hours: 'MO-FR 09:00-16:00', age: [0, 17],
        text: 'Kinder, die mit ihren Müttern ins Frauenhaus kommen, haben oft selbst Gewalt erlebt oder miterlebt. Eine Erzieherin und eine Kinderpsychologin begleiten sie im Frauenhaus, helfen beim Wechsel in Kita und Schule und unterstützen die Mütter in Fragen von Umgang und Sorgerecht. Die Adresse des Frauenhauses bleibt geheim; Kontakt über diese Nummer.',
        en: ['Support for children in the women’s shelter', 'Children who come to the shelter with their mothers have often experienced or witnessed violence themselves. An educator and a child psychologist support them in the shelter, help with changing day-care centre or school and advise mothers on contact and custody. The shelter’s address stays secret; contact us on this number.'],
      },
      {
        key: 'beratungsstelle', name: 'Frauenberatungsstelle bei häuslicher Gewalt', terms: ['haeusliche-gewalt'], at: ['beratung'], hours: 'MO,WE 09:00-13:00; TU,TH 13:00-17:00',
        langs: ['en', 'tr'],
        text: 'Nicht jede Frau, die Gewalt erlebt, will oder muss ins Frauenhaus. In der Beratungsstelle klären wir gemeinsam, was Sie schützen kann: eine Gewaltschutzanordnung, die Wohnungszuweisung, ein Sicherheitsplan für Sie und Ihre Kinder. Wir begleiten zu Polizei, Gericht und Jugendamt. Die Beratung ist vertraulich und auf Wunsch anonym.',
        en: ['Women’s counselling centre on domestic violence', 'Not every woman experiencing violence wants or needs to go to a shelter. At the counselling centre we work out together what can protect you: a protection order, being granted the flat, a safety plan for you and your children. We accompany you to the police, court and youth welfare office. Counselling is confidential and anonymous if you wish.'],
      },
      {
        key: 'proaktiv', name: 'Proaktive Beratung nach einem Polizeieinsatz', terms: ['haeusliche-gewalt', 'opferhilfe'], at: ['beratung'], hours: 'MO-FR 09:00-16:00',
        text: 'Wenn die Polizei wegen häuslicher Gewalt im Einsatz war und Sie zugestimmt haben, meldet sich eine Beraterin innerhalb von drei Tagen bei Ihnen. Sie informiert über Wegweisung, Gewaltschutzgesetz und Unterstützung für die Kinder und bespricht die nächsten Schritte. Sie entscheiden, ob und wie es weitergeht.',
      },
      {
        key: 'schutzwohnungen', name: 'Schutzwohnungen und Wohnen nach dem Frauenhaus', terms: ['frauenhaus', 'wohnungsnotfallhilfe'], at: ['beratung'],
        text: 'Nach dem Aufenthalt im Frauenhaus ist der Weg in eine eigene Wohnung oft lang. In unseren Übergangswohnungen leben Frauen mit ihren Kindern eigenständig und werden weiter begleitet – bei Wohnungssuche, Jobcenter, Schule und Umgangsregelungen. Die Vergabe erfolgt über die Beratungsstelle.',
      },
      {
        key: 'online', name: 'Online-Beratung bei Gewalt in der Beziehung', mode: 'online', url: '/onlineberatung', email: 'onlineberatung', terms: ['haeusliche-gewalt'], noPhone: true, langs: ['en'],
        text: 'Wer nicht telefonieren kann, ohne gehört zu werden, kann uns über die verschlüsselte Online-Beratung schreiben. Die Nachrichten werden nicht per E-Mail verschickt, sondern bleiben im geschützten Postfach; Sie brauchen nur einen selbst gewählten Namen und ein Passwort. Wir antworten innerhalb von zwei Werktagen.',
        en: ['Online counselling on violence in relationships', 'If you cannot make a phone call without being overheard, you can write to us through the encrypted online counselling service. Messages are not sent by email but stay in the protected mailbox; you only need a name of your choice and a password. We reply within two working days.'],
      },
    ],
  },
  {
    key: 'lichtblick', name: 'Lichtblick e.V. – Fachberatungsstelle gegen sexualisierte Gewalt', en: 'Lichtblick – specialist counselling against sexual violence', legal: 'eingetragener Verein', year: 1992,
    domain: 'lichtblick-lindenau.example',
    description: 'Beratung für Mädchen, Jungen, Frauen und ihre Bezugspersonen bei sexualisierter Gewalt; Präventionsarbeit in Kitas und Schulen.',
    sites: [
      { key: 'lichtblick', name: 'Lichtblick Beratungsstelle', area: 'SR03', street: 'Kastanienallee', no: '12', access: 'partial' },
    ],
    services: [
      {
        key: 'fachberatung', name: 'Fachberatung bei sexualisierter Gewalt', terms: ['opferhilfe', 'kinderschutz'], hours: 'MO,TU,TH 10:00-16:00; WE 14:00-18:00',
        text: 'Wir beraten Kinder, Jugendliche und Frauen, die sexualisierte Gewalt erlebt haben – egal ob es gestern war oder vor vielen Jahren. Auch Eltern und Fachkräfte, die einen Verdacht haben, bekommen hier Rat, wie sie behutsam vorgehen können. Sie bestimmen, worüber gesprochen wird; eine Anzeige ist keine Voraussetzung.',
        en: ['Specialist counselling on sexual violence', 'We counsel children, young people and women who have experienced sexual violence – whether it happened yesterday or many years ago. Parents and professionals who have a suspicion also get advice on how to proceed carefully. You decide what is talked about; reporting to the police is not a requirement.'],
      },
      {
        key: 'notruf', name: 'Frauennotruf bei Vergewaltigung', mode: 'phone', terms: ['opferhilfe', 'krisendienst'], hours: 'MO-FR 10:00-22:00; SA,SU 14:00-22:00',
        text: 'Nach einer Vergewaltigung oder einem sexuellen Übergriff sind viele Frauen wie betäubt und wissen nicht, was sie tun sollen. Am Notruf erklären erfahrene Beraterinnen, wie eine vertrauliche Spurensicherung im Klinikum möglich ist, auch ohne Anzeige, und was in den nächsten Tagen hilft. Sie können anonym anrufen.',
        en: ['Rape crisis line for women', 'After a rape or sexual assault many women feel numb and do not know what to do. On the crisis line experienced counsellors explain how confidential forensic evidence can be collected at the hospital, even without reporting to the police, and what helps in the following days. You can call anonymously.'],
      },
      {
        key: 'praevention', name: 'Prävention in Kitas und Schulen', terms: ['kinderschutz'], age: [3, 14], outdated: true,
        text: 'Mit Theaterstücken, Bilderbüchern und Übungen stärken wir Kinder darin, Gefühle zu benennen, Nein zu sagen und sich Hilfe zu holen. Für Kitas und Schulen entwickeln wir gemeinsam mit dem Team Schutzkonzepte und bieten Elternabende an. Anfragen von Einrichtungen nehmen wir telefonisch entgegen.',
      },
    ],
  },
  {
    key: 'opferhilfe', name: 'Opferhilfe Lindenau e.V.', en: 'Lindenau Victim Support', legal: 'eingetragener Verein', domain: 'opferhilfe-lindenau.example',
    description: 'Beratung und Begleitung für Menschen, die Opfer einer Straftat geworden sind, und ihre Angehörigen.',
    sites: [
      { key: 'opferhilfe', name: 'Opferhilfe Lindenau', area: 'SR01', street: 'Schlossstraße', no: '20', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'beratung', name: 'Beratung für Betroffene von Straftaten', terms: ['opferhilfe'], hours: 'MO-TH 09:00-15:00', langs: ['en', 'pl'],
        text: 'Ein Einbruch, ein Überfall, Stalking oder ein Angriff auf der Straße können lange nachwirken. Wir hören zu, erklären Ihre Rechte im Strafverfahren, helfen bei Anträgen nach dem Sozialen Entschädigungsrecht und vermitteln psychologische Unterstützung. Sie müssen keine Anzeige erstattet haben, um zu uns zu kommen.',
        en: ['Counselling for victims of crime', 'A burglary, a robbery, stalking or an attack in the street can have a long-lasting impact. We listen, explain your rights in criminal proceedings, help with applications for victim compensation and arrange psychological support. You do not need to have reported the crime to come to us.'],
      },
      {
        key: 'prozessbegleitung', name: 'Psychosoziale Prozessbegleitung', terms: ['opferhilfe'], age: [null, null],
        text: 'Für Kinder und Jugendliche, die Opfer schwerer Gewalt- oder Sexualstraftaten wurden, und für besonders belastete Erwachsene gibt es einen Anspruch auf kostenlose psychosoziale Prozessbegleitung. Die Begleiterin erklärt den Ablauf, geht mit zu Vernehmungen und Verhandlung und ist Ansprechpartnerin vom Ermittlungsverfahren bis zum Urteil. Termine nach Vereinbarung.',
      },
    ],
  },
  {
    key: 'maennerberatung', name: 'Männerberatung Lindenau e.V.', en: 'Lindenau Men’s Counselling', legal: 'eingetragener Verein', domain: 'maennerberatung-lindenau.example',
    description: 'Beratung für Jungen und Männer in Krisen und Täterarbeit bei häuslicher Gewalt.',
    sites: [
      { key: 'mb', name: 'Männerberatung Lindenau', area: 'SR06', street: 'Brauhausstraße', no: '4', access: 'partial' },
    ],
    services: [
      {
        key: 'taeterarbeit', name: 'Täterarbeit: Trainingskurs gegen häusliche Gewalt', terms: ['haeusliche-gewalt'], hours: 'MO 18:00-20:00 (Gruppe, 26 Termine)', age: [18, null],
        cost: { option: 'Kostenbeitrag', amount: 150, description: 'Für den gesamten Kurs; nach Einkommen reduzierbar.' },
        text: 'Wer gegenüber Partnerin oder Kindern gewalttätig geworden ist, kann lernen, das zu ändern. Im sozialen Trainingskurs setzen sich Männer in einer festen Gruppe mit ihrem Verhalten, Auslösern und Alternativen auseinander. Der Kurs wird freiwillig besucht oder von Gericht oder Staatsanwaltschaft auferlegt; zuvor gibt es Einzelgespräche.',
      },
      {
        key: 'schutzwohnung', name: 'Schutzwohnung für von Gewalt betroffene Männer', mode: 'phone', terms: ['frauenhaus', 'haeusliche-gewalt'], hours: 'MO-FR 09:00-18:00', age: [18, null],
        text: 'Auch Männer werden Opfer häuslicher Gewalt – durch Partnerin, Partner oder Familie. Für sie und ihre Kinder gibt es eine Schutzwohnung an einem geheimen Ort, in der sie einige Wochen zur Ruhe kommen und mit Unterstützung der Berater neue Perspektiven entwickeln können. Die Aufnahme wird telefonisch besprochen.',
      },
      {
        key: 'krisen', name: 'Männerberatung in Lebenskrisen', terms: ['psychische-gesundheit', 'trennung-scheidung'], hours: 'TU 16:00-20:00',
        text: 'Trennung, Jobverlust, Überforderung als Vater, Gewalt, die man selbst erlebt hat: Männer holen sich oft spät Hilfe. Unsere Berater sind selbst Männer und nehmen sich Zeit, ohne zu bewerten. Das Erstgespräch ist kostenlos, weitere Gespräche gegen einen Beitrag nach Selbsteinschätzung.',
        cost: { option: 'Beitrag nach Selbsteinschätzung', amount: 15, description: 'Erstgespräch kostenfrei; danach 0 bis 30 EUR je Gespräch.' },
      },
    ],
  },
  {
    key: 'drogenhilfe', name: 'Drogenhilfe Lindenau e.V.', en: 'Lindenau Drug Help', legal: 'eingetragener Verein', year: 1979, domain: 'drogenhilfe-lindenau.example',
    description: 'Suchtberatung, Kontaktladen, psychosoziale Begleitung Substituierter und Suchtprävention für Schulen und Jugendeinrichtungen.',
    sites: [
      { key: 'beratung', name: 'Jugend- und Drogenberatung', area: 'SR06', street: 'Kornstraße', no: '11', access: 'partial' },
      { key: 'kontaktladen', name: 'Kontaktladen Anker', area: 'SR11', street: 'Kanalstraße', no: '3', access: 'full' },
    ],
    services: [
      {
        key: 'drogenberatung', name: 'Jugend- und Drogenberatung', terms: ['suchtberatung', 'jugendberatung'], at: ['beratung'], hours: 'MO-TH 10:00-18:00; FR 10:00-14:00', age: [14, null],
        langs: ['en', 'ru', 'tr'],
        text: 'Cannabis, Partydrogen, Kokain oder Opiate: Die Drogenberatung ist für alle da, die Fragen zu ihrem Konsum haben oder aufhören wollen – und für Eltern, Partner und Freunde, die sich Sorgen machen. Wir beraten vertraulich und ohne erhobenen Zeigefinger, vermitteln in Entgiftung und Therapie und begleiten danach. Jugendliche können ohne ihre Eltern kommen.',
        en: ['Youth and drug counselling', 'Cannabis, party drugs, cocaine or opiates: drug counselling is there for anyone with questions about their use or who wants to stop – and for parents, partners and friends who are worried. We advise confidentially and without moralising, arrange detox and therapy and support you afterwards. Young people can come without their parents.'],
      },
      {
        key: 'kontaktladen', name: 'Kontaktladen Anker mit Spritzentausch', terms: ['suchtberatung'], at: ['kontaktladen'], hours: 'MO-FR 10:00-16:00', age: [18, null],
        text: 'Im Kontaktladen können Drogengebrauchende ohne Voraussetzungen einen Kaffee trinken, duschen, etwas essen und sauberes Spritzbesteck tauschen. Eine Krankenschwester versorgt Wunden und bietet Schnelltests auf HIV und Hepatitis an. Wer möchte, findet hier den Einstieg in Beratung, Substitution oder Entzug.',
      },
      {
        key: 'psb', name: 'Psychosoziale Begleitung bei Substitution', terms: ['suchtberatung'], at: ['beratung'], age: [18, null],
        text: 'Menschen in Substitutionsbehandlung begleiten wir dabei, ihren Alltag zu stabilisieren: bei Wohnung, Schulden, Arbeit, Kontakt zu Kindern und Behörden. Wir arbeiten eng mit den substituierenden Arztpraxen in Lindenau zusammen. Termine nach Vereinbarung.',
      },
      {
        key: 'praevention', name: 'Suchtprävention an Schulen und in Jugendeinrichtungen', terms: ['suchtpraevention'], at: ['beratung'], age: [10, 18],
        text: 'Unsere Präventionsfachkräfte gestalten Projekttage zu Alkohol, Nikotin, Cannabis und Medien für Klassen ab Stufe fünf, schulen Lehrkräfte und bieten Elternabende an. Im Programm „Klarsicht“ erleben Jugendliche an Stationen, was Konsum mit Körper und Kopf macht. Schulen und Jugendhäuser fragen Termine direkt bei uns an.',
        en: ['Addiction prevention at schools and youth centres', 'Our prevention specialists run project days on alcohol, nicotine, cannabis and media for classes from year five, train teachers and hold parents’ evenings. In an interactive course young people experience at stations what substance use does to body and mind. Schools and youth centres book dates directly with us.'],
      },
      {
        key: 'medien', name: 'Beratung bei exzessiver Mediennutzung und Computerspielsucht', terms: ['suchtberatung', 'suchtpraevention'], at: ['beratung'], hours: 'WE 15:00-19:00', age: [12, null],
        text: 'Streit ums Handy, Nächte vor der Konsole, Rückzug aus Schule und Freundeskreis: Wir beraten Jugendliche, junge Erwachsene und Eltern, wenn Medien den Alltag bestimmen. Gemeinsam schauen wir, was hinter dem Verhalten steckt, und entwickeln Regeln, die alle mittragen können. Mittwochs ist Sprechstunde, sonst nach Vereinbarung.',
        en: ['Counselling on excessive media use and gaming addiction', 'Arguments about phones, nights in front of the console, withdrawal from school and friends: we advise young people, young adults and parents when media dominate everyday life. Together we look at what lies behind the behaviour and develop rules everyone can agree to. Consultation hours on Wednesdays, otherwise by appointment.'],
      },
      {
        key: 'fruehintervention', name: 'Frühintervention nach Alkoholvergiftung bei Jugendlichen', terms: ['suchtpraevention', 'jugendberatung'], at: ['beratung'], age: [12, 17],
        text: 'Wenn Jugendliche mit einer Alkoholvergiftung in die Kinderklinik kommen, besucht eine Fachkraft sie noch im Krankenhaus – ohne Vorwürfe, mit Interesse an dem, was passiert ist. Danach gibt es ein Gruppenangebot, in dem die Jugendlichen ihren Umgang mit Alkohol reflektieren, und ein Gespräch mit den Eltern. Das Angebot entsteht in Zusammenarbeit mit dem Klinikum.',
      },
      {
        key: 'online', name: 'Online-Suchtberatung', mode: 'online', url: 'https://online.drogenhilfe-lindenau.example', email: 'online', terms: ['suchtberatung'], noPhone: true, age: [14, null],
        text: 'Die Online-Beratung ist ein erster Schritt für alle, die sich noch nicht trauen, in eine Beratungsstelle zu gehen. Sie schreiben anonym über das Beratungsportal oder buchen einen Termin im Einzelchat. Unsere Fachkräfte antworten innerhalb von 48 Stunden.',
      },
      {
        key: 'elterngruppe', name: 'Gruppe für Eltern von Jugendlichen mit Suchtproblemen', terms: ['suchtberatung', 'selbsthilfe'], at: ['beratung'], hours: 'TH 19:00-20:30 (jeden ersten und dritten Donnerstag im Monat)',
        text: 'Eltern von Jugendlichen, die Drogen nehmen, fühlen sich oft hilflos, schuldig und allein. In der angeleiteten Gruppe tauschen sie sich aus, lernen, Grenzen zu setzen, ohne den Kontakt zu verlieren, und auch an sich selbst zu denken. Ein Einstieg ist nach einem kurzen Vorgespräch jederzeit möglich.',
      },
    ],
  },
  {
    key: 'freundeskreis', name: 'Freundeskreis für Suchtkrankenhilfe Lindenau e.V.', legal: 'eingetragener Verein', domain: 'freundeskreis-lindenau.example',
    description: 'Selbsthilfegemeinschaft von suchtkranken Menschen und ihren Angehörigen.',
    sites: [],
    services: [
      {
        key: 'gruppen', name: 'Selbsthilfegruppen für Suchtkranke und Angehörige', terms: ['selbsthilfe', 'suchtberatung'], at: ['paritaet:haus'], hours: 'MO,TH 19:00-21:00', age: [18, null],
        text: 'In unseren Gruppen treffen sich Menschen, die vom Alkohol oder von Medikamenten loskommen wollen oder es schon geschafft haben, und ihre Angehörigen. Hier spricht man offen mit Menschen, die wissen, wovon man redet. Neue kommen einfach vorbei; eine Anmeldung oder Mitgliedschaft ist nicht nötig.',
      },
    ],
  },
  {
    key: 'ptv', name: 'Psychosozialer Trägerverein Lindenau e.V.', en: 'Lindenau Psychosocial Services Association', legal: 'eingetragener Verein', year: 1986, domain: 'ptv-lindenau.example',
    description: 'Gemeindepsychiatrische Angebote für Menschen mit psychischen Erkrankungen: Kontakt- und Beratungsstelle, Zuverdienst, betreutes Wohnen und Angehörigenarbeit.',
    sites: [
      { key: 'kbs', name: 'Kontakt- und Beratungsstelle West', area: 'SR07', street: 'Lübecker Straße', no: '4', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'zwischenraum', name: 'Café Zwischenraum', area: 'SR06', street: 'Bäckergasse', no: '2', access: 'full' },
    ],
    services: [
      {
        key: 'kbs', name: 'Kontakt- und Beratungsstelle für Menschen mit psychischer Erkrankung', terms: ['psychische-gesundheit'], at: ['kbs'],
        hours: 'MO,TU,TH,FR 10:00-17:00; WE 13:00-19:00; SU 14:00-17:00', age: [18, null], cost: 'free',
        text: 'Die Kontakt- und Beratungsstelle ist ein offener Treffpunkt für Menschen mit seelischen Problemen oder psychischer Erkrankung. Ohne Anmeldung kann man hier Kaffee trinken, an Gruppen wie Kochen, Malen oder Spaziergängen teilnehmen und mit Sozialarbeiterinnen sprechen. Auch sonntags ist geöffnet, wenn die Einsamkeit oft am größten ist.',
        en: ['Drop-in and advice centre for people with mental illness', 'The drop-in centre is an open meeting place for people with emotional problems or mental illness. Without registration you can have coffee, join groups such as cooking, painting or walks and talk to social workers. It is also open on Sundays, when loneliness is often hardest.'],
      },
      {
        key: 'angehoerige', name: 'Angehörigengruppe Psychiatrie', terms: ['psychische-gesundheit', 'selbsthilfe'], at: ['kbs'], hours: 'TU 18:00-19:30 (jeden zweiten Dienstag)',
        text: 'Wenn ein Familienmitglied an einer Psychose, Depression oder bipolaren Störung erkrankt, verändert das das Leben aller. In der Angehörigengruppe erfahren Eltern, Partner und erwachsene Kinder Verständnis, Information über Erkrankung und Behandlung und Entlastung. Die Gruppe wird von einer Fachkraft begleitet.',
      },
      {
        key: 'zwischenraum', name: 'Café Zwischenraum: Zuverdienst und Tagesstruktur', terms: ['psychische-gesundheit', 'eingliederungshilfe'], at: ['zwischenraum'], hours: 'MO-FR 09:00-15:00', age: [18, null],
        text: 'Im Café Zwischenraum arbeiten Menschen mit psychischer Erkrankung stundenweise in Küche, Service und Catering – ohne Leistungsdruck und mit Unterstützung eines Anleiters. Das schafft Tagesstruktur, Kontakte und ein kleines Zusatzeinkommen. Gäste aus der Nachbarschaft sind zum Mittagstisch herzlich willkommen.',
      },
      {
        key: 'bew', name: 'Betreutes Einzelwohnen für Menschen mit psychischer Erkrankung', terms: ['psychische-gesundheit', 'eingliederungshilfe'], at: ['kbs'], age: [18, null], cost: 'fees',
        fees: 'Finanzierung über die Eingliederungshilfe nach dem SGB IX.',
        text: 'Wer wegen einer psychischen Erkrankung Unterstützung im Alltag braucht, wird von unseren Bezugsbetreuerinnen in der eigenen Wohnung begleitet: beim Ordnen von Post und Finanzen, bei Arztterminen, bei der Tagesstruktur und in Krisen. Den Antrag stellen wir gemeinsam beim Teilhabefachdienst. Termine nach Vereinbarung.',
      },
    ],
  },
  {
    key: 'krisendienst', name: 'Krisendienst Lindenau', alt: 'Psychiatrischer Krisendienst', en: 'Lindenau Crisis Service', legal: 'Verbund gemeindepsychiatrischer Träger', domain: 'krisendienst-lindenau.example',
    description: 'Hilfe in seelischen Krisen und psychiatrischen Notlagen: telefonisch rund um die Uhr, mit Krisensprechstunde und mobilem Einsatzteam.',
    sites: [
      { key: 'krisendienst', name: 'Krisendienst Lindenau', area: 'SR09', street: 'Parkstraße', no: '21', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'krisendienst', name: 'Psychiatrischer Krisendienst', terms: ['krisendienst', 'psychische-gesundheit'], hours: ALWAYS, langs: ['en'],
        text: 'Der Krisendienst hilft Menschen in seelischen Krisen und ihren Angehörigen – bei Suizidgedanken, nach einem schlimmen Erlebnis, bei Angst, Verwirrtheit oder wenn eine psychische Erkrankung eskaliert. Telefonisch sind wir rund um die Uhr erreichbar; bei Bedarf kommt ein mobiles Team zu Ihnen. Ohne Termin können Sie täglich von 16 bis 24 Uhr in die Krisensprechstunde kommen. In Lebensgefahr wählen Sie 112.',
        en: ['Psychiatric crisis service', 'The crisis service helps people in emotional crises and their relatives – with suicidal thoughts, after a traumatic experience, with anxiety, confusion or when a mental illness escalates. We are available by phone around the clock; if needed, a mobile team comes to you. Without an appointment you can come to the crisis consultation daily from 4 pm to midnight. If life is in danger, call 112.'],
        tr: ['Psikiyatrik Kriz Servisi', 'Kriz Servisi ruhsal kriz yaşayan kişilere ve yakınlarına yardım eder: intihar düşüncelerinde, kötü bir olaydan sonra, korku ya da bilinç bulanıklığında veya bir ruhsal hastalık kötüleştiğinde. Telefonla günün her saati ulaşılabiliriz; gerekirse mobil bir ekip size gelir. Her gün 16–24 saatleri arasında randevusuz kriz görüşmesine gelebilirsiniz. Hayati tehlikede 112’yi arayın.'],
        ar: ['خدمة الأزمات النفسية', 'تساعد خدمة الأزمات الأشخاص الذين يمرّون بأزمات نفسية وأقاربهم: عند التفكير في الانتحار، أو بعد تجربة صادمة، أو عند الخوف أو التشوش، أو عندما يتفاقم مرض نفسي. يمكن الوصول إلينا هاتفياً على مدار الساعة، وعند الحاجة يأتي إليكم فريق متنقل. يمكنكم الحضور يومياً من الساعة 16 حتى منتصف الليل إلى ساعة استشارة الأزمات دون موعد. في حالة الخطر على الحياة اتصلوا بالرقم 112.'],
        uk: ['Психіатрична кризова служба', 'Кризова служба допомагає людям у душевних кризах та їхнім рідним — при суїцидальних думках, після травматичної події, при страху, сплутаності свідомості або загостренні психічного захворювання. Телефоном ми доступні цілодобово; за потреби до вас приїде мобільна команда. Без запису можна щодня з 16:00 до 24:00 прийти на кризову консультацію. У разі загрози життю телефонуйте 112.'],
      },
      {
        key: 'krisenchat', name: 'Krisenchat für junge Menschen', mode: 'online', url: '/krisenchat', terms: ['krisendienst', 'jugendberatung'], hours: 'MO-SU 16:00-23:59', age: [14, 25], noPhone: true,
        text: 'Jeden Tag ab 16 Uhr chatten junge Menschen bis 25 Jahre anonym mit Fachkräften des Krisendienstes – bei Panik, Selbstverletzung, Liebeskummer oder Gedanken, nicht mehr leben zu wollen. Kein Problem ist zu klein. Der Chat läuft verschlüsselt im Browser, eine App ist nicht nötig.',
        en: ['Crisis chat for young people', 'Every day from 4 pm young people up to 25 can chat anonymously with professionals of the crisis service – about panic, self-harm, heartbreak or thoughts of not wanting to live any more. No problem is too small. The chat is encrypted and runs in the browser; no app is needed.'],
      },
    ],
  },
  {
    key: 'telefonseelsorge', name: 'Telefonseelsorge Lindenau', en: 'Lindenau Samaritans (telephone counselling)', legal: 'ökumenische Einrichtung der evangelischen und katholischen Kirche',
    domain: 'telefonseelsorge-lindenau.example',
    description: 'Rund um die Uhr erreichbare, anonyme Gesprächsangebote am Telefon, im Chat und per Mail, getragen von ausgebildeten Ehrenamtlichen.',
    sites: [],
    services: [
      {
        key: 'telefon', name: 'Telefonseelsorge', mode: 'phone', terms: ['krisendienst', 'psychische-gesundheit'], hours: ALWAYS,
        text: 'Bei der Telefonseelsorge finden Sie Tag und Nacht ein offenes Ohr – bei Einsamkeit, Trauer, Streit, Angst oder wenn Sie nicht mehr weiterwissen. Die ehrenamtlichen Mitarbeitenden sind sorgfältig ausgebildet, hören zu und urteilen nicht. Der Anruf ist anonym, und Ihre Nummer wird nicht gespeichert.',
        en: ['Telephone counselling (Samaritans)', 'Day and night you will find a listening ear at the telephone counselling service – when you are lonely, grieving, in conflict, anxious or at your wits’ end. The volunteers are carefully trained, listen and do not judge. Calls are anonymous and your number is not stored.'],
      },
      {
        key: 'chat', name: 'Chat- und Mailseelsorge', mode: 'online', url: '/chat', terms: ['krisendienst'], noPhone: true, hours: 'MO-SU 18:00-23:00 (Chat)',
        text: 'Wer lieber schreibt als spricht, kann sich über die Chat- und Mailseelsorge an uns wenden. Im Chat antworten wir abends direkt, per Mail innerhalb von 48 Stunden. Ein Nutzername und ein Passwort genügen; eine E-Mail-Adresse ist nicht nötig.',
      },
    ],
  },
  {
    key: 'psz', name: 'Brücke – Psychosoziales Zentrum für Geflüchtete e.V.', en: 'Bridge – psychosocial centre for refugees', legal: 'eingetragener Verein', year: 2016, domain: 'psz-lindenau.example',
    description: 'Beratung, Psychotherapie und Gruppenangebote für geflüchtete Menschen mit Belastungen durch Krieg, Verfolgung und Flucht, mit Sprachmittlung.',
    sites: [
      { key: 'psz', name: 'Psychosoziales Zentrum Brücke', area: 'SR01', street: 'Klosterstraße', no: '30', access: 'partial' },
    ],
    services: [
      {
        key: 'therapie', name: 'Beratung und Psychotherapie für geflüchtete Menschen', terms: ['gefluechtete', 'psychische-gesundheit'], hours: 'MO-TH 09:00-17:00',
        langs: ['ar', 'fa', 'ku', 'ti', 'uk', 'ru', 'en', 'fr'], interpretation: 'Alle Gespräche sind mit geschulten Sprachmittlerinnen und Sprachmittlern möglich, kostenfrei.',
        text: 'Viele Menschen, die vor Krieg und Verfolgung geflohen sind, leiden unter Albträumen, Schlaflosigkeit, Angst oder Traurigkeit. Im Psychosozialen Zentrum finden sie Beratung, Stabilisierungsgruppen und Psychotherapie, immer mit Sprachmittlung. Wir unterstützen auch mit Stellungnahmen im Asylverfahren. Die Wartezeit für eine Therapie beträgt derzeit einige Monate, ein Erstgespräch ist schneller möglich.',
        en: ['Counselling and psychotherapy for refugees', 'Many people who have fled war and persecution suffer from nightmares, sleeplessness, anxiety or sadness. At the psychosocial centre they find counselling, stabilisation groups and psychotherapy, always with interpreters. We also provide statements for asylum proceedings. The waiting time for therapy is currently a few months; a first appointment is available sooner.'],
        ar: ['الاستشارة والعلاج النفسي للاجئين', 'يعاني كثير من الأشخاص الذين فرّوا من الحرب والاضطهاد من الكوابيس والأرق والخوف والحزن. في المركز النفسي الاجتماعي يجدون الاستشارة ومجموعات الاستقرار والعلاج النفسي، دائماً مع مترجمين. كما نقدّم إفادات في إجراءات اللجوء. مدة الانتظار للعلاج حالياً بضعة أشهر، أما المقابلة الأولى فممكنة بشكل أسرع.'],
        uk: ['Консультації та психотерапія для біженців', 'Багато людей, які втекли від війни й переслідувань, страждають від кошмарів, безсоння, страху чи смутку. У психосоціальному центрі вони отримують консультації, групи стабілізації та психотерапію, завжди з перекладачем. Ми також надаємо висновки для процедури надання притулку. Очікування на терапію наразі кілька місяців, першу зустріч можна отримати швидше.'],
      },
      {
        key: 'kinder', name: 'Gruppen für geflüchtete Kinder und Jugendliche', terms: ['gefluechtete', 'jugendberatung'], hours: 'WE 15:00-17:00', age: [8, 17],
        langs: ['ar', 'uk', 'fa'],
        text: 'In kleinen Gruppen malen, spielen und erzählen Kinder und Jugendliche, die Schweres erlebt haben. Sie lernen, was bei Angst und schlechten Träumen hilft, und erleben, dass sie nicht allein sind. Eltern werden in Elterngesprächen einbezogen.',
      },
    ],
  },
  {
    key: 'rlc', name: 'Refugee Law Clinic Lindenau e.V.', legal: 'eingetragener Verein', domain: 'rlc-lindenau.example', langs: ['en'],
    description: 'Studierende der Rechtswissenschaft beraten Geflüchtete unter Anleitung von Volljuristinnen und Volljuristen kostenlos im Aufenthalts- und Asylrecht.',
    sites: [],
    services: [
      {
        key: 'rechtsberatung', name: 'Kostenlose Rechtsberatung für Geflüchtete', terms: ['gefluechtete'], at: ['stadt:stz-sonnenfeld'], hours: 'TH 17:00-19:00', langs: ['ar', 'fa', 'fr'],
        text: 'Jeden Donnerstag beraten geschulte Jurastudierende, begleitet von erfahrenen Anwältinnen und Anwälten, zu Asylverfahren, Duldung, Ausbildungsduldung, Familiennachzug und Einbürgerung. Bringen Sie bitte alle Bescheide und Briefe mit. Die Beratung ist kostenlos; dolmetschende Ehrenamtliche sind meist vor Ort.',
        en: ['Free legal advice for refugees', 'Every Thursday trained law students, supervised by experienced lawyers, advise on asylum procedures, tolerated stay, training toleration, family reunification and naturalisation. Please bring all decisions and letters. Advice is free; volunteer interpreters are usually present.'],
      },
    ],
  },
  {
    key: 'ukraine', name: 'Ukrainischer Hilfsverein Lindenau e.V.', en: 'Ukrainian Aid Association Lindenau', legal: 'eingetragener Verein', year: 2022, domain: 'ukraine-lindenau.example',
    langs: ['uk', 'ru'],
    description: 'Selbstorganisation von Ukrainerinnen und Ukrainern in Lindenau: Beratung, Begegnung und Bildungsangebote für Menschen, die vor dem Krieg geflohen sind.',
    sites: [
      { key: 'verein', name: 'Ukrainischer Hilfsverein', area: 'SR02', street: 'Lessingstraße', no: '30', access: 'partial' },
    ],
    services: [
      {
        key: 'beratung', name: 'Beratung und Begleitung für Menschen aus der Ukraine', terms: ['gefluechtete', 'migrationsberatung'], hours: 'TU,TH 15:00-19:00; SA 11:00-14:00', langs: ['en'],
        text: 'Ehrenamtliche, die selbst aus der Ukraine kommen, helfen bei Anträgen an Jobcenter und Ausländerbehörde, bei der Suche nach Kita, Schule und Wohnung und bei der Anerkennung von Abschlüssen. Sie begleiten auch zu Terminen und übersetzen. Die Beratung findet auf Ukrainisch, Russisch und Deutsch statt.',
        en: ['Advice and support for people from Ukraine', 'Volunteers who come from Ukraine themselves help with applications to the jobcenter and immigration office, finding a day-care centre, school and flat, and getting qualifications recognised. They also accompany people to appointments and interpret. Advice is given in Ukrainian, Russian and German.'],
        uk: ['Консультації та супровід для людей з України', 'Волонтери, які самі приїхали з України, допомагають із заявами до джобцентру та відомства у справах іноземців, пошуком дитсадка, школи й житла та визнанням дипломів. Вони також супроводжують на зустрічі й перекладають. Консультації українською, російською та німецькою.'],
      },
      {
        key: 'samstagsschule', name: 'Ukrainische Samstagsschule für Kinder', terms: ['lernfoerderung', 'sprachkurse'], hours: 'SA 10:00-13:00', age: [5, 14], cost: 'free',
        text: 'In der Samstagsschule lernen Kinder Ukrainisch, Literatur und Geschichte ihres Herkunftslandes und behalten den Anschluss an den ukrainischen Lehrplan. Gleichzeitig gibt es Deutsch-Förderung und Hilfe bei den Hausaufgaben der Woche. Unterrichtet wird von ausgebildeten Lehrerinnen.',
        uk: ['Українська суботня школа для дітей', 'У суботній школі діти вивчають українську мову, літературу та історію й не відстають від української програми. Водночас є заняття з німецької та допомога з домашніми завданнями. Викладають кваліфіковані вчительки.'],
      },
      {
        key: 'cafe', name: 'Begegnungscafé Ukraine', terms: ['nachbarschaft', 'gefluechtete'], hours: 'SU 15:00-18:00', cost: 'free',
        text: 'Sonntags treffen sich Geflüchtete aus der Ukraine, Nachbarinnen und Nachbarn und Ehrenamtliche zu Kaffee, Kuchen und Gesprächen. Es gibt ein Tauschregal, Spiele für Kinder und oft Musik. Deutschsprachige Gäste sind ausdrücklich eingeladen.',
      },
    ],
  },
  {
    key: 'dtev', name: 'Deutsch-Türkischer Elternverein Lindenau e.V.', legal: 'eingetragener Verein', year: 1994, domain: 'dtev-lindenau.example', langs: ['tr'],
    description: 'Elternverein, der Familien mit türkischer Migrationsgeschichte in Erziehungs- und Schulfragen stärkt.',
    sites: [
      { key: 'verein', name: 'Vereinsräume Sonnenfeld', area: 'SR05', street: 'Finkenstraße', no: '6', access: 'none' },
    ],
    services: [
      {
        key: 'elternseminare', name: 'Elternseminare auf Türkisch und Deutsch', terms: ['familienbildung', 'erziehungsberatung'], hours: 'SA 14:00-16:30 (einmal im Monat)', cost: 'free',
        text: 'Wie funktioniert das Schulsystem, was bedeutet eine Gymnasialempfehlung, wie spreche ich mit der Lehrerin? In den Elternseminaren geht es um Schule, Erziehung und Mehrsprachigkeit – auf Türkisch und Deutsch, mit viel Raum für Fragen. Referentinnen sind Lehrkräfte, Psychologinnen und Eltern, die ihre Erfahrungen teilen.',
        tr: ['Türkçe ve Almanca veli seminerleri', 'Okul sistemi nasıl işler, lise tavsiyesi ne anlama gelir, öğretmenle nasıl konuşurum? Veli seminerlerinde okul, eğitim ve çok dillilik konuşulur; Türkçe ve Almanca, sorulara bolca yer vererek. Konuşmacılar öğretmenler, psikologlar ve deneyimlerini paylaşan velilerdir.'],
      },
      {
        key: 'nachhilfe', name: 'Nachhilfe und Lernpatenschaften', terms: ['lernfoerderung'], hours: 'MO-TH 15:00-18:00', age: [8, 18],
        cost: { option: 'Beitrag monatlich', amount: 10, description: 'Mit Bildung und Teilhabe kostenfrei.' },
        text: 'Studierende und Schülerinnen aus höheren Klassen geben Nachhilfe in Mathematik, Deutsch und Englisch, in kleinen Gruppen oder als feste Lernpatenschaft. Die Eltern werden regelmäßig informiert und in Gesprächen mit der Schule unterstützt.',
      },
    ],
  },
  {
    key: 'brueckenschlag', name: 'Brückenschlag – Interkultureller Frauenverein Lindenau e.V.', legal: 'eingetragener Verein', year: 2004, domain: 'brueckenschlag-lindenau.example',
    description: 'Verein von Frauen aus über 30 Ländern: Treffpunkt, Beratung und das Projekt Stadtteilmütter.',
    sites: [
      { key: 'treff', name: 'Frauentreff Brückenschlag', area: 'SR05', street: 'Meisenring', no: '2', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'frauentreff', name: 'Interkultureller Frauentreff', terms: ['migrationsberatung', 'nachbarschaft'], hours: 'MO,WE 09:30-12:30; TH 15:00-18:00', langs: ['ar', 'tr', 'fa', 'ku', 'ru'],
        text: 'Im Frauentreff kommen Frauen aus vielen Ländern zusammen: zum Frühstück, zum Nähen, für Deutschübungen und Ausflüge. Eine Sozialberaterin hilft bei Briefen und Anträgen. Kleinkinder können mitgebracht werden.',
        en: ['Intercultural women’s meeting place', 'Women from many countries come together at the women’s meeting place: for breakfast, sewing, German practice and outings. A social adviser helps with letters and applications. Young children are welcome.'],
      },
      {
        key: 'stadtteilmuetter', name: 'Stadtteilmütter: Beratung von Familie zu Familie', terms: ['familienbildung', 'migrationsberatung'], age: [0, 12], langs: ['ar', 'tr', 'fa', 'ku', 'ro', 'bg'],
        text: 'Stadtteilmütter sind geschulte Frauen mit Migrationsgeschichte, die Familien zu Hause besuchen und in ihrer Sprache über Erziehung, Kita, Schule, Gesundheit und Hilfen in Lindenau informieren. In zehn Besuchen entsteht Vertrauen, und viele Familien finden so zum ersten Mal den Weg ins Familienzentrum oder zur Beratungsstelle. Termine nach Vereinbarung.',
        en: ['Neighbourhood mothers: advice from family to family', 'Neighbourhood mothers are trained women with a migration background who visit families at home and inform them in their language about parenting, day care, school, health and support in Lindenau. Over ten visits trust grows, and many families find their way to the family centre or a counselling service for the first time. Appointments by arrangement.'],
      },
      {
        key: 'fahrradkurs', name: 'Fahrradkurs für Frauen', terms: ['nachbarschaft'], hours: 'SA 10:00-12:00 (April bis September)', cost: 'free', age: [16, null],
        text: 'Viele Frauen hatten nie die Gelegenheit, Fahrrad fahren zu lernen. Auf dem Schulhof der Sekundarschule üben sie mit Trainerinnen in geschütztem Rahmen, vom ersten Gleichgewicht bis zur Fahrt im Straßenverkehr. Räder und Helme werden gestellt.',
      },
    ],
  },
  {
    key: 'islamische-gemeinde', name: 'Islamische Gemeinde Lindenau e.V.', legal: 'eingetragener Verein', domain: 'igl-lindenau.example', langs: ['ar', 'tr'],
    description: 'Moscheegemeinde im Hafenviertel mit Bildungs- und Familienangeboten, offen für Nachbarschaft und interreligiösen Dialog.',
    sites: [
      { key: 'gemeinde', name: 'Gemeindezentrum der Islamischen Gemeinde', area: 'SR11', street: 'Industriestraße', no: '40', access: 'partial' },
    ],
    services: [
      {
        key: 'hausaufgaben', name: 'Hausaufgabenhilfe im Gemeindezentrum', terms: ['lernfoerderung'], hours: 'MO-TH 15:00-17:30', age: [6, 14], cost: 'free',
        text: 'Ehrenamtliche Studierende und Eltern helfen Grundschul- und Mittelstufenkindern aus dem Hafenviertel bei den Hausaufgaben. Es gibt Obst und Getränke, einen ruhigen Raum und einmal im Monat einen Elternabend mit der Schulsozialarbeit. Alle Kinder sind willkommen, unabhängig von der Religion.',
      },
      {
        key: 'frauenfruehstueck', name: 'Frauenfrühstück mit Beratung', terms: ['nachbarschaft', 'migrationsberatung'], hours: 'SA 10:00-12:00', cost: 'free',
        text: 'Beim Frauenfrühstück am Samstag ist regelmäßig eine Fachkraft zu Gast – aus der Migrationsberatung, dem Familienzentrum oder dem Gesundheitsamt – und beantwortet Fragen in entspannter Runde. Frauen aus der Nachbarschaft sind herzlich willkommen.',
      },
    ],
  },
  {
    key: 'regenbogen', name: 'Regenbogen Lindenau e.V.', en: 'Rainbow Lindenau (queer community association)', legal: 'eingetragener Verein', year: 2008, domain: 'regenbogen-lindenau.example',
    description: 'Verein für lesbische, schwule, bisexuelle, trans*, inter* und queere Menschen: Beratung, Jugendgruppe und Aufklärungsprojekte.',
    sites: [
      { key: 'zentrum', name: 'Queeres Zentrum Regenbogen', area: 'SR06', street: 'Bäckergasse', no: '10', access: 'partial' },
    ],
    services: [
      {
        key: 'jugendtreff', name: 'Queerer Jugendtreff', terms: ['jugendarbeit', 'jugendberatung'], hours: 'FR 17:00-21:00', age: [14, 27], cost: 'free',
        text: 'Freitags treffen sich queere Jugendliche und junge Erwachsene zum Reden, Spielen, Kochen und für Ausflüge. Hier muss sich niemand erklären. Eine Sozialpädagogin ist da, wenn es Probleme in Familie oder Schule gibt.',
        en: ['Queer youth group', 'On Fridays queer teenagers and young adults meet to talk, play games, cook and go on trips. Nobody has to explain themselves here. A youth worker is there if there are problems at home or at school.'],
      },
      {
        key: 'coming-out', name: 'Coming-out-Beratung', terms: ['jugendberatung', 'psychische-gesundheit'], hours: 'TU 16:00-19:00',
        text: 'Beratung für Menschen, die sich fragen, ob sie lesbisch, schwul, bi, trans* oder nicht-binär sind, und für ihre Eltern und Angehörigen. Wir begleiten auch bei Diskriminierung in Schule, Ausbildung oder Beruf und bei Fragen zur Namens- und Personenstandsänderung. Die Beratung ist vertraulich und kostenlos.',
      },
    ],
  },
  {
    key: 'sll', name: 'Selbstbestimmt Leben Lindenau e.V.', en: 'Independent Living Lindenau', legal: 'eingetragener Verein', year: 1995, domain: 'sll-lindenau.example',
    description: 'Verein von Menschen mit Behinderung für Menschen mit Behinderung: Peer-Beratung, Ergänzende unabhängige Teilhabeberatung und Beratung zum Persönlichen Budget.',
    sites: [
      { key: 'sll', name: 'Beratungszentrum Selbstbestimmt Leben', area: 'SR04', street: 'Am Wasserturm', no: '3', access: 'full', extras: ['barrierefreies-wc', 'induktionsschleife', 'leichte-sprache', 'gebaerdensprache'] },
    ],
    services: [
      {
        key: 'eutb', name: 'Ergänzende unabhängige Teilhabeberatung (EUTB)', terms: ['teilhabeberatung'], hours: 'MO,WE 10:00-16:00; TH 13:00-18:00', langs: ['en'],
        text: 'Die Teilhabeberatung ist unabhängig von Ämtern und Leistungserbringern. Beraterinnen und Berater, die oft selbst eine Behinderung haben, unterstützen Menschen mit Behinderung, chronischer Erkrankung oder drohender Behinderung und ihre Angehörigen: bei Anträgen auf Reha und Eingliederungshilfe, beim Persönlichen Budget, bei Hilfsmitteln und Assistenz. Beratung ist auch in Leichter Sprache und Deutscher Gebärdensprache möglich.',
        en: ['Independent participation counselling (EUTB)', 'Participation counselling is independent of authorities and service providers. Counsellors, many of whom have a disability themselves, support people with disabilities, chronic illness or at risk of disability and their families: with applications for rehabilitation and integration assistance, personal budgets, aids and personal assistance. Counselling is also available in Easy Language and German Sign Language.'],
      },
      {
        key: 'budget', name: 'Beratung zu Persönlichem Budget und Assistenz', terms: ['teilhabeberatung', 'eingliederungshilfe'], hours: 'TU 10:00-14:00',
        text: 'Mit dem Persönlichen Budget bekommen Menschen mit Behinderung Geld statt Sachleistungen und organisieren ihre Unterstützung selbst, etwa als Arbeitgeberin ihrer Assistentinnen. Wir erklären, wie das geht, helfen beim Antrag und bei der Abrechnung und vernetzen mit anderen Budgetnehmenden.',
      },
    ],
  },
  {
    key: 'gehoerlos', name: 'Gehörlosenverband Lindenau e.V.', legal: 'eingetragener Verein', year: 1911, domain: 'gehoerlos-lindenau.example',
    description: 'Interessenvertretung und Beratungsstelle für gehörlose, schwerhörige und ertaubte Menschen.',
    sites: [
      { key: 'verband', name: 'Gehörlosenzentrum Lindenau', area: 'SR01', street: 'Kolk', no: '5', access: 'full', extras: ['barrierefreies-wc', 'induktionsschleife', 'gebaerdensprache'] },
    ],
    services: [
      {
        key: 'sozialberatung', name: 'Sozialberatung für gehörlose und hörbehinderte Menschen', terms: ['teilhabeberatung'], hours: 'TU 10:00-13:00; TH 14:00-17:00',
        text: 'Die Sozialberatung in Deutscher Gebärdensprache hilft bei Behördenpost, Anträgen auf Gehörlosengeld und Hilfsmittel, bei Problemen am Arbeitsplatz und in der Familie. Termine vereinbaren Sie per E-Mail, SMS oder Videotelefonie. Schwerhörige Menschen können die Induktionsanlage im Beratungsraum nutzen.',
        en: ['Social counselling for deaf and hard-of-hearing people', 'Social counselling in German Sign Language helps with official letters, applications for deaf allowance and hearing aids, and problems at work and in the family. Make an appointment by email, text message or video call. Hard-of-hearing people can use the induction loop in the counselling room.'],
      },
      {
        key: 'dolmetschvermittlung', name: 'Vermittlung von Gebärdensprachdolmetschern', terms: ['teilhabeberatung'], hours: 'MO-FR 09:00-14:00', email: 'dolmetschen',
        text: 'Für Arztbesuche, Elterngespräche in Kita und Schule, Behördentermine oder Familienfeiern vermitteln wir Gebärdensprachdolmetscherinnen und Schriftdolmetscher. Wir beraten auch, wer die Kosten übernimmt – bei Arztterminen etwa die Krankenkasse.',
      },
    ],
  },
  {
    key: 'autismus', name: 'Autismus Lindenau e.V.', legal: 'eingetragener Verein', domain: 'autismus-lindenau.example',
    description: 'Elternverein und Träger des Autismus-Therapiezentrums Lindenau.',
    sites: [
      { key: 'atz', name: 'Autismus-Therapiezentrum Lindenau', area: 'SR03', street: 'Ahornstraße', no: '7', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'therapie', name: 'Autismustherapie für Kinder und Jugendliche', terms: ['eingliederungshilfe', 'fruehfoerderung'], hours: 'MO-FR 08:00-18:00', age: [2, 21], cost: 'fees',
        fees: 'Finanzierung über die Eingliederungshilfe (Jugendamt oder Sozialamt).', wait: 'Wartezeit derzeit etwa acht Monate.',
        text: 'Im Autismus-Therapiezentrum werden Kinder, Jugendliche und junge Erwachsene mit Autismus-Spektrum-Störung in Einzel- und Gruppentherapie gefördert – bei Kommunikation, sozialen Kontakten und Selbstständigkeit. Eltern, Kita und Schule werden eng einbezogen. Vor Beginn braucht es eine gesicherte Diagnose und eine Bewilligung der Eingliederungshilfe.',
      },
      {
        key: 'elterngruppe', name: 'Elterngruppe Autismus', terms: ['selbsthilfe', 'teilhabeberatung'], hours: 'WE 19:00-21:00 (monatlich)', cost: 'free',
        text: 'Eltern autistischer Kinder tauschen sich einmal im Monat aus: über Diagnose, Schulbegleitung, Anträge, Alltag und das, was gut läuft. Neue Eltern bekommen Orientierung von denen, die den Weg schon gegangen sind.',
      },
    ],
  },
  {
    key: 'betreuungsverein', name: 'Betreuungsverein Lindenau e.V.', legal: 'anerkannter Betreuungsverein', domain: 'betreuungsverein-lindenau.example',
    description: 'Anerkannter Betreuungsverein: rechtliche Betreuungen, Beratung zu Vorsorgevollmacht und Begleitung ehrenamtlicher Betreuerinnen und Betreuer.',
    sites: [
      { key: 'bv', name: 'Betreuungsverein Lindenau', area: 'SR01', street: 'Marktstraße', no: '30', access: 'partial' },
    ],
    services: [
      {
        key: 'vorsorge', name: 'Beratung zu Vorsorgevollmacht und Patientenverfügung', terms: ['senioren', 'pflegeberatung'], hours: 'TU 10:00-12:00 (offene Sprechstunde)',
        text: 'Wer entscheidet für mich, wenn ich es nach einem Unfall oder im Alter nicht mehr selbst kann? Wir erklären Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung, geben Formulare aus und helfen beim Ausfüllen. Die Beratung ist kostenlos und unabhängig; eine Beglaubigung ist bei der Betreuungsbehörde möglich.',
        en: ['Advice on lasting powers of attorney and living wills', 'Who will decide for me if I can no longer do so after an accident or in old age? We explain lasting powers of attorney, guardianship directives and living wills, hand out forms and help you fill them in. Advice is free and independent; certification is possible at the guardianship authority.'],
      },
      {
        key: 'ehrenamt', name: 'Begleitung ehrenamtlicher rechtlicher Betreuerinnen und Betreuer', terms: ['pflegeberatung', 'eingliederungshilfe'],
        text: 'Viele rechtliche Betreuungen führen Angehörige oder Ehrenamtliche. Wir bereiten auf die Aufgabe vor, beantworten Fragen zu Vermögenssorge, Gesundheit und Wohnen und bieten Fortbildungen und einen Erfahrungsaustausch an. Termine nach Vereinbarung.',
      },
    ],
  },
  {
    key: 'alzheimer', name: 'Alzheimer Gesellschaft Lindenau e.V.', legal: 'eingetragener Verein', year: 1999, domain: 'alzheimer-lindenau.example',
    description: 'Selbsthilfeorganisation für Menschen mit Demenz und ihre Angehörigen: Beratung, Betreuungsgruppen und Angehörigengruppen.',
    sites: [
      { key: 'ag', name: 'Demenz-Beratungsstelle', area: 'SR08', street: 'Am Forsthaus', no: '2', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'beratung', name: 'Beratung für Menschen mit Demenz und ihre Angehörigen', terms: ['pflegeberatung', 'entlastung'], hours: 'MO,WE 10:00-13:00; TH 14:00-17:00', age: [null, null],
        text: 'Vergesslichkeit, Orientierungsprobleme, ein Mensch, der sich verändert: Wir beraten bei Verdacht auf Demenz und nach der Diagnose – zu Untersuchung, Umgang im Alltag, Entlastungsangeboten und Leistungen der Pflegeversicherung. Auf Wunsch beraten wir zu Hause.',
        en: ['Advice for people with dementia and their families', 'Forgetfulness, problems with orientation, a person who is changing: we advise when dementia is suspected and after diagnosis – on assessment, everyday care, respite services and long-term care insurance benefits. We can also advise you at home.'],
      },
      {
        key: 'betreuungsgruppe', name: 'Betreuungsgruppe „Vergissmeinnicht“', terms: ['entlastung'], hours: 'TU,TH 14:00-17:30', age: [60, null],
        cost: { option: 'Beitrag je Nachmittag', amount: 28, description: 'Erstattung über den Entlastungsbetrag der Pflegekasse (131 EUR im Monat) möglich.' },
        text: 'Zweimal pro Woche verbringen Menschen mit Demenz einen Nachmittag in der Betreuungsgruppe – mit Kaffee und Kuchen, Singen, Bewegung und Erinnerungsarbeit. Geschulte Ehrenamtliche und eine Fachkraft sind dabei. Angehörige haben in dieser Zeit frei.',
      },
      {
        key: 'angehoerigengruppe', name: 'Gesprächsgruppe für Angehörige von Menschen mit Demenz', terms: ['entlastung', 'selbsthilfe'], hours: 'TH 18:00-19:30 (jeden ersten Donnerstag im Monat)', cost: 'free',
        text: 'In der Gesprächsgruppe tauschen pflegende Angehörige Erfahrungen und Tipps aus und finden Verständnis bei Menschen in ähnlicher Lage. Eine Fachkraft moderiert. Während der Gruppe kann der erkrankte Mensch nach Absprache betreut werden.',
      },
    ],
  },
  {
    key: 'hospiz', name: 'Ambulanter Hospizdienst Lindenau e.V.', legal: 'eingetragener Verein', year: 1996, domain: 'hospiz-lindenau.example',
    description: 'Begleitung schwerkranker und sterbender Menschen und ihrer Angehörigen zu Hause, im Heim und im Krankenhaus; Trauerbegleitung für Erwachsene und Kinder.',
    sites: [
      { key: 'hospiz', name: 'Hospizdienst Lindenau', area: 'SR03', street: 'Lindenhofer Weg', no: '40', access: 'full' },
    ],
    services: [
      {
        key: 'begleitung', name: 'Ambulante Hospizbegleitung', terms: ['entlastung', 'senioren'], hours: 'MO-FR 09:00-13:00', cost: 'free',
        text: 'Ausgebildete ehrenamtliche Hospizbegleiterinnen und -begleiter besuchen schwerkranke und sterbende Menschen zu Hause, im Pflegeheim oder im Krankenhaus. Sie haben Zeit zum Zuhören, Vorlesen oder einfach Dasein und entlasten so auch die Angehörigen. Die Koordinatorinnen beraten zu Palliativversorgung und Patientenverfügung.',
        en: ['Hospice support at home', 'Trained volunteer hospice companions visit seriously ill and dying people at home, in a care home or in hospital. They have time to listen, read aloud or simply be there, and so give relatives a break too. The coordinators advise on palliative care and living wills.'],
      },
      {
        key: 'trauercafe', name: 'Trauercafé', terms: ['selbsthilfe', 'psychische-gesundheit'], hours: 'SU 15:00-17:00 (jeden letzten Sonntag im Monat)', cost: 'free',
        text: 'Im Trauercafé begegnen sich Menschen, die einen nahestehenden Menschen verloren haben – ganz gleich, wie lange das her ist. Bei Kaffee und Kuchen ist Raum für Erinnerungen, Tränen und auch Lachen. Erfahrene Trauerbegleiterinnen sind dabei.',
      },
      {
        key: 'kindertrauer', name: 'Trauergruppe für Kinder und Jugendliche', terms: ['psychische-gesundheit', 'jugendberatung'], hours: 'WE 16:00-17:30 (vierzehntäglich)', age: [6, 18], cost: 'free',
        text: 'Wenn Mutter, Vater, ein Geschwister oder eine Freundin stirbt, brauchen Kinder einen Ort für ihre Trauer. In der Gruppe malen, spielen und reden sie mit anderen Kindern, denen es ähnlich geht. Eltern werden zu Vorgesprächen und Elternabenden eingeladen.',
      },
    ],
  },
  {
    key: 'bsv', name: 'Blinden- und Sehbehindertenverein Lindenau e.V.', legal: 'eingetragener Verein', year: 1921, domain: 'bsv-lindenau.example',
    description: 'Selbsthilfeverein und Beratungsstelle für blinde und sehbehinderte Menschen und ihre Angehörigen.',
    sites: [
      { key: 'bsv', name: 'Beratungsstelle des Blinden- und Sehbehindertenvereins', area: 'SR04', street: 'Wiesenstraße', no: '40', access: 'full', extras: ['barrierefreies-wc'], accessNote: 'Stufenloser Zugang, taktiles Leitsystem vom Eingang bis zum Beratungsraum, kontrastreiche Beschilderung; Aufzug mit Sprachansage.' },
    ],
    services: [
      {
        key: 'beratung', name: 'Beratung für blinde und sehbehinderte Menschen', terms: ['teilhabeberatung'], hours: 'TU,TH 10:00-15:00',
        text: 'Wenn das Sehen nachlässt, stellen sich viele Fragen: Welche Hilfsmittel gibt es, wie bekomme ich Blindengeld, wie lerne ich Orientierung mit dem Langstock? Beraterinnen, die selbst blind oder sehbehindert sind, geben Antworten und zeigen Vorlesegeräte, Lupen und Smartphone-Apps zum Ausprobieren.',
      },
    ],
  },
];

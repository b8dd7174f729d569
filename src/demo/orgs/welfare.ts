// The big free welfare associations (Spitzenverbände der freien Wohlfahrtspflege) and their local
// branches. Their day-care centres are in kitas.ts.
import type { OrgDef } from '../model.ts';

export const WELFARE_ORGS: OrgDef[] = [
  {
    key: 'caritas', name: 'Caritasverband für die Stadt Lindenau e.V.', en: 'Caritas Association for the City of Lindenau', legal: 'eingetragener Verein', year: 1919,
    domain: 'caritas-lindenau.example',
    description: 'Der Wohlfahrtsverband der katholischen Kirche in Lindenau mit Beratungsdiensten, Pflege, Familien- und Migrationsarbeit. Die Angebote stehen allen Menschen offen, unabhängig von Religion und Herkunft.',
    enDescription: 'The Catholic Church’s welfare association in Lindenau with counselling, care, family and migration services, open to everyone regardless of religion or origin.',
    sites: [
      { key: 'haus', name: 'Caritashaus St. Elisabeth', en: 'Caritas House St. Elisabeth', area: 'SR01', street: 'Ritterstraße', no: '8', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'sonnenfeld', name: 'Caritas-Stadtteilbüro Sonnenfeld', area: 'SR05', street: 'Falkenweg', no: '14', access: 'full' },
      { key: 'familienzentrum', name: 'Familienzentrum Am Auenpark', en: 'Family centre Am Auenpark', area: 'SR04', street: 'Weidenweg', no: '22', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'sozialstation', name: 'Caritas-Sozialstation Lindenhof', area: 'SR03', street: 'Uhlandstraße', no: '31', access: 'partial' },
      { key: 'fachambulanz', name: 'Caritas-Fachambulanz für Suchtkranke', area: 'SR06', street: 'Gerberstraße', no: '6', access: 'partial', address2: '1. Obergeschoss' },
      { key: 'gs-auenpark', name: 'Grundschule am Auenpark', area: 'SR04', street: 'Auenweg', no: '30', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'sozialberatung', name: 'Allgemeine Sozialberatung der Caritas', terms: ['sozialleistungen', 'wohngeld'], at: ['haus', 'sonnenfeld'], hours: 'MO,WE 09:00-12:00; TH 14:00-17:00', langs: ['en', 'pl'],
        text: 'Wenn das Geld nicht reicht, Briefe vom Amt unverständlich sind oder mehrere Probleme auf einmal kommen, ist die Allgemeine Sozialberatung ein guter erster Schritt. Wir klären, welche Leistungen Ihnen zustehen, helfen bei Anträgen und Widersprüchen und können in akuten Notlagen mit einer Überbrückungshilfe aus Spendenmitteln einspringen. Die Beratung steht allen offen, unabhängig von Religion und Herkunft.',
        en: ['Caritas general social counselling', 'If money is short, letters from the authorities are hard to understand or several problems come at once, general social counselling is a good first step. We clarify which benefits you are entitled to, help with applications and appeals and can provide emergency bridging aid from donations. Counselling is open to everyone regardless of religion or origin.'],
      },
      {
        key: 'schwangerschaftsberatung', name: 'Schwangerschaftsberatung der Caritas', terms: ['schwangerschaftsberatung', 'fruehe-hilfen'], at: ['haus'], hours: 'MO-TH 09:00-12:00; TU 14:00-17:00',
        langs: ['en', 'ar'], age: [null, null],
        text: 'Ob geplant oder überraschend: Wir beraten werdende Mütter und Väter zu allen Fragen während der Schwangerschaft und bis zum dritten Geburtstag des Kindes. Wir helfen, Mittel der Bundesstiftung Mutter und Kind für Babyausstattung und Umzug zu beantragen, informieren zu Elterngeld, Mutterschutz und Kinderbetreuung und begleiten nach einer Fehlgeburt oder wenn eine Behinderung des Kindes zu erwarten ist. Eine Beratungsbescheinigung für einen Schwangerschaftsabbruch stellen wir nicht aus.',
        en: ['Caritas pregnancy counselling', 'Planned or unexpected: we advise expectant mothers and fathers on all questions during pregnancy and until the child’s third birthday. We help you apply for funds from the federal foundation “Mother and Child” for baby equipment and moving, inform you about parental allowance, maternity protection and childcare, and support you after a miscarriage or when a child’s disability is expected. We do not issue the counselling certificate required for an abortion.'],
      },
      {
        key: 'mbe', name: 'Migrationsberatung für erwachsene Zugewanderte (MBE)', terms: ['migrationsberatung'], at: ['haus', 'sonnenfeld'], hours: 'MO,TU 09:00-12:00; TH 13:00-16:00', age: [27, null],
        langs: ['en', 'ar', 'fa', 'ru', 'uk', 'pl'], contact: 'Migrationsberatung',
        text: 'Die Migrationsberatung unterstützt Zugewanderte ab 27 Jahren in den ersten Jahren in Deutschland: bei Fragen zum Aufenthalt, bei der Suche nach einem passenden Sprachkurs, bei der Anerkennung von Abschlüssen, der Wohnungssuche und beim Familiennachzug. Gemeinsam erstellen wir einen Plan und schauen regelmäßig, was schon geschafft ist. Die Beratung ist kostenlos, vertraulich und unabhängig von der Staatsangehörigkeit.',
        en: ['Migration counselling for adult immigrants (MBE)', 'Migration counselling supports immigrants aged 27 and over during their first years in Germany: with questions about residence, finding a suitable language course, recognition of qualifications, flat hunting and family reunification. Together we make a plan and regularly review what has been achieved. Counselling is free, confidential and open regardless of nationality.'],
        tr: ['Yetişkin göçmenler için göç danışmanlığı (MBE)', 'Göç danışmanlığı, 27 yaş ve üzerindeki göçmenleri Almanya’daki ilk yıllarında destekler: oturum hakkıyla ilgili sorularda, uygun dil kursunu bulmada, diplomaların tanınmasında, ev aramada ve aile birleşiminde. Birlikte bir plan hazırlar ve nelerin başarıldığına düzenli olarak bakarız. Danışmanlık ücretsiz, gizli ve vatandaşlıktan bağımsızdır.'],
        ar: ['استشارات الهجرة للمهاجرين البالغين (MBE)', 'تدعم استشارات الهجرة المهاجرين من عمر 27 عاماً فما فوق في سنواتهم الأولى في ألمانيا: في مسائل الإقامة، وإيجاد دورة اللغة المناسبة، والاعتراف بالشهادات، والبحث عن سكن، ولمّ شمل الأسرة. نضع معاً خطة ونراجع بانتظام ما تم إنجازه. الاستشارة مجانية وسرية ومستقلة عن الجنسية.'],
        uk: ['Міграційна консультація для дорослих (MBE)', 'Міграційна консультація підтримує іммігрантів віком від 27 років у перші роки в Німеччині: з питань перебування, пошуку відповідного мовного курсу, визнання дипломів, пошуку житла та возз’єднання сім’ї. Разом складаємо план і регулярно перевіряємо, що вже вдалося. Консультація безкоштовна, конфіденційна й не залежить від громадянства.'],
      },
      {
        key: 'fachambulanz', name: 'Fachambulanz für Suchtkranke: Alkohol, Medikamente, Glücksspiel', terms: ['suchtberatung'], at: ['fachambulanz'],
        hours: 'MO-TH 09:00-16:00; FR 09:00-13:00; WE 17:00-19:00 (offene Abendsprechstunde)', age: [16, null], langs: ['en', 'ru'],
        text: 'Die Fachambulanz berät Menschen, die sich Sorgen um ihren Umgang mit Alkohol oder Medikamenten machen oder vom Glücksspiel nicht loskommen – und ebenso ihre Angehörigen. Wir vermitteln Entgiftung und Entwöhnungsbehandlung, bieten ambulante Rehabilitation am Abend und Nachsorgegruppen an. Ein Erstgespräch bekommen Sie meist innerhalb einer Woche, auf Wunsch anonym; mittwochs abends geht es auch ohne Termin.',
        en: ['Addiction outpatient clinic: alcohol, medication, gambling', 'The outpatient clinic advises people who are worried about their use of alcohol or medication or cannot stop gambling – and their relatives too. We arrange detox and rehabilitation treatment and offer evening outpatient rehabilitation and aftercare groups. You usually get a first appointment within a week, anonymously if you wish; on Wednesday evenings you can come without an appointment.'],
      },
      {
        key: 'sozialstation', name: 'Caritas-Sozialstation: ambulante Pflege und Hauswirtschaft', terms: ['pflegeberatung', 'entlastung'], at: ['sozialstation'], hours: 'MO-FR 08:00-16:00',
        cost: 'fees', fees: 'Abrechnung mit Pflege- und Krankenkasse; Eigenanteile je nach Pflegegrad und Leistungsumfang, Kostenvoranschlag beim Erstbesuch.',
        extraPhones: [{ description: 'Pflege-Rufbereitschaft rund um die Uhr' }], langs: ['pl'],
        text: 'Die Pflegekräfte der Sozialstation versorgen pflegebedürftige Menschen zu Hause – von der Grundpflege über Medikamentengabe und Wundversorgung bis zur Begleitung am Lebensende. Hauswirtschaftliche Hilfen, Verhinderungspflege und Pflegeberatungsbesuche nach § 37.3 SGB XI gehören dazu. Beim kostenlosen Erstbesuch klären wir, welche Leistungen die Kasse übernimmt.',
        en: ['Caritas home care service', 'The nurses of the home care service care for people at home – from basic care, medication and wound care to end-of-life care. Household help, respite care and statutory care advice visits are also offered. At a free first visit we clarify which services the insurance covers.'],
      },
      {
        key: 'familienzentrum', name: 'Familienzentrum Am Auenpark', terms: ['familienzentrum', 'familienbildung'], at: ['familienzentrum'], hours: 'MO-TH 09:00-17:00; FR 09:00-13:00', langs: ['en', 'ru'],
        text: 'Das Familienzentrum am Auenpark ist Treffpunkt und Anlaufstelle für Familien aus dem Stadtteil. Es gibt Krabbelgruppen, einen Second-Hand-Basar für Kinderkleidung, Elternkurse und einmal pro Woche eine Sprechstunde der Erziehungsberatung. Wer Unterstützung braucht, findet hier schnell den Kontakt zu Hebamme, Familienpatin oder Jugendamt.',
        en: ['Family centre Am Auenpark', 'The family centre at the Auenpark is a meeting place and point of contact for families in the neighbourhood. There are baby and toddler groups, a second-hand bazaar for children’s clothes, parenting courses and a weekly consultation hour of the parenting counselling service. If you need support, you quickly find a midwife, a family mentor or the youth welfare office here.'],
      },
      {
        key: 'elterncafe', name: 'Elterncafé mit Frühstück', terms: ['familienzentrum', 'nachbarschaft'], at: ['familienzentrum'], hours: 'TU 09:00-11:30', age: [0, 3],
        fees: 'Für das Frühstück bitten wir um einen Euro Spende.',
        text: 'Jeden Dienstagvormittag öffnet das Elterncafé: Mütter, Väter und Großeltern mit kleinen Kindern frühstücken gemeinsam, tauschen sich aus und fragen eine Erzieherin um Rat, wenn etwas drückt. Die Kinder spielen nebenan in der Krabbelecke. Einfach vorbeikommen, eine Anmeldung ist nicht nötig.',
        en: ['Parents’ café with breakfast', 'Every Tuesday morning the parents’ café opens: mothers, fathers and grandparents with young children have breakfast together, share experiences and can ask an educator for advice. Children play next door in the crawling corner. Just drop in, no registration needed.'],
      },
      {
        key: 'efl', name: 'Ehe-, Familien- und Lebensberatung', terms: ['trennung-scheidung', 'psychische-gesundheit'], at: ['haus'], age: [16, null],
        cost: { option: 'Kostenbeitrag nach Selbsteinschätzung', amount: 20, description: 'Empfohlen 20 EUR je Sitzung; ermäßigt oder kostenfrei bei geringem Einkommen. Niemand wird aus finanziellen Gründen abgewiesen.' },
        text: 'Paare in der Krise, Einzelne in schwierigen Lebensphasen und Familien mit festgefahrenen Konflikten finden hier Raum für Gespräche. Die Beraterinnen und Berater haben eine therapeutische Zusatzausbildung und stehen unter Schweigepflicht. Termine nach telefonischer Vereinbarung, auch am frühen Abend.',
        en: ['Marriage, family and life counselling', 'Couples in crisis, individuals in difficult phases of life and families with entrenched conflicts find room to talk here. The counsellors have additional therapeutic training and are bound by confidentiality. Appointments by telephone, also in the early evening.'],
      },
      {
        key: 'kurberatung', name: 'Kurberatung für Mütter und Väter', terms: ['psychische-gesundheit', 'entlastung'], at: ['haus'], hours: 'TH 09:00-12:00',
        text: 'Dauerstress, Erschöpfung, Schlafstörungen: Wenn Familie, Beruf und Pflege Eltern über ihre Kräfte bringen, kann eine Mutter-Kind- oder Vater-Kind-Kur helfen. Wir beraten, welche Klinik passt, helfen beim Antrag an die Krankenkasse und bei einem Widerspruch und begleiten nach der Kur, damit die Erholung anhält.',
        en: ['Advice on health retreats for mothers and fathers', 'Constant stress, exhaustion, sleep problems: when family, work and caring push parents beyond their limits, a mother-child or father-child health retreat can help. We advise on which clinic is suitable, help with the application to the health insurance and with an appeal, and offer follow-up so that the recovery lasts.'],
      },
      {
        key: 'seeblick', name: 'Sozialberatung vor Ort in Seeblick', terms: ['sozialleistungen', 'senioren'], at: ['nikolai:seeblick'], hours: 'WE 10:00-12:00 (vierzehntäglich)',
        text: 'Für Menschen aus den südlichen Ortsteilen ist der Weg in die Altstadt weit. Deshalb hält die Caritas jeden zweiten Mittwoch eine Sprechstunde im Gemeindehaus Seeblick ab – zu Anträgen, Rente, Grundsicherung, Wohngeld und Pflege. Wer nicht mehr mobil ist, bekommt einen Hausbesuch.',
      },
      {
        key: 'kleiderstube', name: 'Kleiderstube St. Elisabeth', terms: ['sozialleistungen', 'nachbarschaft'], at: ['haus'], hours: 'TU 14:00-17:00; SA 10:00-12:00',
        cost: { option: 'Schutzgebühr je Teil', amount: 1, description: '0,50 bis 2 EUR je Teil; mit Lindenau-Pass kostenlos.' },
        text: 'In der Kleiderstube gibt es gut erhaltene, gespendete Kleidung für Erwachsene und Kinder, Bettwäsche und Handtücher. Ehrenamtliche sortieren die Spenden und helfen beim Aussuchen. Spenden nehmen wir zu den Öffnungszeiten gern entgegen.',
      },
      {
        key: 'schulsozialarbeit-auenpark', name: 'Schulsozialarbeit an der Grundschule am Auenpark', terms: ['schulsozialarbeit'], at: ['gs-auenpark'], hours: 'MO-FR 08:00-14:00', age: [6, 11],
        text: 'An der Grundschule am Auenpark ist eine Schulsozialarbeiterin der Caritas jeden Vormittag ansprechbar. Kinder kommen mit Streit auf dem Schulhof, Kummer zu Hause oder Angst vor der nächsten Arbeit; Eltern mit Fragen zu Erziehung, Hilfen und Anträgen. Im Sozialtraining der dritten Klassen lernen Kinder, Konflikte ohne Fäuste zu lösen.',
      },
      {
        key: 'ganztag-auenpark', name: 'Offene Ganztagsschule an der Grundschule am Auenpark', terms: ['hort'], at: ['gs-auenpark'], hours: 'MO-FR 11:30-16:30', age: [6, 10],
        cost: { option: 'Elternbeitrag monatlich', amount: 85, description: 'Einkommensabhängig 0 bis 140 EUR im Monat; Mittagessen 3,90 EUR pro Tag, mit Bildung und Teilhabe kostenlos.' },
        text: 'Nach dem Unterricht essen die Kinder gemeinsam zu Mittag, machen in kleinen Gruppen ihre Hausaufgaben und wählen dann aus Angeboten wie Fußball, Theater, Garten-AG oder Kochen. In den Ferien gibt es ein eigenes Programm mit Ausflügen. Die Anmeldung erfolgt für ein Schuljahr über das Sekretariat der Schule.',
        en: ['After-school care at Auenpark primary school', 'After lessons children have lunch together, do their homework in small groups and then choose activities such as football, drama, gardening or cooking. In the holidays there is a separate programme with outings. Registration is for one school year via the school office.'],
      },
    ],
  },
  {
    key: 'diakonie', name: 'Diakonisches Werk Lindenau e.V.', en: 'Diakonie Lindenau (Protestant welfare association)', legal: 'eingetragener Verein', year: 1948,
    domain: 'diakonie-lindenau.example',
    description: 'Das Diakonische Werk ist der soziale Dienst der evangelischen Kirche in Lindenau: Beratung in Lebenskrisen und bei Schulden, Hilfe für wohnungslose Menschen, Migrationsdienst, Kinderschutz und Pflege.',
    enDescription: 'The social service of the Protestant church in Lindenau: counselling in crises and on debt, help for homeless people, migration services, child protection and care.',
    sites: [
      { key: 'haus', name: 'Haus der Diakonie', en: 'House of Diakonie', area: 'SR01', street: 'Kirchgasse', no: '4', access: 'full', extras: ['barrierefreies-wc', 'induktionsschleife'] },
      { key: 'hafen', name: 'Tagestreff Warmer Hafen', en: 'Day centre "Warmer Hafen"', area: 'SR11', street: 'Am Güterbahnhof', no: '7', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'beratungszentrum', name: 'Evangelisches Beratungszentrum', en: 'Protestant counselling centre', area: 'SR09', street: 'Luisenstraße', no: '19', access: 'partial' },
      { key: 'bahnhof', name: 'Bahnhofsmission, Bahnhof Lindenau-Altstadt', en: 'Station mission, Lindenau-Altstadt station', area: 'SR01', street: 'Burgwall', no: '1', address2: 'Gleis 1', access: 'full' },
      { key: 'tagespflege', name: 'Diakonie-Tagespflege Seeblick', area: 'SR10', street: 'Kirchweg', no: '5', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'fz-hafen', name: 'Familienzentrum Hafenviertel', en: 'Hafenviertel family centre', area: 'SR11', street: 'Schleusenstraße', no: '4', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'schuldnerberatung', name: 'Schuldner- und Insolvenzberatung der Diakonie', terms: ['schuldnerberatung'], at: ['haus', 'quartier:stadtteilbuero'],
        hours: 'MO,TU,TH 09:00-12:00; TU 14:00-17:00', langs: ['en', 'tr'], contact: 'Schuldner- und Insolvenzberatung',
        wait: 'Für ein Erstgespräch derzeit etwa vier Wochen; bei drohender Kontopfändung, Strom- oder Wohnungsverlust sofort.',
        text: 'Wenn die Rechnungen über den Kopf wachsen, hilft die Schuldner- und Insolvenzberatung, wieder Ordnung in die Finanzen zu bringen. Gemeinsam verschaffen wir uns einen Überblick über Einnahmen und Schulden, sichern das Existenzminimum – etwa mit einer Bescheinigung für das Pfändungsschutzkonto – und verhandeln mit den Gläubigern. Ist keine Einigung möglich, begleiten wir Sie als anerkannte Stelle in das Verbraucherinsolvenzverfahren. Dienstags gibt es eine Außensprechstunde im Stadtteilbüro Sonnenfeld.',
        en: ['Debt and insolvency counselling (Diakonie)', 'When bills pile up, debt and insolvency counselling helps you get your finances back in order. Together we get an overview of income and debts, secure your subsistence minimum – for example with a certificate for a garnishment-protected account – and negotiate with creditors. If no agreement can be reached, we accompany you as a recognised agency through consumer insolvency proceedings. On Tuesdays there is an outreach consultation at the Sonnenfeld neighbourhood office.'],
        tr: ['Borç ve iflas danışmanlığı (Diakonie)', 'Faturalar başa çıkılmaz hale geldiğinde borç ve iflas danışmanlığı mali durumunuzu yeniden düzene sokmanıza yardımcı olur. Birlikte gelir ve borçlarınızın dökümünü çıkarır, örneğin haciz korumalı hesap (P-Konto) belgesiyle asgari geçim hakkınızı güvenceye alır ve alacaklılarla pazarlık yaparız. Anlaşma sağlanamazsa, tanınmış bir kurum olarak sizi tüketici iflas sürecinde yalnız bırakmayız. Salı günleri Sonnenfeld Semt Bürosu’nda dış görüşme saati vardır.'],
        ar: ['استشارات الديون والإعسار (دياكوني)', 'عندما تتراكم الفواتير تساعدكم استشارات الديون والإعسار على إعادة تنظيم أموركم المالية. نعدّ معاً قائمة بالدخل والديون، ونحمي الحد الأدنى اللازم للمعيشة، مثلاً بشهادة لحساب محمي من الحجز، ونتفاوض مع الدائنين. وإذا تعذر الاتفاق نرافقكم بصفتنا جهة معترفاً بها في إجراءات إعسار المستهلك. أيام الثلاثاء توجد ساعة استشارة خارجية في مكتب حي زونينفيلد.'],
        uk: ['Консультації з питань боргів і неплатоспроможності (Diakonie)', 'Коли рахунки накопичуються, консультація з боргів допомагає знову навести лад у фінансах. Разом складаємо огляд доходів і боргів, захищаємо прожитковий мінімум — наприклад довідкою для рахунку із захистом від стягнення (P-Konto) — і ведемо переговори з кредиторами. Якщо домовитися не вдається, ми як визнана установа супроводжуємо вас у процедурі споживчого банкрутства. У вівторок працює виїзна консультація в районному бюро Зонненфельд.'],
      },
      {
        key: 'schuldenpraevention', name: 'Schuldenprävention für Jugendliche', terms: ['schuldnerberatung', 'jugendberatung'], at: ['haus'], age: [14, 25],
        text: 'Handyvertrag, Ratenkauf, Onlineshopping mit „Später bezahlen“: Viele junge Menschen haben schon vor der ersten eigenen Wohnung Schulden. In Workshops für Schulklassen und Jugendgruppen lernen sie, mit Geld umzugehen, Verträge zu durchschauen und rechtzeitig Hilfe zu holen. Junge Erwachsene mit Schulden bekommen außerdem kurzfristig einen Beratungstermin.',
      },
      {
        key: 'familienzentrum-hafen', name: 'Familienzentrum Hafenviertel', terms: ['familienzentrum', 'nachbarschaft'], at: ['fz-hafen'], hours: 'MO-TH 09:00-16:00; FR 09:00-12:00', langs: ['pl', 'ar'],
        text: 'Im jungen Hafenviertel gab es lange keinen Treffpunkt für Familien – seit 2024 gibt es das Familienzentrum der Diakonie in einer ehemaligen Werkskantine. Es bietet Krabbelgruppen, ein Familienfrühstück am Freitag, Beratung in Erziehungs- und Alltagsfragen und einen Raum, den Eltern für eigene Ideen nutzen können.',
        en: ['Hafenviertel family centre', 'For a long time there was no meeting place for families in the young Hafenviertel – since 2024 the Diakonie has run a family centre in a former works canteen. It offers baby and toddler groups, a family breakfast on Fridays, advice on parenting and everyday questions, and a room parents can use for their own ideas.'],
      },
      {
        key: 'warmer-hafen', name: 'Tagestreff Warmer Hafen für wohnungslose Menschen', terms: ['wohnungsnotfallhilfe'], at: ['hafen'], hours: 'MO-FR 08:00-15:00; SA 09:00-13:00', age: [18, null],
        langs: ['en', 'pl', 'ro'],
        text: 'Im Warmen Hafen können wohnungslose und arme Menschen duschen, Wäsche waschen, frühstücken und zu Mittag essen. Die Sozialarbeiterinnen helfen bei Post, Anträgen und der Suche nach einer Wohnung; wer keine feste Adresse hat, kann hier eine Postanschrift einrichten. Dienstags ist eine Ärztin da – behandelt wird auch, wer nicht krankenversichert ist.',
        en: ['Day centre "Warmer Hafen" for homeless people', 'At the Warmer Hafen, homeless and poor people can take a shower, wash their clothes and have breakfast and lunch. Social workers help with mail, applications and finding a flat; if you have no fixed address you can use this as your postal address. On Tuesdays a doctor is present – also for people without health insurance.'],
      },
      {
        key: 'betreutes-wohnen', name: 'Ambulante Hilfe für Menschen in Wohnungsnot (§ 67 SGB XII)', terms: ['wohnungsnotfallhilfe'], at: ['hafen'], age: [18, null],
        text: 'Wer wohnungslos ist oder nach langer Zeit auf der Straße wieder eine Wohnung hat, bekommt hier persönliche Begleitung über mehrere Monate: beim Einrichten, bei Behördengängen, beim Umgang mit Geld und Nachbarn. Die Hilfe wird über das Sozialamt finanziert; den Antrag stellen wir gemeinsam. Termine nach Vereinbarung.',
        en: ['Outreach support for people in housing need', 'People who are homeless or who have found a flat again after a long time on the streets receive personal support over several months: settling in, dealing with authorities, managing money and getting on with neighbours. The support is funded by the social welfare office; we fill in the application together. Appointments by arrangement.'],
      },
      {
        key: 'kasa', name: 'Kirchliche Allgemeine Sozialarbeit', terms: ['sozialleistungen'], at: ['haus'], hours: 'MO 13:00-16:00; WE 09:00-12:00',
        text: 'Ein Bescheid vom Jobcenter, der nicht stimmt? Eine Nachzahlung der Stadtwerke, die nicht zu bezahlen ist? In der Sozialberatung der Diakonie sehen wir uns Ihre Unterlagen in Ruhe an, erklären, was drinsteht, und überlegen gemeinsam, was zu tun ist. Bei Bedarf vermitteln wir in die Schuldnerberatung oder andere Fachdienste.',
        en: ['Diakonie social counselling', 'A jobcenter decision that seems wrong? An energy bill you cannot pay? At the Diakonie social counselling we take time to look at your documents, explain what they mean and work out together what to do. If needed we refer you to debt counselling or other specialist services.'],
      },
      {
        key: 'konfliktberatung', name: 'Schwangerschaftsberatung und Schwangerschaftskonfliktberatung', terms: ['schwangerschaftsberatung'], at: ['beratungszentrum'],
        hours: 'MO-TH 09:00-12:00; MO,WE 14:00-17:00', langs: ['en'],
        text: 'Die staatlich anerkannte Beratungsstelle im Evangelischen Beratungszentrum berät in allen Fragen rund um Schwangerschaft, auch im Schwangerschaftskonflikt. Das Gespräch ist ergebnisoffen und vertraulich, auf Wunsch anonym, und Sie erhalten die Beratungsbescheinigung. Wir unterstützen außerdem bei Anträgen auf finanzielle Hilfen und begleiten nach der Geburt.',
        en: ['Pregnancy and pregnancy conflict counselling', 'The state-recognised counselling centre at the Protestant counselling centre advises on all questions about pregnancy, including pregnancy conflicts. The conversation is open-ended and confidential, anonymous if you wish, and you receive the counselling certificate. We also help with applications for financial support and provide support after the birth.'],
      },
      {
        key: 'erziehungsberatung', name: 'Evangelische Erziehungsberatungsstelle', alt: 'Psychologische Beratungsstelle für Eltern, Kinder und Jugendliche', terms: ['erziehungsberatung'], at: ['beratungszentrum'],
        hours: 'MO-TH 09:00-18:00; FR 09:00-13:00', age: [0, 27],
        text: 'Schlaflose Nächte, Wutanfälle, Schulangst, ein Kind, das sich zurückzieht – in der Psychologischen Beratungsstelle finden Eltern und junge Menschen Gehör und Unterstützung. Wir arbeiten mit Gesprächen, Spiel- und Familientherapie und stimmen uns auf Wunsch mit Kita oder Schule ab. Die Beratung ist kostenlos und unabhängig von der Konfession.',
        en: ['Protestant parenting counselling centre', 'Sleepless nights, tantrums, fear of school, a child who withdraws – at the psychological counselling centre parents and young people find a listening ear and support. We work with conversations, play and family therapy and coordinate with the day-care centre or school if you wish. Counselling is free and open to all denominations.'],
      },
      {
        key: 'paarberatung', name: 'Paarberatung und Trennungsbegleitung', terms: ['trennung-scheidung'], at: ['beratungszentrum'],
        cost: { option: 'Kostenbeitrag je Sitzung', amount: 25, description: 'Nach Einkommen gestaffelt von 0 bis 50 EUR.' },
        text: 'Wenn Paare sich nur noch streiten oder sich auseinanderleben, kann ein Blick von außen helfen. Wir begleiten Paare, die ihre Beziehung retten wollen, und ebenso Eltern, die sich trennen und trotzdem gemeinsam gut für ihre Kinder sorgen möchten. In der Gruppe „Kinder im Blick“ lernen getrennte Eltern, Konflikte von den Kindern fernzuhalten.',
        en: ['Couples counselling and support during separation', 'When couples do nothing but argue or drift apart, an outside view can help. We support couples who want to save their relationship as well as parents who separate and still want to care well for their children together. In a group for separated parents they learn to keep conflicts away from their children.'],
      },
      {
        key: 'bahnhofsmission', name: 'Bahnhofsmission Lindenau', terms: ['wohnungsnotfallhilfe', 'krisendienst'], at: ['bahnhof'], hours: 'MO-SU 07:00-19:00',
        text: 'Die Bahnhofsmission ist für alle da, die unterwegs oder im Leben Hilfe brauchen: Reisende mit Handicap, Kinder, die allein fahren, Menschen ohne Wohnung oder ohne Geld für die Weiterfahrt. Es gibt einen warmen Tee, ein offenes Ohr und Vermittlung in weitere Hilfen. Die Ehrenamtlichen begleiten auf Anfrage auch beim Umsteigen.',
        en: ['Lindenau station mission', 'The station mission is there for everyone who needs help while travelling or in life: travellers with disabilities, children travelling alone, people without a home or without money to continue their journey. There is hot tea, a listening ear and referral to further help. Volunteers can also assist you when changing trains.'],
      },
      {
        key: 'asylverfahrensberatung', name: 'Migrationsdienst: Asylverfahrensberatung', terms: ['gefluechtete', 'migrationsberatung'], at: ['haus'], hours: 'TU,TH 09:00-13:00',
        langs: ['en', 'ar', 'fa', 'ti', 'fr'],
        text: 'Der Migrationsdienst berät Geflüchtete unabhängig vor, während und nach dem Asylverfahren: zur Vorbereitung auf die Anhörung, zu Bescheiden und Fristen, zu Duldung, Bleiberecht und Familiennachzug. Wenn nötig, vermitteln wir an Anwältinnen und Anwälte für Migrationsrecht. Die Beratung ist kostenlos und vertraulich.',
        en: ['Migration service: asylum procedure counselling', 'The migration service gives refugees independent advice before, during and after the asylum procedure: preparing for the interview, decisions and deadlines, tolerated stay, right to remain and family reunification. If necessary we refer you to lawyers specialising in migration law. Counselling is free and confidential.'],
        ar: ['خدمة الهجرة: استشارات إجراءات اللجوء', 'تقدّم خدمة الهجرة للاجئين استشارات مستقلة قبل إجراءات اللجوء وأثناءها وبعدها: التحضير لجلسة الاستماع، والقرارات والمهل، والدولدونغ، وحق البقاء، ولمّ الشمل. وعند الحاجة نحيلكم إلى محامين مختصين في قانون الهجرة. الاستشارة مجانية وسرية.'],
      },
      {
        key: 'kinderschutz-zentrum', name: 'Kinderschutz-Zentrum Lindenau', terms: ['kinderschutz'], at: ['beratungszentrum'], hours: 'MO-FR 09:00-16:00', age: [0, 17],
        text: 'Das Kinderschutz-Zentrum hilft, wenn Kinder Gewalt, Vernachlässigung oder sexuellen Missbrauch erleben oder wenn ein Verdacht besteht. Wir beraten Kinder, Jugendliche, Eltern und Bezugspersonen und unterstützen Familien dabei, Gewalt zu beenden. Fachkräfte aus Kita, Schule und Verein bekommen hier die Beratung durch eine insoweit erfahrene Fachkraft nach § 8a SGB VIII.',
        en: ['Lindenau child protection centre', 'The child protection centre helps when children experience violence, neglect or sexual abuse, or when there is a suspicion. We advise children, young people, parents and carers and support families in ending violence. Professionals from day-care centres, schools and clubs can get advice here from an experienced child protection specialist.'],
      },
      {
        key: 'tagespflege', name: 'Tagespflege Seeblick', terms: ['entlastung', 'senioren'], at: ['tagespflege'], hours: 'MO-FR 08:00-16:30', age: [60, null],
        cost: 'fees', fees: 'Die Pflegekasse übernimmt die Pflegekosten zusätzlich zum Pflegegeld; Eigenanteil für Verpflegung und Investitionskosten etwa 35 EUR pro Tag.',
        text: 'In der Tagespflege verbringen ältere und pflegebedürftige Menschen den Tag in Gesellschaft – mit gemeinsamen Mahlzeiten, Gedächtnistraining, Bewegung und Ausflügen in den Dorfgarten. Ein Fahrdienst holt die Gäste morgens ab und bringt sie nachmittags zurück. Pflegende Angehörige gewinnen so Zeit für Beruf und Erholung. Ein Schnuppertag ist kostenlos.',
        en: ['Day care for older people Seeblick', 'At the day-care centre older people in need of care spend the day in company – with shared meals, memory training, exercise and trips to the village garden. A transport service picks guests up in the morning and brings them back in the afternoon, giving family carers time for work and rest. A trial day is free.'],
      },
    ],
  },
  {
    key: 'fbs', name: 'Evangelische Familienbildungsstätte Lindenau', en: 'Protestant Family Education Centre Lindenau', legal: 'Einrichtung des Evangelischen Kirchenkreises Lindenau',
    domain: 'fbs-lindenau.example', mailbox: 'anmeldung', parent: 'diakonie',
    description: 'Kurse und Treffpunkte für Familien in allen Lebensphasen: von der Geburtsvorbereitung über Eltern-Kind-Gruppen bis zu Elternkursen für die Pubertät.',
    sites: [
      { key: 'fbs', name: 'Evangelische Familienbildungsstätte', area: 'SR03', street: 'Eichendorffstraße', no: '14', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'geburtsvorbereitung', name: 'Geburtsvorbereitungskurs für Paare', terms: ['hebammen'], hours: 'MO 19:00-21:00 (sieben Abende)',
        cost: { option: 'Partnergebühr', amount: 95, description: 'Für die Schwangere rechnet die Hebamme mit der Krankenkasse ab; die Partnergebühr beträgt 95 EUR, ermäßigt 40 EUR.' },
        text: 'An sieben Abenden bereitet eine Hebamme werdende Eltern auf Geburt und Wochenbett vor: Atmung und Gebärhaltungen, Wehen verstehen, der Weg in die Klinik, die ersten Tage mit dem Baby. Partnerinnen und Partner werden aktiv einbezogen. Am besten melden Sie sich bis zur 25. Schwangerschaftswoche an.',
        en: ['Antenatal class for couples', 'On seven evenings a midwife prepares expectant parents for birth and the first weeks: breathing and birth positions, understanding contractions, getting to the clinic, the first days with the baby. Partners are actively involved. Please register by the 25th week of pregnancy.'],
      },
      {
        key: 'babymassage', name: 'Babymassage', terms: ['familienbildung', 'fruehe-hilfen'], hours: 'TH 10:00-11:15 (fünf Vormittage)', age: [0, 1],
        cost: { option: 'Kursgebühr', amount: 38, description: 'Fünf Termine; mit Lindenau-Pass 15 EUR.' },
        text: 'Sanfte Berührungen tun Babys gut und stärken die Bindung. In kleiner Runde lernen Eltern von Babys zwischen sechs Wochen und sechs Monaten einfache Massagegriffe, die auch bei Bauchweh und Unruhe helfen. Bitte ein großes Handtuch und eine Unterlage mitbringen.',
        en: ['Baby massage', 'Gentle touch is good for babies and strengthens the bond. In a small group, parents of babies aged six weeks to six months learn simple massage techniques that also help with tummy ache and restlessness. Please bring a large towel and a mat.'],
      },
      {
        key: 'eltern-kind-gruppe', name: 'Eltern-Kind-Gruppen im ersten Lebensjahr', terms: ['familienbildung', 'fruehe-hilfen'], hours: 'TU,WE 09:30-11:00', age: [0, 1],
        cost: { option: 'Kursgebühr für zehn Treffen', amount: 45, description: 'Ermäßigung bis 100 % auf Anfrage, zum Beispiel mit Lindenau-Pass.' },
        text: 'Babys entdecken in der Gruppe ihre Welt mit Bewegungs- und Sinnesspielen, Eltern kommen mit anderen ins Gespräch über Schlafen, Beikost und Familienalltag. Die Kursleiterin gibt Anregungen und beantwortet Fragen zur Entwicklung. Gruppen starten fortlaufend nach Geburtsmonat der Kinder.',
        en: ['Parent and baby groups in the first year', 'In the group babies discover their world through movement and sensory games, while parents talk to others about sleep, weaning and everyday family life. The group leader gives ideas and answers questions about development. Groups start continuously according to the children’s month of birth.'],
      },
      {
        key: 'trotzphase', name: 'Elternkurs „Gelassen durch die Trotzphase“', terms: ['familienbildung', 'erziehungsberatung'], hours: 'WE 19:30-21:30 (sechs Abende)',
        cost: { option: 'Kursgebühr', amount: 45, description: 'Sechs Abende; mit Lindenau-Pass 10 EUR.' },
        text: 'Wenn Zweijährige sich auf den Boden werfen, weil der Becher die falsche Farbe hat, kommen auch geduldige Eltern an ihre Grenzen. Im Kurs geht es darum, was in Kindern in der Autonomiephase vorgeht, wie Grenzen ohne Machtkampf gelingen und wie Eltern selbst ruhig bleiben. Mit vielen Beispielen aus dem Alltag der Teilnehmenden.',
        en: ['Parenting course: staying calm through the toddler years', 'When two-year-olds throw themselves on the floor because the cup is the wrong colour, even patient parents reach their limits. The course explains what goes on in children during this phase, how to set limits without power struggles and how parents can stay calm themselves. With many examples from participants’ everyday lives.'],
      },
      {
        key: 'pubertaet', name: 'Elternabende „Pubertät – gelassen bleiben, wenn die Tür knallt“', terms: ['familienbildung'], hours: 'TH 19:30-21:30 (drei Abende)',
        cost: { option: 'Gebühr je Abend', amount: 12, description: 'Mit Lindenau-Pass kostenfrei.' },
        text: 'An drei Abenden tauschen sich Eltern von Jugendlichen zwischen elf und sechzehn aus: über Handyzeiten, Ausgehen, erste Liebe, Schulfrust und die Frage, wie viel Kontrolle noch sein muss. Ein erfahrener Familienberater gibt Impulse; die Abende können auch einzeln besucht werden.',
        en: ['Parents’ evenings on puberty', 'On three evenings parents of teenagers aged eleven to sixteen share experiences: screen time, going out, first love, frustration at school and how much control is still needed. An experienced family counsellor gives input; the evenings can also be attended individually.'],
      },
      {
        key: 'vaeter', name: 'Väter-Kind-Samstage', terms: ['familienbildung'], hours: 'SA 10:00-13:00 (einmal im Monat)',
        cost: { option: 'Beitrag je Familie', amount: 5, description: 'Einschließlich Mittagessen.' },
        text: 'Einmal im Monat gehört der Samstagvormittag Vätern und ihren Kindern zwischen drei und zehn Jahren: Es wird gebaut, geklettert, gekocht oder der Stadtwald erkundet. Nebenbei kommen Väter miteinander ins Gespräch. Auch Großväter, Onkel und soziale Väter sind willkommen.',
        en: ['Father and child Saturdays', 'Once a month Saturday morning belongs to fathers and their children aged three to ten: building, climbing, cooking or exploring the city forest. Fathers get talking to each other along the way. Grandfathers, uncles and stepfathers are welcome too.'],
      },
      {
        key: 'stillcafe', name: 'Stillcafé mit Hebamme', terms: ['hebammen', 'fruehe-hilfen'], hours: 'FR 10:00-11:30', age: [0, 1], cost: 'free',
        text: 'Im Stillcafé beantwortet eine Hebamme Fragen zum Stillen, zur Flaschennahrung und zum Wochenbett. Mütter mit ihren Babys kommen ohne Anmeldung, trinken einen Tee und lernen andere Eltern kennen. Auch Schwangere, die sich auf das Stillen vorbereiten möchten, sind herzlich eingeladen.',
        en: ['Breastfeeding café with a midwife', 'At the breastfeeding café a midwife answers questions about breastfeeding, bottle feeding and the postnatal period. Mothers with their babies come without registration, have a cup of tea and meet other parents. Pregnant women who want to prepare for breastfeeding are welcome too.'],
      },
      {
        key: 'kochen', name: 'Gesund kochen mit kleinem Budget', terms: ['familienbildung'], hours: 'TU 17:00-20:00 (vier Abende)',
        cost: { option: 'Kursgebühr inklusive Lebensmittel', amount: 20, description: 'Mit Lindenau-Pass kostenfrei.' },
        text: 'Wie koche ich für eine Familie gesund und lecker, wenn am Monatsende wenig Geld übrig ist? Im Kurs planen die Teilnehmenden einen Wochenspeiseplan, kaufen gemeinsam ein und kochen einfache Gerichte, die auch Kindern schmecken. Kinder ab acht Jahren können mitkochen.',
        en: ['Healthy cooking on a small budget', 'How do I cook healthy, tasty food for a family when little money is left at the end of the month? Participants plan a weekly menu, shop together and cook simple dishes children like. Children from eight can cook along.'],
      },
      {
        key: 'erste-hilfe', name: 'Erste Hilfe am Kind', terms: ['familienbildung'], hours: 'SA 09:00-16:00 (einmal im Monat)',
        cost: { option: 'Kursgebühr', amount: 35, description: 'Paare 60 EUR; ermäßigt 15 EUR.' },
        text: 'Was tun, wenn ein Kind sich verschluckt, sich verbrüht oder einen Fieberkrampf hat? Der eintägige Kurs vermittelt Eltern, Großeltern und Babysittern die wichtigsten Sofortmaßnahmen bei Kindernotfällen, mit viel praktischer Übung an Baby- und Kinderpuppen.',
        en: ['First aid for children', 'What to do if a child chokes, gets scalded or has a febrile seizure? This one-day course teaches parents, grandparents and babysitters the most important emergency measures for children, with plenty of practice on baby and child dummies.'],
      },
    ],
  },
  {
    key: 'awo', name: 'AWO Kreisverband Lindenau e.V.', en: 'Workers’ Welfare Association (AWO), Lindenau branch', legal: 'eingetragener Verein', year: 1921,
    domain: 'awo-lindenau.example',
    description: 'Die Arbeiterwohlfahrt in Lindenau betreibt Kitas, Familienzentren, Schulsozialarbeit, den Jugendmigrationsdienst und Begegnungsstätten für ältere Menschen – getragen von den Werten Solidarität, Toleranz, Freiheit, Gleichheit und Gerechtigkeit.',
    enDescription: 'The Workers’ Welfare Association in Lindenau runs day-care centres, family centres, school social work, the youth migration service and meeting places for older people.',
    sites: [
      { key: 'geschaeftsstelle', name: 'AWO Kreisgeschäftsstelle', area: 'SR02', street: 'Wilhelmstraße', no: '22', access: 'full' },
      { key: 'jmd', name: 'AWO Jugendmigrationsdienst', area: 'SR02', street: 'Körnerstraße', no: '7', access: 'partial' },
      { key: 'fz-nordstadt', name: 'AWO Familienzentrum Nordstadt', en: 'AWO family centre Nordstadt', area: 'SR02', street: 'Hebbelstraße', no: '11', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'begegnung', name: 'AWO Begegnungsstätte Am Stadtwald', area: 'SR08', street: 'Buchenallee', no: '16', access: 'full', extras: ['barrierefreies-wc', 'induktionsschleife'] },
      { key: 'schillerschule', name: 'Schillerschule (Grundschule)', area: 'SR02', street: 'Schillerstraße', no: '44', access: 'partial' },
      { key: 'iss-sonnenfeld', name: 'Integrierte Sekundarschule Sonnenfeld', area: 'SR05', street: 'Kiefernweg', no: '30', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'gs-westpark', name: 'Grundschule am Westpark', area: 'SR07', street: 'Feldstraße', no: '19', access: 'full' },
      { key: 'gs-hafen', name: 'Grundschule Hafenviertel', area: 'SR11', street: 'Werftstraße', no: '8', access: 'full', extras: ['barrierefreies-wc'] },
    ],
    services: [
      {
        key: 'jmd', name: 'Jugendmigrationsdienst (JMD)', terms: ['migrationsberatung', 'jugendberatung'], at: ['jmd'], hours: 'MO,TU,TH 10:00-16:00', age: [12, 27],
        langs: ['en', 'ar', 'fa', 'uk', 'ru', 'tr'],
        text: 'Der Jugendmigrationsdienst begleitet junge Zugewanderte zwischen 12 und 27 Jahren auf ihrem Weg in Schule, Ausbildung und Beruf. Wir helfen bei der Wahl des richtigen Sprachkurses, bei der Anerkennung von Zeugnissen, bei Bewerbungen und bei Fragen zum Aufenthalt. In Gruppenangeboten lernen Jugendliche andere kennen, die auch neu in Lindenau sind.',
        en: ['Youth migration service (JMD)', 'The youth migration service supports young immigrants aged 12 to 27 on their way into school, training and work. We help choose the right language course, get school certificates recognised, write applications and answer questions about residence. In group activities young people meet others who are also new to Lindenau.'],
        tr: ['Gençlik Göç Servisi (JMD)', 'Gençlik Göç Servisi, 12 ile 27 yaş arasındaki genç göçmenlere okul, meslek eğitimi ve iş yolunda eşlik eder. Doğru dil kursunu seçmede, diplomaların tanınmasında, iş başvurularında ve oturum hakkıyla ilgili sorularda yardımcı oluruz. Grup etkinliklerinde gençler Lindenau’ya yeni gelmiş başka gençlerle tanışır.'],
        ar: ['خدمة هجرة الشباب (JMD)', 'ترافق خدمة هجرة الشباب المهاجرين الشباب بين 12 و27 عاماً في طريقهم إلى المدرسة والتدريب المهني والعمل. نساعد في اختيار دورة اللغة المناسبة، والاعتراف بالشهادات المدرسية، وكتابة طلبات العمل، وفي مسائل الإقامة. وفي الأنشطة الجماعية يتعرف الشباب على آخرين جاؤوا حديثاً إلى ليندناو.'],
        uk: ['Молодіжна міграційна служба (JMD)', 'Молодіжна міграційна служба супроводжує молодих іммігрантів віком від 12 до 27 років на шляху до школи, професійного навчання та роботи. Допомагаємо обрати відповідний мовний курс, визнати шкільні документи, скласти заявки на роботу й розібратися з питаннями перебування. У групових заходах молодь знайомиться з іншими, хто теж нещодавно приїхав до Лінденау.'],
      },
      {
        key: 'familienzentrum', name: 'AWO Familienzentrum Nordstadt', terms: ['familienzentrum', 'familienbildung'], at: ['fz-nordstadt'], hours: 'MO-FR 08:30-16:00', langs: ['tr', 'ar'],
        text: 'Im Familienzentrum Nordstadt kommen Familien aus vielen Ländern zusammen. Es gibt Krabbel- und Spielgruppen, eine offene Sozialberatung, Deutschkurse für Mütter und einen Leseclub für Grundschulkinder. Die Mitarbeiterinnen sprechen auch Türkisch und Arabisch und begleiten bei Bedarf zu Kinderarzt, Kita oder Amt.',
        en: ['AWO family centre Nordstadt', 'Families from many countries come together at the Nordstadt family centre. There are baby and play groups, open social counselling, German courses for mothers and a reading club for primary school children. Staff also speak Turkish and Arabic and can accompany you to the paediatrician, day-care centre or authorities.'],
      },
      {
        key: 'elterncafe', name: 'Internationales Elterncafé', terms: ['familienzentrum', 'nachbarschaft'], at: ['fz-nordstadt'], hours: 'TH 15:00-17:00', langs: ['tr', 'ar', 'ku', 'ru'],
        text: 'Donnerstags treffen sich Eltern aus der Nordstadt im internationalen Elterncafé – mit Tee, Gebäck und Gesprächen in vielen Sprachen. Oft ist ein Gast da, etwa die Kinderärztin, eine Lehrerin oder die Polizei, und beantwortet Fragen. Kinder spielen währenddessen betreut im Nebenraum.',
        en: ['International parents’ café', 'On Thursdays parents from the Nordstadt meet at the international parents’ café – with tea, pastries and conversations in many languages. There is often a guest, such as a paediatrician, a teacher or a police officer, answering questions. Meanwhile children play with supervision in the next room.'],
      },
      {
        key: 'begegnung', name: 'AWO Begegnungsstätte Am Stadtwald', terms: ['senioren', 'nachbarschaft'], at: ['begegnung'], hours: 'MO-FR 10:00-17:00', age: [60, null],
        fees: 'Treffpunkt und Gruppen kostenfrei; Mittagstisch 5,50 EUR, mit Lindenau-Pass 3 EUR.',
        text: 'In der Begegnungsstätte treffen sich ältere Menschen zum Mittagstisch, zu Gymnastik, Skat, Handarbeit und Ausflügen. Einmal im Monat gibt es einen Tanztee, donnerstags einen Computertreff. Wer neu im Stadtteil ist oder sich einsam fühlt, findet hier schnell Anschluss.',
        en: ['AWO meeting place Am Stadtwald', 'Older people meet at the meeting place for lunch, exercise, card games, handicrafts and outings. There is a tea dance once a month and a computer club on Thursdays. Anyone new to the area or feeling lonely quickly finds company here.'],
      },
      {
        key: 'ssa-schillerschule', name: 'Schulsozialarbeit an der Schillerschule', terms: ['schulsozialarbeit'], at: ['schillerschule'], hours: 'MO-TH 07:45-15:00; FR 07:45-13:00', age: [6, 12], langs: ['tr'],
        text: 'Die Schulsozialarbeit der Schillerschule ist für Kinder, Eltern und Lehrkräfte da. Im Sprechzimmer neben der Bibliothek können Kinder in der Pause einfach vorbeikommen, wenn sie Sorgen haben. Eltern helfen wir beim Antrag auf Bildung und Teilhabe, bei Konflikten mit der Schule oder wenn es zu Hause schwierig ist.',
      },
      {
        key: 'ssa-iss-sonnenfeld', name: 'Schulsozialarbeit an der Integrierten Sekundarschule Sonnenfeld', terms: ['schulsozialarbeit', 'jugendberatung'], at: ['iss-sonnenfeld'],
        hours: 'MO-FR 08:00-15:30', age: [12, 18], langs: ['ar', 'tr'],
        text: 'Zwei Schulsozialarbeiter der AWO unterstützen Schülerinnen und Schüler der Sekundarschule Sonnenfeld bei Streit, Mobbing, Schulmüdigkeit und Fragen zur Berufsorientierung. Sie leiten die Streitschlichter-AG, begleiten Klassenfahrten und sind Ansprechpartner für Eltern. Vertrauliche Gespräche sind jederzeit möglich, auch per Messenger.',
      },
      {
        key: 'ssa-hafen', name: 'Schulsozialarbeit an der Grundschule Hafenviertel', terms: ['schulsozialarbeit'], at: ['gs-hafen'], hours: 'MO-TH 08:00-14:00', age: [6, 11],
        text: 'An der Grundschule im Hafenviertel begleitet die Schulsozialarbeit Kinder beim Start in die Schule und beim Übergang auf die weiterführende Schule. Es gibt eine Pausen-Werkstatt, ein Klassenrat-Training und eine wöchentliche Elternsprechstunde am Dienstag. Bei Sorgen um ein Kind arbeitet die Schulsozialarbeiterin eng mit dem Jugendamt zusammen.',
      },
      {
        key: 'hort-westpark', name: 'Hort und offener Ganztag an der Grundschule am Westpark', terms: ['hort'], at: ['gs-westpark'], hours: 'MO-FR 06:30-08:00,11:30-17:30', age: [6, 10],
        cost: { option: 'Elternbeitrag monatlich', amount: 95, description: 'Einkommensabhängig 0 bis 160 EUR; Ferienbetreuung inklusive. Mittagessen 4,10 EUR pro Tag, mit Bildung und Teilhabe kostenlos.' },
        text: 'Der Hort an der Grundschule am Westpark betreut Kinder vor und nach dem Unterricht und in den Ferien. Nach dem Mittagessen gibt es eine feste Lernzeit, danach Bewegung auf dem großen Schulhof, Werken, Musik und Gartenprojekte. Die Anmeldung ist über die Kita-Servicestelle mit Betreuungsgutschein möglich.',
        en: ['After-school club at Westpark primary school', 'The after-school club at Westpark primary school looks after children before and after lessons and in the holidays. After lunch there is a fixed study time, then activities on the large playground, crafts, music and gardening projects. Registration is via the day-care service point with a childcare voucher.'],
      },
    ],
  },
  {
    key: 'paritaet', name: 'Der Paritätische Lindenau', alt: 'Paritätischer Wohlfahrtsverband, Kreisgruppe Lindenau', en: 'Paritätischer Welfare Association, Lindenau', legal: 'Kreisgruppe eines eingetragenen Vereins',
    domain: 'paritaet-lindenau.example',
    description: 'Der Dachverband von über 60 gemeinnützigen Vereinen und Initiativen in Lindenau. Er betreibt die Selbsthilfe-Kontaktstelle und die Freiwilligenagentur.',
    sites: [
      { key: 'haus', name: 'Paritätisches Haus Lindenau', area: 'SR06', street: 'Webergasse', no: '5', access: 'full', extras: ['barrierefreies-wc', 'induktionsschleife', 'leichte-sprache'] },
    ],
    services: [
      {
        key: 'kiss', name: 'Selbsthilfe-Kontaktstelle Lindenau (KISS)', terms: ['selbsthilfe'], hours: 'TU 10:00-13:00; TH 14:00-18:00',
        text: 'Die Selbsthilfe-Kontaktstelle vermittelt in über 120 Selbsthilfegruppen in Lindenau – von Angst und Depression über Diabetes und Krebs bis zu Gruppen für Eltern von Kindern mit Behinderung oder Angehörige von Suchtkranken. Wer eine neue Gruppe gründen möchte, bekommt Räume, Starthilfe und Beratung zur Förderung durch die Krankenkassen. Die Kontaktstelle ist unabhängig und kostenlos.',
        en: ['Lindenau self-help contact point (KISS)', 'The self-help contact point connects people with more than 120 self-help groups in Lindenau – from anxiety and depression to diabetes and cancer, and groups for parents of disabled children or relatives of people with addictions. Anyone wanting to start a new group gets rooms, start-up help and advice on funding from health insurers. The contact point is independent and free.'],
      },
      {
        key: 'freiwilligenagentur', name: 'Freiwilligenagentur: Ehrenamt finden', terms: ['nachbarschaft'], hours: 'MO,WE 10:00-13:00; TU 15:00-18:00',
        text: 'Vorlesen in der Kita, Hausaufgabenhilfe, Begleitung älterer Menschen, Patenschaften für Geflüchtete: Die Freiwilligenagentur kennt über 200 Einsatzmöglichkeiten in Lindenau. In einem Gespräch finden wir heraus, was zu Ihren Interessen und Ihrer Zeit passt. Auch Jugendliche, Menschen mit Behinderung und Neuzugewanderte sind herzlich willkommen.',
        en: ['Volunteer centre: finding volunteer work', 'Reading aloud at a day-care centre, homework help, accompanying older people, mentoring refugees: the volunteer centre knows more than 200 opportunities in Lindenau. In a conversation we find out what suits your interests and time. Young people, people with disabilities and newcomers are very welcome.'],
      },
    ],
  },
  {
    key: 'drk', name: 'DRK-Kreisverband Lindenau e.V.', en: 'German Red Cross, Lindenau district branch', legal: 'eingetragener Verein', year: 1922, domain: 'drk-lindenau.example',
    description: 'Das Deutsche Rote Kreuz in Lindenau: Kitas, Hausnotruf, Kleiderladen, Suchdienst, Betreuung von Geflüchteten und Angebote für ältere Menschen.',
    sites: [
      { key: 'kv', name: 'DRK-Kreisgeschäftsstelle', area: 'SR09', street: 'Steinweg', no: '12', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'kleiderladen', name: 'DRK-Kleiderladen Weststadt', area: 'SR07', street: 'Gartenstraße', no: '5', access: 'full' },
      { key: 'unterkunft', name: 'Gemeinschaftsunterkunft Kieler Straße', area: 'SR07', street: 'Kieler Straße', no: '40', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'hort-stadtwald', name: 'DRK-Hort an der Grundschule Am Stadtwald', area: 'SR08', street: 'Lichtungsweg', no: '20', access: 'full' },
    ],
    services: [
      {
        key: 'hausnotruf', name: 'DRK-Hausnotruf', terms: ['senioren', 'entlastung'], at: ['kv'], hours: 'MO-FR 08:00-16:00', age: [null, null],
        cost: { option: 'Basisdienst monatlich', amount: 25.5, description: 'Ab Pflegegrad 1 übernimmt die Pflegekasse die Kosten des Basisdienstes auf Antrag.' },
        extraPhones: [{ description: 'Hausnotrufzentrale, rund um die Uhr' }],
        text: 'Ein Knopfdruck am Handgelenk genügt, und die Hausnotrufzentrale meldet sich – Tag und Nacht. Der Hausnotruf gibt älteren und kranken Menschen, die allein leben, Sicherheit in der eigenen Wohnung. Auf Wunsch hinterlegen Sie einen Schlüssel, sodass im Notfall schnell jemand da ist. Wir beraten kostenlos zu Hause und helfen beim Antrag an die Pflegekasse.',
        en: ['Red Cross home emergency call', 'One press of a button on your wrist and the emergency call centre answers – day and night. The home emergency call gives older and ill people who live alone security in their own home. You can leave a key with us so that someone can come quickly in an emergency. We give free advice at home and help with the application to the care insurance.'],
      },
      {
        key: 'kleiderladen', name: 'DRK-Kleiderladen', terms: ['nachbarschaft', 'sozialleistungen'], at: ['kleiderladen'], hours: 'MO-FR 10:00-18:00; SA 10:00-13:00',
        cost: { option: 'Preis je Teil', amount: 1, description: 'Kleidung ab 1 EUR; mit Lindenau-Pass 50 % Rabatt.' },
        text: 'Im Kleiderladen gibt es gespendete Kleidung, Schuhe und Haushaltswaren zu kleinen Preisen – für alle, nicht nur für Menschen mit wenig Geld. Der Erlös finanziert soziale Angebote des Roten Kreuzes. Spenden werden während der Öffnungszeiten angenommen.',
      },
      {
        key: 'suchdienst', name: 'DRK-Suchdienst: Angehörige finden und Familienzusammenführung', terms: ['gefluechtete', 'migrationsberatung'], at: ['kv'],
        langs: ['en', 'ar', 'uk', 'ru', 'fa'],
        text: 'Der Suchdienst hilft Menschen, die durch Krieg, Flucht oder Katastrophen von ihren Angehörigen getrennt wurden, diese wiederzufinden – weltweit über das Netz der Rotkreuz- und Rothalbmondgesellschaften. Er berät auch zur Familienzusammenführung nach Deutschland. Die Beratung ist vertraulich; Termine nach Vereinbarung.',
        en: ['Red Cross tracing service and family reunification', 'The tracing service helps people who have been separated from their relatives by war, flight or disasters to find them again – worldwide through the network of Red Cross and Red Crescent societies. It also advises on family reunification in Germany. Counselling is confidential; appointments by arrangement.'],
        ar: ['خدمة البحث في الصليب الأحمر: العثور على الأقارب ولمّ الشمل', 'تساعد خدمة البحث الأشخاص الذين فرّقتهم الحرب أو اللجوء أو الكوارث عن أقاربهم على العثور عليهم من جديد، في جميع أنحاء العالم عبر شبكة جمعيات الصليب الأحمر والهلال الأحمر. كما تقدّم المشورة بشأن لمّ شمل الأسرة في ألمانيا. الاستشارة سرية، والمواعيد بالاتفاق.'],
        uk: ['Служба розшуку Червоного Хреста та возз’єднання родин', 'Служба розшуку допомагає людям, яких війна, втеча або катастрофи розлучили з рідними, знову їх знайти — по всьому світу через мережу товариств Червоного Хреста і Червоного Півмісяця. Вона також консультує щодо возз’єднання родин у Німеччині. Консультація конфіденційна, прийом за записом.'],
      },
      {
        key: 'unterkunft', name: 'Sozialbetreuung in der Gemeinschaftsunterkunft Kieler Straße', terms: ['gefluechtete'], at: ['unterkunft'], hours: 'MO-FR 08:00-18:00',
        langs: ['ar', 'fa', 'uk', 'ru', 'ku', 'en'],
        text: 'In der Gemeinschaftsunterkunft leben rund 180 geflüchtete Menschen, darunter viele Familien. Das Team der Sozialbetreuung hilft bei Behördenpost, Arztterminen, Schul- und Kitaanmeldung und der Suche nach einer eigenen Wohnung. Nachmittags gibt es Hausaufgabenhilfe und Spielangebote, abends Deutschcafé mit Ehrenamtlichen.',
        en: ['Social support at the Kieler Straße shelter', 'About 180 refugees live in the shared accommodation, many of them families. The social support team helps with official letters, doctor’s appointments, school and day-care registration and the search for a flat of one’s own. In the afternoons there is homework help and play, in the evenings a German café with volunteers.'],
      },
      {
        key: 'hort-stadtwald', name: 'DRK-Hort an der Grundschule Am Stadtwald', terms: ['hort'], at: ['hort-stadtwald'], hours: 'MO-FR 06:30-07:50,11:30-17:30', age: [6, 11],
        cost: [{ option: 'Elternbeitrag monatlich', amount: 110, description: 'Einkommensabhängig 0 bis 110 EUR.' }, { option: 'Mittagessen je Tag', amount: 4.1, description: 'Mit Bildung und Teilhabe kostenfrei.' }],
        text: 'Im DRK-Hort werden 80 Grundschulkinder in vier Gruppen betreut, mit Frühhort vor Schulbeginn und Ferienprogramm. Schwerpunkte sind Bewegung im nahen Stadtwald und soziales Lernen: Die Kinder übernehmen Patenschaften für die Erstklässler und lernen in der Schulsanitäts-AG Erste Hilfe.',
      },
      {
        key: 'gesundheitssport', name: 'Gedächtnistraining und Gymnastik für Ältere', terms: ['senioren'], at: ['kv'], hours: 'MO,TH 10:00-11:00', age: [60, null],
        cost: { option: 'Beitrag je Termin', amount: 3, description: 'Erste Stunde zum Kennenlernen kostenfrei.' },
        text: 'Bewegung im Sitzen und Stehen, Übungen für Gleichgewicht und Kraft, dazu Rätsel und Spiele für den Kopf: Die Gruppen des Roten Kreuzes halten fit und machen Spaß. Geleitet werden sie von ausgebildeten Übungsleiterinnen; Vorkenntnisse braucht es nicht.',
      },
    ],
  },
  {
    key: 'lebenshilfe', name: 'Lebenshilfe Lindenau e.V.', en: 'Lebenshilfe Lindenau (association for people with intellectual disabilities)', legal: 'eingetragener Verein', year: 1964,
    domain: 'lebenshilfe-lindenau.example',
    description: 'Die Lebenshilfe ist Selbsthilfevereinigung, Eltern- und Fachverband für Menschen mit geistiger Behinderung und ihre Familien: Frühförderung, integrative Kita, Werkstätten, Wohnen und Freizeit.',
    sites: [
      { key: 'fruehfoerderstelle', name: 'Interdisziplinäre Frühförderstelle', en: 'Interdisciplinary early intervention centre', area: 'SR03', street: 'Platanenstraße', no: '9', access: 'full', extras: ['barrierefreies-wc'] },
      { key: 'geschaeftsstelle', name: 'Lebenshilfe-Geschäftsstelle', area: 'SR04', street: 'Wiesenstraße', no: '18', access: 'full', extras: ['barrierefreies-wc', 'leichte-sprache'] },
      { key: 'werkstatt', name: 'Lindenauer Werkstätten', area: 'SR11', street: 'Werkstraße', no: '20', access: 'full', extras: ['barrierefreies-wc', 'leichte-sprache'] },
    ],
    services: [
      {
        key: 'fruehfoerderung', name: 'Interdisziplinäre Frühförderstelle', terms: ['fruehfoerderung'], at: ['fruehfoerderstelle'], hours: 'MO-TH 08:00-16:30; FR 08:00-13:00', age: [0, 6],
        langs: ['en', 'tr', 'ar'],
        text: 'Die Frühförderstelle unterstützt Kinder von der Geburt bis zum Schuleintritt, die sich langsamer entwickeln, eine Behinderung haben oder von einer Behinderung bedroht sind. Heilpädagoginnen, Logopädinnen, Ergo- und Physiotherapeuten fördern die Kinder bei uns, zu Hause oder in der Kita und beziehen die Eltern eng ein. Ein offenes Beratungsgespräch ist ohne ärztliche Überweisung möglich; die Förderung selbst ist für Familien kostenlos.',
        en: ['Interdisciplinary early intervention centre', 'The early intervention centre supports children from birth until they start school who are developing more slowly, have a disability or are at risk of one. Special needs educators, speech, occupational and physiotherapists work with the children at the centre, at home or at day care and closely involve the parents. An initial consultation is possible without a doctor’s referral; the support itself is free for families.'],
        tr: ['Disiplinlerarası Erken Destek Merkezi', 'Erken Destek Merkezi, doğumdan okula başlayana kadar gelişimi daha yavaş olan, engeli bulunan ya da engel riski taşıyan çocukları destekler. Özel eğitim uzmanları, dil ve konuşma terapistleri, ergoterapistler ve fizyoterapistler çocuklarla merkezde, evde ya da kreşte çalışır ve anne babaları yakından dahil eder. İlk danışma görüşmesi için doktor sevki gerekmez; destek aileler için ücretsizdir.'],
        ar: ['مركز التدخل المبكر متعدد التخصصات', 'يدعم مركز التدخل المبكر الأطفال منذ الولادة حتى دخول المدرسة ممن يتطورون بشكل أبطأ أو لديهم إعاقة أو معرَّضون لها. يعمل مختصو التربية العلاجية والنطق والعلاج الوظيفي والعلاج الطبيعي مع الأطفال في المركز أو في المنزل أو في الروضة، ويشركون الوالدين عن قرب. يمكن إجراء جلسة استشارية أولى دون تحويل من الطبيب، والدعم نفسه مجاني للأسر.'],
        uk: ['Міждисциплінарний центр ранньої допомоги', 'Центр ранньої допомоги підтримує дітей від народження до вступу до школи, які розвиваються повільніше, мають інвалідність або ризик її виникнення. Корекційні педагоги, логопеди, ерготерапевти та фізіотерапевти працюють з дітьми в центрі, вдома або в дитсадку й тісно залучають батьків. Першу консультацію можна отримати без направлення лікаря; сама допомога для родин безкоштовна.'],
      },
      {
        key: 'fud', name: 'Familienunterstützender Dienst (FuD)', terms: ['entlastung', 'eingliederungshilfe'], at: ['geschaeftsstelle'], hours: 'MO-TH 09:00-15:00',
        cost: 'fees', fees: 'Abrechnung über Entlastungsbetrag, Verhinderungspflege oder Eingliederungshilfe; Selbstzahler 32 EUR pro Stunde.',
        text: 'Der Familienunterstützende Dienst entlastet Familien, in denen ein Kind oder Erwachsener mit Behinderung lebt. Geschulte Assistentinnen und Assistenten kommen stundenweise nach Hause, begleiten zum Schwimmen oder ins Kino oder übernehmen die Betreuung, wenn Eltern einen Abend für sich brauchen. In den Ferien gibt es Tagesausflüge und Freizeiten.',
        en: ['Family support service', 'The family support service gives a break to families who live with a child or adult with a disability. Trained assistants come to your home for a few hours, go swimming or to the cinema, or take over care when parents need an evening to themselves. In the holidays there are day trips and holiday camps.'],
      },
      {
        key: 'freizeitclub', name: 'Freizeitclub und inklusive Ferienangebote', terms: ['eingliederungshilfe', 'nachbarschaft'], at: ['geschaeftsstelle'], hours: 'FR 17:00-21:00', age: [14, null],
        cost: { option: 'Beitrag je Abend', amount: 4 },
        text: 'Freitags ist Clubabend: Menschen mit und ohne Behinderung kochen zusammen, spielen, tanzen oder gehen bowlen. Die Angebote werden gemeinsam mit den Teilnehmenden geplant und in Leichter Sprache angekündigt. Im Sommer gibt es eine inklusive Ferienfreizeit an die Ostsee.',
      },
      {
        key: 'ambulantes-wohnen', name: 'Ambulant unterstütztes Wohnen', terms: ['eingliederungshilfe'], at: ['geschaeftsstelle'], age: [18, null], cost: 'fees',
        fees: 'Finanzierung über die Eingliederungshilfe; für Sie fallen in der Regel keine Kosten an.',
        text: 'Erwachsene mit geistiger oder mehrfacher Behinderung, die allein, zu zweit oder in einer Wohngemeinschaft leben möchten, werden von uns im Alltag unterstützt – beim Einkaufen, mit Geld und Post, bei Arztbesuchen und in der Freizeit. Wie viel Hilfe es braucht, planen wir gemeinsam mit Ihnen und dem Teilhabefachdienst. Termine nach Vereinbarung.',
      },
      {
        key: 'werkstatt', name: 'Lindenauer Werkstätten: Arbeit und Bildung für Menschen mit Behinderung', terms: ['eingliederungshilfe', 'berufsberatung'], at: ['werkstatt'],
        hours: 'MO-TH 07:30-15:30; FR 07:30-12:30', age: [18, null], cost: 'fees', fees: 'Finanzierung über Agentur für Arbeit (Berufsbildungsbereich) und Eingliederungshilfe.',
        text: 'In den Lindenauer Werkstätten arbeiten rund 320 Menschen mit Behinderung in Montage, Gärtnerei, Wäscherei, Küche und einer Fahrradwerkstatt. Im Berufsbildungsbereich werden neue Beschäftigte zwei Jahre lang qualifiziert; Außenarbeitsplätze in Betrieben ebnen den Weg auf den allgemeinen Arbeitsmarkt. Ein Praktikum zum Kennenlernen ist jederzeit möglich.',
        en: ['Lindenau workshops: work and training for people with disabilities', 'About 320 people with disabilities work at the Lindenau workshops in assembly, gardening, laundry, catering and a bicycle workshop. New employees are trained for two years in the vocational training area; placements in companies pave the way to the general labour market. A trial internship is possible at any time.'],
      },
      {
        key: 'geschwister', name: 'Geschwisterkindergruppe', terms: ['selbsthilfe', 'eingliederungshilfe'], at: ['geschaeftsstelle'], hours: 'FR 15:00-17:00 (vierzehntäglich)', age: [6, 14],
        text: 'Geschwister von Kindern mit Behinderung stecken oft zurück und übernehmen früh Verantwortung. In der Geschwistergruppe stehen sie selbst im Mittelpunkt: Sie spielen, machen Ausflüge und können offen über Wut, Sorgen und Stolz sprechen. Die Gruppe ist kostenlos.',
      },
      {
        key: 'elternberatung', name: 'Beratung für Eltern von Kindern mit Behinderung', terms: ['teilhabeberatung', 'eingliederungshilfe'], at: ['geschaeftsstelle'], hours: 'TU 14:00-18:00', age: [0, 17],
        text: 'Eine Diagnose verändert vieles. Erfahrene Eltern und eine Sozialarbeiterin beraten zu Pflegegrad, Schwerbehindertenausweis, Kita- und Schulwahl, Eingliederungshilfe und Entlastung. Im monatlichen Elterntreff tauschen sich Familien aus, die ähnliche Wege gehen.',
        en: ['Advice for parents of children with disabilities', 'A diagnosis changes a lot. Experienced parents and a social worker advise on care levels, the disability card, choosing a day-care centre and school, integration assistance and respite. At the monthly parents’ meeting families on similar paths share experiences.'],
      },
    ],
  },
  {
    key: 'profamilia', name: 'pro familia Beratungsstelle Lindenau', en: 'pro familia counselling centre Lindenau', legal: 'Beratungsstelle eines eingetragenen Vereins',
    domain: 'profamilia-lindenau.example', langs: ['en'],
    description: 'Beratung zu Sexualität, Partnerschaft, Verhütung, Schwangerschaft und Schwangerschaftskonflikt. Staatlich anerkannte Schwangerschaftskonfliktberatungsstelle.',
    sites: [
      { key: 'bs', name: 'pro familia Lindenau', area: 'SR02', street: 'Humboldtstraße', no: '5', address2: '2. Obergeschoss (Aufzug)', access: 'partial' },
    ],
    services: [
      {
        key: 'konfliktberatung', name: 'Schwangerschaftskonfliktberatung', terms: ['schwangerschaftsberatung'], hours: 'MO,TU,TH 09:00-13:00; TU,TH 14:00-18:00', langs: ['fr', 'es', 'tr'],
        text: 'Sie sind ungewollt schwanger oder unsicher, ob Sie die Schwangerschaft fortsetzen möchten? In der Schwangerschaftskonfliktberatung nehmen wir uns Zeit für Ihre Situation, informieren über alle Möglichkeiten und Hilfen und respektieren Ihre Entscheidung. Nach dem Gespräch erhalten Sie die Beratungsbescheinigung nach § 219 StGB. Termine vergeben wir kurzfristig, meist innerhalb von zwei Tagen.',
        en: ['Pregnancy conflict counselling', 'Are you unintentionally pregnant or unsure whether to continue the pregnancy? In pregnancy conflict counselling we take time for your situation, inform you about all options and support, and respect your decision. After the conversation you receive the counselling certificate required under section 219 of the Criminal Code. We give appointments at short notice, usually within two days.'],
        tr: ['Gebelik çatışması danışmanlığı', 'İstemeden mi hamile kaldınız ya da gebeliğe devam edip etmemek konusunda emin değil misiniz? Gebelik çatışması danışmanlığında durumunuza zaman ayırır, tüm seçenekler ve yardımlar hakkında bilgi verir ve kararınıza saygı duyarız. Görüşmeden sonra Ceza Kanunu 219. madde uyarınca danışmanlık belgesini alırsınız. Randevular kısa sürede, çoğunlukla iki gün içinde verilir.'],
        ar: ['استشارات نزاع الحمل', 'هل أنتِ حامل دون رغبة أو غير متأكدة من الاستمرار في الحمل؟ في استشارة نزاع الحمل نخصص الوقت لوضعك، ونقدّم المعلومات عن جميع الخيارات والمساعدات، ونحترم قرارك. بعد الاستشارة تحصلين على شهادة الاستشارة وفق المادة 219 من قانون العقوبات. نعطي المواعيد بسرعة، غالباً خلال يومين.'],
        uk: ['Консультація у конфліктній ситуації вагітності', 'Ви завагітніли небажано або не впевнені, чи продовжувати вагітність? Під час консультації ми приділимо час вашій ситуації, розповімо про всі можливості та допомогу й поважатимемо ваше рішення. Після розмови ви отримаєте довідку про консультацію згідно з § 219 Кримінального кодексу. Записуємо швидко, зазвичай протягом двох днів.'],
      },
      {
        key: 'sexualpaedagogik', name: 'Sexualpädagogik für Schulklassen und Jugendgruppen', terms: ['jugendberatung'], age: [10, 18],
        text: 'In Workshops für Schulklassen und Jugendgruppen sprechen unsere Sexualpädagoginnen und -pädagogen offen über Körper, Pubertät, Liebe, Verhütung, sexuelle Vielfalt und Grenzen. Mädchen und Jungen arbeiten teils getrennt, teils gemeinsam. Lehrkräfte und Jugendleiter können Termine für ihre Gruppe anfragen.',
      },
      {
        key: 'paarberatung', name: 'Paar- und Sexualberatung', terms: ['trennung-scheidung'],
        cost: { option: 'Kostenbeitrag je Sitzung', amount: 30, description: 'Nach Einkommen 0 bis 60 EUR; die erste Sitzung ist kostenfrei.' },
        text: 'Wenn in der Beziehung die Nähe fehlt, die Lust verloren gegangen ist oder Kränkungen sich häufen, bieten wir Paaren und Einzelnen einen geschützten Raum. Die Beratung ist vertraulich und für alle Paare offen, gleich welcher sexuellen Orientierung. Termine nach Vereinbarung.',
      },
      {
        key: 'onlineberatung', name: 'Online-Beratung zu Verhütung, Schwangerschaft und Sexualität', mode: 'online', url: 'https://www.profamilia-lindenau.example/onlineberatung',
        email: 'onlineberatung', terms: ['schwangerschaftsberatung', 'jugendberatung'], noPhone: true,
        text: 'Fragen zu Verhütung, Pille danach, Schwangerschaft oder Sexualität lassen sich nicht immer leicht am Telefon stellen. Über unsere verschlüsselte Online-Beratung schreiben Sie uns anonym und bekommen innerhalb von zwei Werktagen eine persönliche Antwort von einer Fachkraft. Jugendliche sind ausdrücklich willkommen.',
        en: ['Online counselling on contraception, pregnancy and sexuality', 'Questions about contraception, the morning-after pill, pregnancy or sexuality are not always easy to ask on the phone. Through our encrypted online counselling you can write to us anonymously and receive a personal answer from a professional within two working days. Young people are explicitly welcome.'],
      },
      {
        key: 'kinderwunsch', name: 'Beratung bei unerfülltem Kinderwunsch', terms: ['schwangerschaftsberatung'], outdated: true,
        text: 'Wenn sich der Wunsch nach einem Kind nicht erfüllt, ist das für viele Paare eine große Belastung. Wir begleiten vor, während und nach einer Kinderwunschbehandlung, beraten zu medizinischen Möglichkeiten, Adoption und Pflegekindschaft und helfen, mit Enttäuschung und Trauer umzugehen. Termine nach Vereinbarung.',
      },
    ],
  },
  {
    key: 'dksb', name: 'Deutscher Kinderschutzbund Ortsverband Lindenau e.V.', en: 'German Child Protection Association, Lindenau branch', legal: 'eingetragener Verein', year: 1978,
    domain: 'kinderschutzbund-lindenau.example',
    description: 'Der Kinderschutzbund setzt sich für die Rechte von Kindern ein: mit Kinder- und Jugendtelefon, Elterntelefon, Elternkursen, Familienpatenschaften und begleitetem Umgang.',
    sites: [
      { key: 'haus', name: 'Kinderschutzbund-Haus', area: 'SR04', street: 'Fährstraße', no: '9', access: 'partial' },
      { key: 'kinderkiste', name: 'Kleiderstube Kinderkiste', area: 'SR06', street: 'Speicherstraße', no: '3', access: 'full' },
    ],
    services: [
      {
        key: 'kinder-jugendtelefon', name: 'Kinder- und Jugendtelefon Lindenau', mode: 'phone', terms: ['jugendberatung', 'kinderschutz'], hours: 'MO-SA 14:00-20:00', age: [6, 21],
        text: 'Am Kinder- und Jugendtelefon hören ausgebildete Ehrenamtliche zu – bei Liebeskummer, Stress mit Eltern oder Freunden, Mobbing, Gewalt oder wenn einfach alles zu viel ist. Der Anruf ist kostenlos und anonym. Samstags beraten Jugendliche Jugendliche.',
        en: ['Lindenau children and youth helpline', 'At the children and youth helpline trained volunteers listen – to heartbreak, stress with parents or friends, bullying, violence or when everything simply gets too much. Calls are free and anonymous. On Saturdays young people advise young people.'],
        ar: ['هاتف الأطفال والشباب في ليندناو', 'على هاتف الأطفال والشباب يستمع إليك متطوعون مدرَّبون: عند حزن الحب أو المشاكل مع الأهل أو الأصدقاء أو التنمر أو العنف أو عندما يصبح كل شيء أكثر من اللازم. المكالمة مجانية ودون ذكر الاسم. أيام السبت يقدّم شباب المشورة لشباب.'],
        uk: ['Телефон довіри для дітей і молоді Лінденау', 'На телефоні довіри тебе вислухають підготовлені волонтери — коли нещасливе кохання, сварки з батьками чи друзями, булінг, насильство або коли просто всього забагато. Дзвінок безкоштовний і анонімний. У суботу молодь консультує молодь.'],
      },
      {
        key: 'elterntelefon', name: 'Elterntelefon', mode: 'phone', terms: ['erziehungsberatung'], hours: 'MO-FR 09:00-11:00; TU,TH 17:00-19:00',
        text: 'Manchmal hilft es, einfach mit jemandem zu reden, der zuhört: Das Elterntelefon ist für Mütter, Väter und Großeltern da, wenn die Nerven blank liegen oder eine Frage keine Ruhe lässt. Die Beraterinnen sind geschult, bleiben anonym und nennen auf Wunsch Stellen, die weiterhelfen.',
        en: ['Parents’ helpline', 'Sometimes it helps just to talk to someone who listens: the parents’ helpline is there for mothers, fathers and grandparents when nerves are frayed or a question won’t go away. The counsellors are trained, stay anonymous and can recommend further help if you wish.'],
      },
      {
        key: 'begleiteter-umgang', name: 'Begleiteter Umgang', terms: ['trennung-scheidung', 'kinderschutz'], at: ['haus'], hours: 'WE-FR 14:00-19:00; SA 10:00-16:00', age: [0, 14],
        text: 'Wenn Kinder nach einer Trennung einen Elternteil nicht ohne Begleitung treffen können – etwa nach langer Kontaktpause oder bei großen Konflikten –, ermöglichen wir Treffen in unseren Spielräumen im Beisein einer Fachkraft. Ziel ist, dass Kontakte wieder ohne Begleitung gelingen. Die Vermittlung erfolgt über Jugendamt oder Familiengericht.',
        en: ['Supervised contact', 'When children cannot meet a parent without supervision after a separation – for example after a long break in contact or in cases of serious conflict – we arrange meetings in our play rooms in the presence of a professional. The aim is for contact to work without supervision again. Referral is via the youth welfare office or the family court.'],
      },
      {
        key: 'familienpaten', name: 'Familienpatenschaften', terms: ['fruehe-hilfen', 'familienbildung'], at: ['haus'], age: [0, 6],
        text: 'Ehrenamtliche Familienpatinnen und -paten besuchen Familien mit kleinen Kindern einmal pro Woche für einige Stunden: Sie spielen mit den Kindern, begleiten zum Kinderarzt, helfen beim Sortieren der Post oder hören einfach zu. Das Angebot ist kostenlos, unbürokratisch und richtet sich an alle, die sich mehr Unterstützung im Familienalltag wünschen.',
        en: ['Family mentors', 'Volunteer family mentors visit families with young children once a week for a few hours: they play with the children, go along to the paediatrician, help sort the mail or simply listen. The service is free and unbureaucratic, for anyone who would like more support in everyday family life.'],
      },
      {
        key: 'starke-eltern', name: 'Elternkurs „Starke Eltern – Starke Kinder“', terms: ['familienbildung', 'erziehungsberatung'], at: ['haus'], hours: 'TU 19:00-21:00 (zehn Abende)',
        cost: { option: 'Kursgebühr', amount: 40, description: 'Zehn Abende; mit Lindenau-Pass kostenfrei, Kinderbetreuung auf Anfrage.' },
        text: 'Der Elternkurs stärkt Mütter und Väter darin, ihren Kindern Liebe und Halt zu geben und zugleich Grenzen zu setzen – ohne Gewalt und ohne endlose Diskussionen. An zehn Abenden geht es um Kommunikation, Regeln, Konflikte und die eigenen Kraftquellen. Der Kurs ist für Eltern von Kindern jeden Alters geeignet.',
        en: ['Parenting course for strong parents and strong children', 'This parenting course helps mothers and fathers give their children love and support while setting limits – without violence and without endless arguments. Over ten evenings it covers communication, rules, conflicts and your own sources of strength. Suitable for parents of children of any age.'],
      },
      {
        key: 'babysitterkurs', name: 'Babysitterkurs für Jugendliche', terms: ['familienbildung', 'jugendarbeit'], at: ['haus'], hours: 'SA 10:00-15:00 (zwei Samstage)', age: [13, 18],
        cost: { option: 'Kursgebühr', amount: 25, description: 'Inklusive Babysitter-Pass; ermäßigt 10 EUR.' },
        text: 'Im Babysitterkurs lernen Jugendliche ab 13, wie man Babys wickelt und füttert, Kinder beschäftigt, Unfälle vermeidet und im Notfall richtig reagiert. Nach dem Kurs gibt es einen Babysitter-Pass, und wer möchte, wird in unsere Babysitter-Kartei für Lindenauer Familien aufgenommen.',
      },
      {
        key: 'kinderkiste', name: 'Kleiderstube Kinderkiste', terms: ['nachbarschaft'], at: ['kinderkiste'], hours: 'WE 15:00-18:00; SA 10:00-13:00', cost: 'free',
        fees: 'Gegen eine kleine Spende.',
        text: 'In der Kinderkiste gibt es gut erhaltene Kinderkleidung von Größe 50 bis 176, Spielzeug, Bücher, Kinderwagen und Babyausstattung gegen eine kleine Spende. Das Team aus Ehrenamtlichen nimmt saubere Spenden zu den Öffnungszeiten gern an.',
      },
    ],
  },
];

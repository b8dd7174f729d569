// Visitors' feedback in the demo: a few reports of wrong entries (one already done) and "did this help?"
// answers over the last weeks, so the editors' page /verwaltung/rueckmeldungen shows its work.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.ts';
import { rows } from '../platform/db.ts';
import { feedbackHelpful, feedbackReports } from '../modules/directory/schema.ts';
import { seeded } from './random.ts';

const REPORTS: { category: string; message: string; contact: string | null; daysAgo: number; done?: boolean; about: string }[] = [
  { category: 'hours', message: 'Mittwochs ist seit den Herbstferien nur noch bis 12 Uhr geöffnet, nicht bis 16 Uhr.', contact: null, daysAgo: 1, about: '%Budgetberatung%' },
  { category: 'contact', message: 'Die Telefonnummer ist nicht mehr vergeben, ich lande bei einer Ansage.', contact: 'k.yilmaz@example.org', daysAgo: 2, about: '%Werkstätten%' },
  { category: 'address', message: 'Die Beratung ist in die Bahnhofstraße 14 umgezogen (2. OG, Eingang über den Hof).', contact: null, daysAgo: 4, about: '%Erziehungsberatung%' },
  { category: 'discontinued', message: 'Die Krabbelgruppe findet laut Aushang seit Oktober nicht mehr statt.', contact: 'familie.becker@example.org', daysAgo: 9, about: '%Krabbel%' },
  { category: 'other', message: 'Auf der Seite fehlt, dass man sich vorher anmelden muss.', contact: null, daysAgo: 20, done: true, about: '%kurs%' },
];

export async function loadDemoFeedback(db: Queryable, now = new Date()): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM feedback_reports`);
  if (n > 0) return 0;
  const services = await rows<{ id: string }>(db, sql`SELECT id FROM services WHERE status = 'active' AND source_id IS NULL ORDER BY id LIMIT 40`);
  if (!services.length) return 0;
  const rng = seeded('zugang-demo/feedback');
  const day = (d: number) => new Date(now.getTime() - d * 86_400_000);
  // Each report about a service it fits (by name), else one of the first services.
  const about = await Promise.all(REPORTS.map(async (r, i) => (await rows<{ id: string }>(db, sql`
    SELECT id FROM services WHERE status = 'active' AND source_id IS NULL AND name ILIKE ${r.about} ORDER BY name LIMIT 1`))[0]?.id ?? services[(i * 7) % services.length].id));
  await db.insert(feedbackReports).values(REPORTS.map((r, i) => ({
    serviceId: about[i], category: r.category, message: r.message, contactEmail: r.contact,
    status: r.done ? 'done' : 'open', createdAt: day(r.daysAgo), doneAt: r.done ? day(r.daysAgo - 2) : null,
  })));
  // "Did this help?" over the last 28 days: mostly yes, some no.
  const answers = [];
  for (const s of services.slice(0, 25)) {
    for (let d = 0; d < 28; d++) {
      if (!rng.chance(0.3)) continue;
      answers.push({ serviceId: s.id, day: day(d).toISOString().slice(0, 10), yes: rng.int(0, 4), no: rng.chance(0.3) ? rng.int(1, 2) : 0 });
    }
  }
  if (answers.length) await db.insert(feedbackHelpful).values(answers.filter((a) => a.yes + a.no > 0));
  return REPORTS.length;
}

// Courses and events in the benchmark district: events of the generated services (dated from today, over
// the next twelve weeks), citizens with sessions who register, an SMTP sink that takes the mails, and the
// registration load (16 people registering at once through the real form, with its CSRF token).
// bench/README.md ("Events") explains the figures.
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { rows, type Queryable } from '../src/platform/db.ts';
import { saveEvent } from '../src/modules/events/events.ts';
import { users } from '../src/modules/accounts/schema.ts';
import { createSession, SESSION_COOKIE } from '../src/modules/accounts/sessions.ts';
import { createRandom } from './generate.ts';

const DAY = 86_400_000;

const TITLES = [
  ['Elterncafé', 'group'], ['Babymassage', 'course'], ['Erste Hilfe am Kind', 'workshop'], ['Elternabend: Medienerziehung', 'single'],
  ['Pubertät – Baustelle im Kopf', 'single'], ['Geburtsvorbereitung für Paare', 'course'], ['Rückbildungsgymnastik', 'course'],
  ['Krabbelgruppe', 'group'], ['Vätertreff', 'group'], ['Informationsabend Kitaplatz', 'single'], ['Deutschkurs mit Kinderbetreuung', 'course'],
  ['Bewerbungstraining für Alleinerziehende', 'workshop'], ['Sprechstunde Schuldnerberatung', 'single'], ['Trennung und Scheidung – was Kinder brauchen', 'single'],
  ['Gesunde Ernährung im Familienalltag', 'workshop'], ['Digitale Zugänge zu Sozialer Arbeit', 'workshop'], ['Pflege zu Hause – Angehörigentreff', 'group'],
  ['Hausaufgabenhilfe: Infonachmittag', 'single'], ['Starke Eltern – starke Kinder', 'course'], ['Familienfrühstück im Stadtteil', 'group'],
] as const;

export type EventSeed = { events: number; eventIds: string[]; hotEventIds: string[]; sessionCount: number; seconds: number };

/**
 * Events for a sample of the generated services: organisation, one of its locations, a life situation of
 * the service; 1–8 sessions (courses weekly), from tomorrow over twelve weeks; capacity 12–60, a third free.
 */
export async function seedEvents(db: Queryable, count: number, seed: string, now = new Date()): Promise<EventSeed> {
  const t0 = performance.now();
  const rng = createRandom(`zugang-bench/events/${seed}`);
  const candidates = await rows<{ id: string; organization_id: string; location_id: string | null; term_id: string | null }>(db, sql`
    SELECT s.id, s.organization_id,
      (SELECT sal.location_id FROM service_at_locations sal WHERE sal.service_id = s.id ORDER BY sal.location_id LIMIT 1) AS location_id,
      (SELECT a.taxonomy_term_id FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
         WHERE a.link_id = s.id AND t.taxonomy_id = (SELECT taxonomy_id FROM taxonomy_terms WHERE code = 'erziehung-familie')
         ORDER BY a.taxonomy_term_id LIMIT 1) AS term_id
    FROM services s WHERE s.status = 'active' ORDER BY s.id LIMIT ${count}`);
  const today = Date.parse(now.toISOString().slice(0, 10));
  const eventIds: string[] = [];
  let sessionCount = 0;
  for (const [i, c] of candidates.entries()) {
    const [title, format] = TITLES[i % TITLES.length];
    const first = today + rng.int(1, 84) * DAY + rng.pick([9, 10, 15, 17, 19]) * 3_600_000 - 3_600_000; // about local time in winter
    const n = format === 'course' ? rng.int(4, 8) : 1;
    const minutes = rng.pick([60, 90, 120]);
    const sessions = Array.from({ length: n }, (_, k) => ({ startsAt: new Date(first + k * 7 * DAY), endsAt: new Date(first + k * 7 * DAY + minutes * 60_000),
      locationId: c.location_id, room: rng.chance(0.5) ? `Raum ${rng.int(1, 12)}` : null }));
    sessionCount += n;
    const free = rng.chance(0.33);
    eventIds.push(await saveEvent(db, {
      id: rng.uuid(), organizationId: c.organization_id, serviceId: c.id, title, format, description: `${title}: ein Angebot im Stadtteil.`,
      termIds: c.term_id ? [c.term_id] : [], capacity: rng.pick([12, 15, 20, 25, 30, 60]), maxPlacesPerRegistration: 2,
      fee: free ? null : rng.pick([5, 10, 25, 45]), feeReduced: free ? null : 0, minimumAge: rng.chance(0.3) ? rng.int(0, 6) : null,
      languageCodes: rng.chance(0.1) ? ['de', rng.pick(['tr', 'ar', 'uk', 'en'])] : ['de'], sessions,
    }, now));
  }
  // A few wanted events that everybody registers for: fewer places than people, so each fills up and
  // gets a waiting list while the others still register (each person registers once per event).
  const hotEventIds = eventIds.slice(0, 4);
  await db.execute(sql`UPDATE events SET capacity = 10 WHERE id = ANY(${sql.param(hotEventIds)}::uuid[])`);
  return { events: eventIds.length, eventIds, hotEventIds, sessionCount, seconds: (performance.now() - t0) / 1000 };
}

/** Citizens with a verified address and a signed-in session each (the cookie value), as after signing in. */
export async function benchCitizens(db: Queryable, count: number, prefix = 'buerger'): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const [u] = await db.insert(users).values({ email: `${prefix}-${i}@bench.example`, displayName: `Bürgerin ${i}`, kind: 'citizen', emailVerifiedAt: new Date() })
      .returning({ id: users.id });
    tokens.push((await createSession(db, u.id, { ip: '127.0.0.1', userAgent: 'zugang-bench' })).token);
  }
  return tokens;
}

/** An SMTP server that accepts every message and counts it (the delivery loop needs somewhere to deliver). */
export async function startSmtpSink(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => { received++; callback(); });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Calendar URLs as visitors use them: this and the next weeks and months, with the calendar's filters. */
export function calendarPaths(lifeSituations: string[], sozialraeume: string[], now = new Date()): string[] {
  const paths: string[] = [];
  const day = (n: number) => new Date(now.getTime() + n * DAY).toISOString().slice(0, 10);
  for (let w = 0; w < 8; w++) paths.push(`/veranstaltungen?ansicht=woche&datum=${day(w * 7)}`);
  for (let m = 0; m < 3; m++) paths.push(`/veranstaltungen?ansicht=monat&datum=${day(m * 30)}`);
  for (const l of lifeSituations) paths.push(`/veranstaltungen?ansicht=monat&lebenslage=${l}`);
  for (const s of sozialraeume) paths.push(`/veranstaltungen?ansicht=woche&sozialraum=${encodeURIComponent(s)}`);
  paths.push('/veranstaltungen?kostenfrei=1', '/veranstaltungen?age=3', '/veranstaltungen?sprache=tr', '/veranstaltungen');
  return paths;
}

export type RegistrationFigures = {
  workers: number; seconds: number; attempts: number; registered: number; refused: number; errors: number; rps: number;
  p50: number; p95: number; p99: number; statuses: Record<string, number>;
};

/**
 * Signed-in citizens register at once, each through the real form: the event page for the CSRF token
 * (once per person), then POST /veranstaltungen/:id/anmelden. A quarter of the attempts go to the four
 * wanted events (10 places each) (their row lock is where registrations queue), the rest spread over all events. A
 * registration is counted when the server answers 303 (confirmed or waiting, with its mail queued).
 */
export async function registrationLoad(base: string, tokens: string[], eventIds: string[], hotEventIds: string[], seconds: number, seed: string,
  percentile: (sorted: number[], p: number) => number): Promise<RegistrationFigures> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let attempts = 0, registered = 0, refused = 0, errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async (token: string, w: number) => {
    const rng = createRandom(`zugang-bench/register/${seed}/${w}`);
    // The person's CSRF secret (cookie) and token, from an event page, as a browser gets them.
    const page = await fetch(`${base}/veranstaltungen/${eventIds[0]}`, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    const html = await page.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    const secret = page.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('_csrf='));
    if (!csrf || !secret) throw new Error(`no CSRF token on the event page (${page.status})`);
    const cookie = `${SESSION_COOKIE}=${token}; ${secret}`;
    // Each person registers once per event: a shuffled order of all events, the wanted ones in between.
    const order = eventIds.filter((id) => !hotEventIds.includes(id));
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rng.next() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    const hot = [...hotEventIds];
    let k = 0;
    while (performance.now() < deadline) {
      const id = hot.length && rng.chance(0.25) ? hot.pop()! : order[k++];
      if (!id) break;
      const t0 = performance.now();
      attempts++;
      try {
        const r = await fetch(`${base}/veranstaltungen/${id}/anmelden`, {
          method: 'POST', redirect: 'manual',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: csrf, name: `Bürgerin ${w}`, places: '1' }).toString(),
        });
        await r.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 303) registered++;
        else refused++;
      } catch {
        errors++;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(tokens.map((tk, w) => worker(tk, w)));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    workers: tokens.length, seconds: elapsed, attempts, registered, refused, errors, rps: registered / elapsed,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), statuses,
  };
}

/** What the registrations left in the database: registrations, mails queued, delivered, and overbooking. */
export async function registrationOutcome(db: Queryable) {
  const [r] = await rows<{ registrations: number; confirmed: number; waiting: number; overbooked: number; mails: number; sent: number }>(db, sql`
    SELECT (SELECT count(*)::int FROM event_registrations) AS registrations,
      (SELECT count(*)::int FROM event_registrations WHERE status = 'confirmed') AS confirmed,
      (SELECT count(*)::int FROM event_registrations WHERE status = 'waiting') AS waiting,
      (SELECT count(*)::int FROM events WHERE confirmed_places > capacity
         OR confirmed_places <> (SELECT coalesce(sum(places), 0) FROM event_registrations r WHERE r.event_id = events.id AND r.status = 'confirmed')) AS overbooked,
      (SELECT count(*)::int FROM mail_outbox) AS mails,
      (SELECT count(*)::int FROM mail_outbox WHERE status = 'sent') AS sent`);
  return r;
}

// Upcoming event sessions as HSDS 3.0 schedules of their service, for the directory's HSDS API. HSDS 3.0
// has no events; the closest it has is a schedule, and a session is a one-off one: valid on its day(s)
// (valid_from/valid_to, dtstart), from opens_at to closes_at in local time with the UTC offset, the event's
// title as description, and the event page as schedule_link and in the notes. Only sessions that have not
// ended, of scheduled (not cancelled) events, of active services; at most PER_SERVICE per service.
//
// They are not stored in the directory's `schedules` table (they change with every registration period,
// and they are the events module's records): the API adds them when it presents a service. The tabular
// export (`zugang hsds export`) is the directory's stored data and leaves them out (docs/import.md).
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';

export type EventScheduleOptions = {
  /** The public address, for the absolute links (HSDS schedule_link is a URI). */
  baseUrl: string;
  timeZone: string;
  now?: Date;
};

/** Sessions per service at most (a weekly course for a year has 52; a service rarely holds more at once). */
const PER_SERVICE = 100;

type Parts = { date: string; time: string; offset: string; offsetHours: number };

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as local date, time and UTC offset in the time zone ("2026-09-05", "17:15", "+02:00", 2). */
function localParts(d: Date, timeZone: string): Parts {
  let f = partFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });
    partFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  // "GMT+02:00", or "GMT" at UTC itself.
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(p.timeZoneName ?? '');
  const offset = m ? `${m[1]}${m[2]}:${m[3]}` : '+00:00';
  const offsetHours = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : 0;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, offset, offsetHours };
}

/**
 * The upcoming sessions of the events of these services as HSDS schedule objects, by service id (services
 * without any are missing from the map). Public information only; one statement for all services.
 */
export async function eventSchedulesOfServices(db: Queryable, serviceIds: string[], opts: EventScheduleOptions): Promise<Map<string, Record<string, unknown>[]>> {
  const out = new Map<string, Record<string, unknown>[]>();
  if (!serviceIds.length) return out;
  const now = opts.now ?? new Date();
  const list = await rows<{ id: string; service_id: string; event_id: string; title: string; starts_at: string; ends_at: string;
    room: string | null; online: boolean; location_name: string | null; address: string | null }>(db, sql`
    SELECT id, service_id, event_id, title, starts_at, ends_at, room, online, location_name, address FROM (
      SELECT s.id, e.service_id, e.id AS event_id, e.title, s.starts_at, s.ends_at, s.room, s.online_url IS NOT NULL AS online, l.name AS location_name,
        (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM addresses a WHERE a.location_id = l.id AND NOT l.confidential ORDER BY a.id LIMIT 1) AS address,
        row_number() OVER (PARTITION BY e.service_id ORDER BY s.starts_at, s.id) AS n
      FROM event_sessions s
      JOIN events e ON e.id = s.event_id
      JOIN services sv ON sv.id = e.service_id
      LEFT JOIN locations l ON l.id = s.location_id
      WHERE e.service_id = ANY(${sql.param(serviceIds)}::uuid[]) AND e.status = 'scheduled' AND sv.status = 'active'
        AND s.ends_at > ${now.toISOString()}::timestamptz
    ) x WHERE n <= ${PER_SERVICE}
    ORDER BY service_id, starts_at, id`);
  const base = opts.baseUrl.replace(/\/+$/, '');
  // The texts are in German, the language of the directory's own data (service names and descriptions).
  for (const r of list) {
    const start = localParts(new Date(r.starts_at), opts.timeZone);
    const end = localParts(new Date(r.ends_at), opts.timeZone);
    const link = `${base}/veranstaltungen/${r.event_id}`;
    const place = [[r.location_name, r.address].filter(Boolean).join(', '), r.room ? `Raum ${r.room}` : null].filter(Boolean).join(', ');
    const schedule: Record<string, unknown> = {
      id: r.id,
      valid_from: start.date,
      valid_to: end.date,
      dtstart: start.date,
      timezone: start.offsetHours,
      opens_at: `${start.time}${start.offset}`,
      closes_at: `${end.time}${end.offset}`,
      description: r.title,
      schedule_link: link,
      attending_type: [place ? `vor Ort: ${place}` : null, r.online ? 'online' : null].filter(Boolean).join('; ') || undefined,
      notes: `Veranstaltung mit Anmeldung: ${link}`,
    };
    if (schedule.attending_type === undefined) delete schedule.attending_type;
    const forService = out.get(r.service_id) ?? [];
    forService.push(schedule);
    out.set(r.service_id, forService);
  }
  return out;
}

// Opening hours from HSDS schedules (weekly RRULE parts): a week table and whether it is open now.
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Schedule = { byday?: string; opens_at?: string; closes_at?: string; freq?: string; description?: string; valid_from?: string; valid_to?: string; notes?: string;
  /** 'closed': a closure (holidays) over its validity, e.g. "closed 23 Dec – 2 Jan". */
  attending_type?: string };
export type WeekRow = { day: Weekday; ranges: { opens: string; closes: string }[] };
export type Hours = { week: WeekRow[]; notes: string[]; openNow: boolean; today: Weekday; hasHours: boolean;
  /** A closure covers today: not open now, whatever the week says. */
  closedToday: boolean };

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The last answer per time zone: a page asks for the same minute for each of its schedules. */
const lastLocalNow = new Map<string, { minute: number; value: { day: Weekday; time: string; date: string } }>();

export function localNow(now: Date, timeZone: string): { day: Weekday; time: string; date: string } {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastLocalNow.get(timeZone);
  if (last?.minute === minute) return last.value;
  const value = computeLocalNow(now, timeZone);
  lastLocalNow.set(timeZone, { minute, value });
  return value;
}

function computeLocalNow(now: Date, timeZone: string): { day: Weekday; time: string; date: string } {
  let f = clockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit' });
    clockFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const get = (k: string) => parts.find((p) => p.type === k)?.value ?? '';
  return { day: get('weekday').slice(0, 2).toUpperCase() as Weekday, time: `${get('hour').replace('24', '00')}:${get('minute')}`, date: `${get('year')}-${get('month')}-${get('day')}` };
}

/** The HSDS `attending_type` of a closure (the self-service form writes it with the dates and a note). */
export const CLOSED_ATTENDING = 'closed';

export function openingHours(schedules: Schedule[], now: Date, timeZone: string): Hours {
  const { day, time, date } = localNow(now, timeZone);
  const valid = schedules.filter((s) => (!s.valid_from || s.valid_from <= date) && (!s.valid_to || s.valid_to >= date));
  const week: WeekRow[] = WEEKDAYS.map((d) => ({ day: d, ranges: [] }));
  const notes: string[] = [];
  let openNow = false;
  const closedToday = valid.some((s) => s.attending_type === CLOSED_ATTENDING);
  for (const s of valid) {
    const text = [s.description, s.notes].filter(Boolean).join(' ');
    if (!s.byday || !s.opens_at || !s.closes_at || (s.freq && s.freq !== 'WEEKLY')) {
      if (text) notes.push(text);
      continue;
    }
    const opens = s.opens_at.slice(0, 5), closes = s.closes_at.slice(0, 5);
    for (const d of s.byday.split(',').map((x) => x.replace(/^-?\d/, ''))) {
      const row = week.find((w) => w.day === d);
      if (!row) continue;
      row.ranges.push({ opens, closes });
      if (d === day && opens <= time && time < closes) openNow = true;
    }
    if (s.notes && !notes.includes(s.notes)) notes.push(s.notes);
  }
  for (const w of week) w.ranges.sort((a, b) => a.opens.localeCompare(b.opens));
  return { week, notes: [...new Set(notes)], openNow: openNow && !closedToday, today: day, hasHours: week.some((w) => w.ranges.length > 0), closedToday };
}

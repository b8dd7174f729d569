// Opening hours in a compact notation for the data tables, turned into HSDS schedules:
//   "MO-TH 09:00-12:00,14:00-16:00; FR 09:00-12:00 (offene Sprechstunde)"
// Each part separated by ";" names days (a range MO-TH, a list MO,WE or both: MO-WE,FR) and one or
// more time spans; a note in parentheses becomes the schedule's description.

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export type ScheduleSpec = { byday: string; opens_at: string; closes_at: string; description?: string };

function expandDays(text: string): string {
  const out: string[] = [];
  for (const part of text.split(',')) {
    const [from, to] = part.split('-');
    const a = DAYS.indexOf(from as (typeof DAYS)[number]);
    const b = to ? DAYS.indexOf(to as (typeof DAYS)[number]) : a;
    if (a < 0 || b < 0 || b < a) throw new Error(`bad days "${text}"`);
    for (let i = a; i <= b; i++) out.push(DAYS[i]);
  }
  return out.join(',');
}

export function parseHours(hours: string): ScheduleSpec[] {
  const specs: ScheduleSpec[] = [];
  for (const raw of hours.split(';')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([A-Z,-]+)\s+([0-9:,\s-]+?)\s*(?:\((.+)\))?$/.exec(part);
    if (!m) throw new Error(`bad opening hours "${part}"`);
    const byday = expandDays(m[1]);
    for (const span of m[2].split(',')) {
      const t = /^\s*(\d{2}:\d{2})-(\d{2}:\d{2})\s*$/.exec(span);
      if (!t) throw new Error(`bad time span "${span}" in "${part}"`);
      specs.push({ byday, opens_at: t[1], closes_at: t[2], ...(m[3] ? { description: m[3] } : {}) });
    }
  }
  return specs;
}

/** Around the clock, every day. */
export const ALWAYS = 'MO-SU 00:00-23:59 (rund um die Uhr erreichbar)';

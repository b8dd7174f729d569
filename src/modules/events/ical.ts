// iCalendar (RFC 5545) for one event or a filtered feed: one VEVENT per session, times in UTC, text
// escaped (§3.3.11) and lines folded at 75 octets (§3.1) without splitting a UTF-8 character.

export type IcalSession = {
  uid: string; start: Date; end: Date; summary: string; description?: string; location?: string | null; url: string;
  cancelled?: boolean; organizer?: string; lastModified?: Date;
};

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line: at most 75 octets per line, continuation lines start with a space. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function icalendar(name: string, sessions: IcalSession[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Zugang//Veranstaltungen//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const s of sessions) {
    lines.push('BEGIN:VEVENT', `UID:${s.uid}`, `DTSTAMP:${utc(now)}`, `DTSTART:${utc(s.start)}`, `DTEND:${utc(s.end)}`, `SUMMARY:${escapeText(s.summary)}`);
    if (s.description) lines.push(`DESCRIPTION:${escapeText(s.description)}`);
    if (s.location) lines.push(`LOCATION:${escapeText(s.location)}`);
    if (s.organizer) lines.push(`X-ZUGANG-ORGANIZER:${escapeText(s.organizer)}`);
    if (s.lastModified) lines.push(`LAST-MODIFIED:${utc(s.lastModified)}`);
    lines.push(`URL:${s.url}`, `STATUS:${s.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

import { describe, it, expect } from 'vitest';
import { openingHours } from './hours.ts';

const tz = 'Europe/Berlin';
const schedules = [
  { byday: 'MO,TU,TH', opens_at: '09:00', closes_at: '12:00', freq: 'WEEKLY' },
  { byday: 'MO,TU,TH', opens_at: '14:00', closes_at: '16:00', freq: 'WEEKLY' },
  { description: 'Termine nach Vereinbarung' },
];

describe('opening hours', () => {
  it('is open on Monday at 10:30 in Berlin and closed during the lunch break', () => {
    // 2026-11-23 is a Monday; Berlin is UTC+1 in November.
    expect(openingHours(schedules, new Date('2026-11-23T09:30:00Z'), tz).openNow).toBe(true);
    expect(openingHours(schedules, new Date('2026-11-23T12:30:00Z'), tz).openNow).toBe(false);
  });

  it('is closed on Wednesday and lists both ranges for Monday in order', () => {
    const h = openingHours(schedules, new Date('2026-11-25T09:30:00Z'), tz);
    expect(h.openNow).toBe(false);
    expect(h.week[0].ranges).toEqual([{ opens: '09:00', closes: '12:00' }, { opens: '14:00', closes: '16:00' }]);
    expect(h.notes).toEqual(['Termine nach Vereinbarung']);
  });

  it('is not open during a closure, which shows its note, and open again after it', () => {
    const withClosure = [...schedules, { attending_type: 'closed', valid_from: '2026-12-23', valid_to: '2027-01-02', description: 'Betriebsferien vom 23.12. bis 2.1.' }];
    // Monday 28 December 2026, 10:30 in Berlin: a Monday with hours, inside the closure.
    const during = openingHours(withClosure, new Date('2026-12-28T09:30:00Z'), tz);
    expect(during.openNow).toBe(false);
    expect(during.closedToday).toBe(true);
    expect(during.notes).toContain('Betriebsferien vom 23.12. bis 2.1.');
    // Monday 4 January 2027: open again, the closure's note gone.
    const after = openingHours(withClosure, new Date('2027-01-04T09:30:00Z'), tz);
    expect(after.openNow).toBe(true);
    expect(after.notes).not.toContain('Betriebsferien vom 23.12. bis 2.1.');
  });
});

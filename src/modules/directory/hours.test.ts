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
});

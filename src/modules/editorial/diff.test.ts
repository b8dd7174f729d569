// The readable difference: fields people recognise, opening hours as lines, term names, translations per
// language, only what changed; a new service shows everything.
import { describe, it, expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { initI18n } from '../../platform/i18n.ts';
import { makeService, termId } from '../../test/factories.ts';
import { diffServices } from './diff.ts';

initI18n();
const terms = new Map([[termId('schwangerschaft-geburt'), { name: 'Schwangerschaft und Geburt' }], [termId('rollstuhlgerecht'), { name: 'Rollstuhlgerecht' }]]);
const before = makeService({ name: 'Hebammensprechstunde', hours: [{ byday: 'MO,WE', opens: '09:00', closes: '12:00' }], lebenslagen: ['schwangerschaft-geburt'],
  lat: 51.3, lon: 9.5, street: 'Marktplatz 2', languages: ['de'], free: true, minAge: 0, maxAge: 3 });
const obj = (s: unknown) => s as Record<string, unknown>;

describe('the readable difference of two service states', () => {
  it('lists only the fields that changed, with German labels and readable lines', () => {
    const after = { ...before, languages: [...before.languages!, { id: randomUUID(), code: 'tr' }],
      schedules: [{ id: randomUUID(), freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '13:00' }, { id: randomUUID(), description: 'Termine nach Vereinbarung' }],
      translations: { en: { name: 'Midwife consultation' } } };
    const changes = diffServices(obj(before), obj(after), 'de', terms);
    expect(changes.map((c) => c.label)).toEqual(['Öffnungszeiten', 'Sprachen', 'Name (Englisch)']);
    expect(changes[0]).toMatchObject({ before: ['Mo 09:00–12:00', 'Mi 09:00–12:00'], after: ['Mo 10:00–13:00', 'Termine nach Vereinbarung'],
      removed: ['Mo 09:00–12:00', 'Mi 09:00–12:00'], added: ['Mo 10:00–13:00', 'Termine nach Vereinbarung'] });
    expect(changes[1]).toMatchObject({ before: ['Deutsch'], after: ['Deutsch', 'Türkisch'], added: ['Türkisch'] });
    expect(changes[2]).toMatchObject({ key: 'translations.en.name', before: [], after: ['Midwife consultation'] });
    expect(diffServices(obj(before), obj(before), 'de', terms)).toEqual([]);
  });

  it('shows a new service with everything as new: life situations by name, ages, costs, address', () => {
    const all = diffServices(null, obj(before), 'de', terms);
    const field = (label: string) => all.find((c) => c.label === label)?.after;
    expect(field('Name')).toEqual(['Hebammensprechstunde']);
    expect(field('Lebenslagen')).toEqual(['Schwangerschaft und Geburt']);
    expect(field('Zielgruppe (Alter)')).toEqual(['0 bis 3 Jahre']);
    expect(field('Kosten')?.[0]).toContain('kostenfrei');
    expect(field('Adressen')).toEqual(['Hebammensprechstunde: Marktplatz 2, 34117 Kassel']);
    expect(all.every((c) => c.before.length === 0)).toBe(true);
  });

  it('labels in the reader’s language', () => {
    const after = { ...before, name: 'Hebammensprechstunde Nord' };
    expect(diffServices(obj(before), obj(after), 'en', terms)[0].label).toBe('Name');
    const hours = diffServices(obj(before), obj({ ...before, schedules: [] }), 'en', terms)[0];
    expect(hours).toMatchObject({ label: 'Opening hours', before: ['Mo 09:00–12:00', 'We 09:00–12:00'] });
  });
});

import { describe, it, expect } from 'vitest';
import { CompactWordSet, germanLexicon } from './lexicon.ts';
import { splitCompound } from './compounds.ts';

describe('the German word list for compounds', () => {
  it('answers membership exactly, as a Set would', () => {
    const words = ['beratung', 'beratungs', 'stelle', 'schuldner', 'straße', 'kita', 'haus', 'hause', 'frau'];
    const set = new CompactWordSet(words);
    expect(set.size).toBe(words.length);
    for (const w of words) expect(set.has(w)).toBe(true);
    for (const w of ['', 'berat', 'beratungsstelle', 'haeuser', 'strasse', 'Beratung', 'frauen', 'hau']) expect(set.has(w)).toBe(false);
    expect(new CompactWordSet([]).has('haus')).toBe(false);
  });

  it('holds the dictionary word forms compounds are made of, and splits with them', () => {
    const lexicon = germanLexicon();
    expect(lexicon.size).toBeGreaterThan(200_000);
    for (const w of ['erziehung', 'erziehungs', 'beratung', 'stelle', 'schuldner', 'insolvenz']) expect(lexicon.has(w)).toBe(true);
    expect(lexicon.has('xqzwv')).toBe(false);
    // Linking forms stay with their part (longer parts win); the search's analyser stems them.
    expect(splitCompound('Erziehungsberatungsstelle')).toEqual(['erziehungs', 'beratungs', 'stelle']);
    expect(splitCompound('Schuldnerberatung')).toEqual(['schuldner', 'beratung']);
    expect(splitCompound('Kindertagesstätte')).toEqual(['kinder', 'tages', 'stätte']);
    expect(splitCompound('Jugendamt')).toEqual(['jugend', 'amt']);
  });
});

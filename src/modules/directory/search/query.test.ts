import { describe, it, expect } from 'vitest';
import { analyse, buildSynonymIndex, toTsquery, tokenize, wordsToCheck } from './query.ts';

const synonyms = buildSynonymIndex([['kita', 'kindertagesstätte', 'kindergarten', 'krippe'], ['häusliche gewalt', 'partnerschaftsgewalt']]);

describe('query analysis', () => {
  it('keeps only letters and digits, so nothing typed can break the tsquery syntax', () => {
    expect(tokenize(`Kita' | !(& <-> :* "Bahnhofstraße 5"`)).toEqual(['kita', 'bahnhofstraße', '5']);
  });

  it('offers every synonym of a term as an alternative', () => {
    const q = toTsquery(analyse('Kita', synonyms));
    expect(q).toContain(`'kindertagesstätte'`);
    expect(q).toContain(`'krippe'`);
  });

  it('joins a two-word synonym phrase into one term', () => {
    const terms = analyse('häusliche Gewalt', synonyms);
    expect(terms).toHaveLength(1);
    expect(toTsquery(terms)).toContain(`'partnerschaftsgewalt'`);
  });

  it('adds the parts of a compound as an alternative that needs all parts', () => {
    expect(toTsquery(analyse('Erziehungsberatung', synonyms))).toBe(`('erziehungsberatung' | ('erziehungs' & 'beratung'))`);
  });

  it('makes the last word a prefix while typing', () => {
    expect(toTsquery(analyse('Schwanger', synonyms, { prefix: true }))).toBe(`'schwanger':*`);
  });

  it('asks for a spelling check only for words nothing else explains', () => {
    expect(wordsToCheck(analyse('Kita Erziehungsberatung Hebame Müttr', synonyms))).toEqual(['hebame', 'muttr']);
  });
});

// A judged query set on the demo municipality: real German queries, with the services a person who
// typed them would expect near the top. Covers compounds, synonyms, typos, umlaut spellings, prefixes,
// filters, broad queries and queries that must find nothing.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { loadDemo } from '../../../demo/index.ts';
import { searchParamsSchema, searchServices, type SearchResult } from './search.ts';
import { rows } from '../../../platform/db.ts';
import { sql } from 'drizzle-orm';

let tdb: TestDatabase;
beforeAll(async () => { tdb = await createTestDatabase(); await loadDemo(tdb.db); });
afterAll(async () => { await tdb?.drop(); });

async function search(query: Record<string, string>, perPage = 10): Promise<SearchResult> {
  return searchServices(tdb.db, { ...searchParamsSchema.parse(query), perPage, log: false });
}
const names = (r: SearchResult) => r.items.map((i) => i.name);

type Judgement = { q: string; kind: string; top: number; expect: (string | RegExp)[] };

const judged: Judgement[] = [
  { kind: 'compound → longer compound', q: 'Erziehungsberatung', top: 3, expect: ['Erziehungsberatungsstelle der Stadt Lindenau', 'Evangelische Erziehungsberatungsstelle'] },
  { kind: 'compound → parts in a coordination', q: 'Schuldnerberatung', top: 5, expect: ['Schuldner- und Insolvenzberatung der Diakonie', 'Schuldnerberatung und Verbraucherinsolvenz'] },
  { kind: 'compound → parts in a coordination', q: 'Insolvenzberatung', top: 5, expect: ['Schuldner- und Insolvenzberatung der Diakonie'] },
  { kind: 'compound → part of a compound', q: 'Frühförderung', top: 3, expect: ['Interdisziplinäre Frühförderstelle'] },
  { kind: 'compound', q: 'Pflegestützpunkt', top: 3, expect: ['Pflegeberatung im Pflegestützpunkt'] },
  { kind: 'compound', q: 'Frauenhaus', top: 2, expect: [/^Frauenhaus Lindenau/] },
  { kind: 'compound', q: 'Schwangerschaftskonfliktberatung', top: 5, expect: ['Schwangerschaftskonfliktberatung'] },
  { kind: 'synonym', q: 'Kita', top: 10, expect: [/Kita|Kindertagesstätte|Krippe|Kindergarten/] },
  { kind: 'synonym', q: 'Kindergarten', top: 10, expect: [/Kita/] },
  { kind: 'synonym', q: 'Krippe', top: 10, expect: [/Kita/] },
  { kind: 'synonym', q: 'Arbeitsamt', top: 10, expect: [/Bürgergeld|Arbeitsvermittlung/] },
  { kind: 'synonym', q: 'obdachlos', top: 5, expect: ['Notunterkunft für wohnungslose Menschen'] },
  { kind: 'synonym phrase', q: 'häusliche Gewalt', top: 5, expect: ['Frauenberatungsstelle bei häuslicher Gewalt'] },
  { kind: 'typo', q: 'Schwangerschaftsberatng', top: 5, expect: ['Schwangerschaftsberatung der Caritas'] },
  { kind: 'typo', q: 'Hebame', top: 5, expect: [/Hebamme/] },
  { kind: 'typo', q: 'Suchtberatnug', top: 10, expect: [/Sucht/] },
  { kind: 'typo', q: 'Elterngelt', top: 3, expect: ['Elterngeldstelle'] },
  { kind: 'umlaut spelling', q: 'Fruehfoerderung', top: 3, expect: ['Interdisziplinäre Frühförderstelle'] },
  { kind: 'umlaut spelling', q: 'Beratung fuer Senioren', top: 5, expect: ['Seniorenberatung im Seniorenbüro'] },
  { kind: 'stemming', q: 'Deutschkurse für Frauen', top: 3, expect: ['Deutschkurs für Frauen mit Kinderbetreuung'] },
  { kind: 'prefix while typing', q: 'Schwanger', top: 5, expect: [/Schwangerschaft/] },
  { kind: 'prefix while typing', q: 'Pflegest', top: 5, expect: ['Pflegeberatung im Pflegestützpunkt'] },
  { kind: 'organisation name', q: 'pro familia', top: 5, expect: [/Schwangerschaftskonfliktberatung|Paar- und Sexualberatung/] },
];

describe('search quality on the demo municipality', () => {
  for (const j of judged) {
    it(`${j.kind}: "${j.q}" has ${j.expect.map(String).join(', ')} in the first ${j.top}`, async () => {
      const top = names(await search({ q: j.q }, j.top));
      for (const e of j.expect) expect(top.some((n) => (typeof e === 'string' ? n === e : e.test(n))), `${j.q} → ${top.join(' | ')}`).toBe(true);
    });
  }

  it('mostly returns day care for "Kita": at least 8 of the first 10 are Kitas', async () => {
    const top = names(await search({ q: 'Kita' }));
    expect(top.filter((n) => /Kita|Kindertagesstätte|Krippe|Kindergarten|Kinderhaus|Kinderladen/.test(n)).length, top.join(' | ')).toBeGreaterThanOrEqual(8);
  });

  it('finds many services for a broad word and ranks the ones named for it first', async () => {
    const r = await search({ q: 'Beratung' });
    expect(r.total).toBeGreaterThan(50);
    expect(r.items.slice(0, 5).every((i) => /[Bb]eratung/.test(i.name)), names(r).join(' | ')).toBe(true);
  });

  it('finds nothing for something the district does not offer, and says what it might be', async () => {
    expect((await search({ q: 'Zahnarzt' })).total).toBe(0);
    expect((await search({ q: 'Autowerkstatt' })).total).toBe(0);
  });

  it('keeps filters exact: every result of "Beratung" in Turkish offers Turkish', async () => {
    const r = await search({ q: 'Beratung', sprache: 'tr' }, 50);
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.every((i) => i.languageCodes.includes('tr'))).toBe(true);
  });

  it('keeps filters exact: every Kita in Sozialraum SR01 lies in SR01', async () => {
    const r = await search({ q: 'Kita', sozialraum: 'SR01' }, 50);
    expect(r.total).toBeGreaterThan(0);
    const [d] = await rows<{ name: string }>(tdb.db, sql`SELECT name FROM districts WHERE code = 'SR01'`);
    expect(r.items.every((i) => i.districtNames.includes(d.name))).toBe(true);
  });

  it('counts each facet as the search with that filter finds', async () => {
    const r = await search({ q: 'Beratung' });
    expect(r.facets.free).toBe((await search({ q: 'Beratung', kostenfrei: '1' })).total);
    expect(r.facets.wheelchair).toBe((await search({ q: 'Beratung', rollstuhl: '1' })).total);
    for (const m of r.facets.modes) expect(m.count, m.value).toBe((await search({ q: 'Beratung', zugang: m.value })).total);
    const tr = r.facets.languages.find((l) => l.value === 'tr');
    expect(tr?.count).toBe((await search({ q: 'Beratung', sprache: 'tr' })).total);
    const districts = await rows<{ id: string; code: string }>(tdb.db, sql`SELECT id, code FROM districts`);
    expect(r.facets.districts.length).toBeGreaterThan(3);
    for (const d of r.facets.districts) {
      expect(d.count).toBe((await search({ q: 'Beratung', sozialraum: districts.find((x) => x.id === d.value)!.code })).total);
    }
    const terms = await rows<{ id: string; code: string }>(tdb.db, sql`SELECT id, code FROM taxonomy_terms WHERE code IS NOT NULL`);
    const top = r.facets.terms.map((f) => ({ ...f, code: terms.find((x) => x.id === f.value)?.code })).filter((f) => f.code).slice(0, 4);
    expect(top.length).toBeGreaterThan(0);
    for (const f of top) expect(f.count, f.code).toBe((await search({ q: 'Beratung', lebenslage: f.code! })).total);
    expect(r.facets.foreign).toBe(0);
  });

  it('sorts by distance from a Lindenau postcode', async () => {
    const r = await search({ q: 'Kita', ort: '13581', sort: 'entfernung' }, 20);
    const d = r.items.map((i) => i.distanceKm ?? Infinity);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(r.origin).not.toBeNull();
  });
});

// The message catalogues are complete where the product promises it: German and English everywhere; Turkish,
// Arabic and Ukrainian for the public pages, which here means every key the events module and the shared
// layout use, every `events.*` key and the event mails (`mail.event*`, `mail.signature`). A key counts as
// present in a language only with all the plural forms the language needs (Arabic six, Ukrainian four),
// and each text keeps the placeholders of the German one.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { LANGUAGES, FULL_LANGUAGES, translator, type Lang } from './i18n.ts';

type Leaves = Map<string, unknown>;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(o: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (o && typeof o === 'object' && !Array.isArray(o)) {
    for (const [k, v] of Object.entries(o)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, o);
  return out;
}
const catalogue = (lang: Lang) => leaves(JSON.parse(fs.readFileSync(path.join(projectRoot, 'locales', `${lang}.json`), 'utf8')));
const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, catalogue(l)])) as Record<Lang, Leaves>;
const de = catalogues.de;

/** The base keys of German, each with whether German has plural forms of it. */
const deBases = new Map<string, boolean>();
for (const k of de.keys()) {
  const plural = PLURAL.test(k);
  const base = k.replace(PLURAL, '');
  deBases.set(base, (deBases.get(base) ?? false) || plural);
}

/** What a language lacks of a base key: the key itself, or the plural forms its rules need. */
function missing(lang: Lang, base: string): string[] {
  const c = catalogues[lang];
  if (!deBases.get(base)) return c.has(base) ? [] : [base];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return categories.map((cat) => `${base}_${cat}`).filter((k) => !c.has(k));
}

const placeholders = (v: unknown) => new Set([...JSON.stringify(v).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));

/** Keys used literally in the source files under `dir` (t('a.b'), v.t('a.b')). */
function keysUsedIn(dir: string): Set<string> {
  const keys = new Set<string>();
  for (const entry of fs.readdirSync(path.join(projectRoot, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.includes('.test.')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) keys.add(m[1]);
  }
  return keys;
}

/** The keys the public pages of the events module need in every language. */
function eventKeys(): string[] {
  const used = [...keysUsedIn('src/modules/events'), ...keysUsedIn('src/platform/views')];
  const own = [...deBases.keys()].filter((k) => k.startsWith('events.') || k.startsWith('mail.event') || k === 'mail.signature');
  return [...new Set([...used, ...own])].sort();
}

describe('message catalogues', () => {
  it('finds the keys it checks: the scan and the catalogue agree about what exists', () => {
    const keys = eventKeys();
    expect(keys.length).toBeGreaterThan(200);
    expect(keys).toContain('events.mine.title');
    expect(keys).toContain('mail.eventMovedUp.text');
    expect(keys).toContain('nav.events');
    // Every key the code names exists in German, the source language.
    expect(keys.filter((k) => !deBases.has(k))).toEqual([]);
  });

  it.each(FULL_LANGUAGES.filter((l) => l !== 'de'))('has every German key in %s, the other complete language', (lang) => {
    expect([...deBases.keys()].flatMap((k) => missing(lang, k))).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => !FULL_LANGUAGES.includes(l)))('has every key of the event pages and event mails in %s, with its plural forms', (lang) => {
    expect(eventKeys().flatMap((k) => missing(lang, k))).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'de'))('keeps the placeholders of the German texts in %s', (lang) => {
    const problems: string[] = [];
    for (const [key, value] of catalogues[lang]) {
      const base = key.replace(PLURAL, '');
      const german = de.get(key) ?? de.get(`${base}_other`) ?? de.get(base);
      if (german === undefined) { problems.push(`${key}: not in German`); continue; }
      const want = placeholders(german);
      const got = placeholders(value);
      // A plural form may say the number in words ("فعالية واحدة"): {{count}} is optional there.
      for (const p of want) if (!got.has(p) && !(p === 'count' && PLURAL.test(key))) problems.push(`${key}: {{${p}}} missing`);
      for (const p of got) if (!want.has(p) && p !== 'count') problems.push(`${key}: {{${p}}} unknown`);
      if (Array.isArray(german) !== Array.isArray(value)) problems.push(`${key}: ${Array.isArray(german) ? 'lines expected' : 'text expected'}`);
    }
    expect(problems).toEqual([]);
  });

  it('chooses the plural form each language needs', () => {
    expect(translator('ar')('events.count', { count: 2 })).toBe('فعاليتان');
    expect(translator('ar')('events.count', { count: 11 })).toBe('11 فعالية');
    expect(translator('uk')('events.count', { count: 3 })).toBe('3 заходи');
    expect(translator('uk')('events.count', { count: 25 })).toBe('25 заходів');
    expect(translator('tr')('events.mine.places', { count: 2 })).toBe('2 yer');
  });
});

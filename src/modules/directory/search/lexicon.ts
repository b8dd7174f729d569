// A German word list for splitting compounds, expanded from the maintained de_DE Hunspell dictionary
// (package dictionary-de, igerman98). Only suffix rules are applied: that yields the inflected and
// linking forms ("Erziehungs-", "Beratung", "Stellen") that compounds are made of.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Rule = { strip: string; add: string; condition: RegExp | null };

function parseAffixes(aff: string): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag, stripRaw, addRaw, cond] = parts;
    const add = addRaw.split('/')[0];
    const list = rules.get(flag) ?? [];
    list.push({
      strip: stripRaw === '0' ? '' : stripRaw,
      add: add === '0' ? '' : add,
      condition: cond === '.' ? null : new RegExp(`${cond}$`),
    });
    rules.set(flag, list);
  }
  return rules;
}

let cached: Set<string> | undefined;

/** Lower-cased word forms of at least three letters. Built once per process (~0.3 s). */
export function germanLexicon(): Set<string> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('dictionary-de'));
  const aff = parseAffixes(fs.readFileSync(path.join(dir, 'index.aff'), 'utf8'));
  const dic = fs.readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n');
  const words = new Set<string>();
  const put = (w: string) => {
    if (w.length >= 3 && !/[^a-zäöüß]/.test(w)) words.add(w);
  };
  for (let i = 1; i < dic.length; i++) {
    const line = dic[i];
    if (!line || line[0] === '\t' || line[0] === '#') continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    const lower = stem.toLowerCase();
    put(lower);
    for (const flag of flags) {
      for (const rule of aff.get(flag) ?? []) {
        if (rule.condition && !rule.condition.test(stem)) continue;
        if (rule.strip && !stem.endsWith(rule.strip)) continue;
        put((stem.slice(0, stem.length - rule.strip.length) + rule.add).toLowerCase());
      }
    }
  }
  cached = words;
  return words;
}

// Splits German compounds into their parts, so that "Erziehungsberatung" finds an
// "Erziehungsberatungsstelle" and "Schuldnerberatung" finds "Schuldner- und Insolvenzberatung".
// Dynamic programming over the word: every part must be a word form of the lexicon; linking
// elements (Fugen-s, -n, -en, -es, -er, -e) may stand between parts. Fewer, longer parts win.
import { germanLexicon, type Lexicon } from './lexicon.ts';

/** Suffix-like words that must never stand alone as a part ("Schwanger|schaft"). */
const NOT_A_PART = new Set(['schaft', 'schaften', 'heit', 'keit', 'ung', 'ungen', 'lich', 'ling', 'nis', 'tum', 'los', 'bar', 'sam', 'chen', 'lein', 'ismus', 'ei', 'ern', 'ten', 'tag', 'ter', 'ste', 'sten', 'ner', 'ren', 'ter', 'ende', 'enden', 'ige', 'igen', 'ische', 'isch']);
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];
const MIN_PART = 3;
const MIN_WORD = 7;

const cache = new Map<string, string[]>();

function isPart(lex: Lexicon, w: string, first: boolean): boolean {
  if (w.length < MIN_PART || NOT_A_PART.has(w)) return false;
  // Three-letter parts only at the end ("Jugend|amt") or as a whole known noun.
  if (w.length === 3 && first) return false;
  return lex.has(w);
}

/** The parts of a compound word (lower case), or [] when it is not a compound of known words. */
export function splitCompound(word: string, lexicon: Lexicon = germanLexicon()): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_WORD || !/^[a-zäöüß]+$/.test(w)) return [];
  const hit = cache.get(w);
  if (hit) return hit;
  // best[i] = best split of w.slice(i): [parts, score]
  const n = w.length;
  const best: Array<{ parts: string[]; score: number } | null> = new Array(n + 1).fill(null);
  best[n] = { parts: [], score: 0 };
  for (let i = n - MIN_PART; i >= 0; i--) {
    for (let j = n; j >= i + MIN_PART; j--) {
      if (i === 0 && j === n) continue; // the whole word is not a split of itself
      const piece = w.slice(i, j);
      for (const link of LINKS) {
        if (link && !piece.endsWith(link)) continue;
        const core = link ? piece.slice(0, piece.length - link.length) : piece;
        if (!isPart(lexicon, core, i === 0)) continue;
        const rest = best[j];
        if (!rest) continue;
        // Fewer parts first, then longer cores.
        const score = rest.score - 100 + core.length * core.length;
        if (!best[i] || score > best[i]!.score) best[i] = { parts: [core, ...rest.parts], score };
      }
    }
  }
  const result = best[0] && best[0].parts.length >= 2 ? best[0].parts : [];
  if (cache.size > 50_000) cache.clear();
  cache.set(w, result);
  return result;
}

/** Words of a text (letters only), lower case. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}]+/gu) ?? [];
}

/** Space-separated parts of every compound in the text: the extra words of a search document. */
export function compoundParts(text: string | null | undefined): string {
  if (!text) return '';
  const out = new Set<string>();
  for (const w of words(text)) for (const p of splitCompound(w)) out.add(p);
  return [...out].join(' ');
}

// Turns what a person typed into a PostgreSQL tsquery: synonyms as alternatives, compounds split into
// their parts, typos corrected from the directory's own vocabulary, the last word as a prefix.
import { splitCompound } from './compounds.ts';

export type SynonymIndex = Map<string, string[][]>; // term → groups of alternatives (each a list of words)

export const MAX_TOKENS = 10;
const MAX_TOKEN_LENGTH = 40;

/** Folds umlauts and ß the way the vocabulary stores words ("Müller" → "muller"). */
export function fold(word: string): string {
  return word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

export function tokenize(q: string): string[] {
  const tokens = q.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens.filter((t) => t.length <= MAX_TOKEN_LENGTH).slice(0, MAX_TOKENS);
}

export function buildSynonymIndex(groups: string[][]): SynonymIndex {
  const index: SynonymIndex = new Map();
  for (const group of groups) {
    const phrases = group.map((g) => tokenize(g)).filter((p) => p.length > 0);
    for (const phrase of phrases) {
      const key = phrase.join(' ');
      const list = index.get(key) ?? [];
      list.push(...phrases.filter((p) => p.join(' ') !== key));
      index.set(key, list);
    }
  }
  return index;
}

/** A term of the query after expansion: the words typed and every alternative that may match instead. */
export type QueryTerm = { text: string; alternatives: string[]; compound: string[]; synonyms: string[][]; corrections: string[]; prefix: boolean };

/** "fuer" → "für": the umlaut spelling of a word typed without umlauts (older stemmers do not fold ue/oe/ae). */
export function umlautSpelling(word: string): string | null {
  if (!/(ae|oe|ue)/.test(word)) return null;
  return word.replace(/(?<!q)ue/g, 'ü').replace(/ae/g, 'ä').replace(/oe/g, 'ö');
}

const lexeme = (w: string, prefix = false) => `'${w}'${prefix ? ':*' : ''}`;
const phrase = (words: string[]) => words.length === 1 ? lexeme(words[0]) : `(${words.map((w) => lexeme(w)).join(' <-> ')})`;

/** Groups the tokens into terms, joining two words that together form a known synonym phrase. */
export function analyse(q: string, synonyms: SynonymIndex, opts: { prefix?: boolean } = {}): QueryTerm[] {
  const tokens = tokenize(q);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? `${tokens[i]} ${tokens[i + 1]}` : null;
    if (pair && synonyms.has(pair)) {
      terms.push({ text: pair, alternatives: [], compound: [], synonyms: synonyms.get(pair)!, corrections: [], prefix: false });
      i++;
      continue;
    }
    const token = tokens[i];
    const isLast = i === tokens.length - 1;
    const umlauts = umlautSpelling(token);
    terms.push({
      text: token,
      alternatives: umlauts ? [umlauts] : [],
      compound: splitCompound(token).length ? splitCompound(token) : umlauts ? splitCompound(umlauts) : [],
      synonyms: synonyms.get(token) ?? [],
      corrections: [],
      prefix: Boolean(opts.prefix) && isLast && token.length >= 3 && !/^\d+$/.test(token),
    });
  }
  return terms;
}

/** Words that need a spelling check: neither compounds nor synonyms explain them. */
export function wordsToCheck(terms: QueryTerm[]): string[] {
  return terms.filter((t) => !t.text.includes(' ') && !t.compound.length && !t.synonyms.length && t.text.length >= 4 && !/\d/.test(t.text))
    .map((t) => fold(t.text));
}

/**
 * The word without a plural or case ending. The Snowball stemmer treats singular and plural of some
 * words differently ("Kurs" → kur, "Kurse" → kurs); offering the shorter form as well lets them meet.
 */
export function inflectionVariants(word: string): string[] {
  if (word.length < 5 || /\d/.test(word)) return [];
  const out = new Set<string>();
  for (const ending of ['en', 'es', 'e', 'n', 's']) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) out.add(word.slice(0, -ending.length));
  }
  return [...out];
}

function termQuery(t: QueryTerm, literal: boolean): string {
  const words = t.text.split(' ');
  const options = new Set<string>([words.length > 1 ? phrase(words) : lexeme(t.text, t.prefix)]);
  if (words.length === 1) for (const v of inflectionVariants(t.text)) options.add(lexeme(v));
  for (const a of t.alternatives) options.add(lexeme(a, t.prefix));
  if (literal) {
    for (const s of t.synonyms) options.add(phrase(s));
    return options.size === 1 ? [...options][0] : `(${[...options].join(' | ')})`;
  }
  if (t.compound.length) options.add(`(${t.compound.map((p) => lexeme(p)).join(' & ')})`);
  for (const s of t.synonyms) {
    options.add(phrase(s));
    if (s.length === 1) {
      const parts = splitCompound(s[0]);
      if (parts.length) options.add(`(${parts.map((p) => lexeme(p)).join(' & ')})`);
    }
  }
  for (const c of t.corrections) options.add(lexeme(c));
  return options.size === 1 ? [...options][0] : `(${[...options].join(' | ')})`;
}

/**
 * The tsquery text: all terms (AND), or any term (OR) when relaxing a search that found nothing.
 * `literal` leaves out compound parts and spelling corrections: the ranking boosts documents that
 * contain the words as typed (or a synonym) over those matched only through parts or corrections.
 */
export function toTsquery(terms: QueryTerm[], mode: 'all' | 'any' = 'all', literal = false): string | null {
  if (!terms.length) return null;
  return terms.map((t) => termQuery(t, literal)).join(mode === 'all' ? ' & ' : ' | ');
}

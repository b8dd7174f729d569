// Message catalogues (locales/*.json) through i18next. German is the source language; every
// other language falls back to German for a key it lacks.
import i18next, { type TFunction } from 'i18next';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

export const LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk'] as const;
export type Lang = (typeof LANGUAGES)[number];
/** Languages whose catalogues cover the whole application; the others cover the public pages. */
export const FULL_LANGUAGES: readonly Lang[] = ['de', 'en'];
export const RTL: ReadonlySet<Lang> = new Set(['ar']);
export const LANGUAGE_NAMES: Record<Lang, string> = { de: 'Deutsch', en: 'English', tr: 'Türkçe', ar: 'العربية', uk: 'Українська' };

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

const instance = i18next.createInstance();
let ready = false;

export function initI18n() {
  if (ready) return instance;
  const resources: Record<string, { translation: object }> = {};
  for (const lang of LANGUAGES) {
    const file = path.join(projectRoot, 'locales', `${lang}.json`);
    resources[lang] = { translation: JSON.parse(fs.readFileSync(file, 'utf8')) };
  }
  void instance.init({
    resources, lng: 'de', fallbackLng: 'de', initAsync: false, returnNull: false,
    interpolation: { escapeValue: false }, // Preact escapes on output
  });
  ready = true;
  return instance;
}

export type T = TFunction;

const translators = new Map<Lang, T>();
const MEMO_MAX = 5000;

/**
 * The message function of a language. The catalogues never change while the process runs, so results are
 * memoised per language: by key, and by key and options when every option is a string or number (a page
 * calls t() dozens of times, and i18next's lookup with its fallbacks and interpolation is not cheap).
 */
export function translator(lang: Lang): T {
  let f = translators.get(lang);
  if (f) return f;
  const base = initI18n().getFixedT(lang) as unknown as (...a: unknown[]) => unknown;
  const memo = new Map<string, unknown>();
  const memoKey = (key: unknown, opts: unknown): string | undefined => {
    if (typeof key !== 'string') return undefined;
    if (opts === undefined) return key;
    if (typeof opts !== 'object' || opts === null) return undefined;
    let k = key;
    for (const [name, value] of Object.entries(opts)) {
      if (typeof value !== 'string' && typeof value !== 'number') return undefined;
      k += `\u0000${name}\u0000${value}`;
    }
    return k;
  };
  f = ((key: unknown, opts?: unknown, ...rest: unknown[]) => {
    const k = rest.length ? undefined : memoKey(key, opts);
    if (k === undefined) return base(key, opts, ...rest);
    let v = memo.get(k);
    if (v === undefined) {
      v = base(key, opts);
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(k, v);
    }
    return v;
  }) as unknown as T;
  translators.set(lang, f);
  return f;
}

/** The best supported language from an Accept-Language header. */
export function negotiate(header: string | undefined): Lang {
  if (!header) return 'de';
  const wanted = header.split(',').map((part) => {
    const [tag, q] = part.trim().split(';q=');
    return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q) : 1 };
  }).sort((a, b) => b.q - a.q);
  return (wanted.find((w) => isLang(w.lang))?.lang as Lang) ?? 'de';
}

/** Formats for dates, numbers and weekdays in the interface language (Intl objects are costly: built once per language). */
const formatCache = new Map<string, ReturnType<typeof buildFormats>>();

export function formats(lang: Lang, timeZone: string) {
  const key = `${lang}|${timeZone}`;
  let f = formatCache.get(key);
  if (!f) { f = buildFormats(lang, timeZone); formatCache.set(key, f); }
  return f;
}

function buildFormats(lang: Lang, timeZone: string) {
  const locale = lang === 'de' ? 'de-DE' : lang === 'en' ? 'en-GB' : lang;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const dayDate = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const numbers = new Map<number, Intl.NumberFormat>();
  const currencies = new Map<string, Intl.NumberFormat>();
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const weekdays = new Map(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((code, i) => [code, weekdayFormat.format(new Date(Date.UTC(2024, 0, 1 + i)))]));
  let languageNames: Intl.DisplayNames | undefined;
  const languages = new Map<string, string>();
  return {
    date: (d: Date | string) => date.format(typeof d === 'string' ? new Date(d) : d),
    dateTime: (d: Date | string) => dateTime.format(typeof d === 'string' ? new Date(d) : d),
    /** The time of day in the instance's time zone (17:15). */
    time: (d: Date | string) => time.format(typeof d === 'string' ? new Date(d) : d),
    /** Weekday and date (Freitag, 5. September 2026). */
    dayDate: (d: Date | string) => dayDate.format(typeof d === 'string' ? new Date(d) : d),
    number: (n: number, digits = 0) => {
      let f = numbers.get(digits);
      if (!f) { f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }); numbers.set(digits, f); }
      return f.format(n);
    },
    currency: (n: number, currency = 'EUR') => {
      let f = currencies.get(currency);
      if (!f) { f = new Intl.NumberFormat(locale, { style: 'currency', currency }); currencies.set(currency, f); }
      return f.format(n);
    },
    weekday: (code: string) => weekdays.get(code) ?? code,
    language: (code: string) => {
      let name = languages.get(code);
      if (name === undefined) {
        try { languageNames ??= new Intl.DisplayNames([locale], { type: 'language' }); name = languageNames.of(code) ?? code; } catch { name = code; }
        languages.set(code, name);
      }
      return name;
    },
  };
}

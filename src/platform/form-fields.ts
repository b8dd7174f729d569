// Zod parsers for what people type into staff forms (the events editor, the providers' service form):
// the raw string in, a clean value or null when empty out; a problem is reported as a message key that the
// form translates beside the field. One place, so both forms accept "12,50 €", "9.30" or "5.9.2026" alike.
import { z } from 'zod';

/** Reports a problem as a message key (the form's catalogue translates it) and ends the parse. */
export const fieldIssue = (ctx: z.RefinementCtx, key: string) => { ctx.addIssue({ code: 'custom', message: key }); return z.NEVER; };

/** A whole number in a range, or null when empty. */
export const wholeNumber = (min: number, max: number, key: string) => z.string().trim().transform((v, ctx) => {
  if (!v) return null;
  const n = /^\d{1,6}$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : fieldIssue(ctx, key);
});

/** An amount in euros: "12", "12,50", "12.5", "12,50 €"; null when empty. */
export const euroAmount = (key: string) => z.string().trim().transform((v, ctx) => {
  const s = v.replace(/^€\s*/, '').replace(/\s*(€|eur|euro)$/i, '').trim();
  if (!s) return null;
  const m = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(s);
  return m ? Number(m[1]) + (m[2] ? Number(m[2].padEnd(2, '0')) / 100 : 0) : fieldIssue(ctx, key);
});

/** A date as YYYY-MM-DD (the date field) or TT.MM.JJJJ (typed where the browser has no date field); null when empty. */
export const calendarDate = z.string().trim().transform((v, ctx) => {
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : de ? [de[3], de[2], de[1]].map(Number) : [NaN, NaN, NaN];
  const at = new Date(Date.UTC(y, m - 1, d));
  if (!Number.isFinite(y) || y < 2000 || y > 2100 || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return fieldIssue(ctx, 'dateInvalid');
  return at.toISOString().slice(0, 10);
});

/**
 * A time of day as HH:MM ("9:30", "09.30", "19 Uhr" too); null when empty. `untilMidnight`: "24:00" is
 * accepted as the end of a day (opening hours "bis 24 Uhr") and kept as 23:59.
 */
export const timeOfDay = (opts: { untilMidnight?: boolean } = {}) => z.string().trim().transform((v, ctx) => {
  if (!v) return null;
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?$/i.exec(v);
  const h = m ? Number(m[1]) : NaN;
  const min = m?.[2] ? Number(m[2]) : 0;
  const midnight = Boolean(opts.untilMidnight) && h === 24 && min === 0;
  if (!m || (h > 23 && !midnight) || min > 59) return fieldIssue(ctx, 'timeInvalid');
  return midnight ? '23:59' : `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
});

/**
 * A web address: http(s) with a host name; "www.beispiel.de" gets https:// in front. `asTyped`: an address
 * typed with its scheme is kept exactly as typed (not normalised by URL).
 */
export const webAddress = (key: string, opts: { asTyped?: boolean } = {}) => z.string().trim().max(500, 'tooLong').transform((v, ctx) => {
  if (!v) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
  try {
    const u = new URL(withScheme);
    if ((u.protocol === 'https:' || u.protocol === 'http:') && /^[^.\s]+(\.[^.\s]+)+$/.test(u.hostname) && !/\s/.test(v)) return opts.asTyped && withScheme === v ? v : u.toString();
  } catch { /* reported below */ }
  return fieldIssue(ctx, key);
});

/**
 * Reads a url-encoded form body as the forms send it: `one` value of a field (the first where a list came),
 * `many` values of a repeated field, and `rowsOf` the numbered rows `<kind>-<i>-<field>` ("Weitere …
 * hinzufügen"), at most `maxRows[kind]` of them. Anything not a string is ignored; everything is cut to size.
 */
export function formBody<K extends string>(body: Record<string, unknown>, maxRows: Record<K, number>) {
  const one = (k: string, max = 20_000): string => {
    const v = body[k];
    const s = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
    return s.slice(0, max);
  };
  const many = (k: string): string[] => {
    const v = body[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string').slice(0, 200).map((x) => x.slice(0, 60));
  };
  const count = (kind: K) => {
    let n = 0;
    const re = new RegExp(`^${kind}-(\\d{1,3})-`);
    for (const k of Object.keys(body)) { const m = re.exec(k); if (m) n = Math.max(n, Number(m[1]) + 1); }
    return Math.min(n, maxRows[kind]);
  };
  const rowsOf = <T>(kind: K, make: (f: (name: string, max?: number) => string, i: number) => T) =>
    Array.from({ length: count(kind) }, (_, i) => make((name, max = 2000) => one(`${kind}-${i}-${name}`, max), i));
  return { one, many, rowsOf };
}

// A readable difference between two states of a service (HSDS objects): each field the people reviewing
// it recognise – name, description, opening hours as lines ("Mo 09:00–12:00"), phones, addresses,
// languages, costs, accessibility, target ages, life situations (term names), translations per language –
// as lines of text, compared line by line. Used by the review page, the version history's "what changed",
// and the HSDS API's metadata change log.
import { formats, translator, type Lang } from '../../platform/i18n.ts';
import { WEEKDAYS } from '../directory/hours.ts';

type Obj = Record<string, unknown>;
const arr = (o: Obj | undefined, k: string) => ((o?.[k] as Obj[] | undefined) ?? []).filter(Boolean);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v));

/** Field keys in the order they are shown; their labels are `editorial.fields.<key>`. */
export const FIELDS = ['name', 'alternate_name', 'status', 'alert', 'description', 'eligibility_description', 'ages', 'application_process',
  'fees_description', 'costs', 'opening_hours', 'addresses', 'accessibility', 'phones', 'email', 'url', 'languages', 'life_situations'] as const;
const TEXT_FIELDS = ['name', 'alternate_name', 'alert', 'description', 'eligibility_description', 'application_process', 'fees_description', 'email', 'url'] as const;

export type TermNames = Map<string, { name: string }>;
export type ReadableField = { key: string; label: string; lines: string[] };
export type FieldChange = { key: string; label: string; before: string[]; after: string[]; removed: string[]; added: string[] };

/** Opening hours as lines: weekly ranges per weekday ("Mo 09:00–12:00"), then notes ("nach Vereinbarung"). */
function hourLines(schedules: Obj[], lang: Lang, place?: string): string[] {
  const fmt = formats(lang, 'UTC');
  const suffix = place ? ` (${place})` : '';
  const byDay = new Map<string, string[]>();
  const notes: string[] = [];
  for (const s of schedules) {
    const text = [str(s.description), str(s.notes)].filter(Boolean).join(' ');
    const validity = s.valid_from || s.valid_to ? ` [${[str(s.valid_from), str(s.valid_to)].join(' – ')}]` : '';
    if (!s.byday || !s.opens_at || !s.closes_at || (s.freq && s.freq !== 'WEEKLY')) {
      if (text) notes.push(`${text}${validity}${suffix}`);
      continue;
    }
    for (const d of str(s.byday).split(',').map((x) => x.replace(/^-?\d/, ''))) {
      const list = byDay.get(d) ?? [];
      list.push(`${str(s.opens_at).slice(0, 5)}–${str(s.closes_at).slice(0, 5)}${validity}`);
      byDay.set(d, list);
    }
    if (str(s.notes)) notes.push(`${str(s.notes)}${suffix}`);
  }
  const lines = WEEKDAYS.filter((d) => byDay.has(d)).map((d) => `${fmt.weekday(d).slice(0, 2)} ${byDay.get(d)!.sort().join(', ')}${suffix}`);
  return [...lines, ...new Set(notes)];
}

const locationsOf = (doc: Obj) => arr(doc, 'service_at_locations').map((sal) => ({ sal, loc: (sal.location ?? undefined) as Obj | undefined }));
const placeName = (loc: Obj | undefined, i: number, many: boolean) => (many ? str(loc?.name) || `#${i + 1}` : undefined);

/** The service's fields as readable lines, in the given language (labels, weekdays, language names). */
export function readableFields(doc: Obj | null, lang: Lang, terms: TermNames): ReadableField[] {
  const t = translator(lang);
  const fmt = formats(lang, 'UTC');
  if (!doc) return [];
  const values = new Map<string, string[]>();
  for (const k of TEXT_FIELDS) values.set(k, str(doc[k]) ? [str(doc[k])] : []);
  values.set('status', doc.status ? [t(`editorial.status.${str(doc.status).replace(' ', '_')}`, { defaultValue: str(doc.status) })] : []);
  const min = doc.minimum_age as number | undefined, max = doc.maximum_age as number | undefined;
  values.set('ages', min != null && max != null ? [t('service.ageRange', { min, max })] : min != null ? [t('service.ageFrom', { min })] : max != null ? [t('service.ageTo', { max })] : []);
  values.set('costs', arr(doc, 'cost_options').map((c) => [str(c.option), c.amount != null ? fmt.currency(Number(c.amount), str(c.currency) || 'EUR') : '', str(c.amount_description)]
    .filter(Boolean).join(' – ')).sort());
  const locs = locationsOf(doc);
  const many = locs.length > 1;
  values.set('opening_hours', [
    ...hourLines(arr(doc, 'schedules'), lang),
    ...locs.flatMap(({ sal, loc }, i) => [...hourLines(arr(sal, 'schedules'), lang, placeName(loc, i, many)), ...hourLines(arr(loc, 'schedules'), lang, placeName(loc, i, many))]),
  ]);
  values.set('addresses', locs.flatMap(({ loc }) => {
    if (!loc) return [];
    const name = str(loc.name);
    const addrs = arr(loc, 'addresses').map((a) => [str(a.address_1), str(a.address_2), `${str(a.postal_code)} ${str(a.city)}`.trim()].filter(Boolean).join(', '));
    return addrs.length ? addrs.map((a) => (name ? `${name}: ${a}` : a)) : name ? [name] : [];
  }));
  values.set('accessibility', locs.flatMap(({ loc }, i) => {
    const place = placeName(loc, i, many);
    const items = [
      ...arr(loc, 'accessibility').map((a) => [str(a.description), str(a.details)].filter(Boolean).join(': ')).filter(Boolean),
      ...arr(loc, 'attributes').map((a) => terms.get(str(a.taxonomy_term_id))?.name ?? str((a.taxonomy_term as Obj | undefined)?.name)).filter(Boolean),
    ];
    return items.map((x) => (place ? `${x} (${place})` : x));
  }));
  const phone = (p: Obj) => [str(p.number), str(p.extension) ? `-${str(p.extension)}` : '', str(p.description) ? ` (${str(p.description)})` : ''].join('');
  values.set('phones', [
    ...arr(doc, 'phones').map(phone),
    ...locs.flatMap(({ sal, loc }, i) => [...arr(sal, 'phones'), ...arr(loc, 'phones')].map((p) => (many ? `${phone(p)} – ${placeName(loc, i, many)}` : phone(p)))),
  ]);
  values.set('languages', arr(doc, 'languages').map((l) => (str(l.code) ? fmt.language(str(l.code)) : str(l.name))).filter(Boolean).sort());
  values.set('life_situations', arr(doc, 'attributes').map((a) => terms.get(str(a.taxonomy_term_id))?.name ?? str((a.taxonomy_term as Obj | undefined)?.name))
    .filter(Boolean).sort());
  const out: ReadableField[] = FIELDS.map((key) => ({ key, label: t(`editorial.fields.${key}`), lines: values.get(key) ?? [] }));
  // Translations of the texts, one field per language and text.
  const tr = (doc.translations ?? {}) as Record<string, Record<string, string>>;
  for (const l of ['de', 'en', 'tr', 'ar', 'uk'] as const) {
    for (const [field, value] of Object.entries(tr[l] ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      if (!str(value)) continue;
      out.push({ key: `translations.${l}.${field}`, label: t('editorial.fields.translation', { field: t(`editorial.fields.${field}`, { defaultValue: field }), language: fmt.language(l) }),
        lines: [str(value)] });
    }
  }
  return out;
}

/** The fields that differ between two states (`before` null: everything is new), in display order. */
export function diffServices(before: Obj | null, after: Obj | null, lang: Lang, terms: TermNames): FieldChange[] {
  const a = new Map(readableFields(before, lang, terms).map((f) => [f.key, f]));
  const b = new Map(readableFields(after, lang, terms).map((f) => [f.key, f]));
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const x = a.get(key)?.lines ?? [], y = b.get(key)?.lines ?? [];
    if (x.length === y.length && x.every((v, i) => v === y[i])) continue;
    changes.push({ key, label: (b.get(key) ?? a.get(key))!.label, before: x, after: y, removed: x.filter((v) => !y.includes(v)), added: y.filter((v) => !x.includes(v)) });
  }
  return changes;
}

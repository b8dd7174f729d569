// The providers' form for a service (self-service): what was typed (strings, kept as they are on errors),
// the values a service's HSDS object gives the form, the parsing with Zod (one message key per field),
// and the way back: the edited fields written onto a copy of the HSDS object the form started from.
//
// Writing back touches only what the form shows. Every nested record keeps its id and every field the
// form does not show (an HSDS object from an import has many); a record whose shown fields did not change
// is kept as it was, so a form sent back unchanged gives the very object it started from, and the editors'
// difference shows only what the provider changed. Lists keep the order of the object they started from
// (the published document orders them by id); new records follow.
import { CLOSED_ATTENDING } from '../directory/hours.ts';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { calendarDate, euroAmount, fieldIssue, formBody, timeOfDay, webAddress, wholeNumber } from '../../platform/form-fields.ts';
import type { HsdsService } from '../directory/hsds-schema.ts';
import { postcodeCentroid } from '../directory/geo.ts';

export const TRANSLATED_LANGS = ['en', 'tr', 'ar', 'uk'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];
export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Languages the form offers (ISO 639-1), besides those a service already has. */
export const OFFERED_LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'ro', 'bg', 'fa', 'ku', 'fr', 'es', 'it', 'el', 'sq', 'sr', 'hr', 'bs', 'vi', 'so', 'ti', 'ps', 'ur'];

/** How a "by appointment only" schedule is recognised, and what it carries (HSDS schedule without weekdays). */
export const BY_APPOINTMENT = 'by appointment';
/**
 * A closure (holidays) is a schedule without weekdays, valid from … to …, with a note the public page shows
 * in that time; meanwhile the service is not "open now" (hours.ts, and the search's filter).
 */
export const CLOSED = CLOSED_ATTENDING;

/** Empty rows offered below the filled ones, and how many more a click adds. */
export const EMPTY_ROWS = { hours: 2, closure: 1, phone: 1, contact: 1, cost: 1 } as const;
export const MORE_ROWS = 3;
const MAX_ROWS = { hours: 40, closure: 20, phone: 20, contact: 20, cost: 10 } as const;
export type RowKind = keyof typeof MAX_ROWS;
export const ROW_KINDS = Object.keys(MAX_ROWS) as RowKind[];

export type HoursRow = { id: string; days: string[]; opens: string; closes: string; note: string };
export type ClosureRow = { id: string; from: string; to: string; note: string };
export type PhoneRow = { id: string; number: string; description: string };
export type ContactRow = { id: string; name: string; department: string; email: string; phone: string };
export type CostRow = { id: string; amount: string; note: string };
/**
 * One of the organisation's own places the service is at: its address (the first one) and accessibility.
 * `confidential` (a women's shelter): the address is not shown to or changed by the form.
 */
export type AccessValues = { locationId: string; features: string[]; note: string; street: string; postalCode: string; city: string; confidential: boolean };
/** A new place of the organisation for the service, created with the change. */
export type NewPlaceValues = { name: string; street: string; postalCode: string; city: string; confidential: boolean };

/** The form as typed: strings (and ticks), so that everything comes back as it was on an error. */
export type ServiceFormValues = {
  serviceId: string; organizationId: string;
  name: string; description: string;
  translations: Record<TranslatedLang, { name: string; description: string }>;
  locationIds: string[];
  hours: HoursRow[]; byAppointment: boolean; closures: ClosureRow[];
  phones: PhoneRow[]; email: string; url: string; contacts: ContactRow[];
  languageCodes: string[];
  costKind: string; costs: CostRow[]; feesDescription: string;
  access: AccessValues[];
  newPlace: NewPlaceValues;
  minimumAge: string; maximumAge: string;
  termIds: string[];
  /** The provider's note to the editors (not part of the service). */
  note: string;
};

/** A problem with one field: the field's id in the form (the summary links to it) and a key under `editorial.form.errors`. */
export type FormProblem = { field: string; key: string; params?: Record<string, string | number> };

/** What the form offers: the organisation's places, the accessibility features, the life situations. */
export type FormOptions = {
  organization: { id: string; name: string };
  locations: { id: string; label: string; own: boolean }[];
  features: { id: string; name: string }[];
  situations: { id: string; name: string; parentId: string | null }[];
  languages: string[];
};

type Obj = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const arr = (o: Obj | undefined | null, k: string) => ((o?.[k] as Obj[] | undefined) ?? []);

const emptyHours = (): HoursRow => ({ id: '', days: [], opens: '', closes: '', note: '' });
const emptyClosure = (): ClosureRow => ({ id: '', from: '', to: '', note: '' });
const emptyPhone = (): PhoneRow => ({ id: '', number: '', description: '' });
const emptyContact = (): ContactRow => ({ id: '', name: '', department: '', email: '', phone: '' });
const emptyCost = (): CostRow => ({ id: '', amount: '', note: '' });
const emptyPlace = (): NewPlaceValues => ({ name: '', street: '', postalCode: '', city: '', confidential: false });

const filled: { [K in RowKind]: (r: never) => boolean } = {
  hours: (r: HoursRow) => r.days.length > 0 || Boolean(r.opens.trim() || r.closes.trim() || r.note.trim()),
  closure: (r: ClosureRow) => Boolean(r.from.trim() || r.to.trim() || r.note.trim()),
  phone: (r: PhoneRow) => Boolean(r.number.trim() || r.description.trim()),
  contact: (r: ContactRow) => Boolean(r.name.trim() || r.department.trim() || r.email.trim() || r.phone.trim()),
  cost: (r: CostRow) => Boolean(r.amount.trim() || r.note.trim()),
} as never;
const empties: { [K in RowKind]: () => unknown } = { hours: emptyHours, closure: emptyClosure, phone: emptyPhone, contact: emptyContact, cost: emptyCost };
const listOf = (v: ServiceFormValues, kind: RowKind): unknown[] =>
  kind === 'hours' ? v.hours : kind === 'closure' ? v.closures : kind === 'phone' ? v.phones : kind === 'contact' ? v.contacts : v.costs;

/** The first row of a kind after the last filled one (where "more rows" puts the focus). */
export function firstFreeRow(v: ServiceFormValues, kind: RowKind): number {
  const list = listOf(v, kind);
  let last = list.length;
  while (last > 0 && !filled[kind](list[last - 1] as never)) last--;
  return last;
}

/** Adds empty rows below the filled ones (EMPTY_ROWS of each kind), and MORE_ROWS further rows of one kind. */
export function padRows(v: ServiceFormValues, more?: RowKind): ServiceFormValues {
  const pad = (kind: RowKind) => {
    const list = listOf(v, kind);
    const wanted = Math.min(MAX_ROWS[kind], Math.max(list.length, firstFreeRow(v, kind) + EMPTY_ROWS[kind]) + (more === kind ? MORE_ROWS : 0));
    return [...list, ...Array.from({ length: Math.max(0, wanted - list.length) }, empties[kind])];
  };
  return { ...v, hours: pad('hours') as HoursRow[], closures: pad('closure') as ClosureRow[], phones: pad('phone') as PhoneRow[], contacts: pad('contact') as ContactRow[], costs: pad('cost') as CostRow[] };
}

/** An empty form for a new service of an organisation. */
export function blankValues(organizationId: string): ServiceFormValues {
  return padRows({
    serviceId: '', organizationId, name: '', description: '',
    translations: Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, { name: '', description: '' }])) as ServiceFormValues['translations'],
    locationIds: [], hours: [], byAppointment: false, closures: [], phones: [], email: '', url: '', contacts: [], languageCodes: ['de'],
    costKind: '', costs: [], feesDescription: '', access: [], newPlace: emptyPlace(), minimumAge: '', maximumAge: '', termIds: [], note: '',
  });
}

// ---- Schedules: weekly rows, "by appointment only", closures; anything else is kept as it is ----

type ScheduleKind = 'weekly' | 'appointment' | 'closure' | 'other';
export function scheduleKind(s: Obj): ScheduleKind {
  const days = str(s.byday);
  if (days && s.opens_at && s.closes_at && (!s.freq || s.freq === 'WEEKLY') && /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(days)) return 'weekly';
  if (days || s.opens_at || s.closes_at) return 'other';
  if (s.attending_type === CLOSED && (s.valid_from || s.valid_to)) return 'closure';
  if (!s.valid_from && !s.valid_to && (s.attending_type === BY_APPOINTMENT || /nach\s+(telefonischer\s+)?Vereinbarung/i.test(str(s.description)))) return 'appointment';
  return 'other';
}

/** The form's values from an HSDS service object (the published document or a pending proposal). */
export function valuesFromService(doc: HsdsService, lebenslagen: Set<string>, features: Set<string>): ServiceFormValues {
  const d = doc as unknown as Obj;
  const tr = (d.translations ?? {}) as Record<string, Record<string, string>>;
  const schedules = arr(d, 'schedules');
  const sals = arr(d, 'service_at_locations');
  const euro = (n: unknown) => (typeof n !== 'number' ? str(n) : Number.isInteger(n) ? String(n) : n.toFixed(2).replace('.', ','));
  const costs = arr(d, 'cost_options');
  const org = str(d.organization_id) || str((d.organization as Obj | undefined)?.id);
  return padRows({
    serviceId: str(d.id), organizationId: org, name: str(d.name), description: str(d.description),
    translations: Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, { name: tr[l]?.name ?? '', description: tr[l]?.description ?? '' }])) as ServiceFormValues['translations'],
    locationIds: sals.map((s) => str((s.location as Obj | undefined)?.id) || str(s.location_id)).filter(Boolean),
    // Shown in the order of the week (the object keeps its own order when written back).
    hours: schedules.filter((s) => scheduleKind(s) === 'weekly').map((s) => ({
      id: str(s.id), days: str(s.byday).split(','), opens: str(s.opens_at).slice(0, 5), closes: str(s.closes_at).slice(0, 5), note: str(s.description),
    })).sort((a, b) => DAYS.indexOf(a.days[0] as never) - DAYS.indexOf(b.days[0] as never) || a.opens.localeCompare(b.opens)),
    byAppointment: schedules.some((s) => scheduleKind(s) === 'appointment'),
    closures: schedules.filter((s) => scheduleKind(s) === 'closure').map((s) => ({ id: str(s.id), from: str(s.valid_from), to: str(s.valid_to), note: str(s.description) })),
    phones: arr(d, 'phones').map((p) => ({ id: str(p.id), number: str(p.number), description: str(p.description) })),
    email: str(d.email), url: str(d.url),
    contacts: arr(d, 'contacts').map((c) => ({ id: str(c.id), name: str(c.name), department: str(c.department), email: str(c.email), phone: str(arr(c, 'phones')[0]?.number) })),
    languageCodes: arr(d, 'languages').map((l) => str(l.code)).filter(Boolean),
    costKind: costs.length === 0 ? '' : costs.every((c) => !c.amount) ? 'free' : 'fee',
    costs: costs.every((c) => !c.amount) ? [] : costs.map((c) => ({ id: str(c.id), amount: euro(c.amount), note: str(c.amount_description) })),
    feesDescription: str(d.fees_description),
    access: sals.map((s) => s.location as Obj | undefined).filter((l): l is Obj => Boolean(l?.id) && (!l!.organization_id || l!.organization_id === org)).map((l) => ({
      locationId: str(l.id),
      features: arr(l, 'attributes').map((a) => str(a.taxonomy_term_id) || str((a.taxonomy_term as Obj | undefined)?.id)).filter((id) => features.has(id)),
      note: str(arr(l, 'accessibility')[0]?.description),
      street: str(arr(l, 'addresses')[0]?.address_1), postalCode: str(arr(l, 'addresses')[0]?.postal_code), city: str(arr(l, 'addresses')[0]?.city),
      confidential: l.confidential === true,
    })),
    newPlace: emptyPlace(),
    minimumAge: d.minimum_age == null ? '' : String(d.minimum_age), maximumAge: d.maximum_age == null ? '' : String(d.maximum_age),
    termIds: arr(d, 'attributes').map((a) => str(a.taxonomy_term_id) || str((a.taxonomy_term as Obj | undefined)?.id)).filter((id) => lebenslagen.has(id)),
    note: '',
  });
}

/** The form's fields from a url-encoded body (every value a string or a list of strings; anything else is ignored). */
export function valuesFromBody(body: Record<string, unknown>): ServiceFormValues {
  const { one, many, rowsOf } = formBody(body, MAX_ROWS);
  const accessIds = [...new Set(Object.keys(body).map((k) => /^access-([0-9a-f-]{36})-(note|present)$/i.exec(k)?.[1]).filter((x): x is string => Boolean(x)))].slice(0, 50);
  return {
    serviceId: one('serviceId', 60), organizationId: one('organizationId', 60), name: one('name', 1000), description: one('description'),
    translations: Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, { name: one(`tr-${l}-name`, 1000), description: one(`tr-${l}-description`) }])) as ServiceFormValues['translations'],
    locationIds: many('locationIds'),
    hours: rowsOf('hours', (f, i) => ({ id: f('id', 60), days: many(`hours-${i}-days`).slice(0, 7), opens: f('opens', 30), closes: f('closes', 30), note: f('note', 1000) })),
    byAppointment: one('byAppointment', 5) === '1',
    closures: rowsOf('closure', (f) => ({ id: f('id', 60), from: f('from', 30), to: f('to', 30), note: f('note', 1000) })),
    phones: rowsOf('phone', (f) => ({ id: f('id', 60), number: f('number', 100), description: f('description', 500) })),
    email: one('email', 500), url: one('url', 1000),
    contacts: rowsOf('contact', (f) => ({ id: f('id', 60), name: f('name', 500), department: f('department', 500), email: f('email', 500), phone: f('phone', 100) })),
    languageCodes: many('languageCodes'),
    costKind: one('costKind', 10), costs: rowsOf('cost', (f) => ({ id: f('id', 60), amount: f('amount', 30), note: f('note', 1000) })),
    feesDescription: one('feesDescription', 5000),
    access: accessIds.map((id) => ({ locationId: id, features: many(`access-${id}-features`), note: one(`access-${id}-note`, 5000),
      street: one(`access-${id}-street`, 1000), postalCode: one(`access-${id}-postalCode`, 100), city: one(`access-${id}-city`, 1000),
      confidential: one(`access-${id}-confidential`, 5) === '1' })),
    newPlace: { name: one('place-name', 1000), street: one('place-street', 1000), postalCode: one('place-postalCode', 100), city: one('place-city', 1000),
      confidential: one('place-confidential', 5) === '1' },
    minimumAge: one('minimumAge', 20), maximumAge: one('maximumAge', 20), termIds: many('termIds'), note: one('note', 5000),
  };
}

// ---- Parsing: one Zod schema per field, so that every field's problem is reported at once ----

const issue = fieldIssue;
const whole = wholeNumber;
const euros = euroAmount('amountInvalid');
const date = calendarDate;
const time = timeOfDay({ untilMidnight: true });
/** Text as typed, line ends as the server keeps them (browsers send CRLF from text areas). */
const text = (max: number) => z.string().transform((v) => v.replace(/\r\n?/g, '\n').trim()).pipe(z.string().max(max, 'tooLong'));
const requiredText = (max: number, missing: string) => text(max).pipe(z.string().min(1, missing));

const email = z.string().trim().max(254, 'tooLong').transform((v, ctx) => (!v ? null : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : issue(ctx, 'emailInvalid')));
const phone = z.string().trim().max(40, 'tooLong').transform((v, ctx) => (!v ? null : /^\+?[\d\s/().-]{4,}$/.test(v) && /\d{3}/.test(v.replace(/\D/g, '')) ? v : issue(ctx, 'phoneInvalid')));

/** A web address; "www.beispiel.de" gets https:// in front, one typed with its scheme stays as typed. */
const website = webAddress('urlInvalid', { asTyped: true });

const uuidList = (key: string) => z.array(z.string().regex(/^[0-9a-f-]{36}$/i, key)).max(100, key);

const fields = {
  name: requiredText(200, 'nameMissing'),
  description: requiredText(10_000, 'descriptionMissing'),
  email, url: website,
  locationIds: uuidList('locationInvalid'),
  languageCodes: z.array(z.string().regex(/^[a-z]{2,3}$/, 'languagesInvalid')).max(40, 'languagesInvalid'),
  costKind: z.enum(['', 'free', 'fee'], 'costKindInvalid'),
  feesDescription: text(1000),
  minimumAge: whole(0, 120, 'ageInvalid'),
  maximumAge: whole(0, 120, 'ageInvalid'),
  termIds: uuidList('situationsInvalid'),
  note: text(2000),
};
const translationFields = { name: text(200), description: text(10_000) };
const hoursFields = { opens: time, closes: time, note: text(200), days: z.array(z.enum(DAYS, 'daysInvalid')).max(7) };
const closureFields = { from: date, to: date, note: text(300) };
const phoneFields = { number: phone, description: text(100) };
const contactFields = { name: text(200), department: text(200), email, phone };
const costFields = { amount: euros, note: text(300) };
const accessFields = { features: uuidList('featuresInvalid'), note: text(1000) };
/** A German postcode: five digits, one the postcode list knows (the place's coordinates come from it). */
const postalCode = z.string().trim().transform((v, ctx) => (!v ? '' : !/^\d{5}$/.test(v) ? issue(ctx, 'postalCodeInvalid') : !postcodeCentroid(v) ? issue(ctx, 'postalCodeUnknown') : v));
const addressFields = { street: text(200), postalCode, city: text(100) };
const placeFields = { name: text(200), ...addressFields };
type Address = { street: string; postalCode: string; city: string };

/** An address is given whole or not at all: each missing part of a started one is reported. */
function checkAddress(a: Address, prefix: string, problems: FormProblem[]): boolean {
  if (!a.street && !a.postalCode && !a.city) return false;
  if (!a.street) problems.push({ field: `${prefix}street`, key: 'streetMissing' });
  if (!a.postalCode && !problems.some((p) => p.field === `${prefix}postalCode`)) problems.push({ field: `${prefix}postalCode`, key: 'postalCodeMissing' });
  if (!a.city) problems.push({ field: `${prefix}city`, key: 'cityMissing' });
  return Boolean(a.street && a.postalCode && a.city);
}

type Parsed<S extends Record<string, z.ZodType>> = { [K in keyof S]: z.output<S[K]> };

/** Parses each field on its own; a field's first problem is reported under `prefix + name`. */
function parseEach<S extends Record<string, z.ZodType>>(shape: S, input: Record<string, unknown>, prefix: string, problems: FormProblem[]): Parsed<S> | null {
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [name, schema] of Object.entries(shape)) {
    const r = schema.safeParse(input[name]);
    if (r.success) { out[name] = r.data; continue; }
    ok = false;
    const first = r.error.issues[0];
    if (first.message === 'tooLong') problems.push({ field: `${prefix}${name}`, key: 'tooLong', params: { max: Number((first as { maximum?: number | bigint }).maximum ?? 0) } });
    else problems.push({ field: `${prefix}${name}`, key: /^[a-zA-Z]+$/.test(first.message) ? first.message : 'invalid' });
  }
  return ok ? (out as Parsed<S>) : null;
}

export type ParsedForm = Parsed<typeof fields> & {
  translations: Record<TranslatedLang, { name: string; description: string }>;
  hours: { id: string; days: string[]; opens: string; closes: string; note: string }[];
  byAppointment: boolean;
  closures: { id: string; from: string; to: string | null; note: string }[];
  phones: { id: string; number: string; description: string }[];
  contacts: { id: string; name: string; department: string; email: string | null; phone: string | null }[];
  costs: { id: string; amount: number; note: string }[];
  access: { locationId: string; features: string[]; note: string; address: Address | null }[];
  newPlace: (Address & { name: string; confidential: boolean }) | null;
};

/** Parses the form against what it offers: every field's problem at once, then the rules across fields. */
export function parseServiceForm(v: ServiceFormValues, options: FormOptions): { form: ParsedForm | null; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const base = parseEach(fields, v as unknown as Record<string, unknown>, '', problems);
  const translations = {} as ParsedForm['translations'];
  for (const l of TRANSLATED_LANGS) {
    const p = parseEach(translationFields, v.translations[l], `tr-${l}-`, problems);
    if (p) translations[l] = p;
  }
  const hours: ParsedForm['hours'] = [];
  v.hours.forEach((row, i) => {
    if (!filled.hours(row as never)) return;
    const p = parseEach(hoursFields, row, `hours-${i}-`, problems);
    if (!p) return;
    if (!p.days.length) problems.push({ field: `hours-${i}-days`, key: 'daysMissing' });
    if (!p.opens) problems.push({ field: `hours-${i}-opens`, key: 'opensMissing' });
    if (!p.closes) problems.push({ field: `hours-${i}-closes`, key: 'closesMissing' });
    else if (p.opens && p.closes <= p.opens) problems.push({ field: `hours-${i}-closes`, key: 'closesBeforeOpens' });
    if (p.days.length && p.opens && p.closes) hours.push({ id: row.id, days: DAYS.filter((d) => p.days.includes(d)), opens: p.opens, closes: p.closes, note: p.note });
  });
  const closures: ParsedForm['closures'] = [];
  v.closures.forEach((row, i) => {
    if (!filled.closure(row as never)) return;
    const p = parseEach(closureFields, row, `closure-${i}-`, problems);
    if (!p) return;
    if (!p.from) problems.push({ field: `closure-${i}-from`, key: 'closureFromMissing' });
    else if (p.to && p.to < p.from) problems.push({ field: `closure-${i}-to`, key: 'closureToBeforeFrom' });
    if (!p.note) problems.push({ field: `closure-${i}-note`, key: 'closureNoteMissing' });
    if (p.from && p.note && !(p.to && p.to < p.from)) closures.push({ id: row.id, from: p.from, to: p.to, note: p.note });
  });
  const phones: ParsedForm['phones'] = [];
  v.phones.forEach((row, i) => {
    if (!filled.phone(row as never)) return;
    const p = parseEach(phoneFields, row, `phone-${i}-`, problems);
    if (p && !p.number) problems.push({ field: `phone-${i}-number`, key: 'phoneMissing' });
    else if (p) phones.push({ id: row.id, number: p.number!, description: p.description });
  });
  const contacts: ParsedForm['contacts'] = [];
  v.contacts.forEach((row, i) => {
    if (!filled.contact(row as never)) return;
    const p = parseEach(contactFields, row, `contact-${i}-`, problems);
    if (p && !p.name && !p.department) problems.push({ field: `contact-${i}-name`, key: 'contactNameMissing' });
    else if (p) contacts.push({ id: row.id, ...p });
  });
  const costs: ParsedForm['costs'] = [];
  if (v.costKind === 'fee') {
    v.costs.forEach((row, i) => {
      if (!filled.cost(row as never)) return;
      const p = parseEach(costFields, row, `cost-${i}-`, problems);
      if (p && p.amount == null) problems.push({ field: `cost-${i}-amount`, key: 'amountMissing' });
      else if (p) costs.push({ id: row.id, amount: p.amount!, note: p.note });
    });
    if (!costs.length && !problems.some((p) => p.field.startsWith('cost-'))) problems.push({ field: 'cost-0-amount', key: 'amountMissing' });
  }
  const access: ParsedForm['access'] = [];
  for (const a of v.access) {
    const p = parseEach(accessFields, a, `access-${a.locationId}-`, problems);
    const address = a.confidential ? null : parseEach(addressFields, a, `access-${a.locationId}-`, problems);
    if (address) checkAddress(address, `access-${a.locationId}-`, problems);
    if (!p) continue;
    if (p.features.some((f) => !options.features.some((x) => x.id === f))) problems.push({ field: `access-${a.locationId}-features`, key: 'featuresInvalid' });
    access.push({ locationId: a.locationId, ...p, address: address && address.street && address.postalCode && address.city ? address : null });
  }
  const place = parseEach(placeFields, v.newPlace, 'place-', problems);
  let newPlace: ParsedForm['newPlace'] = null;
  if (place) {
    const complete = checkAddress(place, 'place-', problems);
    if (!complete && place.name) problems.push({ field: 'place-street', key: 'streetMissing' });
    if (complete) newPlace = { ...place, confidential: v.newPlace.confidential };
  }
  // The rules across fields and against the choices, also when other fields have problems (every message at once).
  const minAge = fields.minimumAge.safeParse(v.minimumAge).data, maxAge = fields.maximumAge.safeParse(v.maximumAge).data;
  if (minAge != null && maxAge != null && maxAge < minAge) problems.push({ field: 'maximumAge', key: 'agesReversed' });
  if (v.locationIds.some((id) => !options.locations.some((l) => l.id === id))) problems.push({ field: 'locationIds', key: 'locationInvalid' });
  if (v.termIds.some((id) => !options.situations.some((s) => s.id === id))) problems.push({ field: 'termIds', key: 'situationsInvalid' });
  if (v.languageCodes.some((c) => !options.languages.includes(c))) problems.push({ field: 'languageCodes', key: 'languagesInvalid' });
  const sorted = sortProblems(problems, v);
  if (!base || sorted.length || Object.keys(translations).length < TRANSLATED_LANGS.length) return { form: null, problems: sorted };
  return { form: { ...base, translations, hours, byAppointment: v.byAppointment, closures, phones, contacts, costs, access, newPlace }, problems: [] };
}

/** Problems in the order of the form's fields, so that the summary reads like the form. */
function sortProblems(problems: FormProblem[], v: ServiceFormValues): FormProblem[] {
  const order = ['name', 'description', ...TRANSLATED_LANGS.flatMap((l) => [`tr-${l}-name`, `tr-${l}-description`]), 'locationIds',
    'place-name', 'place-street', 'place-postalCode', 'place-city',
    ...v.hours.flatMap((_, i) => ['days', 'opens', 'closes', 'note'].map((f) => `hours-${i}-${f}`)),
    ...v.closures.flatMap((_, i) => ['from', 'to', 'note'].map((f) => `closure-${i}-${f}`)),
    ...v.phones.flatMap((_, i) => ['number', 'description'].map((f) => `phone-${i}-${f}`)), 'email', 'url',
    ...v.contacts.flatMap((_, i) => ['name', 'department', 'email', 'phone'].map((f) => `contact-${i}-${f}`)),
    'languageCodes', 'costKind', ...v.costs.flatMap((_, i) => ['amount', 'note'].map((f) => `cost-${i}-${f}`)), 'feesDescription',
    ...v.access.flatMap((a) => ['street', 'postalCode', 'city', 'features', 'note'].map((f) => `access-${a.locationId}-${f}`)),
    'minimumAge', 'maximumAge', 'termIds', 'note'];
  const rank = (f: string) => { const i = order.indexOf(f); return i < 0 ? order.length : i; };
  const seen = new Set<string>();
  return [...problems].sort((a, b) => rank(a.field) - rank(b.field)).filter((p) => (seen.has(p.field) ? false : (seen.add(p.field), true)));
}

// ---- Writing back onto the HSDS object ----

const norm = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : v);

/** Sets a field to a new value, removes it when empty, leaves it untouched when it means the same. */
function put(o: Obj, key: string, value: string | number | null | undefined) {
  const empty = value == null || value === '';
  if (empty) { if (o[key] != null && o[key] !== '') delete o[key]; return; }
  if (norm(o[key]) === norm(value) || (typeof value === 'number' && Number(o[key]) === value && o[key] !== '' && o[key] != null)) return;
  o[key] = value;
}

/**
 * Merges edited rows onto a list of records: a row with the id of a record updates a copy of it (the
 * fields `apply` writes; everything else stays), a row without one makes a new record. Records keep the
 * list's order; new ones follow. Records the rows do not name are dropped, unless `keep` says otherwise.
 */
function merge<R extends { id: string }>(list: Obj[], rows: R[], apply: (record: Obj, row: R) => void, keep: (record: Obj) => boolean = () => false): Obj[] {
  const byId = new Map(rows.filter((r) => r.id).map((r) => [r.id, r]));
  const out: Obj[] = [];
  const used = new Set<string>();
  for (const record of list) {
    const row = byId.get(str(record.id));
    if (row && !used.has(row.id)) {
      used.add(row.id);
      const copy = structuredClone(record);
      apply(copy, row);
      out.push(copy);
    } else if (keep(record)) out.push(record);
  }
  for (const row of rows) {
    if (row.id && used.has(row.id)) continue;
    const record: Obj = { id: randomUUID() };
    apply(record, row);
    out.push(record);
  }
  return out;
}

/** Leaves a list out of the object when it was absent and stays empty, so that an unchanged form changes nothing. */
function putList(o: Obj, key: string, list: Obj[]) {
  if (!list.length && o[key] === undefined) return;
  o[key] = list;
}

/**
 * The HSDS service object the form describes: a copy of `base` (the object the form started from) with the
 * edited fields written onto it. `german` names the German texts of "by appointment" (the public page shows
 * a schedule's description as it is).
 */
export function serviceFromForm(base: HsdsService, form: ParsedForm, options: FormOptions, german: { byAppointment: string }): HsdsService {
  const doc = structuredClone(base) as unknown as Obj;
  const lebenslagen = new Set(options.situations.map((s) => s.id));
  const featureIds = new Set(options.features.map((f) => f.id));
  put(doc, 'name', form.name);
  put(doc, 'description', form.description);

  // Translations of name and description; other translated fields stay.
  const hadTranslations = doc.translations !== undefined;
  const tr = structuredClone((doc.translations ?? {}) as Record<string, Record<string, string>>);
  for (const l of TRANSLATED_LANGS) {
    const entry = tr[l] ?? {};
    put(entry, 'name', form.translations[l].name);
    put(entry, 'description', form.translations[l].description);
    if (Object.keys(entry).length) tr[l] = entry; else delete tr[l];
  }
  if (Object.keys(tr).length || hadTranslations) doc.translations = tr;

  // Places: the records of the chosen places stay as they were (with their accessibility edited); new ones by id.
  const chosen = [...new Set(form.locationIds)];
  const locationOf = (sal: Obj) => str((sal.location as Obj | undefined)?.id) || str(sal.location_id);
  const sals = merge(arr(doc, 'service_at_locations'), chosen.map((id) => ({ id: arr(doc, 'service_at_locations').find((s) => locationOf(s) === id)?.id as string ?? '', locationId: id })),
    (sal, row) => { if (!locationOf(sal)) { sal.service_id = base.id; sal.location_id = row.locationId; } });
  for (const sal of sals) {
    const location = sal.location as Obj | undefined;
    // Only the organisation's own places (a place another organisation shares stays as it is).
    const own = location && (!location.organization_id || location.organization_id === (doc.organization_id ?? (doc.organization as Obj | undefined)?.id));
    const edit = own && form.access.find((a) => a.locationId === location.id);
    if (!location || !edit) continue;
    const attributes = arr(location, 'attributes');
    const termOf = (a: Obj) => str(a.taxonomy_term_id) || str((a.taxonomy_term as Obj | undefined)?.id);
    const kept = attributes.filter((a) => !featureIds.has(termOf(a)) || edit.features.includes(termOf(a)));
    const added = edit.features.filter((f) => !attributes.some((a) => termOf(a) === f)).map((f) => ({ id: randomUUID(), taxonomy_term_id: f, link_entity: 'location' }));
    if (kept.length !== attributes.length || added.length) location.attributes = [...kept, ...added];
    const access = arr(location, 'accessibility');
    if (norm(str(access[0]?.description)) !== norm(edit.note)) {
      if (access[0]) { const first = { ...access[0] }; put(first, 'description', edit.note); location.accessibility = [first, ...access.slice(1)]; }
      else if (edit.note) location.accessibility = [{ id: randomUUID(), description: edit.note }];
    }
    // The first address, as typed (a confidential place's address is neither shown nor changed here).
    const addresses = arr(location, 'addresses');
    const first = addresses[0];
    const a = edit.address;
    if (a && location.confidential !== true && !(first && norm(str(first.address_1)) === norm(a.street) && str(first.postal_code) === a.postalCode && norm(str(first.city)) === norm(a.city))) {
      location.addresses = [{ ...(first ?? { id: randomUUID(), state_province: stateOf(sals), country: 'DE', address_type: 'physical' }), address_1: a.street, postal_code: a.postalCode, city: a.city }, ...addresses.slice(1)];
      // Another postcode moves the place to that postcode's centre (and its Sozialraum) until an editor sets it exactly.
      if (!first || str(first.postal_code) !== a.postalCode) placeAt(location, a.postalCode);
    }
  }
  if (form.newPlace) {
    const p = form.newPlace;
    const location: Obj = {
      id: randomUUID(), location_type: 'physical', organization_id: str(doc.organization_id) || str((doc.organization as Obj | undefined)?.id) || undefined,
      name: p.name || p.street,
      addresses: [{ id: randomUUID(), address_1: p.street, postal_code: p.postalCode, city: p.city, state_province: stateOf(sals), country: 'DE', address_type: 'physical' }],
      ...(p.confidential ? { confidential: true } : {}),
    };
    placeAt(location, p.postalCode);
    sals.push({ id: randomUUID(), service_id: base.id, location_id: location.id, location });
  }
  putList(doc, 'service_at_locations', sals);

  // Schedules: weekly rows, "by appointment only", closures; others (monthly, one-off) stay as they are.
  const schedules = arr(doc, 'schedules');
  const appointment = schedules.find((s) => scheduleKind(s) === 'appointment');
  const rows: { id: string; apply: (s: Obj) => void }[] = [
    ...form.hours.map((h) => ({ id: h.id, apply: (s: Obj) => {
      if (str(s.byday) !== h.days.join(',')) s.byday = h.days.join(',');
      if (str(s.opens_at).slice(0, 5) !== h.opens) s.opens_at = h.opens;
      if (str(s.closes_at).slice(0, 5) !== h.closes) s.closes_at = h.closes;
      if (!s.freq) { s.freq = 'WEEKLY'; s.wkst = 'MO'; }
      put(s, 'description', h.note);
    } })),
    ...(form.byAppointment ? [{ id: str(appointment?.id), apply: (s: Obj) => {
      if (!s.description && !s.attending_type) { s.description = german.byAppointment; s.attending_type = BY_APPOINTMENT; }
    } }] : []),
    ...form.closures.map((c) => ({ id: c.id, apply: (s: Obj) => { put(s, 'valid_from', c.from); put(s, 'valid_to', c.to ?? c.from); put(s, 'description', c.note); s.attending_type = CLOSED; } })),
  ];
  const mergedSchedules = merge(schedules, rows.map((r) => ({ ...r, id: schedules.some((s) => s.id === r.id) ? r.id : '' })), (s, row) => row.apply(s), (s) => scheduleKind(s) === 'other');
  putList(doc, 'schedules', mergedSchedules);

  putList(doc, 'phones', merge(arr(doc, 'phones'), form.phones, (p, row) => { put(p, 'number', row.number); put(p, 'description', row.description); }));
  put(doc, 'email', form.email);
  put(doc, 'url', form.url);
  putList(doc, 'contacts', merge(arr(doc, 'contacts'), form.contacts, (c, row) => {
    put(c, 'name', row.name); put(c, 'department', row.department); put(c, 'email', row.email);
    const phones = arr(c, 'phones');
    if (str(phones[0]?.number) !== (row.phone ?? '')) {
      if (!row.phone) c.phones = phones.slice(1);
      else c.phones = phones[0] ? [{ ...phones[0], number: row.phone }, ...phones.slice(1)] : [{ id: randomUUID(), number: row.phone }];
    }
  }));

  // Languages by code: a known code keeps its record; a new one gets its German name.
  const codes = [...new Set(form.languageCodes)];
  const languages = arr(doc, 'languages');
  const names = new Intl.DisplayNames(['de'], { type: 'language' });
  putList(doc, 'languages', [
    ...languages.filter((l) => !l.code || codes.includes(str(l.code))),
    ...codes.filter((c) => !languages.some((l) => l.code === c)).map((code) => ({ id: randomUUID(), code, name: names.of(code) ?? code })),
  ]);

  // Costs: free keeps the free options there were (or makes one); a fee writes the rows; nothing said, none.
  const costs = arr(doc, 'cost_options');
  const costList = form.costKind === 'free'
    ? (costs.some((c) => !c.amount) ? costs.filter((c) => !c.amount) : [{ id: randomUUID(), option: 'kostenfrei', amount: 0, currency: 'EUR' }])
    : form.costKind === 'fee'
      ? merge(costs, form.costs, (c, row) => { put(c, 'amount', row.amount); if (c.amount === undefined) c.amount = 0; if (!c.currency) c.currency = 'EUR'; put(c, 'amount_description', row.note); })
      : [];
  putList(doc, 'cost_options', costList);
  put(doc, 'fees_description', form.feesDescription);

  put(doc, 'minimum_age', form.minimumAge);
  put(doc, 'maximum_age', form.maximumAge);

  // Life situations: the service's other attributes stay; chosen terms keep their attribute records.
  const terms = [...new Set(form.termIds)];
  const attributes = arr(doc, 'attributes');
  const termOf = (a: Obj) => str(a.taxonomy_term_id) || str((a.taxonomy_term as Obj | undefined)?.id);
  putList(doc, 'attributes', [
    ...attributes.filter((a) => !lebenslagen.has(termOf(a)) || terms.includes(termOf(a))),
    ...terms.filter((id) => !attributes.some((a) => termOf(a) === id)).map((id) => ({ id: randomUUID(), taxonomy_term_id: id, link_entity: 'service' })),
  ]);
  return doc as unknown as HsdsService;
}

/** The federal state of the service's other addresses (HSDS asks for one), or none. */
function stateOf(sals: Obj[]): string {
  return sals.flatMap((sal) => arr(sal.location as Obj | undefined, 'addresses')).map((a) => str(a.state_province)).find(Boolean) ?? '';
}

/** The centre of a postcode as the place's coordinates (the importer assigns the Sozialraum from them). */
function placeAt(location: Obj, postcode: string) {
  const c = postcodeCentroid(postcode);
  if (c) { location.latitude = c.lat; location.longitude = c.lon; }
}

/** A new service's starting object: only what the form does not ask for. */
export function newServiceBase(organizationId: string): HsdsService {
  return { id: randomUUID(), organization_id: organizationId, name: '-', status: 'active' } as HsdsService;
}

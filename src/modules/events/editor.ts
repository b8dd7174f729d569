// The organisers' form for an event: what was typed (strings, kept as they are on errors), its parsing
// with Zod into an EventInput, the choices the form offers (the organisation's services and locations,
// life situations, languages), and the two commands, create and update, which write through saveEvent.
//
// Both commands run in the caller's audited transaction and are scoped in SQL by `eventManageScope`: an
// organisation or event outside the actor's reach is "not found" (null), and the refusal is audited.
// Updating locks the event's row first, as every change to its registrations does, so the capacity is
// checked against the places confirmed at that moment and never goes under them (the CHECK on the table
// would refuse it anyway); a raised capacity moves the first waiting registrations up at once, with
// their mails. Sessions keep their ids (and so their iCalendar UIDs) when their dates change; the
// registrations belong to the event and stay.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDate, euroAmount, fieldIssue, formBody, timeOfDay, webAddress, wholeNumber } from '../../platform/form-fields.ts';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { eventManageScope, type Actor } from '../../platform/policy.ts';
import type { Lang } from '../../platform/i18n.ts';
import { EVENT_FORMATS, events, type EventFormat } from './schema.ts';
import { localInstant, localParts, saveEvent, type EventInput } from './events.ts';
import { fillFreedPlaces, notifyScheduleChange, type RegistrationEnv } from './registration.ts';

/** Empty rows offered below the filled ones (sessions, speakers, questions), and how many more a click adds. */
export const EMPTY_ROWS = { session: 3, speaker: 2, question: 2 } as const;
export const MORE_ROWS = 5;
const MAX_ROWS = { session: 100, speaker: 30, question: 20 } as const;
export type RowKind = keyof typeof MAX_ROWS;

/** Languages the form offers (ISO 639-1), besides those an event already has. */
export const OFFERED_LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'ro', 'bg', 'fa', 'ku', 'fr', 'es', 'it', 'el', 'sq', 'sr', 'hr', 'vi', 'so', 'ti'];

export type SessionValues = { id: string; date: string; start: string; end: string; locationId: string; onlineUrl: string; room: string };
export type SpeakerValues = { name: string; affiliation: string; contribution: string };
export type QuestionValues = { id: string; label: string; kind: string; required: boolean };

/** The form as typed: strings (and ticks), so that everything comes back as it was on an error. */
export type EditorValues = {
  organizationId: string; serviceId: string; title: string; description: string; format: string;
  sessions: SessionValues[]; speakers: SpeakerValues[]; questions: QuestionValues[];
  topic: string; keywords: string; termIds: string[]; targetGroup: string; minimumAge: string; maximumAge: string; languageCodes: string[];
  fee: string; feeReduced: string; feeNote: string; capacity: string; maxPlacesPerRegistration: string;
  opensDate: string; opensTime: string; closesDate: string; closesTime: string; requiresAccount: boolean; wheelchair: boolean; accessibility: string;
};

/** A problem with one field: the field's id in the form (the error summary links to it) and a message key under `events.editor.errors`. */
export type EditorProblem = { field: string; key: string; params?: Record<string, string | number> };

const emptySession = (): SessionValues => ({ id: '', date: '', start: '', end: '', locationId: '', onlineUrl: '', room: '' });
const emptySpeaker = (): SpeakerValues => ({ name: '', affiliation: '', contribution: '' });
const emptyQuestion = (): QuestionValues => ({ id: '', label: '', kind: 'yes_no', required: false });

/** An empty form for an organisation. */
export function blankValues(organizationId: string): EditorValues {
  return padRows({
    organizationId, serviceId: '', title: '', description: '', format: '', sessions: [], speakers: [], questions: [], topic: '', keywords: '', termIds: [],
    targetGroup: '', minimumAge: '', maximumAge: '', languageCodes: ['de'], fee: '', feeReduced: '', feeNote: '', capacity: '', maxPlacesPerRegistration: '1',
    opensDate: '', opensTime: '', closesDate: '', closesTime: '', requiresAccount: false, wheelchair: false, accessibility: '',
  });
}

/** Adds empty rows below the filled ones (EMPTY_ROWS of each kind), and `more` further rows of one kind. */
export function padRows(v: EditorValues, more?: RowKind): EditorValues {
  const pad = <T>(list: T[], filled: (x: T) => boolean, empty: () => T, extra: number, max: number, rows: number) => {
    let last = list.length;
    while (last > 0 && !filled(list[last - 1])) last--;
    const wanted = Math.min(max, Math.max(list.length, last + rows) + extra);
    return [...list, ...Array.from({ length: Math.max(0, wanted - list.length) }, empty)];
  };
  return {
    ...v,
    sessions: pad(v.sessions, (s) => !isEmptySession(s), emptySession, more === 'session' ? MORE_ROWS : 0, MAX_ROWS.session, EMPTY_ROWS.session),
    speakers: pad(v.speakers, (s) => !isEmptySpeaker(s), emptySpeaker, more === 'speaker' ? MORE_ROWS : 0, MAX_ROWS.speaker, EMPTY_ROWS.speaker),
    questions: pad(v.questions, (q) => !isEmptyQuestion(q), emptyQuestion, more === 'question' ? MORE_ROWS : 0, MAX_ROWS.question, EMPTY_ROWS.question),
  };
}

/** The first row of a kind after the last filled one (where "more rows" puts the focus). */
export function firstFreeRow(v: EditorValues, kind: RowKind): number {
  const list: unknown[] = kind === 'session' ? v.sessions : kind === 'speaker' ? v.speakers : v.questions;
  const filled = (x: unknown) => !(kind === 'session' ? isEmptySession(x as SessionValues) : kind === 'speaker' ? isEmptySpeaker(x as SpeakerValues) : isEmptyQuestion(x as QuestionValues));
  let last = list.length;
  while (last > 0 && !filled(list[last - 1])) last--;
  return last;
}

/** A session row without date, times, link and room is empty (the place alone may be preset for new rows). */
const isEmptySession = (s: SessionValues) => !s.date.trim() && !s.start.trim() && !s.end.trim() && !s.onlineUrl.trim() && !s.room.trim();
const isEmptySpeaker = (s: SpeakerValues) => !s.name.trim() && !s.affiliation.trim() && !s.contribution.trim();
const isEmptyQuestion = (q: QuestionValues) => !q.label.trim() && !q.required;

/** The form's fields from a url-encoded body (every value a string or a list of strings; anything else is ignored). */
export function valuesFromBody(body: Record<string, unknown>): EditorValues {
  const { one, many, rowsOf } = formBody(body, MAX_ROWS);
  return {
    organizationId: one('organizationId', 60), serviceId: one('serviceId', 60), title: one('title', 1000), description: one('description'), format: one('format', 30),
    sessions: rowsOf('session', (f) => ({ id: f('id', 60), date: f('date', 30), start: f('start', 30), end: f('end', 30), locationId: f('locationId', 60), onlineUrl: f('onlineUrl'), room: f('room', 500) })),
    speakers: rowsOf('speaker', (f) => ({ name: f('name', 500), affiliation: f('affiliation', 1000), contribution: f('contribution', 1000) })),
    questions: rowsOf('question', (f) => ({ id: f('id', 60), label: f('label', 1000), kind: f('kind', 20), required: f('required', 5) === '1' })),
    topic: one('topic', 1000), keywords: one('keywords', 2000), termIds: many('termIds'), targetGroup: one('targetGroup', 1000),
    minimumAge: one('minimumAge', 20), maximumAge: one('maximumAge', 20), languageCodes: many('languageCodes'),
    fee: one('fee', 30), feeReduced: one('feeReduced', 30), feeNote: one('feeNote', 2000), capacity: one('capacity', 20), maxPlacesPerRegistration: one('maxPlacesPerRegistration', 20),
    opensDate: one('opensDate', 30), opensTime: one('opensTime', 30), closesDate: one('closesDate', 30), closesTime: one('closesTime', 30),
    requiresAccount: one('requiresAccount', 5) === '1', wheelchair: one('wheelchair', 5) === '1', accessibility: one('accessibility', 5000),
  };
}

// ---- Parsing: one Zod schema per field, so that every field's problem is reported at once ----

const issue = fieldIssue;
const whole = wholeNumber;
const euros = euroAmount('feeInvalid');
const date = calendarDate;
const time = timeOfDay();
/** A web address for online sessions; "meet.example.org/x" gets https:// in front. */
const onlineAddress = webAddress('onlineUrlInvalid');
const text = (max: number) => z.string().trim().max(max, 'tooLong').transform((v) => v || null);
const requiredText = (max: number, missing: string) => z.string().trim().min(1, missing).max(max, 'tooLong');

const fields = {
  title: requiredText(200, 'titleMissing'),
  description: requiredText(10_000, 'descriptionMissing'),
  format: z.enum(EVENT_FORMATS, 'formatMissing'),
  serviceId: z.string().trim().transform((v) => v || null),
  topic: text(200),
  keywords: z.string().trim().max(1000, 'tooLong').transform((v, ctx) => {
    const list = [...new Set(v.split(/[,;\n]/).map((k) => k.trim()).filter(Boolean))];
    return list.length > 20 || list.some((k) => k.length > 60) ? issue(ctx, 'keywordsInvalid') : list;
  }),
  termIds: z.array(z.string().regex(/^[0-9a-f-]{36}$/i, 'situationsInvalid')).max(60),
  targetGroup: text(200),
  minimumAge: whole(0, 120, 'ageInvalid'),
  maximumAge: whole(0, 120, 'ageInvalid'),
  languageCodes: z.array(z.string().regex(/^[a-z]{2,3}$/, 'languagesInvalid')).min(1, 'languagesMissing').max(30),
  fee: euros,
  feeReduced: euros,
  feeNote: text(500),
  capacity: whole(1, 100_000, 'capacityInvalid').refine((v) => v !== null, 'capacityInvalid'),
  maxPlacesPerRegistration: whole(1, 100, 'maxPlacesInvalid').refine((v) => v !== null, 'maxPlacesInvalid'),
  opensDate: date, opensTime: time, closesDate: date, closesTime: time,
  accessibility: text(1000),
};
const sessionFields = {
  date: date.refine((v) => v !== null, 'sessionDateMissing'),
  start: time.refine((v) => v !== null, 'sessionStartMissing'),
  end: time.refine((v) => v !== null, 'sessionEndMissing'),
  onlineUrl: onlineAddress,
  room: text(100),
};
const speakerFields = { name: requiredText(100, 'speakerNameMissing'), affiliation: text(200), contribution: text(300) };
const questionFields = { label: requiredText(300, 'questionLabelMissing'), kind: z.enum(['yes_no', 'text'], 'questionKindInvalid') };

type Parsed<S extends Record<string, z.ZodType>> = { [K in keyof S]: z.output<S[K]> };

/** Parses each field on its own; a field's first problem is reported under `prefix + name`. */
function parseEach<S extends Record<string, z.ZodType>>(shape: S, input: Record<string, unknown>, prefix: string, problems: EditorProblem[]): Parsed<S> | null {
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [name, schema] of Object.entries(shape)) {
    const r = schema.safeParse(input[name]);
    if (r.success) { out[name] = r.data; continue; }
    ok = false;
    const first = r.error.issues[0];
    // Our schemas name a message key; anything else (a list sent too long, a value of the wrong type) is "invalid".
    if (first.message === 'tooLong') problems.push({ field: `${prefix}${name}`, key: 'tooLong', params: { max: Number((first as { maximum?: number | bigint }).maximum ?? 0) } });
    else problems.push({ field: `${prefix}${name}`, key: /^[a-zA-Z]+$/.test(first.message) ? first.message : 'invalid' });
  }
  return ok ? (out as Parsed<S>) : null;
}

export type ParsedSession = NonNullable<EventInput['sessions'][number]> & { row: number };
export type ParsedEvent = Omit<EventInput, 'id' | 'organizationId' | 'sessions'> & { sessions: ParsedSession[] };

/** The local date and time of an instant for messages (05.09.2026, 17:15). */
function shown(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.date.slice(8, 10)}.${p.date.slice(5, 7)}.${p.date.slice(0, 4)}, ${p.time}`;
}

/**
 * Parses the form (without the database): every field's problem at once, then the rules across fields
 * (end after start, a place for each session, ages, fees, places, the registration period before the
 * first session). Empty rows are ignored.
 */
export function parseEventForm(v: EditorValues, timeZone: string): { event: ParsedEvent | null; problems: EditorProblem[] } {
  const problems: EditorProblem[] = [];
  const base = parseEach(fields, v as unknown as Record<string, unknown>, '', problems);

  const sessions: ParsedSession[] = [];
  v.sessions.forEach((s, row) => {
    if (isEmptySession(s)) return;
    const prefix = `session-${row}-`;
    const p = parseEach(sessionFields, s, prefix, problems);
    if (!p) return;
    const startsAt = localInstant(p.date!, p.start!, timeZone);
    const endsAt = localInstant(p.date!, p.end!, timeZone);
    if (endsAt <= startsAt) problems.push({ field: `${prefix}end`, key: 'sessionEndBeforeStart' });
    else if (!s.locationId && !p.onlineUrl) problems.push({ field: `${prefix}locationId`, key: 'sessionPlaceMissing' });
    else sessions.push({ row, id: s.id || undefined, startsAt, endsAt, locationId: s.locationId || null, onlineUrl: p.onlineUrl, room: p.room });
  });
  if (v.sessions.every(isEmptySession)) problems.push({ field: 'session-0-date', key: 'sessionsMissing' });

  const speakers: NonNullable<EventInput['speakers']> = [];
  v.speakers.forEach((s, row) => {
    if (isEmptySpeaker(s)) return;
    const p = parseEach(speakerFields, s, `speaker-${row}-`, problems);
    if (p) speakers.push(p);
  });
  const questions: NonNullable<EventInput['questions']> = [];
  v.questions.forEach((q, row) => {
    if (isEmptyQuestion(q)) return;
    const p = parseEach(questionFields, q, `question-${row}-`, problems);
    if (p) questions.push({ id: q.id || undefined, label: p.label, kind: p.kind, required: q.required });
  });

  if (!base) return { event: null, problems };
  if (base.minimumAge != null && base.maximumAge != null && base.maximumAge < base.minimumAge) problems.push({ field: 'maximumAge', key: 'agesReversed' });
  const fee = base.fee === 0 ? null : base.fee;
  if (base.feeReduced != null && fee == null) problems.push({ field: 'feeReduced', key: 'reducedWithoutFee' });
  else if (base.feeReduced != null && fee != null && base.feeReduced >= fee) problems.push({ field: 'feeReduced', key: 'reducedNotLower' });
  if (base.capacity != null && base.maxPlacesPerRegistration != null && base.maxPlacesPerRegistration > base.capacity) {
    problems.push({ field: 'maxPlacesPerRegistration', key: 'maxPlacesOverCapacity' });
  }
  if (!base.opensDate && base.opensTime) problems.push({ field: 'opensDate', key: 'dateMissingForTime' });
  if (!base.closesDate && base.closesTime) problems.push({ field: 'closesDate', key: 'dateMissingForTime' });
  // Without a time, the registration opens at the start of its day and closes at its end.
  const opensAt = base.opensDate ? localInstant(base.opensDate, base.opensTime ?? '00:00', timeZone) : null;
  const closesAt = base.closesDate ? localInstant(base.closesDate, base.closesTime ?? '23:59', timeZone) : null;
  if (opensAt && closesAt && opensAt >= closesAt) problems.push({ field: 'opensDate', key: 'opensAfterCloses' });
  const first = sessions.length ? new Date(Math.min(...sessions.map((s) => s.startsAt.getTime()))) : null;
  if (first && closesAt && closesAt > first) problems.push({ field: 'closesDate', key: 'closesAfterStart', params: { start: shown(first, timeZone) } });
  else if (first && opensAt && opensAt >= first) problems.push({ field: 'opensDate', key: 'opensAfterStart', params: { start: shown(first, timeZone) } });

  return {
    event: {
      serviceId: base.serviceId, title: base.title, description: base.description, format: base.format as EventFormat, topic: base.topic,
      keywords: base.keywords, termIds: [...new Set(base.termIds)], targetGroup: base.targetGroup, minimumAge: base.minimumAge, maximumAge: base.maximumAge,
      languageCodes: [...new Set(base.languageCodes)], fee, feeReduced: fee == null ? null : base.feeReduced, feeNote: base.feeNote,
      capacity: base.capacity!, maxPlacesPerRegistration: base.maxPlacesPerRegistration!, registrationOpensAt: opensAt, registrationClosesAt: closesAt,
      requiresAccount: v.requiresAccount, accessibility: base.accessibility, wheelchair: v.wheelchair,
      sessions: sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()), speakers, questions,
    },
    problems,
  };
}

// ---- What the form offers ----

export type EditorOptions = {
  organization: { id: string; name: string };
  services: { id: string; name: string }[];
  locations: { id: string; label: string }[];
  situations: { id: string; name: string; parentId: string | null }[];
  languages: string[];
};

/** The organisations whose events the actor may create and edit (directory editors: all). */
export async function manageableOrganizations(db: Queryable, actor: Actor): Promise<{ id: string; name: string }[]> {
  return rows<{ id: string; name: string }>(db, sql`SELECT id, name FROM organizations o WHERE ${eventManageScope(actor, sql`o.id`)} ORDER BY name, id LIMIT 2000`);
}

/** The organisation's services and physical locations (and the places the event already uses), the life situations, the languages. */
export async function editorOptions(db: Queryable, organization: { id: string; name: string }, lang: Lang, current?: { eventId: string; languageCodes: string[] }): Promise<EditorOptions> {
  const [services, locations, situations] = await Promise.all([
    rows<{ id: string; name: string }>(db, sql`SELECT id, name FROM services WHERE organization_id = ${organization.id} ORDER BY name, id LIMIT 500`),
    rows<{ id: string; label: string }>(db, sql`
      SELECT l.id, concat_ws(', ', l.name, (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM addresses a WHERE a.location_id = l.id ORDER BY a.id LIMIT 1)) AS label
      FROM locations l
      WHERE (l.organization_id = ${organization.id} AND l.location_type = 'physical')
        ${current ? sql`OR l.id IN (SELECT location_id FROM event_sessions WHERE event_id = ${current.eventId})` : sql``}
      ORDER BY label, l.id LIMIT 500`),
    rows<{ id: string; name: string; parentId: string | null }>(db, sql`
      SELECT tt.id, coalesce(tr.value, tt.name) AS name, tt.parent_id AS "parentId"
      FROM taxonomy_terms tt JOIN taxonomies tx ON tx.id = tt.taxonomy_id AND tx.name = 'Lebenslagen'
      LEFT JOIN translations tr ON tr.entity_id = tt.id AND tr.field = 'name' AND tr.lang = ${lang}
      ORDER BY tt.name`),
  ]);
  return { organization, services, locations, situations, languages: [...new Set([...OFFERED_LANGUAGES, ...(current?.languageCodes ?? [])])] };
}

/** Problems only the database can tell: a service, a place or a life situation that is not one of the form's choices. */
function choiceProblems(e: ParsedEvent, options: EditorOptions): EditorProblem[] {
  const problems: EditorProblem[] = [];
  if (e.serviceId && !options.services.some((s) => s.id === e.serviceId)) problems.push({ field: 'serviceId', key: 'serviceInvalid' });
  for (const s of e.sessions) {
    if (s.locationId && !options.locations.some((l) => l.id === s.locationId)) problems.push({ field: `session-${s.row}-locationId`, key: 'locationInvalid' });
  }
  const terms = new Set(options.situations.map((x) => x.id));
  if (e.termIds?.some((id) => !terms.has(id))) problems.push({ field: 'termIds', key: 'situationsInvalid' });
  return problems;
}

export type SaveResult = { ok: true; id: string; organizationId: string; promoted: number } | { ok: false; problems: EditorProblem[]; options: EditorOptions };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organisation if the actor may create events for it; otherwise null, and the refusal is audited. */
export async function manageableOrganization(db: Queryable, ctx: RequestContext, organizationId: string): Promise<{ id: string; name: string } | null> {
  const [org] = UUID.test(organizationId)
    ? await rows<{ id: string; name: string }>(db, sql`SELECT id, name FROM organizations o WHERE o.id = ${organizationId} AND ${eventManageScope(ctx.actor, sql`o.id`)}`)
    : [];
  if (!org) {
    await recordAudit(db, ctx, { action: 'event.manage', resourceType: 'organization', resourceId: UUID.test(organizationId) ? organizationId : undefined, outcome: 'denied',
      details: { reason: 'organisation not found or not managed by the actor' } });
    return null;
  }
  return org;
}

/** A new event of an organisation the actor manages; null when it may not (audited). Sessions must lie ahead. */
export async function createEvent(db: Queryable, ctx: RequestContext, values: EditorValues, lang: Lang, timeZone: string, now = new Date()): Promise<SaveResult | null> {
  const org = await manageableOrganization(db, ctx, values.organizationId);
  if (!org) return null;
  const options = await editorOptions(db, org, lang);
  const { event, problems } = parseEventForm(values, timeZone);
  if (event) {
    problems.push(...choiceProblems(event, options));
    for (const s of event.sessions) if (s.startsAt <= now) problems.push({ field: `session-${s.row}-date`, key: 'sessionInPast' });
  }
  if (!event || problems.length) return { ok: false, problems: sortProblems(problems, values), options };
  const id = await saveEvent(db, { ...withoutRows(event), organizationId: org.id }, now);
  await recordAudit(db, { ...ctx, organizationId: org.id }, { action: 'event.manage', resourceType: 'event', resourceId: id,
    details: { created: true, sessions: event.sessions.length, capacity: event.capacity } });
  return { ok: true, id, organizationId: org.id, promoted: 0 };
}

export type EditedEvent = { id: string; title: string; organization: { id: string; name: string }; capacity: number; confirmedPlaces: number; waiting: number; status: 'scheduled' | 'cancelled' };

/** The event for the form, if the actor may edit it (optionally locked); otherwise null, and the refusal is audited. */
async function editableEvent(db: Queryable, ctx: RequestContext, eventId: string, lock: boolean) {
  const where = and(eq(events.id, eventId), eventManageScope(ctx.actor, events.organizationId));
  const found = UUID.test(eventId) ? await (lock ? db.select().from(events).where(where).for('update') : db.select().from(events).where(where)) : [];
  if (!found[0]) {
    await recordAudit(db, ctx, { action: 'event.manage', resourceType: 'event', resourceId: UUID.test(eventId) ? eventId : undefined, outcome: 'denied',
      details: { reason: 'not found or not managed by the actor' } });
    return null;
  }
  const e = found[0];
  const [extra] = await rows<{ name: string; waiting: number }>(db, sql`SELECT o.name,
    (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = ${e.id} AND r.status = 'waiting') AS waiting
    FROM organizations o WHERE o.id = ${e.organizationId}`);
  const summary: EditedEvent = { id: e.id, title: e.title, organization: { id: e.organizationId, name: extra.name }, capacity: e.capacity,
    confirmedPlaces: e.confirmedPlaces, waiting: extra.waiting, status: e.status };
  return { row: e, summary };
}

/** What the form shows for an event the actor may edit, or null (audited). */
export async function eventForEditing(db: Queryable, ctx: RequestContext, eventId: string, lang: Lang, timeZone: string):
  Promise<{ event: EditedEvent; values: EditorValues; options: EditorOptions } | null> {
  const found = await editableEvent(db, ctx, eventId, false);
  if (!found) return null;
  const e = found.row;
  const [sessions, speakers, questions, options] = await Promise.all([
    rows<{ id: string; starts_at: string; ends_at: string; location_id: string | null; online_url: string | null; room: string | null }>(db, sql`
      SELECT id, starts_at, ends_at, location_id, online_url, room FROM event_sessions WHERE event_id = ${e.id} ORDER BY starts_at, id`),
    rows<{ name: string; affiliation: string | null; contribution: string | null }>(db, sql`SELECT name, affiliation, contribution FROM event_speakers WHERE event_id = ${e.id} ORDER BY position`),
    rows<{ id: string; label: string; kind: string; required: boolean }>(db, sql`SELECT id, label, kind, required FROM event_questions WHERE event_id = ${e.id} ORDER BY position`),
    editorOptions(db, found.summary.organization, lang, { eventId: e.id, languageCodes: e.languageCodes }),
  ]);
  const euro = (n: number | null) => (n == null ? '' : Number.isInteger(n) ? String(n) : n.toFixed(2).replace('.', ','));
  const local = (d: Date | null) => (d ? localParts(d, timeZone) : { date: '', time: '' });
  const values: EditorValues = padRows({
    organizationId: e.organizationId, serviceId: e.serviceId ?? '', title: e.title, description: e.description, format: e.format,
    sessions: sessions.map((s) => {
      const start = localParts(new Date(s.starts_at), timeZone);
      return { id: s.id, date: start.date, start: start.time, end: localParts(new Date(s.ends_at), timeZone).time, locationId: s.location_id ?? '', onlineUrl: s.online_url ?? '', room: s.room ?? '' };
    }),
    speakers: speakers.map((s) => ({ name: s.name, affiliation: s.affiliation ?? '', contribution: s.contribution ?? '' })),
    questions: questions.map((q) => ({ id: q.id, label: q.label, kind: q.kind, required: q.required })),
    topic: e.topic ?? '', keywords: e.keywords.join(', '), termIds: e.termIds, targetGroup: e.targetGroup ?? '',
    minimumAge: e.minimumAge == null ? '' : String(e.minimumAge), maximumAge: e.maximumAge == null ? '' : String(e.maximumAge), languageCodes: e.languageCodes,
    fee: euro(e.fee), feeReduced: euro(e.feeReduced), feeNote: e.feeNote ?? '', capacity: String(e.capacity), maxPlacesPerRegistration: String(e.maxPlacesPerRegistration),
    opensDate: local(e.registrationOpensAt).date, opensTime: local(e.registrationOpensAt).time,
    closesDate: local(e.registrationClosesAt).date, closesTime: local(e.registrationClosesAt).time,
    requiresAccount: e.requiresAccount, wheelchair: e.wheelchair, accessibility: e.accessibility ?? '',
  });
  return { event: found.summary, values, options };
}

/** The options and summary for showing the form again (more rows, errors), or null (audited). */
export async function editorContext(db: Queryable, ctx: RequestContext, eventId: string, lang: Lang): Promise<{ event: EditedEvent; options: EditorOptions } | null> {
  const found = await editableEvent(db, ctx, eventId, false);
  if (!found) return null;
  return { event: found.summary, options: await editorOptions(db, found.summary.organization, lang, { eventId: found.row.id, languageCodes: found.row.languageCodes }) };
}

/**
 * Saves the form over an event the actor may edit; null when it may not (audited). Under the event's
 * lock: the capacity may not go under the places confirmed now; a session may not be moved into the
 * past (one that is already past may stay); a raised capacity moves the waiting list up.
 */
export async function updateEvent(db: Queryable, ctx: RequestContext, env: RegistrationEnv, eventId: string, values: EditorValues, lang: Lang, now = new Date()):
  Promise<(SaveResult & { event?: EditedEvent }) | null> {
  const found = await editableEvent(db, ctx, eventId, true);
  if (!found) return null;
  const e = found.row;
  const options = await editorOptions(db, found.summary.organization, lang, { eventId: e.id, languageCodes: e.languageCodes });
  const { event, problems } = parseEventForm(values, env.timeZone);
  const stored = await rows<{ id: string; starts_at: string; ends_at: string; location_id: string | null; online_url: string | null; room: string | null }>(db, sql`
    SELECT id, starts_at, ends_at, location_id, online_url, room FROM event_sessions WHERE event_id = ${e.id}`);
  if (event) {
    problems.push(...choiceProblems(event, options));
    if (event.capacity < e.confirmedPlaces) problems.push({ field: 'capacity', key: 'capacityUnderConfirmed', params: { count: e.confirmedPlaces } });
    const before = new Map(stored.map((s) => [s.id, new Date(s.starts_at).getTime()]));
    for (const s of event.sessions) {
      if (s.startsAt <= now && !(s.id && before.get(s.id) === s.startsAt.getTime())) problems.push({ field: `session-${s.row}-date`, key: 'sessionInPast' });
    }
  }
  if (!event || problems.length) return { ok: false, problems: sortProblems(problems, values), options, event: found.summary };
  await saveEvent(db, { ...withoutRows(event), id: e.id, organizationId: e.organizationId }, now);
  const promoted = event.capacity > e.capacity ? await fillFreedPlaces(db, env, e.id, now) : 0;
  // Those registered learn of new dates, times or places (not of other edits).
  const told = scheduleOf(stored.map((s) => ({ startsAt: new Date(s.starts_at), endsAt: new Date(s.ends_at), locationId: s.location_id, onlineUrl: s.online_url, room: s.room })))
    === scheduleOf(event.sessions) ? 0 : await notifyScheduleChange(db, env, e.id, now);
  await recordAudit(db, { ...ctx, organizationId: e.organizationId }, { action: 'event.manage', resourceType: 'event', resourceId: e.id,
    details: { updated: true, sessions: event.sessions.length, ...(event.capacity !== e.capacity ? { capacity: { from: e.capacity, to: event.capacity } } : {}), promoted,
      ...(told ? { scheduleChangeMailed: told } : {}) } });
  return { ok: true, id: e.id, organizationId: e.organizationId, promoted };
}

/** The sessions' times and places as one comparable text (order and ids do not matter). */
const scheduleOf = (sessions: { startsAt: Date; endsAt: Date; locationId?: string | null; onlineUrl?: string | null; room?: string | null }[]) =>
  sessions.map((s) => [s.startsAt.getTime(), s.endsAt.getTime(), s.locationId ?? '', s.onlineUrl ?? '', s.room ?? ''].join('|')).sort().join('\n');

const withoutRows = (e: ParsedEvent): Omit<EventInput, 'id' | 'organizationId'> => ({ ...e, sessions: e.sessions.map(({ row: _row, ...s }) => s) });

/** Problems in the order of the form's fields, so that the summary reads like the form. */
function sortProblems(problems: EditorProblem[], v: EditorValues): EditorProblem[] {
  const order = ['title', 'description', 'format', 'serviceId',
    ...v.sessions.flatMap((_, i) => ['date', 'start', 'end', 'locationId', 'onlineUrl', 'room'].map((f) => `session-${i}-${f}`)),
    'topic', 'keywords', 'termIds', 'targetGroup', 'minimumAge', 'maximumAge', 'languageCodes', 'fee', 'feeReduced', 'feeNote',
    'capacity', 'maxPlacesPerRegistration', 'opensDate', 'opensTime', 'closesDate', 'closesTime',
    ...v.questions.flatMap((_, i) => ['label', 'kind'].map((f) => `question-${i}-${f}`)),
    ...v.speakers.flatMap((_, i) => ['name', 'affiliation', 'contribution'].map((f) => `speaker-${i}-${f}`)),
    'accessibility'];
  // The view shows the fields in this order too (views/editor.tsx).
  const rank = (f: string) => { const i = order.indexOf(f); return i < 0 ? order.length : i; };
  const seen = new Set<string>();
  return [...problems].sort((a, b) => rank(a.field) - rank(b.field)).filter((p) => (seen.has(p.field) ? false : (seen.add(p.field), true)));
}

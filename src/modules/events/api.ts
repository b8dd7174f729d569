// Zugang's own JSON API for courses and events (HSDS 3.0 has no events): the calendar with the same
// filters as the page, and one event with its sessions, speakers and places. Public information only
// (no registration data); described in OpenAPI at /docs.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../platform/errors.ts';
import { calendar, eventDetail, localToday, type CalendarParams } from './service.ts';
import { EVENT_FORMATS } from './schema.ts';
import { openReadCors } from '../../platform/cors.ts';

const isoDate = z.iso.date({ error: 'expected a date YYYY-MM-DD' });

const listQuery = z.object({
  from: isoDate.optional().describe('First day (in the municipality\'s time zone); default today.'),
  to: isoDate.optional().describe('Last day; default 30 days after `from`, at most a year after it.'),
  life_situation: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().describe('Code of a life situation (taxonomy "Lebenslagen"); a parent includes its children.'),
  district: z.string().max(60).regex(/^[\p{L}\p{N}_-]+$/u).optional().describe('Code of a Sozialraum: sessions at a location there.'),
  age: z.coerce.number().int().min(0).max(120).optional().describe('Events whose age range includes this age.'),
  language: z.string().regex(/^[a-z]{2,3}$/).optional().describe('ISO 639-1 code of a language the event is held in.'),
  free: z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1').optional().describe('Only events without a fee.'),
  lang: z.string().optional().describe('Language of translated titles (de, en, tr, ar, uk).'),
}).refine((q) => !q.from || !q.to || (q.to >= q.from && Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000),
  { path: ['to'], message: 'to must be on or after from, and at most a year later' });

const session = z.object({
  event_id: z.uuid(), session_id: z.uuid(), title: z.string(), format: z.enum(EVENT_FORMATS), starts_at: z.string(), ends_at: z.string(),
  organization: z.string(), place: z.string().nullable(), room: z.string().nullable(), district: z.string().nullable(), online: z.boolean(),
  fee: z.number().nullable(), capacity: z.number().int(), places_left: z.number().int(), waiting_list: z.boolean(),
  status: z.enum(['scheduled', 'cancelled']), registration_closed: z.boolean(), url: z.string(),
});

const detail = z.object({
  id: z.uuid(), title: z.string(), description: z.string(), format: z.enum(EVENT_FORMATS), topic: z.string().nullable(), keywords: z.array(z.string()),
  life_situations: z.array(z.object({ code: z.string(), name: z.string() })), target_group: z.string().nullable(),
  minimum_age: z.number().int().nullable(), maximum_age: z.number().int().nullable(), languages: z.array(z.string()),
  fee: z.number().nullable(), fee_reduced: z.number().nullable(), fee_note: z.string().nullable(), capacity: z.number().int(), places_left: z.number().int(),
  waiting_list: z.number().int(), max_places_per_registration: z.number().int(), registration_opens_at: z.string().nullable(), registration_closes_at: z.string().nullable(),
  registration_closed: z.boolean(), requires_account: z.boolean(), accessibility: z.string().nullable(), wheelchair: z.boolean(), status: z.enum(['scheduled', 'cancelled']),
  organization: z.object({ id: z.uuid(), name: z.string() }), service: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  sessions: z.array(z.object({ id: z.uuid(), starts_at: z.string(), ends_at: z.string(), place: z.string().nullable(), room: z.string().nullable(), online_url: z.string().nullable() })),
  speakers: z.array(z.object({ name: z.string(), affiliation: z.string().nullable(), contribution: z.string().nullable() })),
  ical: z.string(), url: z.string(),
});

const problem = z.looseObject({
  error: z.string(), message: z.string(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
}).describe('What was wrong: error code, message, and for bad parameters the fields.');

export const eventsApi: FastifyPluginAsync = async (root) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // Public information: any origin may read it (GET, HEAD) and preflight it (OPTIONS).
  openReadCors(root, ['/api/events', '/api/events/*']);
  const db = () => app.database.db;
  const tz = app.config.timezone;
  const base = (req: { protocol: string; host: string }) => (app.config.baseUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');

  app.get('/api/events', {
    config: { permission: 'event.read' },
    schema: { tags: ['Events'], summary: 'Sessions of courses and events in a period, with the calendar\'s filters (at most 300)', querystring: listQuery,
      response: { 200: z.object({ from: z.string(), to: z.string(), more: z.boolean(), contents: z.array(session) }), 400: problem } },
  }, async (req) => {
    const q = req.query;
    const from = q.from ?? localToday(new Date(), tz);
    const to = q.to ?? new Date(Date.parse(`${from}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const params: CalendarParams = { lebenslage: q.life_situation, sozialraum: q.district, age: q.age, sprache: q.language, kostenfrei: q.free };
    const lang = (['de', 'en', 'tr', 'ar', 'uk'] as const).find((l) => l === q.lang) ?? 'de';
    const { entries, more } = await calendar(db(), params, { kind: 'range', from, to }, lang, tz);
    return { from, to, more, contents: entries.map((e) => ({
      event_id: e.eventId, session_id: e.sessionId, title: e.title, format: e.format, starts_at: e.startsAt.toISOString(), ends_at: e.endsAt.toISOString(),
      organization: e.organizationName, place: e.place, room: e.room, district: e.districtName, online: e.online, fee: e.fee, capacity: e.capacity,
      places_left: Math.max(0, e.capacity - e.confirmedPlaces), waiting_list: e.waiting, status: e.status, registration_closed: e.registrationClosed,
      url: `${base(req)}/veranstaltungen/${e.eventId}`,
    })) };
  });

  app.get('/api/events/:id', {
    config: { permission: 'event.read' },
    schema: { tags: ['Events'], summary: 'One event with its sessions, speakers and places', params: z.object({ id: z.uuid() }),
      querystring: z.object({ lang: z.string().optional() }), response: { 200: detail, 400: problem, 404: problem } },
  }, async (req) => {
    const lang = (['de', 'en', 'tr', 'ar', 'uk'] as const).find((l) => l === req.query.lang) ?? 'de';
    const e = await eventDetail(db(), req.params.id, lang);
    if (!e) throw new NotFoundError();
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    return {
      id: e.id, title: e.title, description: e.description, format: e.format, topic: e.topic, keywords: e.keywords, life_situations: e.situations,
      target_group: e.targetGroup, minimum_age: e.minimumAge, maximum_age: e.maximumAge, languages: e.languageCodes, fee: e.fee, fee_reduced: e.feeReduced,
      fee_note: e.feeNote, capacity: e.capacity, places_left: Math.max(0, e.capacity - e.confirmedPlaces), waiting_list: e.waitingCount,
      max_places_per_registration: e.maxPlacesPerRegistration, registration_opens_at: iso(e.registrationOpensAt), registration_closes_at: iso(e.registrationClosesAt),
      registration_closed: e.registrationClosed, requires_account: e.requiresAccount, accessibility: e.accessibility, wheelchair: e.wheelchair, status: e.status,
      organization: e.organization, service: e.service,
      sessions: e.sessions.map((s) => ({ id: s.id, starts_at: s.startsAt.toISOString(), ends_at: s.endsAt.toISOString(), place: s.place, room: s.room, online_url: s.onlineUrl })),
      speakers: e.speakers, ical: `${base(req)}/veranstaltungen/${e.id}/kalender.ics`, url: `${base(req)}/veranstaltungen/${e.id}`,
    };
  });
};

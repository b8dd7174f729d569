// Public event pages: the calendar, an event with its registration form, the opt-in link, the personal
// link to see and cancel a registration, and iCalendar files. Forms post/redirect/get where a result has
// its own page; on errors the form comes back with everything typed and a message beside each field.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { formats, translator } from '../../platform/i18n.ts';
import { accountOverview } from '../accounts/service.ts';
import { ownActiveRegistration } from './own.ts';
import { publicBaseUrl, requestContext } from '../accounts/routes.tsx';
import { districtNames, lifeSituations } from '../directory/service.ts';
import { CONFIRM_HOURS, cancelByLink, confirmRegistration, registerForEvent, registrationByLink, registrationState, type RegistrationEnv } from './registration.ts';
import { registrationToken, verifyRegistrationToken } from './links.ts';
import { calendar, calendarParamsSchema, eventDetail, localToday, periodOf, UUID, type CalendarParams, type EventDetail } from './service.ts';
import { icalendar, type IcalSession } from './ical.ts';
import { CalendarPage } from './views/calendar.tsx';
import { EventMessagePage, EventPage, type RegistrationFormState } from './views/event.tsx';
import { ConfirmPage, ManagePage } from './views/manage.tsx';
import { eventRegistrations } from './schema.ts';
import { withLang } from '../../platform/views/layout.tsx';
import { eq } from 'drizzle-orm';

const idParams = z.object({ id: z.string().max(60) });
const tokenParams = z.object({ token: z.string().max(200) });

export const eventRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const tz = app.config.timezone;
  const env = (req: FastifyRequest): RegistrationEnv => ({ mail: app.mail, baseUrl: publicBaseUrl(app.config, req), secretKey: app.config.secretKey, timeZone: tz });

  const parseCalendar = (req: FastifyRequest) => {
    const t = translator(req.lang);
    const raw = Object.fromEntries(Object.entries(req.query as Record<string, unknown>).filter(([k, v]) => typeof v === 'string' && k !== 'lang')) as Record<string, string>;
    const parsed = calendarParamsSchema.safeParse(raw);
    const errors: { field: string; message: string }[] = [];
    let params: CalendarParams;
    if (parsed.success) params = parsed.data;
    else {
      // Keep what was valid, explain what was not; what was typed stays in the field.
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      for (const f of bad) errors.push({ field: f, message: t(`events.errors.${f}`, { defaultValue: t(`errors.field.${f}`, { defaultValue: t('errors.invalidValue') }) }) });
      params = calendarParamsSchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
    }
    if (params.von && params.bis && params.bis < params.von) {
      errors.push({ field: 'bis', message: t('events.errors.range') });
      params = { ...params, bis: undefined };
    } else if (params.von && params.bis && Date.parse(params.bis) - Date.parse(params.von) > 366 * 86_400_000) {
      errors.push({ field: 'bis', message: t('events.errors.rangeTooLong') });
      params = { ...params, bis: undefined };
    }
    return { raw, params, errors };
  };

  app.get('/veranstaltungen', { config: { permission: 'event.read' }, schema: { hide: true } }, async (req, reply) => {
    const { raw, params, errors } = parseCalendar(req);
    const build = async () => {
      const period = periodOf(params, localToday(new Date(), tz));
      const [result, situations, districts] = await Promise.all([calendar(db(), params, period, req.lang, tz), lifeSituations(db(), req.lang), districtNames(db())]);
      return <CalendarPage params={params} raw={errors.length ? raw : {}} errors={errors} period={period} entries={result.entries} more={result.more} situations={situations}
        districts={[...districts.values()].sort((a, b) => a.name.localeCompare(b.name))} />;
    };
    // The calendar is the same for every visitor: cached for a minute (places left may lag by as much).
    if (!errors.length) return reply.publicPage(build);
    return reply.page(await build(), 400);
  });

  app.get('/veranstaltungen.ics', { config: { permission: 'event.read' }, schema: { hide: true } }, async (req, reply) => {
    const { params } = parseCalendar(req);
    const today = localToday(new Date(), tz);
    // A feed: from today (or the chosen start) for a year at most.
    const period = { kind: 'range' as const, from: params.von ?? today, to: params.bis ?? new Date(Date.parse(`${params.von ?? today}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10) };
    const { entries } = await calendar(db(), params, period, req.lang, tz);
    const base = publicBaseUrl(app.config, req);
    const t = translator(req.lang);
    const sessions: IcalSession[] = entries.map((e) => ({ uid: `${e.sessionId}@zugang`, start: e.startsAt, end: e.endsAt, summary: e.title,
      location: [e.place, e.room ? t('events.page.room', { room: e.room }) : null].filter(Boolean).join(', ') || null, url: `${base}/veranstaltungen/${e.eventId}`,
      cancelled: e.status === 'cancelled', organizer: e.organizationName }));
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="veranstaltungen.ics"')
      .send(icalendar(t('events.title'), sessions));
  });

  const loadEvent = async (req: FastifyRequest, id: string): Promise<EventDetail> => {
    const e = await eventDetail(db(), id, req.lang);
    if (!e) throw new NotFoundError();
    return e;
  };

  const eventPage = async (req: FastifyRequest, reply: FastifyReply, e: EventDetail, form: Partial<RegistrationFormState> = {}, status = 200) => {
    const [account, own] = req.actor.kind === 'user'
      ? await Promise.all([accountOverview(db(), req.actor.userId), ownActiveRegistration(db(), e.id, req.actor.userId)]) : [null, null];
    return reply.page(<EventPage e={e} form={{
      state: registrationState(e, new Date()), csrf: reply.generateCsrf(), account: account ? { email: account.email, name: account.displayName } : null,
      own, values: {}, errors: [], retentionDays: app.config.events.registrationRetentionDays, ...form,
    }} />, status);
  };

  app.get('/veranstaltungen/:id', { config: { permission: 'event.read' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    return eventPage(req, reply, await loadEvent(req, id));
  });

  app.get('/veranstaltungen/:id/kalender.ics', { config: { permission: 'event.read' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const e = await loadEvent(req, id);
    const base = publicBaseUrl(app.config, req);
    const t = translator(req.lang);
    const sessions: IcalSession[] = e.sessions.map((s) => ({ uid: `${s.id}@zugang`, start: s.startsAt, end: s.endsAt, summary: e.title, description: e.description,
      location: [s.place, s.room ? t('events.page.room', { room: s.room }) : null, s.onlineUrl].filter(Boolean).join(', ') || null,
      url: `${base}/veranstaltungen/${e.id}`, cancelled: e.status === 'cancelled', organizer: e.organization.name }));
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="veranstaltung-${e.id.slice(0, 8)}.ics"`)
      .send(icalendar(e.title, sessions));
  });

  app.post('/veranstaltungen/:id/anmelden', { config: { permission: 'event.register' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const t = translator(req.lang);
    if (!UUID.test(id)) throw new NotFoundError();
    const body = (req.body ?? {}) as Record<string, unknown>;
    const str = (k: string, max = 600) => (typeof body[k] === 'string' ? (body[k] as string).slice(0, max) : '');
    // Answers by question id; registerForEvent reads those of the event's questions and ignores the rest.
    const answers = Object.fromEntries(Object.keys(body).filter((k) => /^answer_[0-9a-f-]{36}$/.test(k)).map((k) => [k.slice(7), str(k)]));
    const values = { name: str('name', 200), email: str('email', 300), places: str('places', 10), answers, reducedFee: str('reducedFee', 5) === '1' };
    const ctx = requestContext(req);
    // The event is loaded for a page only when the form comes back; a registration that worked redirects.
    const result = await auditedTransaction(db(), ctx, (tx) => registerForEvent(tx, ctx, env(req), { eventId: id, ...values }, req.lang));
    if (!result.ok) {
      const fresh = await loadEvent(req, id);
      if ('problems' in result) {
        return eventPage(req, reply, fresh, { values, errors: result.problems.map((p) => ({ field: p.field, message: t(p.key, p.params ?? {}) })) }, 400);
      }
      // Refused as a whole: the form comes back as typed, with the reason on top.
      if (result.refusal === 'throttled') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        return eventPage(req, reply, fresh, { values, refusal: t('events.register.refused.throttled', { seconds: result.retryAfterSeconds }) }, 429);
      }
      return eventPage(req, reply, fresh, { values, refusal: t(`events.register.refused.${result.refusal}`) }, 409);
    }
    if (result.outcome === 'pending') {
      return reply.page(<EventMessagePage title={t('events.register.sentTitle')} text={t('events.register.sentText', { email: values.email.trim(), hours: CONFIRM_HOURS })} eventId={id} />);
    }
    return reply.redirect(withLang(`/veranstaltungen/anmeldung/${registrationToken(app.config.secretKey, 'manage', result.registrationId)}?neu=1`, req.lang), 303);
  });

  const unknownLink = (req: FastifyRequest, reply: FastifyReply, kind: 'confirm' | 'manage') => {
    const t = translator(req.lang);
    return reply.page(<EventMessagePage title={t(`events.${kind}.unknownTitle`)} text={t(`events.${kind}.unknownText`)} tone="danger" />, 404);
  };

  app.get('/veranstaltungen/bestaetigen/:token', { config: { permission: 'event.register' }, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const id = verifyRegistrationToken(app.config.secretKey, 'confirm', token);
    const [reg] = id ? await db().select({ eventId: eventRegistrations.eventId }).from(eventRegistrations).where(eq(eventRegistrations.id, id)) : [];
    if (!reg) return unknownLink(req, reply, 'confirm');
    const e = await loadEvent(req, reg.eventId);
    return reply.page(<ConfirmPage title={e.title} token={token} csrf={reply.generateCsrf()} />);
  });

  app.post('/veranstaltungen/bestaetigen/:token', { config: { permission: 'event.register' }, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const result = await auditedTransaction(db(), ctx, (tx) => confirmRegistration(tx, ctx, env(req), token));
    if (result.state === 'unknown') return unknownLink(req, reply, 'confirm');
    if (result.state === 'confirmed' || result.state === 'waiting' || result.state === 'already') {
        return reply.redirect(withLang(`/veranstaltungen/anmeldung/${registrationToken(app.config.secretKey, 'manage', result.registrationId)}${result.state === 'already' ? '' : '?neu=1'}`, req.lang), 303);
    }
    return reply.page(<EventMessagePage title={t(`events.confirm.${result.state}Title`)} text={t(`events.confirm.${result.state}Text`)} tone="warning" eventId={result.eventId} />, 409);
  });

  app.get('/veranstaltungen/anmeldung/:token', { config: { permission: 'event.register' }, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const r = await registrationByLink(db(), app.config.secretKey, token);
    if (!r) return unknownLink(req, reply, 'manage');
    const e = await loadEvent(req, r.eventId);
    const fmt = formats(req.lang, tz);
    const first = e.sessions[0];
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    return reply.page(<ManagePage r={r} token={token} csrf={reply.generateCsrf()} fresh={(req.query as { neu?: string }).neu === '1'}
      event={{ id: e.id, title: e.title, when: first ? `${fmt.dayDate(first.startsAt)}, ${fmt.time(first.startsAt)}–${fmt.time(first.endsAt)}` : '' }} />);
  });

  app.post('/veranstaltungen/anmeldung/:token/absagen', { config: { permission: 'event.register' }, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const result = await auditedTransaction(db(), ctx, (tx) => cancelByLink(tx, ctx, env(req), token));
    if (result.state === 'unknown') return unknownLink(req, reply, 'manage');
    if (result.state === 'already') return reply.page(<EventMessagePage title={t('events.manage.title')} text={t('events.manage.alreadyCancelled')} eventId={result.eventId} />, 409);
    return reply.page(<EventMessagePage title={t('events.manage.cancelledTitle')} text={t('events.manage.cancelledText')} tone="success" eventId={result.eventId} />);
  });
};

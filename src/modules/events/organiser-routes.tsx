// The organisers' pages under /verwaltung/veranstaltungen: their events, the participant list with
// attendance, CSV export, closing the registration, a message to everyone, cancelling the event.
// Another organisation's event answers 404 (audited), whether it exists or not.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import { publicBaseUrl, requestContext } from '../accounts/routes.tsx';
import { cancelEvent, managedEvents, messageParticipants, participantList, participantsCsv, recordAttendance, setRegistrationClosed } from './organiser.ts';
import { ManagedEventsPage, ParticipantsPage } from './views/organiser.tsx';
import type { RegistrationEnv } from './registration.ts';

const idParams = z.object({ id: z.string().max(60) });
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v == null || v === '' ? [] : [String(v)]);

/** Answers 404 for an event outside the actor's reach, after the transaction that audited the refusal committed. */
function found<T>(value: T | null | false): T {
  if (value === null || value === false) throw new NotFoundError();
  return value;
}

export const organiserRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const env = (req: FastifyRequest): RegistrationEnv => ({ mail: app.mail, baseUrl: publicBaseUrl(app.config, req), secretKey: app.config.secretKey, timeZone: app.config.timezone });
  const done = (id: string, notice: string) => `/verwaltung/veranstaltungen/${id}?erledigt=${notice}`;

  app.get('/verwaltung/veranstaltungen', { config: { permission: 'event.manage' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = requestContext(req);
    const events = await managedEvents(db(), ctx);
    return reply.page(<ManagedEventsPage events={events} />);
  });

  app.get('/verwaltung/veranstaltungen/:id', { config: { permission: 'registration.read' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const result = found(await auditedTransaction(db(), ctx, (tx) => participantList(tx, ctx, id)));
    const notice = (req.query as { erledigt?: string }).erledigt;
    reply.header('cache-control', 'no-store');
    return reply.page(<ParticipantsPage list={result} csrf={reply.generateCsrf()} errors={[]} message={{}}
      notice={notice && /^[a-z]+$/.test(notice) ? t(`events.organiser.done.${notice}`, { defaultValue: '' }) || undefined : undefined} />);
  });

  app.get('/verwaltung/veranstaltungen/:id/teilnehmende.csv', { config: { permission: 'registration.read' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const labels: Record<string, string> = {
      name: t('events.manage.name'), email: t('events.manage.email'), places: t('events.manage.places'), status: t('events.organiser.status'),
      position: t('events.organiser.position'), attended: t('events.organiser.attended'), registeredAt: t('events.organiser.registeredAt'),
      yes: t('events.register.yes'), no: t('events.register.no'),
      ...Object.fromEntries(['confirmed', 'waiting', 'pending', 'cancelled'].map((s) => [`status_${s}`, t(`events.organiser.statuses.${s}`)])),
    };
    const csv = found(await auditedTransaction(db(), ctx, (tx) => participantsCsv(tx, ctx, id, labels)));
    return reply.type('text/csv; charset=utf-8').header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="teilnehmende-${id.slice(0, 8)}.csv"`).send(csv);
  });

  app.post('/verwaltung/veranstaltungen/:id/anwesenheit', { config: { permission: 'registration.manage' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    found(await auditedTransaction(db(), ctx, (tx) => recordAttendance(tx, ctx, id, list((req.body as Record<string, unknown> | undefined)?.attended))));
    return reply.redirect(done(id, 'attendance'), 303);
  });

  app.post('/verwaltung/veranstaltungen/:id/anmeldung', { config: { permission: 'registration.manage' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const closed = String((req.body as Record<string, unknown> | undefined)?.closed ?? '') === '1';
    found(await auditedTransaction(db(), ctx, (tx) => setRegistrationClosed(tx, ctx, id, closed)));
    return reply.redirect(done(id, closed ? 'closed' : 'reopened'), 303);
  });

  app.post('/verwaltung/veranstaltungen/:id/nachricht', { config: { permission: 'registration.manage' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const input = { subject: String(b.subject ?? '').trim().slice(0, 300), message: String(b.message ?? '').trim().slice(0, 5000), includeWaiting: b.includeWaiting === '1' };
    const errors = [];
    if (!input.subject) errors.push({ field: 'subject', message: t('events.organiser.errors.subject') });
    if (!input.message) errors.push({ field: 'message', message: t('events.organiser.errors.message') });
    if (errors.length) {
      const result = found(await auditedTransaction(db(), ctx, (tx) => participantList(tx, ctx, id)));
      return reply.page(<ParticipantsPage list={result} csrf={reply.generateCsrf()} errors={errors} message={input} />, 400);
    }
    found(await auditedTransaction(db(), ctx, (tx) => messageParticipants(tx, ctx, env(req), id, input)));
    return reply.redirect(done(id, 'message'), 303);
  });

  app.post('/verwaltung/veranstaltungen/:id/absagen', { config: { permission: 'registration.manage' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const reason = String((req.body as Record<string, unknown> | undefined)?.reason ?? '').trim().slice(0, 1000);
    found(await auditedTransaction(db(), ctx, (tx) => cancelEvent(tx, ctx, env(req), id, reason)));
    return reply.redirect(done(id, 'cancelled'), 303);
  });
};

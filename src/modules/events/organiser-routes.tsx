// The organisers' pages under /verwaltung/veranstaltungen: their events, the form to create and edit
// one, the participant list with attendance, CSV export, closing the registration, cancelling one
// registration, a message to everyone, cancelling the event. Another organisation's event answers 404
// (audited), whether it exists or not.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import { can } from '../../platform/policy.ts';
import type { FieldError } from '../../platform/views/components.tsx';
import { publicBaseUrl, requestContext } from '../accounts/routes.tsx';
import {
  cancelEvent, cancelRegistrationAsOrganiser, managedEvents, messageParticipants, participantList, participantsCsv, recordAttendance, registrationForOrganiser,
  setRegistrationClosed,
} from './organiser.ts';
import {
  blankValues, createEvent, editorContext, editorOptions, eventForEditing, firstFreeRow, manageableOrganization, manageableOrganizations, padRows, updateEvent,
  valuesFromBody, type EditorProblem, type RowKind,
} from './editor.ts';
import { CancelRegistrationPage, ManagedEventsPage, ParticipantsPage } from './views/organiser.tsx';
import { ChooseOrganizationPage, EventEditorPage } from './views/editor.tsx';
import type { RegistrationEnv } from './registration.ts';

const idParams = z.object({ id: z.string().max(60) });
const registrationParams = z.object({ id: z.string().max(60), registrationId: z.string().max(60) });
const ROW_KINDS: readonly RowKind[] = ['session', 'speaker', 'question'];
const moreRows = (v: unknown): RowKind | undefined => ROW_KINDS.find((k) => k === v);
const rowField: Record<RowKind, string> = { session: 'date', speaker: 'name', question: 'label' };
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
  const messages = (req: FastifyRequest, problems: EditorProblem[]): FieldError[] => {
    const t = translator(req.lang);
    return problems.map((p) => ({ field: p.field, message: t(`events.editor.errors.${p.key}`, p.params ?? {}) }));
  };
  /** After saving: organisers to the event's page with its participants, directory editors (who see none) to the list. */
  const afterSave = (req: FastifyRequest, saved: { id: string; organizationId: string; promoted: number }, notice: 'created' | 'saved') =>
    can(req.actor, 'registration.read', { organizationId: saved.organizationId })
      ? done(saved.id, saved.promoted ? 'moved' : notice)
      : `/verwaltung/veranstaltungen?gespeichert=${saved.id}`;

  app.get('/verwaltung/veranstaltungen', { config: { permission: 'event.manage' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = requestContext(req);
    const events = await managedEvents(db(), ctx);
    const saved = (req.query as { gespeichert?: string }).gespeichert;
    return reply.page(<ManagedEventsPage events={events} saved={events.find((e) => e.id === saved)} />);
  });

  // ---- Creating and editing events ----

  app.get('/verwaltung/veranstaltungen/neu', { config: { permission: 'event.manage' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const q = req.query as { veranstalter?: string; anderer?: string };
    const organizations = await manageableOrganizations(db(), ctx.actor);
    const chosen = q.anderer ? undefined : q.veranstalter ?? (organizations.length === 1 ? organizations[0].id : undefined);
    if (chosen === undefined) return reply.page(<ChooseOrganizationPage organizations={organizations} />);
    const org = organizations.find((o) => o.id === chosen);
    if (!org) return reply.page(<ChooseOrganizationPage organizations={organizations} error={t('events.editor.errors.organizationMissing')} />, 400);
    const options = await editorOptions(db(), org, req.lang);
    return reply.page(<EventEditorPage mode="create" csrf={reply.generateCsrf()} values={blankValues(org.id)} options={options} errors={[]} otherOrganizations={organizations.length > 1} />);
  });

  app.post('/verwaltung/veranstaltungen/neu', { config: { permission: 'event.manage' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = requestContext(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = valuesFromBody(body);
    const more = moreRows(body._mehr);
    const otherOrganizations = (await manageableOrganizations(db(), ctx.actor)).length > 1;
    if (more) {
      // More empty rows: the form comes back as typed, nothing is saved or checked.
      const org = found(await auditedTransaction(db(), ctx, (tx) => manageableOrganization(tx, ctx, values.organizationId)));
      return reply.page(<EventEditorPage mode="create" csrf={reply.generateCsrf()} values={padRows(values, more)} options={await editorOptions(db(), org, req.lang)} errors={[]}
        focus={`${more}-${firstFreeRow(values, more)}-${rowField[more]}`} otherOrganizations={otherOrganizations} />);
    }
    const result = found(await auditedTransaction(db(), ctx, (tx) => createEvent(tx, ctx, values, req.lang, app.config.timezone)));
    if (!result.ok) {
      return reply.page(<EventEditorPage mode="create" csrf={reply.generateCsrf()} values={padRows(values)} options={result.options} errors={messages(req, result.problems)}
        otherOrganizations={otherOrganizations} />, 400);
    }
    return reply.redirect(afterSave(req, result, 'created'), 303);
  });

  app.get('/verwaltung/veranstaltungen/:id/bearbeiten', { config: { permission: 'event.manage' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const form = found(await auditedTransaction(db(), ctx, (tx) => eventForEditing(tx, ctx, id, req.lang, app.config.timezone)));
    return reply.page(<EventEditorPage mode="edit" event={form.event} csrf={reply.generateCsrf()} values={form.values} options={form.options} errors={[]} />);
  });

  app.post('/verwaltung/veranstaltungen/:id/bearbeiten', { config: { permission: 'event.manage' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const more = moreRows(body._mehr);
    const submitted = valuesFromBody(body);
    if (more) {
      const form = found(await auditedTransaction(db(), ctx, (tx) => editorContext(tx, ctx, id, req.lang)));
      const values = { ...padRows(submitted, more), organizationId: form.event.organization.id };
      return reply.page(<EventEditorPage mode="edit" event={form.event} csrf={reply.generateCsrf()} values={values} options={form.options} errors={[]}
        focus={`${more}-${firstFreeRow(submitted, more)}-${rowField[more]}`} />);
    }
    const result = found(await auditedTransaction(db(), ctx, (tx) => updateEvent(tx, ctx, env(req), id, submitted, req.lang)));
    if (!result.ok) {
      return reply.page(<EventEditorPage mode="edit" event={result.event} csrf={reply.generateCsrf()} values={{ ...padRows(submitted), organizationId: result.event!.organization.id }}
        options={result.options} errors={messages(req, result.problems)} />, 400);
    }
    return reply.redirect(afterSave(req, result, 'saved'), 303);
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
      position: t('events.organiser.position'), attended: t('events.organiser.attended'), registeredAt: t('events.organiser.registeredAt'), reducedFee: t('events.organiser.reducedFee'),
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

  // ---- Cancelling one registration: a page that asks, then the cancellation ----

  app.get('/verwaltung/veranstaltungen/:id/anmeldungen/:registrationId/stornieren', { config: { permission: 'registration.manage' }, schema: { hide: true, params: registrationParams } },
    async (req, reply) => {
      const { id, registrationId } = req.params as { id: string; registrationId: string };
      const ctx = requestContext(req);
      const r = found(await auditedTransaction(db(), ctx, (tx) => registrationForOrganiser(tx, ctx, id, registrationId)));
      reply.header('cache-control', 'no-store');
      return reply.page(<CancelRegistrationPage event={r.event} participant={r.participant} csrf={reply.generateCsrf()} />);
    });

  app.post('/verwaltung/veranstaltungen/:id/anmeldungen/:registrationId/stornieren', { config: { permission: 'registration.manage' }, schema: { hide: true, params: registrationParams } },
    async (req, reply) => {
      const { id, registrationId } = req.params as { id: string; registrationId: string };
      const ctx = requestContext(req);
      const result = found(await auditedTransaction(db(), ctx, (tx) => cancelRegistrationAsOrganiser(tx, ctx, env(req), id, registrationId)));
      return reply.redirect(done(id, result.state === 'cancelled' ? 'removed' : 'already'), 303);
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

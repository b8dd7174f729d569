import { directoryChanged } from '../../platform/cache.ts';
// Provider self-service under /verwaltung/angebote: the services a staff member edits with their state,
// the form to propose a change to one or a new one (post/redirect/get; on errors the form comes back with
// everything typed, status 400). Another organisation's service answers 404 (audited), whether it exists
// or not; anonymous visitors are sent to sign in, and people without `service.propose` get 403.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import type { FieldError } from '../../platform/views/components.tsx';
import { requestContext } from '../accounts/routes.tsx';
import { firstFreeRow, padRows, ROW_KINDS, valuesFromBody, blankValues, type FormProblem, type RowKind } from './service-form.ts';
import {
  editableOrganization, editableOrganizations, formContext, formOptions, isDirectoryEditor, ownServices, proposeNewService, proposeServiceUpdate,
  serviceForEditing, submittedService, type SubmitEnv,
} from './self-service.ts';
import { LIST, ServiceFormPage } from './views/service-form.tsx';
import { ChooseOrganizationPage, OwnServicesPage } from './views/own-services.tsx';

const idParams = z.object({ id: z.string().max(60) });
const moreRows = (v: unknown): RowKind | undefined => ROW_KINDS.find((k) => k === v);
const rowField: Record<RowKind, string> = { hours: 'days', closure: 'from', phone: 'number', contact: 'name', cost: 'amount' };

/** Answers 404 for a record outside the actor's reach, after the transaction that audited the refusal committed. */
function found<T>(value: T | null): T {
  if (value === null) throw new NotFoundError();
  return value;
}

export const selfServiceRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const messages = (req: FastifyRequest, problems: FormProblem[]): FieldError[] => {
    const t = translator(req.lang);
    return problems.map((p) => ({ field: p.field, message: t(`editorial.form.errors.${p.key}`, p.params ?? {}) }));
  };
  // The texts a proposal carries are German (the directory's language), whatever the interface language.
  const env = (): SubmitEnv => ({ german: { byAppointment: translator('de')('editorial.form.byAppointmentText') } });
  const submitted = (serviceId: string, published: boolean) => {
    // A directory editor's form was published: the page caches of this instance are emptied after the commit.
    if (published) directoryChanged();
    return `${LIST}?${published ? 'veroeffentlicht' : 'eingereicht'}=${serviceId}`;
  };

  app.get(LIST, { config: { permission: 'service.propose' }, schema: { hide: true } }, async (req, reply) => {
    const q = req.query as { q?: string; seite?: string; eingereicht?: string; veroeffentlicht?: string };
    const query = typeof q.q === 'string' ? q.q.slice(0, 100) : '';
    const list = await ownServices(db(), req.actor, { q: isDirectoryEditor(req.actor) ? query : '', page: Number(q.seite) || 1 });
    const doneId = q.eingereicht ?? q.veroeffentlicht;
    const done = typeof doneId === 'string' ? await submittedService(db(), req.actor, doneId) : null;
    reply.header('cache-control', 'no-store');
    return reply.page(<OwnServicesPage list={list} q={query} submitted={done ? { name: done.name, published: Boolean(q.veroeffentlicht) } : undefined} />);
  });

  // ---- A new service ----

  app.get(`${LIST}/neu`, { config: { permission: 'service.propose' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const q = req.query as { organisation?: string };
    if (typeof q.organisation !== 'string' || !q.organisation) {
      const organizations = await editableOrganizations(db(), req.actor);
      if (organizations.length !== 1) return reply.page(<ChooseOrganizationPage organizations={organizations} error={q.organisation === '' ? t('editorial.form.errors.organizationMissing') : undefined} />,
        q.organisation === '' ? 400 : 200);
      q.organisation = organizations[0].id;
    }
    const organizationId = q.organisation;
    const org = found(await auditedTransaction(db(), ctx, (tx) => editableOrganization(tx, ctx, organizationId)));
    return reply.page(<ServiceFormPage mode="create" csrf={reply.generateCsrf()} values={blankValues(org.id)} options={await formOptions(db(), org, req.lang)} errors={[]} />);
  });

  app.post(`${LIST}/neu`, { config: { permission: 'service.propose' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = requestContext(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = valuesFromBody(body);
    const more = moreRows(body._mehr);
    if (more) {
      // More empty rows: the form comes back as typed, nothing is checked or sent.
      const org = found(await auditedTransaction(db(), ctx, (tx) => editableOrganization(tx, ctx, values.organizationId)));
      return reply.page(<ServiceFormPage mode="create" csrf={reply.generateCsrf()} values={padRows(values, more)} options={await formOptions(db(), org, req.lang)} errors={[]}
        focus={`${more}-${firstFreeRow(values, more)}-${rowField[more]}`} />);
    }
    const result = found(await auditedTransaction(db(), ctx, (tx) => proposeNewService(tx, ctx, env(), values, req.lang)));
    if (!result.ok) {
      return reply.page(<ServiceFormPage mode="create" csrf={reply.generateCsrf()} values={padRows(values)} options={result.options} errors={messages(req, result.problems)} />, 400);
    }
    return reply.redirect(submitted(result.serviceId, result.published), 303);
  });

  // ---- Changing a service ----

  app.get(`${LIST}/:id/bearbeiten`, { config: { permission: 'service.propose' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const form = found(await auditedTransaction(db(), ctx, (tx) => serviceForEditing(tx, ctx, id, req.lang)));
    reply.header('cache-control', 'no-store');
    return reply.page(<ServiceFormPage mode="edit" service={form.service} csrf={reply.generateCsrf()} values={form.values} options={form.options} errors={[]} />);
  });

  app.post(`${LIST}/:id/bearbeiten`, { config: { permission: 'service.propose' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const more = moreRows(body._mehr);
    const values = valuesFromBody(body);
    if (more) {
      const form = found(await auditedTransaction(db(), ctx, (tx) => formContext(tx, ctx, id, req.lang)));
      return reply.page(<ServiceFormPage mode="edit" service={form.service} csrf={reply.generateCsrf()} values={{ ...padRows(values, more), organizationId: form.service.organization.id }}
        options={form.options} errors={[]} focus={`${more}-${firstFreeRow(values, more)}-${rowField[more]}`} />);
    }
    const result = found(await auditedTransaction(db(), ctx, (tx) => proposeServiceUpdate(tx, ctx, env(), id, values, req.lang)));
    if (!result.ok) {
      return reply.page(<ServiceFormPage mode="edit" service={result.service} csrf={reply.generateCsrf()} values={{ ...padRows(values), organizationId: result.service!.organization.id }}
        options={result.options} errors={messages(req, result.problems)} />, 400);
    }
    return reply.redirect(submitted(result.serviceId, result.published), 303);
  });
};

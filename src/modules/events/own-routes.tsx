// "Meine Anmeldungen" on the person's account: /konto/anmeldungen lists the registrations made with the
// account; POST /konto/anmeldungen/:id/absagen cancels one of them (post/redirect/get). Someone else's
// registration answers 404, after the transaction that audited the refusal committed.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import { withLang } from '../../platform/views/layout.tsx';
import { publicBaseUrl, requestContext } from '../accounts/routes.tsx';
import { cancelOwnRegistration, ownRegistrations } from './own.ts';
import type { RegistrationEnv } from './registration.ts';
import { OwnRegistrationsPage, type OwnRegistrationsView } from './views/own.tsx';

const idParams = z.object({ id: z.string().max(60) });
/** The outcome of a cancellation, as the page after the redirect names it. */
const DONE = { abgesagt: 'cancelled', bereits: 'already', begonnen: 'started' } as const;

export const ownRegistrationRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const env = (req: FastifyRequest): RegistrationEnv => ({ mail: app.mail, baseUrl: publicBaseUrl(app.config, req), secretKey: app.config.secretKey, timeZone: app.config.timezone });

  app.get('/konto/anmeldungen', { config: { permission: 'own_registration.read' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const registrations = await auditedTransaction(db(), ctx, (tx) => ownRegistrations(tx, ctx, req.lang));
    const done = (req.query as { erledigt?: string }).erledigt;
    const outcome = done && Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE] : undefined;
    const notice: OwnRegistrationsView['notice'] = outcome ? { tone: outcome === 'cancelled' ? 'success' : 'warning', text: t(`events.mine.done.${outcome}`) } : undefined;
    reply.header('cache-control', 'no-store');
    return reply.page(<OwnRegistrationsPage o={{ registrations, csrf: reply.generateCsrf(), notice,
      retentionDays: app.config.events.registrationRetentionDays }} />);
  });

  app.post('/konto/anmeldungen/:id/absagen', { config: { permission: 'own_registration.cancel' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const result = await auditedTransaction(db(), ctx, (tx) => cancelOwnRegistration(tx, ctx, env(req), id));
    if (result.state === 'unknown') throw new NotFoundError();
    const done = result.state === 'cancelled' ? 'abgesagt' : result.state === 'already' ? 'bereits' : 'begonnen';
    return reply.redirect(withLang(`/konto/anmeldungen?erledigt=${done}`, req.lang), 303);
  });
};

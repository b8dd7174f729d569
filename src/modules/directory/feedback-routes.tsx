// Feedback on service pages: POST /angebote/:id/meldung (report a wrong entry) and /angebote/:id/hilfreich
// ("did this help?"), and the editors' page /verwaltung/rueckmeldungen.
//
// Why the forms sit on the cached service page with CSRF on: the project's CSRF protection checks every
// POST against a secret in the visitor's cookie, so a token rendered once into a page cached for everyone
// would fail for every other visitor. The event page avoids this by not being cached; the service page is
// the most visited page and stays cached, so its forms' token (and the signed form time, which must be the
// time this visitor saw the form) are per-response slots that `reply.publicPage` fills for each response
// (platform/views/slots.ts). A visitor without a CSRF cookie gets one with the page. Errors come back as the
// whole service page, uncached, with everything typed; a submission that worked redirects (303) to the
// page with a thank-you (`?danke=…#rueckmeldung`).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { z } from 'zod';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import { can } from '../../platform/policy.ts';
import { withLang } from '../../platform/views/layout.tsx';
import { requestContext } from '../accounts/routes.tsx';
import {
  feedbackCounts, feedbackOrganizations, formTimeToken, HONEYPOT, listReports, markReportDone, recordHelpful, REPORTS_PER_PAGE, submitReport,
  type SubmitResult,
} from './feedback.ts';
import { FeedbackAdminPage, type FeedbackFormState } from './views/feedback.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParams = z.object({ id: z.string().max(60) });

export type FeedbackRouteOptions = {
  /** The service page with the feedback section in a given state (built by routes.tsx). */
  servicePage: (req: FastifyRequest, id: string, feedback: FeedbackFormState) => Promise<VNode>;
};

export const feedbackRoutes = (opts: FeedbackRouteOptions): FastifyPluginAsync => async (app) => {
  const db = () => app.database.db;
  const secret = app.config.secretKey;
  const body = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;
  const str = (req: FastifyRequest, k: string, max = 2100) => (typeof body(req)[k] === 'string' ? (body(req)[k] as string).slice(0, max) : '');

  /** The service page again, uncached, with the form's state; a fresh token and form time. */
  const again = async (req: FastifyRequest, reply: FastifyReply, id: string, state: Omit<FeedbackFormState, 'csrf' | 'formTime'>, status: number) =>
    reply.page(await opts.servicePage(req, id, { csrf: reply.generateCsrf(), formTime: formTimeToken(secret), ...state }), status);

  /** The answer to a refused submission: throttled 429, too fast / expired / tampered 400, the form as typed. */
  const refused = async (req: FastifyRequest, reply: FastifyReply, id: string, form: 'report' | 'helpful', result: Exclude<SubmitResult, { ok: true }>,
    report?: FeedbackFormState['report']) => {
    const t = translator(req.lang);
    if ('notFound' in result) throw new NotFoundError();
    if ('problems' in result) {
      const errors = result.problems.map((p) => ({ field: p.field, message: t(`feedback.errors.${p.key}`) }));
      if (form === 'helpful') return again(req, reply, id, { helpfulError: errors[0]?.message }, 400);
      return again(req, reply, id, { report: { values: report!.values, errors } }, 400);
    }
    if (result.refusal === 'throttled') {
      reply.header('retry-after', String(result.retryAfterSeconds));
      return again(req, reply, id, { report, refusal: { form, message: t('feedback.refused.throttled', { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }) } }, 429);
    }
    return again(req, reply, id, { report, refusal: { form, message: t(`feedback.refused.${result.refusal}`) } }, 400);
  };

  app.post('/angebote/:id/meldung', { config: { permission: 'directory.read' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!UUID.test(id)) throw new NotFoundError();
    const values = { category: str(req, 'category', 40), message: str(req, 'message'), email: str(req, 'email', 320) };
    const ctx = requestContext(req);
    const result = await auditedTransaction(db(), ctx, (tx) => submitReport(tx, { secret, ip: req.ip, serviceId: id, values, formTime: str(req, 'formTime', 80), honeypot: str(req, HONEYPOT, 200) }));
    if (!result.ok) return refused(req, reply, id, 'report', result, { values, errors: [] });
    return reply.redirect(withLang(`/angebote/${id}?danke=meldung`, req.lang) + '#rueckmeldung', 303);
  });

  app.post('/angebote/:id/hilfreich', { config: { permission: 'directory.read' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!UUID.test(id)) throw new NotFoundError();
    const result = await db().transaction((tx) => recordHelpful(tx, { secret, ip: req.ip, serviceId: id, helpful: str(req, 'helpful', 10), formTime: str(req, 'formTime', 80),
      honeypot: str(req, HONEYPOT, 200), timeZone: app.config.timezone }));
    if (!result.ok) return refused(req, reply, id, 'helpful', result);
    return reply.redirect(withLang(`/angebote/${id}?danke=hilfreich`, req.lang) + '#rueckmeldung', 303);
  });

  app.get('/verwaltung/rueckmeldungen', { config: { permission: 'feedback.read' }, schema: { hide: true } }, async (req, reply) => {
    const q = req.query as { status?: string; seite?: string; erledigt?: string };
    const status = q.status === 'erledigt' ? 'done' : 'open';
    const page = Math.min(1000, Math.max(1, Number.parseInt(q.seite ?? '1', 10) || 1));
    const ctx = requestContext(req);
    const [list, counts] = await auditedTransaction(db(), ctx, async (tx) =>
      [await listReports(tx, ctx, { status, page }), await feedbackCounts(tx, { organizationIds: feedbackOrganizations(ctx), limit: 50 })] as const);
    return reply.page(<FeedbackAdminPage p={{ status, page, total: list.total, perPage: REPORTS_PER_PAGE, items: list.items, counts, csrf: reply.generateCsrf(),
      canManage: can(req.actor, 'feedback.manage'), done: q.erledigt === '1' }} />);
  });

  app.post('/verwaltung/rueckmeldungen/:id/erledigt', { config: { permission: 'feedback.manage' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!UUID.test(id)) throw new NotFoundError();
    const ctx = requestContext(req);
    const ok = await auditedTransaction(db(), ctx, (tx) => markReportDone(tx, ctx, id));
    if (!ok) throw new NotFoundError();
    return reply.redirect(withLang('/verwaltung/rueckmeldungen?erledigt=1', req.lang), 303);
  });
};

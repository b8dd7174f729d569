// The administrators' outbox: every message Zugang sent or holds, and each one's full text.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import type { RequestContext } from '../audit/index.ts';
import { listOutbox, readOutboxMessage, MAIL_STATUSES, OUTBOX_PAGE_SIZE } from './outbox.ts';
import { MessagePage, OutboxPage } from './views.tsx';

const listQuery = z.object({
  status: z.enum(MAIL_STATUSES).or(z.literal('')).optional(),
  empfaenger: z.string().trim().max(254).optional(),
  seite: z.coerce.number().int().min(1).max(1000).default(1),
});
const messageParams = z.object({ id: z.uuid() });

const requestContext = (req: FastifyRequest): RequestContext =>
  ({ actor: req.actor, ip: req.ip, userAgent: req.headers['user-agent'], correlationId: String(req.id) });

export const mailRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;

  app.get('/verwaltung/postausgang', { config: { permission: 'mail.read' }, schema: { hide: true, querystring: listQuery } }, async (req, reply) => {
    const q = req.query as z.infer<typeof listQuery>;
    const filter = { status: q.status || undefined, recipient: q.empfaenger || undefined, page: q.seite };
    const { total, items } = await db().transaction((tx) => listOutbox(tx, requestContext(req), filter));
    reply.header('cache-control', 'no-store');
    return reply.page(<OutboxPage o={{ ...filter, smtpConfigured: app.mail.smtpConfigured, perPage: OUTBOX_PAGE_SIZE, total, items }} />);
  });

  app.get('/verwaltung/postausgang/:id', { config: { permission: 'mail.read' }, schema: { hide: true } }, async (req, reply) => {
    const params = messageParams.safeParse(req.params);
    if (!params.success) throw new NotFoundError();
    const m = await db().transaction((tx) => readOutboxMessage(tx, requestContext(req), params.data.id));
    if (!m) throw new NotFoundError();
    reply.header('cache-control', 'no-store');
    return reply.page(<MessagePage m={{ toAddress: m.toAddress, subject: m.subject, textBody: m.textBody, template: m.template, lang: m.lang,
      status: m.status, attempts: m.attempts, createdAt: m.createdAt, sentAt: m.sentAt, messageId: m.messageId, error: m.error }} />);
  });
};

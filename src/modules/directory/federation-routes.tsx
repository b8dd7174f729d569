// The administrators' page of the portal network: subscribed sources (/verwaltung/quellen).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { translator } from '../../platform/i18n.ts';
import { withLang } from '../../platform/views/layout.tsx';
import { addSource, listSources, removeSource, setSourcePaused, getSource, type SourceInput } from './federation.ts';
import { queuePull } from './jobs.ts';
import { SourcesPage } from './views/sources.tsx';

const text = z.string().catch('');
const sourceForm = z.object({ url: text, label: text, interval: text });
const idParam = z.object({ id: z.string().catch('') });
const NOTICES = ['added', 'paused', 'resumed', 'removed', 'queued', 'running'] as const;
type Notice = (typeof NOTICES)[number];

export const federationRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const PATH = '/verwaltung/quellen';

  async function render(req: FastifyRequest, reply: FastifyReply, values: Partial<SourceInput> = {}, errors: { field: string; message: string }[] = [], status = 200) {
    const q = req.query as { hinweis?: string; quelle?: string };
    const notice = NOTICES.includes(q.hinweis as Notice) ? q.hinweis as Notice : undefined;
    const sources = await listSources(db());
    reply.header('cache-control', 'no-store');
    return reply.page(<SourcesPage csrf={reply.generateCsrf()} sources={sources} values={values} errors={errors}
      notice={notice} noticeLabel={sources.find((s) => s.id === q.quelle)?.label} />, status);
  }
  const back = (req: FastifyRequest, reply: FastifyReply, notice: Notice, id?: string) =>
    reply.redirect(withLang(`${PATH}?hinweis=${notice}${id ? `&quelle=${encodeURIComponent(id)}` : ''}`, req.lang), 303);

  app.get(PATH, { config: { permission: 'federation.manage' }, schema: { hide: true } }, async (req, reply) => render(req, reply));

  app.post(PATH, { config: { permission: 'federation.manage' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const form = sourceForm.parse(req.body ?? {});
    const result = await addSource(db(), form);
    if (!result.ok) return render(req, reply, form, result.problems.map((p) => ({ field: p.field, message: t(p.key) })), 400);
    req.log.info({ source: result.id }, 'federation source added');
    // The first pull starts at once.
    await queuePull(app.jobs, result.id);
    return back(req, reply, 'added', result.id);
  });

  app.post(`${PATH}/:id/status`, { config: { permission: 'federation.manage' }, schema: { hide: true } }, async (req, reply) => {
    const { id } = idParam.parse(req.params);
    const { paused } = z.object({ paused: z.enum(['true', 'false']).catch('true') }).parse(req.body ?? {});
    if (!await setSourcePaused(db(), id, paused === 'true')) return reply.callNotFound();
    return back(req, reply, paused === 'true' ? 'paused' : 'resumed', id);
  });

  app.post(`${PATH}/:id/abrufen`, { config: { permission: 'federation.manage' }, schema: { hide: true } }, async (req, reply) => {
    const { id } = idParam.parse(req.params);
    if (!await getSource(db(), id)) return reply.callNotFound();
    const job = await queuePull(app.jobs, id);
    return back(req, reply, job ? 'queued' : 'running', id);
  });

  app.post(`${PATH}/:id/entfernen`, { config: { permission: 'federation.manage' }, schema: { hide: true } }, async (req, reply) => {
    const { id } = idParam.parse(req.params);
    if (!await removeSource(db(), id)) return reply.callNotFound();
    req.log.info({ source: id }, 'federation source removed with its entries');
    return back(req, reply, 'removed');
  });
};

// The editorial pages: the directory editors' queue and review (/verwaltung/redaktion), the version
// history of a service (/verwaltung/angebote/:id/versionen: directory editors and the organisation's admins
// and editors; another organisation's service answers 404), restoring a version (directory editors), and
// the provider's one-click confirmation (/bestaetigen/angebot/:token, public, signed link).
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { auditedTransaction } from '../../platform/audit/index.ts';
import { directoryChanged } from '../../platform/cache.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n.ts';
import { authorize, can } from '../../platform/policy.ts';
import { publicBaseUrl, requestContext } from '../accounts/routes.tsx';
import { termNames } from '../directory/service.ts';
import { diffServices } from './diff.ts';
import { approveChange, changeDetail, found, pendingChanges, QUEUE_PAGE_SIZE, returnChange, type DecisionEnv } from './review.ts';
import { listVersions, restoreVersion, serviceOwner } from './versions.ts';
import { confirmService, serviceToConfirm, verifyConfirmationToken } from './confirmation.ts';
import { ChangePage, QueuePage } from './views/review.tsx';
import { HistoryPage, VersionPage, type HistoryEntry } from './views/history.tsx';
import { ConfirmedPage, ConfirmPage } from './views/confirm.tsx';

const idParams = z.object({ id: z.string().max(60) });
const versionParams = z.object({ id: z.string().max(60), version: z.string().max(9) });
const tokenParams = z.object({ token: z.string().max(200) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMMENT_MAX = 4000;

export const editorialRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const env = (req: FastifyRequest): DecisionEnv => ({ mail: app.mail, baseUrl: publicBaseUrl(app.config, req), lang: 'de' });

  // ---- The queue and review ----

  app.get('/verwaltung/redaktion', { config: { permission: 'service.review' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const q = req.query as { seite?: string; erledigt?: string };
    const page = Math.min(Math.max(1, Number.parseInt(q.seite ?? '1', 10) || 1), 10_000);
    const { items, total } = await pendingChanges(db(), page);
    const notice = q.erledigt === 'freigegeben' ? t('editorial.review.approved') : q.erledigt === 'zurueckgegeben' ? t('editorial.review.returned') : undefined;
    return reply.page(<QueuePage items={items} total={total} page={page} perPage={QUEUE_PAGE_SIZE} notice={notice} />);
  });

  const changePage = async (req: FastifyRequest, id: string, errors: { field: string; message: string }[] = [], comment = '') => {
    const c = found(await changeDetail(db(), id));
    const terms = await termNames(db(), req.lang);
    const changes = diffServices(c.published, c.proposed, req.lang, terms);
    return { c, changes, errors, comment };
  };

  app.get('/verwaltung/redaktion/:id', { config: { permission: 'service.review' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { c, changes } = await changePage(req, (req.params as { id: string }).id);
    return reply.page(<ChangePage change={c} changes={changes} csrf={reply.generateCsrf()} errors={[]} comment="" />);
  });

  app.post('/verwaltung/redaktion/:id/freigeben', { config: { permission: 'service.review' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const ctx = requestContext(req);
    const result = await auditedTransaction(db(), ctx, (tx) => approveChange(tx, ctx, env(req), id));
    // Once more after the commit: a public page rendered meanwhile from the old state is not kept.
    directoryChanged();
    if (!result) {
      // Decided meanwhile (or unknown): its page says how.
      found(await changeDetail(db(), id));
      return reply.redirect(`/verwaltung/redaktion/${id}`, 303);
    }
    return reply.redirect('/verwaltung/redaktion?erledigt=freigegeben', 303);
  });

  app.post('/verwaltung/redaktion/:id/zurueckgeben', { config: { permission: 'service.review' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const t = translator(req.lang);
    const ctx = requestContext(req);
    const comment = String((req.body as { comment?: unknown } | undefined)?.comment ?? '').trim();
    if (!comment || comment.length > COMMENT_MAX) {
      const message = t(comment ? 'editorial.review.errors.commentLong' : 'editorial.review.errors.commentMissing', { max: COMMENT_MAX });
      const { c, changes } = await changePage(req, id);
      return reply.page(<ChangePage change={c} changes={changes} csrf={reply.generateCsrf()} errors={[{ field: 'comment', message }]} comment={comment} />, 400);
    }
    const done = await auditedTransaction(db(), ctx, (tx) => returnChange(tx, ctx, env(req), id, comment));
    if (!done) {
      found(await changeDetail(db(), id));
      return reply.redirect(`/verwaltung/redaktion/${id}`, 303);
    }
    return reply.redirect('/verwaltung/redaktion?erledigt=zurueckgegeben', 303);
  });

  // ---- Version history ----

  /** The service's owner, when the actor may read its history; 404 otherwise (whether it exists or not). */
  const readable = async (req: FastifyRequest, id: string) => {
    if (!UUID.test(id)) throw new NotFoundError();
    const owner = await serviceOwner(db(), id.toLowerCase());
    if (!owner) throw new NotFoundError();
    authorize(req.actor, 'service.propose', { organizationId: owner.organizationId });
    return owner;
  };

  app.get('/verwaltung/angebote/:id/versionen', { config: { permission: 'service.propose' }, schema: { hide: true, params: idParams } }, async (req, reply) => {
    const id = (req.params as { id: string }).id.toLowerCase();
    const owner = await readable(req, id);
    const t = translator(req.lang);
    const versions = await listVersions(db(), id);
    const terms = await termNames(db(), req.lang);
    const entries: HistoryEntry[] = versions.map((v, i) => {
      const prev = versions[i + 1];
      return { ...v, first: !prev && v.version === 1, summary: prev || v.version !== 1 ? diffServices(prev?.snapshot ?? null, v.snapshot, req.lang, terms).map((c) => c.label) : [] };
    });
    const q = req.query as { wiederhergestellt?: string };
    const notice = q.wiederhergestellt ? t('editorial.history.restored', { version: q.wiederhergestellt.slice(0, 9) }) : undefined;
    const exists = Boolean(await serviceToConfirm(db(), id));
    return reply.page(<HistoryPage serviceId={id} name={owner.name} entries={entries} canReview={can(req.actor, 'service.review')} notice={notice} exists={exists} />);
  });

  app.get('/verwaltung/angebote/:id/versionen/:version', { config: { permission: 'service.propose' }, schema: { hide: true, params: versionParams } }, async (req, reply) => {
    const p = req.params as { id: string; version: string };
    const id = p.id.toLowerCase();
    const owner = await readable(req, id);
    const versions = await listVersions(db(), id);
    const n = Number.parseInt(p.version, 10);
    const v = versions.find((x) => x.version === n);
    if (!v) throw new NotFoundError();
    const mit = Number.parseInt(String((req.query as { mit?: string }).mit ?? ''), 10);
    const other = versions.find((x) => x.version === mit) ?? versions.find((x) => x.version < n);
    const terms = await termNames(db(), req.lang);
    const older = other && other.version > n ? v : other;
    const newer = other && other.version > n ? other : v;
    const changes = other ? diffServices(older!.snapshot, newer.snapshot, req.lang, terms) : [];
    const content = diffServices(null, v.snapshot, req.lang, terms);
    return reply.page(<VersionPage serviceId={id} name={owner.name} version={v} compareWith={other?.version ?? null} versions={versions.map((x) => x.version).reverse()}
      changes={changes} content={content} canRestore={can(req.actor, 'service.review')} isCurrent={versions[0].version === n} csrf={reply.generateCsrf()} />);
  });

  app.post('/verwaltung/angebote/:id/versionen/:version/wiederherstellen', { config: { permission: 'service.review' }, schema: { hide: true, params: versionParams } },
    async (req, reply) => {
      const p = req.params as { id: string; version: string };
      const id = p.id.toLowerCase();
      await readable(req, id);
      const n = Number.parseInt(p.version, 10);
      if (!Number.isFinite(n)) throw new NotFoundError();
      const ctx = requestContext(req);
      const { version } = await auditedTransaction(db(), ctx, (tx) => restoreVersion(tx, ctx, id, n));
      directoryChanged();
      return reply.redirect(`/verwaltung/angebote/${id}/versionen?wiederhergestellt=${n}&neu=${version}`, 303);
    });

  // ---- One-click confirmation ----

  const confirmable = async (token: string) => {
    const id = verifyConfirmationToken(app.config.secretKey, token);
    const service = id ? await serviceToConfirm(db(), id) : null;
    if (!service) throw new NotFoundError();
    return service;
  };

  app.get('/bestaetigen/angebot/:token', { config: { permission: 'public' }, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const service = await confirmable(token);
    reply.header('referrer-policy', 'no-referrer');
    if ((req.query as { bestaetigt?: string }).bestaetigt) return reply.page(<ConfirmedPage service={service} />);
    return reply.page(<ConfirmPage token={token} csrf={reply.generateCsrf()} service={service} />);
  });

  app.post('/bestaetigen/angebot/:token', { config: { permission: 'public' }, schema: { hide: true, params: tokenParams } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const service = await confirmable(token);
    const ctx = requestContext(req);
    await auditedTransaction(db(), ctx, (tx) => confirmService(tx, ctx, service.id));
    directoryChanged();
    return reply.redirect(`/bestaetigen/angebot/${token}?bestaetigt=1`, 303);
  });
};

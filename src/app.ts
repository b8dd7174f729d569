// Builds the Fastify application from a config: platform plugins first, then every module.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import formbody from '@fastify/formbody';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform, hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { h, type VNode } from 'preact';
import type { Config } from './config.ts';
import { projectRoot } from './config.ts';
import type { Database } from './platform/db.ts';
import { pendingMigrations, rows } from './platform/db.ts';
import { sql } from 'drizzle-orm';
import { initI18n, isLang, translator, formats, RTL, type Lang } from './platform/i18n.ts';
import { buildAssets, kernDir, leafletDir } from './platform/assets.ts';
import { renderPage } from './platform/views/render.ts';
import type { ViewContext } from './platform/views/context.ts';
import { DomainError } from './platform/errors.ts';
import { resolveSession, SESSION_COOKIE } from './modules/accounts/sessions.ts';
import csrf from '@fastify/csrf-protection';
import { accountRoutes } from './modules/accounts/routes.tsx';
import { secondFactorRoutes } from './modules/accounts/second-factor-routes.tsx';
import { adminRoutes } from './modules/accounts/admin-routes.tsx';
import { anonymous, authorize, can, canAfterSecondFactor, ForbiddenError, isPermission, PUBLIC_PREFIXES, type Actor, type RoutePermission } from './platform/policy.ts';
import { oidcRoutes } from './modules/accounts/oidc-routes.tsx';
import { housekeepingQueues, scheduleHousekeeping } from './modules/accounts/housekeeping.ts';
import { auditRoutes } from './platform/audit/routes.tsx';
import { startAuditSealing } from './platform/audit/index.ts';
import { flushSearchLog, onSearchLogError } from './modules/directory/search/search-log.ts';
import { TtlCache } from './platform/cache.ts';
import { SLOT_PATTERN_SOURCE, type SlotFills } from './platform/views/slots.ts';
import { ErrorPage } from './platform/views/error-page.tsx';
import { directoryRoutes } from './modules/directory/routes.tsx';
import { hsdsApi } from './modules/directory/api.ts';
import { municipalityName } from './modules/directory/service.ts';
import { startJobs, type Jobs } from './platform/jobs/index.ts';
import { startMailDelivery } from './platform/mail/delivery.ts';
import type { MailOptions } from './platform/mail/index.ts';
import { mailRoutes } from './platform/mail/routes.tsx';
import { eventRoutes } from './modules/events/routes.tsx';
import { organiserRoutes } from './modules/events/organiser-routes.tsx';
import { ownRegistrationRoutes } from './modules/events/own-routes.tsx';
import { eventsApi } from './modules/events/api.ts';
import { eventQueues, scheduleEventRetention } from './modules/events/retention.ts';
import { editorialQueues, scheduleFreshness } from './modules/editorial/confirmation.ts';
import { editorialRoutes } from './modules/editorial/routes-review.tsx';
import { selfServiceRoutes } from './modules/editorial/self-service-routes.tsx';
import { directoryQueues, scheduleDirectoryJobs } from './modules/directory/jobs.ts';
import { federationRoutes } from './modules/directory/federation-routes.tsx';

declare module 'fastify' {
  interface FastifyContextConfig { permission?: RoutePermission }
  interface FastifyRequest {
    lang: Lang; actor: Actor; sessionId: string | null;
    /** A session that waits for the second factor: it grants nothing until the code is entered. */
    pendingSecondFactor: { sessionId: string; userId: string } | null;
    /** Whether the signed-in person has set up a second factor. */
    secondFactorEnabled: boolean;
  }
  interface FastifyReply {
    /** This response's Content-Security-Policy nonce for <script> elements (fresh for every response). */
    scriptNonce: string;
    page(vnode: VNode<any>, status?: number): FastifyReply;
    /** A public page the same for every visitor: served from a one-minute cache per URL, language and host. */
    publicPage(build: () => Promise<VNode<any>>, fills?: SlotFills): Promise<FastifyReply>;
    view(): ViewContext;
  }
  interface FastifyInstance { database: Database; config: Config; routeTable: RouteEntry[]; jobs: Jobs; mail: MailOptions }
}

type NonceResponse = ServerResponse & { scriptNonce?: string };

export type AppOptions = { config: Config; database: Database };
export type RouteEntry = { method: string; url: string; permission: RoutePermission };

export async function buildApp({ config, database }: AppOptions): Promise<FastifyInstance> {
  initI18n();
  const assets = await buildAssets();
  const municipality = await municipalityName(database.db);
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
      ...(config.env === 'development' && process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
    },
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', database);
  app.decorate('config', config);

  // Every route declares its permission (config.permission); a route without one does not start.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const permission = (route.config as { permission?: unknown } | undefined)?.permission;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const publicByPrefix = PUBLIC_PREFIXES.some((prefix) => route.url.startsWith(prefix));
    if (!isPermission(permission) && !publicByPrefix) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no permission (config.permission)`);
    }
    for (const method of methods) routeTable.push({ method: String(method), url: route.url, permission: isPermission(permission) ? permission : 'public' });
  });
  app.decorateRequest('actor', null as never);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('pendingSecondFactor', null);
  app.decorateRequest('secondFactorEnabled', false);
  app.addHook('onRequest', async (req) => { req.actor = anonymous; req.sessionId = null; req.pendingSecondFactor = null; req.secondFactorEnabled = false; });

  // Strict CSP: scripts run only with this response's nonce ('strict-dynamic' passes the trust on to the
  // chunks the nonced module imports); 'self' is the fallback for browsers without CSP level 3. There is no
  // inline script at all: the nonce goes on the <script src> elements the layout renders.
  app.decorateReply('scriptNonce', '');
  app.addHook('onRequest', async (_req, reply) => {
    reply.scriptNonce = randomBytes(16).toString('base64');
    (reply.raw as NonceResponse).scriptNonce = reply.scriptNonce;
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as NonceResponse).scriptNonce}'`, "'strict-dynamic'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', new URL(config.tileUrl.replace(/\{s\}/, 'a').replace(/\{[a-z]\}/g, '0')).origin],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.env === 'production',
  });
  await app.register(cookie);
  await app.register(formbody);
  // The signed-in person, from the server-side session the cookie names (no cookie: anonymous, no query).
  app.addHook('onRequest', async (req) => {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(database.db, token, config.sessions);
      if (session?.pendingSecondFactor) req.pendingSecondFactor = { sessionId: session.sessionId, userId: session.actor.userId };
      else if (session) { req.actor = session.actor; req.sessionId = session.sessionId; req.secondFactorEnabled = session.secondFactorEnabled; }
    }
  });
  // CSRF: every state-changing request carries the token of its form (also in tests); checked after the
  // body is parsed. The secret lives in an HttpOnly cookie.
  await app.register(csrf, { cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: config.env === 'production' } });
  app.addHook('preHandler', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    await new Promise<void>((resolve, reject) => {
      app.csrfProtection(req, reply, (err?: Error) => (err ? reject(new ForbiddenError()) : resolve()));
    });
  });
  // Permissions: a person who is not signed in is sent to the sign-in page (for pages), one whose session
  // waits for the code to the code page, one allowed by role but without a confirmed second factor to
  // the second-factor page; otherwise 403/404.
  app.addHook('preHandler', async (req, reply) => {
    const permission = req.routeOptions.config?.permission;
    if (!permission || permission === 'public' || can(req.actor, permission)) return;
    if (req.method === 'GET' && !req.url.startsWith('/api/')) {
      const next = `weiter=${encodeURIComponent(req.url)}`;
      if (req.pendingSecondFactor) return reply.redirect(`/anmelden/code?${next}`, 303);
      if (req.actor.kind === 'anonymous') return reply.redirect(`/anmelden?${next}`, 303);
      if (canAfterSecondFactor(req.actor, permission)) return reply.redirect(`/konto/zwei-faktor?${next}`, 303);
    }
    authorize(req.actor, permission);
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Zugang API', version: '1.0.0', description: 'Open Referral HSDS 3.0 read API of the family information system, and Zugang\'s own endpoints.' },
      tags: [{ name: 'HSDS', description: 'Open Referral Human Services Data Specification 3.0' }, { name: 'Events', description: 'Courses and events (Zugang\'s own; HSDS has none)' },
        { name: 'Directory', description: 'Zugang\'s own helpers of the directory pages' }, { name: 'Operations' }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, transformStaticCSP: (h) => h });

  app.decorateRequest('lang', 'de' as Lang);
  app.addHook('onRequest', async (req) => {
    const q = (req.query as Record<string, unknown> | undefined)?.lang;
    req.lang = isLang(q) ? q : 'de';
  });
  // A form posts the interface language as a hidden field (`lang`) when its action carries none: once the
  // body is parsed it counts as the query's would, so the answer and the mails it causes are in that language.
  app.addHook('preValidation', async (req) => {
    if (isLang((req.query as Record<string, unknown> | undefined)?.lang)) return;
    const b = req.body as Record<string, unknown> | undefined;
    if (b && typeof b === 'object' && isLang(b.lang)) req.lang = b.lang;
  });
  const viewContext = (req: FastifyRequest): ViewContext => {
    const url = new URL(req.url, 'http://x');
    url.searchParams.delete('lang');
    return {
      lang: req.lang, dir: RTL.has(req.lang) ? 'rtl' : 'ltr', t: translator(req.lang), fmt: formats(req.lang, config.timezone),
      path: url.pathname, query: url.searchParams,
      municipality, assets: { css: assets.css, js: assets.js }, tileUrl: config.tileUrl, tileAttribution: config.tileAttribution,
      requestId: String(req.id), nonce: '',
    };
  };
  app.decorateReply('view', function (this: FastifyReply) { return { ...viewContext(this.request), nonce: this.scriptNonce }; });
  app.decorateReply("page", function (this: FastifyReply, vnode: VNode<any>, status = 200) {
    return this.code(status).type('text/html; charset=utf-8').send(renderPage(this.view(), vnode));
  });
  // Cached pages are rendered with a placeholder for the nonce (random per process, so no text can forge
  // it) and kept split at it: each response joins the parts with its own nonce.
  const noncePlaceholder = `zugang-nonce-${randomBytes(12).toString('hex')}`;
  // They are kept as UTF-8 bytes (a response is then copied, not encoded again), in a memory budget
  // (PAGE_CACHE_MB): enough for the few thousand pages a district's visitors ask for within a minute.
  // Per-response slots (platform/views/slots.ts: a form's CSRF token, its signed time) are kept the same way:
  // the page is one buffer of its own (never a slice of Node's shared 8 KB pool, which a small cached part
  // would keep alive whole) and the byte offsets of its slots ('' is the nonce).
  const slotPattern = new RegExp(`${noncePlaceholder}|${SLOT_PATTERN_SOURCE}`, 'g');
  type CachedPage = { bytes: Buffer; slots: { at: number; name: string }[] };
  const splitSlots = (html: string): CachedPage => {
    const texts: string[] = [];
    const names: string[] = [];
    let last = 0;
    for (const m of html.matchAll(slotPattern)) {
      texts.push(html.slice(last, m.index));
      names.push(m[1] ?? '');
      last = m.index + m[0].length;
    }
    texts.push(html.slice(last));
    const joined = texts.join('');
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(joined, 'utf8'));
    bytes.write(joined, 'utf8');
    let at = 0;
    return { bytes, slots: names.map((name, i) => ({ at: (at += Buffer.byteLength(texts[i], 'utf8')), name })) };
  };
  const publicPages = new TtlCache<CachedPage>(60_000, 100_000, { maxBytes: config.pageCacheMb * 1024 * 1024, sizeOf: (page) => page.bytes.length + 64 * page.slots.length });
  app.decorateReply('publicPage', async function (this: FastifyReply, build: () => Promise<VNode<any>>, fills: SlotFills = {}) {
    const key = `${this.request.lang}|${this.request.host}|${this.request.url}`;
    const page = await publicPages.through(key, async () => splitSlots(renderPage({ ...viewContext(this.request), nonce: noncePlaceholder }, await build())));
    const nonce = Buffer.from(this.scriptNonce, 'latin1');
    // One value per slot and response (a second CSRF token would come with a second secret cookie).
    const filled = new Map<string, Buffer>();
    const fill = (name: string) => filled.get(name) ?? filled.set(name, Buffer.from(fills[name]?.() ?? '', 'utf8')).get(name)!;
    const parts: Buffer[] = [];
    let from = 0;
    for (const slot of page.slots) {
      parts.push(page.bytes.subarray(from, slot.at), slot.name === '' ? nonce : fill(slot.name));
      from = slot.at;
    }
    parts.push(page.bytes.subarray(from));
    return this.code(200).type('text/html; charset=utf-8').send(Buffer.concat(parts));
  });

  // Error handling first: plugins registered later inherit it.
  app.setNotFoundHandler((req, reply) => {
    if (wantsJson(req)) return reply.code(404).send({ error: 'not_found', message: translator(req.lang)('errors.notFound.title') });
    return reply.page(h(ErrorPage, { status: 404 }), 404);
  });

  app.setErrorHandler((err, req, reply) => {
    const t = translator(req.lang);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({ field: String(v.instancePath ?? '').replace(/^\//, '') || (v.params as { issue?: { path?: string[] } })?.issue?.path?.join('.') || '', message: v.message ?? '' }));
      if (wantsJson(req)) return reply.code(400).send({ error: 'bad_request', message: t('errors.badRequest.text'), issues });
      return reply.page(h(ErrorPage, { status: 400, issues }), 400);
    }
    if (err instanceof DomainError) {
      if (wantsJson(req)) return reply.code(err.status).send({ error: 'domain', message: t(err.messageKey, err.params) });
      return reply.page(h(ErrorPage, { status: err.status, messageKey: err.messageKey }), err.status);
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      if (wantsJson(req)) return reply.code(status).send({ error: 'bad_request', message: t('errors.badRequest.text') });
      return reply.page(h(ErrorPage, { status: 400 }), status);
    }
    req.log.error({ err, reference: req.id }, 'unexpected error');
    if (wantsJson(req)) return reply.code(500).send({ error: 'internal', message: t('errors.server.text'), reference: req.id });
    try {
      return reply.page(h(ErrorPage, { status: 500 }), 500);
    } catch (renderError) {
      // Even the error page failed: a minimal page, still without any internals.
      req.log.error({ err: renderError, reference: req.id }, 'error page failed');
      return reply.code(500).type('text/html; charset=utf-8')
        .send(`<!doctype html><html lang="de"><title>Fehler</title><h1>${t('errors.server.title')}</h1><p>${t('errors.reference', { id: String(req.id) })}</p></html>`);
    }
  });

  // Static files: the in-memory bundle, fonts, Leaflet.
  app.get('/assets/*', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const file = assets.files.get(req.url.split('?')[0]);
    if (!file) return reply.callNotFound();
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type(file.type).send(file.body);
  });
  await app.register(fastifyStatic, { root: path.join(kernDir, 'fonts'), prefix: '/assets/fonts/', decorateReply: false, maxAge: '365d', immutable: true });
  await app.register(fastifyStatic, { root: leafletDir, prefix: '/assets/leaflet/', decorateReply: false, maxAge: '7d' });
  await app.register(fastifyStatic, { root: path.join(projectRoot, 'public'), prefix: '/assets/static/', decorateReply: false, maxAge: '1d' });
  app.get('/assets/favicon.svg', { config: { permission: 'public' }, schema: { hide: true } }, (_req, reply) => reply.redirect('/assets/static/favicon.svg', 301));

  app.get('/health', { config: { permission: 'public' }, schema: { tags: ['Operations'], summary: 'The process is alive' } }, async () => ({ status: 'ok' }));
  app.get('/ready', { config: { permission: 'public' }, schema: { tags: ['Operations'], summary: 'The database is reachable and fully migrated' } }, async (_req, reply) => {
    try {
      await rows(database.db, sql`SELECT 1`);
      const pending = await pendingMigrations(database.db);
      if (pending > 0) return reply.code(503).send({ status: 'migrating', pendingMigrations: pending });
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  // The job queue and mail delivery; stopped (running jobs finished) before the database is closed.
  const jobs = await startJobs(database, { ...housekeepingQueues, ...eventQueues, ...editorialQueues, ...directoryQueues }, app.log);
  const mail = startMailDelivery(database.db, config.mail, app.log);
  await scheduleHousekeeping(database.db, jobs, { mailRetentionDays: config.mail.retentionDays, auditRetentionDays: config.auditRetentionDays }, app.log);
  await scheduleEventRetention(database.db, jobs, { retentionDays: config.events.registrationRetentionDays }, app.log);
  await scheduleFreshness(database.db, jobs, { mail: mail.options, baseUrl: (config.baseUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, ''), secretKey: config.secretKey }, app.log);
  await scheduleDirectoryJobs(database.db, jobs, app.log);
  app.decorate('jobs', jobs);
  app.decorate('mail', mail.options);
  // The audit log's hash chain is built shortly after each commit, here, every two seconds.
  const sealing = startAuditSealing(database.db, app.log);
  // Searches are logged in batches (search-log.ts): what is gathered is written before the database closes.
  onSearchLogError((err) => app.log.warn({ err }, 'writing the search log failed'));
  app.addHook('onClose', async () => { await flushSearchLog(database.db); await sealing.stop(); await jobs.stop(); await mail.close(); });

  await app.register(directoryRoutes);
  await app.register(accountRoutes);
  await app.register(secondFactorRoutes);
  await app.register(adminRoutes);
  await app.register(oidcRoutes);
  await app.register(auditRoutes);
  await app.register(mailRoutes);
  await app.register(eventRoutes);
  await app.register(organiserRoutes);
  await app.register(ownRegistrationRoutes);
  await app.register(federationRoutes);
  await app.register(eventsApi);
  await app.register(editorialRoutes);
  await app.register(selfServiceRoutes);
  await app.register(hsdsApi, { prefix: '/api/hsds' });

  return app;
}

function wantsJson(req: FastifyRequest) {
  return req.url.startsWith('/api/') || (req.headers.accept ?? '').startsWith('application/json');
}

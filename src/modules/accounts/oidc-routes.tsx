// Single sign-on through OpenID Connect, and the admin page for the providers (/verwaltung/anmeldedienste).
import { auditedTransaction } from '../../platform/audit/index.ts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isLang, translator } from '../../platform/i18n.ts';
import { withLang } from '../../platform/views/layout.tsx';
import { SESSION_COOKIE, endSession } from './sessions.ts';
import { requestContext, safeNext, whereAfterSignIn } from './routes.tsx';
import { MessagePage } from './views/register.tsx';
import { ProvidersPage, type ProviderFormValues } from './views/sso.tsx';
import {
  SSO_COOKIE, addProvider, auditRefusal, exchangeCode, findEnabledProvider, linkedAccounts, listProviders, setProviderEnabled,
  signInWithIdentity, startSignIn, syncConfiguredProviders, takeSignInAttempt, type SsoProblem,
} from './oidc.ts';

const PROBLEM_STATUS: Record<SsoProblem, number> = {
  expired: 400, forged: 400, cancelled: 400, unavailable: 502, noStaffAccount: 403, staffAccount: 403, emailMissing: 400, emailInUse: 409, inactive: 403,
};

// Lengths are checked by the settings' own rules; here only the shape (never a 500 for odd input).
const providerParam = z.object({ provider: z.string().catch('') });

export const oidcRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const { config } = app;
  const production = config.env === 'production';
  await syncConfiguredProviders(db(), config.oidcProviders);
  const sessionCookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: production };
  // Lax: the browser sends it on the provider's redirect back (a top-level GET); ten minutes, this path only.
  const ssoCookie = { path: '/anmelden/sso', httpOnly: true, sameSite: 'lax' as const, secure: production, maxAge: 600 };
  const baseUrl = (req: FastifyRequest) => (config.baseUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
  const redirectUri = (req: FastifyRequest, id: string) => new URL(`/anmelden/sso/${encodeURIComponent(id)}/callback`, baseUrl(req)).href;

  const problemPage = (req: FastifyRequest, reply: FastifyReply, problem: SsoProblem) => {
    const t = translator(req.lang);
    return reply.page(<MessagePage title={t(`sso.problems.${problem}.title`)} text={t(`sso.problems.${problem}.text`)}
      link={{ href: '/anmelden', label: t('sso.backToSignIn') }} />, PROBLEM_STATUS[problem]);
  };

  app.get('/anmelden/sso/:provider', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const { provider } = providerParam.parse(req.params);
    const next = safeNext((req.query as { weiter?: string }).weiter);
    if (req.actor.kind === 'user') return reply.redirect(next, 303);
    const p = await findEnabledProvider(db(), provider);
    if (!p) return reply.callNotFound();
    let started;
    try {
      started = await startSignIn(db(), p, config.oidcProviders, { redirectUri: redirectUri(req, p.id), next, lang: req.lang });
    } catch (err) {
      req.log.warn({ err, provider: p.id }, 'OpenID Connect provider not reachable');
      return problemPage(req, reply, 'unavailable');
    }
    reply.setCookie(SSO_COOKIE, started.token, ssoCookie);
    return reply.header('cache-control', 'no-store').redirect(started.url, 303);
  });

  app.get('/anmelden/sso/:provider/callback', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const { provider } = providerParam.parse(req.params);
    const p = await findEnabledProvider(db(), provider);
    if (!p) return reply.callNotFound();
    const ctx = requestContext(req);
    // The attempt is used up whatever happens next.
    const attempt = await takeSignInAttempt(db(), req.cookies[SSO_COOKIE]);
    reply.clearCookie(SSO_COOKIE, { path: ssoCookie.path });
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    if (!attempt) {
      await auditRefusal(db(), ctx, p.id, 'unknown or expired sign-in attempt');
      return problemPage(req, reply, 'expired');
    }
    if (isLang(attempt.lang)) req.lang = attempt.lang;
    const callbackUrl = new URL(redirectUri(req, p.id));
    callbackUrl.search = req.url.split('?')[1] ?? '';
    const exchanged = await exchangeCode(p, config.oidcProviders, attempt, callbackUrl);
    if (!exchanged.ok) {
      if (exchanged.problem === 'unavailable') req.log.warn({ err: exchanged.error, provider: p.id }, 'OpenID Connect sign-in failed');
      await auditRefusal(db(), ctx, p.id, exchanged.reason, exchanged.problem === 'unavailable' ? 'failed' : 'denied');
      return problemPage(req, reply, exchanged.problem);
    }
    const result = await auditedTransaction(db(), requestContext(req), (tx) => signInWithIdentity(tx, ctx, p, exchanged.claims));
    if (!result.ok) return problemPage(req, reply, result.problem);
    // A new session id at every sign-in; a session this browser still had is ended.
    if (req.sessionId) await endSession(db(), req.sessionId);
    reply.setCookie(SESSION_COOKIE, result.token, sessionCookie);
    return reply.redirect(await whereAfterSignIn(db(), config, result.token, withLang(attempt.next, req.lang)), 303);
  });

  const text = z.string().catch('');
  const providerForm = z.object({ id: text, name: text, issuer: text, clientId: text, clientSecret: text, audience: text, scopes: text });

  async function renderProviders(req: FastifyRequest, reply: FastifyReply, values: ProviderFormValues = {}, errors: { field: string; message: string }[] = [], status = 200) {
    const [list, linked] = await Promise.all([listProviders(db(), config.oidcProviders), linkedAccounts(db())]);
    reply.header('cache-control', 'no-store');
    return reply.page(<ProvidersPage csrf={reply.generateCsrf()} providers={list.map((p) => ({ ...p, linkedAccounts: linked.get(p.id) ?? 0 }))}
      values={values} errors={errors} added={(req.query as { hinzugefuegt?: string }).hinzugefuegt} />, status);
  }

  app.get('/verwaltung/anmeldedienste', { config: { permission: 'identity_provider.manage' }, schema: { hide: true } }, async (req, reply) => renderProviders(req, reply));

  app.post('/verwaltung/anmeldedienste', { config: { permission: 'identity_provider.manage' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const form = providerForm.parse(req.body ?? {});
    const result = await auditedTransaction(db(), requestContext(req), (tx) => addProvider(tx, requestContext(req), form, production));
    if (!result.ok) {
      // Everything typed comes back, except the client secret.
      const { clientSecret: _secret, ...values } = form;
      return renderProviders(req, reply, values, result.problems.map((p) => ({ field: p.field, message: t(p.key) })), 400);
    }
    return reply.redirect(withLang(`/verwaltung/anmeldedienste?hinzugefuegt=${encodeURIComponent(result.id)}`, req.lang), 303);
  });

  app.post('/verwaltung/anmeldedienste/:provider/status', { config: { permission: 'identity_provider.manage' }, schema: { hide: true } }, async (req, reply) => {
    const { provider } = providerParam.parse(req.params);
    const { enabled } = z.object({ enabled: z.enum(['true', 'false']).catch('false') }).parse(req.body ?? {});
    const changed = await auditedTransaction(db(), requestContext(req), (tx) => setProviderEnabled(tx, requestContext(req), provider, enabled === 'true'));
    if (!changed) return reply.callNotFound();
    return reply.redirect(withLang('/verwaltung/anmeldedienste', req.lang), 303);
  });
};

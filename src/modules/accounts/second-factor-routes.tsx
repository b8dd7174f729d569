// The second factor in the browser: the code step of signing in, setting it up, new recovery codes,
// switching it off.
import { auditedTransaction } from '../../platform/audit/index.ts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { translator } from '../../platform/i18n.ts';
import { secretBox } from '../../platform/secrets.ts';
import { needsSecondFactor } from '../../platform/policy.ts';
import { requestContext, safeNext, sessionCookieOptions } from './routes.tsx';
import { SESSION_COOKIE, confirmSecondFactor, createSession, endSession } from './sessions.ts';
import { users } from './schema.ts';
import { confirmSetup, disableSecondFactor, recoveryCodesLeft, renewRecoveryCodes, setupState, verifySecondFactor, type ConfirmResult, type SecondFactorResult } from './second-factor.ts';
import { RecoveryCodesPage, SecondFactorStatusPage, SetupPage, SignInCodePage } from './views/second-factor.tsx';

const codeBody = z.object({ code: z.string().max(64).default(''), weiter: z.string().optional() });

export const secondFactorRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const box = secretBox(app.config.secretKey);
  const failure = (req: FastifyRequest, r: Extract<ConfirmResult | SecondFactorResult, { ok: false }>) => {
    const t = translator(req.lang);
    return r.reason === 'throttled' ? t('secondFactor.errors.throttled', { seconds: r.retryAfterSeconds }) : t('secondFactor.errors.invalid');
  };

  app.get('/anmelden/code', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    if (!req.pendingSecondFactor) return reply.redirect(req.actor.kind === 'user' ? '/konto' : '/anmelden', 303);
    const next = (req.query as { weiter?: string }).weiter;
    return reply.page(<SignInCodePage csrf={reply.generateCsrf()} next={next ? safeNext(next) : undefined} errors={[]} />);
  });

  app.post('/anmelden/code', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const pending = req.pendingSecondFactor;
    if (!pending) return reply.redirect('/anmelden', 303);
    const body = codeBody.parse(req.body ?? {});
    const ctx = { ...requestContext(req), actor: { kind: 'user' as const, userId: pending.userId, roles: [], memberships: [] } };
    const result = await auditedTransaction(db(), requestContext(req), async (tx) => {
      const r = await verifySecondFactor(tx, box, ctx, pending.userId, body.code);
      if (!r.ok) return { r };
      // A new session id once the sign-in is complete; the half-finished session ends.
      await endSession(tx, pending.sessionId);
      const session = await createSession(tx, pending.userId, { ip: req.ip, userAgent: req.headers['user-agent'], mfa: true }, app.config.sessions);
      return { r, token: session.token };
    });
    if (!result.r.ok) {
      if (result.r.reason === 'throttled') reply.header('retry-after', String(result.r.retryAfterSeconds));
      return reply.page(<SignInCodePage csrf={reply.generateCsrf()} next={body.weiter ? safeNext(body.weiter) : undefined}
        errors={[{ field: 'code', message: failure(req, result.r) }]} />, result.r.reason === 'throttled' ? 429 : 400);
    }
    reply.setCookie(SESSION_COOKIE, result.token!, sessionCookieOptions(app.config));
    if (result.r.method === 'recovery_code') return reply.redirect('/konto/zwei-faktor?wiederherstellung=1', 303);
    return reply.redirect(safeNext(body.weiter), 303);
  });

  const statusPage = async (req: FastifyRequest, reply: FastifyReply, errors: { field: string; message: string }[] = [], status = 200) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    const [u] = await db().select({ kind: users.kind, since: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
    const left = await recoveryCodesLeft(db(), userId);
    const usedRecoveryCode = (req.query as { wiederherstellung?: string }).wiederherstellung === '1';
    return reply.page(<SecondFactorStatusPage csrf={reply.generateCsrf()} since={u?.since ?? null} left={left} usedRecoveryCode={usedRecoveryCode}
      canDisable={!needsSecondFactor(req.actor)} errors={errors} />, status);
  };

  const setupPage = async (req: FastifyRequest, reply: FastifyReply, next: string | undefined, errors: { field: string; message: string }[] = [], status = 200) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    const state = await auditedTransaction(db(), requestContext(req), (tx) => setupState(tx, box, userId, `Zugang ${reply.view().municipality.shortName}`));
    if (state === 'enabled') return statusPage(req, reply);
    reply.header('cache-control', 'no-store');
    return reply.page(<SetupPage csrf={reply.generateCsrf()} next={next} qrSvg={state.qrSvg} secret={state.secret} required={needsSecondFactor(req.actor)} errors={errors} />, status);
  };

  app.get('/konto/zwei-faktor', { config: { permission: 'account.read' }, schema: { hide: true } }, async (req, reply) => {
    const next = (req.query as { weiter?: string }).weiter;
    return req.secondFactorEnabled ? statusPage(req, reply) : setupPage(req, reply, next ? safeNext(next) : undefined);
  });

  app.post('/konto/zwei-faktor', { config: { permission: 'account.update' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    const body = codeBody.parse(req.body ?? {});
    const next = body.weiter ? safeNext(body.weiter) : undefined;
    const result = await auditedTransaction(db(), requestContext(req), async (tx) => {
      const r = await confirmSetup(tx, box, requestContext(req), userId, body.code);
      if (r.ok) await confirmSecondFactor(tx, req.sessionId!);
      return r;
    });
    if (!result.ok) return setupPage(req, reply, next, [{ field: 'code', message: failure(req, result) }], result.reason === 'throttled' ? 429 : 400);
    reply.header('cache-control', 'no-store');
    return reply.page(<RecoveryCodesPage codes={result.recoveryCodes} next={next ?? '/konto'} />);
  });

  app.post('/konto/zwei-faktor/codes', { config: { permission: 'account.update' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    const body = codeBody.parse(req.body ?? {});
    const result = await auditedTransaction(db(), requestContext(req), (tx) => renewRecoveryCodes(tx, box, requestContext(req), userId, body.code));
    if (!result.ok) return statusPage(req, reply, [{ field: 'renew-code', message: failure(req, result) }], result.reason === 'throttled' ? 429 : 400);
    reply.header('cache-control', 'no-store');
    return reply.page(<RecoveryCodesPage codes={result.recoveryCodes} next="/konto" />);
  });

  app.post('/konto/zwei-faktor/aus', { config: { permission: 'account.update' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const t = translator(req.lang);
    // Staff who see personal data cannot switch it off.
    if (needsSecondFactor(req.actor)) return statusPage(req, reply, [{ field: 'disable-code', message: t('secondFactor.staffKeep') }], 400);
    const userId = req.actor.userId;
    const body = codeBody.parse(req.body ?? {});
    const result = await auditedTransaction(db(), requestContext(req), (tx) => disableSecondFactor(tx, box, requestContext(req), userId, body.code));
    if (!result.ok) return statusPage(req, reply, [{ field: 'disable-code', message: failure(req, result) }], result.reason === 'throttled' ? 429 : 400);
    return reply.redirect('/konto?zwei-faktor=aus', 303);
  });
};

// Signing in and out, and one's own account.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { translator } from '../../platform/i18n.ts';
import type { RequestContext } from '../../platform/audit/index.ts';
import { SESSION_COOKIE, listSessions } from './sessions.ts';
import { signInWithPassword, signOut, accountOverview, exportAccountData, deleteOwnAccount } from './service.ts';
import { SignInPage } from './views/signin.tsx';
import { AccountPage } from './views/account.tsx';
import { RegisterPage, MessagePage } from './views/register.tsx';
import { registerCitizen, resendVerification, verifyEmail } from './registration.ts';
import { requestPasswordReset, resetPassword, resetTokenState } from './reset.ts';
import { ForgotPasswordPage, NewPasswordPage } from './views/reset.tsx';

const signInBody = z.object({ email: z.string().default(''), password: z.string().default(''), weiter: z.string().optional(), lang: z.string().optional() });

/** Only local paths as targets after sign-in (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/konto';
}

export function requestContext(req: FastifyRequest): RequestContext {
  return { actor: req.actor, ip: req.ip, userAgent: req.headers['user-agent'], correlationId: String(req.id) };
}

export const accountRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: app.config.env === 'production' };
  // With SMTP each mail is queued for delivery with the change that causes it; without, it stays in the outbox.
  const mail = app.mail;
  const baseUrl = (req: FastifyRequest) => (app.config.baseUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');

  app.get('/anmelden', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind === 'user') return reply.redirect('/konto');
    const next = (req.query as { weiter?: string }).weiter;
    return reply.page(<SignInPage csrf={reply.generateCsrf()} errors={[]} next={next ? safeNext(next) : undefined}
      notice={next ? translator(req.lang)('signin.needed') : undefined} />);
  });

  app.post('/anmelden', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const body = signInBody.parse(req.body ?? {});
    const errors = [];
    if (!body.email.trim()) errors.push({ field: 'email', message: t('signin.errors.emailMissing') });
    if (!body.password) errors.push({ field: 'password', message: t('signin.errors.passwordMissing') });
    const rerender = (status: number, list: { field: string; message: string }[]) =>
      reply.page(<SignInPage csrf={reply.generateCsrf()} email={body.email} errors={list} next={body.weiter ? safeNext(body.weiter) : undefined} />, status);
    if (errors.length) return rerender(400, errors);
    const result = await db().transaction((tx) => signInWithPassword(tx, requestContext(req), { email: body.email, password: body.password },
      undefined, undefined, { mail, baseUrl: baseUrl(req), lang: req.lang }));
    if (!result.ok) {
      if (result.reason === 'throttled') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        return rerender(429, [{ field: '', message: t('signin.errors.throttled', { seconds: result.retryAfterSeconds }) }]);
      }
      // The same answer whether the address has an account or not.
      return rerender(400, [{ field: 'email', message: t('signin.errors.invalid') }]);
    }
    reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
    return reply.redirect(safeNext(body.weiter), 303);
  });

  app.post('/abmelden', { config: { permission: 'session.delete' }, schema: { hide: true } }, async (req, reply) => {
    await db().transaction((tx) => signOut(tx, requestContext(req), req.sessionId!));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });

  app.post('/konto/ueberall-abmelden', { config: { permission: 'session.delete' }, schema: { hide: true } }, async (req, reply) => {
    await db().transaction((tx) => signOut(tx, requestContext(req), req.sessionId!, true));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/anmelden', 303);
  });

  const registerBody = z.object({ displayName: z.string().default(''), email: z.string().default(''), password: z.string().default('') });

  app.get('/registrieren', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind === 'user') return reply.redirect('/konto');
    return reply.page(<RegisterPage csrf={reply.generateCsrf()} values={{}} errors={[]} />);
  });

  app.post('/registrieren', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const body = registerBody.parse(req.body ?? {});
    const result = await db().transaction((tx) => registerCitizen(tx, requestContext(req), mail, body, baseUrl(req), req.lang));
    if (!result.ok) {
      // Everything typed comes back, except the password.
      return reply.page(<RegisterPage csrf={reply.generateCsrf()} values={{ displayName: body.displayName, email: body.email }}
        errors={result.problems.map((p) => ({ field: p.field, message: t(p.key) }))} />, 400);
    }
    return reply.page(<MessagePage title={t('register.sentTitle')} text={t('register.sentText', { email: body.email.trim() })} />);
  });

  app.get('/bestaetigen/:token', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { token } = req.params as { token: string };
    const result = await db().transaction((tx) => verifyEmail(tx, requestContext(req), token));
    if (result === 'verified') return reply.page(<MessagePage title={t('verify.doneTitle')} text={t('verify.doneText')} />);
    return reply.page(<MessagePage title={t(`verify.${result}Title`)} text={t(`verify.${result}Text`)} resendCsrf={reply.generateCsrf()} />, 410);
  });

  app.post('/bestaetigen/neu', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { email } = z.object({ email: z.string().max(254).default('') }).parse(req.body ?? {});
    await db().transaction((tx) => resendVerification(tx, requestContext(req), mail, email, baseUrl(req), req.lang));
    return reply.page(<MessagePage title={t('register.sentTitle')} text={t('verify.resentText')} />);
  });

  app.get('/passwort-vergessen', { config: { permission: 'public' }, schema: { hide: true } }, async (_req, reply) =>
    reply.page(<ForgotPasswordPage csrf={reply.generateCsrf()} errors={[]} />));

  app.post('/passwort-vergessen', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { email } = z.object({ email: z.string().max(254).default('') }).parse(req.body ?? {});
    if (!z.email().safeParse(email.trim()).success) {
      return reply.page(<ForgotPasswordPage csrf={reply.generateCsrf()} email={email} errors={[{ field: 'email', message: t('register.errors.emailInvalid') }]} />, 400);
    }
    await db().transaction((tx) => requestPasswordReset(tx, requestContext(req), mail, email, baseUrl(req), req.lang));
    return reply.page(<MessagePage title={t('register.sentTitle')} text={t('reset.sentText')} />);
  });

  const resetLinkProblem = (req: FastifyRequest, reply: FastifyReply, state: 'expired' | 'used' | 'unknown') => {
    const t = translator(req.lang);
    return reply.page(<MessagePage title={t(`reset.${state}Title`)} text={t('reset.linkProblemText')} link={{ href: '/passwort-vergessen', label: t('reset.requestNew') }} />, 410);
  };

  app.get('/passwort-neu/:token', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const s = await resetTokenState(db(), token);
    if (s.state !== 'valid') return resetLinkProblem(req, reply, s.state);
    reply.header('referrer-policy', 'no-referrer');
    return reply.page(<NewPasswordPage csrf={reply.generateCsrf()} token={token} errors={[]} />);
  });

  app.post('/passwort-neu/:token', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { token } = req.params as { token: string };
    const { password } = z.object({ password: z.string().default('') }).parse(req.body ?? {});
    const result = await db().transaction((tx) => resetPassword(tx, requestContext(req), token, password));
    if (result.ok) return reply.page(<MessagePage title={t('reset.doneTitle')} text={t('reset.doneText')} />);
    if ('state' in result) return resetLinkProblem(req, reply, result.state);
    return reply.page(<NewPasswordPage csrf={reply.generateCsrf()} token={token} errors={[{ field: 'password', message: t(`register.errors.password.${result.problem}`) }]} />, 400);
  });

  app.get('/konto/daten.json', { config: { permission: 'account.read' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden');
    const userId = req.actor.userId;
    const data = await db().transaction((tx) => exportAccountData(tx, requestContext(req), userId));
    return reply.header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="zugang-meine-daten.json"')
      .type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
  });

  app.post('/konto/loeschen', { config: { permission: 'account.delete' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    const { password } = z.object({ password: z.string().default('') }).parse(req.body ?? {});
    const result = await db().transaction((tx) => deleteOwnAccount(tx, requestContext(req), userId, password));
    if (result === 'deleted') {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.page(<MessagePage title={t('account.deletedTitle')} text={t('account.deletedText')} link={{ href: '/', label: t('nav.home') }} />);
    }
    return renderAccount(req, reply, result === 'wrongPassword' ? [{ field: 'delete-password', message: t('account.errors.wrongPassword') }] : [], 400);
  });

  async function renderAccount(req: FastifyRequest, reply: FastifyReply, errors: { field: string; message: string }[] = [], status = 200) {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden');
    const user = await accountOverview(db(), req.actor.userId);
    if (!user) return reply.redirect('/anmelden');
    const list = await listSessions(db(), user.id);
    reply.header('cache-control', 'no-store');
    return reply.page(<AccountPage a={{ csrf: reply.generateCsrf(), displayName: user.displayName, email: user.email, kind: user.kind,
      sessions: list.map((s) => ({ ...s, current: s.id === req.sessionId })), errors }} />, status);
  }

  app.get('/konto', { config: { permission: 'account.read' }, schema: { hide: true } }, async (req, reply: FastifyReply) => renderAccount(req, reply));
};

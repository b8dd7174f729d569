// Signing in and out, and one's own account.
import { auditedTransaction } from '../../platform/audit/index.ts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { translator } from '../../platform/i18n.ts';
import type { RequestContext } from '../../platform/audit/index.ts';
import { SESSION_COOKIE, listSessions, resolveSession } from './sessions.ts';
import type { Config } from '../../config.ts';
import type { Queryable } from '../../platform/db.ts';
import { needsSecondFactor } from '../../platform/policy.ts';
import { signInWithPassword, signOut, accountOverview, exportAccountData, deleteOwnAccount, endOwnSession } from './service.ts';
import { confirmEmailChange, requestEmailChange } from './email-change.ts';
import { SignInPage } from './views/signin.tsx';
import { AccountPage } from './views/account.tsx';
import { RegisterPage, MessagePage } from './views/register.tsx';
import { registerCitizen, resendVerification, verifyEmail } from './registration.ts';
import { requestPasswordReset, resetPassword, resetTokenState } from './reset.ts';
import { ForgotPasswordPage, NewPasswordPage } from './views/reset.tsx';
import { enabledProviders, ownSignInServices, unlinkSignInService } from './oidc.ts';

const signInBody = z.object({ email: z.string().default(''), password: z.string().default(''), weiter: z.string().optional(), lang: z.string().optional() });

/** Only local paths as targets after sign-in (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : '/konto';
}

/** "Too many attempts, wait …": 429 with Retry-After; the caller re-renders its form with what was typed. */
function throttled(req: FastifyRequest, reply: FastifyReply, seconds: number) {
  const t = translator(req.lang);
  reply.header('retry-after', String(seconds));
  const wait = seconds < 120 ? t('errors.wait.seconds', { count: seconds }) : t('errors.wait.minutes', { count: Math.ceil(seconds / 60) });
  return [{ field: '', message: t('errors.throttled', { wait }) }];
}

export function requestContext(req: FastifyRequest): RequestContext {
  return { actor: req.actor, ip: req.ip, userAgent: req.headers['user-agent'], correlationId: String(req.id) };
}

/**
 * Where a fresh session goes: with a second factor, to the code; staff who see personal data and have
 * none, to set it up; everyone else to the page they wanted.
 */
export async function whereAfterSignIn(db: Queryable, config: Config, token: string, next: string): Promise<string> {
  const session = await resolveSession(db, token, config.sessions);
  const q = `weiter=${encodeURIComponent(next)}`;
  if (session?.pendingSecondFactor) return `/anmelden/code?${q}`;
  if (session && !session.secondFactorEnabled && needsSecondFactor(session.actor)) return `/konto/zwei-faktor?${q}`;
  return next;
}

/** The address links in mails point to: ZUGANG_BASE_URL, else the request's own origin. */
export function publicBaseUrl(config: Config, req: FastifyRequest): string {
  return (config.baseUrl ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure outside development and tests. */
export function sessionCookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.env === 'production' };
}

export const accountRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const cookieOptions = sessionCookieOptions(app.config);
  // With SMTP each mail is queued for delivery with the change that causes it; without, it stays in the outbox.
  const mail = app.mail;
  const baseUrl = (req: FastifyRequest) => publicBaseUrl(app.config, req);

  app.get('/anmelden', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind === 'user') return reply.redirect('/konto');
    const next = (req.query as { weiter?: string }).weiter;
    return reply.page(<SignInPage csrf={reply.generateCsrf()} errors={[]} next={next ? safeNext(next) : undefined}
      notice={next ? translator(req.lang)('signin.needed') : undefined} providers={await enabledProviders(db())} />);
  });

  app.post('/anmelden', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const body = signInBody.parse(req.body ?? {});
    const errors = [];
    if (!body.email.trim()) errors.push({ field: 'email', message: t('signin.errors.emailMissing') });
    if (!body.password) errors.push({ field: 'password', message: t('signin.errors.passwordMissing') });
    const rerender = async (status: number, list: { field: string; message: string }[]) =>
      reply.page(<SignInPage csrf={reply.generateCsrf()} email={body.email} errors={list} next={body.weiter ? safeNext(body.weiter) : undefined}
        providers={await enabledProviders(db())} />, status);
    if (errors.length) return rerender(400, errors);
    const result = await auditedTransaction(db(), requestContext(req), (tx) => signInWithPassword(tx, requestContext(req), { email: body.email, password: body.password },
      app.config.sessions, undefined, { mail, baseUrl: baseUrl(req), lang: req.lang }));
    if (!result.ok) {
      if (result.reason === 'throttled') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        return rerender(429, [{ field: '', message: t('signin.errors.throttled', { seconds: result.retryAfterSeconds }) }]);
      }
      // The same answer whether the address has an account or not.
      return rerender(400, [{ field: 'email', message: t('signin.errors.invalid') }]);
    }
    reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
    return reply.redirect(await whereAfterSignIn(db(), app.config, result.token, safeNext(body.weiter)), 303);
  });

  app.post('/abmelden', { config: { permission: 'session.delete' }, schema: { hide: true } }, async (req, reply) => {
    await auditedTransaction(db(), requestContext(req), (tx) => signOut(tx, requestContext(req), req.sessionId!));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });

  app.post('/konto/ueberall-abmelden', { config: { permission: 'session.delete' }, schema: { hide: true } }, async (req, reply) => {
    await auditedTransaction(db(), requestContext(req), (tx) => signOut(tx, requestContext(req), req.sessionId!, true));
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
    const result = await auditedTransaction(db(), requestContext(req), (tx) => registerCitizen(tx, requestContext(req), mail, body, baseUrl(req), req.lang));
    if ('retryAfterSeconds' in result) {
      return reply.page(<RegisterPage csrf={reply.generateCsrf()} values={{ displayName: body.displayName, email: body.email }}
        errors={throttled(req, reply, result.retryAfterSeconds)} />, 429);
    }
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
    const result = await auditedTransaction(db(), requestContext(req), (tx) => verifyEmail(tx, requestContext(req), token));
    if (result === 'verified') return reply.page(<MessagePage title={t('verify.doneTitle')} text={t('verify.doneText')} />);
    return reply.page(<MessagePage title={t(`verify.${result}Title`)} text={t(`verify.${result}Text`)} resendCsrf={reply.generateCsrf()} />, 410);
  });

  app.post('/bestaetigen/neu', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { email } = z.object({ email: z.string().max(254).default('') }).parse(req.body ?? {});
    const result = await auditedTransaction(db(), requestContext(req), (tx) => resendVerification(tx, requestContext(req), mail, email, baseUrl(req), req.lang));
    if (!result.ok) {
      return reply.page(<MessagePage title={t('verify.resend')} text={t('verify.resendText')} resendCsrf={reply.generateCsrf()} resendEmail={email}
        errors={throttled(req, reply, result.retryAfterSeconds)} />, 429);
    }
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
    const result = await auditedTransaction(db(), requestContext(req), (tx) => requestPasswordReset(tx, requestContext(req), mail, email, baseUrl(req), req.lang));
    if (!result.ok) return reply.page(<ForgotPasswordPage csrf={reply.generateCsrf()} email={email} errors={throttled(req, reply, result.retryAfterSeconds)} />, 429);
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
    // The password, or for an account without one (sign-in service only) its e-mail address.
    const { password } = z.object({ password: z.string().max(500).default('') }).parse(req.body ?? {});
    const result = await auditedTransaction(db(), requestContext(req), (tx) => resetPassword(tx, requestContext(req), token, password));
    if (result.ok) return reply.page(<MessagePage title={t('reset.doneTitle')} text={t('reset.doneText')} />);
    if ('state' in result) return resetLinkProblem(req, reply, result.state);
    return reply.page(<NewPasswordPage csrf={reply.generateCsrf()} token={token} errors={[{ field: 'password', message: t(`register.errors.password.${result.problem}`) }]} />, 400);
  });

  app.get('/konto/daten.json', { config: { permission: 'account.read' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden');
    const userId = req.actor.userId;
    const data = await auditedTransaction(db(), requestContext(req), (tx) => exportAccountData(tx, requestContext(req), userId));
    return reply.header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="zugang-meine-daten.json"')
      .type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
  });

  app.post('/konto/loeschen', { config: { permission: 'account.delete' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    // The password, or for an account without one (sign-in service only) its e-mail address.
    const { password } = z.object({ password: z.string().max(500).default('') }).parse(req.body ?? {});
    const events = { mail, baseUrl: baseUrl(req), secretKey: app.config.secretKey, timeZone: app.config.timezone };
    const result = await auditedTransaction(db(), requestContext(req), (tx) => deleteOwnAccount(tx, requestContext(req), userId, password, events));
    if (result === 'deleted') {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.page(<MessagePage title={t('account.deletedTitle')} text={t('account.deletedText')} link={{ href: '/', label: t('nav.home') }} />);
    }
    const message = result === 'wrongPassword' ? t('account.errors.wrongPassword') : result === 'wrongEmail' ? t('account.errors.wrongDeleteEmail') : null;
    return renderAccount(req, reply, message ? [{ field: 'delete-password', message }] : [], 400);
  });

  async function renderAccount(req: FastifyRequest, reply: FastifyReply, errors: { field: string; message: string }[] = [], status = 200, values: { newEmail?: string } = {}) {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden');
    const user = await accountOverview(db(), req.actor.userId);
    if (!user) return reply.redirect('/anmelden');
    const [list, signInServices] = await Promise.all([listSessions(db(), user.id), ownSignInServices(db(), user.id)]);
    const t = translator(req.lang);
    const q = req.query as Record<string, string | undefined>;
    const notice = q.email === 'gesendet' ? t('account.emailSent') : q['zwei-faktor'] === 'aus' ? t('account.secondFactorOff') : q.sitzung === 'beendet' ? t('account.sessionEnded')
      : q.dienst === 'geloest' ? t('account.serviceUnlinked') : undefined;
    reply.header('cache-control', 'no-store');
    return reply.page(<AccountPage a={{ csrf: reply.generateCsrf(), displayName: user.displayName, email: user.email, pendingEmail: user.pendingEmail, kind: user.kind,
      secondFactor: req.secondFactorEnabled, administration: user.kind === 'staff', newEmail: values.newEmail ?? '', notice, hasPassword: user.hasPassword,
      sessions: list.map((s) => ({ ...s, current: s.id === req.sessionId })), signInServices, errors }} />, status);
  }

  app.post('/konto/email', { config: { permission: 'account.update' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const t = translator(req.lang);
    const userId = req.actor.userId;
    const body = z.object({ email: z.string().max(300).default(''), password: z.string().max(500).default('') }).parse(req.body ?? {});
    const result = await auditedTransaction(db(), requestContext(req), (tx) => requestEmailChange(tx, requestContext(req), mail, userId, body, baseUrl(req), req.lang));
    if (!result.ok) return renderAccount(req, reply, result.problems.map((p) => ({ field: p.field, message: t(p.key) })), 400, { newEmail: body.email });
    return reply.redirect('/konto?email=gesendet', 303);
  });

  app.get('/email-bestaetigen/:token', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { token } = req.params as { token: string };
    const result = await auditedTransaction(db(), requestContext(req), (tx) => confirmEmailChange(tx, requestContext(req), token));
    reply.header('referrer-policy', 'no-referrer');
    if (result === 'changed') return reply.page(<MessagePage title={t('account.emailChangedTitle')} text={t('account.emailChangedText')} link={{ href: '/konto', label: t('account.title') }} />);
    return reply.page(<MessagePage title={t(`account.emailLink.${result}`)} text={t('account.emailLink.text')} link={{ href: '/konto', label: t('account.title') }} />, 410);
  });

  app.post('/konto/sitzungen/beenden', { config: { permission: 'session.delete' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    const { session } = z.object({ session: z.string().max(100).default('') }).parse(req.body ?? {});
    await auditedTransaction(db(), requestContext(req), (tx) => endOwnSession(tx, requestContext(req), userId, session));
    if (session === req.sessionId) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/anmelden', 303);
    }
    return reply.redirect('/konto?sitzung=beendet', 303);
  });

  app.post('/konto/anmeldedienste/loesen', { config: { permission: 'account.update' }, schema: { hide: true } }, async (req, reply) => {
    if (req.actor.kind !== 'user') return reply.redirect('/anmelden', 303);
    const userId = req.actor.userId;
    const { provider } = z.object({ provider: z.string().max(100).default('') }).parse(req.body ?? {});
    const result = await auditedTransaction(db(), requestContext(req), (tx) => unlinkSignInService(tx, requestContext(req), userId, provider));
    if (result === 'unlinked') return reply.redirect('/konto?dienst=geloest', 303);
    const t = translator(req.lang);
    return renderAccount(req, reply, [{ field: 'sign-in-services', message: t(result === 'lastWay' ? 'account.errors.unlinkLastWay' : 'account.errors.unlinkUnknown') }], 400);
  });

  app.get('/konto', { config: { permission: 'account.read' }, schema: { hide: true } }, async (req, reply: FastifyReply) => renderAccount(req, reply));
};

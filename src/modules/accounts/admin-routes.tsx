// The administration area (/verwaltung): staff, invitations, roles, deactivation; and the page where an
// invited person accepts the invitation.
import { auditedTransaction } from '../../platform/audit/index.ts';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { translator } from '../../platform/i18n.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { administeredOrganizations, can, canAfterSecondFactor, needsSecondFactor, type Permission } from '../../platform/policy.ts';
import { requestContext, publicBaseUrl, sessionCookieOptions } from './routes.tsx';
import { createSession, resolveSession, SESSION_COOKIE } from './sessions.ts';
import {
  GLOBAL_ROLES, ORGANIZATION_ROLES, STAFF_PAGE_SIZE, acceptInvitation, changeRoles, grantableOrganizations, invitationState, inviteStaff, listStaff,
  resendInvitation, setStaffStatus, staffMember,
} from './administration.ts';
import { AcceptInvitationPage, AdminHomePage, InvitePage, StaffDetailPage, StaffListPage, type InviteValues } from './views/admin.tsx';
import { MessagePage } from './views/register.tsx';

const SECTIONS: { href: string; key: string; permission: Permission }[] = [
  { href: '/verwaltung/benutzer', key: 'staff', permission: 'user.read' },
  { href: '/verwaltung/protokoll', key: 'auditLog', permission: 'audit.read' },
  { href: '/verwaltung/postausgang', key: 'outbox', permission: 'mail.read' },
  { href: '/verwaltung/anmeldedienste', key: 'identityProviders', permission: 'identity_provider.manage' },
  { href: '/verwaltung/quellen', key: 'federation', permission: 'federation.manage' },
  { href: '/verwaltung/veranstaltungen', key: 'events', permission: 'event.manage' },
  { href: '/verwaltung/angebote', key: 'services', permission: 'service.propose' },
  { href: '/verwaltung/redaktion', key: 'review', permission: 'service.review' },
];

/** Answers 404 for a record outside the actor's reach, after the transaction that audited it committed. */
function found<T>(value: T | null): T {
  if (value === null) throw new NotFoundError();
  return value;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v == null || v === '' ? [] : [String(v)]);

export const adminRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  // With SMTP each mail is delivered by the job queue; without, it stays in the outbox.
  const mail = app.mail;

  app.get('/verwaltung', { config: { permission: 'account.read' }, schema: { hide: true } }, async (req, reply) => {
    const sections = SECTIONS.filter((s) => can(req.actor, s.permission) || canAfterSecondFactor(req.actor, s.permission));
    return reply.page(<AdminHomePage sections={sections} />);
  });

  app.get('/verwaltung/benutzer', { config: { permission: 'user.read' }, schema: { hide: true } }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const filter = { q: (q.q ?? '').slice(0, 100), role: q.role ?? '', status: q.status ?? '' };
    const page = Math.max(1, Math.min(10_000, Number.parseInt(q.seite ?? '1', 10) || 1));
    const everyone = administeredOrganizations(req.actor) === 'all';
    const result = await auditedTransaction(db(), requestContext(req), (tx) => listStaff(tx, requestContext(req), { ...filter, page }));
    const t = translator(req.lang);
    const notice = q.eingeladen ? t('admin.invite.sent') : undefined;
    return reply.page(<StaffListPage rows={result.rows} total={result.total} page={page} perPage={STAFF_PAGE_SIZE} filter={filter}
      roleOptions={everyone ? [...GLOBAL_ROLES, ...ORGANIZATION_ROLES] : ORGANIZATION_ROLES} canInvite={can(req.actor, 'user.invite')} notice={notice} />);
  });

  const invitePage = async (req: FastifyRequest, reply: FastifyReply, values: InviteValues, errors: { field: string; message: string }[], status = 200) => {
    const everyone = administeredOrganizations(req.actor) === 'all';
    const organizations = await grantableOrganizations(db(), requestContext(req));
    return reply.page(<InvitePage csrf={reply.generateCsrf()} values={values} errors={errors} globalRoles={everyone ? GLOBAL_ROLES : []}
      organizationRoles={ORGANIZATION_ROLES} organizations={organizations} />, status);
  };

  app.get('/verwaltung/benutzer/einladen', { config: { permission: 'user.invite' }, schema: { hide: true } }, async (req, reply) =>
    invitePage(req, reply, { displayName: '', email: '', roles: [], organizationId: '', organizationRoles: [] }, []));

  app.post('/verwaltung/benutzer/einladen', { config: { permission: 'user.invite' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const values: InviteValues = {
      displayName: String(b.displayName ?? '').slice(0, 200), email: String(b.email ?? '').slice(0, 300),
      roles: list(b.roles), organizationId: String(b.organizationId ?? ''), organizationRoles: list(b.organizationRoles),
    };
    const result = await auditedTransaction(db(), requestContext(req), (tx) => inviteStaff(tx, requestContext(req), mail, values, publicBaseUrl(app.config, req), req.lang));
    if (!result.ok) return invitePage(req, reply, values, result.problems.map((p) => ({ field: p.field, message: t(p.key) })), 400);
    return reply.redirect('/verwaltung/benutzer?eingeladen=1', 303);
  });

  const detailPage = async (req: FastifyRequest, reply: FastifyReply, id: string, errors: { field: string; message: string }[] = [], status = 200) => {
    const ctx = requestContext(req);
    const [m, organizations] = await auditedTransaction(db(), requestContext(req), async (tx) => [await staffMember(tx, ctx, id), await grantableOrganizations(tx, ctx)] as const);
    const member = found(m);
    const t = translator(req.lang);
    const n = (req.query as { gespeichert?: string }).gespeichert;
    return reply.page(<StaffDetailPage csrf={reply.generateCsrf()} member={member} organizations={organizations} errors={errors}
      isAdministrator={administeredOrganizations(req.actor) === 'all'} isSelf={req.actor.kind === 'user' && req.actor.userId === id}
      notice={n ? t(`admin.staff.saved.${n === 'rollen' ? 'roles' : n === 'deaktiviert' ? 'deactivated' : n === 'aktiviert' ? 'activated' : 'resent'}`) : undefined} />, status);
  };

  app.get('/verwaltung/benutzer/:id', { config: { permission: 'user.read' }, schema: { hide: true } }, async (req, reply) =>
    detailPage(req, reply, (req.params as { id: string }).id));

  app.post('/verwaltung/benutzer/:id/rollen', { config: { permission: 'user.update' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { id } = req.params as { id: string };
    const b = (req.body ?? {}) as Record<string, unknown>;
    const organizationRoles: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(b)) if (k.startsWith('org.')) organizationRoles[k.slice(4)] = list(v);
    // Administrators may add roles at an organisation the person does not belong to yet.
    const added = String(b.addOrganizationId ?? '');
    if (added && list(b.addOrganizationRoles).length) organizationRoles[added] = [...new Set([...(organizationRoles[added] ?? []), ...list(b.addOrganizationRoles)])];
    // Every organisation the form showed is sent, also with no box ticked (all roles there removed).
    const shown = await grantableOrganizations(db(), requestContext(req));
    const everyone = administeredOrganizations(req.actor) === 'all';
    const member = found(await auditedTransaction(db(), requestContext(req), (tx) => staffMember(tx, requestContext(req), id)));
    for (const o of shown) {
      const visible = everyone ? member.memberships.some((m) => m.organizationId === o.id) : true;
      if (visible && !(o.id in organizationRoles)) organizationRoles[o.id] = [];
    }
    const result = found(await auditedTransaction(db(), requestContext(req), (tx) => changeRoles(tx, requestContext(req), id, { roles: everyone ? list(b.roles) : [], organizationRoles })));
    if (!result.ok) return detailPage(req, reply, id, result.problems.map((p) => ({ field: p.field, message: t(p.key) })), 400);
    return reply.redirect(`/verwaltung/benutzer/${id}?gespeichert=rollen`, 303);
  });

  for (const [path, status, notice] of [['deaktivieren', 'deactivated', 'deaktiviert'], ['aktivieren', 'active', 'aktiviert']] as const) {
    app.post(`/verwaltung/benutzer/:id/${path}`, { config: { permission: 'user.update' }, schema: { hide: true } }, async (req, reply) => {
      const t = translator(req.lang);
      const { id } = req.params as { id: string };
      const result = found(await auditedTransaction(db(), requestContext(req), (tx) => setStaffStatus(tx, requestContext(req), id, status)));
      if (result !== 'done') return detailPage(req, reply, id, [{ field: '', message: t(`admin.errors.status.${result}`) }], 400);
      return reply.redirect(`/verwaltung/benutzer/${id}?gespeichert=${notice}`, 303);
    });
  }

  app.post('/verwaltung/benutzer/:id/einladung-erneut', { config: { permission: 'user.update' }, schema: { hide: true } }, async (req, reply) => {
    const { id } = req.params as { id: string };
    found(await auditedTransaction(db(), requestContext(req), (tx) => resendInvitation(tx, requestContext(req), mail, id, publicBaseUrl(app.config, req), req.lang)));
    return reply.redirect(`/verwaltung/benutzer/${id}?gespeichert=erneut`, 303);
  });

  const invitationProblem = (req: FastifyRequest, reply: FastifyReply, state: 'expired' | 'used' | 'unknown') => {
    const t = translator(req.lang);
    return reply.page(<MessagePage title={t(`admin.accept.${state}Title`)} text={t('admin.accept.problemText')} link={{ href: '/anmelden', label: t('signin.title') }} />, 410);
  };

  app.get('/einladung/:token', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const s = await invitationState(db(), token);
    if (s.state !== 'valid') return invitationProblem(req, reply, s.state);
    reply.header('referrer-policy', 'no-referrer');
    return reply.page(<AcceptInvitationPage csrf={reply.generateCsrf()} token={token} displayName={s.displayName} email={s.email} errors={[]} />);
  });

  app.post('/einladung/:token', { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { token } = req.params as { token: string };
    const { password } = z.object({ password: z.string().default('') }).parse(req.body ?? {});
    const ctx = requestContext(req);
    const result = await auditedTransaction(db(), requestContext(req), async (tx) => {
      const r = await acceptInvitation(tx, ctx, token, password);
      if (!r.ok) return { r };
      const session = await createSession(tx, r.userId, { ip: req.ip, userAgent: req.headers['user-agent'] }, app.config.sessions);
      return { r, token: session.token };
    });
    if (!result.r.ok) {
      if ('state' in result.r) return invitationProblem(req, reply, result.r.state);
      const s = await invitationState(db(), token);
      return reply.page(<AcceptInvitationPage csrf={reply.generateCsrf()} token={token} displayName={s.state === 'valid' ? s.displayName : ''} email={s.state === 'valid' ? s.email : ''}
        errors={[{ field: 'password', message: t(`register.errors.password.${result.r.problem}`) }]} />, 400);
    }
    // Signed in right away; who sees personal data sets up the second factor first.
    reply.setCookie(SESSION_COOKIE, result.token!, sessionCookieOptions(app.config));
    const session = await resolveSession(db(), result.token, app.config.sessions);
    return reply.redirect(session && needsSecondFactor(session.actor) ? '/konto/zwei-faktor?weiter=%2Fkonto' : '/konto', 303);
  });
};

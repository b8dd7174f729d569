import type { ComponentChildren } from 'preact';
import { Layout, type Crumb } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, ErrorSummary, Pagination, SelectField, TableHead, TextField, type FieldError } from '../../../platform/views/components.tsx';
import type { GlobalRole, OrganizationRole } from '../../../platform/policy.ts';
import type { StaffRow } from '../administration.ts';

export type AdminSection = { href: string; key: string };

/** Frame of every administration page: title, breadcrumbs up to "Verwaltung". */
export function AdminLayout(props: { title: string; crumbs?: Crumb[]; children: ComponentChildren }) {
  const { t } = useView();
  return (
    <Layout title={props.title} crumbs={[{ href: '/konto', label: t('account.title') }, { href: '/verwaltung', label: t('admin.title') }, ...(props.crumbs ?? [{ label: props.title }])]} noindex wide>
      {props.children}
    </Layout>
  );
}

export function AdminHomePage(props: { sections: AdminSection[] }) {
  const { t } = useView();
  return (
    <Layout title={t('admin.title')} crumbs={[{ href: '/konto', label: t('account.title') }, { label: t('admin.title') }]} noindex>
      <h1 class="kern-heading-large">{t('admin.title')}</h1>
      {props.sections.length ? (
        <ul class="card-list">
          {props.sections.map((s) => (
            <li key={s.href} class="kern-card"><div class="kern-card__container"><div class="kern-card__body">
              <h2 class="kern-heading-small"><A href={s.href}>{t(`admin.sections.${s.key}.title`)}</A></h2>
              <p class="kern-body">{t(`admin.sections.${s.key}.text`)}</p>
            </div></div></li>
          ))}
        </ul>
      ) : <p class="kern-body">{t('admin.nothing')}</p>}
    </Layout>
  );
}

function RoleBadges(props: { roles: GlobalRole[]; memberships: { organizationName: string; role: OrganizationRole }[] }) {
  const { t } = useView();
  return (
    <ul class="role-list">
      {props.roles.map((r) => <li key={r}>{t(`admin.roles.${r}`)}</li>)}
      {props.memberships.map((m) => <li key={`${m.organizationName}-${m.role}`}>{t(`admin.roles.${m.role}`)} · {m.organizationName}</li>)}
    </ul>
  );
}

function StatusBadge(props: { status: string }) {
  const { t } = useView();
  return <Badge tone={props.status === 'active' ? 'success' : props.status === 'invited' ? 'info' : 'danger'}>{t(`admin.status.${props.status}`)}</Badge>;
}

export function StaffListPage(props: { rows: StaffRow[]; total: number; page: number; perPage: number; filter: { q: string; role: string; status: string }; roleOptions: string[]; canInvite: boolean; notice?: string }) {
  const v = useView();
  const { t, fmt } = v;
  const href = (page: number) => {
    const q = new URLSearchParams({ ...props.filter, seite: String(page) });
    for (const [k, val] of [...q.entries()]) if (!val) q.delete(k);
    return `/verwaltung/benutzer?${q}`;
  };
  return (
    <AdminLayout title={t('admin.staff.title')}>
      <h1 class="kern-heading-large">{t('admin.staff.title')}</h1>
      {props.notice ? <Alert tone="success" title={props.notice} role="status" /> : null}
      {props.canInvite ? <p><A class="kern-btn kern-btn--primary" href="/verwaltung/benutzer/einladen"><span class="kern-label">{t('admin.invite.title')}</span></A></p> : null}
      <form method="get" action="/verwaltung/benutzer" class="filter-row" role="search" aria-label={t('admin.staff.filter')}>
        <TextField id="q" label={t('admin.staff.search')} type="search" value={props.filter.q} autocomplete="off" />
        <SelectField id="role" label={t('admin.staff.role')} value={props.filter.role} any={t('admin.staff.anyRole')}
          options={props.roleOptions.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))} />
        <SelectField id="status" label={t('admin.staff.statusLabel')} value={props.filter.status} any={t('admin.staff.anyStatus')}
          options={['active', 'invited', 'deactivated'].map((x) => ({ value: x, label: t(`admin.status.${x}`) }))} />
        <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('admin.staff.apply')}</span></button>
      </form>
      <p class="kern-body" role="status">{t('admin.staff.count', { count: props.total })}</p>
      {props.rows.length ? (
        <table class="kern-table data-table">
          <caption class="kern-sr-only">{t('admin.staff.title')}</caption>
          <TableHead columns={[t('admin.staff.name'), t('admin.staff.roles'), t('admin.staff.statusLabel'), t('admin.staff.secondFactor'), t('admin.staff.lastSignIn')]} />
          <tbody class="kern-table__body">
            {props.rows.map((r) => (
              <tr class="kern-table__row" key={r.id}>
                <td class="kern-table__cell"><A href={`/verwaltung/benutzer/${r.id}`}>{r.displayName}</A><br /><span class="muted">{r.email}</span></td>
                <td class="kern-table__cell"><RoleBadges roles={r.roles} memberships={r.memberships} /></td>
                <td class="kern-table__cell"><StatusBadge status={r.status} /></td>
                <td class="kern-table__cell">{r.secondFactor ? t('admin.staff.yes') : t('admin.staff.no')}</td>
                <td class="kern-table__cell">{r.lastSignInAt ? fmt.date(r.lastSignInAt) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="kern-body">{t('admin.staff.none')}</p>}
      <Pagination page={props.page} total={props.total} perPage={props.perPage} hrefFor={href} />
    </AdminLayout>
  );
}

function RoleChecks(props: { name: string; idPrefix: string; roles: string[]; checked: string[]; legend: string; error?: string }) {
  const { t } = useView();
  return (
    <fieldset class={`kern-fieldset${props.error ? ' kern-fieldset--error' : ''}`} id={props.idPrefix} aria-describedby={props.error ? `${props.idPrefix}-error` : undefined}>
      <legend class="kern-label">{props.legend}</legend>
      {props.error ? <p class="kern-error" id={`${props.idPrefix}-error`}>{props.error}</p> : null}
      <div class="kern-fieldset__body">
        {props.roles.map((r) => (
          <div class="kern-form-check" key={r}>
            <input class="kern-form-check__checkbox" type="checkbox" id={`${props.idPrefix}-${r}`} name={props.name} value={r} checked={props.checked.includes(r)} />
            <label class="kern-label" for={`${props.idPrefix}-${r}`}>{t(`admin.roles.${r}`)} <span class="muted">– {t(`admin.roleHints.${r}`)}</span></label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export type InviteValues = { displayName: string; email: string; roles: string[]; organizationId: string; organizationRoles: string[] };

export function InvitePage(props: { csrf: string; values: InviteValues; errors: FieldError[]; globalRoles: GlobalRole[]; organizationRoles: OrganizationRole[]; organizations: { id: string; name: string }[] }) {
  const { t } = useView();
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  const vals = props.values;
  return (
    <AdminLayout title={t('admin.invite.title')} crumbs={[{ href: '/verwaltung/benutzer', label: t('admin.staff.title') }, { label: t('admin.invite.title') }]}>
      <h1 class="kern-heading-large">{t('admin.invite.title')}</h1>
      <p class="kern-body">{t('admin.invite.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/verwaltung/benutzer/einladen" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <TextField id="displayName" label={t('admin.invite.name')} type="text" value={vals.displayName} autocomplete="off" error={err('displayName')} />
        <TextField id="email" label={t('signin.email')} type="email" value={vals.email} autocomplete="off" hint={t('admin.invite.emailHint')} error={err('email')} />
        {props.globalRoles.length ? <RoleChecks name="roles" idPrefix="roles" roles={props.globalRoles} checked={vals.roles} legend={t('admin.invite.globalRoles')} error={err('roles')} /> : null}
        <SelectField id="organizationId" label={t('admin.invite.organization')} value={vals.organizationId} error={err('organizationId')}
          any={props.globalRoles.length ? t('admin.invite.noOrganization') : undefined} options={props.organizations.map((o) => ({ value: o.id, label: o.name }))} />
        <RoleChecks name="organizationRoles" idPrefix="organizationRoles" roles={props.organizationRoles} checked={vals.organizationRoles} legend={t('admin.invite.organizationRoles')}
          error={props.globalRoles.length ? undefined : err('roles')} />
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('admin.invite.submit')}</span></button>
      </form>
    </AdminLayout>
  );
}

export type StaffDetail = {
  id: string; displayName: string; email: string; status: string; secondFactor: boolean; createdAt: Date; lastSignInAt: Date | null; roles: GlobalRole[];
  memberships: { organizationId: string; organizationName: string; role: OrganizationRole; editable: boolean }[];
};

export function StaffDetailPage(props: { csrf: string; member: StaffDetail; isAdministrator: boolean; isSelf: boolean; organizations: { id: string; name: string }[]; errors: FieldError[]; notice?: string }) {
  const { t, fmt } = useView();
  const m = props.member;
  const editableOrgs = props.organizations.filter((o) => props.isAdministrator ? m.memberships.some((x) => x.organizationId === o.id) : true);
  const rolesIn = (orgId: string) => m.memberships.filter((x) => x.organizationId === orgId).map((x) => x.role);
  return (
    <AdminLayout title={m.displayName} crumbs={[{ href: '/verwaltung/benutzer', label: t('admin.staff.title') }, { label: m.displayName }]}>
      <h1 class="kern-heading-large">{m.displayName}</h1>
      {props.notice ? <Alert tone="success" title={props.notice} role="status" /> : null}
      <dl class="kern-description-list">
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('signin.email')}</dt><dd class="kern-description-list-item__value">{m.email}</dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('admin.staff.statusLabel')}</dt><dd class="kern-description-list-item__value"><StatusBadge status={m.status} /></dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('admin.staff.secondFactor')}</dt><dd class="kern-description-list-item__value">{m.secondFactor ? t('admin.staff.yes') : t('admin.staff.no')}</dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('admin.staff.since')}</dt><dd class="kern-description-list-item__value">{fmt.date(m.createdAt)}</dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('admin.staff.lastSignIn')}</dt><dd class="kern-description-list-item__value">{m.lastSignInAt ? fmt.date(m.lastSignInAt) : '–'}</dd></div>
      </dl>
      <section aria-labelledby="roles-heading" class="section">
        <h2 id="roles-heading" class="kern-heading-medium">{t('admin.staff.roles')}</h2>
        <ErrorSummary errors={props.errors} />
        <form method="post" action={`/verwaltung/benutzer/${m.id}/rollen`} class="form" novalidate>
          <input type="hidden" name="_csrf" value={props.csrf} />
          {props.isAdministrator
            ? <RoleChecks name="roles" idPrefix="roles" roles={['directory_editor', 'caseworker', 'team_lead', 'planner', 'data_protection_officer', 'administrator']} checked={m.roles} legend={t('admin.invite.globalRoles')} error={props.errors.find((e) => e.field === 'roles')?.message} />
            : null}
          {editableOrgs.map((o) => (
            <RoleChecks key={o.id} name={`org.${o.id}`} idPrefix={`org-${o.id}`} roles={['org_admin', 'editor', 'counsellor']} checked={rolesIn(o.id)} legend={t('admin.staff.rolesIn', { organization: o.name })} />
          ))}
          {m.memberships.filter((x) => !x.editable).map((x) => <p class="kern-body" key={`${x.organizationId}-${x.role}`}>{t(`admin.roles.${x.role}`)} · {x.organizationName}</p>)}
          {props.isAdministrator ? (
            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t('admin.staff.addOrganization')}</legend>
              <div class="kern-fieldset__body">
                <SelectField id="addOrganizationId" label={t('admin.invite.organization')} value="" any={t('admin.invite.noOrganization')}
                  options={props.organizations.filter((o) => !m.memberships.some((x) => x.organizationId === o.id)).map((o) => ({ value: o.id, label: o.name }))} />
                <RoleChecks name="addOrganizationRoles" idPrefix="addOrganizationRoles" roles={['org_admin', 'editor', 'counsellor']} checked={[]} legend={t('admin.invite.organizationRoles')} />
              </div>
            </fieldset>
          ) : null}
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('admin.staff.saveRoles')}</span></button>
        </form>
      </section>
      {props.isAdministrator && !props.isSelf ? (
        <section aria-labelledby="access-heading" class="section">
          <h2 id="access-heading" class="kern-heading-medium">{t('admin.staff.access')}</h2>
          <div class="button-row">
            {m.status === 'invited' ? (
              <form method="post" action={`/verwaltung/benutzer/${m.id}/einladung-erneut`}>
                <input type="hidden" name="_csrf" value={props.csrf} />
                <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('admin.staff.resend')}</span></button>
              </form>
            ) : null}
            {m.status === 'deactivated' ? (
              <form method="post" action={`/verwaltung/benutzer/${m.id}/aktivieren`}>
                <input type="hidden" name="_csrf" value={props.csrf} />
                <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('admin.staff.activate')}</span></button>
              </form>
            ) : (
              <form method="post" action={`/verwaltung/benutzer/${m.id}/deaktivieren`}>
                <input type="hidden" name="_csrf" value={props.csrf} />
                <p class="kern-body">{t('admin.staff.deactivateText')}</p>
                <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('admin.staff.deactivate')}</span></button>
              </form>
            )}
          </div>
        </section>
      ) : null}
    </AdminLayout>
  );
}

/** The invited person chooses a password. */
export function AcceptInvitationPage(props: { csrf: string; token: string; displayName: string; email: string; errors: FieldError[] }) {
  const { t } = useView();
  return (
    <Layout title={t('admin.accept.title')} crumbs={[{ label: t('admin.accept.title') }]} noindex>
      <h1 class="kern-heading-large">{t('admin.accept.title')}</h1>
      <p class="kern-body">{t('admin.accept.lead', { name: props.displayName, email: props.email })}</p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/einladung/${props.token}`} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="username" value={props.email} autocomplete="username" />
        <TextField id="password" label={t('signin.password')} type="password" autocomplete="new-password" hint={t('register.passwordHint')} error={props.errors[0]?.message} />
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('admin.accept.submit')}</span></button>
      </form>
    </Layout>
  );
}

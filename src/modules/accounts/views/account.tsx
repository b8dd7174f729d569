import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, ErrorSummary, TextField, type FieldError } from '../../../platform/views/components.tsx';

export type AccountView = {
  errors: FieldError[];
  csrf: string; displayName: string; email: string; pendingEmail: string | null; kind: 'citizen' | 'staff';
  secondFactor: boolean; administration: boolean; newEmail: string; notice?: string;
  /** Without a password (signs in through a sign-in service only), deletion is confirmed with the e-mail address. */
  hasPassword: boolean;
  sessions: { id: string; current: boolean; createdAt: Date; lastSeenAt: Date; userAgent: string | null; ip: string | null }[];
  /** Sign-in services (BundID, the municipality's staff login …) linked to the account. */
  signInServices: { providerId: string; name: string; linkedAt: Date }[];
};

export function AccountPage(props: { a: AccountView }) {
  const v = useView();
  const { t, fmt } = v;
  const a = props.a;
  const when = (d: Date) => `${fmt.date(d)} ${d.toLocaleTimeString(v.lang === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' })}`;
  return (
    <Layout title={t('account.title')} crumbs={[{ label: t('account.title') }]} noindex>
      <h1 class="kern-heading-large">{t('account.heading', { name: a.displayName })}</h1>
      {a.notice ? <Alert tone="success" title={a.notice} role="status" /> : null}
      <dl class="kern-description-list">
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('signin.email')}</dt><dd class="kern-description-list-item__value">{a.email}
          {a.pendingEmail ? <><br /><span class="muted">{t('account.pendingEmail', { email: a.pendingEmail })}</span></> : null}</dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('account.kind')}</dt><dd class="kern-description-list-item__value">{t(`account.kinds.${a.kind}`)}</dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('secondFactor.title')}</dt><dd class="kern-description-list-item__value">
          {a.secondFactor ? t('account.secondFactorOn') : t('account.secondFactorNone')} · <A href="/konto/zwei-faktor">{a.secondFactor ? t('account.secondFactorManage') : t('account.secondFactorSetUp')}</A></dd></div>
      </dl>
      {a.administration ? <p><A class="kern-btn kern-btn--secondary" href="/verwaltung"><span class="kern-label">{t('admin.title')}</span></A></p> : null}
      <section aria-labelledby="registrations" class="section">
        <h2 id="registrations" class="kern-heading-medium">{t('events.mine.title')}</h2>
        <p class="kern-body">{t('account.registrationsText')}</p>
        <p><A href="/konto/anmeldungen">{t('account.registrationsLink')}</A></p>
      </section>
      <section aria-labelledby="sessions" class="section">
        <h2 id="sessions" class="kern-heading-medium">{t('account.sessions')}</h2>
        <table class="kern-table kern-table--small">
          <caption class="kern-sr-only">{t('account.sessions')}</caption>
          <thead class="kern-table__header"><tr class="kern-table__row">
            <th scope="col" class="kern-table__cell">{t('account.device')}</th>
            <th scope="col" class="kern-table__cell">{t('account.since')}</th>
            <th scope="col" class="kern-table__cell">{t('account.lastSeen')}</th>
            <th scope="col" class="kern-table__cell"><span class="kern-sr-only">{t('account.endSession')}</span></th>
          </tr></thead>
          <tbody class="kern-table__body">
            {a.sessions.map((s) => (
              <tr class="kern-table__row" key={s.id}>
                <td class="kern-table__cell">{s.userAgent ?? '–'}{s.current ? <strong> ({t('account.thisSession')})</strong> : null}</td>
                <td class="kern-table__cell">{when(s.createdAt)}</td>
                <td class="kern-table__cell">{when(s.lastSeenAt)}</td>
                <td class="kern-table__cell">
                  <form method="post" action="/konto/sitzungen/beenden">
                    <input type="hidden" name="_csrf" value={a.csrf} />
                    <input type="hidden" name="session" value={s.id} />
                    <button class="kern-btn kern-btn--tertiary kern-btn--small" type="submit"><span class="kern-label">{t('account.endSession')}<span class="kern-sr-only">: {s.userAgent ?? ''} {when(s.lastSeenAt)}</span></span></button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="button-row">
          <form method="post" action="/abmelden">
            <input type="hidden" name="_csrf" value={a.csrf} />
            <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('account.signOut')}</span></button>
          </form>
          <form method="post" action="/konto/ueberall-abmelden">
            <input type="hidden" name="_csrf" value={a.csrf} />
            <button class="kern-btn kern-btn--tertiary" type="submit"><span class="kern-label">{t('account.signOutEverywhere')}</span></button>
          </form>
        </div>
      </section>
      {a.signInServices.length || a.errors.some((e) => e.field === 'sign-in-services') ? (
        <section aria-labelledby="sign-in-services" class="section">
          <h2 id="sign-in-services" class="kern-heading-medium">{t('account.signInServices')}</h2>
          {a.signInServices.length ? <p class="kern-body">{a.hasPassword || a.signInServices.length > 1 ? t('account.signInServicesText') : t('account.signInServicesOnly')}
            {!a.hasPassword ? <> <A href="/passwort-vergessen">{t('account.setPassword')}</A></> : null}</p> : null}
          <ErrorSummary errors={a.errors.filter((e) => e.field === 'sign-in-services')} />
          {a.signInServices.length ? (
            <table class="kern-table kern-table--small" id="sign-in-services-list">
              <caption class="kern-sr-only">{t('account.signInServices')}</caption>
              <thead class="kern-table__header"><tr class="kern-table__row">
                <th scope="col" class="kern-table__cell">{t('account.signInService')}</th>
                <th scope="col" class="kern-table__cell">{t('account.linkedSince')}</th>
                <th scope="col" class="kern-table__cell"><span class="kern-sr-only">{t('account.unlink')}</span></th>
              </tr></thead>
              <tbody class="kern-table__body">
                {a.signInServices.map((s) => (
                  <tr class="kern-table__row" key={s.providerId}>
                    <td class="kern-table__cell">{s.name}</td>
                    <td class="kern-table__cell">{fmt.date(s.linkedAt)}</td>
                    <td class="kern-table__cell">
                      <form method="post" action="/konto/anmeldedienste/loesen">
                        <input type="hidden" name="_csrf" value={a.csrf} />
                        <input type="hidden" name="provider" value={s.providerId} />
                        <button class="kern-btn kern-btn--tertiary kern-btn--small" type="submit"><span class="kern-label">{t('account.unlink')}<span class="kern-sr-only">: {s.name}</span></span></button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="change-email" class="section">
        <h2 id="change-email" class="kern-heading-medium">{t('account.changeEmail')}</h2>
        <p class="kern-body">{t('account.changeEmailText')}</p>
        <ErrorSummary errors={a.errors.filter((e) => e.field.endsWith('email') || e.field === 'email-password')} />
        <form method="post" action="/konto/email" class="form" novalidate>
          <input type="hidden" name="_csrf" value={a.csrf} />
          <TextField id="new-email" name="email" label={t('account.newEmail')} type="email" value={a.newEmail} autocomplete="email" error={a.errors.find((e) => e.field === 'new-email')?.message} />
          <TextField id="email-password" name="password" label={t('account.currentPassword')} type="password" autocomplete="current-password" error={a.errors.find((e) => e.field === 'email-password')?.message} />
          <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('account.changeEmailSubmit')}</span></button>
        </form>
      </section>
      <section aria-labelledby="your-data" class="section">
        <h2 id="your-data" class="kern-heading-medium">{t('account.yourData')}</h2>
        <p class="kern-body">{t('account.downloadText')}</p>
        <p><a class="kern-link" href="/konto/daten.json" download>{t('account.download')}</a></p>
        {a.kind === 'citizen' ? (
          <>
            <h3 class="kern-heading-small">{t('account.deleteTitle')}</h3>
            <p class="kern-body">{t('account.deleteText')}</p>
            <ErrorSummary errors={a.errors.filter((e) => e.field === 'delete-password')} />
            <form method="post" action="/konto/loeschen" class="form" novalidate>
              <input type="hidden" name="_csrf" value={a.csrf} />
              {a.hasPassword
                ? <TextField id="delete-password" name="password" label={t('account.deletePassword')} type="password" autocomplete="current-password" error={a.errors.find((e) => e.field === 'delete-password')?.message} />
                : <TextField id="delete-password" name="password" label={t('account.deleteEmail')} type="email" autocomplete="off" error={a.errors.find((e) => e.field === 'delete-password')?.message} />}
              <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('account.delete')}</span></button>
            </form>
          </>
        ) : <p class="kern-body">{t('account.staffDelete')} <A href="/impressum">{t('footer.imprint')}</A></p>}
      </section>
    </Layout>
  );
}

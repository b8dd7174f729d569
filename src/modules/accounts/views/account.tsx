import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, ErrorSummary, type FieldError } from '../../../platform/views/components.tsx';

export type AccountView = {
  errors: FieldError[];
  csrf: string; displayName: string; email: string; kind: 'citizen' | 'staff';
  sessions: { id: string; current: boolean; createdAt: Date; lastSeenAt: Date; userAgent: string | null; ip: string | null }[];
};

export function AccountPage(props: { a: AccountView }) {
  const v = useView();
  const { t, fmt } = v;
  const a = props.a;
  const when = (d: Date) => `${fmt.date(d)} ${d.toLocaleTimeString(v.lang === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' })}`;
  return (
    <Layout title={t('account.title')} crumbs={[{ label: t('account.title') }]} noindex>
      <h1 class="kern-heading-large">{t('account.heading', { name: a.displayName })}</h1>
      <dl class="kern-description-list">
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('signin.email')}</dt><dd class="kern-description-list-item__value">{a.email}</dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('account.kind')}</dt><dd class="kern-description-list-item__value">{t(`account.kinds.${a.kind}`)}</dd></div>
      </dl>
      <section aria-labelledby="sessions" class="section">
        <h2 id="sessions" class="kern-heading-medium">{t('account.sessions')}</h2>
        <table class="kern-table kern-table--small">
          <caption class="kern-sr-only">{t('account.sessions')}</caption>
          <thead class="kern-table__header"><tr class="kern-table__row">
            <th scope="col" class="kern-table__cell">{t('account.device')}</th>
            <th scope="col" class="kern-table__cell">{t('account.since')}</th>
            <th scope="col" class="kern-table__cell">{t('account.lastSeen')}</th>
          </tr></thead>
          <tbody class="kern-table__body">
            {a.sessions.map((s) => (
              <tr class="kern-table__row" key={s.id}>
                <td class="kern-table__cell">{s.userAgent ?? '–'}{s.current ? <strong> ({t('account.thisSession')})</strong> : null}</td>
                <td class="kern-table__cell">{when(s.createdAt)}</td>
                <td class="kern-table__cell">{when(s.lastSeenAt)}</td>
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
      <section aria-labelledby="your-data" class="section">
        <h2 id="your-data" class="kern-heading-medium">{t('account.yourData')}</h2>
        <p class="kern-body">{t('account.downloadText')}</p>
        <p><a class="kern-link" href="/konto/daten.json" download>{t('account.download')}</a></p>
        {a.kind === 'citizen' ? (
          <>
            <h3 class="kern-heading-small">{t('account.deleteTitle')}</h3>
            <p class="kern-body">{t('account.deleteText')}</p>
            <ErrorSummary errors={a.errors} />
            <form method="post" action="/konto/loeschen" class="form" novalidate>
              <input type="hidden" name="_csrf" value={a.csrf} />
              <div class={`kern-form-input${a.errors.length ? ' kern-form-input--error' : ''}`}>
                <label class="kern-label" for="delete-password">{t('account.deletePassword')}</label>
                {a.errors.length ? <p class="kern-error" id="delete-password-error">{a.errors[0].message}</p> : null}
                <input class={`kern-form-input__input${a.errors.length ? ' kern-form-input__input--error' : ''}`} type="password" id="delete-password" name="password"
                  autocomplete="current-password" aria-describedby={a.errors.length ? 'delete-password-error' : undefined} aria-invalid={a.errors.length ? 'true' : undefined} />
              </div>
              <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('account.delete')}</span></button>
            </form>
          </>
        ) : <p class="kern-body">{t('account.staffDelete')} <A href="/impressum">{t('footer.imprint')}</A></p>}
      </section>
    </Layout>
  );
}

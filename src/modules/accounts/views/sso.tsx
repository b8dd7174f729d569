import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { Alert, ErrorSummary, TableHead, TextField as Field, type FieldError } from '../../../platform/views/components.tsx';
import { withLang } from '../../../platform/views/layout.tsx';

export type ProviderRow = {
  id: string; name: string; issuer: string; clientId: string; audience: 'staff' | 'citizen'; scopes: string;
  enabled: boolean; configuredIn: 'admin' | 'environment'; hasSecret: boolean; linkedAccounts: number;
};

export type ProviderFormValues = Partial<Record<'id' | 'name' | 'issuer' | 'clientId' | 'audience' | 'scopes', string>>;

/** The buttons "Sign in with …" on the sign-in page: plain links, so that the flow starts with a GET. */
export function SsoButtons(props: { providers: { id: string; name: string }[]; next?: string }) {
  const v = useView();
  if (!props.providers.length) return null;
  const query = props.next ? `?weiter=${encodeURIComponent(props.next)}` : '';
  return (
    <section aria-labelledby="sso" class="section">
      <h2 id="sso" class="kern-heading-small">{v.t('sso.signinWith')}</h2>
      <ul class="button-row sso-buttons">
        {props.providers.map((p) => (
          <li key={p.id}>
            <a class="kern-btn kern-btn--secondary" href={withLang(`/anmelden/sso/${encodeURIComponent(p.id)}${query}`, v.lang)}>
              <span class="kern-label">{v.t('sso.button', { name: p.name })}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ProvidersPage(props: { csrf: string; providers: ProviderRow[]; values: ProviderFormValues; errors: FieldError[]; added?: string }) {
  const v = useView();
  const { t } = v;
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  const action = (href: string) => withLang(href, v.lang);
  const added = props.providers.find((p) => p.id === props.added);
  return (
    <Layout title={t('sso.admin.title')} crumbs={[{ label: t('sso.admin.title') }]} noindex wide>
      <h1 class="kern-heading-large">{t('sso.admin.title')}</h1>
      <p class="kern-body">{t('sso.admin.lead')}</p>
      {added ? <Alert tone="success" title={t('sso.admin.added', { name: added.name })} role="status" /> : null}
      <section aria-labelledby="providers" class="section">
        <h2 id="providers" class="kern-heading-medium">{t('sso.admin.listTitle')}</h2>
        {props.providers.length ? (
          <div class="kern-table-responsive">
            <table class="kern-table kern-table--small">
              <caption class="kern-sr-only">{t('sso.admin.listTitle')}</caption>
              <TableHead columns={[t('sso.admin.name'), t('sso.admin.issuer'), t('sso.admin.audience'), t('sso.admin.status'), { label: t('sso.admin.linked'), numeric: true }, t('sso.admin.action')]} />
              <tbody class="kern-table__body">
                {props.providers.map((p) => (
                  <tr class="kern-table__row" key={p.id}>
                    <th scope="row" class="kern-table__cell">{p.name} ({p.id})</th>
                    <td class="kern-table__cell">{p.issuer}<br />{t('sso.admin.clientIdShort', { id: p.clientId })} · {t(p.hasSecret ? 'sso.admin.secretStored' : 'sso.admin.noSecret')}</td>
                    <td class="kern-table__cell">{t(`sso.audience.${p.audience}`)}</td>
                    <td class="kern-table__cell">{t(p.enabled ? 'sso.admin.enabled' : 'sso.admin.disabled')}</td>
                    <td class="kern-table__cell kern-table__cell--numeric">{p.linkedAccounts}</td>
                    <td class="kern-table__cell">
                      {p.configuredIn === 'environment' ? t('sso.admin.fromEnvironment') : (
                        <form method="post" action={action(`/verwaltung/anmeldedienste/${encodeURIComponent(p.id)}/status`)}>
                          <input type="hidden" name="_csrf" value={props.csrf} />
                          <input type="hidden" name="enabled" value={p.enabled ? 'false' : 'true'} />
                          <button class="kern-btn kern-btn--tertiary" type="submit">
                            <span class="kern-label">{t(p.enabled ? 'sso.admin.disable' : 'sso.admin.enable', { name: p.name })}</span>
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : <p class="kern-body">{t('sso.admin.none')}</p>}
      </section>
      <section aria-labelledby="add" class="section">
        <h2 id="add" class="kern-heading-medium">{t('sso.admin.addTitle')}</h2>
        <ErrorSummary errors={props.errors} />
        <form method="post" action={action('/verwaltung/anmeldedienste')} class="form" novalidate>
          <input type="hidden" name="_csrf" value={props.csrf} />
          <Field id="id" label={t('sso.admin.id')} type="text" value={props.values.id} autocomplete="off" hint={t('sso.admin.idHint')} error={err('id')} />
          <Field id="name" label={t('sso.admin.name')} type="text" value={props.values.name} autocomplete="off" hint={t('sso.admin.nameHint')} error={err('name')} />
          <Field id="issuer" label={t('sso.admin.issuer')} type="url" value={props.values.issuer} autocomplete="off" hint={t('sso.admin.issuerHint')} error={err('issuer')} />
          <Field id="clientId" label={t('sso.admin.clientId')} type="text" value={props.values.clientId} autocomplete="off" error={err('clientId')} />
          <Field id="clientSecret" label={t('sso.admin.clientSecret')} type="password" autocomplete="new-password" hint={t('sso.admin.clientSecretHint')} error={err('clientSecret')} />
          <fieldset class={`kern-fieldset${err('audience') ? ' kern-fieldset--error' : ''}`} aria-describedby={err('audience') ? 'audience-error' : undefined}>
            <legend class="kern-label">{t('sso.admin.audience')}</legend>
            <div class="kern-fieldset__body">
              {err('audience') ? <p class="kern-error" id="audience-error">{err('audience')}</p> : null}
              {(['staff', 'citizen'] as const).map((a, i) => (
                <div class="kern-form-check" key={a}>
                  <input class="kern-form-check__radio" type="radio" id={i === 0 ? 'audience' : `audience-${a}`} name="audience" value={a} checked={props.values.audience === a} />
                  <label class="kern-label" for={i === 0 ? 'audience' : `audience-${a}`}>{t(`sso.audience.${a}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <Field id="scopes" label={t('sso.admin.scopes')} type="text" value={props.values.scopes ?? 'openid email profile'} autocomplete="off" hint={t('sso.admin.scopesHint')} error={err('scopes')} />
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('sso.admin.submit')}</span></button>
        </form>
      </section>
    </Layout>
  );
}

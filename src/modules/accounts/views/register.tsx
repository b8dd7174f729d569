import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, ErrorSummary, TextField as Field, type FieldError } from '../../../platform/views/components.tsx';

export function RegisterPage(props: { csrf: string; values: { displayName?: string; email?: string }; errors: FieldError[] }) {
  const v = useView();
  const { t } = v;
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  return (
    <Layout title={t('register.title')} crumbs={[{ label: t('register.title') }]} noindex>
      <h1 class="kern-heading-large">{t('register.title')}</h1>
      <p class="kern-body">{t('register.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/registrieren" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        <Field id="displayName" label={t('register.name')} type="text" value={props.values.displayName} autocomplete="name" error={err('displayName')} />
        <Field id="email" label={t('signin.email')} type="email" value={props.values.email} autocomplete="email" error={err('email')} />
        <Field id="password" label={t('signin.password')} type="password" autocomplete="new-password" hint={t('register.passwordHint')} error={err('password')} />
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('register.submit')}</span></button>
      </form>
      <p class="kern-body">{t('register.haveAccount')} <A href="/anmelden">{t('signin.title')}</A></p>
    </Layout>
  );
}

/** A short page with a title, a text and, where useful, a form to ask for a new confirmation link. */
export function MessagePage(props: { title: string; text: string; resendCsrf?: string; resendEmail?: string; errors?: FieldError[]; link?: { href: string; label: string } }) {
  const v = useView();
  const { t } = v;
  return (
    <Layout title={props.title} noindex>
      <h1 class="kern-heading-large">{props.title}</h1>
      <p class="kern-body kern-body--large">{props.text}</p>
      <ErrorSummary errors={props.errors ?? []} />
      {props.resendCsrf ? (
        <form method="post" action="/bestaetigen/neu" class="form" novalidate>
          <input type="hidden" name="_csrf" value={props.resendCsrf} />
          <Field id="email" label={t('signin.email')} type="email" autocomplete="email" value={props.resendEmail} />
          <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('verify.resend')}</span></button>
        </form>
      ) : <p><A href={props.link?.href ?? '/anmelden'}>{props.link?.label ?? t('signin.title')}</A></p>}
    </Layout>
  );
}

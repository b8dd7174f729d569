import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { ErrorSummary, type FieldError } from '../../../platform/views/components.tsx';

export function ForgotPasswordPage(props: { csrf: string; email?: string; errors: FieldError[] }) {
  const v = useView();
  const { t } = v;
  const err = props.errors.find((e) => e.field === 'email')?.message;
  return (
    <Layout title={t('reset.title')} crumbs={[{ href: '/anmelden', label: t('signin.title') }, { label: t('reset.title') }]} noindex>
      <h1 class="kern-heading-large">{t('reset.title')}</h1>
      <p class="kern-body">{t('reset.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/passwort-vergessen" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="email">{t('signin.email')}</label>
          {err ? <p class="kern-error" id="email-error">{err}</p> : null}
          <input class={`kern-form-input__input${err ? ' kern-form-input__input--error' : ''}`} type="email" id="email" name="email" autocomplete="email"
            value={props.email ?? ''} aria-describedby={err ? 'email-error' : undefined} aria-invalid={err ? 'true' : undefined} />
        </div>
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('reset.send')}</span></button>
      </form>
    </Layout>
  );
}

export function NewPasswordPage(props: { csrf: string; token: string; errors: FieldError[] }) {
  const v = useView();
  const { t } = v;
  const err = props.errors.find((e) => e.field === 'password')?.message;
  return (
    <Layout title={t('reset.newTitle')} noindex>
      <h1 class="kern-heading-large">{t('reset.newTitle')}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/passwort-neu/${props.token}`} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="password">{t('reset.newPassword')}</label>
          <div class="kern-hint" id="password-hint">{t('register.passwordHint')}</div>
          {err ? <p class="kern-error" id="password-error">{err}</p> : null}
          <input class={`kern-form-input__input${err ? ' kern-form-input__input--error' : ''}`} type="password" id="password" name="password" autocomplete="new-password"
            aria-describedby={`password-hint${err ? ' password-error' : ''}`} aria-invalid={err ? 'true' : undefined} />
        </div>
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('reset.save')}</span></button>
      </form>
    </Layout>
  );
}

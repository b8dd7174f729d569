import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, ErrorSummary, type FieldError } from '../../../platform/views/components.tsx';
import { SsoButtons } from './sso.tsx';


export function SignInPage(props: { csrf: string; email?: string; errors: FieldError[]; next?: string; notice?: string; providers?: { id: string; name: string }[] }) {
  const v = useView();
  const { t } = v;
  const err = (f: string) => props.errors.find((e) => e.field === f);
  return (
    <Layout title={t('signin.title')} crumbs={[{ label: t('signin.title') }]} noindex>
      <h1 class="kern-heading-large">{t('signin.title')}</h1>
      {props.notice ? <p class="kern-body">{props.notice}</p> : null}
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/anmelden" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        {props.next ? <input type="hidden" name="weiter" value={props.next} /> : null}
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        <div class={`kern-form-input${err('email') ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="email">{t('signin.email')}</label>
          {err('email') ? <p class="kern-error" id="email-error">{err('email')!.message}</p> : null}
          <input class={`kern-form-input__input${err('email') ? ' kern-form-input__input--error' : ''}`} type="email" id="email" name="email"
            autocomplete="username" value={props.email ?? ''} required aria-describedby={err('email') ? 'email-error' : undefined} aria-invalid={err('email') ? 'true' : undefined} />
        </div>
        <div class={`kern-form-input${err('password') ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="password">{t('signin.password')}</label>
          {err('password') ? <p class="kern-error" id="password-error">{err('password')!.message}</p> : null}
          <input class={`kern-form-input__input${err('password') ? ' kern-form-input__input--error' : ''}`} type="password" id="password" name="password"
            autocomplete="current-password" required aria-describedby={err('password') ? 'password-error' : undefined} aria-invalid={err('password') ? 'true' : undefined} />
        </div>
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('signin.submit')}</span></button>
      </form>
      <SsoButtons providers={props.providers ?? []} next={props.next} />
      <p class="kern-body"><A href="/passwort-vergessen">{t('reset.title')}</A></p>
      <p class="kern-body">{t('signin.noAccount')} <A href="/registrieren">{t('register.title')}</A></p>
    </Layout>
  );
}

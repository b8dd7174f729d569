import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, ErrorSummary, GeneratedSvg, TextField, type FieldError } from '../../../platform/views/components.tsx';

function CodeForm(props: { action: string; csrf: string; next?: string; error?: string; id?: string; label?: string; submit: string; secondary?: boolean }) {
  const { t } = useView();
  const id = props.id ?? 'code';
  return (
    <form method="post" action={props.action} class="form" novalidate>
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.next ? <input type="hidden" name="weiter" value={props.next} /> : null}
      <TextField id={id} name="code" label={props.label ?? t('secondFactor.code')} type="text" autocomplete="one-time-code" hint={t('secondFactor.codeHint')} error={props.error} />
      <button class={`kern-btn ${props.secondary ? 'kern-btn--secondary' : 'kern-btn--primary'}`} type="submit"><span class="kern-label">{props.submit}</span></button>
    </form>
  );
}

/** The second step of signing in. */
export function SignInCodePage(props: { csrf: string; next?: string; errors: FieldError[] }) {
  const { t } = useView();
  return (
    <Layout title={t('secondFactor.signInTitle')} crumbs={[{ href: '/anmelden', label: t('signin.title') }, { label: t('secondFactor.signInTitle') }]} noindex>
      <h1 class="kern-heading-large">{t('secondFactor.signInTitle')}</h1>
      <p class="kern-body">{t('secondFactor.signInText')}</p>
      <ErrorSummary errors={props.errors} />
      <CodeForm action="/anmelden/code" csrf={props.csrf} next={props.next} error={props.errors.find((e) => e.field === 'code')?.message} submit={t('secondFactor.confirm')} />
      <p class="kern-body">{t('secondFactor.lostPhone')}</p>
      <p class="kern-body"><A href="/anmelden">{t('secondFactor.otherAccount')}</A></p>
    </Layout>
  );
}

const crumbs = (t: (k: string) => string) => [{ href: '/konto', label: t('account.title') }, { label: t('secondFactor.title') }];

/** Setting up: scan the QR code (or type the key), then confirm with the first code. */
export function SetupPage(props: { csrf: string; next?: string; qrSvg: string; secret: string; required: boolean; errors: FieldError[] }) {
  const { t } = useView();
  const grouped = props.secret.match(/.{1,4}/g)!.join(' ');
  return (
    <Layout title={t('secondFactor.setupTitle')} crumbs={crumbs(t)} noindex>
      <h1 class="kern-heading-large">{t('secondFactor.setupTitle')}</h1>
      {props.required ? <Alert tone="info" title={t('secondFactor.requiredTitle')}><p class="kern-body">{t('secondFactor.requiredText')}</p></Alert> : <p class="kern-body">{t('secondFactor.optionalText')}</p>}
      <ErrorSummary errors={props.errors} />
      <ol class="kern-list kern-list--numbered steps">
        <li>
          <h2 class="kern-heading-small">{t('secondFactor.step1')}</h2>
          <p class="kern-body">{t('secondFactor.step1Text')}</p>
        </li>
        <li>
          <h2 class="kern-heading-small">{t('secondFactor.step2')}</h2>
          <GeneratedSvg class="qr" label={t('secondFactor.qrLabel')} svg={props.qrSvg} />
          <p class="kern-body">{t('secondFactor.manualKey')}</p>
          <p class="kern-body"><code class="secret-key" translate={false}>{grouped}</code></p>
        </li>
        <li>
          <h2 class="kern-heading-small">{t('secondFactor.step3')}</h2>
          <CodeForm action="/konto/zwei-faktor" csrf={props.csrf} next={props.next} error={props.errors.find((e) => e.field === 'code')?.message} submit={t('secondFactor.enable')} />
        </li>
      </ol>
    </Layout>
  );
}

/** The recovery codes, shown once. */
export function RecoveryCodesPage(props: { codes: string[]; next: string }) {
  const { t } = useView();
  return (
    <Layout title={t('secondFactor.codesTitle')} crumbs={crumbs(t)} noindex>
      <h1 class="kern-heading-large">{t('secondFactor.codesTitle')}</h1>
      <Alert tone="warning" title={t('secondFactor.codesOnce')} role="status"><p class="kern-body">{t('secondFactor.codesText')}</p></Alert>
      <ol class="recovery-codes" aria-label={t('secondFactor.codesTitle')}>
        {props.codes.map((c) => <li key={c}><code translate={false}>{c}</code></li>)}
      </ol>
      <p><A class="kern-btn kern-btn--primary" href={props.next}><span class="kern-label">{t('secondFactor.codesSaved')}</span></A></p>
    </Layout>
  );
}

/** Status, new recovery codes, and (where allowed) switching it off. */
export function SecondFactorStatusPage(props: { csrf: string; since: Date | null; left: number; canDisable: boolean; usedRecoveryCode: boolean; errors: FieldError[] }) {
  const { t, fmt } = useView();
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  return (
    <Layout title={t('secondFactor.title')} crumbs={crumbs(t)} noindex>
      <h1 class="kern-heading-large">{t('secondFactor.title')}</h1>
      <Alert tone="success" title={t('secondFactor.enabled')} role="status">
        <p class="kern-body">{props.since ? t('secondFactor.since', { date: fmt.date(props.since) }) : null} {t('secondFactor.left', { count: props.left })}</p>
      </Alert>
      {props.usedRecoveryCode ? <Alert tone="warning" title={t('secondFactor.usedRecoveryTitle')}><p class="kern-body">{t('secondFactor.usedRecoveryText')}</p></Alert> : null}
      <ErrorSummary errors={props.errors} />
      <section aria-labelledby="renew" class="section">
        <h2 id="renew" class="kern-heading-medium">{t('secondFactor.renewTitle')}</h2>
        <p class="kern-body">{t('secondFactor.renewText')}</p>
        <CodeForm action="/konto/zwei-faktor/codes" csrf={props.csrf} id="renew-code" error={err('renew-code')} submit={t('secondFactor.renew')} secondary />
      </section>
      {props.canDisable ? (
        <section aria-labelledby="disable" class="section">
          <h2 id="disable" class="kern-heading-medium">{t('secondFactor.disableTitle')}</h2>
          <p class="kern-body">{t('secondFactor.disableText')}</p>
          <CodeForm action="/konto/zwei-faktor/aus" csrf={props.csrf} id="disable-code" error={err('disable-code')} submit={t('secondFactor.disable')} secondary />
        </section>
      ) : <p class="kern-body">{t('secondFactor.staffKeep')}</p>}
    </Layout>
  );
}

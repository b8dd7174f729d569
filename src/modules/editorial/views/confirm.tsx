// The provider's one-click confirmation of an entry (/bestaetigen/angebot/:token): a page with one
// button (a GET changes nothing: mail scanners follow links), and the page after confirming.
import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert } from '../../../platform/views/components.tsx';

export function ConfirmPage(props: { token: string; csrf: string; service: { id: string; name: string; organizationName: string; assuredDate: string | null } }) {
  const { t, fmt } = useView();
  const s = props.service;
  return (
    <Layout title={t('editorial.confirm.title')} noindex>
      <h1 class="kern-heading-large">{t('editorial.confirm.title')}</h1>
      <p class="kern-body">{t('editorial.confirm.intro', { service: s.name, organization: s.organizationName })}</p>
      <p class="kern-body">{s.assuredDate ? t('editorial.confirm.last', { date: fmt.date(s.assuredDate) }) : t('editorial.confirm.never')}</p>
      <p class="kern-body"><A href={`/angebote/${s.id}`}>{t('editorial.confirm.look')}</A></p>
      <form method="post" action={`/bestaetigen/angebot/${props.token}`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <button type="submit" class="kern-btn kern-btn--primary"><span class="kern-label">{t('editorial.confirm.button')}</span></button>
      </form>
      <p class="kern-body">{t('editorial.confirm.wrong')}</p>
    </Layout>
  );
}

export function ConfirmedPage(props: { service: { id: string; name: string } }) {
  const { t } = useView();
  return (
    <Layout title={t('editorial.confirm.doneTitle')} noindex>
      <h1 class="kern-heading-large">{t('editorial.confirm.doneTitle')}</h1>
      <Alert tone="success" title={t('editorial.confirm.done', { service: props.service.name })} role="status" />
      <p class="kern-body"><A href={`/angebote/${props.service.id}`}>{t('editorial.confirm.look')}</A></p>
    </Layout>
  );
}

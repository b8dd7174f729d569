import { Layout } from './layout.tsx';
import { useView } from './context.ts';
import { A } from './components.tsx';

export function ErrorPage(props: { status: number; messageKey?: string; issues?: { field: string; message: string }[] }) {
  const v = useView();
  const { t } = v;
  const kind = props.status === 404 ? 'notFound' : props.status === 403 ? 'forbidden' : props.status >= 500 ? 'server' : 'badRequest';
  return (
    <Layout title={t(`errors.${kind}.title`)} noindex>
      <h1 class="kern-heading-large">{t(`errors.${kind}.title`)}</h1>
      <p class="kern-body kern-body--large">{t(props.messageKey ?? `errors.${kind}.text`)}</p>
      {props.issues?.length ? (
        <ul class="kern-list kern-list--bullet">
          {props.issues.map((i) => <li key={i.field}>{i.field ? <strong>{t(`fields.${i.field}`, { defaultValue: i.field })}: </strong> : null}{t('errors.invalidValue')}</li>)}
        </ul>
      ) : null}
      {props.status >= 500 ? <p class="kern-body">{t('errors.reference', { id: v.requestId })}</p> : null}
      <p><A href="/">{t('errors.backHome')}</A> · <A href="/suche">{t('errors.toSearch')}</A></p>
    </Layout>
  );
}

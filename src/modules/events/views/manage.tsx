import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert } from '../../../platform/views/components.tsx';
import type { RegistrationView } from '../registration.ts';

/** The page behind the personal link: the registration's state, its position on the waiting list, and the cancel button. */
export function ManagePage(props: { r: RegistrationView; event: { id: string; title: string; when: string }; token: string; csrf: string; fresh: boolean }) {
  const v = useView();
  const { t } = v;
  const { r } = props;
  const title = props.fresh ? (r.status === 'waiting' ? t('events.manage.waitingTitle') : t('events.manage.placedTitle')) : t('events.manage.title');
  const state = r.status === 'waiting' ? t('events.manage.waiting', { position: r.position }) : t(`events.manage.${r.status}`);
  return (
    <Layout title={title} noindex>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body kern-body--large"><A href={`/veranstaltungen/${props.event.id}`}>{props.event.title}</A><br />{props.event.when}</p>
      <Alert tone={r.status === 'confirmed' ? 'success' : r.status === 'cancelled' ? 'danger' : 'info'} title={state} role="status">
        {r.status === 'waiting' ? t('events.manage.waitingHint') : undefined}
      </Alert>
      <dl class="facts">
        <dt>{t('events.manage.name')}</dt><dd>{r.name}</dd>
        <dt>{t('events.manage.email')}</dt><dd>{r.email}</dd>
        <dt>{t('events.manage.places')}</dt><dd>{r.places}</dd>
      </dl>
      {r.status !== 'cancelled' ? (
        <form method="post" action={`/veranstaltungen/anmeldung/${props.token}/absagen`} class="form">
          <input type="hidden" name="_csrf" value={props.csrf} />
          {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
          <p class="kern-body">{t('events.manage.cancelHint')}</p>
          <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('events.manage.cancel')}</span></button>
        </form>
      ) : null}
      <p><A href="/veranstaltungen">{t('events.page.back')}</A></p>
    </Layout>
  );
}

/** The opt-in link's page: one button confirms (a POST, so that a mail scanner opening the link confirms nothing). */
export function ConfirmPage(props: { title: string; token: string; csrf: string }) {
  const v = useView();
  const { t } = v;
  return (
    <Layout title={t('events.confirm.title')} noindex>
      <h1 class="kern-heading-large">{t('events.confirm.title')}</h1>
      <p class="kern-body kern-body--large">{t('events.confirm.text', { title: props.title })}</p>
      <form method="post" action={`/veranstaltungen/bestaetigen/${props.token}`} class="form">
        <input type="hidden" name="_csrf" value={props.csrf} />
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('events.confirm.submit')}</span></button>
      </form>
    </Layout>
  );
}

import { Layout, withLang } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge } from '../../../platform/views/components.tsx';
import type { OwnRegistration } from '../own.ts';

export type OwnRegistrationsView = {
  registrations: OwnRegistration[];
  csrf: string;
  /** How many days after the event registrations are deleted (EVENT_REGISTRATION_RETENTION_DAYS). */
  retentionDays: number;
  notice?: { tone: 'success' | 'warning'; text: string };
};

/** "Meine Anmeldungen": the signed-in person's registrations, events to come first, each with its state and a cancel button while it may be cancelled. */
export function OwnRegistrationsPage(props: { o: OwnRegistrationsView }) {
  const { t } = useView();
  const upcoming = props.o.registrations.filter((r) => r.upcoming);
  const past = props.o.registrations.filter((r) => !r.upcoming);
  return (
    <Layout title={t('events.mine.title')} crumbs={[{ href: '/konto', label: t('nav.account') }, { label: t('events.mine.title') }]} noindex>
      <h1 class="kern-heading-large">{t('events.mine.title')}</h1>
      {props.o.notice ? <Alert tone={props.o.notice.tone} title={props.o.notice.text} role="status" /> : null}
      <p class="kern-body">{t('events.mine.lead')}</p>
      <section aria-labelledby="upcoming-title" class="section">
        <h2 id="upcoming-title" class="kern-heading-medium">{t('events.mine.upcoming')}</h2>
        {upcoming.length ? (
          <ul class="result-list">{upcoming.map((r) => <OwnRegistrationItem key={r.id} r={r} csrf={props.o.csrf} />)}</ul>
        ) : (
          <p class="kern-body">{t('events.mine.noneUpcoming')} <A href="/veranstaltungen">{t('events.mine.toCalendar')}</A></p>
        )}
      </section>
      {past.length ? (
        <section aria-labelledby="past-title" class="section">
          <h2 id="past-title" class="kern-heading-medium">{t('events.mine.past')}</h2>
          <ul class="result-list">{past.map((r) => <OwnRegistrationItem key={r.id} r={r} csrf={props.o.csrf} />)}</ul>
        </section>
      ) : null}
      <p class="kern-body kern-body--small muted">{t('events.mine.withoutAccount', { days: props.o.retentionDays })}</p>
    </Layout>
  );
}

/** The registration's state as a badge: confirmed, waiting with the position, waiting for the opt-in, or cancelled (and by whom). */
function StatusBadge(props: { r: OwnRegistration }) {
  const { t } = useView();
  const r = props.r;
  if (r.status === 'confirmed') return <Badge tone="success">{t('events.mine.status.confirmed')}</Badge>;
  if (r.status === 'waiting') return <Badge tone="warning">{t('events.mine.status.waiting', { position: r.position ?? '–' })}</Badge>;
  if (r.status === 'pending') return <Badge tone="info">{t('events.mine.status.pending')}</Badge>;
  const why = r.cancelledBy === 'event_cancelled' ? 'eventCancelled' : r.cancelledBy === 'organiser' ? 'byOrganiser' : 'cancelled';
  return <Badge tone="danger">{t(`events.mine.status.${why}`)}</Badge>;
}

function OwnRegistrationItem(props: { r: OwnRegistration; csrf: string }) {
  const v = useView();
  const { t, fmt } = v;
  const r = props.r;
  const s = r.session;
  const titleId = `reg-${r.id}`;
  /** The title is the German original on a page in another language: marked, and isolated from the page's direction. */
  const german = v.lang !== 'de' && !r.translated;
  return (
    <li class="result">
      <article aria-labelledby={titleId}>
        <h3 class="kern-heading-small result__title" id={titleId}>
          <A href={`/veranstaltungen/${r.eventId}`}><span lang={german ? 'de' : undefined} dir={german ? 'ltr' : undefined}>{r.title}</span></A>
        </h3>
        <p class="result__org">{t('events.page.sessionWhen', { date: fmt.dayDate(s.startsAt), from: fmt.time(s.startsAt), to: fmt.time(s.endsAt) })}
          {r.sessionCount > 1 ? <> · {t('events.card.sessions', { count: r.sessionCount })}</> : null}</p>
        <ul class="result__facts">
          {s.place ? <li><bdi>{s.place}</bdi></li> : null}
          {s.room ? <li>{t('events.page.room', { room: s.room })}</li> : null}
          {s.online ? <li>{t('events.card.online')}</li> : null}
          <li>{t('events.mine.places', { count: r.places })}</li>
          <li>{t('events.mine.registeredAt', { date: fmt.date(r.createdAt) })}</li>
          {r.cancelledAt ? <li>{t('events.mine.cancelledAt', { date: fmt.date(r.cancelledAt) })}</li> : null}
        </ul>
        <p class="result__badges">
          <StatusBadge r={r} />
          {r.eventStatus === 'cancelled' && r.cancelledBy !== 'event_cancelled' ? <Badge tone="danger">{t('events.status.cancelled')}</Badge> : null}
        </p>
        {r.status === 'waiting' ? <p class="kern-body kern-body--small">{t('events.manage.waitingHint')}</p> : null}
        {r.canCancel ? (
          <form method="post" action={withLang(`/konto/anmeldungen/${r.id}/absagen`, v.lang)} class="own-registration__cancel">
            <input type="hidden" name="_csrf" value={props.csrf} />
            {/* Named with the event's title (KERN sizes buttons containing kern-sr-only as icon buttons, so not with a hidden span). */}
            <button class="kern-btn kern-btn--secondary kern-btn--small" type="submit" aria-labelledby={`${titleId}-cancel ${titleId}`}>
              <span class="kern-label" id={`${titleId}-cancel`}>{t('events.manage.cancel')}</span>
            </button>
          </form>
        ) : null}
      </article>
    </li>
  );
}

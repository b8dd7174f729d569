import { useView } from '../../../platform/views/context.ts';
import { A, Badge } from '../../../platform/views/components.tsx';
import type { UpcomingEvent } from '../service.ts';

/** A short list of events for the directory's pages (service, organisation, search results); nothing when empty. */
export function UpcomingEvents(props: { events: UpcomingEvent[]; title: string; id: string; moreHref?: string }) {
  const v = useView();
  const { t, fmt } = v;
  if (!props.events.length) return null;
  return (
    <section aria-labelledby={props.id} class="upcoming-events">
      <h2 id={props.id} class="kern-heading-medium">{props.title}</h2>
      <ul class="plain-list">
        {props.events.map((e) => (
          <li key={e.id}>
            <A href={`/veranstaltungen/${e.id}`}>{e.title}</A>
            <p class="kern-body kern-body--small">
              {fmt.dayDate(e.startsAt)}, {fmt.time(e.startsAt)}–{fmt.time(e.endsAt)} · {t(`events.formats.${e.format}`)}{' '}
              {e.status === 'cancelled' ? <Badge tone="danger">{t('events.status.cancelled')}</Badge> : e.full ? <Badge tone="warning">{t('events.places.full')}</Badge> : null}
            </p>
          </li>
        ))}
      </ul>
      {props.moreHref ? <p><A href={props.moreHref}>{t('events.inSearch.all')}</A></p> : null}
    </section>
  );
}

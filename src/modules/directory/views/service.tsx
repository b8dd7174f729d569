import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, FallbackNote, JsonData, Text } from '../../../platform/views/components.tsx';
import type { Localised } from '../service.ts';
import type { Hours } from '../hours.ts';
import { ageLabel } from './results.tsx';
import { UpcomingEvents, type UpcomingEvent } from '../../events/index.ts';
import { FeedbackSection, type FeedbackFormState } from './feedback.tsx';

export type ServiceView = {
  id: string;
  name: Localised; description: Localised | null; alert: string | null;
  organization: { id: string; name: string };
  eligibility: Localised | null; applicationProcess: string | null; feesDescription: string | null;
  minimumAge: number | null; maximumAge: number | null;
  url: string | null; email: string | null;
  phones: { number: string; description: string | null; type: string | null }[];
  locations: {
    id: string; name: string | null; address: string[];
    /** A protected place: no address, no coordinates; "address on request". */
    confidential: boolean; districtName: string | null; districtCode: string | null;
    latitude: number | null; longitude: number | null; transportation: string | null; accessibility: string[]; features: string[];
    hours: Hours | null; phones: { number: string; description: string | null }[];
  }[];
  hours: Hours | null;
  languages: string[];
  costs: { label: string; description: string | null }[];
  situations: { code: string; name: string }[];
  /** The service's next courses and events. */
  events?: UpcomingEvent[];
  assuredDate: string | null; outdated: boolean; confirmedMonthsAgo?: number | null; status: string;
  /** A foreign entry of the portal network: the label of its source ("Landkreis Nordheide"). */
  sourceLabel?: string | null;
  shareUrl: string;
};

function telHref(number: string) {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function HoursTable(props: { hours: Hours; caption: string }) {
  const v = useView();
  const { t, fmt } = v;
  return (
    <>
      {props.hours.hasHours ? (
        <table class="kern-table kern-table--small hours">
          <caption class="kern-title kern-title--small">{props.caption}</caption>
          <thead class="kern-table__header kern-sr-only"><tr class="kern-table__row"><th scope="col">{t('hours.day')}</th><th scope="col">{t('hours.time')}</th></tr></thead>
          <tbody class="kern-table__body">
            {props.hours.week.map((w) => (
              <tr key={w.day} class={`kern-table__row${w.day === props.hours.today ? ' hours__today' : ''}`}>
                <th scope="row" class="kern-table__cell">{fmt.weekday(w.day)}{w.day === props.hours.today ? <span class="kern-sr-only"> ({t('hours.today')})</span> : null}</th>
                <td class="kern-table__cell">{w.ranges.length ? w.ranges.map((r) => t('hours.range', { opens: r.opens, closes: r.closes })).join(', ') : t('hours.closed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {props.hours.notes.map((n) => <p key={n} class="kern-body" lang={v.lang !== 'de' ? 'de' : undefined}>{n}</p>)}
    </>
  );
}

export function ServicePage(props: { s: ServiceView; feedback: FeedbackFormState }) {
  const v = useView();
  const { t, fmt } = v;
  const s = props.s;
  const anyFallback = Boolean(s.name.fallback || s.description?.fallback);
  const markers = s.locations.filter((l) => l.latitude != null).map((l) => ({ id: l.id, name: l.name ?? s.name.text, lat: l.latitude, lon: l.longitude }));
  return (
    <Layout title={s.name.text} description={s.description?.text.slice(0, 160)}
      crumbs={[{ href: '/suche', label: t('nav.search') }, { label: s.name.text }]}>
      <article class="service" aria-labelledby="service-title">
        <header class="service__header">
          <p class="service__org"><A href={`/organisationen/${s.organization.id}`}>{s.organization.name}</A></p>
          <Text as="h1" class="kern-heading-large" value={s.name} />
          <p class="result__badges">
            {s.hours?.hasHours ? (s.hours.openNow ? <Badge tone="success">{t('hours.openNow')}</Badge> : <Badge tone="warning">{t('hours.closedNow')}</Badge>) : null}
            {s.costs.length && s.costs.every((c) => c.label === t('service.free')) ? <Badge tone="success">{t('filters.free')}</Badge> : null}
            {s.minimumAge != null || s.maximumAge != null ? <Badge>{ageLabel(t, s.minimumAge, s.maximumAge)}</Badge> : null}
          </p>
          <FallbackNote show={anyFallback} />
        </header>
        {s.sourceLabel ? <Alert tone="info" title={t('federation.origin', { label: s.sourceLabel })}><p>{t('federation.originText', { label: s.sourceLabel })}</p></Alert> : null}
        {s.status !== 'active' ? <Alert tone="warning" title={t(`service.status.${s.status.replace(' ', '_')}`)} /> : null}
        {s.alert ? <Alert tone="warning" title={t('service.notice')}><p lang={v.lang !== 'de' ? 'de' : undefined}>{s.alert}</p></Alert> : null}

        <div class="service__grid">
          <div class="service__main">
            {s.description ? <section aria-labelledby="about"><h2 id="about" class="kern-heading-medium">{t('service.about')}</h2><Text as="p" class="kern-body service__text" value={s.description} /></section> : null}
            {s.eligibility ? <section aria-labelledby="who"><h2 id="who" class="kern-heading-medium">{t('service.forWhom')}</h2><Text as="p" class="kern-body" value={s.eligibility} /></section> : null}
            {s.applicationProcess ? <section aria-labelledby="how"><h2 id="how" class="kern-heading-medium">{t('service.howToApply')}</h2><p class="kern-body" lang={v.lang !== 'de' ? 'de' : undefined}>{s.applicationProcess}</p></section> : null}

            <UpcomingEvents events={s.events ?? []} id="service-events" title={t('events.onService')} />
            {s.locations.length ? (
              <section aria-labelledby="where">
                <h2 id="where" class="kern-heading-medium">{t('service.where')}</h2>
                {s.locations.map((l) => (
                  <div class="location" key={l.id}>
                    {l.name ? <h3 class="kern-heading-small">{l.name}</h3> : null}
                    {l.confidential
                      ? <p class="kern-body location__confidential">{t('confidential.addressOnRequest')}</p>
                      : <address class="location__address">{l.address.map((line, i) => <span key={i}>{line}<br /></span>)}</address>}
                    {l.districtName ? <p class="kern-body">{t('service.districtLabel')}: <A href={`/sozialraeume/${l.districtCode}`}>{l.districtName}</A></p> : null}
                    {l.transportation ? <p class="kern-body"><strong>{t('service.transport')}:</strong> <span lang={v.lang !== 'de' ? 'de' : undefined}>{l.transportation}</span></p> : null}
                    {l.features.length || l.accessibility.length ? (
                      <div class="location__access">
                        <h4 class="kern-title kern-title--small">{t('service.accessibility')}</h4>
                        <ul class="kern-list kern-list--bullet">
                          {l.features.map((f) => <li key={f}>{f}</li>)}
                          {l.accessibility.map((a) => <li key={a} lang={v.lang !== 'de' ? 'de' : undefined}>{a}</li>)}
                        </ul>
                      </div>
                    ) : null}
                    {l.latitude != null && l.address.length ? (
                      <p class="no-print"><a class="kern-link" href={`https://www.openstreetmap.org/directions?to=${l.latitude}%2C${l.longitude}`} rel="noopener">{t('service.route')}</a></p>
                    ) : null}
                    {l.hours && (l.hours.hasHours || l.hours.notes.length) ? <HoursTable hours={l.hours} caption={t('service.hoursAt', { place: l.name ?? l.address[0] ?? '' })} /> : null}
                  </div>
                ))}
                {markers.length ? (
                  <>
                    <div id="service-map" class="service-map no-print" hidden role="region" aria-label={t('search.map')} />
                    <JsonData id="map-data" data={{ markers, tiles: v.tileUrl, attribution: v.tileAttribution }} />
                  </>
                ) : null}
              </section>
            ) : null}
          </div>

          <aside class="service__side" aria-labelledby="contact">
            <div class="kern-card">
              <div class="kern-card__container">
                <div class="kern-card__body">
                  <h2 id="contact" class="kern-heading-small">{t('service.contact')}</h2>
                  <ul class="contact-list">
                    {[...s.phones, ...s.locations.flatMap((l) => l.phones)].map((p, i) => (
                      <li key={i}><span class="contact-list__label">{p.description ?? t('service.phone')}</span> <a class="kern-link" href={telHref(p.number)}>{p.number}</a></li>
                    ))}
                    {s.email ? <li><span class="contact-list__label">{t('service.email')}</span> <a class="kern-link" href={`mailto:${s.email}`}>{s.email}</a></li> : null}
                    {s.url ? <li><span class="contact-list__label">{t('service.website')}</span> <a class="kern-link" href={s.url} rel="noopener">{s.url.replace(/^https?:\/\//, '')}</a></li> : null}
                  </ul>
                  {s.hours && (s.hours.hasHours || s.hours.notes.length) ? <HoursTable hours={s.hours} caption={t('service.hours')} /> : null}
                  {s.languages.length ? <><h3 class="kern-title kern-title--small">{t('service.languages')}</h3><p class="kern-body">{s.languages.map((c) => fmt.language(c)).join(', ')}</p></> : null}
                  {s.costs.length || s.feesDescription ? (
                    <>
                      <h3 class="kern-title kern-title--small">{t('service.costs')}</h3>
                      <ul class="kern-list">{s.costs.map((c, i) => <li key={i}>{c.label}{c.description ? ` – ${c.description}` : ''}</li>)}</ul>
                      {s.feesDescription ? <p class="kern-body" lang={v.lang !== 'de' ? 'de' : undefined}>{s.feesDescription}</p> : null}
                    </>
                  ) : null}
                  {s.situations.length ? (
                    <>
                      <h3 class="kern-title kern-title--small">{t('service.situations')}</h3>
                      <ul class="kern-list">{s.situations.map((x) => <li key={x.code}><A href={`/suche?lebenslage=${x.code}`}>{x.name}</A></li>)}</ul>
                    </>
                  ) : null}
                </div>
              </div>
            </div>
            <div class="share no-print">
              <h2 class="kern-title kern-title--small">{t('service.share')}</h2>
              <label class="kern-label kern-label--small" for="share-url">{t('service.shareLink')}</label>
              <input id="share-url" class="kern-form-input__input" type="text" readOnly value={s.shareUrl} />
              <button type="button" class="kern-btn kern-btn--tertiary" data-print hidden><span class="kern-label">{t('service.print')}</span></button>
            </div>
          </aside>
        </div>
        <FeedbackSection serviceId={s.id} form={props.feedback} />
        <footer class="service__footer">
          {s.assuredDate && s.outdated ? (
            <p class="kern-body kern-body--small service-outdated"><strong>{t('editorial.public.mayBeOutdated')}</strong>{' – '}
              {t('editorial.public.confirmedAgo', { count: s.confirmedMonthsAgo ?? 12 })} ({fmt.date(s.assuredDate)})</p>
          ) : s.assuredDate ? <p class="kern-body kern-body--small">{t('service.confirmed', { date: fmt.date(s.assuredDate) })}</p> : null}
        </footer>
      </article>
    </Layout>
  );
}

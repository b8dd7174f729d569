import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, JsonData } from '../../../platform/views/components.tsx';
import type { DistrictSummary, LifeSituation } from '../service.ts';
import type { SearchHit } from '../search/search.ts';

export function DistrictsPage(props: { districts: DistrictSummary[]; boundaries: { code: string; name: string; boundary: unknown }[] }) {
  const v = useView();
  const { t, fmt } = v;
  return (
    <Layout title={t('districts.title')} crumbs={[{ label: t('districts.title') }]}>
      <h1 class="kern-heading-large">{t('districts.title')}</h1>
      <p class="kern-body kern-body--large">{t('districts.lead', { name: v.municipality.name })}</p>
      <div id="district-map" class="district-map" hidden role="region" aria-label={t('districts.map')} />
      <JsonData id="map-data" data={{ areas: props.boundaries.map((b) => ({ ...b, href: `/sozialraeume/${encodeURIComponent(b.code)}${v.lang !== 'de' ? `?lang=${v.lang}` : ''}` })), tiles: v.tileUrl, attribution: v.tileAttribution }} />
      <table class="kern-table kern-table--striped">
        <caption class="kern-sr-only">{t('districts.title')}</caption>
        <thead class="kern-table__header"><tr class="kern-table__row">
          <th scope="col" class="kern-table__cell">{t('districts.name')}</th>
          <th scope="col" class="kern-table__cell kern-table__header--numeric">{t('districts.population')}</th>
          <th scope="col" class="kern-table__cell kern-table__header--numeric">{t('districts.services')}</th>
        </tr></thead>
        <tbody class="kern-table__body">
          {props.districts.map((d) => (
            <tr class="kern-table__row" key={d.id}>
              <th scope="row" class="kern-table__cell"><A href={`/sozialraeume/${encodeURIComponent(d.code)}`}>{d.name}</A></th>
              <td class="kern-table__cell kern-table__cell--numeric">{d.population != null ? fmt.number(d.population) : '–'}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{fmt.number(d.services)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function DistrictPage(props: {
  district: { code: string; name: string; description: string | null; population: number | null; boundary: unknown };
  situations: LifeSituation[]; counts: Map<string, number>; services: SearchHit[]; total: number;
}) {
  const v = useView();
  const { t, fmt } = v;
  const d = props.district;
  return (
    <Layout title={d.name} crumbs={[{ href: '/sozialraeume', label: t('districts.title') }, { label: d.name }]} description={d.description ?? undefined}>
      <h1 class="kern-heading-large">{t('districts.heading', { name: d.name })}</h1>
      {d.description ? <p class="kern-body kern-body--large" lang={v.lang !== 'de' ? 'de' : undefined}>{d.description}</p> : null}
      <dl class="kern-description-list">
        {d.population != null ? <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('districts.population')}</dt><dd class="kern-description-list-item__value">{fmt.number(d.population)}</dd></div> : null}
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('districts.services')}</dt><dd class="kern-description-list-item__value">{fmt.number(props.total)}</dd></div>
      </dl>
      <div id="district-map" class="district-map" hidden role="region" aria-label={t('districts.map')} />
      <JsonData id="map-data" data={{ areas: [{ code: d.code, name: d.name, boundary: d.boundary }], markers: props.services.filter((s) => s.latitude != null).map((s) => ({ id: s.id, name: s.name, lat: s.latitude, lon: s.longitude, href: `/angebote/${s.id}` })), tiles: v.tileUrl, attribution: v.tileAttribution }} />
      <section aria-labelledby="d-situations" class="section">
        <h2 id="d-situations" class="kern-heading-medium">{t('districts.bySituation')}</h2>
        <ul class="tiles tiles--small">
          {props.situations.map((s) => (
            <li class="tile" key={s.id}>
              <A href={`/suche?lebenslage=${s.code}&sozialraum=${encodeURIComponent(d.code)}`} class="tile__link">
                <span class="tile__title">{s.name}</span>
                <span class="tile__count">{t('home.serviceCount', { count: props.counts.get(s.id) ?? 0 })}</span>
              </A>
            </li>
          ))}
        </ul>
      </section>
      <p><A href={`/suche?sozialraum=${encodeURIComponent(d.code)}`} class="kern-btn kern-btn--secondary"><span class="kern-label">{t('districts.allServices', { count: props.total })}</span></A></p>
    </Layout>
  );
}

import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A } from '../../../platform/views/components.tsx';
import { SearchForm } from './search-form.tsx';
import type { DistrictSummary, LifeSituation } from '../service.ts';

export function HomePage(props: { situations: LifeSituation[]; districts: DistrictSummary[]; counts: { services: number; organizations: number } }) {
  const v = useView();
  const { t, fmt } = v;
  return (
    <Layout title={t('home.title')} description={t('home.lead', { name: v.municipality.name })}>
      <section class="hero" aria-labelledby="hero-title">
        <h1 id="hero-title" class="kern-heading-x-large">{t('home.heading')}</h1>
        <p class="kern-body kern-body--large">{t('home.lead', { name: v.municipality.name })}</p>
        <SearchForm large id="home" />
        <p class="kern-body kern-body--small hero__counts">
          {t('home.counts', { services: fmt.number(props.counts.services), organizations: fmt.number(props.counts.organizations) })}
        </p>
      </section>

      <section aria-labelledby="situations-title" class="section">
        <h2 id="situations-title" class="kern-heading-large">{t('home.situations')}</h2>
        <ul class="tiles">
          {props.situations.map((s) => (
            <li key={s.id} class="tile">
              <A href={`/suche?lebenslage=${encodeURIComponent(s.code)}`} class="tile__link">
                <span class="tile__title">{s.name}</span>
                <span class="tile__text">{s.description}</span>
                <span class="tile__count">{t('home.serviceCount', { count: s.count })}</span>
              </A>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="districts-title" class="section">
        <h2 id="districts-title" class="kern-heading-large">{t('home.districts')}</h2>
        <p class="kern-body">{t('home.districtsLead', { name: v.municipality.name })}</p>
        <ul class="district-list">
          {props.districts.map((d) => (
            <li key={d.id}>
              <A href={`/sozialraeume/${encodeURIComponent(d.code)}`}>{d.name}</A>
              <span class="muted"> · {t('home.serviceCount', { count: d.services })}</span>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

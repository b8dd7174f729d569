import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, ErrorSummary, JsonData, Pagination } from '../../../platform/views/components.tsx';
import { withLang, withQueryChanges } from '../../../platform/views/layout.tsx';
import { SearchForm } from './search-form.tsx';
import type { SearchResult, SearchHit, ParsedSearch } from '../search/search.ts';
import type { LifeSituation } from '../service.ts';
import { UpcomingEvents, type UpcomingEvent } from '../../events/index.ts';

export type ResultsView = {
  params: ParsedSearch;
  result: SearchResult | null;
  errors: { field: string; message: string }[];
  raw: Record<string, string>;
  situations: LifeSituation[];
  /** For a search that found nothing: life situations that resemble the words. */
  related: LifeSituation[];
  terms: Map<string, { code: string; name: string; parentId: string | null }>;
  districts: { id: string; code: string; name: string }[];
  translations: Map<string, { name?: string; description?: string }>;
  /** Upcoming events that match the words or the life situation. */
  events?: UpcomingEvent[];
};

const LANGUAGE_CODES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa', 'ro', 'fr', 'es', 'it', 'ku', 'sq', 'bg', 'ti', 'prs', 'dgs'];

function hrefWith(v: ReturnType<typeof useView>, changes: Record<string, string | undefined>) {
  // Any other change starts again at the first page.
  return withQueryChanges('/suche', v.query, v.lang, 'seite' in changes ? changes : { ...changes, seite: undefined });
}

export function ResultsPage(props: ResultsView) {
  const v = useView();
  const { t, fmt } = v;
  const p = props.params;
  const r = props.result;
  const situationName = p.lebenslage ? [...props.terms.values()].find((x) => x.code === p.lebenslage)?.name : undefined;
  const heading = p.q ? t('search.resultsFor', { q: p.q }) : situationName ?? t('search.allServices');
  const title = r ? `${heading} (${t('search.count', { count: r.total })})` : heading;
  const errorFor = (f: string) => props.errors.find((e) => e.field === f);
  const active: { label: string; remove: Record<string, undefined> }[] = [];
  if (situationName) active.push({ label: situationName, remove: { lebenslage: undefined } });
  if (p.sozialraum) active.push({ label: props.districts.find((d) => d.code === p.sozialraum)?.name ?? p.sozialraum, remove: { sozialraum: undefined } });
  if (p.age != null) active.push({ label: t('filters.ageN', { age: p.age }), remove: { age: undefined } });
  if (p.sprache) active.push({ label: fmt.language(p.sprache), remove: { sprache: undefined } });
  if (p.kostenfrei) active.push({ label: t('filters.free'), remove: { kostenfrei: undefined } });
  if (p.rollstuhl) active.push({ label: t('filters.wheelchair'), remove: { rollstuhl: undefined } });
  if (p.offen) active.push({ label: t('filters.openNow'), remove: { offen: undefined } });
  if (p.zugang) active.push({ label: t(`modes.${p.zugang}`), remove: { zugang: undefined } });
  if (p.herkunft) active.push({ label: t('federation.onlyLocal'), remove: { herkunft: undefined } });
  const termCount = (id: string) => r?.facets.terms.find((f) => f.value === id)?.count ?? 0;
  const districtCount = (id: string) => r?.facets.districts.find((f) => f.value === id)?.count ?? 0;
  const markers = (r?.items ?? []).filter((i) => i.latitude != null).map((i) => ({
    id: i.id, name: props.translations.get(i.id)?.name ?? i.name, lat: i.latitude, lon: i.longitude, href: withLang(`/angebote/${i.id}`, v.lang),
  }));

  return (
    <Layout title={title} crumbs={[{ label: t('nav.search') }]} wide noindex={!r || r.total === 0}>
      <h1 class="kern-heading-large">{heading}</h1>
      <SearchForm q={p.q} ort={p.ort} hidden={{ lebenslage: p.lebenslage, sozialraum: p.sozialraum }} />

      <ErrorSummary errors={props.errors.map((e) => ({ field: e.field, message: `${t(`fields.${e.field}`, { defaultValue: e.field })}: ${e.message}` }))} anchorPrefix="filter-" />

      <div class="results-layout">
        <aside class="filters" aria-labelledby="filters-title">
          <h2 id="filters-title" class="kern-heading-small">{t('filters.title')}</h2>
          <form method="get" action="/suche" class="filters__form">
            {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
            {p.q ? <input type="hidden" name="q" value={p.q} /> : null}
            {p.ort ? <input type="hidden" name="ort" value={p.ort} /> : null}
            {p.lat != null ? <input type="hidden" name="lat" value={String(p.lat)} /> : null}
            {p.lon != null ? <input type="hidden" name="lon" value={String(p.lon)} /> : null}

            <div class={`kern-form-input${errorFor('lebenslage') ? ' kern-form-input--error' : ''}`}>
              <label class="kern-label" for="filter-lebenslage">{t('filters.situation')}</label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id="filter-lebenslage" name="lebenslage">
                  <option value="">{t('filters.any')}</option>
                  {props.situations.map((s) => (
                    <option key={s.id} value={s.code} selected={p.lebenslage === s.code}>{s.name}{r ? ` (${termCount(s.id)})` : ''}</option>
                  ))}
                </select>
              </div>
            </div>

            <div class="kern-form-input">
              <label class="kern-label" for="filter-sozialraum">{t('filters.district')}</label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id="filter-sozialraum" name="sozialraum">
                  <option value="">{t('filters.anyDistrict')}</option>
                  {props.districts.map((d) => (
                    <option key={d.id} value={d.code} selected={p.sozialraum === d.code}>{d.name}{r ? ` (${districtCount(d.id)})` : ''}</option>
                  ))}
                </select>
              </div>
            </div>

            <div class={`kern-form-input${errorFor('age') ? ' kern-form-input--error' : ''}`}>
              <label class="kern-label" for="filter-age">{t('filters.age')}</label>
              <div class="kern-hint" id="filter-age-hint">{t('filters.ageHint')}</div>
              {errorFor('age') ? <p class="kern-error" id="filter-age-error"><span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" /> {errorFor('age')!.message}</p> : null}
              <input class={`kern-form-input__input kern-form-input__input--width-4${errorFor('age') ? ' kern-form-input__input--error' : ''}`} type="text" inputMode="numeric"
                id="filter-age" name="age" value={props.raw.age ?? (p.age != null ? String(p.age) : '')}
                aria-describedby={`filter-age-hint${errorFor('age') ? ' filter-age-error' : ''}`} aria-invalid={errorFor('age') ? 'true' : undefined} />
            </div>

            <div class="kern-form-input">
              <label class="kern-label" for="filter-sprache">{t('filters.language')}</label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id="filter-sprache" name="sprache">
                  <option value="">{t('filters.anyLanguage')}</option>
                  {LANGUAGE_CODES.filter((c) => c === p.sprache || (r?.facets.languages.some((f) => f.value === c) ?? true)).map((c) => (
                    <option key={c} value={c} selected={p.sprache === c}>{fmt.language(c)}{r ? ` (${r.facets.languages.find((f) => f.value === c)?.count ?? 0})` : ''}</option>
                  ))}
                </select>
              </div>
            </div>

            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t('filters.access')}</legend>
              <div class="kern-fieldset__body">
                <div class="kern-form-check">
                  <input class="kern-form-check__radio" type="radio" id="filter-zugang-any" name="zugang" value="" checked={!p.zugang} />
                  <label class="kern-label" for="filter-zugang-any">{t('filters.anyAccess')}</label>
                </div>
                {(['in_person', 'phone', 'online'] as const).map((m) => (
                  <div class="kern-form-check" key={m}>
                    <input class="kern-form-check__radio" type="radio" id={`filter-zugang-${m}`} name="zugang" value={m} checked={p.zugang === m} />
                    <label class="kern-label" for={`filter-zugang-${m}`}>{t(`modes.${m}`)}{r ? ` (${r.facets.modes.find((f) => f.value === m)?.count ?? 0})` : ''}</label>
                  </div>
                ))}
              </div>
            </fieldset>

            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t('filters.more')}</legend>
              <div class="kern-fieldset__body">
                <div class="kern-form-check">
                  <input class="kern-form-check__checkbox" type="checkbox" id="filter-kostenfrei" name="kostenfrei" value="1" checked={Boolean(p.kostenfrei)} />
                  <label class="kern-label" for="filter-kostenfrei">{t('filters.free')}{r ? ` (${r.facets.free})` : ''}</label>
                </div>
                <div class="kern-form-check">
                  <input class="kern-form-check__checkbox" type="checkbox" id="filter-rollstuhl" name="rollstuhl" value="1" checked={Boolean(p.rollstuhl)} />
                  <label class="kern-label" for="filter-rollstuhl">{t('filters.wheelchair')}{r ? ` (${r.facets.wheelchair})` : ''}</label>
                </div>
                <div class="kern-form-check">
                  <input class="kern-form-check__checkbox" type="checkbox" id="filter-offen" name="offen" value="1" checked={Boolean(p.offen)} />
                  <label class="kern-label" for="filter-offen">{t('filters.openNow')}</label>
                </div>
                {p.herkunft || (r && r.facets.foreign > 0) ? (
                  <div class="kern-form-check">
                    <input class="kern-form-check__checkbox" type="checkbox" id="filter-herkunft" name="herkunft" value="lokal" checked={p.herkunft === 'lokal'} />
                    <label class="kern-label" for="filter-herkunft">{t('federation.onlyLocal')}{r && !p.herkunft ? ` (${r.total - r.facets.foreign})` : ''}</label>
                  </div>
                ) : null}
              </div>
            </fieldset>

            {p.ort || p.lat != null ? (
              <div class="kern-form-input">
                <label class="kern-label" for="filter-sort">{t('filters.sort')}</label>
                <div class="kern-form-input__select-wrapper">
                  <select class="kern-form-input__select" id="filter-sort" name="sort">
                    <option value="">{t('filters.sortDefault')}</option>
                    <option value="relevanz" selected={p.sort === 'relevanz'}>{t('filters.sortRelevance')}</option>
                    <option value="entfernung" selected={p.sort === 'entfernung'}>{t('filters.sortDistance')}</option>
                  </select>
                </div>
              </div>
            ) : null}
            <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('filters.apply')}</span></button>
          </form>
        </aside>

        <section class="results" aria-labelledby="results-title">
          <h2 id="results-title" class="kern-sr-only">{t('search.resultsHeading')}</h2>
          {active.length ? (
            <ul class="active-filters" aria-label={t('filters.active')}>
              {active.map((a) => <li key={a.label}><a class="chip" href={hrefWith(v, a.remove)}>{a.label}<span class="kern-sr-only"> – {t('filters.remove')}</span> <span aria-hidden="true">×</span></a></li>)}
            </ul>
          ) : null}
          {r ? <p class="results__count" role="status">{t('search.count', { count: r.total })}{r.origin?.label ? ` · ${t('search.near', { place: r.origin.label })}` : ''}</p> : null}
          {r?.originNotFound ? <Alert tone="warning" title={t('search.placeNotFound', { place: p.ort })}>{t('search.placeNotFoundHint', { name: v.municipality.name })}</Alert> : null}
          {r?.relaxed ? <Alert tone="info" title={t('search.relaxedTitle')}>{t('search.relaxedText')}</Alert> : null}
          {r && r.suggestion && r.total === 0 ? (
            <p class="suggestion">{t('search.didYouMean')} <a class="kern-link" href={hrefWith(v, { q: r.suggestion })}>{r.suggestion}</a>{t('search.questionMark')}</p>
          ) : r && r.suggestion ? (
            <p class="suggestion">{t('search.alsoSearchedFor')} <a class="kern-link" href={hrefWith(v, { q: r.suggestion })}>{r.suggestion}</a></p>
          ) : null}
          <UpcomingEvents events={props.events ?? []} id="matching-events" title={t('events.inSearch.title')}
            moreHref={`/veranstaltungen${p.lebenslage ? `?lebenslage=${p.lebenslage}` : ''}`} />
          {r && r.total === 0 ? <NoResults {...props} /> : null}
          {markers.length ? (
            <>
              <div id="results-map" class="results-map" hidden aria-label={t('search.map')} role="region" />
              <JsonData id="map-data" data={{ markers, tiles: v.tileUrl, attribution: v.tileAttribution, origin: r?.origin }} />
            </>
          ) : null}
          <ol class="result-list">
            {(r?.items ?? []).map((hit) => <ResultCard key={hit.id} hit={hit} tr={props.translations.get(hit.id)} />)}
          </ol>
          {r ? <Pagination page={r.page} perPage={r.perPage} total={r.total} hrefFor={(page) => hrefWith(v, { seite: String(page) })} /> : null}
        </section>
      </div>
    </Layout>
  );
}

function ResultCard(props: { hit: SearchHit; tr?: { name?: string; description?: string } }) {
  const v = useView();
  const { t, fmt } = v;
  const h = props.hit;
  const name = props.tr?.name ?? h.name;
  const description = props.tr?.description ?? h.description ?? '';
  const german = v.lang !== 'de' && !props.tr?.name;
  return (
    <li class="result">
      <article aria-labelledby={`r-${h.id}`}>
        <h3 class="kern-heading-small result__title" id={`r-${h.id}`}>
          <A href={`/angebote/${h.id}`}><span lang={german ? 'de' : undefined}>{name}</span></A>
        </h3>
        <p class="result__org">{h.organizationName}</p>
        {h.sourceLabel ? <p class="result__source"><Badge tone="info">{t('federation.origin', { label: h.sourceLabel })}</Badge></p> : null}
        {description ? <p class="result__text" lang={german || !props.tr?.description ? (v.lang !== 'de' ? 'de' : undefined) : undefined}>{description.length > 220 ? `${description.slice(0, 217)}…` : description}</p> : null}
        <ul class="result__facts">
          {h.address ? <li><span class="kern-sr-only">{t('service.address')}: </span>{h.address}</li> : null}
          {h.districtNames.length ? <li>{t('service.districtLabel')}: {h.districtNames.join(', ')}</li> : null}
          {h.distanceKm != null ? <li>{t('search.distance', { km: fmt.number(h.distanceKm, 1) })}</li> : null}
        </ul>
        <p class="result__badges">
          {h.free ? <Badge tone="success">{t('filters.free')}</Badge> : null}
          {h.wheelchair ? <Badge>{t('filters.wheelchair')}</Badge> : null}
          {h.modes.map((m) => <Badge key={m}>{t(`modes.${m}`)}</Badge>)}
          {h.minimumAge != null || h.maximumAge != null ? <Badge>{ageLabel(t, h.minimumAge, h.maximumAge)}</Badge> : null}
        </p>
      </article>
    </li>
  );
}

export function ageLabel(t: ReturnType<typeof useView>['t'], min: number | null | undefined, max: number | null | undefined) {
  if (min != null && max != null) return t('service.ageRange', { min, max });
  if (min != null) return t('service.ageFrom', { min });
  return t('service.ageTo', { max });
}

function NoResults(props: ResultsView) {
  const v = useView();
  const { t } = v;
  return (
    <div class="no-results">
      <h3 class="kern-heading-medium">{t('search.noResultsTitle')}</h3>
      <ul class="kern-list kern-list--bullet">
        <li>{t('search.noResultsSpelling')}</li>
        <li>{t('search.noResultsFewer')}</li>
        <li>{t('search.noResultsSituation')}</li>
      </ul>
      <ul class="tiles tiles--small">
        {(props.related.length ? props.related : props.situations.slice(0, 8)).map((s) => (
          <li key={s.id} class="tile"><A href={`/suche?lebenslage=${s.code}`} class="tile__link"><span class="tile__title">{s.name}</span></A></li>
        ))}
      </ul>
    </div>
  );
}

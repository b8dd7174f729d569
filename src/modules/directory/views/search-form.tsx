import { useView } from '../../../platform/views/context.ts';

/** The search box: what (free text) and where (postcode, address or Sozialraum). Plain GET form. */
export function SearchForm(props: { q?: string; ort?: string; hidden?: Record<string, string | undefined>; large?: boolean; id?: string }) {
  const v = useView();
  const { t } = v;
  const id = props.id ?? 'search';
  return (
    <form action="/suche" method="get" role="search" class={`search-form${props.large ? ' search-form--large' : ''}`} aria-label={t('search.formLabel')}>
      {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
      {Object.entries(props.hidden ?? {}).map(([k, val]) => (val ? <input key={k} type="hidden" name={k} value={val} /> : null))}
      <div class="search-form__fields">
        <div class="kern-form-input search-form__what">
          <label class="kern-label" for={`${id}-q`}>{t('search.what')}</label>
          <input class="kern-form-input__input" type="search" id={`${id}-q`} name="q" value={props.q ?? ''} autocomplete="off"
            placeholder={t('search.whatPlaceholder')} data-suggest="/api/suggest" maxLength={200} />
        </div>
        <div class="kern-form-input search-form__where">
          <label class="kern-label" for={`${id}-ort`}>{t('search.where')}</label>
          <input class="kern-form-input__input" type="text" id={`${id}-ort`} name="ort" value={props.ort ?? ''} autocomplete="postal-code"
            placeholder={t('search.wherePlaceholder')} maxLength={120} />
        </div>
        <button class="kern-btn kern-btn--primary search-form__submit" type="submit">
          <span class="kern-icon kern-icon--search" aria-hidden="true" />
          <span class="kern-label">{t('search.submit')}</span>
        </button>
      </div>
      <button type="button" class="kern-btn kern-btn--tertiary locate-me" hidden data-locate>
        <span class="kern-label">{t('search.useMyLocation')}</span>
      </button>
    </form>
  );
}

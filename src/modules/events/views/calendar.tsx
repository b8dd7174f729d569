import { Layout, withLang, withQueryChanges } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, ErrorSummary, type FieldError } from '../../../platform/views/components.tsx';
import type { LifeSituation } from '../../directory/service.ts';
import type { CalendarEntry, CalendarParams, Period } from '../service.ts';

export type CalendarView = {
  params: CalendarParams;
  raw: Record<string, string>;
  errors: FieldError[];
  period: Period;
  entries: CalendarEntry[];
  more: boolean;
  situations: LifeSituation[];
  districts: { code: string; name: string }[];
};

const LANGUAGE_CODES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa'];

function hrefWith(v: ReturnType<typeof useView>, changes: Record<string, string | undefined>) {
  return withQueryChanges('/veranstaltungen', v.query, v.lang, changes);
}

export function CalendarPage(props: CalendarView) {
  const v = useView();
  const { t, fmt } = v;
  const p = props.params;
  const per = props.period;
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  const day = (iso: string) => fmt.date(`${iso}T12:00:00Z`);
  const heading = per.kind === 'week' ? t('events.period.week', { from: day(per.from), to: day(per.to) })
    : per.kind === 'month' ? new Intl.DateTimeFormat(v.lang === 'de' ? 'de-DE' : v.lang === 'en' ? 'en-GB' : v.lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${per.from}T12:00:00Z`))
    : t('events.period.range', { from: day(per.from), to: day(per.to) });
  // Sessions grouped by their day in the municipality's time zone.
  const groups: { day: string; label: string; entries: CalendarEntry[] }[] = [];
  for (const e of props.entries) {
    const last = groups[groups.length - 1];
    if (last?.day === e.day) last.entries.push(e); else groups.push({ day: e.day, label: fmt.dayDate(e.startsAt), entries: [e] });
  }
  const view = p.ansicht === 'woche' ? 'woche' : 'monat';
  return (
    <Layout title={`${t('events.title')}: ${heading}`} crumbs={[{ label: t('events.title') }]} wide>
      <h1 class="kern-heading-large">{t('events.title')}</h1>
      <p class="kern-body">{t('events.lead', { name: v.municipality.name })}</p>
      <ErrorSummary errors={props.errors} anchorPrefix="filter-" />
      <div class="results-layout">
        <aside class="filters" aria-labelledby="filters-title">
          <h2 id="filters-title" class="kern-heading-small">{t('events.filters.title')}</h2>
          <form method="get" action="/veranstaltungen" class="filters__form" novalidate>
            {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t('events.view.label')}</legend>
              <div class="kern-fieldset__body">
                {(['woche', 'monat'] as const).map((a) => (
                  <div class="kern-form-check" key={a}>
                    <input class="kern-form-check__radio" type="radio" id={`filter-ansicht-${a}`} name="ansicht" value={a} checked={view === a} />
                    <label class="kern-label" for={`filter-ansicht-${a}`}>{t(a === 'woche' ? 'events.view.week' : 'events.view.month')}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            {p.datum ? <input type="hidden" name="datum" value={p.datum} /> : null}
            <div class="kern-form-input">
              <label class="kern-label" for="filter-lebenslage">{t('filters.situation')}</label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id="filter-lebenslage" name="lebenslage">
                  <option value="">{t('filters.any')}</option>
                  {props.situations.map((s) => <option key={s.id} value={s.code} selected={p.lebenslage === s.code}>{s.name}</option>)}
                </select>
              </div>
            </div>
            <div class="kern-form-input">
              <label class="kern-label" for="filter-sozialraum">{t('filters.district')}</label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id="filter-sozialraum" name="sozialraum">
                  <option value="">{t('filters.anyDistrict')}</option>
                  {props.districts.map((d) => <option key={d.code} value={d.code} selected={p.sozialraum === d.code}>{d.name}</option>)}
                </select>
              </div>
            </div>
            <DateInput id="age" label={t('filters.age')} hint={t('filters.ageHint')} value={props.raw.age ?? (p.age != null ? String(p.age) : '')} error={err('age')} numeric />
            <div class="kern-form-input">
              <label class="kern-label" for="filter-sprache">{t('filters.language')}</label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id="filter-sprache" name="sprache">
                  <option value="">{t('filters.anyLanguage')}</option>
                  {LANGUAGE_CODES.map((c) => <option key={c} value={c} selected={p.sprache === c}>{fmt.language(c)}</option>)}
                </select>
              </div>
            </div>
            <div class="kern-form-check">
              <input class="kern-form-check__checkbox" type="checkbox" id="filter-kostenfrei" name="kostenfrei" value="1" checked={Boolean(p.kostenfrei)} />
              <label class="kern-label" for="filter-kostenfrei">{t('filters.free')}</label>
            </div>
            <DateInput id="von" label={t('events.filters.from')} hint={t('events.filters.dateHint')} value={props.raw.von ?? (p.von ? isoToDe(p.von) : '')} error={err('von')} />
            <DateInput id="bis" label={t('events.filters.to')} hint={t('events.filters.dateHint')} value={props.raw.bis ?? (p.bis ? isoToDe(p.bis) : '')} error={err('bis')} />
            <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('events.filters.apply')}</span></button>
            <p><a class="kern-link" href={withLang('/veranstaltungen', v.lang)}>{t('events.filters.reset')}</a></p>
          </form>
        </aside>

        <section class="results" aria-labelledby="period-title">
          <h2 id="period-title" class="kern-heading-medium">{heading}</h2>
          {per.previous || per.next ? (
            <nav class="pagination" aria-label={t('events.view.label')}>
              <ul>
                {per.previous ? <li><a href={hrefWith(v, { datum: per.previous, ansicht: view })} rel="prev">{t(per.kind === 'week' ? 'events.period.previousWeek' : 'events.period.previousMonth')}</a></li> : null}
                {per.next ? <li><a href={hrefWith(v, { datum: per.next, ansicht: view })} rel="next">{t(per.kind === 'week' ? 'events.period.nextWeek' : 'events.period.nextMonth')}</a></li> : null}
              </ul>
            </nav>
          ) : null}
          <p class="results__count" role="status">{t('events.count', { count: props.entries.length })}</p>
          {props.more ? <Alert tone="info" title={t('events.more')} /> : null}
          {groups.length === 0 ? <Alert tone="info" title={t('events.none')}>{t('events.noneHint')}</Alert> : null}
          {groups.map((g) => (
            <section key={g.day} class="event-day" aria-labelledby={`day-${g.day}`}>
              <h3 class="kern-heading-small" id={`day-${g.day}`}>{g.label}</h3>
              <ul class="result-list">
                {g.entries.map((e) => <EventCard key={e.sessionId} e={e} />)}
              </ul>
            </section>
          ))}
        </section>
      </div>
    </Layout>
  );
}

function DateInput(props: { id: string; label: string; hint: string; value: string; error?: string; numeric?: boolean }) {
  const id = `filter-${props.id}`;
  const described = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>{props.label}</label>
      <div class="kern-hint" id={`${id}-hint`}>{props.hint}</div>
      {props.error ? <p class="kern-error" id={`${id}-error`}><span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" /> {props.error}</p> : null}
      <input class={`kern-form-input__input${props.numeric ? ' kern-form-input__input--width-4' : ' kern-form-input__input--width-10'}${props.error ? ' kern-form-input__input--error' : ''}`}
        type="text" inputMode={props.numeric ? 'numeric' : 'text'} id={id} name={props.id} value={props.value}
        aria-describedby={described} aria-invalid={props.error ? 'true' : undefined} />
    </div>
  );
}

const isoToDe = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export function placesBadge(t: ReturnType<typeof useView>['t'], e: { status: string; registrationClosed: boolean; capacity: number; confirmedPlaces: number; waiting: boolean }) {
  if (e.status === 'cancelled') return <Badge tone="danger">{t('events.status.cancelled')}</Badge>;
  if (e.registrationClosed) return <Badge tone="warning">{t('events.status.closed')}</Badge>;
  const free = e.capacity - e.confirmedPlaces;
  if (free <= 0 || e.waiting) return <Badge tone="warning">{t('events.places.full')}</Badge>;
  return <Badge tone="success">{t('events.places.free', { count: free })}</Badge>;
}

function EventCard(props: { e: CalendarEntry }) {
  const v = useView();
  const { t, fmt } = v;
  const e = props.e;
  return (
    <li class="result">
      <article aria-labelledby={`e-${e.sessionId}`}>
        <p class="result__org">{fmt.time(e.startsAt)}–{fmt.time(e.endsAt)} · {t(`events.formats.${e.format}`)}</p>
        <h4 class="kern-heading-small result__title" id={`e-${e.sessionId}`}>
          <A href={`/veranstaltungen/${e.eventId}`}><span lang={v.lang !== 'de' && !e.translated ? 'de' : undefined}>{e.title}</span></A>
        </h4>
        <ul class="result__facts">
          <li>{t('events.card.organizer')}: {e.organizationName}</li>
          {e.place ? <li>{e.place}{e.room ? `, ${t('events.page.room', { room: e.room })}` : ''}</li> : null}
          {e.online ? <li>{t('events.card.online')}</li> : null}
          {e.districtName ? <li>{t('service.districtLabel')}: {e.districtName}</li> : null}
          {e.sessionCount > 1 ? <li>{t('events.card.sessions', { count: e.sessionCount })}</li> : null}
        </ul>
        <p class="result__badges">
          {placesBadge(t, e)}
          {!e.fee ? <Badge tone="success">{t('events.fee.free')}</Badge> : <Badge>{fmt.currency(e.fee)}</Badge>}
        </p>
      </article>
    </li>
  );
}

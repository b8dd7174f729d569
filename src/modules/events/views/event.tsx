import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, ErrorSummary, TextField, type FieldError } from '../../../platform/views/components.tsx';
import { ageLabel } from '../../directory/views/results.tsx';
import type { EventDetail } from '../service.ts';
import { placesBadge } from './calendar.tsx';
import { offersReducedFee } from '../registration.ts';

export type RegistrationFormState = {
  /** 'open', or why registration is not possible now. */
  state: 'open' | 'cancelled' | 'closed' | 'notOpenYet' | 'deadlinePassed' | 'started';
  csrf: string;
  account: { email: string; name: string } | null;
  /** The signed-in person's own active registration for this event, if any. */
  own?: { status: 'pending' | 'confirmed' | 'waiting'; position: number | null } | null;
  values: { name?: string; email?: string; places?: string; answers?: Record<string, string>; reducedFee?: boolean };
  errors: FieldError[];
  /** A refusal of the whole registration (deadline passed meanwhile, duplicate …), shown above the form. */
  refusal?: string;
  retentionDays: number;
};

export function EventPage(props: { e: EventDetail; form: RegistrationFormState }) {
  const v = useView();
  const { t, fmt } = v;
  const e = props.e;
  const deLang = (translated: boolean) => (v.lang !== 'de' && !translated ? 'de' : undefined);
  const free = e.capacity - e.confirmedPlaces;
  return (
    <Layout title={e.title} crumbs={[{ href: '/veranstaltungen', label: t('events.title') }, { label: e.title }]} description={e.description.slice(0, 160)}>
      <p class="result__badges">
        <Badge>{t(`events.formats.${e.format}`)}</Badge>
        {placesBadge(t, { ...e, waiting: e.waitingCount > 0 })}
      </p>
      <h1 class="kern-heading-large" lang={deLang(e.translatedTitle)}>{e.title}</h1>
      <p class="kern-body">{t('events.page.organization')}: <A href={`/organisationen/${e.organization.id}`}>{e.organization.name}</A></p>
      {e.status === 'cancelled' ? <Alert tone="danger" title={t('events.page.cancelledText')} role="status" /> : null}

      <section aria-labelledby="sessions-title">
        <h2 class="kern-heading-medium" id="sessions-title">{t('events.page.sessions')}</h2>
        <ul class="kern-list event-sessions">
          {e.sessions.map((s) => (
            <li key={s.id}>
              <strong>{t('events.page.sessionWhen', { date: fmt.dayDate(s.startsAt), from: fmt.time(s.startsAt), to: fmt.time(s.endsAt) })}</strong>
              {s.place ? <><br />{s.place}</> : null}
              {s.room ? <><br />{t('events.page.room', { room: s.room })}</> : null}
              {s.districtName ? <><br />{t('service.districtLabel')}: {s.districtName}</> : null}
              {s.onlineUrl ? <><br /><a class="kern-link" href={s.onlineUrl} rel="noopener">{t('events.page.onlineLink')}</a></> : null}
            </li>
          ))}
        </ul>
        <p><a class="kern-link" href={`/veranstaltungen/${e.id}/kalender.ics`}>{t('events.page.calendarFile')}</a></p>
      </section>

      <section aria-labelledby="about-title">
        <h2 class="kern-heading-medium" id="about-title">{t('events.page.about')}</h2>
        {e.description.split(/\n{2,}/).map((para, i) => <p key={i} class="kern-body" lang={deLang(e.translatedDescription)}>{para}</p>)}
      </section>

      {e.speakers.length ? (
        <section aria-labelledby="speakers-title">
          <h2 class="kern-heading-medium" id="speakers-title">{t('events.page.speakers')}</h2>
          <ul class="kern-list">
            {e.speakers.map((s, i) => (
              <li key={i}><strong>{s.name}</strong>{s.affiliation ? ` (${s.affiliation})` : ''}{s.contribution ? <>: <span lang={v.lang !== 'de' ? 'de' : undefined}>{s.contribution}</span></> : null}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="details-title">
        <h2 class="kern-heading-medium" id="details-title">{t('events.page.details')}</h2>
        <dl class="facts">
          <dt>{t('events.page.format')}</dt><dd>{t(`events.formats.${e.format}`)}</dd>
          {e.topic ? <><dt>{t('events.page.topic')}</dt><dd lang={v.lang !== 'de' ? 'de' : undefined}>{e.topic}</dd></> : null}
          {e.keywords.length ? <><dt>{t('events.page.keywords')}</dt><dd lang={v.lang !== 'de' ? 'de' : undefined}>{e.keywords.join(', ')}</dd></> : null}
          {e.situations.length ? <><dt>{t('events.page.situations')}</dt><dd>{e.situations.map((s, i) => <>{i ? ', ' : ''}<A href={`/veranstaltungen?lebenslage=${s.code}`}>{s.name}</A></>)}</dd></> : null}
          {e.targetGroup ? <><dt>{t('events.page.targetGroup')}</dt><dd lang={v.lang !== 'de' ? 'de' : undefined}>{e.targetGroup}</dd></> : null}
          {e.minimumAge != null || e.maximumAge != null ? <><dt>{t('events.page.ages')}</dt><dd>{ageLabel(t, e.minimumAge, e.maximumAge)}</dd></> : null}
          <dt>{t('events.page.languages')}</dt><dd>{e.languageCodes.map((c) => fmt.language(c)).join(', ')}</dd>
          <dt>{t('events.page.fee')}</dt>
          <dd>{!e.fee ? t('events.fee.free') : fmt.currency(e.fee)}{e.fee && e.feeReduced != null ? `, ${e.feeReduced === 0 ? t('events.fee.reducedFree') : t('events.fee.reduced', { amount: fmt.currency(e.feeReduced) })}` : ''}
            {e.feeNote ? <><br /><span lang={v.lang !== 'de' ? 'de' : undefined}>{e.feeNote}</span></> : null}</dd>
          <dt>{t('events.page.capacity')}</dt><dd>{t('events.places.capacity', { count: e.capacity })}{e.status === 'scheduled' ? ` · ${free > 0 && e.waitingCount === 0 ? t('events.places.free', { count: free }) : t('events.places.full')}` : ''}</dd>
          {e.registrationClosesAt ? <><dt>{t('events.page.registrationPeriod')}</dt><dd>{e.registrationOpensAt
            ? t('events.page.registrationFromTo', { from: fmt.dateTime(e.registrationOpensAt), to: fmt.dateTime(e.registrationClosesAt) })
            : t('events.page.registrationUntil', { to: fmt.dateTime(e.registrationClosesAt) })}</dd></> : null}
          {e.accessibility || e.wheelchair ? <><dt>{t('events.page.accessibility')}</dt><dd>{e.wheelchair ? t('filters.wheelchair') : ''}{e.wheelchair && e.accessibility ? '. ' : ''}<span lang={v.lang !== 'de' ? 'de' : undefined}>{e.accessibility}</span></dd></> : null}
          {e.service ? <><dt>{t('events.page.service')}</dt><dd><A href={`/angebote/${e.service.id}`}>{e.service.name}</A></dd></> : null}
        </dl>
      </section>

      <RegistrationSection e={e} form={props.form} full={free <= 0 || e.waitingCount > 0} />
      <p><A href="/veranstaltungen">{t('events.page.back')}</A></p>
    </Layout>
  );
}

function RegistrationSection(props: { e: EventDetail; form: RegistrationFormState; full: boolean }) {
  const v = useView();
  const { t, fmt } = v;
  const { e, form } = props;
  const err = (f: string) => form.errors.find((x) => x.field === f)?.message;
  if (form.state !== 'open') {
    return (
      <section aria-labelledby="register-title">
        <h2 class="kern-heading-medium" id="register-title">{t('events.register.title')}</h2>
        <Alert tone={form.state === 'cancelled' ? 'danger' : 'info'} title={t(`events.register.closed.${form.state}`, { date: e.registrationOpensAt ? fmt.dateTime(e.registrationOpensAt) : '' })} role="status" />
      </section>
    );
  }
  if (e.requiresAccount && !form.account) {
    return (
      <section aria-labelledby="register-title">
        <h2 class="kern-heading-medium" id="register-title">{t('events.register.title')}</h2>
        <p class="kern-body">{t('events.register.accountRequired')}</p>
        <p><A href={`/anmelden?weiter=${encodeURIComponent(`/veranstaltungen/${e.id}`)}`}>{t('events.register.signIn')}</A></p>
      </section>
    );
  }
  if (form.own && !form.refusal && !form.errors.length) {
    return (
      <section aria-labelledby="register-title">
        <h2 class="kern-heading-medium" id="register-title">{t('events.register.title')}</h2>
        <Alert tone={form.own.status === 'confirmed' ? 'success' : 'info'} title={t(`events.register.already.${form.own.status}`, { position: form.own.position ?? '' })} role="status">
          <p class="kern-body"><A href="/konto/anmeldungen">{t('events.register.already.link')}</A></p>
        </Alert>
      </section>
    );
  }
  const summary = [...(form.refusal ? [{ field: '', message: form.refusal }] : []), ...form.errors];
  return (
    <section aria-labelledby="register-title">
      <h2 class="kern-heading-medium" id="register-title">{t('events.register.title')}</h2>
      {props.full ? <Alert tone="warning" title={t('events.places.full')}>{t('events.register.leadFull')}</Alert> : null}
      <p class="kern-body">{form.account ? t('events.register.leadSignedIn', { email: form.account.email }) : t('events.register.lead')}</p>
      <ErrorSummary errors={summary} />
      <form method="post" action={`/veranstaltungen/${e.id}/anmelden`} class="form" novalidate>
        <input type="hidden" name="_csrf" value={form.csrf} />
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        <TextField id="name" label={t('events.register.name')} type="text" value={form.values.name ?? form.account?.name} autocomplete="name" error={err('name')} />
        {form.account ? null : <TextField id="email" label={t('events.register.email')} type="email" value={form.values.email} autocomplete="email" hint={t('events.register.emailHint')} error={err('email')} />}
        {e.maxPlacesPerRegistration > 1
          ? <TextField id="places" label={t('events.register.places')} type="text" inputmode="numeric" value={form.values.places ?? '1'} autocomplete="off"
            hint={t('events.register.placesHint', { count: e.maxPlacesPerRegistration })} error={err('places')} />
          : <input type="hidden" name="places" value="1" />}
        {e.questions.map((q) => <Question key={q.id} q={q} value={form.values.answers?.[q.id]} error={err(`q-${q.id}`)} />)}
        {offersReducedFee(e) ? (
          <div class="kern-form-check">
            <input class="kern-form-check__checkbox" type="checkbox" id="reducedFee" name="reducedFee" value="1" checked={form.values.reducedFee === true} aria-describedby="reducedFee-hint" />
            <label class="kern-label" for="reducedFee">{t('events.register.reducedFee', { amount: e.feeReduced === 0 ? t('events.fee.free') : fmt.currency(e.feeReduced!) })}</label>
            <div class="kern-hint" id="reducedFee-hint" lang={e.feeNote && v.lang !== 'de' ? 'de' : undefined}>{e.feeNote || t('events.register.reducedFeeHint')}</div>
          </div>
        ) : null}
        <p class="kern-body kern-body--small">{t('events.register.privacy', { days: form.retentionDays })}</p>
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('events.register.submit')}</span></button>
      </form>
    </section>
  );
}

function Question(props: { q: EventDetail['questions'][number]; value?: string; error?: string }) {
  const v = useView();
  const { t } = v;
  const { q } = props;
  const id = `q-${q.id}`;
  const label = <>{q.label}{q.required ? '' : ` ${t('events.register.optional')}`}</>;
  if (q.kind === 'text') {
    return <TextField id={id} name={`answer_${q.id}`} label={`${q.label}${q.required ? '' : ` ${t('events.register.optional')}`}`} type="text" value={props.value} autocomplete="off" error={props.error} />;
  }
  return (
    <fieldset class={`kern-fieldset${props.error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend class="kern-label" lang={v.lang !== 'de' ? 'de' : undefined}>{label}</legend>
      {props.error ? <p class="kern-error" id={`${id}-error`}>{props.error}</p> : null}
      <div class="kern-fieldset__body kern-fieldset__body--horizontal">
        {(['ja', 'nein'] as const).map((answer) => (
          <div class="kern-form-check" key={answer}>
            <input class="kern-form-check__radio" type="radio" id={`${id}-${answer}`} name={`answer_${q.id}`} value={answer} checked={props.value === answer} />
            <label class="kern-label" for={`${id}-${answer}`}>{t(answer === 'ja' ? 'events.register.yes' : 'events.register.no')}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A short page after a step of the registration: a title, a text, links on. */
export function EventMessagePage(props: { title: string; text: string; tone?: 'success' | 'info' | 'warning' | 'danger'; eventId?: string; children?: preact.ComponentChildren }) {
  const v = useView();
  const { t } = v;
  return (
    <Layout title={props.title} noindex>
      <h1 class="kern-heading-large">{props.title}</h1>
      <Alert tone={props.tone ?? 'info'} title={props.text} role="status" />
      {props.children}
      <p>{props.eventId ? <><A href={`/veranstaltungen/${props.eventId}`}>{t('events.manage.toEvent')}</A> · </> : null}<A href="/veranstaltungen">{t('events.page.back')}</A></p>
    </Layout>
  );
}

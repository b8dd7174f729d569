import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, ErrorSummary, TextArea, TextField, type FieldError } from '../../../platform/views/components.tsx';
import type { ManagedEvent, Participant, ParticipantList } from '../organiser.ts';

export function ManagedEventsPage(props: { events: ManagedEvent[]; saved?: ManagedEvent }) {
  const v = useView();
  const { t, fmt } = v;
  return (
    <Layout title={t('events.organiser.title')} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { label: t('events.organiser.title') }]} noindex wide>
      <h1 class="kern-heading-large">{t('events.organiser.title')}</h1>
      {props.saved ? (
        <Alert tone="success" title={t('events.organiser.saved', { title: props.saved.title })} role="status">
          <p class="kern-body"><A href={`/veranstaltungen/${props.saved.id}`}>{t('events.organiser.publicPage')}</A></p>
        </Alert>
      ) : null}
      <p><A class="kern-btn kern-btn--primary" href="/verwaltung/veranstaltungen/neu"><span class="kern-label">{t('events.editor.createTitle')}</span></A></p>
      {props.events.length === 0 ? <p class="kern-body">{t('events.organiser.none')}</p> : (
        <table class="kern-table">
          <caption class="kern-sr-only">{t('events.organiser.title')}</caption>
          <thead class="kern-table__head"><tr class="kern-table__row">
            <th class="kern-table__header" scope="col">{t('events.organiser.event')}</th>
            <th class="kern-table__header" scope="col">{t('events.organiser.date')}</th>
            <th class="kern-table__header" scope="col">{t('events.organiser.organization')}</th>
            <th class="kern-table__header" scope="col">{t('events.organiser.booked')}</th>
            <th class="kern-table__header" scope="col">{t('events.organiser.waiting')}</th>
            <th class="kern-table__header" scope="col"><span class="kern-sr-only">{t('events.organiser.actions')}</span></th>
          </tr></thead>
          <tbody class="kern-table__body">
            {props.events.map((e) => (
              <tr class="kern-table__row" key={e.id}>
                <td class="kern-table__cell">{e.canSeeRegistrations ? <A href={`/verwaltung/veranstaltungen/${e.id}`}>{e.title}</A> : <A href={`/veranstaltungen/${e.id}`}>{e.title}</A>}
                  {e.status === 'cancelled' ? <> <Badge tone="danger">{t('events.status.cancelled')}</Badge></> : e.registrationClosed ? <> <Badge tone="warning">{t('events.status.closed')}</Badge></> : null}</td>
                <td class="kern-table__cell">{fmt.dateTime(e.startsAt)}</td>
                <td class="kern-table__cell">{e.organizationName}</td>
                <td class="kern-table__cell">{e.confirmedPlaces} / {e.capacity}</td>
                <td class="kern-table__cell">{e.waiting}</td>
                <td class="kern-table__cell"><A href={`/verwaltung/veranstaltungen/${e.id}/bearbeiten`}>{t('events.organiser.edit')}<span class="kern-sr-only">: {e.title}</span></A></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function ParticipantsPage(props: { list: ParticipantList; csrf: string; notice?: string; errors: FieldError[]; message: { subject?: string; message?: string } }) {
  const v = useView();
  const { t, fmt } = v;
  const { event: e, participants, questions } = props.list;
  const confirmed = participants.filter((p) => p.status === 'confirmed');
  const err = (f: string) => props.errors.find((x) => x.field === f)?.message;
  const base = `/verwaltung/veranstaltungen/${e.id}`;
  const cancellable = e.status === 'scheduled' && participants.some((p) => p.status !== 'cancelled');
  return (
    <Layout title={`${t('events.organiser.participants')}: ${e.title}`} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { href: '/verwaltung/veranstaltungen', label: t('events.organiser.title') }, { label: e.title }]} noindex wide>
      <h1 class="kern-heading-large">{e.title}</h1>
      <p class="kern-body">{fmt.dateTime(e.startsAt)} · {t('events.organiser.booked')}: {e.confirmedPlaces} / {e.capacity} · {t('events.organiser.waiting')}: {participants.filter((p) => p.status === 'waiting').length}
        {e.status === 'cancelled' ? <> <Badge tone="danger">{t('events.status.cancelled')}</Badge></> : null}</p>
      {props.notice ? <Alert tone="success" title={props.notice} role="status" /> : null}
      <ErrorSummary errors={props.errors} />
      <p><a class="kern-link" href={`${base}/teilnehmende.csv`}>{t('events.organiser.csv')}</a> · <A href={`${base}/bearbeiten`}>{t('events.organiser.editEvent')}</A>
        {' · '}<A href={`/veranstaltungen/${e.id}`}>{t('events.organiser.publicPage')}</A></p>

      <h2 class="kern-heading-medium" id="list-title">{t('events.organiser.participants')}</h2>
      <form method="post" action={`${base}/anwesenheit`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <table class="kern-table" aria-labelledby="list-title">
          <thead class="kern-table__head"><tr class="kern-table__row">
            <th class="kern-table__header" scope="col">{t('events.manage.name')}</th>
            <th class="kern-table__header" scope="col">{t('events.manage.email')}</th>
            <th class="kern-table__header" scope="col">{t('events.manage.places')}</th>
            <th class="kern-table__header" scope="col">{t('events.organiser.status')}</th>
            {props.list.showReducedFee ? <th class="kern-table__header" scope="col">{t('events.organiser.reducedFee')}</th> : null}
            {questions.map((q) => <th class="kern-table__header" scope="col" key={q.id}>{q.label}</th>)}
            <th class="kern-table__header" scope="col">{t('events.organiser.attended')}</th>
            {cancellable ? <th class="kern-table__header" scope="col"><span class="kern-sr-only">{t('events.organiser.actions')}</span></th> : null}
          </tr></thead>
          <tbody class="kern-table__body">
            {participants.map((p) => (
              <tr class="kern-table__row" key={p.id}>
                <td class="kern-table__cell">{p.name}</td>
                <td class="kern-table__cell">{p.email}</td>
                <td class="kern-table__cell">{p.places}</td>
                <td class="kern-table__cell">{t(`events.organiser.statuses.${p.status}`)}{p.position != null ? ` (${p.position})` : ''}</td>
                {props.list.showReducedFee ? <td class="kern-table__cell">{p.reducedFee ? t('events.register.yes') : t('events.register.no')}</td> : null}
                {questions.map((q) => <td class="kern-table__cell" key={q.id}>{p.answers[q.id] ?? ''}</td>)}
                <td class="kern-table__cell">{p.status === 'confirmed' ? (
                  <div class="kern-form-check">
                    <input class="kern-form-check__checkbox" type="checkbox" id={`attended-${p.id}`} name="attended" value={p.id} checked={p.attended === true} />
                    <label class="kern-label" for={`attended-${p.id}`}><span class="kern-sr-only">{t('events.organiser.attendedBy', { name: p.name })}</span><span aria-hidden="true">{t('events.register.yes')}</span></label>
                  </div>) : null}</td>
                {cancellable ? <td class="kern-table__cell">{p.status !== 'cancelled'
                  ? <A href={`${base}/anmeldungen/${p.id}/stornieren`}>{t('events.organiser.cancelRegistration')}<span class="kern-sr-only">: {p.name}</span></A> : null}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
        {confirmed.length ? <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('events.organiser.saveAttendance')}</span></button> : null}
      </form>

      {e.status === 'scheduled' ? (
        <>
          <h2 class="kern-heading-medium">{t('events.organiser.registration')}</h2>
          <form method="post" action={`${base}/anmeldung`}>
            <input type="hidden" name="_csrf" value={props.csrf} />
            <input type="hidden" name="closed" value={e.registrationClosed ? '0' : '1'} />
            <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t(e.registrationClosed ? 'events.organiser.reopen' : 'events.organiser.close')}</span></button>
          </form>

          <h2 class="kern-heading-medium">{t('events.organiser.messageTitle')}</h2>
          <form method="post" action={`${base}/nachricht`} class="form" novalidate>
            <input type="hidden" name="_csrf" value={props.csrf} />
            <TextField id="subject" label={t('events.organiser.subject')} type="text" value={props.message.subject} autocomplete="off" error={err('subject')} />
            <TextArea id="message" label={t('events.organiser.message')} value={props.message.message ?? ''} rows={6} error={err('message')} />
            <div class="kern-form-check">
              <input class="kern-form-check__checkbox" type="checkbox" id="includeWaiting" name="includeWaiting" value="1" />
              <label class="kern-label" for="includeWaiting">{t('events.organiser.includeWaiting')}</label>
            </div>
            <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('events.organiser.send')}</span></button>
          </form>

          <h2 class="kern-heading-medium">{t('events.organiser.cancelTitle')}</h2>
          <form method="post" action={`${base}/absagen`} class="form" novalidate>
            <input type="hidden" name="_csrf" value={props.csrf} />
            <TextField id="reason" label={t('events.organiser.reason')} type="text" autocomplete="off" hint={t('events.organiser.reasonHint')} />
            <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('events.organiser.cancelEvent')}</span></button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}

/** Asks before the organiser cancels one registration: who it is, what follows; the button posts, a link goes back. */
export function CancelRegistrationPage(props: { event: ParticipantList['event']; participant: Participant; csrf: string }) {
  const v = useView();
  const { t, fmt } = v;
  const { event: e, participant: p } = props;
  const base = `/verwaltung/veranstaltungen/${e.id}`;
  const title = t('events.organiser.cancelRegistrationTitle');
  return (
    <Layout title={title} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { href: '/verwaltung/veranstaltungen', label: t('events.organiser.title') },
      { href: base, label: e.title }, { label: title }]} noindex>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body kern-body--large">{e.title}<br />{fmt.dateTime(e.startsAt)}</p>
      <dl class="facts">
        <dt>{t('events.manage.name')}</dt><dd>{p.name}</dd>
        <dt>{t('events.manage.email')}</dt><dd>{p.email}</dd>
        <dt>{t('events.manage.places')}</dt><dd>{p.places}</dd>
        <dt>{t('events.organiser.status')}</dt><dd>{t(`events.organiser.statuses.${p.status}`)}{p.position != null ? ` (${p.position})` : ''}</dd>
      </dl>
      {p.status === 'cancelled' ? <Alert tone="info" title={t('events.organiser.done.already')} role="status" /> : (
        <>
          <Alert tone="warning" title={t('events.organiser.cancelRegistrationWarning')}>
            <p class="kern-body">{p.status === 'confirmed' ? t('events.organiser.cancelRegistrationConfirmed') : p.status === 'pending'
              ? t('events.organiser.cancelRegistrationPending') : t('events.organiser.cancelRegistrationWaiting')}</p>
          </Alert>
          <form method="post" action={`${base}/anmeldungen/${p.id}/stornieren`} class="button-row button-row--middle">
            <input type="hidden" name="_csrf" value={props.csrf} />
            {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
            <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('events.organiser.cancelRegistrationSubmit')}</span></button>
            <A href={base}>{t('events.organiser.keepRegistration')}</A>
          </form>
        </>
      )}
    </Layout>
  );
}

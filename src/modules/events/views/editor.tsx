// The organisers' form for creating and editing an event, and the step before it that asks for which
// organisation. Without JavaScript: a fixed number of empty rows for sessions, speakers and questions
// (empty rows are ignored), and a button that asks the server for more rows, keeping what was typed.
import type { ComponentChildren } from 'preact';
import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, ErrorSummary, SelectField, TextArea, TextField, type FieldError } from '../../../platform/views/components.tsx';
import { EVENT_FORMATS } from '../schema.ts';
import type { EditedEvent, EditorOptions, EditorValues, RowKind } from '../editor.ts';

const LIST = '/verwaltung/veranstaltungen';

export type EditorPageProps = {
  mode: 'create' | 'edit';
  /** The event being edited (with its registrations' counts). */
  event?: EditedEvent;
  csrf: string;
  values: EditorValues;
  options: EditorOptions;
  errors: FieldError[];
  /** The field that gets the focus (the first of the rows just added). */
  focus?: string;
  /** The actor manages more than one organisation: a new event may be for another. */
  otherOrganizations?: boolean;
};

export function EventEditorPage(props: EditorPageProps) {
  const v = useView();
  const { t } = v;
  const { values: val, options, event } = props;
  const err = (f: string) => props.errors.find((x) => x.field === f)?.message;
  const title = props.mode === 'create' ? t('events.editor.createTitle') : t('events.editor.editTitle');
  const action = props.mode === 'create' ? `${LIST}/neu` : `${LIST}/${event!.id}/bearbeiten`;
  const topLevel = options.situations.filter((s) => !s.parentId);
  // Most events take place at the organisation's own address: with only one, new rows offer it already.
  const onlyPlace = options.locations.length === 1 ? options.locations[0].id : '';
  const isBlankRow = (s: EditorValues['sessions'][number]) => !s.id && !s.date && !s.start && !s.end && !s.onlineUrl && !s.room;
  return (
    <Layout title={title}
      crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { href: LIST, label: t('events.organiser.title') }, { label: event ? event.title : title }]} noindex wide>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('events.editor.organization')}: <strong>{options.organization.name}</strong>
        {props.mode === 'create' && props.otherOrganizations ? <> · <A href={`${LIST}/neu?anderer=1`}>{t('events.editor.otherOrganization')}</A></> : null}</p>
      {event && (event.confirmedPlaces > 0 || event.waiting > 0) ? (
        <Alert tone="info" title={t('events.editor.hasRegistrations', { confirmed: event.confirmedPlaces, waiting: event.waiting })}>
          <p class="kern-body">{t('events.editor.hasRegistrationsText', { confirmed: event.confirmedPlaces })}</p>
        </Alert>
      ) : null}
      {event?.status === 'cancelled' ? <Alert tone="warning" title={t('events.editor.cancelled')} /> : null}
      {props.mode === 'create' ? <p class="kern-body">{t('events.editor.lead')}</p> : null}
      <ErrorSummary errors={props.errors} />

      <form method="post" action={action} class="editor" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="organizationId" value={val.organizationId} />
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        {/* Enter in a field saves (the first submit button of a form is the one Enter presses), not "more rows". */}
        <button type="submit" class="editor__default" tabIndex={-1} aria-hidden="true">{props.mode === 'create' ? t('events.editor.create') : t('events.editor.save')}</button>

        <Section id="about" title={t('events.editor.sections.about')}>
          <TextField id="title" label={t('events.editor.title')} type="text" value={val.title} autocomplete="off" error={err('title')} />
          <TextArea id="description" label={t('events.editor.description')} hint={t('events.editor.descriptionHint')} value={val.description} rows={7} error={err('description')} />
          <Choice id="format" legend={t('events.editor.format')} error={err('format')} type="radio"
            options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`events.formats.${f}`), hint: t(`events.editor.formatHints.${f}`) }))} checked={[val.format]} />
          <SelectField id="serviceId" label={t('events.editor.service')} value={val.serviceId} any={t('events.editor.noService')} error={err('serviceId')}
            options={options.services.map((s) => ({ value: s.id, label: s.name }))} />
          <p class="kern-hint editor__note">{t('events.editor.serviceHint')}</p>
        </Section>

        <Section id="sessions" title={t('events.editor.sections.sessions')} lead={t('events.editor.sessionsLead')}>
          {val.sessions.map((s, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{t('events.editor.session', { n: i + 1 })}</legend>
              <input type="hidden" name={`session-${i}-id`} value={s.id} />
              <div class="editor-row__grid editor-row__grid--when">
                <Input id={`session-${i}-date`} label={t('events.editor.date')} type="date" value={s.date} error={err(`session-${i}-date`)} focus={props.focus === `session-${i}-date`} />
                <Input id={`session-${i}-start`} label={t('events.editor.start')} type="time" value={s.start} error={err(`session-${i}-start`)} />
                <Input id={`session-${i}-end`} label={t('events.editor.end')} type="time" value={s.end} error={err(`session-${i}-end`)} />
              </div>
              <div class="editor-row__grid">
                <SelectField id={`session-${i}-locationId`} label={t('events.editor.location')} value={s.locationId || (isBlankRow(s) ? onlyPlace : '')} any={t('events.editor.noLocation')}
                  error={err(`session-${i}-locationId`)}
                  options={options.locations.map((l) => ({ value: l.id, label: l.label }))} />
                <Input id={`session-${i}-room`} label={t('events.editor.room')} type="text" value={s.room} error={err(`session-${i}-room`)} />
              </div>
              <Input id={`session-${i}-onlineUrl`} label={t('events.editor.onlineUrl')} type="url" value={s.onlineUrl} error={err(`session-${i}-onlineUrl`)}
                hint={i === 0 ? t('events.editor.onlineUrlHint') : undefined} />
            </fieldset>
          ))}
          <MoreRows kind="session" label={t('events.editor.moreSessions')} />
        </Section>

        <Section id="audience" title={t('events.editor.sections.audience')}>
          <TextField id="topic" label={t('events.editor.topic')} type="text" value={val.topic} autocomplete="off" error={err('topic')} hint={t('events.editor.topicHint')} />
          <TextField id="keywords" label={t('events.editor.keywords')} type="text" value={val.keywords} autocomplete="off" error={err('keywords')} hint={t('events.editor.keywordsHint')} />
          <fieldset class={`kern-fieldset${err('termIds') ? ' kern-fieldset--error' : ''}`} id="termIds" aria-describedby={err('termIds') ? 'termIds-error' : 'termIds-hint'}>
            <legend class="kern-label">{t('events.editor.situations')}</legend>
            <div class="kern-hint" id="termIds-hint">{t('events.editor.situationsHint')}</div>
            {err('termIds') ? <p class="kern-error" id="termIds-error">{err('termIds')}</p> : null}
            <div class="kern-fieldset__body editor-situations">
              {topLevel.map((top) => (
                <div class="editor-situations__group" key={top.id}>
                  <Check name="termIds" id={`termIds-${top.id}`} value={top.id} label={<strong>{top.name}</strong>} checked={val.termIds.includes(top.id)} />
                  {options.situations.filter((c) => c.parentId === top.id).map((c) => (
                    <div class="editor-situations__child" key={c.id}>
                      <Check name="termIds" id={`termIds-${c.id}`} value={c.id} label={c.name} checked={val.termIds.includes(c.id)} />
                    </div>
                  ))}
                </div>
              ))}
            </div>
          </fieldset>
          <TextField id="targetGroup" label={t('events.editor.targetGroup')} type="text" value={val.targetGroup} autocomplete="off" error={err('targetGroup')} hint={t('events.editor.targetGroupHint')} />
          <fieldset class="kern-fieldset" aria-describedby="ages-hint">
            <legend class="kern-label">{t('events.editor.ages')}</legend>
            <div class="kern-hint" id="ages-hint">{t('events.editor.agesHint')}</div>
            <div class="editor-row__grid editor-row__grid--ages editor__narrow">
              <TextField id="minimumAge" label={t('events.editor.minimumAge')} type="text" inputmode="numeric" value={val.minimumAge} autocomplete="off" error={err('minimumAge')} />
              <TextField id="maximumAge" label={t('events.editor.maximumAge')} type="text" inputmode="numeric" value={val.maximumAge} autocomplete="off" error={err('maximumAge')} />
            </div>
          </fieldset>
          <Choice id="languageCodes" legend={t('events.editor.languages')} error={err('languageCodes')} type="checkbox" columns
            options={options.languages.map((c) => ({ value: c, label: v.fmt.language(c) }))} checked={val.languageCodes} />
        </Section>

        <Section id="fees" title={t('events.editor.sections.fees')}>
          <div class="editor__narrow">
            <TextField id="fee" label={t('events.editor.fee')} type="text" inputmode="text" value={val.fee} autocomplete="off" error={err('fee')} hint={t('events.editor.feeHint')} />
          </div>
          <div class="editor__narrow">
            <TextField id="feeReduced" label={t('events.editor.feeReduced')} type="text" inputmode="text" value={val.feeReduced} autocomplete="off" error={err('feeReduced')} hint={t('events.editor.feeReducedHint')} />
          </div>
          <TextField id="feeNote" label={t('events.editor.feeNote')} type="text" value={val.feeNote} autocomplete="off" error={err('feeNote')} hint={t('events.editor.feeNoteHint')} />
        </Section>

        <Section id="registration" title={t('events.editor.sections.registration')}>
          <div class="editor__narrow">
            <TextField id="capacity" label={t('events.editor.capacity')} type="text" inputmode="numeric" value={val.capacity} autocomplete="off" error={err('capacity')}
              hint={event && event.confirmedPlaces > 0 ? t('events.editor.capacityTaken', { count: event.confirmedPlaces }) : undefined} />
          </div>
          <div class="editor__narrow">
            <TextField id="maxPlacesPerRegistration" label={t('events.editor.maxPlaces')} type="text" inputmode="numeric" value={val.maxPlacesPerRegistration} autocomplete="off"
              error={err('maxPlacesPerRegistration')} hint={t('events.editor.maxPlacesHint')} />
          </div>
          {(['opens', 'closes'] as const).map((w) => (
            <fieldset class="kern-fieldset" key={w}>
              <legend class="kern-label">{t(`events.editor.${w}`)}</legend>
              <div class="kern-hint">{t(`events.editor.${w}Hint`)}</div>
              <div class="editor-row__grid editor-row__grid--when">
                <Input id={`${w}Date`} label={t('events.editor.date')} type="date" value={val[`${w}Date`]} error={err(`${w}Date`)} />
                <Input id={`${w}Time`} label={t('events.editor.time')} type="time" value={val[`${w}Time`]} error={err(`${w}Time`)} />
              </div>
            </fieldset>
          ))}
          <Check name="requiresAccount" id="requiresAccount" value="1" label={t('events.editor.requiresAccount')} checked={val.requiresAccount} hint={t('events.editor.requiresAccountHint')} />

          <h3 class="kern-heading-small">{t('events.editor.questions')}</h3>
          <p class="kern-body">{t('events.editor.questionsLead')}</p>
          {val.questions.map((q, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{t('events.editor.question', { n: i + 1 })}</legend>
              <input type="hidden" name={`question-${i}-id`} value={q.id} />
              <Input id={`question-${i}-label`} label={t('events.editor.questionLabel')} type="text" value={q.label} error={err(`question-${i}-label`)} focus={props.focus === `question-${i}-label`} />
              <div class="editor-row__grid">
                <SelectField id={`question-${i}-kind`} label={t('events.editor.questionKind')} value={q.kind} error={err(`question-${i}-kind`)}
                  options={[{ value: 'yes_no', label: t('events.editor.kinds.yes_no') }, { value: 'text', label: t('events.editor.kinds.text') }]} />
                <Check name={`question-${i}-required`} id={`question-${i}-required`} value="1" label={t('events.editor.questionRequired')} checked={q.required} />
              </div>
            </fieldset>
          ))}
          <MoreRows kind="question" label={t('events.editor.moreQuestions')} />
        </Section>

        <Section id="speakers" title={t('events.editor.sections.speakers')} lead={t('events.editor.speakersLead')}>
          {val.speakers.map((s, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{t('events.editor.speaker', { n: i + 1 })}</legend>
              <div class="editor-row__grid">
                <Input id={`speaker-${i}-name`} label={t('events.editor.speakerName')} type="text" value={s.name} error={err(`speaker-${i}-name`)} focus={props.focus === `speaker-${i}-name`} />
                <Input id={`speaker-${i}-affiliation`} label={t('events.editor.affiliation')} type="text" value={s.affiliation} error={err(`speaker-${i}-affiliation`)} />
              </div>
              <Input id={`speaker-${i}-contribution`} label={t('events.editor.contribution')} type="text" value={s.contribution} error={err(`speaker-${i}-contribution`)} />
            </fieldset>
          ))}
          <MoreRows kind="speaker" label={t('events.editor.moreSpeakers')} />
        </Section>

        <Section id="access" title={t('events.editor.sections.accessibility')}>
          <Check name="wheelchair" id="wheelchair" value="1" label={t('events.editor.wheelchair')} checked={val.wheelchair} />
          <TextArea id="accessibility" label={t('events.editor.accessibility')} hint={t('events.editor.accessibilityHint')} value={val.accessibility} rows={3} error={err('accessibility')} />
        </Section>

        <div class="button-row editor__actions">
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{props.mode === 'create' ? t('events.editor.create') : t('events.editor.save')}</span></button>
          <A href={event ? `/veranstaltungen/${event.id}` : LIST}>{t('events.editor.cancel')}</A>
        </div>
      </form>
    </Layout>
  );
}

function Section(props: { id: string; title: string; lead?: string; children: ComponentChildren }) {
  return (
    <section class="editor__section" aria-labelledby={`${props.id}-title`}>
      <h2 class="kern-heading-medium" id={`${props.id}-title`}>{props.title}</h2>
      {props.lead ? <p class="kern-body">{props.lead}</p> : null}
      <div class="editor__fields">{props.children}</div>
    </section>
  );
}

/** A text input for the rows and date fields: TextField without autocomplete, with optional focus. */
function Input(props: { id: string; label: string; type: string; value: string; error?: string; hint?: string; focus?: boolean }) {
  return <TextField id={props.id} label={props.label} type={props.type} value={props.value} error={props.error} hint={props.hint} autocomplete="off" autofocus={props.focus} />;
}


function Check(props: { name: string; id: string; value: string; label: ComponentChildren; checked: boolean; hint?: string }) {
  return (
    <div class="kern-form-check">
      <input class="kern-form-check__checkbox" type="checkbox" id={props.id} name={props.name} value={props.value} checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined} />
      <label class="kern-label" for={props.id}>{props.label}</label>
      {props.hint ? <div class="kern-hint" id={`${props.id}-hint`}>{props.hint}</div> : null}
    </div>
  );
}

/** Radio buttons or checkboxes in a fieldset; the fieldset carries the id the error summary links to. */
function Choice(props: { id: string; legend: string; type: 'radio' | 'checkbox'; options: { value: string; label: string; hint?: string }[]; checked: string[]; error?: string; columns?: boolean }) {
  return (
    <fieldset class={`kern-fieldset${props.error ? ' kern-fieldset--error' : ''}`} id={props.id} aria-describedby={props.error ? `${props.id}-error` : undefined}>
      <legend class="kern-label">{props.legend}</legend>
      {props.error ? <p class="kern-error" id={`${props.id}-error`}>{props.error}</p> : null}
      <div class={`kern-fieldset__body${props.columns ? ' editor-columns' : ''}`}>
        {props.options.map((o) => (
          <div class="kern-form-check" key={o.value}>
            <input class={props.type === 'radio' ? 'kern-form-check__radio' : 'kern-form-check__checkbox'} type={props.type} id={`${props.id}-${o.value}`} name={props.id}
              value={o.value} checked={props.checked.includes(o.value)} aria-describedby={o.hint ? `${props.id}-${o.value}-hint` : undefined} />
            <label class="kern-label" for={`${props.id}-${o.value}`}>{o.label}</label>
            {o.hint ? <div class="kern-hint" id={`${props.id}-${o.value}-hint`}>{o.hint}</div> : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Asks the server for more empty rows of a kind; everything typed comes back, nothing is saved. */
function MoreRows(props: { kind: RowKind; label: string }) {
  return (
    <button class="kern-btn kern-btn--secondary editor__more" type="submit" name="_mehr" value={props.kind}>
      <span class="kern-label">{props.label}</span>
    </button>
  );
}

/** The step before a new event: for which organisation (when the actor manages more than one). */
export function ChooseOrganizationPage(props: { organizations: { id: string; name: string }[]; error?: string }) {
  const { t } = useView();
  const title = t('events.editor.createTitle');
  const errors = props.error ? [{ field: 'veranstalter', message: props.error }] : [];
  return (
    <Layout title={title} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { href: LIST, label: t('events.organiser.title') }, { label: title }]} noindex>
      <h1 class="kern-heading-large">{title}</h1>
      {props.organizations.length === 0 ? <p class="kern-body">{t('events.editor.noOrganizations')}</p> : (
        <>
          <ErrorSummary errors={errors} />
          <form method="get" action={`${LIST}/neu`} class="form" novalidate>
            <SelectField id="veranstalter" label={t('events.editor.chooseOrganization')} value="" any={t('events.editor.pleaseChoose')} error={props.error}
              options={props.organizations.map((o) => ({ value: o.id, label: o.name }))} />
            <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('events.editor.next')}</span></button>
          </form>
        </>
      )}
    </Layout>
  );
}

// The providers' form for a service. Without JavaScript: a few empty rows for opening hours, closures,
// phones, contacts and fees (empty rows are ignored), and buttons that ask the server for more rows,
// keeping what was typed.
import type { ComponentChildren } from 'preact';
import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, ErrorSummary, TextArea, TextField, type FieldError } from '../../../platform/views/components.tsx';
import { DAYS, TRANSLATED_LANGS, type FormOptions, type RowKind, type ServiceFormValues } from '../service-form.ts';
import type { EditedService } from '../self-service.ts';

export const LIST = '/verwaltung/angebote';

export type ServiceFormPageProps = {
  mode: 'create' | 'edit';
  service?: EditedService;
  csrf: string;
  values: ServiceFormValues;
  options: FormOptions;
  errors: FieldError[];
  /** The field that gets the focus (the first of the rows just added). */
  focus?: string;
};

export function ServiceFormPage(props: ServiceFormPageProps) {
  const v = useView();
  const { t, fmt } = v;
  const { values: val, options, service } = props;
  const err = (f: string) => props.errors.find((x) => x.field === f)?.message;
  const k = (key: string, params?: Record<string, unknown>) => t(`editorial.form.${key}`, params ?? {});
  const title = props.mode === 'create' ? k('createTitle') : k('editTitle', { name: service!.name });
  const action = props.mode === 'create' ? `${LIST}/neu` : `${LIST}/${service!.id}/bearbeiten`;
  const topLevel = options.situations.filter((s) => !s.parentId);
  const locationName = (id: string) => options.locations.find((l) => l.id === id)?.label ?? id;
  return (
    <Layout title={title} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { href: LIST, label: k('listTitle') }, { label: service ? service.name : title }]} noindex wide>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{k('organization')}: <strong>{options.organization.name}</strong></p>
      {service?.pendingSince ? (
        <Alert tone="info" title={k('pendingTitle')}>
          <p class="kern-body">{k('pendingText', { date: fmt.date(service.pendingSince) })}</p>
        </Alert>
      ) : null}
      {service?.returned && !service.pendingSince ? (
        <Alert tone="warning" title={k('returnedTitle')}>
          {service.returned.comment ? <p class="kern-body"><strong>{k('editorsComment')}:</strong> {service.returned.comment}</p> : null}
          <p class="kern-body">{k('returnedText')}</p>
        </Alert>
      ) : null}
      <p class="kern-body">{k('lead')}</p>
      <ErrorSummary errors={props.errors} />

      <form method="post" action={action} class="editor" novalidate>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="organizationId" value={val.organizationId} />
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        {/* Enter in a field sends the form (the first submit button of a form is the one Enter presses), not "more rows". */}
        <button type="submit" class="editor__default" tabIndex={-1} aria-hidden="true">{k('submit')}</button>

        <Section id="about" title={k('sections.about')}>
          <TextField id="name" label={k('name')} type="text" value={val.name} autocomplete="off" error={err('name')} />
          <TextArea id="description" label={k('description')} hint={k('descriptionHint')} value={val.description} rows={7} error={err('description')} />
        </Section>

        <Section id="translations" title={k('sections.translations')} lead={k('translationsLead')}>
          {TRANSLATED_LANGS.map((l) => (
            <fieldset class="kern-fieldset editor-row" key={l}>
              <legend class="kern-label">{fmt.language(l)}</legend>
              <TextField id={`tr-${l}-name`} label={k('translatedName', { language: fmt.language(l) })} type="text" value={val.translations[l].name} autocomplete="off" error={err(`tr-${l}-name`)} />
                <TextArea id={`tr-${l}-description`} label={k('translatedDescription', { language: fmt.language(l) })} value={val.translations[l].description} rows={4} error={err(`tr-${l}-description`)} />
            </fieldset>
          ))}
        </Section>

        <Section id="places" title={k('sections.places')}>
          {options.locations.length ? (
            <Choice id="locationIds" legend={k('locations')} hint={k('locationsHint')} error={err('locationIds')} type="checkbox"
              options={options.locations.map((l) => ({ value: l.id, label: l.label }))} checked={val.locationIds} />
          ) : <p class="kern-body">{k('noLocations')}</p>}
          <fieldset class="kern-fieldset editor-row" aria-describedby="place-hint">
            <legend class="kern-label">{k('newPlace')}</legend>
            <p class="kern-hint" id="place-hint">{k('newPlaceHint')}</p>
            <TextField id="place-name" label={k('placeName')} type="text" value={val.newPlace.name} autocomplete="off" error={err('place-name')} />
            <AddressFields prefix="place-" value={val.newPlace} err={err} />
            <Check name="place-confidential" id="place-confidential" value="1" label={k('placeConfidential')} checked={val.newPlace.confidential} hint={k('placeConfidentialHint')} />
          </fieldset>
        </Section>

        <Section id="hours" title={k('sections.hours')} lead={k('hoursLead')}>
          {val.hours.map((h, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{k('hoursRow', { n: i + 1 })}</legend>
              <input type="hidden" name={`hours-${i}-id`} value={h.id} />
              <fieldset class={`kern-fieldset${err(`hours-${i}-days`) ? ' kern-fieldset--error' : ''}`} id={`hours-${i}-days`} aria-describedby={err(`hours-${i}-days`) ? `hours-${i}-days-error` : undefined}>
                <legend class="kern-label">{k('days')}</legend>
                {err(`hours-${i}-days`) ? <p class="kern-error" id={`hours-${i}-days-error`}>{err(`hours-${i}-days`)}</p> : null}
                <div class="kern-fieldset__body editor-days">
                  {DAYS.map((d) => (
                    <div class="kern-form-check" key={d}>
                      <input class="kern-form-check__checkbox" type="checkbox" id={`hours-${i}-days-${d}`} name={`hours-${i}-days`} value={d} checked={h.days.includes(d)}
                        autofocus={props.focus === `hours-${i}-days` && d === 'MO' ? true : undefined} />
                      <label class="kern-label" for={`hours-${i}-days-${d}`}>{fmt.weekday(d)}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <div class="editor-row__grid editor-row__grid--when">
                <Input id={`hours-${i}-opens`} label={k('opens')} type="time" value={h.opens} error={err(`hours-${i}-opens`)} />
                <Input id={`hours-${i}-closes`} label={k('closes')} type="time" value={h.closes} error={err(`hours-${i}-closes`)} />
              </div>
              <Input id={`hours-${i}-note`} label={k('hoursNote')} type="text" value={h.note} error={err(`hours-${i}-note`)} hint={i === 0 ? k('hoursNoteHint') : undefined} />
            </fieldset>
          ))}
          <MoreRows kind="hours" label={k('moreHours')} />
          <Check name="byAppointment" id="byAppointment" value="1" label={k('byAppointment')} checked={val.byAppointment} hint={k('byAppointmentHint')} />
          <h3 class="kern-heading-small">{k('closures')}</h3>
          <p class="kern-body">{k('closuresLead')}</p>
          {val.closures.map((c, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{k('closureRow', { n: i + 1 })}</legend>
              <input type="hidden" name={`closure-${i}-id`} value={c.id} />
              <div class="editor-row__grid editor-row__grid--when">
                <Input id={`closure-${i}-from`} label={k('closureFrom')} type="date" value={c.from} error={err(`closure-${i}-from`)} focus={props.focus === `closure-${i}-from`} />
                <Input id={`closure-${i}-to`} label={k('closureTo')} type="date" value={c.to} error={err(`closure-${i}-to`)} />
              </div>
              <Input id={`closure-${i}-note`} label={k('closureNote')} type="text" value={c.note} error={err(`closure-${i}-note`)} hint={i === 0 ? k('closureNoteHint') : undefined} />
            </fieldset>
          ))}
          <MoreRows kind="closure" label={k('moreClosures')} />
        </Section>

        <Section id="contact" title={k('sections.contact')}>
          {val.phones.map((p, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{k('phoneRow', { n: i + 1 })}</legend>
              <input type="hidden" name={`phone-${i}-id`} value={p.id} />
              <div class="editor-row__grid">
                <Input id={`phone-${i}-number`} label={k('phoneNumber')} type="tel" value={p.number} error={err(`phone-${i}-number`)} focus={props.focus === `phone-${i}-number`} />
                <Input id={`phone-${i}-description`} label={k('phoneDescription')} type="text" value={p.description} error={err(`phone-${i}-description`)} />
              </div>
            </fieldset>
          ))}
          <MoreRows kind="phone" label={k('morePhones')} />
          <TextField id="email" label={k('email')} type="email" value={val.email} autocomplete="off" error={err('email')} />
          <TextField id="url" label={k('url')} type="url" value={val.url} autocomplete="off" error={err('url')} hint={k('urlHint')} />
          <h3 class="kern-heading-small">{k('contacts')}</h3>
          {val.contacts.map((c, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{k('contactRow', { n: i + 1 })}</legend>
              <input type="hidden" name={`contact-${i}-id`} value={c.id} />
              <div class="editor-row__grid">
                <Input id={`contact-${i}-name`} label={k('contactName')} type="text" value={c.name} error={err(`contact-${i}-name`)} focus={props.focus === `contact-${i}-name`} />
                <Input id={`contact-${i}-department`} label={k('contactDepartment')} type="text" value={c.department} error={err(`contact-${i}-department`)} />
              </div>
              <div class="editor-row__grid">
                <Input id={`contact-${i}-email`} label={k('contactEmail')} type="email" value={c.email} error={err(`contact-${i}-email`)} />
                <Input id={`contact-${i}-phone`} label={k('contactPhone')} type="tel" value={c.phone} error={err(`contact-${i}-phone`)} />
              </div>
            </fieldset>
          ))}
          <MoreRows kind="contact" label={k('moreContacts')} />
        </Section>

        <Section id="languages" title={k('sections.languages')}>
          <Choice id="languageCodes" legend={k('languages')} error={err('languageCodes')} type="checkbox" columns
            options={options.languages.map((c) => ({ value: c, label: `${fmt.language(c)} (${c})` }))} checked={val.languageCodes} />
        </Section>

        <Section id="costs" title={k('sections.costs')}>
          <Choice id="costKind" legend={k('costKind')} error={err('costKind')} type="radio"
            options={[{ value: 'free', label: k('costFree') }, { value: 'fee', label: k('costFee'), hint: k('costFeeHint') }, { value: '', label: k('costUnknown') }]} checked={[val.costKind]} />
          {val.costs.map((c, i) => (
            <fieldset class="kern-fieldset editor-row" key={i}>
              <legend class="kern-label">{k('costRow', { n: i + 1 })}</legend>
              <input type="hidden" name={`cost-${i}-id`} value={c.id} />
              <div class="editor-row__grid">
                <Input id={`cost-${i}-amount`} label={k('amount')} type="text" value={c.amount} error={err(`cost-${i}-amount`)} focus={props.focus === `cost-${i}-amount`} />
                <Input id={`cost-${i}-note`} label={k('amountNote')} type="text" value={c.note} error={err(`cost-${i}-note`)} />
              </div>
            </fieldset>
          ))}
          <MoreRows kind="cost" label={k('moreCosts')} />
          <TextArea id="feesDescription" label={k('feesDescription')} value={val.feesDescription} rows={3} error={err('feesDescription')} />
        </Section>

        <Section id="access" title={k('sections.accessibility')} lead={val.access.length ? k('accessLead') : k('accessNone')}>
          {val.access.map((a) => (
            <fieldset class="kern-fieldset editor-row" key={a.locationId}>
              <legend class="kern-label">{locationName(a.locationId)}</legend>
              <input type="hidden" name={`access-${a.locationId}-present`} value="1" />
              {a.confidential ? (
                <>
                  <input type="hidden" name={`access-${a.locationId}-confidential`} value="1" />
                  <p class="kern-body">{k('addressConfidential')}</p>
                </>
              ) : <AddressFields prefix={`access-${a.locationId}-`} value={a} err={err} hint={k('addressHint')} />}
              <Choice id={`access-${a.locationId}-features`} legend={k('features')} error={err(`access-${a.locationId}-features`)} type="checkbox"
                options={options.features.map((f) => ({ value: f.id, label: f.name }))} checked={a.features} />
              <TextArea id={`access-${a.locationId}-note`} label={k('accessNote')} value={a.note} rows={3} error={err(`access-${a.locationId}-note`)} />
            </fieldset>
          ))}
        </Section>

        <Section id="audience" title={k('sections.audience')}>
          <fieldset class="kern-fieldset" aria-describedby="ages-hint">
            <legend class="kern-label">{k('ages')}</legend>
            <div class="kern-hint" id="ages-hint">{k('agesHint')}</div>
            <div class="editor-row__grid editor-row__grid--ages editor__narrow">
              <TextField id="minimumAge" label={k('minimumAge')} type="text" inputmode="numeric" value={val.minimumAge} autocomplete="off" error={err('minimumAge')} />
              <TextField id="maximumAge" label={k('maximumAge')} type="text" inputmode="numeric" value={val.maximumAge} autocomplete="off" error={err('maximumAge')} />
            </div>
          </fieldset>
          <fieldset class={`kern-fieldset${err('termIds') ? ' kern-fieldset--error' : ''}`} id="termIds" aria-describedby={err('termIds') ? 'termIds-error' : 'termIds-hint'}>
            <legend class="kern-label">{k('situations')}</legend>
            <div class="kern-hint" id="termIds-hint">{k('situationsHint')}</div>
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
        </Section>

        <Section id="send" title={k('sections.send')}>
          <TextArea id="note" label={k('note')} hint={k('noteHint')} value={val.note} rows={3} error={err('note')} />
        </Section>

        <div class="button-row editor__actions">
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{k('submit')}</span></button>
          <A href={LIST}>{k('cancel')}</A>
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

function Input(props: { id: string; label: string; type: string; value: string; error?: string; hint?: string; focus?: boolean }) {
  return <TextField id={props.id} label={props.label} type={props.type} value={props.value} error={props.error} hint={props.hint} autocomplete="off" autofocus={props.focus} />;
}

/** Street, postcode and town of a place (one row on wide screens). */
function AddressFields(props: { prefix: string; value: { street: string; postalCode: string; city: string }; err: (f: string) => string | undefined; hint?: string }) {
  const { t } = useView();
  const k = (key: string) => t(`editorial.form.${key}`);
  const { prefix, value } = props;
  return (
    <>
      <TextField id={`${prefix}street`} label={k('street')} type="text" value={value.street} autocomplete="off" error={props.err(`${prefix}street`)} hint={props.hint} />
      <div class="editor-row__grid editor-row__grid--address">
        <TextField id={`${prefix}postalCode`} label={k('postalCode')} type="text" inputmode="numeric" value={value.postalCode} autocomplete="off" error={props.err(`${prefix}postalCode`)} />
        <TextField id={`${prefix}city`} label={k('city')} type="text" value={value.city} autocomplete="off" error={props.err(`${prefix}city`)} />
      </div>
    </>
  );
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
function Choice(props: { id: string; legend: string; hint?: string; type: 'radio' | 'checkbox'; options: { value: string; label: string; hint?: string }[]; checked: string[]; error?: string; columns?: boolean }) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`kern-fieldset${props.error ? ' kern-fieldset--error' : ''}`} id={props.id} aria-describedby={described}>
      <legend class="kern-label">{props.legend}</legend>
      {props.hint ? <div class="kern-hint" id={`${props.id}-hint`}>{props.hint}</div> : null}
      {props.error ? <p class="kern-error" id={`${props.id}-error`}>{props.error}</p> : null}
      <div class={`kern-fieldset__body${props.columns ? ' editor-columns' : ''}`}>
        {props.options.map((o) => (
          <div class="kern-form-check" key={o.value}>
            <input class={props.type === 'radio' ? 'kern-form-check__radio' : 'kern-form-check__checkbox'} type={props.type} id={`${props.id}-${o.value || 'none'}`} name={props.id}
              value={o.value} checked={props.checked.includes(o.value)} aria-describedby={o.hint ? `${props.id}-${o.value}-hint` : undefined} />
            <label class="kern-label" for={`${props.id}-${o.value || 'none'}`}>{o.label}</label>
            {o.hint ? <div class="kern-hint" id={`${props.id}-${o.value}-hint`}>{o.hint}</div> : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Asks the server for more empty rows of a kind; everything typed comes back, nothing is sent for review. */
function MoreRows(props: { kind: RowKind; label: string }) {
  return (
    <button class="kern-btn kern-btn--secondary editor__more" type="submit" name="_mehr" value={props.kind}>
      <span class="kern-label">{props.label}</span>
    </button>
  );
}

// The data protection officer's page of the audit log: filter form, entries newest first, pages, CSV
// export and the chain check.
import { Layout } from '../views/layout.tsx';
import { useView } from '../views/context.ts';
import { Alert, ErrorSummary, type FieldError } from '../views/components.tsx';
import type { AuditFilterInput } from './reading.ts';

/** Query parameters of the filter form (German, like the other pages' parameters). */
export const PARAM: Record<keyof AuditFilterInput, string> = { person: 'betroffen', actor: 'handelnd', from: 'von', to: 'bis', action: 'aktion', outcome: 'ergebnis' };

export type PersonView = { name: string; email: string | null };
export type AuditEntryView = {
  id: number; at: string; actor: PersonView | null; role: string | null; organization: string | null; action: string;
  resource: string | null; subject: PersonView | null; purpose: string | null; outcome: 'allowed' | 'denied' | 'failed'; ip: string | null;
  /** Entries without one were written outside any request (scripts, the demo loader). */
  correlationId: string | null;
};
export type ChainView = { ok: true; entries: number } | { ok: false; entries: number; firstBrokenId: number; reason: 'contentChanged' | 'entryMissing' };

export type AuditLogView = {
  values: AuditFilterInput;
  errors: FieldError[];
  /** The accounts a person search found (shown beside its field). */
  matches: { person?: PersonView[]; actor?: PersonView[] };
  actions: string[];
  /** Null when the filter has errors: nothing was read. */
  entries: AuditEntryView[] | null;
  newerHref: string | null;
  olderHref: string | null;
  csvHref: string | null;
  chainHref: string;
  chain: ChainView | null;
};

function TextField(props: { field: keyof AuditFilterInput; label: string; hint: string; value: string; error?: string; note?: string; type?: string }) {
  const id = PARAM[props.field];
  const described = [`${id}-hint`, props.note ? `${id}-note` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>{props.label}</label>
      <div class="kern-hint" id={`${id}-hint`}>{props.hint}</div>
      {props.error ? <p class="kern-error" id={`${id}-error`}><span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" /> {props.error}</p> : null}
      <input class={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`} type={props.type ?? 'text'} id={id} name={id}
        value={props.value} aria-describedby={described} aria-invalid={props.error ? 'true' : undefined} autocomplete="off" />
      {props.note ? <p class="kern-body kern-body--small audit-filter__note" id={`${id}-note`}>{props.note}</p> : null}
    </div>
  );
}

function Select(props: { field: keyof AuditFilterInput; label: string; value: string; any: string; options: { value: string; label: string }[]; error?: string }) {
  const id = PARAM[props.field];
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>{props.label}</label>
      {props.error ? <p class="kern-error" id={`${id}-error`}><span class="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" /> {props.error}</p> : null}
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={id} name={id} aria-describedby={props.error ? `${id}-error` : undefined} aria-invalid={props.error ? 'true' : undefined}>
          <option value="">{props.any}</option>
          {props.options.map((o) => <option key={o.value} value={o.value} selected={props.value === o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
}

function Person(props: { person: PersonView | null; none: string }) {
  if (!props.person) return <span class="muted">{props.none}</span>;
  return <>{props.person.name}{props.person.email ? <><br /><span class="audit-log__email">{props.person.email}</span></> : null}</>;
}

export function AuditLogPage(props: { a: AuditLogView }) {
  const v = useView();
  const { t } = v;
  const a = props.a;
  const err = (field: keyof AuditFilterInput) => a.errors.find((e) => e.field === PARAM[field])?.message;
  const matchNote = (field: 'person' | 'actor') => {
    const found = a.matches[field];
    if (!found) return undefined;
    if (!found.length) return t('auditLog.noMatch');
    return t('auditLog.matches', { names: found.map((p) => (p.email ? `${p.name} (${p.email})` : p.name)).join(', ') });
  };
  const outcomeLabel = (o: string) => t(`auditLog.outcomes.${o}`);
  return (
    <Layout title={t('auditLog.title')} crumbs={[{ href: '/konto', label: t('account.title') }, { href: '/verwaltung', label: t('admin.title') }, { label: t('auditLog.title') }]} noindex wide>
      <h1 class="kern-heading-large">{t('auditLog.title')}</h1>
      <p class="kern-body">{t('auditLog.lead')}</p>
      <ErrorSummary errors={a.errors} />

      <section aria-labelledby="audit-filter-title" class="filters audit-filter">
        <h2 id="audit-filter-title" class="kern-heading-small">{t('auditLog.filterTitle')}</h2>
        <form method="get" action="/verwaltung/protokoll" novalidate>
          {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
          <div class="audit-filter__grid">
            <TextField field="person" label={t('auditLog.person')} hint={t('auditLog.personHint')} value={a.values.person} error={err('person')} note={matchNote('person')} />
            <TextField field="actor" label={t('auditLog.actor')} hint={t('auditLog.personHint')} value={a.values.actor} error={err('actor')} note={matchNote('actor')} />
            <TextField field="from" type="date" label={t('auditLog.from')} hint={t('auditLog.dateHint')} value={a.values.from} error={err('from')} />
            <TextField field="to" type="date" label={t('auditLog.to')} hint={t('auditLog.dateHint')} value={a.values.to} error={err('to')} />
            <Select field="action" label={t('auditLog.action')} any={t('auditLog.anyAction')} value={a.values.action} error={err('action')}
              options={(a.values.action && !a.actions.includes(a.values.action) ? [...a.actions, a.values.action] : a.actions).map((x) => ({ value: x, label: x }))} />
            <Select field="outcome" label={t('auditLog.outcome')} any={t('auditLog.anyOutcome')} value={a.values.outcome} error={err('outcome')}
              options={['allowed', 'denied', 'failed'].map((o) => ({ value: o, label: outcomeLabel(o) }))} />
          </div>
          <div class="button-row">
            <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('auditLog.apply')}</span></button>
            <a class="kern-link" href={v.lang !== 'de' ? `/verwaltung/protokoll?lang=${v.lang}` : '/verwaltung/protokoll'}>{t('auditLog.reset')}</a>
          </div>
        </form>
      </section>

      {a.entries ? (
        <section aria-labelledby="audit-results-title" class="section">
          <h2 id="audit-results-title" class="kern-heading-medium">{t('auditLog.results')}</h2>
          <p class="kern-body">{t('auditLog.order')} {a.csvHref ? <a class="kern-link" href={a.csvHref} download>{t('auditLog.csv')}</a> : null}</p>
          {a.entries.length === 0 ? <p class="no-results">{t('auditLog.noEntries')}</p> : (
            <div class="table-scroll" role="region" aria-labelledby="audit-results-title" tabIndex={0}>
              <table class="kern-table kern-table--small audit-log">
                <caption class="kern-sr-only">{t('auditLog.results')}</caption>
                <thead class="kern-table__header"><tr class="kern-table__row">
                  {(['at', 'actor', 'role', 'action', 'resource', 'subject', 'purpose', 'outcome', 'ip'] as const).map((c) => (
                    <th scope="col" class="kern-table__cell" key={c}>{t(`auditLog.columns.${c}`)}</th>
                  ))}
                </tr></thead>
                <tbody class="kern-table__body">
                  {a.entries.map((e) => (
                    <tr class="kern-table__row" key={e.id}>
                      <td class="kern-table__cell"><span class="audit-log__time">{e.at}</span><br /><span class="muted">{t('auditLog.entryNo', { id: e.id })}</span></td>
                      <td class="kern-table__cell"><Person person={e.actor} none={e.correlationId ? t('auditLog.anonymous') : t('auditLog.system')} /></td>
                      <td class="kern-table__cell">{e.role ?? '–'}{e.organization ? <><br />{e.organization}</> : null}</td>
                      <td class="kern-table__cell"><code>{e.action}</code></td>
                      <td class="kern-table__cell">{e.resource ?? '–'}</td>
                      <td class="kern-table__cell"><Person person={e.subject} none="–" /></td>
                      <td class="kern-table__cell">{e.purpose ?? '–'}</td>
                      <td class="kern-table__cell">{outcomeLabel(e.outcome)}</td>
                      <td class="kern-table__cell">{e.ip ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {a.newerHref || a.olderHref ? (
            <nav class="pagination" aria-label={t('auditLog.pages')}>
              <ul>
                {a.newerHref ? <li><a href={a.newerHref} rel="prev">{t('auditLog.newer')}</a></li> : null}
                {a.olderHref ? <li><a href={a.olderHref} rel="next">{t('auditLog.older')}</a></li> : null}
              </ul>
            </nav>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="audit-chain-title" class="section">
        <h2 id="audit-chain-title" class="kern-heading-medium">{t('auditLog.chainTitle')}</h2>
        <p class="kern-body">{t('auditLog.chainText')}</p>
        {a.chain ? (
          <div role="status">
            {a.chain.ok
              ? <Alert tone="success" title={t('auditLog.chainOk', { count: a.chain.entries })} />
              : <Alert tone="danger" title={t('auditLog.chainBroken', { id: a.chain.firstBrokenId })}>
                <p class="kern-body">{t(`auditLog.chainReasons.${a.chain.reason}`)} {t('auditLog.chainIntact', { count: a.chain.entries })}</p>
              </Alert>}
          </div>
        ) : null}
        <p><a class="kern-btn kern-btn--secondary" href={a.chainHref}><span class="kern-label">{t('auditLog.chainCheck')}</span></a></p>
      </section>
    </Layout>
  );
}

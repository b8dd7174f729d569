// The feedback section of the service page (report a wrong entry; "did this entry help?") and the editors'
// page of reports. The section is part of the cached service page: its CSRF token and signed form time are
// per-response slots (platform/views/slots.ts), filled for each visitor.
import { Layout, withLang } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, ErrorSummary, Pagination, SelectField, TableHead, TextArea, TextField, type FieldError } from '../../../platform/views/components.tsx';
import { HONEYPOT, REPORT_CATEGORIES, type FeedbackCounts, type ReportItem } from '../feedback.ts';

export type FeedbackFormState = {
  csrf: string; formTime: string;
  /** After a successful submission (post/redirect/get): which one. */
  thanks?: 'report' | 'helpful';
  report?: { values: { category: string; message: string; email: string }; errors: FieldError[] };
  helpfulError?: string;
  /** The form was refused as a whole (too fast, expired, throttled): why, on top of the section. */
  refusal?: { form: 'report' | 'helpful'; message: string };
};

/** Hidden from people and screen readers (off-screen, aria-hidden, out of the tab order); machines fill it. */
function Honeypot(props: { id: string }) {
  const { t } = useView();
  return (
    <div class="feedback__hp" aria-hidden="true">
      <label for={props.id}>{t('feedback.honeypot')}</label>
      <input type="text" id={props.id} name={HONEYPOT} value="" tabIndex={-1} autocomplete="off" />
    </div>
  );
}

export function FeedbackSection(props: { serviceId: string; form: FeedbackFormState }) {
  const v = useView();
  const { t } = v;
  const f = props.form;
  const action = (p: string) => `/angebote/${props.serviceId}/${p}`;
  const values = f.report?.values ?? { category: '', message: '', email: '' };
  const err = (field: string) => f.report?.errors.find((e) => e.field === field)?.message;
  const hidden = (
    <>
      <input type="hidden" name="_csrf" value={f.csrf} />
      <input type="hidden" name="formTime" value={f.formTime} />
      {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
    </>
  );
  return (
    <section id="rueckmeldung" class="feedback no-print" aria-labelledby="feedback-title">
      <h2 id="feedback-title" class="kern-heading-medium">{t('feedback.title')}</h2>
      {f.thanks ? <Alert tone="success" role="status" title={t(`feedback.thanks.${f.thanks}`)} /> : null}
      {f.refusal ? <Alert tone="danger" role="alert" title={f.refusal.message} /> : null}

      {f.thanks !== 'helpful' ? (
        <form method="post" action={action('hilfreich')} class="feedback__helpful" novalidate>
          {hidden}
          <Honeypot id="feedback-hp-helpful" />
          <fieldset class={`kern-fieldset${f.helpfulError ? ' kern-fieldset--error' : ''}`} id="helpful" aria-describedby={f.helpfulError ? 'helpful-error' : undefined}>
            <legend class="kern-label">{t('feedback.helpful.question')}</legend>
            {f.helpfulError ? <p class="kern-error" id="helpful-error">{f.helpfulError}</p> : null}
            <div class="kern-fieldset__body feedback__buttons">
              <button type="submit" name="helpful" value="ja" class="kern-btn kern-btn--secondary"><span class="kern-label">{t('feedback.helpful.yes')}</span></button>
              <button type="submit" name="helpful" value="nein" class="kern-btn kern-btn--secondary"><span class="kern-label">{t('feedback.helpful.no')}</span></button>
            </div>
          </fieldset>
        </form>
      ) : null}

      {f.thanks !== 'report' ? (
        <details class="feedback__report" open={Boolean(f.report) || f.refusal?.form === 'report' || undefined}>
          <summary class="kern-link">{t('feedback.report.open')}</summary>
          <form method="post" action={action('meldung')} novalidate>
            <h3 class="kern-heading-small">{t('feedback.report.title')}</h3>
            <p class="kern-body">{t('feedback.report.intro')}</p>
            <ErrorSummary errors={f.report?.errors ?? []} anchorPrefix="feedback-" />
            {hidden}
            <Honeypot id="feedback-hp-report" />
            <SelectField id="feedback-category" name="category" label={t('feedback.report.category')} value={values.category} any={t('feedback.report.choose')}
              options={REPORT_CATEGORIES.map((c) => ({ value: c, label: t(`feedback.category.${c}`) }))} error={err('category')} />
            <TextArea id="feedback-message" name="message" label={t('feedback.report.message')} hint={t('feedback.report.messageHint')} value={values.message} rows={4} error={err('message')} />
            <TextField id="feedback-email" name="email" type="email" autocomplete="email" label={t('feedback.report.email')} hint={t('feedback.report.emailHint')}
              value={values.email} error={err('email')} />
            <button type="submit" class="kern-btn kern-btn--primary"><span class="kern-label">{t('feedback.report.send')}</span></button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

export type FeedbackAdminView = {
  status: 'open' | 'done'; page: number; total: number; perPage: number; items: ReportItem[]; counts: FeedbackCounts;
  csrf: string; canManage: boolean; done?: boolean;
};

export function FeedbackAdminPage(props: { p: FeedbackAdminView }) {
  const v = useView();
  const { t, fmt } = v;
  const p = props.p;
  const other = p.status === 'open' ? 'done' : 'open';
  return (
    <Layout title={t('feedback.admin.title')} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { label: t('feedback.admin.title') }]}>
      <h1 class="kern-heading-large">{t('feedback.admin.title')}</h1>
      {p.done ? <Alert tone="success" role="status" title={t('feedback.admin.markedDone')} /> : null}
      <p class="kern-body">{t('feedback.admin.intro')}</p>
      <dl class="kern-description-list">
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('feedback.admin.openCount')}</dt><dd class="kern-description-list-item__value">{p.counts.reports.open}</dd></div>
        <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{t('feedback.admin.doneCount')}</dt><dd class="kern-description-list-item__value">{p.counts.reports.done}</dd></div>
      </dl>
      <h2 class="kern-heading-medium">{t(`feedback.admin.heading.${p.status}`, { count: p.total })}</h2>
      <p><A href={`/verwaltung/rueckmeldungen${other === 'done' ? '?status=erledigt' : ''}`}>{t(`feedback.admin.show.${other}`)}</A></p>
      {p.items.length ? (
        <table class="kern-table feedback-table">
          <caption class="kern-sr-only">{t(`feedback.admin.heading.${p.status}`, { count: p.total })}</caption>
          <TableHead columns={[t('feedback.admin.col.date'), t('feedback.admin.col.service'), t('feedback.admin.col.category'), t('feedback.admin.col.message'),
            t('feedback.admin.col.contact'), ...(p.status === 'open' && p.canManage ? [{ label: t('feedback.admin.col.action'), srOnly: true }] : [])]} />
          <tbody class="kern-table__body">
            {p.items.map((r) => (
              <tr class="kern-table__row" key={r.id}>
                <td class="kern-table__cell">{fmt.date(r.createdAt.toISOString())}</td>
                <td class="kern-table__cell"><A href={`/angebote/${r.serviceId}`}>{r.serviceName}</A><br /><span class="kern-body--small">{r.organizationName}</span></td>
                <td class="kern-table__cell">{t(`feedback.category.${r.category}`)}</td>
                <td class="kern-table__cell feedback-table__message">{r.message || '–'}</td>
                <td class="kern-table__cell">{r.contactEmail ? <a class="kern-link" href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a> : '–'}</td>
                {p.status === 'open' && p.canManage ? (
                  <td class="kern-table__cell">
                    <form method="post" action={`/verwaltung/rueckmeldungen/${r.id}/erledigt`}>
                      <input type="hidden" name="_csrf" value={p.csrf} />
                      <button type="submit" class="kern-btn kern-btn--secondary kern-btn--small">
                        <span class="kern-label">{t('feedback.admin.markDone')}<span class="kern-sr-only">: {r.serviceName}, {fmt.date(r.createdAt.toISOString())}</span></span>
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="kern-body">{t(`feedback.admin.empty.${p.status}`)}</p>}
      <Pagination page={p.page} total={p.total} perPage={p.perPage}
        hrefFor={(n) => withLang(`/verwaltung/rueckmeldungen?${p.status === 'done' ? 'status=erledigt&' : ''}seite=${n}`, v.lang)} />

      <h2 class="kern-heading-medium">{t('feedback.admin.helpfulTitle')}</h2>
      {p.counts.helpful.length ? (
        <table class="kern-table">
          <caption class="kern-sr-only">{t('feedback.admin.helpfulTitle')}</caption>
          <TableHead columns={[t('feedback.admin.col.service'), { label: t('feedback.admin.col.yes'), numeric: true }, { label: t('feedback.admin.col.no'), numeric: true }]} />
          <tbody class="kern-table__body">
            {p.counts.helpful.map((h) => (
              <tr class="kern-table__row" key={h.serviceId}>
                <td class="kern-table__cell"><A href={`/angebote/${h.serviceId}`}>{h.serviceName}</A></td>
                <td class="kern-table__cell kern-table__cell--numeric">{h.yes}</td>
                <td class="kern-table__cell kern-table__cell--numeric">{h.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="kern-body">{t('feedback.admin.noHelpful')}</p>}
    </Layout>
  );
}

// /verwaltung/quellen: the sources this instance subscribes to, their last pull, and a form to add one.
import { Layout, withLang } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { Alert, ErrorSummary, TableHead, TextField as Field, type FieldError } from '../../../platform/views/components.tsx';
import type { Source, SourceInput } from '../federation.ts';

type Counts = { received: number; changed: number; unchanged: number; skipped: number; deleted: number };

export function SourcesPage(props: { csrf: string; sources: (Source & { entries: number })[]; values: Partial<SourceInput>; errors: FieldError[];
  notice?: 'added' | 'paused' | 'resumed' | 'removed' | 'queued' | 'running'; noticeLabel?: string }) {
  const v = useView();
  const { t } = v;
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  const action = (href: string) => withLang(href, v.lang);
  const hidden = <input type="hidden" name="_csrf" value={props.csrf} />;
  const when = (d: Date | null) => (d ? v.fmt.dateTime(d) : t('federation.never'));
  return (
    <Layout title={t('federation.title')} crumbs={[{ label: t('federation.title') }]} noindex wide>
      <h1 class="kern-heading-large">{t('federation.title')}</h1>
      <p class="kern-body">{t('federation.lead')}</p>
      {props.notice ? <Alert tone="success" role="status" title={t(`federation.notices.${props.notice}`, { label: props.noticeLabel ?? '' })} /> : null}
      <section aria-labelledby="sources" class="section">
        <h2 id="sources" class="kern-heading-medium">{t('federation.listTitle')}</h2>
        {props.sources.length ? (
          <div class="kern-table-responsive">
            <table class="kern-table kern-table--small">
              <caption class="kern-sr-only">{t('federation.listTitle')}</caption>
              <TableHead columns={[t('federation.label'), t('federation.interval'), t('federation.lastPull'), { label: t('federation.entries'), numeric: true }, t('federation.actions')]} />
              <tbody class="kern-table__body">
                {props.sources.map((s) => {
                  const c = s.lastCounts as Counts | null;
                  return (
                    <tr class="kern-table__row" key={s.id}>
                      <th scope="row" class="kern-table__cell">{s.label}<br /><span class="kern-body kern-body--small">{s.url}</span>
                        {s.paused ? <><br /><strong>{t('federation.paused')}</strong></> : null}</th>
                      <td class="kern-table__cell">{t('federation.minutes', { count: s.intervalMinutes })}</td>
                      <td class="kern-table__cell">
                        <span class="source-status" data-status={s.lastStatus ?? 'none'}>{t(`federation.status.${s.lastStatus ?? 'none'}`)}</span>
                        {s.lastPullAt ? <><br />{t('federation.started', { at: when(s.lastPullAt) })}</> : null}
                        {s.lastSuccessAt ? <><br />{t('federation.lastSuccess', { at: when(s.lastSuccessAt) })}</> : null}
                        {c ? <><br />{t('federation.counts', c)}</> : null}
                        {s.lastError ? <p class="kern-error source-error">{s.lastError}</p> : null}
                      </td>
                      <td class="kern-table__cell kern-table__cell--numeric">{s.entries}</td>
                      <td class="kern-table__cell">
                        <form method="post" action={action(`/verwaltung/quellen/${s.id}/abrufen`)}>{hidden}
                          <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('federation.pullNow', { label: s.label })}</span></button>
                        </form>
                        <form method="post" action={action(`/verwaltung/quellen/${s.id}/status`)}>{hidden}
                          <input type="hidden" name="paused" value={s.paused ? 'false' : 'true'} />
                          <button class="kern-btn kern-btn--tertiary" type="submit"><span class="kern-label">{t(s.paused ? 'federation.resume' : 'federation.pause', { label: s.label })}</span></button>
                        </form>
                        <form method="post" action={action(`/verwaltung/quellen/${s.id}/entfernen`)}>{hidden}
                          <button class="kern-btn kern-btn--tertiary" type="submit"><span class="kern-label">{t('federation.remove', { label: s.label })}</span></button>
                        </form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : <p class="kern-body">{t('federation.none')}</p>}
      </section>
      <section aria-labelledby="add" class="section">
        <h2 id="add" class="kern-heading-medium">{t('federation.addTitle')}</h2>
        <ErrorSummary errors={props.errors} />
        <form method="post" action={action('/verwaltung/quellen')} class="form" novalidate>
          {hidden}
          <Field id="url" label={t('federation.url')} type="url" value={props.values.url} autocomplete="off" hint={t('federation.urlHint')} error={err('url')} />
          <Field id="label" label={t('federation.label')} type="text" value={props.values.label} autocomplete="off" hint={t('federation.labelHint')} error={err('label')} />
          <Field id="interval" label={t('federation.intervalField')} type="text" inputmode="numeric" value={props.values.interval ?? '60'} autocomplete="off" hint={t('federation.intervalHint')} error={err('interval')} />
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t('federation.submit')}</span></button>
        </form>
      </section>
    </Layout>
  );
}

// The version history of a service (/verwaltung/angebote/:id/versionen): every published version with
// who, when, where it came from and what changed; one version's page with its difference to another
// (the previous one unless chosen) and, for directory editors, the button to restore it.
import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert } from '../../../platform/views/components.tsx';
import type { FieldChange } from '../diff.ts';
import { DiffTable } from './diff-table.tsx';

export type HistoryEntry = {
  version: number; publishedAt: Date; publisherName: string | null; changeId: string | null; restoredFrom: number | null;
  summary: string[]; first: boolean;
};

function Origin(props: { e: { version: number; changeId: string | null; restoredFrom: number | null; publisherName: string | null }; canReview: boolean }) {
  const { t } = useView();
  const e = props.e;
  if (e.restoredFrom != null) return <>{t('editorial.history.fromRestore', { version: e.restoredFrom })}</>;
  if (e.changeId) return props.canReview ? <A href={`/verwaltung/redaktion/${e.changeId}`}>{t('editorial.history.fromChange')}</A> : <>{t('editorial.history.fromChange')}</>;
  if (!e.publisherName) return <>{t('editorial.history.fromImport')}</>;
  return <>{t('editorial.history.fromDirect')}</>;
}

export function HistoryPage(props: { serviceId: string; name: string; entries: HistoryEntry[]; canReview: boolean; notice?: string; exists: boolean }) {
  const { t, fmt } = useView();
  const base = `/verwaltung/angebote/${props.serviceId}/versionen`;
  return (
    <Layout title={`${t('editorial.history.title')}: ${props.name}`} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { label: `${t('editorial.history.title')}: ${props.name}` }]} noindex wide>
      <h1 class="kern-heading-large">{t('editorial.history.title')}: {props.name}</h1>
      {props.notice ? <Alert tone="success" title={props.notice} role="status" /> : null}
      {props.exists ? <p class="kern-body"><A href={`/angebote/${props.serviceId}`}>{t('editorial.review.publicPage')}</A></p> : null}
      {props.entries.length === 0 ? <p class="kern-body">{t('editorial.history.none')}</p> : (
        <table class="kern-table">
          <caption class="kern-sr-only">{t('editorial.history.title')}</caption>
          <thead class="kern-table__head"><tr class="kern-table__row">
            <th class="kern-table__header" scope="col">{t('editorial.history.version')}</th>
            <th class="kern-table__header" scope="col">{t('editorial.history.when')}</th>
            <th class="kern-table__header" scope="col">{t('editorial.history.who')}</th>
            <th class="kern-table__header" scope="col">{t('editorial.history.origin')}</th>
            <th class="kern-table__header" scope="col">{t('editorial.history.changed')}</th>
          </tr></thead>
          <tbody class="kern-table__body">
            {props.entries.map((e) => (
              <tr class="kern-table__row" key={e.version}>
                <td class="kern-table__cell"><A href={`${base}/${e.version}`}>{t('editorial.history.versionN', { version: e.version })}</A></td>
                <td class="kern-table__cell">{fmt.dateTime(e.publishedAt)}</td>
                <td class="kern-table__cell">{e.publisherName ?? t('editorial.history.system')}</td>
                <td class="kern-table__cell"><Origin e={e} canReview={props.canReview} /></td>
                <td class="kern-table__cell">{e.first ? t('editorial.history.firstState') : e.summary.length ? e.summary.join(', ') : t('editorial.diff.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function VersionPage(props: {
  serviceId: string; name: string; version: { version: number; publishedAt: Date; publisherName: string | null; changeId: string | null; restoredFrom: number | null };
  compareWith: number | null; versions: number[]; changes: FieldChange[]; content: FieldChange[]; canRestore: boolean; isCurrent: boolean; csrf: string;
}) {
  const { t, fmt } = useView();
  const v = props.version;
  const base = `/verwaltung/angebote/${props.serviceId}/versionen`;
  const title = `${props.name}: ${t('editorial.history.versionN', { version: v.version })}`;
  return (
    <Layout title={title} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { href: base, label: t('editorial.history.title') }, { label: t('editorial.history.versionN', { version: v.version }) }]} noindex wide>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t('editorial.history.publishedBy', { when: fmt.dateTime(v.publishedAt), who: v.publisherName ?? t('editorial.history.system') })} · <Origin e={v} canReview={props.canRestore} />
        {props.isCurrent ? ` · ${t('editorial.history.current')}` : ''}</p>
      {props.versions.length > 1 ? (
        <form method="get" action={`${base}/${v.version}`} class="editorial-compare">
          <div class="kern-form-input">
            <label class="kern-label" for="mit">{t('editorial.history.compareWith')}</label>
            <div class="kern-form-input__select-wrapper">
              <select class="kern-form-input__select" id="mit" name="mit">
                {props.versions.filter((n) => n !== v.version).map((n) => <option key={n} value={String(n)} selected={props.compareWith === n}>{t('editorial.history.versionN', { version: n })}</option>)}
              </select>
            </div>
          </div>
          <button type="submit" class="kern-btn kern-btn--secondary"><span class="kern-label">{t('editorial.history.compare')}</span></button>
        </form>
      ) : null}
      {props.compareWith != null ? (
        <DiffTable changes={props.changes} caption={t('editorial.history.diffCaption', { a: props.compareWith, b: v.version })}
          beforeLabel={t('editorial.history.versionN', { version: props.compareWith })} afterLabel={t('editorial.history.versionN', { version: v.version })} />
      ) : null}
      <DiffTable changes={props.content} caption={t('editorial.history.contentCaption', { version: v.version })} onlyNew afterLabel={t('editorial.history.content')} />
      {props.canRestore && !props.isCurrent ? (
        <form method="post" action={`${base}/${v.version}/wiederherstellen`}>
          <input type="hidden" name="_csrf" value={props.csrf} />
          <p class="kern-body">{t('editorial.history.restoreHint')}</p>
          <button type="submit" class="kern-btn kern-btn--primary"><span class="kern-label">{t('editorial.history.restore', { version: v.version })}</span></button>
        </form>
      ) : null}
    </Layout>
  );
}

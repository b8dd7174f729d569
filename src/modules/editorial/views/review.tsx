// The directory editors' queue (/verwaltung/redaktion) and one change's page with its difference,
// the approve button and the form to send it back with a comment.
import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, ErrorSummary, Pagination, TextArea, type FieldError } from '../../../platform/views/components.tsx';
import type { FieldChange } from '../diff.ts';
import type { ChangeDetail, QueueItem } from '../review.ts';
import { DiffTable } from './diff-table.tsx';

const crumbsBase = (t: (k: string) => string) => [{ href: '/verwaltung', label: t('admin.title') }, { href: '/verwaltung/redaktion', label: t('editorial.review.title') }];

export function QueuePage(props: { items: QueueItem[]; total: number; page: number; perPage: number; notice?: string }) {
  const { t, fmt } = useView();
  return (
    <Layout title={t('editorial.review.title')} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { label: t('editorial.review.title') }]} noindex wide>
      <h1 class="kern-heading-large">{t('editorial.review.title')}</h1>
      {props.notice ? <Alert tone="success" title={props.notice} role="status" /> : null}
      <p class="kern-body">{t('editorial.review.intro', { count: props.total })}</p>
      {props.items.length === 0 ? <p class="kern-body">{t('editorial.review.empty')}</p> : (
        <table class="kern-table">
          <caption class="kern-sr-only">{t('editorial.review.title')}</caption>
          <thead class="kern-table__head"><tr class="kern-table__row">
            <th class="kern-table__header" scope="col">{t('editorial.review.service')}</th>
            <th class="kern-table__header" scope="col">{t('editorial.review.organization')}</th>
            <th class="kern-table__header" scope="col">{t('editorial.review.submitter')}</th>
            <th class="kern-table__header" scope="col">{t('editorial.review.submittedAt')}</th>
          </tr></thead>
          <tbody class="kern-table__body">
            {props.items.map((c) => (
              <tr class="kern-table__row" key={c.id}>
                <td class="kern-table__cell"><A href={`/verwaltung/redaktion/${c.id}`}>{c.serviceName}</A>
                  {c.kind === 'create' ? <> <Badge tone="info">{t('editorial.review.new')}</Badge></> : null}
                  {c.conflict ? <> <Badge tone="warning">{t('editorial.review.conflictBadge')}</Badge></> : null}</td>
                <td class="kern-table__cell">{c.organizationName}</td>
                <td class="kern-table__cell">{c.submitterName ?? t('editorial.history.unknownPerson')}</td>
                <td class="kern-table__cell">{fmt.dateTime(c.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={props.page} total={props.total} perPage={props.perPage} hrefFor={(p) => `/verwaltung/redaktion${p > 1 ? `?seite=${p}` : ''}`} />
    </Layout>
  );
}

export function ChangePage(props: { change: ChangeDetail; changes: FieldChange[]; csrf: string; errors: FieldError[]; comment: string }) {
  const { t, fmt } = useView();
  const c = props.change;
  const name = String(c.proposed.name);
  const pending = c.status === 'pending';
  return (
    <Layout title={`${t('editorial.review.changeTitle')}: ${name}`} crumbs={[...crumbsBase(t), { label: name }]} noindex wide>
      <h1 class="kern-heading-large">{t('editorial.review.changeTitle')}: {name}</h1>
      <ErrorSummary errors={props.errors} />
      {!pending ? <Alert tone="info" title={t(`editorial.review.decided.${c.status}`)} role="status">{c.comment ? <p class="kern-body">{c.comment}</p> : null}</Alert> : null}
      {c.conflict ? (
        <Alert tone="warning" title={t('editorial.review.conflictTitle')}>
          <p class="kern-body">{c.kind === 'create' ? t('editorial.review.conflictCreate') : t('editorial.review.conflictText', { base: c.baseVersion ?? 0, current: c.currentVersion })}</p>
        </Alert>
      ) : null}
      <dl class="facts editorial-facts">
        <><dt>{t('editorial.review.organization')}</dt><dd>{c.organizationName}</dd></>
        <><dt>{t('editorial.review.submitter')}</dt><dd>{c.submitterName ?? t('editorial.history.unknownPerson')}</dd></>
        <><dt>{t('editorial.review.submittedAt')}</dt><dd>{fmt.dateTime(c.submittedAt)}</dd></>
        <><dt>{t('editorial.review.kind')}</dt><dd>{t(`editorial.review.kinds.${c.kind}`)}</dd></>
        {c.note ? <><dt>{t('editorial.review.note')}</dt><dd>{c.note}</dd></> : null}
      </dl>
      {c.published ? <p class="kern-body"><A href={`/angebote/${c.serviceId}`}>{t('editorial.review.publicPage')}</A> · <A href={`/verwaltung/angebote/${c.serviceId}/versionen`}>{t('editorial.history.title')}</A></p> : null}
      <DiffTable changes={props.changes} caption={c.published ? t('editorial.review.diffCaption') : t('editorial.review.newCaption')} onlyNew={!c.published}
        beforeLabel={t('editorial.review.published')} afterLabel={t('editorial.review.proposed')} />
      {pending ? (
        <>
          <h2 class="kern-heading-medium">{t('editorial.review.decide')}</h2>
          <form method="post" action={`/verwaltung/redaktion/${c.id}/freigeben`}>
            <input type="hidden" name="_csrf" value={props.csrf} />
            <button type="submit" class="kern-btn kern-btn--primary"><span class="kern-label">{t('editorial.review.approve')}</span></button>
          </form>
          <form method="post" action={`/verwaltung/redaktion/${c.id}/zurueckgeben`} class="editorial-return" novalidate>
            <input type="hidden" name="_csrf" value={props.csrf} />
            <TextArea id="comment" label={t('editorial.review.comment')} hint={t('editorial.review.commentHint')} value={props.comment} rows={4}
              error={props.errors.find((e) => e.field === 'comment')?.message} />
            <button type="submit" class="kern-btn kern-btn--secondary"><span class="kern-label">{t('editorial.review.sendBack')}</span></button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}

// "Unsere Angebote" under /verwaltung/angebote: the services a staff member edits with their state, links
// to edit each and to propose a new one; the step that asks for the organisation of a new service.
import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, Badge, ErrorSummary, Pagination, SelectField, TableHead } from '../../../platform/views/components.tsx';
import type { OwnServicesList } from '../self-service.ts';
import { LIST } from './service-form.tsx';

export function OwnServicesPage(props: { list: OwnServicesList; q: string; submitted?: { name: string; published: boolean } }) {
  const { t, fmt } = useView();
  const k = (key: string, params?: Record<string, unknown>) => t(`editorial.form.${key}`, params ?? {});
  const { list } = props;
  const title = k('listTitle');
  const query = (page: number) => `${LIST}?${new URLSearchParams({ ...(props.q ? { q: props.q } : {}), ...(page > 1 ? { seite: String(page) } : {}) }).toString()}`;
  return (
    <Layout title={title} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { label: title }]} noindex wide>
      <h1 class="kern-heading-large">{title}</h1>
      {props.submitted ? (
        <Alert tone="success" role="status" title={props.submitted.published ? k('published') : k('waitingForReview')}>
          <p class="kern-body">{props.submitted.published ? k('publishedText', { name: props.submitted.name }) : k('waitingForReviewText', { name: props.submitted.name })}</p>
        </Alert>
      ) : null}
      <p class="kern-body">{list.all ? k('listLeadAll') : k('listLead')}</p>
      {list.all ? (
        <p><A href={`${LIST}/neu`}>{k('newService')}</A></p>
      ) : (
        <ul class="kern-list">
          {list.organizations.map((o) => <li key={o.id}><A href={`${LIST}/neu?organisation=${o.id}`}>{k('newServiceOf', { organization: o.name })}</A></li>)}
        </ul>
      )}
      {list.all ? (
        <form method="get" action={LIST} class="form form--inline" role="search">
          <div class="kern-form-input">
            <label class="kern-label" for="q">{k('searchByName')}</label>
            <input class="kern-form-input__input" type="search" id="q" name="q" value={props.q} autocomplete="off" />
          </div>
          <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{k('search')}</span></button>
        </form>
      ) : null}
      {list.items.length === 0 ? <p class="kern-body">{props.q ? k('noneFound') : k('none')}</p> : (
        <>
          <p class="kern-body">{k('count', { count: list.total })}</p>
          <table class="kern-table">
            <caption class="kern-sr-only">{title}</caption>
            <TableHead columns={[k('service'), k('organizationColumn'), k('state'), { label: k('actions'), srOnly: true }]} />
            <tbody class="kern-table__body">
              {list.items.map((s) => (
                <tr class="kern-table__row" key={s.id}>
                  <td class="kern-table__cell">{s.state.kind === 'pending' && s.state.isNew ? s.name : <A href={`/angebote/${s.id}`}>{s.name}</A>}
                    {!s.active ? <> <Badge tone="warning">{k('inactive')}</Badge></> : null}</td>
                  <td class="kern-table__cell">{s.organization.name}</td>
                  <td class="kern-table__cell">
                    {s.state.kind === 'published' ? <Badge tone="success">{k('statePublished')}</Badge> : null}
                    {s.state.kind === 'pending' ? <><Badge tone="info">{s.state.isNew ? k('stateNewPending') : k('statePending')}</Badge> <span>{k('since', { date: fmt.date(s.state.since) })}</span></> : null}
                    {s.state.kind === 'returned' ? (
                      <>
                        <Badge tone="warning">{k('stateReturned')}</Badge>{s.state.at ? <span> {k('since', { date: fmt.date(s.state.at) })}</span> : null}
                        {s.state.comment ? <p class="kern-body kern-body--small"><strong>{k('editorsComment')}:</strong> {s.state.comment}</p> : null}
                      </>
                    ) : null}
                  </td>
                  <td class="kern-table__cell"><A href={`${LIST}/${s.id}/bearbeiten`}>{k('edit')}<span class="kern-sr-only">: {s.name}</span></A></td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={list.page} total={list.total} perPage={list.perPage} hrefFor={query} />
        </>
      )}
    </Layout>
  );
}

/** The step before a new service: for which organisation (when the actor edits more than one). */
export function ChooseOrganizationPage(props: { organizations: { id: string; name: string }[]; error?: string }) {
  const { t } = useView();
  const k = (key: string) => t(`editorial.form.${key}`);
  const title = k('createTitle');
  const errors = props.error ? [{ field: 'organisation', message: props.error }] : [];
  return (
    <Layout title={title} crumbs={[{ href: '/verwaltung', label: t('admin.title') }, { href: LIST, label: k('listTitle') }, { label: title }]} noindex>
      <h1 class="kern-heading-large">{title}</h1>
      {props.organizations.length === 0 ? <p class="kern-body">{k('noOrganizations')}</p> : (
        <>
          <ErrorSummary errors={errors} />
          <form method="get" action={`${LIST}/neu`} class="form" novalidate>
            <SelectField id="organisation" label={k('chooseOrganization')} value="" any={k('pleaseChoose')} error={props.error}
              options={props.organizations.map((o) => ({ value: o.id, label: o.name }))} />
            <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{k('next')}</span></button>
          </form>
        </>
      )}
    </Layout>
  );
}

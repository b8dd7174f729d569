import type { ComponentChildren } from 'preact';
import { Layout, withLang } from '../views/layout.tsx';
import { useView } from '../views/context.ts';
import { A, Alert, Badge, Pagination, SelectField, TableHead } from '../views/components.tsx';
import { MAIL_STATUSES, type MailStatus, type OutboxItem } from './outbox.ts';

const TONE: Record<MailStatus, 'info' | 'success' | 'warning' | 'danger'> = { queued: 'info', sent: 'success', failed: 'danger', held: 'warning' };

function StatusBadge(props: { status: MailStatus }) {
  const { t } = useView();
  return <Badge tone={TONE[props.status]}>{t(`outbox.status.${props.status}`)}</Badge>;
}

export type OutboxView = {
  smtpConfigured: boolean;
  status?: MailStatus; recipient?: string; page: number; perPage: number;
  total: number; items: OutboxItem[];
};

export function OutboxPage(props: { o: OutboxView }) {
  const v = useView();
  const { t, fmt } = v;
  const o = props.o;
  const hrefFor = (page: number) => {
    const q = new URLSearchParams();
    if (o.status) q.set('status', o.status);
    if (o.recipient) q.set('empfaenger', o.recipient);
    if (page > 1) q.set('seite', String(page));
    const s = q.toString();
    return withLang(`/verwaltung/postausgang${s ? `?${s}` : ''}`, v.lang);
  };
  return (
    <Layout title={t('outbox.title')} crumbs={[{ label: t('outbox.title') }]} noindex wide>
      <h1 class="kern-heading-large">{t('outbox.title')}</h1>
      <p class="kern-body">{t('outbox.intro')}</p>
      {o.smtpConfigured ? null : <Alert tone="info" title={t('outbox.smtpOffTitle')}><p class="kern-body">{t('outbox.smtpOffText')}</p></Alert>}
      <form method="get" action="/verwaltung/postausgang" class="outbox-filters" aria-label={t('outbox.filter.label')}>
        {v.lang !== 'de' ? <input type="hidden" name="lang" value={v.lang} /> : null}
        <SelectField id="outbox-status" name="status" label={t('outbox.filter.status')} value={o.status ?? ''} any={t('outbox.filter.anyStatus')}
          options={MAIL_STATUSES.map((x) => ({ value: x, label: t(`outbox.status.${x}`) }))} />
        <div class="kern-form-input">
          <label class="kern-label" for="outbox-recipient">{t('outbox.filter.recipient')}</label>
          <input class="kern-form-input__input" type="search" id="outbox-recipient" name="empfaenger" value={o.recipient ?? ''} maxLength={254} autocomplete="off" />
        </div>
        <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t('outbox.filter.submit')}</span></button>
      </form>
      <p class="kern-body" role="status">{t('outbox.count', { count: o.total })}</p>
      {o.items.length ? (
        <table class="kern-table kern-table--small">
          <caption class="kern-sr-only">{t('outbox.title')}</caption>
          <TableHead columns={[t('outbox.field.createdAt'), t('outbox.field.to'), t('outbox.field.subject'), t('outbox.field.status'), t('outbox.field.attempts')]} />
          <tbody class="kern-table__body">
            {o.items.map((m) => (
              <tr class="kern-table__row" key={m.id}>
                <td class="kern-table__cell">{fmt.dateTime(m.createdAt)}</td>
                <td class="kern-table__cell">{m.toAddress}</td>
                <td class="kern-table__cell"><A href={`/verwaltung/postausgang/${m.id}`}>{m.subject}</A></td>
                <td class="kern-table__cell"><StatusBadge status={m.status} /></td>
                <td class="kern-table__cell">{fmt.number(m.attempts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="kern-body">{t('outbox.none')}</p>}
      <Pagination page={o.page} total={o.total} perPage={o.perPage} hrefFor={hrefFor} />
    </Layout>
  );
}

export type MessageView = {
  toAddress: string; subject: string; textBody: string; template: string; lang: string; status: MailStatus;
  attempts: number; createdAt: Date; sentAt: Date | null; messageId: string | null; error: string | null;
};

export function MessagePage(props: { m: MessageView }) {
  const { t, fmt } = useView();
  const m = props.m;
  const item = (label: string, value: ComponentChildren) => (
    <div class="kern-description-list-item"><dt class="kern-description-list-item__key">{label}</dt><dd class="kern-description-list-item__value">{value}</dd></div>
  );
  return (
    <Layout title={m.subject} crumbs={[{ href: '/verwaltung/postausgang', label: t('outbox.title') }, { label: m.subject }]} noindex>
      <h1 class="kern-heading-large">{m.subject}</h1>
      <dl class="kern-description-list">
        {item(t('outbox.field.to'), m.toAddress)}
        {item(t('outbox.field.status'), <StatusBadge status={m.status} />)}
        {item(t('outbox.field.createdAt'), fmt.dateTime(m.createdAt))}
        {m.sentAt ? item(t('outbox.field.sentAt'), fmt.dateTime(m.sentAt)) : null}
        {item(t('outbox.field.attempts'), fmt.number(m.attempts))}
        {m.messageId ? item(t('outbox.field.messageId'), <code>{m.messageId}</code>) : null}
        {m.error ? item(t('outbox.field.error'), m.error) : null}
        {item(t('outbox.field.template'), m.template)}
        {item(t('outbox.field.lang'), fmt.language(m.lang))}
      </dl>
      <section aria-labelledby="mail-text" class="section">
        <h2 id="mail-text" class="kern-heading-medium">{t('outbox.field.text')}</h2>
        <pre class="mail-text" lang={m.lang}>{m.textBody}</pre>
      </section>
      <p><A href="/verwaltung/postausgang">{t('outbox.back')}</A></p>
    </Layout>
  );
}

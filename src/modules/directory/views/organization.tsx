import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { A, Alert, FallbackNote, Text } from '../../../platform/views/components.tsx';
import type { Localised } from '../service.ts';
import { UpcomingEvents, type UpcomingEvent } from '../../events/index.ts';

export type OrganizationView = {
  id: string; name: Localised; description: Localised | null; website: string | null; email: string | null;
  phones: { number: string; description: string | null }[];
  services: { id: string; name: string; description: string | null; active: boolean }[];
  events?: UpcomingEvent[];
  /** The portal network's source of a foreign organisation ("Landkreis Nordheide"); null for our own. */
  sourceLabel?: string | null;
};

export function OrganizationPage(props: { o: OrganizationView }) {
  const v = useView();
  const { t } = v;
  const o = props.o;
  return (
    <Layout title={o.name.text} crumbs={[{ href: '/suche', label: t('nav.search') }, { label: o.name.text }]} description={o.description?.text.slice(0, 160)}>
      <Text as="h1" class="kern-heading-large" value={o.name} />
      <FallbackNote show={Boolean(o.name.fallback || o.description?.fallback)} />
      {o.sourceLabel ? <Alert tone="info" title={t('federation.originOrganization', { label: o.sourceLabel })}><p>{t('federation.originOrganizationText', { label: o.sourceLabel })}</p></Alert> : null}
      <div class="service__grid">
        <div class="service__main">
          {o.description ? <Text as="p" class="kern-body kern-body--large" value={o.description} /> : null}
          <UpcomingEvents events={o.events ?? []} id="org-events" title={t('events.onService')} />
          <section aria-labelledby="org-services">
            <h2 id="org-services" class="kern-heading-medium">{t('organization.services', { count: o.services.length })}</h2>
            <ul class="plain-list">
              {o.services.map((s) => (
                <li key={s.id}>
                  <A href={`/angebote/${s.id}`}>{s.name}</A>{!s.active ? <span class="muted"> ({t('organization.inactive')})</span> : null}
                  {s.description ? <p class="kern-body kern-body--small" lang={v.lang !== 'de' ? 'de' : undefined}>{s.description.length > 160 ? `${s.description.slice(0, 157)}…` : s.description}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside class="service__side" aria-labelledby="org-contact">
          <div class="kern-card"><div class="kern-card__container"><div class="kern-card__body">
            <h2 id="org-contact" class="kern-heading-small">{t('service.contact')}</h2>
            <ul class="contact-list">
              {o.phones.map((p, i) => <li key={i}><span class="contact-list__label">{p.description ?? t('service.phone')}</span> <a class="kern-link" href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>{p.number}</a></li>)}
              {o.email ? <li><span class="contact-list__label">{t('service.email')}</span> <a class="kern-link" href={`mailto:${o.email}`}>{o.email}</a></li> : null}
              {o.website ? <li><span class="contact-list__label">{t('service.website')}</span> <a class="kern-link" href={o.website} rel="noopener">{o.website.replace(/^https?:\/\//, '')}</a></li> : null}
            </ul>
          </div></div></div>
        </aside>
      </div>
    </Layout>
  );
}

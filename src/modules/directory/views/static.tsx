import { Layout } from '../../../platform/views/layout.tsx';
import { useView } from '../../../platform/views/context.ts';

/** Imprint, privacy notice and accessibility statement: required on every German public-sector site. */
export function StaticPage(props: { page: 'impressum' | 'datenschutz' | 'barrierefreiheit' }) {
  const v = useView();
  const { t } = v;
  const paragraphs = t(`static.${props.page}.body`, { returnObjects: true, name: v.municipality.name }) as unknown as string[];
  return (
    <Layout title={t(`static.${props.page}.title`)} crumbs={[{ label: t(`static.${props.page}.title`) }]}>
      <h1 class="kern-heading-large">{t(`static.${props.page}.title`)}</h1>
      {(Array.isArray(paragraphs) ? paragraphs : [String(paragraphs)]).map((p, i) => <p class="kern-body" key={i}>{p}</p>)}
    </Layout>
  );
}

import type { ComponentChildren } from 'preact';
import { useView } from './context.ts';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n.ts';

export type Crumb = { href?: string; label: string };

export function Layout(props: { title: string; crumbs?: Crumb[]; children: ComponentChildren; description?: string; wide?: boolean; noindex?: boolean }) {
  const v = useView();
  const { t } = v;
  const pageTitle = `${props.title} – ${t('site.name')} ${v.municipality.shortName}`;
  return (
    <html lang={v.lang} dir={v.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="stylesheet" href={v.assets.css} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {/* A script file from our origin with this response's nonce (cached pages get theirs when sent). */}
        <script type="module" src={v.assets.js} nonce={v.nonce} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skip')}</a>
        <div class="kern-kopfzeile">
          <div class="kern-container">
            <div class="kern-kopfzeile__content">
              <span class="kern-kopfzeile__flagge" aria-hidden="true" />
              <span class="kern-kopfzeile__label">{t('layout.officialSite', { name: v.municipality.name })}</span>
            </div>
          </div>
        </div>
        <header class="site-header">
          <div class="kern-container site-header__inner">
            <a class="site-brand" href={withLang('/', v.lang)}>
              <span class="site-brand__mark" aria-hidden="true">Z</span>
              <span>
                <span class="site-brand__name">{t('site.name')}</span>
                <span class="site-brand__sub">{t('site.tagline', { name: v.municipality.name })}</span>
              </span>
            </a>
            <nav aria-label={t('layout.languageNav')} class="lang-switch">
              <ul>
                {LANGUAGES.map((l) => (
                  <li key={l}>
                    {l === v.lang
                      ? <span aria-current="true" lang={l}>{LANGUAGE_NAMES[l]}</span>
                      : <a href={switchLangHref(v.path, v.query, l)} lang={l} hreflang={l}>{LANGUAGE_NAMES[l]}</a>}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <nav aria-label={t('layout.mainNav')} class="main-nav">
            <div class="kern-container">
              <ul>
                <li><a href={withLang('/', v.lang)} aria-current={v.path === '/' ? 'page' : undefined}>{t('nav.home')}</a></li>
                <li><a href={withLang('/suche', v.lang)} aria-current={v.path === '/suche' ? 'page' : undefined}>{t('nav.search')}</a></li>
                <li><a href={withLang('/veranstaltungen', v.lang)} aria-current={v.path.startsWith('/veranstaltungen') ? 'page' : undefined}>{t('nav.events')}</a></li>
                <li><a href={withLang('/sozialraeume', v.lang)} aria-current={v.path.startsWith('/sozialraeume') ? 'page' : undefined}>{t('nav.districts')}</a></li>
                <li class="main-nav__account"><a href={withLang('/konto', v.lang)} aria-current={v.path === '/konto' || v.path === '/anmelden' ? 'page' : undefined}>{t('nav.account')}</a></li>
              </ul>
            </div>
          </nav>
        </header>
        {props.crumbs?.length ? (
          <nav aria-label={t('layout.breadcrumbs')} class="breadcrumbs kern-container">
            <ol>
              <li><a href={withLang('/', v.lang)}>{t('nav.home')}</a></li>
              {props.crumbs.map((c, i) => (
                <li key={i}>{c.href ? <a href={withLang(c.href, v.lang)}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
              ))}
            </ol>
          </nav>
        ) : null}
        <main id="main" tabIndex={-1} class={`kern-container page${props.wide ? ' page--wide' : ''}`}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="kern-container site-footer__inner">
            <div>
              <p class="site-footer__name">{t('site.name')} · {v.municipality.name}</p>
              <p>{t('layout.footerText')}</p>
            </div>
            <ul>
              <li><a href={withLang('/impressum', v.lang)}>{t('footer.imprint')}</a></li>
              <li><a href={withLang('/datenschutz', v.lang)}>{t('footer.privacy')}</a></li>
              <li><a href={withLang('/barrierefreiheit', v.lang)}>{t('footer.accessibility')}</a></li>
              <li><a href="/docs">{t('footer.api')}</a></li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A link to the same page in another language. */
export function switchLangHref(path: string, query: URLSearchParams, lang: string): string {
  const q = new URLSearchParams(query);
  q.delete('lang');
  if (lang !== 'de') q.set('lang', lang);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Keeps the interface language on internal links (German is the default and needs nothing). */
export function withLang(href: string, lang: string): string {
  if (lang === 'de' || !href.startsWith('/')) return href;
  return href + (href.includes('?') ? '&' : '?') + `lang=${lang}`;
}

/** A link to `path` with the current query changed: empty or undefined values remove their parameter. */
export function withQueryChanges(path: string, query: URLSearchParams, lang: string, changes: Record<string, string | undefined>): string {
  const q = new URLSearchParams(query);
  for (const [k, val] of Object.entries(changes)) {
    if (val === undefined || val === '') q.delete(k); else q.set(k, val);
  }
  const s = q.toString();
  return withLang(`${path}${s ? `?${s}` : ''}`, lang);
}

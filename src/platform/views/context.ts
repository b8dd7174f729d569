import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, T } from '../i18n.ts';
import { formats } from '../i18n.ts';

/** What every view may know about the request: language, translator, the current URL. */
export type ViewContext = {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  t: T;
  fmt: ReturnType<typeof formats>;
  path: string;
  /** The current URL's query string, without the language parameter. */
  query: URLSearchParams;
  municipality: { name: string; shortName: string };
  assets: { css: string; js: string };
  tileUrl: string;
  tileAttribution: string;
  requestId: string;
  /** This response's CSP nonce: every <script> element carries it. */
  nonce: string;
};

export const Ctx = createContext<ViewContext>(null as unknown as ViewContext);
export const useView = () => useContext(Ctx);

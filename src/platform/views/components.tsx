import type { ComponentChildren, VNode } from 'preact';
import { useView } from './context.ts';
import { withLang } from './layout.tsx';

/** An internal link that keeps the interface language. */
export function A(props: { href: string; children: ComponentChildren; class?: string; 'aria-current'?: 'page' | undefined; rel?: string }) {
  const v = useView();
  return <a href={withLang(props.href, v.lang)} class={props.class ?? 'kern-link'} aria-current={props['aria-current']} rel={props.rel}>{props.children}</a>;
}

// Full class names (not built from parts), so that the stylesheet purge sees them.
const BADGE = { info: 'kern-badge kern-badge--info', success: 'kern-badge kern-badge--success', warning: 'kern-badge kern-badge--warning', danger: 'kern-badge kern-badge--danger' };
const ALERT = { info: 'kern-alert kern-alert--info', success: 'kern-alert kern-alert--success', warning: 'kern-alert kern-alert--warning', danger: 'kern-alert kern-alert--danger' };
const ICON = { info: 'kern-icon kern-icon--info', success: 'kern-icon kern-icon--success', warning: 'kern-icon kern-icon--warning', danger: 'kern-icon kern-icon--danger' };

export function Badge(props: { tone?: 'info' | 'success' | 'warning' | 'danger'; children: ComponentChildren }) {
  return <span class={BADGE[props.tone ?? 'info']}><span class="kern-label kern-label--small">{props.children}</span></span>;
}

export function Alert(props: { tone: 'info' | 'success' | 'warning' | 'danger'; title: string; children?: ComponentChildren; role?: 'alert' | 'status' }) {
  return (
    <div class={ALERT[props.tone]} role={props.role}>
      <div class="kern-alert__header">
        <span class={ICON[props.tone]} aria-hidden="true" />
        <span class="kern-title">{props.title}</span>
      </div>
      {props.children ? <div class="kern-alert__body">{props.children}</div> : null}
    </div>
  );
}

/** Text in German shown on a page in another language: marked, so screen readers switch voice. */
export function Text(props: { value: { text: string; lang: string; fallback: boolean } | null; as?: 'p' | 'span' | 'h1' | 'h2' | 'h3'; class?: string }) {
  const v = useView();
  if (!props.value) return null;
  const Tag = props.as ?? 'span';
  return (
    <Tag class={props.class} lang={props.value.lang !== v.lang ? props.value.lang : undefined} dir={props.value.lang !== v.lang ? 'ltr' : undefined}>
      {props.value.text}
    </Tag>
  );
}

export function FallbackNote(props: { show: boolean }) {
  const v = useView();
  if (!props.show) return null;
  return <p class="fallback-note"><span class="kern-icon kern-icon--language kern-icon--small" aria-hidden="true" /> {v.t('common.onlyGerman')}</p>;
}

export function Pagination(props: { page: number; total: number; perPage: number; hrefFor: (page: number) => string }) {
  const v = useView();
  const pages = Math.max(1, Math.ceil(props.total / props.perPage));
  if (pages <= 1) return null;
  const shown = [...new Set([1, props.page - 2, props.page - 1, props.page, props.page + 1, props.page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label={v.t('search.pagination')}>
      <ul>
        {props.page > 1 ? <li><a href={props.hrefFor(props.page - 1)} rel="prev">{v.t('search.previous')}</a></li> : null}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && p - shown[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {p === props.page ? <span aria-current="page">{v.t('search.pageN', { page: p })}</span> : <a href={props.hrefFor(p)}>{v.t('search.pageN', { page: p })}</a>}
          </li>
        ))}
        {props.page < pages ? <li><a href={props.hrefFor(props.page + 1)} rel="next">{v.t('search.next')}</a></li> : null}
      </ul>
    </nav>
  );
}

/** JSON for the client script, in a data block the CSP allows (it is never executed). */
export function JsonData(props: { id: string; data: unknown }) {
  const v = useView();
  const json = JSON.stringify(props.data).replace(/</g, '\\u003c');
  // eslint-disable-next-line react/no-danger -- the one reviewed place for raw output: JSON with < escaped.
  return <script type="application/json" id={props.id} nonce={v.nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}

export type FieldError = { field: string; message: string };

/** The error summary at the top of a form: each message links to its field (`#<anchor><field>`). */
export function ErrorSummary(props: { errors: FieldError[]; anchorPrefix?: string }) {
  const v = useView();
  if (!props.errors.length) return null;
  return (
    <div class="kern-alert kern-alert--danger error-summary" role="alert" tabIndex={-1}>
      <div class="kern-alert__header"><span class="kern-icon kern-icon--danger" aria-hidden="true" /><span class="kern-title">{v.t('errors.summaryTitle')}</span></div>
      <div class="kern-alert__body"><ul class="kern-list">
        {props.errors.map((e) => <li key={e.field || e.message}>{e.field ? <a class="kern-link" href={`#${props.anchorPrefix ?? ''}${e.field}`}>{e.message}</a> : e.message}</li>)}
      </ul></div>
    </div>
  );
}

type FieldFrame = { id: string; label: string; hint?: string; error?: string };

/** Label, hint and error of a KERN form input, and the attributes that wire them to the control. */
function frame(props: FieldFrame, control: (wiring: { class: string; 'aria-describedby'?: string; 'aria-invalid'?: 'true' }) => VNode) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>{props.label}</label>
      {props.hint ? <div class="kern-hint" id={`${props.id}-hint`}>{props.hint}</div> : null}
      {props.error ? <p class="kern-error" id={`${props.id}-error`}>{props.error}</p> : null}
      {control({ class: `kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`, 'aria-describedby': described, 'aria-invalid': props.error ? 'true' : undefined })}
    </div>
  );
}

/** A labelled input with hint and error message wired to it (KERN form input). The field's name is its id. */
export function TextField(props: FieldFrame & { type: string; value?: string; autocomplete: string; inputmode?: 'numeric' | 'text'; name?: string; autofocus?: boolean }) {
  return frame(props, (w) => <input {...w} type={props.type} id={props.id} name={props.name ?? props.id} inputMode={props.inputmode}
    value={props.value ?? ''} autocomplete={props.autocomplete} autofocus={props.autofocus || undefined} />);
}

/** A labelled multi-line text field, wired like TextField. */
export function TextArea(props: FieldFrame & { value: string; rows: number; name?: string }) {
  return frame(props, (w) => <textarea {...w} id={props.id} name={props.name ?? props.id} rows={props.rows}>{props.value}</textarea>);
}

/** A labelled select (KERN), with an empty first option where `any` names it. */
export function SelectField(props: { id: string; name?: string; label: string; value: string; options: { value: string; label: string }[]; any?: string; error?: string }) {
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>{props.label}</label>
      {props.error ? <p class="kern-error" id={`${props.id}-error`}>{props.error}</p> : null}
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={props.id} name={props.name ?? props.id} aria-describedby={props.error ? `${props.id}-error` : undefined}>
          {props.any !== undefined ? <option value="">{props.any}</option> : null}
          {props.options.map((o) => <option key={o.value} value={o.value} selected={props.value === o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
}

/** The head row of a KERN table: one column header per label. */
export function TableHead(props: { columns: (string | { label: string; numeric?: boolean; srOnly?: boolean })[] }) {
  return (
    <thead class="kern-table__header"><tr class="kern-table__row">
      {props.columns.map((c, i) => {
        const col = typeof c === 'string' ? { label: c } : c;
        return <th key={i} scope="col" class={`kern-table__cell${col.numeric ? ' kern-table__cell--numeric' : ''}`}>{col.srOnly ? <span class="kern-sr-only">{col.label}</span> : col.label}</th>;
      })}
    </tr></thead>
  );
}

/**
 * An SVG image generated on the server by a trusted library (the QR code of the second factor): only a
 * string that is one <svg> element without script or event attributes is output, anything else is dropped.
 */
export function GeneratedSvg(props: { svg: string; label: string; class?: string }) {
  const safe = /^<svg[\s>]/.test(props.svg.trim()) && !/<script|\son\w+\s*=|javascript:|<foreignObject/i.test(props.svg);
  // eslint-disable-next-line react/no-danger -- reviewed: generated SVG, checked above.
  return <div class={props.class} role="img" aria-label={props.label} dangerouslySetInnerHTML={{ __html: safe ? props.svg : '' }} />;
}

// A tiny browser for integration tests through `inject`: keeps cookies, reads the CSRF token of a form
// page, posts url-encoded forms.
import type { FastifyInstance } from 'fastify';

export type FormClient = {
  jar: Record<string, string>;
  get(url: string): Promise<{ res: Awaited<ReturnType<FastifyInstance['inject']>>; csrf: string }>;
  /** A form as name → value, or as pairs where a name repeats (checkboxes of one name). */
  post(url: string, form: Record<string, string> | [string, string][], opts?: { ip?: string; userAgent?: string }): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
};

export function formClient(app: FastifyInstance): FormClient {
  const jar: Record<string, string> = {};
  const cookie = () => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: { cookies: { name: string; value: string }[] }) => {
    for (const c of res.cookies) { if (c.value) jar[c.name] = c.value; else delete jar[c.name]; }
  };
  return {
    jar,
    async get(url) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: cookie() } });
      keep(res);
      return { res, csrf: res.body.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '' };
    },
    async post(url, form, opts = {}) {
      const res = await app.inject({ method: 'POST', url, payload: new URLSearchParams(form).toString(), remoteAddress: opts.ip ?? '198.51.100.7',
        headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', 'user-agent': opts.userAgent ?? 'Testbrowser' } });
      keep(res);
      return res;
    },
  };
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#0?39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

/**
 * What a browser would send for the rendered form with this action, as pairs: inputs, ticked boxes and
 * chosen radio buttons, the selected option of each select, text areas; no submit buttons.
 */
export function formFields(html: string, action: string): [string, string][] {
  const at = html.indexOf(`action="${action}"`);
  if (at < 0) throw new Error(`no form with action ${action}`);
  const form = html.slice(html.lastIndexOf('<form', at), html.indexOf('</form>', at));
  const out: [string, string][] = [];
  for (const m of form.matchAll(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>/g)) {
    const tag = m[0];
    const open = tag.slice(0, tag.indexOf('>') + 1);
    const name = attr(open, 'name');
    if (!name) continue;
    if (tag.startsWith('<input')) {
      const type = attr(tag, 'type') ?? 'text';
      if (type === 'submit' || ((type === 'checkbox' || type === 'radio') && !/\schecked[\s/>=]/.test(tag))) continue;
      out.push([name, attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
    } else if (tag.startsWith('<select')) {
      const options = [...tag.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.find((o) => /\sselected[\s/>=]/.test(o)) ?? options[0];
      out.push([name, chosen ? attr(chosen, 'value') ?? '' : '']);
    } else out.push([name, decode(m[1] ?? '')]);
  }
  return out;
}

/** The pairs with some fields changed (every field of that name; added where missing) and some names removed. */
export function changed(pairs: [string, string][], changes: Record<string, string>, remove: string[] = []): [string, string][] {
  const out = pairs.filter(([k]) => !remove.includes(k)).map(([k, v]): [string, string] => [k, k in changes ? changes[k] : v]);
  for (const [k, v] of Object.entries(changes)) if (!out.some(([n]) => n === k)) out.push([k, v]);
  return out;
}

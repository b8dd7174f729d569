// A tiny browser for integration tests through `inject`: keeps cookies, reads the CSRF token of a form
// page, posts url-encoded forms.
import type { FastifyInstance } from 'fastify';

export type FormClient = {
  jar: Record<string, string>;
  get(url: string): Promise<{ res: Awaited<ReturnType<FastifyInstance['inject']>>; csrf: string }>;
  post(url: string, form: Record<string, string>, opts?: { ip?: string; userAgent?: string }): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
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

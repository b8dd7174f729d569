// CORS for Zugang's public read APIs (the HSDS API under /api/hsds/, the events API under /api/events):
// any origin may read them with GET (and HEAD), and a browser's preflight (OPTIONS) is answered. No
// credentials: the data is public and a cross-origin request never carries the visitor's session. Nothing
// else of Zugang sends CORS headers: call this only inside the plugin of a public read API.
import type { FastifyInstance } from 'fastify';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Header names a preflight may ask for (a list of tokens); anything else is not echoed. */
const HEADER_LIST = /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/;

/**
 * Adds `Access-Control-Allow-Origin: *` to the GET, HEAD and OPTIONS responses of this plugin's routes
 * (errors included, so a foreign page can read the JSON problem) and answers preflights on `paths`.
 */
export function openReadCors(app: FastifyInstance, paths: string[]) {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!READ_METHODS.has(req.method)) return payload;
    reply.header('access-control-allow-origin', '*');
    // helmet's same-origin default would keep other sites' scripts from reading the data.
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return payload;
  });
  for (const url of paths) {
    app.options(url, { config: { permission: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const asked = req.headers['access-control-request-headers'];
      if (typeof asked === 'string' && HEADER_LIST.test(asked.trim()) && asked.length <= 500) reply.header('access-control-allow-headers', asked.trim());
      return reply.code(204)
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-max-age', '86400')
        .send();
    });
  }
}

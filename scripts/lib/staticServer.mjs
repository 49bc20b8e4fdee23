// @ts-check
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sirv from 'sirv';
import { readHeadersFile } from './csp.mjs';

/**
 * Serves a built site (`dist/`) on loopback, as any static host would: files
 * under an optional base path, `404.html` with status 404 for anything else,
 * and the response headers of the build's `_headers` file for each path, as
 * Netlify or Cloudflare Pages would send them (unless `headers` is false).
 * `cache: false` sends `Cache-Control: no-store` instead of the file's lines,
 * so that nothing but a service worker keeps a file (the offline tests: the
 * browser's own cache would otherwise hide a service worker that fails to keep
 * one, or serve a page of the build before). Without any Cache-Control a
 * browser would still keep a file for a tenth of its age (heuristic freshness).
 *
 * @param {{ root: string, base?: string, port?: number, gzip?: boolean, headers?: boolean, cache?: boolean }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0, gzip = false, headers = true, cache = true }) {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const serve = sirv(root, { dev: false, etag: true, gzip, brotli: false, extensions: ['html'] });
  const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const rules = headers ? readHeadersFile(await readFile(path.join(root, '_headers'), 'utf8').catch(() => '')) : new Map();
  if (!cache) for (const values of rules.values()) values.delete('cache-control');
  const wildcard = [...rules.entries()].filter(([p]) => p.endsWith('*'));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split(/[?#]/)[0] ?? '/';
    for (const [rule, values] of wildcard) if (pathname.startsWith(rule.slice(0, -1))) for (const [k, v] of values) res.setHeader(k, v);
    for (const [k, v] of rules.get(pathname) ?? []) res.setHeader(k, v);
    if (!cache) res.setHeader('Cache-Control', 'no-store');
    const send404 = () => {
      // As nginx's `error_page 404 /404.html` does: the 404 page's own headers.
      for (const [k, v] of rules.get(`${prefix}/404.html`) ?? []) res.setHeader(k, v);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (prefix && !(url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))) return send404();
    req.url = url.slice(prefix.length) || '/';
    serve(req, res, send404);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server failed to bind');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: `${origin}${prefix}/`,
    // Stops listening and drops every connection, a browser's kept-alive ones included: `server.close()` alone waits
    // for them, and a test that closes the server mid-run (a redeploy) once waited past its 60 s timeout in CI.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

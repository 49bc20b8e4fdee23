// @ts-check
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site (`dist/`) on loopback, as any static host would: files
 * under an optional base path, `404.html` with status 404 for anything else.
 *
 * @param {{ root: string, base?: string, port?: number, gzip?: boolean }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0, gzip = false }) {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const serve = sirv(root, { dev: false, etag: true, gzip, brotli: false, extensions: ['html'] });
  const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
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
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

// @ts-check
/**
 * `npm run preview`: serves dist/ as the last build made it, as a static host
 * would (scripts/lib/staticServer.mjs, the server the browser tests use):
 * under the BASE_PATH the build was made with (recorded by the build in
 * .astro/build-settings.json, unless the environment sets it), with 404.html
 * for missing pages, and with the response headers of the build's `_headers`
 * file (each page's Content-Security-Policy and frame-ancestors), as Netlify
 * would send them. `--port N` picks the port (default 4321).
 */
import { existsSync, readFileSync } from 'node:fs';
import { startStaticServer } from './lib/staticServer.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first (or `npm run serve`, which builds and serves).');
  process.exit(1);
}
const recorded = '.astro/build-settings.json';
/** @type {{ site?: string, base?: string }} */
const built = existsSync(recorded) ? JSON.parse(readFileSync(recorded, 'utf8')) : {};
const base = process.env.BASE_PATH?.trim() || built.base || '/';
const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 4321;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port takes a port number (0–65535), not ${process.argv[at + 1]}`);
  process.exit(1);
}
const server = await startStaticServer({ root: 'dist', base: base.startsWith('/') ? base : `/${base}`, port });
console.log(`Serving the last build of dist/${base !== '/' ? ` under BASE_PATH=${base}` : ''} at ${server.url}  (Ctrl+C stops)`);

// @ts-check
/**
 * Offline for a workshop without Wi-Fi: the build writes `sw.js`, a service
 * worker that precaches the essay, the presentation (both windows) and the
 * facilitator's guide and handout, with exactly what those pages load (their
 * scripts and the chunks these import, the worker, the fonts, the data), and
 * nothing else: no export, no embed page.
 *
 * Its version is a hash of everything it precaches, so a new build brings a
 * new worker, which precaches the new files and deletes the old version's
 * cache. Pages are fetched from the network first (a reader online always gets
 * the current build) and from the cache when the network fails or stalls;
 * hashed assets come from the cache. Only same-origin GETs are ever cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseFolder } from '../../src/lib/siteSettings.mjs';

/** The pages kept for offline use, relative to the base. */
export const OFFLINE_PAGES = ['', 'present/', 'present/facilitator/', 'facilitator/', 'facilitator/handout/', 'facilitator/handout/letter/'];

/** How long a page request waits for the network before the cached page is shown. */
export const NETWORK_TIMEOUT_MS = 4000;

const HTML_REFS = /<(?:script|img|source)\b[^>]*?\ssrc(?:set)?="([^"]+)"|<link\b[^>]*?\srel="(?:preload|modulepreload|icon|apple-touch-icon|stylesheet)"[^>]*?\shref="([^"]+)"|<link\b[^>]*?\shref="([^"]+)"[^>]*?\srel="(?:preload|modulepreload|icon|apple-touch-icon|stylesheet)"|url\(["']?([^"')]+)["']?\)/g;
const JS_REFS = /[`"'](\.\/[\w.-]+\.js|\/[\w./-]+\.(?:js|json|woff2))[`"']/g;

/**
 * Every file the offline pages need, as site paths (with the base), sorted.
 * @param {string} root the built site's directory (dist/)
 * @param {string} base e.g. `/` or `/wiki/expertise/`
 * @returns {string[]}
 */
export function precacheList(root, base) {
  const prefix = baseFolder(base);
  /** @param {string} path a site path with the base; @returns {string | null} the file under root */
  const fileOf = (path) => {
    if (!path.startsWith(prefix)) return null;
    const rel = path.slice(prefix.length);
    const file = join(root, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    return existsSync(file) ? file : null;
  };
  /** @param {string} ref @param {string} from the site path that names it */
  const resolve = (ref, from) => {
    if (/^(data:|https?:|blob:|#)/.test(ref)) return null;
    const path = new URL(ref, `http://site${from}`).pathname;
    if (fileOf(path)) return path;
    // Chunks name site-root paths that the page prefixes with the base at run time (src/lib/paths.ts).
    if (ref.startsWith('/') && !ref.startsWith(prefix)) {
      const based = prefix + ref.slice(1);
      if (fileOf(based)) return based;
    }
    return null;
  };
  /** @type {Set<string>} */
  const found = new Set();
  /** @type {string[]} */
  const queue = [];
  const add = (/** @type {string | null} */ path) => {
    if (path && !found.has(path)) {
      found.add(path);
      queue.push(path);
    }
  };
  for (const page of OFFLINE_PAGES) {
    const path = prefix + page;
    if (!fileOf(path)) throw new Error(`The offline pages include ${path}, which the build did not write (scripts/lib/offline.mjs OFFLINE_PAGES).`);
    add(path);
  }
  while (queue.length) {
    const path = /** @type {string} */ (queue.shift());
    const file = /** @type {string} */ (fileOf(path));
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(HTML_REFS)) {
        for (const ref of (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').split(',')) add(resolve(ref.trim().split(/\s+/)[0] ?? '', path));
      }
    } else if (file.endsWith('.js')) {
      for (const m of text.matchAll(JS_REFS)) add(resolve(m[1] ?? '', path));
    }
  }
  return [...found].sort();
}

/**
 * The version: a hash of every precached file's bytes.
 * @param {string} root
 * @param {string} base
 * @param {string[]} paths
 */
export function precacheVersion(root, base, paths) {
  const prefix = baseFolder(base);
  const hash = createHash('sha256');
  for (const path of paths) {
    const rel = path.slice(prefix.length);
    hash.update(path).update('\0').update(readFileSync(join(root, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The service worker's source.
 * @param {{ version: string, base: string, precache: string[], pages: string[] }} options
 * @returns {string}
 */
export function serviceWorkerSource({ version, base, precache, pages }) {
  return `// The offline copy of the essay, the presentation and the facilitator's guide (written by the build: scripts/lib/offline.mjs).
const VERSION = ${JSON.stringify(version)};
const CACHE = 'uce-offline-' + VERSION;
const PRECACHE = ${JSON.stringify(precache)};
const PAGES = new Set(${JSON.stringify(pages)});
const BASE = ${JSON.stringify(baseFolder(base))};
const TIMEOUT = ${NETWORK_TIMEOUT_MS};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

// The build before this one keeps its hashed files (never its pages) for one more build: a tab left open across a
// deploy still asks for chunks of its own build, which the new one no longer has. A hashed file never changes under
// its name, so serving it is never stale. Every older copy goes.
const ASSETS = BASE + '_astro/';
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        const older = keys.filter((key) => key.startsWith('uce-offline-') && key !== CACHE);
        const previous = older[older.length - 1];
        return Promise.all([
          ...older.filter((key) => key !== previous).map((key) => caches.delete(key)),
          previous &&
            caches.open(previous).then((cache) =>
              cache.keys().then((requests) => Promise.all(requests.filter((r) => !new URL(r.url).pathname.startsWith(ASSETS)).map((r) => cache.delete(r)))),
            ),
        ]);
      })
      .then(() => self.clients.claim()),
  );
});

// A page's own address: /present/?rho=0.3 and /present are the page /present/.
const pageOf = (url) => {
  const path = url.pathname.endsWith('/') || url.pathname.endsWith('.html') ? url.pathname : url.pathname + '/';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
};

const fromNetwork = (request) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    const page = pageOf(url);
    if (!PAGES.has(page)) return;
    // The network first, so a reader online always has the current build; the kept page when it fails or stalls.
    event.respondWith(
      fromNetwork(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(page, copy)));
          }
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match(page)).then((kept) => kept || Response.error())),
    );
    return;
  }
  if (!PRECACHE.includes(url.pathname)) {
    // A hashed file this build does not have: a chunk of the previous build, for a tab still open on it.
    if (url.pathname.startsWith(ASSETS)) event.respondWith(caches.match(url.pathname).then((kept) => kept || fetch(request)));
    return;
  }
  // Hashed assets and the data never change under their names: the kept copy, else the network.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(url.pathname).then((kept) => kept || fetch(request))),
  );
});
`;
}

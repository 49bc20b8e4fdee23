// @ts-check
/**
 * The workshop's offline bundle, for a venue PC that has never seen the site:
 * a zip (`/facilitator/workshop-offline.zip`) of the essay, the deck, the
 * facilitator's window, the guide and the handouts as self-contained HTML
 * files that a browser opens from disk (file://), with nothing to install.
 *
 * A page opened from a file may not load module scripts, fetch files or start
 * workers, so each page of the build is rewritten:
 *   - every script the site serves as a module file is bundled (Rolldown) into
 *     one classic script and written into the page where it stood (inside its
 *     `<template>` too, so it still loads only as the reader nears its chart);
 *   - fonts and icons become data: URLs;
 *   - the chart data the essay fetches travels in the page as a JSON island
 *     (`<script type="application/json" data-chart-data=…>`, read by src/charts/host.ts);
 *   - links to the other pages of the bundle point to their files; links to
 *     the rest of the site point to the site's address (SITE);
 *   - the Content-Security-Policy is recomputed for the page's new inline
 *     scripts (still no 'unsafe-inline'), with fonts from data: URLs.
 * The live simulation needs workers: in the bundle it says so and shows its
 * default scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { rolldown } from 'rolldown';
import { parsePolicy, formatPolicy, securePage } from './csp.mjs';
import { baseFolder } from '../../src/lib/siteSettings.mjs';

/** Site page (relative to the base) → file in the bundle. */
export const BUNDLE_PAGES = {
  '': 'essay.html',
  'present/': 'present.html',
  'present/facilitator/': 'facilitator-window.html',
  'facilitator/': 'guide.html',
  'facilitator/handout/': 'handout-a4.html',
  'facilitator/handout/letter/': 'handout-letter.html',
};

/** Where the build writes the bundle, relative to the base. */
export const BUNDLE_PATH = 'facilitator/workshop-offline.zip';

/** The folder inside the zip. */
export const BUNDLE_FOLDER = 'workshop-offline';

/**
 * A font file as a data: URL.
 * @param {string} file a .woff2 file
 * @returns {string}
 */
const fontDataUrl = (file) => `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;

/**
 * Rewrites a site-relative reference (`/present/#x`, `/methods/`) for a page in the bundle.
 * @param {string} ref the attribute's value
 * @param {string} prefix the base, ending in `/`
 * @param {string} site the site's origin
 * @returns {string}
 */
export function bundleHref(ref, prefix, site) {
  if (!ref.startsWith(prefix) || ref.startsWith('//')) return ref;
  const [pathAndQuery = '', hash = ''] = ref.split('#');
  const [path = '', query = ''] = pathAndQuery.split('?');
  const page = path.slice(prefix.length);
  const file = /** @type {Record<string, string>} */ (BUNDLE_PAGES)[page.endsWith('/') || page === '' ? page : `${page}/`];
  const tail = `${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
  if (file) return `${file}${tail}`;
  return `${site.replace(/\/$/, '')}${path}${tail}`;
}

/**
 * @param {string} text
 * @returns {string} the text, safe inside a `<script>` element
 */
const scriptSafe = (text) => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * Vite's module preloading (`<link rel="modulepreload">` for a dynamic
 * import's dependencies, addressed from `import.meta.url`) has nothing to do
 * in one classic script, and a page opened from a file has no such URL: the
 * helper becomes a plain call of the import, under the names it exported.
 * @type {import('rolldown').Plugin}
 */
const noPreload = {
  name: 'no-preload',
  load(id) {
    if (!/preload-helper[^/]*\.js$/.test(id)) return null;
    const exported = /export\s*\{([^}]*)\}/.exec(readFileSync(id, 'utf8'))?.[1] ?? '';
    const names = exported
      .split(',')
      .map((part) => part.trim().split(/\s+as\s+/).pop()?.trim())
      .filter(Boolean);
    if (!names.length) throw new Error(`${id}: no exports found to replace (Vite's preload helper changed shape)`);
    return `const noPreload = (load) => load();\nexport { ${names.map((n) => `noPreload as ${n}`).join(', ')} };\n`;
  },
};

/**
 * Builds the bundle from a finished build.
 * @param {{ root: string, base: string, site: string }} options
 * @returns {Promise<{ zip: Uint8Array, files: Record<string, number> }>}
 */
export async function offlineBundle({ root, base, site }) {
  const prefix = baseFolder(base);
  const fileOf = (/** @type {string} */ path) => join(root, path.slice(prefix.length));
  /** @type {Map<string, string>} */
  const bundled = new Map();
  const classic = async (/** @type {string} */ src) => {
    const cached = bundled.get(src);
    if (cached !== undefined) return cached;
    const build = await rolldown({ input: fileOf(src), logLevel: 'silent', plugins: [noPreload] });
    const { output } = await build.generate({ format: 'iife', minify: true });
    await build.close();
    const code = output[0].code;
    bundled.set(src, code);
    return code;
  };

  /** @type {Record<string, Uint8Array>} */
  const entries = {};
  /** @type {Record<string, number>} */
  const files = {};
  for (const [page, name] of Object.entries(BUNDLE_PAGES)) {
    let html = readFileSync(join(root, page, 'index.html'), 'utf8');
    // Module files → classic scripts in the page.
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)];
    for (const [tag, src = ''] of new Map(scripts.map((m) => [m[0], m[1]]))) {
      // A module runs once however often a page names it; a classic script runs each time: the code goes in
      // the first place that names it, the other places (the same loader repeated per chart) name nothing.
      const code = `<script>${scriptSafe(await classic(src))}</script>`;
      const first = html.indexOf(tag);
      html = html.slice(0, first) + code + html.slice(first + tag.length).replaceAll(tag, '');
    }
    // Fonts → data: URLs (the favicon already is one: BaseLayout.astro); no preload of what is already in the page.
    html = html.replace(/<link rel="preload"[^>]*as="font"[^>]*>/g, '');
    html = html.replace(/url\((["']?)([^"')]+\.woff2)\1\)/g, (_m, _q, src) => `url(${fontDataUrl(fileOf(src))})`);
    html = html.replace(/<link rel="apple-touch-icon"[^>]*>/g, '');
    // The modules are in the page as classic scripts now (above): nothing to fetch ahead.
    html = html.replace(/<link rel="modulepreload"[^>]*>/g, '');
    // Chart data the page would fetch → a JSON island.
    if (html.includes('data-scrolly')) {
      const path = '/data/ladders-preset.json';
      const json = readFileSync(fileOf(prefix + path.slice(1)), 'utf8').replace(/</g, '\\u003c');
      html = html.replace('</body>', () => `<script type="application/json" data-chart-data="${path}">${json}</script></body>`);
    }
    // Links: the bundle's own pages → their files; the rest of the site → the site.
    html = html.replace(/(\s(?:href|src|action)=")([^"]*)"/g, (_m, attr, ref) => `${attr}${bundleHref(ref, prefix, site)}"`);
    // The policy, for the page's new inline scripts, with fonts and icons from data: URLs.
    html = html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)"/, (_m, open, policy) => {
      const directives = parsePolicy(policy).map(([k, v]) => /** @type {[string, string[]]} */ ([k, k === 'font-src' ? [...v, 'data:'] : v]));
      return `${open}${formatPolicy(directives)}"`;
    });
    html = securePage(html, `${BUNDLE_FOLDER}/${name}`).html;
    entries[`${BUNDLE_FOLDER}/${name}`] = strToU8(html);
    files[name] = html.length;
  }
  entries[`${BUNDLE_FOLDER}/README.txt`] = strToU8(readme(site, prefix));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  return { zip, files };
}

/**
 * @param {string} site
 * @param {string} prefix
 */
function readme(site, prefix) {
  const home = `${site.replace(/\/$/, '')}${prefix}`;
  return `The Unintended Consequence of Expertise: the workshop, offline
=============================================================

For a computer that has no network, or has never opened the site.
Nothing to install: unzip this folder anywhere, then open a file in a
current browser (Chrome, Edge, Firefox or Safari) by double-clicking it.

  present.html             the deck. F: full screen. V: notes and timer beside
                           the slide. ?: every key. Clickers work (PageDown,
                           PageUp, "." and B for a black screen).
  facilitator-window.html  the facilitator's window (S in the deck opens it;
                           some browsers keep two files from talking to each
                           other: then use V in the deck instead)
  guide.html               the facilitator's guide: agenda, questions, exercise
  handout-a4.html          the handout to print (A4)
  handout-letter.html      the handout to print (US Letter)
  essay.html               the essay, with its charts

What needs the site (${home}):
the live simulation (here it shows its default scenario), the chart
gallery, downloads and embeds, and the Methods page.

The essay's words are its author's. The charts and code are under the
project's MIT licence.
`;
}

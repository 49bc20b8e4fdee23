// @ts-check
/**
 * The Content-Security-Policy of every built page, made exact after the build.
 *
 * Astro writes a `<meta http-equiv="content-security-policy">` with hashes of
 * the scripts and styles it bundles, but it places the tag where it injects
 * its head content (after the page's own head elements: the theme script, the
 * font face, the preload), and a policy in a `<meta>` covers only what comes
 * after it. Inline scripts written with `is:inline` are not hashed at all.
 *
 * So, for each HTML file of the build, this module
 *   - hashes every inline `<script>` and `<style>` in the file (inside
 *     `<template>`s too: they run when a script inserts them),
 *   - writes `script-src` and `style-src` with exactly those hashes (no
 *     'unsafe-inline', no 'unsafe-eval'), keeping the other directives,
 *   - moves the `<meta>` to just after `<meta charset>`, before everything it
 *     covers,
 * and describes the same policies as response headers for hosts that can set
 * them: a Netlify/Cloudflare-style `_headers` file and an nginx `map`, each
 * adding `frame-ancestors` (which a `<meta>` cannot carry): any host may frame
 * the embed pages (and the 404 page, which a wiki shows for an embed address
 * that names no chart), only the site itself may frame the others.
 */
import { createHash } from 'node:crypto';
import { baseFolder } from '../../src/lib/siteSettings.mjs';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

/** Frame ancestors for embed pages (any host) and for every other page (the site itself). */
export const FRAME_ANCESTORS = { embed: '*', other: "'self'" };

/**
 * @param {string} text
 * @returns {string} the CSP source expression of its SHA-256
 */
export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The hashes of the inline scripts and styles in a page, in document order, without repeats.
 * Scripts with a `src` and non-executing types (JSON data) need none.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineHashes(html) {
  /** @type {Set<string>} */
  const scripts = new Set();
  /** @type {Set<string>} */
  const styles = new Set();
  for (const [, tag = '', attrs = '', body = ''] of html.matchAll(INLINE)) {
    if (tag.toLowerCase() === 'style') {
      styles.add(sha256Source(body));
      continue;
    }
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(` ${attrs}`)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.add(sha256Source(body));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Parses a policy into its directives, in order.
 * @param {string} policy
 * @returns {[string, string[]][]}
 */
export function parsePolicy(policy) {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...values]) => /** @type {[string, string[]]} */ ([(name ?? '').toLowerCase(), values]));
}

/**
 * @param {[string, string[]][]} directives
 * @returns {string}
 */
export function formatPolicy(directives) {
  return directives.map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * The page's exact policy: Astro's directives, with `script-src` and
 * `style-src` replaced by 'self' and the page's own inline hashes.
 * @param {string} astroPolicy
 * @param {{ scripts: string[], styles: string[] }} hashes
 * @returns {string}
 */
export function exactPolicy(astroPolicy, hashes) {
  const kept = parsePolicy(astroPolicy).filter(([name]) => name !== 'script-src' && name !== 'style-src' && name !== 'frame-ancestors');
  for (const [, values] of kept) {
    if (values.includes("'unsafe-inline'") || values.includes("'unsafe-eval'")) {
      throw new Error(`The site's Content-Security-Policy must not allow 'unsafe-inline' or 'unsafe-eval': ${astroPolicy}`);
    }
  }
  return formatPolicy([...kept, ['script-src', ["'self'", ...hashes.scripts]], ['style-src', ["'self'", ...hashes.styles]]]);
}

/**
 * Rewrites one built page: its exact policy in a `<meta>` right after `<meta charset>`.
 * @param {string} html
 * @param {string} file for error messages
 * @returns {{ html: string, policy: string }}
 */
export function securePage(html, file) {
  const found = META.exec(html);
  if (!found) throw new Error(`${file}: no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
  const withoutMeta = html.replace(found[0], '');
  const policy = exactPolicy(found[1] ?? '', inlineHashes(withoutMeta));
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(withoutMeta);
  if (!charset) throw new Error(`${file}: no <meta charset> to place the Content-Security-Policy after`);
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
  return { html: withoutMeta.slice(0, at) + meta + withoutMeta.slice(at), policy };
}

/**
 * The header form of a page's policy: with `frame-ancestors`.
 * @param {string} policy
 * @param {string} path the page's path (with the base), e.g. `/embed/compass/`
 * @param {string} base the site's base path, e.g. `/` or `/wiki/expertise/`
 */
export function headerPolicy(policy, path, base) {
  const root = baseFolder(base);
  // The 404 page too: a wiki whose snippet names a chart that is gone shows it, framed, saying so.
  const embed = path.startsWith(`${root}embed/`) || path === `${root}404.html`;
  return `${policy}; frame-ancestors ${embed ? FRAME_ANCESTORS.embed : FRAME_ANCESTORS.other}`;
}

/** Headers every response gets, whatever it is. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Kept, but asked for again each time it is used. */
const NO_CACHE = 'no-cache';

/**
 * How long a browser may keep a file without asking again, by path under the
 * base (a trailing `*` matches the rest): Astro's hashed files (scripts,
 * styles, fonts) never change under their name, so a year; the icons keep
 * their names across builds, so a day (without it, Chrome asks for the icon
 * again each time the essay's address follows the reader's step).
 *
 * Everything else keeps its name from build to build with new contents (the
 * pages, the chart exports a wiki hotlinks, the data, the oEmbed files, the
 * service worker), so it is `no-cache`: kept, but asked for again each time
 * (a 304 when it has not changed). A file sent with no Cache-Control at all
 * is not "never kept": browsers keep it for a tenth of its age since it last
 * changed (heuristic freshness), so a page deployed a month ago would be
 * shown from the cache for three days after a new build. The service worker
 * keeps the essay offline (scripts/lib/offline.mjs), not these headers.
 */
export const CACHE_RULES = {
  '_astro/*': 'public, max-age=31536000, immutable',
  'favicon.svg': 'public, max-age=86400',
  'apple-touch-icon.png': 'public, max-age=86400',
  'charts/*': NO_CACHE,
  'embed/*': NO_CACHE,
  'data/*': NO_CACHE,
  'oembed/*': NO_CACHE,
  'sw.js': NO_CACHE,
  'social-card.png': NO_CACHE,
  'facilitator/workshop-offline.zip': NO_CACHE, // BUNDLE_PATH (scripts/lib/bundle.mjs, which imports this file)
};

/** Whether a CACHE_RULES entry (`charts/*`, `sw.js`) covers a path under the base. */
const cacheRuleFor = (/** @type {string} */ rel) =>
  Object.keys(CACHE_RULES).find((p) => (p.endsWith('*') ? rel.startsWith(p.slice(0, -1)) : rel === p));

/** Cloudflare Pages reads at most this many rules from a `_headers` file. */
export const HEADER_RULE_LIMIT = 100;

/**
 * A Netlify/Cloudflare Pages `_headers` file. The policy is listed per page,
 * never under a wildcard: two matching rules would send two policies, and a
 * browser enforces both. For the same reason a page gets its own
 * `Cache-Control` only where no CACHE_RULES wildcard covers it (two rules'
 * values for one header are joined with a comma).
 *
 * Each page is listed at its address (`/methods/`) first; the same policies at
 * `…/index.html` come last. Cloudflare Pages reads only a file's first 100
 * rules and redirects `…/index.html` to `…/` (so never needs those); Netlify,
 * which serves `…/index.html` as it is, has no limit.
 * @param {{ path: string, policy: string }[]} pages paths with the base, pages ending in `/` (or `404.html`)
 * @param {string} base
 * @returns {string}
 */
export function headersFile(pages, base) {
  const root = baseFolder(base);
  const lines = [
    '# Response headers for hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Written by the build (scripts/lib/csp.mjs): each page\'s Content-Security-Policy, exactly its <meta> plus frame-ancestors.',
    `${root}*`,
    ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    ...Object.entries(CACHE_RULES).flatMap(([p, v]) => ['', `${root}${p}`, `  Cache-Control: ${v}`]),
  ];
  const rule = (/** @type {string} */ p, /** @type {string} */ csp) => {
    lines.push('', p, `  Content-Security-Policy: ${csp}`);
    if (!cacheRuleFor(p.slice(root.length))) lines.push(`  Cache-Control: ${NO_CACHE}`);
  };
  for (const { path, policy } of pages) rule(path, headerPolicy(policy, path, base));
  const rules = 1 + Object.keys(CACHE_RULES).length + pages.length;
  if (rules > HEADER_RULE_LIMIT) {
    throw new Error(`_headers: ${rules} rules before the …/index.html ones, over the ${HEADER_RULE_LIMIT} that Cloudflare Pages reads`);
  }
  lines.push('', '# The same policies at each page\'s …/index.html, for hosts that serve it as it is (Cloudflare Pages redirects it to …/).');
  for (const { path, policy } of pages) {
    if (path.endsWith('/') && path !== root) rule(`${path}index.html`, headerPolicy(policy, path, base));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx `map` from the request's URI to its policy, for the `http {}` block,
 * with the one `add_header` line for the `server {}` block in its comment.
 * After nginx's `index` redirect the URI ends in `index.html`, so both forms are mapped.
 * @param {{ path: string, policy: string }[]} pages
 * @param {string} base
 * @returns {string}
 */
export function nginxMap(pages, base) {
  const lines = [
    '# nginx: each page\'s Content-Security-Policy as a response header (written by the build: scripts/lib/csp.mjs).',
    '# In the http {} block:    include /path/to/dist/_nginx-csp.conf;',
    '# In the server {} block:  add_header Content-Security-Policy $uce_csp always;',
    '#                           add_header Cache-Control $uce_cache always;',
    ...Object.entries(COMMON_HEADERS).map(([k, v]) => `#                           add_header ${k} "${v}" always;`),
    '# An empty value sends no header (assets need no policy). Files no rule names are no-cache (CACHE_RULES).',
    'map $uri $uce_csp {',
    '  default "";',
  ];
  for (const { path, policy } of pages) {
    const csp = headerPolicy(policy, path, base).replaceAll('"', '\\"');
    const paths = path.endsWith('/') ? [path, `${path}index.html`] : [path];
    for (const p of paths) lines.push(`  "${p}" "${csp}";`);
  }
  lines.push('}', 'map $uri $uce_cache {', `  default "${NO_CACHE}";`);
  const root = baseFolder(base);
  for (const [p, v] of Object.entries(CACHE_RULES)) {
    if (v === NO_CACHE) continue;
    const uri = `${root}${p}`;
    // A prefix rule becomes an anchored regex; an exact one stays exact.
    lines.push(uri.endsWith('*') ? `  "~^${uri.slice(0, -1).replace(/[.^$|()[\]{}+?\\]/g, '\\$&')}" "${v}";` : `  "${uri}" "${v}";`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * Reads a `_headers` file back: path → header name (lower case) → value.
 * @param {string} text
 * @returns {Map<string, Map<string, string>>}
 */
export function readHeadersFile(text) {
  /** @type {Map<string, Map<string, string>>} */
  const rules = new Map();
  /** @type {Map<string, string> | null} */
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules.get(line.trim()) ?? new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

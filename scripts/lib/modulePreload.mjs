// @ts-check
/**
 * `<link rel="modulepreload">` for what a page's module scripts import.
 *
 * Astro writes a page's script as one `<script type="module" src>` whose
 * chunk imports the chunks it shares with other pages. The browser learns of
 * those only once the first chunk has arrived and been parsed: one more round
 * trip on a slow network before the page's script can run (on the embed page,
 * three chunks a round trip late). Listing them in the head lets the browser
 * ask for all of them at once, as Vite does for a single-page app's entry.
 *
 * Only chunks reached through static `import`s, and only as early as the
 * script that needs them: a script held in a `<template>` until the reader
 * nears its chart (src/components/LoadNear.astro) gets its list inside the
 * template, so nothing it needs is fetched before it is. Dynamic `import()`s
 * are left to Vite's own preloading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { init, parse } from 'es-module-lexer';

const TEMPLATE = /<template\b[\s\S]*?<\/template>/gi;
const MODULE_SCRIPT = /<script\b(?=[^>]*\stype="module")([^>]*)>([\s\S]*?)<\/script>/gi;
const SRC = /\ssrc="([^"]+)"/i;
const WATCH = /^<template\b[^>]*\sdata-load-near="([^"]*)"/i;
const PRELOADED = /<link\b[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/gi;

/**
 * The chunks a module imports statically, depth first, each once (not the module itself).
 * @param {string} source the module's code
 * @param {string} url the module's address on the site (`/_astro/x.js`), to resolve relative imports against
 * @param {(url: string) => string | null} read the code at a site address, or null if the build has no such file
 * @param {Set<string>} seen addresses already listed (updated)
 * @returns {string[]} site addresses
 */
export function staticImports(source, url, read, seen = new Set()) {
  /** @type {string[]} */
  const found = [];
  const [imports] = parse(source, url);
  for (const entry of imports) {
    // d === -1: a static `import … from`; dynamic import() (d ≥ 0) and import.meta (d === -2) stay late.
    if (entry.d !== -1 || !entry.n) continue;
    if (!/^\.{0,2}\//.test(entry.n)) continue; // a bare specifier cannot be in a built chunk
    const dep = entry.n.startsWith('/') ? entry.n : posix.join(posix.dirname(url), entry.n);
    if (seen.has(dep)) continue;
    seen.add(dep);
    const code = read(dep);
    if (code === null) throw new Error(`${url} imports ${entry.n}, which the build does not have`);
    found.push(dep, ...staticImports(code, dep, read, seen));
  }
  return found;
}

/**
 * The chunks the module scripts in a piece of a page import statically, not yet in `seen`.
 * @param {string} html markup holding `<script type="module">` elements
 * @param {(url: string) => string | null} read the code at a site address
 * @param {Set<string>} seen addresses already listed or in the page (updated)
 */
function importsOfScripts(html, read, seen) {
  /** @type {string[]} */
  const found = [];
  for (const [, attrs = '', body = ''] of html.matchAll(MODULE_SCRIPT)) {
    const src = SRC.exec(attrs)?.[1];
    if (!src) {
      found.push(...staticImports(body, '/', read, seen));
      continue;
    }
    // The script itself is named in the page: the browser finds it without help.
    seen.add(src);
    const code = read(src);
    if (code === null) throw new Error(`the page's script ${src} is not in the build`);
    found.push(...staticImports(code, src, read, seen));
  }
  return found;
}

/** @param {string[]} urls */
const links = (urls) => urls.map((url) => `<link rel="modulepreload" href="${url}">`).join('');

/**
 * Adds to a built page a `<link rel="modulepreload">` for each chunk its module
 * scripts import statically and that it does not list yet: for the scripts
 * that run as the page loads, just before `</head>`; for a script held in a
 * `<template>` until the reader nears its chart, inside the template just
 * before the script, so that they are asked for together when it is inserted.
 * @param {string} html the page
 * @param {(url: string) => string | null} read the code at a site address
 * @returns {{ html: string, added: string[] }} the page, and the addresses it now lists (head first)
 */
export function addModulePreloads(html, read) {
  const live = html.replace(TEMPLATE, '');
  const already = new Set([...live.matchAll(PRELOADED)].map((m) => m[1] ?? ''));
  const seen = new Set();
  const inHead = importsOfScripts(live, read, seen).filter((url) => !already.has(url));
  /** @type {string[]} */
  const inTemplates = [];
  // Templates that hold the same script and wait for the same elements are inserted together (LoadNear.astro):
  // the first one's list serves them all (the essay holds its step engine once per scrolly block).
  const listed = new Set();
  let out = html.replace(TEMPLATE, (template) => {
    const watch = WATCH.exec(template)?.[1] ?? '';
    return template.replace(MODULE_SCRIPT, (script, attrs = '') => {
      const key = `${watch}\n${SRC.exec(attrs)?.[1] ?? script}`;
      if (listed.has(key)) return script;
      listed.add(key);
      const urls = importsOfScripts(script, read, new Set(seen));
      inTemplates.push(...urls);
      return links(urls) + script;
    });
  });
  if (inHead.length) {
    const end = out.indexOf('</head>');
    if (end < 0) throw new Error('the page has no </head> to list its modules in');
    out = out.slice(0, end) + links(inHead) + out.slice(end);
  }
  return { html: out, added: [...inHead, ...inTemplates] };
}

/**
 * Reads built chunks by their site address.
 * @param {string} root the build's folder
 * @param {string} base the site's base path, ending in `/`
 * @returns {(url: string) => string | null}
 */
export function builtFiles(root, base) {
  /** @type {Map<string, string | null>} */
  const cache = new Map();
  return (url) => {
    if (!cache.has(url)) {
      const file = url.startsWith(base) ? join(root, url.slice(base.length)) : null;
      cache.set(url, file && existsSync(file) ? readFileSync(file, 'utf8') : null);
    }
    return cache.get(url) ?? null;
  };
}

/** es-module-lexer parses with WebAssembly: await this once before the functions above. */
export const ready = init;

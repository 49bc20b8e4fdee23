// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxMap, securePage } from './scripts/lib/csp.mjs';
import { OFFLINE_PAGES, precacheList, precacheVersion, serviceWorkerSource } from './scripts/lib/offline.mjs';
import { BUNDLE_PATH, offlineBundle } from './scripts/lib/bundle.mjs';
import { addModulePreloads, builtFiles, ready as lexerReady } from './scripts/lib/modulePreload.mjs';
import { baseFolder, siteSettings, siteWarnings } from './src/lib/siteSettings.mjs';
import { FALLBACK_FAMILIES } from './scripts/lib/fallbackFaces.mjs';

const { site, base } = siteSettings(process.env);
/** The base as a folder: `/` or `/wiki/expertise/`. */
const prefix = baseFolder(base);

/**
 * Says what a build's SITE will do to its addresses (src/lib/siteSettings.mjs),
 * and records the build's SITE and BASE_PATH for `npm run preview`, which
 * serves the build under the same base (scripts/preview.mjs).
 * @returns {import('astro').AstroIntegration}
 */
function deploymentSettings() {
  return {
    name: 'deployment-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        for (const warning of siteWarnings(process.env)) logger.warn(warning);
      },
      'astro:build:done': ({ dir }) => {
        // Only the build `npm run preview` serves (dist/); the tests' sub-path build goes elsewhere.
        if (fileURLToPath(dir) !== fileURLToPath(new URL('./dist/', import.meta.url))) return;
        mkdirSync('.astro', { recursive: true });
        writeFileSync('.astro/build-settings.json', `${JSON.stringify({ site, base }, null, 2)}\n`);
      },
    },
  };
}

/**
 * Lists in each page's head the chunks its module scripts import as the page
 * loads (scripts/lib/modulePreload.mjs), so that the browser asks for them all
 * at once instead of a round trip after the page's own script.
 * @returns {import('astro').AstroIntegration}
 */
function modulePreloads() {
  return {
    name: 'module-preloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await lexerReady;
        const root = fileURLToPath(dir);
        const read = builtFiles(root, prefix);
        let pages = 0;
        for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!entry.endsWith('.html')) continue;
          const file = join(root, entry);
          try {
            const { html, added } = addModulePreloads(readFileSync(file, 'utf8'), read);
            if (!added.length) continue;
            writeFileSync(file, html);
            pages += 1;
          } catch (error) {
            throw new Error(`${relative(process.cwd(), file)}: ${error instanceof Error ? error.message : error}`);
          }
        }
        logger.info(`modulepreload links written on ${pages} pages`);
      },
    },
  };
}

/**
 * Makes every page's Content-Security-Policy exact and puts it first (scripts/lib/csp.mjs):
 * each page's `<meta>` lists the hashes of its own inline scripts and styles and
 * comes before them; `_headers` and `_nginx-csp.conf` carry the same policies as
 * response headers, with `frame-ancestors`, for hosts that can send headers.
 * @returns {import('astro').AstroIntegration}
 */
function exactCsp() {
  return {
    name: 'exact-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        /** @type {{ path: string, policy: string }[]} */
        const pages = [];
        for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
          if (!entry.endsWith('.html')) continue;
          const file = join(root, entry);
          const { html, policy } = securePage(readFileSync(file, 'utf8'), relative(process.cwd(), file));
          writeFileSync(file, html);
          const rel = entry.split(sep).join('/');
          pages.push({ path: prefix + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel), policy });
        }
        writeFileSync(join(root, '_headers'), headersFile(pages, base));
        writeFileSync(join(root, '_nginx-csp.conf'), nginxMap(pages, base));
        logger.info(`Content-Security-Policy made exact on ${pages.length} pages; _headers and _nginx-csp.conf written`);
      },
    },
  };
}

/**
 * Writes `sw.js`, the service worker that keeps the essay, the deck and the
 * guide for a workshop without Wi-Fi, versioned by what it keeps (scripts/lib/offline.mjs),
 * and the zip of the same pages for a computer that opens them from disk
 * (scripts/lib/bundle.mjs). Runs after exactCsp: it keeps the pages as they are served.
 * @returns {import('astro').AstroIntegration}
 */
function offlineCopy() {
  return {
    name: 'offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const precache = precacheList(root, base);
        const version = precacheVersion(root, base, precache);
        writeFileSync(join(root, 'sw.js'), serviceWorkerSource({ version, base, precache, pages: OFFLINE_PAGES.map((p) => prefix + p) }));
        logger.info(`sw.js ${version}: ${precache.length} files kept for offline use`);
        const { zip, files } = await offlineBundle({ root, base, site });
        writeFileSync(join(root, BUNDLE_PATH), zip);
        logger.info(`${BUNDLE_PATH}: ${Object.keys(files).length} pages for file://, ${(zip.length / 1024).toFixed(0)} KB`);
      },
    },
  };
}

/**
 * One source, four outputs: the essay lives in `content/` (MDX), the charts in
 * `src/charts/`. `SITE` sets the production origin (canonical URLs, social
 * cards); `BASE_PATH` serves the whole site from a sub-path (e.g. an intranet
 * path like `/wiki/expertise`). Both are documented in the README.
 */
export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), deploymentSettings(), modulePreloads(), exactCsp(), offlineCopy()],
  markdown: {
    // The manuscript already uses typographic quotes and dashes; keep its
    // characters exactly as the author wrote them.
    processor: satteri({ features: { smartPunctuation: false } }),
    // The essay has no code: no highlighter (Shiki's inline styles would need 'unsafe-inline' in the CSP).
    syntaxHighlight: false,
  },
  // Source Serif 4 from @fontsource/source-serif-4, subset by `npm run fonts`
  // (scripts/fonts.mjs) to the characters the site sets.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      // Astro adds its own Times New Roman fallback first; ours follow for systems without it
      // (scripts/lib/fallbackFaces.mjs, src/styles/fallback-faces.css).
      fallbacks: [...FALLBACK_FAMILIES, 'Georgia', 'serif'],
      options: {
        variants: [
          {
            src: ['./src/assets/fonts/source-serif-4-400-normal.woff2'],
            weight: '400',
            style: 'normal',
          },
          {
            src: ['./src/assets/fonts/source-serif-4-400-italic.woff2'],
            weight: '400',
            style: 'italic',
          },
        ],
      },
    },
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX modules start with Astro's own "use astro:head-inject" directive, which the bundler reports
          // once per section although Astro handles it (withastro/astro: head propagation); nothing to act on.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

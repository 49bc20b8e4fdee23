/**
 * A new build reaches a reader at once: served with the build's own headers
 * (dist/_headers), a page, a chart's PNG and SVG as a wiki hotlinks them, the
 * data and the oEmbed file are asked for again after a deploy, not shown from
 * the browser's cache. Files sent with no Cache-Control are kept for a tenth
 * of their age (heuristic freshness): the copy's files are dated a month back
 * (datedCopyOfSite), so any file without a rule would be kept for three days. The hashed files are kept (a year).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/staticServer.mjs';
import { browser, datedCopyOfSite } from './helpers';

let root = '';
let server: Awaited<ReturnType<typeof startStaticServer>>;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  root = datedCopyOfSite('uce-deploy-');
  server = await startStaticServer({ root });
  // No service worker: this is about the browser's HTTP cache alone (the worker's own copy: offline.test.ts).
  context = await (await browser()).newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const url = (path: string) => new URL(path, server.url).href;

/** Fetches a file as a page's <img> or fetch() would (the HTTP cache's default mode); its text and whether it came from the cache. */
const get = (path: string) =>
  page.evaluate(async (u) => {
    const text = await (await fetch(u)).text();
    const entry = performance.getEntriesByName(u).at(-1) as PerformanceResourceTiming | undefined;
    return { text, fromCache: entry ? entry.transferSize === 0 : null };
  }, url(path));

describe('a new build, deployed at the same address', () => {
  it('reaches a reader at once: pages, chart exports, data and oEmbed files are asked for again; hashed files are kept', async () => {
    const files = ['charts/compass/before.svg', 'charts/compass/before.csv', 'data/ladders-preset.json', 'oembed/compass/before.json', 'embed/resize.js'];
    await page.goto(url('methods/'), { waitUntil: 'load' });
    const firstTitle = await page.title();
    const before = await Promise.all(files.map(get));
    const hashed = readdirSync(join(root, '_astro')).find((f) => f.endsWith('.js'))!;
    await get(`_astro/${hashed}`);

    // The new build: each file changed in place, under its old name.
    await server.close();
    const mark = 'second build';
    const methods = join(root, 'methods', 'index.html');
    writeFileSync(methods, readFileSync(methods, 'utf8').replace(/<title>/, `<title>${mark}: `));
    for (const f of files) {
      const file = join(root, f);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, f.endsWith('.svg') ? text.replace('</svg>', `<!-- ${mark} --></svg>`) : f.endsWith('.json') ? text.replace(/\}\s*$/, `,"build":"${mark}"}`) : `${text}\n/* ${mark} */\n`);
    }
    server = await startStaticServer({ root, port: Number(new URL(server.origin).port) });

    await page.goto(url('methods/'), { waitUntil: 'load' });
    expect(await page.title()).toBe(`${mark}: ${firstTitle}`);
    const after = await Promise.all(files.map(get));
    for (const [i, f] of files.entries()) {
      expect(after[i]!.text, f).not.toBe(before[i]!.text);
      expect(after[i]!.text, f).toContain(mark);
    }
    // A hashed file never changes under its name: the second ask never reaches the server.
    expect((await get(`_astro/${hashed}`)).fromCache).toBe(true);
  });
});

/**
 * A workshop without Wi-Fi: after one visit, the essay, the presentation and
 * the facilitator's guide open and work with the network cut (the service
 * worker the build writes, scripts/lib/offline.mjs); nothing else is kept;
 * embed pages never register it; a new build replaces the kept copy.
 * Served from a copy of dist/ on its own port, so that the test can deploy
 * a "new build" at the same origin.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/staticServer.mjs';
import { browser, datedCopyOfSite } from './helpers';

let root = '';
let server: Awaited<ReturnType<typeof startStaticServer>>;
let port = 0;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // Dated a month back: without no-store (below) the browser's own cache would show a page of the old build after the new one.
  root = datedCopyOfSite('uce-offline-');
  // no-store, not the build's Cache-Control lines: the browser's own cache would keep the hashed files and hide a
  // worker that fails to.
  server = await startStaticServer({ root, cache: false });
  port = Number(new URL(server.origin).port);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  return context.newPage();
}
const url = (path: string) => `${server.url}${path}`;
/** Waits until the service worker controls the page and has kept its files. */
const kept = async (page: Page) => {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  return page.evaluate(async () => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('uce-offline-'));
    const urls = (await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    return { keys, urls };
  });
};
const versionOf = (sw: string) => /const VERSION = "([0-9a-f]+)"/.exec(sw)?.[1] ?? '';

describe('offline, after one visit', () => {
  let page: Page;

  it('keeps the essay, the deck and the guide, with what they load, and nothing else', async () => {
    page = await newPage();
    await page.goto(url(''), { waitUntil: 'load' });
    const { keys, urls } = await kept(page);
    expect(keys).toEqual([`uce-offline-${versionOf(readFileSync(join(root, 'sw.js'), 'utf8'))}`]);
    for (const path of ['/', '/present/', '/present/facilitator/', '/facilitator/', '/facilitator/handout/', '/data/ladders-preset.json']) expect(urls).toContain(path);
    expect(urls.some((u) => /\/_astro\/ScrollyEngine.*\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => /\/_astro\/worker-.*\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => /\.woff2$/.test(u))).toBe(true);
    const own = ['/apple-touch-icon.png'];
    expect(urls.filter((u) => /^\/(charts|embed|oembed|methods)\//.test(u) || (/\.(png|svg|csv)$/.test(u) && !own.includes(u)))).toEqual([]);
  });

  it('opens the deck, steps it by keys, and opens the guide and the essay, with the network cut', async () => {
    await page.context().setOffline(true);
    await page.goto(url('present/#sarah-new-week'), { waitUntil: 'load' });
    await expect.poll(() => page.locator('.slide.is-current').getAttribute('data-step')).toBe('sarah-new-week');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('#sarah-new-week');
    await page.goto(url('facilitator/'), { waitUntil: 'load' });
    await expect(page.locator('[data-offline-status]').textContent()).resolves.toMatch(/open without a network/);
    await page.goto(url('?rho=0.4'), { waitUntil: 'load' });
    expect(await page.locator('h1').first().textContent()).toMatch(/Unintended Consequence/);
    // The live charts load their engine from the kept copy as the reader nears them.
    await page.locator('.scrolly').first().scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.scrolly), { timeout: 10_000 }).toBe('ready');
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    // What is not kept is not there: the gallery needs the network.
    const gallery = await page.goto(url('charts/')).catch(() => null);
    expect(gallery?.ok() ?? false).toBe(false);
    await page.context().setOffline(false);
  });

  it('is never registered from an embed page', async () => {
    const embed = await newPage();
    await embed.goto(url('embed/compass/'), { waitUntil: 'load' });
    await embed.waitForTimeout(1000);
    expect(await embed.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await embed.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  });

  it('replaces the kept copy with a new build, never shows the old one again, and still serves a tab left open on it', async () => {
    const oldVersion = versionOf(readFileSync(join(root, 'sw.js'), 'utf8'));
    // A tab opened on the old build, whose live charts' engine has not loaded yet (it loads as the reader nears them).
    const old = await page.context().newPage();
    await old.setViewportSize({ width: 800, height: 300 });
    await old.goto(url(''), { waitUntil: 'load' });
    const engineLoaded = () => old.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('ScrollyEngine')));
    expect(await engineLoaded()).toBe(false);

    // A new build, deployed at the same address: a changed essay, the engine's chunk under a new name (the old one
    // gone from the server), and a worker with a new version.
    await server.close();
    const engine = readdirSync(join(root, '_astro')).find((f) => f.startsWith('ScrollyEngine') && f.endsWith('.js'))!;
    const renamed = engine.replace(/\.js$/, '-2.js');
    renameSync(join(root, '_astro', engine), join(root, '_astro', renamed));
    const texts = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js)$/.test(f));
    for (const f of texts) {
      const text = readFileSync(join(root, f), 'utf8');
      if (text.includes(engine)) writeFileSync(join(root, f), text.replaceAll(engine, renamed));
    }
    const index = join(root, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<meta name="viewport"', '<meta name="build" content="second"><meta name="viewport"'));
    const sw = join(root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(oldVersion, 'feedfacefeedface'));
    server = await startStaticServer({ root, port, cache: false });

    await page.goto(url(''), { waitUntil: 'load' });
    expect(await page.locator('meta[name="build"]').count()).toBe(1);
    // The new copy, and the old one's hashed files only (for tabs still open on it), never its pages.
    const copies = () =>
      page.evaluate(async () => {
        const keys = (await caches.keys()).filter((k) => k.startsWith('uce-offline-'));
        const first = keys[0] ? (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname) : [];
        return { keys, assets: first.filter((p) => p.startsWith('/_astro/')).length > 5, others: first.filter((p) => !p.startsWith('/_astro/')) };
      });
    await expect.poll(copies, { timeout: 20_000 }).toEqual({ keys: [`uce-offline-${oldVersion}`, 'uce-offline-feedfacefeedface'], assets: true, others: [] });

    // The old tab, now under the new worker, nears a chart: its engine (the old build's chunk) comes from the kept copy.
    await old.locator('#sarah-presentation').scrollIntoViewIfNeeded();
    await expect.poll(() => old.evaluate(() => document.documentElement.dataset.scrolly), { timeout: 10_000 }).toBe('ready');
    expect(await old.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(await engineLoaded()).toBe(true);

    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('meta[name="build"]').getAttribute('content')).toBe('second');
    await page.context().setOffline(false);
  });
});

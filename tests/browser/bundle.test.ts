/**
 * The workshop's offline bundle (scripts/lib/bundle.mjs), as a venue PC gets
 * it: the zip the guide links, unzipped, its pages opened from file:// with
 * the network cut. The essay reads in full with its live charts, the deck
 * steps by keys, the pages link to each other, and nothing is asked of any
 * host.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FOLDER, BUNDLE_PAGES, BUNDLE_PATH } from '../../scripts/lib/bundle.mjs';
import { browser, scrollToEnd, trackedOpen } from './helpers';

const open = trackedOpen();
const contexts: BrowserContext[] = [];
let folder = '';

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'uce-bundle-'));
  const zip = unzipSync(readFileSync(fileURLToPath(new URL(`../../dist/${BUNDLE_PATH}`, import.meta.url))));
  for (const [name, bytes] of Object.entries(zip)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  folder = join(dir, BUNDLE_FOLDER);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  rmSync(dirname(folder), { recursive: true, force: true });
});

/** Opens a file of the bundle in a fresh context with the network cut, recording errors and what it asks for. */
async function openFile(name: string, hash = '') {
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', offline: true });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const asked: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => asked.push(r.url()));
  await page.goto(`${pathToFileURL(join(folder, name)).href}${hash}`, { waitUntil: 'load' });
  const foreign = () => asked.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  return { page, errors, foreign };
}

describe('the offline bundle, opened from file://', () => {
  it('holds every page of the workshop and a README, and the guide links it', async () => {
    expect(Object.values(BUNDLE_PAGES).sort()).toEqual(['essay.html', 'facilitator-window.html', 'guide.html', 'handout-a4.html', 'handout-letter.html', 'present.html']);
    for (const name of [...Object.values(BUNDLE_PAGES), 'README.txt']) expect(readFileSync(join(folder, name)).length, name).toBeGreaterThan(1000);
    expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toMatch(/present\.html\s+the deck/);
    const { page } = await open('facilitator/');
    const href = await page.locator('a[data-offline-bundle]').getAttribute('href');
    expect(href).toBe(`/${BUNDLE_PATH}`);
    expect((await page.request.get(new URL(href ?? '', page.url()).href)).headers()['content-type']).toMatch(/zip/);
  });

  it('steps the deck by keys, in its fonts, asking nothing of any host', async () => {
    const { page, errors, foreign } = await openFile('present.html', '#sarah-new-week');
    await expect.poll(() => page.locator('.slide.is-current').getAttribute('data-step')).toBe('sarah-new-week');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('#sarah-new-week');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sarah-new-week');
    // The facilitator's window opens from the file beside it, and the two move each other.
    const [notes] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await notes.waitForLoadState('load');
    expect(notes.url()).toMatch(/\/facilitator-window\.html#sarah-new-week$/);
    await notes.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('#sarah-new-week');
    await notes.close();
    await page.keyboard.press('v');
    await expect.poll(() => page.locator('[data-deck]').getAttribute('data-view')).toBe('presenter');
    expect(await page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.status === 'loaded')))).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign()).toEqual([]);
  });

  it('reads the essay in full, with its live charts, and says the simulation needs the site', async () => {
    const { page, errors, foreign } = await openFile('essay.html');
    await scrollToEnd(page, 600, 25);
    expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.scrolly)).toBe('ready');
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    // The chart data travels in the page: the ladders chart draws its people.
    await expect.poll(() => page.locator('.scrolly__live[data-chart="ladders"] svg circle, .scrolly__live[data-chart="ladders"] svg rect').count()).toBeGreaterThan(50);
    await page.locator('[data-explorer]').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-explorer-problem]').textContent()).toMatch(/cannot run the simulation/);
    expect(await page.locator('[data-explorer] input').first().isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign()).toEqual([]);
  });

  it('links its pages to each other, and the rest of the site to the site', async () => {
    const { page } = await openFile('guide.html');
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links).toContain('present.html');
    expect(links).toContain('essay.html');
    expect(links.filter((h) => h.startsWith('/'))).toEqual([]);
    await page.locator('a[href="present.html"]').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/present\.html(#[a-z0-9-]+)?$/);
    expect(await page.locator('[data-deck][data-live]').count()).toBe(1);
  });
});

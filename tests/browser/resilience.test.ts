/**
 * A page whose script fails is the page without JavaScript, not half a live
 * one: on every page type, each of the site's script files in turn is made to
 * fail (page.route aborts it), the page is scrolled to its end so that what
 * loads late loads too, and what it shows is compared with the same page with
 * JavaScript off. (The simulation's worker is the explorable's own business:
 * it says why it cannot answer, tested in simulation.test.ts. Methods, the
 * guide and the gallery run only inline scripts, which cannot fail to load
 * apart from their page.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteUrl, trackedOpen } from './helpers';

const open = trackedOpen();

const PAGES = [
  ['essay', ''],
  ['presentation', 'present/#sarah-new-week'],
  ['facilitator’s window', 'present/facilitator/#sarah-new-week'],
  ['embed', 'embed/sarahs-week/?steps=1'],
  ['gallery chart', 'charts/ladders/'],
] as const;

async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 700) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/** What the reader sees in the page's content: every visible element, in order, by tag and class. */
const visible = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('main') ?? document.body).querySelectorAll('*')]
      .filter((e) => e.checkVisibility({ visibilityProperty: true }) && !e.closest('svg *'))
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].filter((c) => !c.startsWith('astro-')).join('.')}`),
  );

describe('a script that fails to load', () => {
  for (const [name, path] of PAGES) {
    it(`leaves the ${name} as it is without JavaScript`, async () => {
      const live = await open(path);
      const scripts = new Set<string>();
      live.page.on('request', (r) => {
        // The page's own scripts (not those of a frame it holds, such as the gallery's preview).
        if (r.resourceType() === 'script' && r.frame() === live.page.mainFrame() && !/worker/.test(r.url())) scripts.add(r.url());
      });
      await live.page.reload({ waitUntil: 'load' });
      await scrollThrough(live.page);
      expect(scripts.size, `${name} loads scripts`).toBeGreaterThan(0);

      const still = await open(path, { javaScriptEnabled: false });
      const expected = await visible(still.page);
      expect(expected.length).toBeGreaterThan(10);

      for (const script of scripts) {
        const { page, context } = await open('404-before-route/');
        await page.route(script, (route) => route.abort());
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        await scrollThrough(page);
        expect(await page.evaluate(() => document.documentElement.classList.contains('js')), `${name} without ${script}`).toBe(false);
        expect(await visible(page), `${name} without ${script}`).toEqual(expected);
        await context.close();
      }
    });
  }
});

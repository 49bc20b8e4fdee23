/**
 * Privacy: every page type, opened and scrolled to its end (so that what
 * loads late loads too), asks nothing of any host but the site's own.
 */
import { describe, expect, it } from 'vitest';
import { trackedOpen } from './helpers';

const open = trackedOpen();

const PAGES = [
  ['essay', ''],
  ['methods', 'methods/'],
  ['404', 'no-such-page/'],
  ['presentation', 'present/#try-it'],
  ['facilitator’s window', 'present/facilitator/#sarah-new-week'],
  ['guide', 'facilitator/'],
  ['handout', 'facilitator/handout/'],
  ['embed', 'embed/sarahs-week/?theme=dark&steps=1'],
  ['embed with a scenario', 'embed/ladders/your-settings/?rho=0.3'],
  ['gallery', 'charts/'],
  ['gallery chart', 'charts/ladders/?state=your-settings'],
] as const;

describe('requests', () => {
  it('go to the site’s own host only, on every page type', async () => {
    const { page, foreignRequests, errors } = await open('embed/compass/');
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    for (const [name, path] of PAGES) {
      await page.goto(new URL(path, page.url().replace(/embed\/compass\/$/, '')).href, { waitUntil: 'load' });
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 800) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      await page.waitForLoadState('networkidle');
      expect(foreignRequests, name).toEqual([]);
    }
    expect(asked.length).toBeGreaterThan(40);
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
  });
});

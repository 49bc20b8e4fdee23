/**
 * Hostile addresses on every page type: junk, over-long values, malformed
 * percent-escapes and script-like strings in every parameter the site reads
 * (and some it does not) and in the hash. Nothing of them is reflected into
 * the page, nothing runs, nothing throws, and the page still works. Then junk
 * on the workshop's BroadcastChannel, and messages posted to every page from
 * another origin: ignored.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageTypes, scrollToEnd, siteUrl, trackedOpen } from './helpers';

const open = trackedOpen();

/** A marker that must never appear in a page's markup. */
const MARK = 'uceHostile7';
/** Over-long: 3,000 characters in each of four parameters (servers refuse request lines much longer), 20,000 in the hash. */
const LONG = 'x'.repeat(3000);
const PARAMS = ['rho', 'years', 'seed', 'structure', 'basis', 'rule', 'theme', 'steps', 'state', 'view', 'chart', 'utm_source'];

/** Query strings and hashes, each as an attacker or a mangled link would write them. */
const HOSTILE: string[] = [
  // Script-like strings, raw and percent-encoded, with a malformed escape beside each.
  `?${PARAMS.map((p) => `${p}=%3Cscript%3Ealert('${MARK}')%3C/script%3E&${p}=%E0%A4%A`).join('&')}#%3Cimg%20src=x%20onerror=alert('${MARK}')%3E`,
  `?${PARAMS.map((p) => `${p}="><svg/onload=alert('${MARK}')>&${p}=%`).join('&')}#"><b>${MARK}</b>%E0%A4%A`,
  // Over-long values, and values of the wrong kind.
  `?${['rho', 'state', 'theme', 'steps'].map((p) => `${p}=${LONG}`).join('&')}&years=NaN&seed=0x10&structure=__proto__&basis=constructor#${LONG.repeat(7)}`,
];

const PAGES = pageTypes({});

async function visit(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  await scrollToEnd(page, 900, 15);
  await page.waitForTimeout(100);
}

describe('hostile addresses', () => {
  for (const [name, path] of PAGES) {
    it(`do nothing to the ${name}`, async () => {
      const { page, errors } = await open(path);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const baseline = await page.locator('h1, [data-deck]').first().textContent();
      for (const hostile of HOSTILE) {
        await visit(page, `${siteUrl(path)}${hostile}`);
        const html = await page.content();
        expect(html.includes(MARK), `${name} ${hostile.slice(0, 60)}`).toBe(false);
        expect(/onerror=|onload=alert|<script>alert/.test(html), `${name} ${hostile.slice(0, 60)}`).toBe(false);
        expect(html.includes(LONG.slice(0, 500)), `${name}: an over-long value is not written into the page`).toBe(false);
        // Still the same page, working: its title or deck, unchanged.
        expect(await page.locator('h1, [data-deck]').first().textContent()).toBe(baseline);
      }
      expect(dialogs).toEqual([]);
      expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    });
  }
});

describe('hostile messages', () => {
  it('on the workshop’s channel, move neither window', async () => {
    const { page, errors } = await open('present/#sarah-new-week');
    await expect.poll(() => page.locator('.slide.is-current').getAttribute('data-step')).toBe('sarah-new-week');
    const { page: other } = await open('methods/');
    await other.evaluate(() => {
      const c = new BroadcastChannel('uce-workshop');
      const junk: unknown[] = [
        null,
        'go',
        42,
        { type: 'go' },
        { type: 'go', slide: '<img src=x onerror=alert(1)>' },
        { type: 'go', slide: 'no-such-slide' },
        { type: 'go', index: 1e9 },
        { type: 'timer', elapsed: -1, running: 'yes' },
        { type: 'screen', screen: 'red' },
        { __proto__: { type: 'go' } },
        // Well-formed envelopes with bad contents.
        { v: 1, sender: 'x', type: 'go', id: '<img src=x onerror=alert(1)>' },
        { v: 1, sender: 'x', type: 'go', id: 'no-such-slide' },
        { v: 1, sender: 'x', type: 'go', id: '__proto__' },
        { v: 1, sender: 'x', type: 'timer', timer: { elapsed: 'soon', running: 1 } },
        { v: 1, sender: 'x', type: 'screen', screen: 'red' },
        { v: 1, sender: 'x', type: 'state', id: 'sarah-arc', timer: null, screen: '' },
        { v: 2, sender: 'x', type: 'go', id: 'sarah-arc' },
      ];
      for (const j of junk) c.postMessage(j);
    });
    await page.waitForTimeout(500);
    expect(await page.locator('.slide.is-current').getAttribute('data-step')).toBe('sarah-new-week');
    expect(await page.locator('[data-deck]').getAttribute('data-blank')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('posted from another origin to any page, are ignored: nothing of them in the page, no error', async () => {
    const { page, errors } = await open('');
    for (const [name, path] of PAGES) {
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      await page.evaluate((mark) => {
        const payloads: unknown[] = [
          { type: 'uce:embed-height', version: 1, height: 99999, chart: mark },
          { 'datawrapper-height': { [mark]: 5 } },
          `<img src=x onerror=alert('${mark}')>`,
          { v: 1, sender: mark, type: 'go', id: 'closing' },
          null,
        ];
        for (const data of payloads) window.dispatchEvent(new MessageEvent('message', { data, origin: 'https://evil.example', source: null }));
      }, MARK);
      await page.waitForTimeout(150);
      expect((await page.content()).includes(MARK), name).toBe(false);
      expect(errors.filter((e) => !/404 \(Not Found\)/.test(e)), name).toEqual([]);
    }
  });
});

/**
 * Privacy and the policy: every page type, opened and scrolled to its end (so
 * that what loads late loads too), asks nothing of any host but the site's
 * own, and its Content-Security-Policy (in the <meta> and in the response
 * header the build's _headers file sets) blocks nothing the page itself needs;
 * and no script waits for the one that imports it to arrive before it is asked
 * for (the page lists them: scripts/lib/modulePreload.mjs).
 */
import { describe, expect, it } from 'vitest';
import { afterPaintInserted, pageTypes, scrollToEnd, siteUrl, trackedOpen } from './helpers';

const open = trackedOpen();

const PAGES = pageTypes({
  presentation: '#try-it',
  'facilitator’s window': '#sarah-new-week',
  embed: '?theme=dark&steps=1',
  'embed with a scenario': '?rho=0.3',
  'gallery chart': '?state=your-settings',
});

describe('requests', () => {
  it('go to the site’s own host only, on every page type, and the policy blocks nothing the page needs', async () => {
    const { page, foreignRequests, errors } = await open('embed/compass/');
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    // Who asked for each script: a chunk found only by parsing the chunk that imports it costs a round trip.
    const lateImports: string[] = [];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      if (initiator.type === 'script' && /\/_astro\/[^/]+\.js$/.test(initiator.url ?? '')) lateImports.push(`${initiator.url} → ${request.url}`);
    });
    await page.addInitScript(() => {
      addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    for (const [name, path] of PAGES) {
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      await afterPaintInserted(page);
      await scrollToEnd(page, 800, 20);
      await page.waitForLoadState('networkidle');
      expect(foreignRequests, name).toEqual([]);
      expect(page.url(), name).toBe(siteUrl(path));
      const policy = (await page.request.get(page.url())).headers()['content-security-policy'] ?? '';
      const meta = await page.locator('head > meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, name).toBe(`${meta}; frame-ancestors ${name.startsWith('embed') || name === '404' ? '*' : "'self'"}`);
      // The <meta> comes first: nothing in the head before it but the character set.
      expect(await page.evaluate(() => [...document.head.children].slice(0, 2).map((e) => e.getAttribute('charset') ?? e.getAttribute('http-equiv'))), name).toEqual([
        'utf-8',
        'content-security-policy',
      ]);
      expect(meta, name).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    expect(asked.length).toBeGreaterThan(40);
    expect(lateImports).toEqual([]);
    expect(asked.filter((u) => /\/_astro\/[^/]+\.js$/.test(u)).length).toBeGreaterThan(10);
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    // The listener is live: a script the policy does not list is reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.ran = 1';
      document.body.append(s);
    });
    expect(await page.evaluate(() => 'ran' in window)).toBe(false);
    await expect.poll(() => errors.some((e) => e.startsWith('CSP violation: script-src'))).toBe(true);
  });
});

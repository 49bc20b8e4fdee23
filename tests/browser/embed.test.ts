/**
 * Embeds as a wiki gets them: a host page on another origin (another
 * loopback port) frames the charts with the gallery's exact snippets
 * (src/embed/snippets.ts) or shows them as images. Heights settle and follow
 * resizes without looping, foreign messages are ignored, a dark host shows no
 * light box, hostile parameters do nothing. The public addresses of embeds,
 * exports and oEmbed files are frozen here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartData } from '../../src/charts/chartData';
import { chartList, getChart } from '../../src/charts/registry';
import { DEFAULT_EMBED_PARAMS, type EmbedParams } from '../../src/embed/embed';
import { iframeHtml, snippets } from '../../src/embed/snippets';
import { snippetTarget } from '../../src/embed/target';
import { axeViolations, scriptsAndFirstPaint, siteUrl, trackLayoutShifts, trackedOpen } from './helpers';

const open = trackedOpen();

/** Every chart and its states, written out: renaming one breaks a published address, and this test. */
const FROZEN: Record<string, string[]> = {
  'sarahs-week': ['craft-week', 'promotion', 'meetings', 'arc'],
  'different-mountain': ['craft-summit', 'promotion-jump', 'other-foot', 'skills-gap'],
  'threefold-tragedy': ['team', 'promotion', 'talent-lost', 'ineffective-management', 'forced-failure'],
  'training-gap': ['cohort', 'trained', 'deep-end'],
  'underlying-connections': ['sound', 'unsound', 'collapse'],
  'parallel-tracks': ['one-staircase', 'the-fork', 'three-summits', 'pay-parity'],
  compass: ['before', 'turned'],
  ladders: ['same-start', 'years-pass', 'counts', 'your-settings'],
};
const EXPORT_SUFFIXES = ['.svg', '-dark.svg', '.png', '@2x.png', '-dark.png', '.csv', '.json'];

// The host: a page on another origin whose HTML each test sets.
const hostPages = new Map<string, string>();
let host: http.Server;
let hostOrigin = '';
beforeAll(async () => {
  host = http.createServer((req, res) => {
    const html = hostPages.get((req.url ?? '/').split('?')[0] ?? '/');
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const root = () => siteUrl('');
const data = new Map<string, unknown>();
beforeAll(async () => {
  for (const chart of chartList) data.set(chart.id, await chartData(chart));
});
const target = (chart: string, state: string) => snippetTarget(getChart(chart), state, root(), null, data.get(chart));
const snippet = (chart: string, state: string, id: string, params: EmbedParams = DEFAULT_EMBED_PARAMS) => {
  const code = snippets(target(chart, state), params).find((s) => s.id === id)?.code;
  if (!code) throw new Error(`no snippet ${id}`);
  return code;
};

/** Serves a host page (light or dark) holding `body` in a column `width` px wide, and opens it. */
async function hostPage(name: string, body: string, options: { dark?: boolean; width?: number; script?: string; serveOnly?: boolean } = {}) {
  const scheme = options.dark ? 'dark' : 'light';
  hostPages.set(
    `/${name}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="${scheme}"><title>Host</title>` +
      `<style>body{margin:0;padding:16px;background:${options.dark ? '#111111' : '#ffffff'};color:${options.dark ? '#eeeeee' : '#111111'}}#col{width:${options.width ?? 640}px}</style></head>` +
      `<body><p>A wiki page</p><div id="col">${body}</div><p>After the chart</p><script>window.heights=[];addEventListener('message',function(e){if(e.data&&e.data.type==='uce:embed-height')window.heights.push(e.data.height)});${options.script ?? ''}</script></body></html>`,
  );
  if (options.serveOnly) return null as never;
  const o = await open('embed/compass/', { colorScheme: scheme });
  await o.page.goto(`${hostOrigin}/${name}`, { waitUntil: 'load' });
  return o;
}

const frameOf = async (page: Page, index = 0): Promise<Frame> => {
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState('load');
  return frame;
};
const iframeHeight = (page: Page, index = 0) => page.locator('iframe').nth(index).evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.querySelector('[data-embed]')?.getBoundingClientRect().height ?? 0));

/** Waits until the iframe is as tall as its content. */
async function settled(page: Page, index = 0): Promise<number> {
  const frame = await frameOf(page, index);
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const [outer, inner] = [await iframeHeight(page, index), await contentHeight(frame)];
    if (Math.abs(outer - inner) <= 1 && outer === last) return outer;
    last = outer;
    await page.waitForTimeout(100);
  }
  throw new Error(`the frame did not settle: ${await iframeHeight(page, index)} vs ${await contentHeight(frame)}`);
}

describe('public addresses', () => {
  it('are frozen: every embed page, export and oEmbed file, the gallery and the host script answer', async () => {
    expect(Object.fromEntries(chartList.map((c) => [c.id, c.states.map((s) => s.id)]))).toEqual(FROZEN);
    const paths = [
      '/charts/',
      '/embed/resize.js',
      ...Object.entries(FROZEN).flatMap(([chart, states]) => [
        `/embed/${chart}/`,
        `/charts/${chart}/`,
        ...states.flatMap((state) => [`/embed/${chart}/${state}/`, `/oembed/${chart}/${state}.json`, ...EXPORT_SUFFIXES.map((s) => `/charts/${chart}/${state}${s}`)]),
      ]),
    ];
    const failed: string[] = [];
    await Promise.all(
      paths.map(async (p) => {
        const r = await fetch(siteUrl(p));
        if (r.status !== 200) failed.push(`${p}: ${r.status}`);
        await r.arrayBuffer();
      }),
    );
    expect(failed).toEqual([]);
    expect(paths.length).toBe(2 + 8 * 2 + 29 * 9);
  });

  it('answer 404 for a chart or state that does not exist', async () => {
    for (const p of ['/embed/nope/', '/embed/compass/sideways/', '/oembed/compass/sideways.json', '/charts/nope/']) {
      expect((await fetch(siteUrl(p))).status, p).toBe(404);
    }
  });
});

describe('an embedded chart on another site', () => {
  it('sizes its frame to the chart, follows the column’s width both ways, and stops (no resize loop)', async () => {
    const { page } = await hostPage('auto', snippet('compass', 'turned', 'iframe'));
    const wide = await settled(page);
    await page.evaluate(() => ((document.getElementById('col') as HTMLElement).style.width = '340px'));
    const narrow = await settled(page);
    expect(narrow).not.toBe(wide);
    await page.evaluate(() => ((document.getElementById('col') as HTMLElement).style.width = '900px'));
    const wider = await settled(page);
    await page.evaluate(() => ((document.getElementById('col') as HTMLElement).style.width = '640px'));
    expect(await settled(page)).toBe(wide);
    expect(wider).not.toBe(wide);
    // Settled means silent: no message for a second.
    await page.evaluate(() => ((window as unknown as { heights: number[] }).heights.length = 0));
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { heights: number[] }).heights)).toEqual([]);
  });

  it('shrinks its frame when its content gets shorter (the data table closed again)', async () => {
    const { page } = await hostPage('shrink', snippet('training-gap', 'deep-end', 'iframe'));
    const closed = await settled(page);
    const frame = await frameOf(page);
    await frame.locator('[data-embed-data] summary').click();
    const opened = await settled(page);
    expect(opened).toBeGreaterThan(closed + 50);
    await frame.locator('[data-embed-data] summary').click();
    expect(await settled(page)).toBe(closed);
  });

  it('starts near its settled height, so a wiki without scripts keeps a fitting frame', async () => {
    let page: Page | undefined;
    for (const chart of chartList) {
      const state = chart.keyState;
      const name = `estimate-${chart.id}`;
      if (!page) page = (await hostPage(name, snippet(chart.id, state, 'iframe'))).page;
      else {
        await hostPage(name, snippet(chart.id, state, 'iframe'), { serveOnly: true });
        await page.goto(`${hostOrigin}/${name}`);
      }
      const settledHeight = await settled(page);
      const start = target(chart.id, state).height;
      expect(Math.abs(start - settledHeight) / settledHeight, `${chart.id}: starts at ${start}, settles at ${settledHeight}`).toBeLessThan(0.12);
    }
  });

  it('is sized by a host that has only Datawrapper’s listener, as Datawrapper documents it', async () => {
    // Written to Datawrapper's documentation of its responsive-iframe code: for each key of
    // event.data["datawrapper-height"], the iframe whose contentWindow sent the message gets that height in px.
    const listener = `addEventListener('message',function(e){var h=e.data&&e.data['datawrapper-height'];if(h===undefined)return;var f=document.querySelectorAll('iframe');for(var k in h)for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=h[k]+'px'});`;
    const { page } = await hostPage('datawrapper', snippet('sarahs-week', 'meetings', 'iframe-plain'), { script: listener });
    const height = await settled(page);
    expect(height).not.toBe(target('sarahs-week', 'meetings').height);
  });

  it('ignores height messages from another origin, and from another frame of the chart’s own site', async () => {
    const body = `${snippet('compass', 'turned', 'iframe')}${iframeHtml(target('compass', 'before'), DEFAULT_EMBED_PARAMS)}`;
    const { page } = await hostPage('foreign', body);
    const first = await settled(page, 0);
    await settled(page, 1);
    // From the host's own origin (not the chart's site).
    await page.evaluate(() => window.postMessage({ type: 'uce:embed-height', version: 1, chart: 'compass', state: 'turned', height: 1234 }, '*'));
    // From the chart's site, but from the other frame: only that frame may be sized by it.
    const second = await frameOf(page, 1);
    await second.evaluate(() => window.parent.postMessage({ type: 'uce:embed-height', version: 1, chart: 'compass', state: 'before', height: 777 }, '*'));
    // The right frame's message is applied (however busy the machine); by then the host's own, sent first, was read.
    await expect.poll(() => iframeHeight(page, 1)).toBe(777);
    await page.waitForTimeout(300);
    expect(await iframeHeight(page, 0)).toBe(first);
    // Out-of-range heights are ignored even from the right frame.
    await second.evaluate(() => window.parent.postMessage({ type: 'uce:embed-height', version: 1, height: 99999 }, '*'));
    await page.waitForTimeout(200);
    expect(await iframeHeight(page, 1)).toBe(777);
  });

  it('says, in a frame whose address names no chart, that the chart is not there, without the site around it', async () => {
    const { page } = await hostPage('missing', `<iframe src="${siteUrl('embed/no-such-chart/')}" title="Chart" width="100%" height="400"></iframe>`);
    const frame = await frameOf(page);
    expect(await frame.locator('.not-found__embed').isVisible()).toBe(true);
    expect(await frame.locator('.not-found__embed a').getAttribute('href')).toBe('/charts/');
    expect(await frame.locator('.site-header').isVisible()).toBe(false);
    // Opened directly, the page is the site's own 404, without the frame's message.
    const direct = await open('embed/no-such-chart/');
    expect(await direct.page.locator('.not-found__embed').isVisible()).toBe(false);
    expect(await direct.page.locator('.site-header').isVisible()).toBe(true);
  });

  it('may be framed by any host where the server sends the build’s headers; the essay and the gallery may not', async () => {
    const { page } = await hostPage(
      'framing',
      `<iframe src="${siteUrl('embed/compass/')}" title="Embed"></iframe><iframe src="${siteUrl('')}" title="Essay"></iframe><iframe src="${siteUrl('charts/')}" title="Gallery"></iframe>`,
    );
    const response = await page.request.get(siteUrl('methods/'));
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
    expect((await page.request.get(siteUrl('embed/compass/'))).headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
    const frames = await Promise.all([0, 1, 2].map((i) => page.locator('iframe').nth(i).elementHandle().then((h) => h?.contentFrame())));
    await page.waitForTimeout(500);
    const titles = await Promise.all(frames.map((f) => f?.evaluate(() => document.title).catch(() => 'blocked')));
    expect(titles[0]).toMatch(/Compass/i);
    // A blocked frame shows Chromium's error page, never the site.
    expect(titles[1]).not.toMatch(/Unintended Consequence/);
    expect(titles[2]).not.toMatch(/charts/i);
  });

  it('sizes itself inside the documented sandbox too', async () => {
    const { page } = await hostPage('sandbox', `${snippet('threefold-tragedy', 'forced-failure', 'iframe-sandbox')}<script src="${siteUrl('embed/resize.js')}" async></script>`);
    expect(await page.locator('iframe').getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    await settled(page);
  });

  it('shows no light box on a dark wiki: a frame in the reader’s dark theme is dark paper', async () => {
    const { page } = await hostPage('dark', snippet('training-gap', 'deep-end', 'iframe'), { dark: true });
    await settled(page);
    const box = await page.locator('iframe').boundingBox();
    if (!box) throw new Error('no frame box');
    const shot = await page.screenshot({ clip: { x: box.x + box.width - 12, y: box.y + 2, width: 8, height: 8 } });
    const { data } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
    const mean = [...data].reduce((a, b) => a + b, 0) / data.length;
    expect(mean).toBeLessThan(40);
    // Its words are light on the dark host.
    const frame = await frameOf(page);
    const ink = await frame.locator('h1').evaluate((el) => getComputedStyle(el).color);
    expect(ink).toBe('rgb(237, 232, 221)');
  });

  it('shows the image snippets as images that link back, light and dark', async () => {
    const body = `${snippet('parallel-tracks', 'pay-parity', 'picture')}`;
    for (const dark of [false, true]) {
      const { page } = await hostPage(`picture-${dark}`, body, { dark });
      const img = page.locator('img');
      await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(600);
      expect(await img.evaluate((el) => (el as HTMLImageElement).currentSrc)).toMatch(dark ? /pay-parity-dark\.svg$/ : /pay-parity\.svg$/);
      expect(await page.locator('a:has(img)').getAttribute('href')).toMatch(new RegExp(`^${root()}(#[a-z0-9-]+)?$`));
    }
  });
});

describe('the embed page', () => {
  it('shows the snippet’s state and its words without the site around it, and without JavaScript', async () => {
    for (const width of [375, 1280]) {
      const { page, errors } = await open('embed/compass/turned/', { viewport: { width, height: 800 }, javaScriptEnabled: false });
      expect(await page.locator('header, nav:visible, .site-header').count()).toBe(0);
      expect(await page.locator('h1').innerText()).toBe(getChart('compass').title);
      const shown = page.locator(`[data-embed-figure="${width < 480 ? 'narrow' : 'wide'}"] svg`);
      expect(await shown.isVisible()).toBe(true);
      expect(await page.locator(`[data-embed-figure="${width < 480 ? 'wide' : 'narrow'}"] svg`).isVisible()).toBe(false);
      expect(await shown.locator('.figure-desc').first().textContent()).toContain('Turned 35 degrees');
      expect(await page.locator('figcaption').textContent()).toContain('35');
      expect(await page.locator('.embed__credit a[target="_blank"]').first().getAttribute('href')).toBe('/#thirty-five-degrees');
      expect(await page.locator('[data-embed-steps]').isVisible()).toBe(false);
      expect(errors).toEqual([]);
    }
  });

  it('shows the key state at /embed/<chart>/ and says which state it is', async () => {
    const { page } = await open('embed/compass/', { javaScriptEnabled: false });
    for (const chart of chartList) {
      await page.goto(siteUrl(`embed/${chart.id}/`));
      expect(await page.locator('[data-embed]').getAttribute('data-state'), chart.id).toBe(chart.keyState);
      expect(await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')).toMatch(new RegExp(`/oembed/${chart.id}/${chart.keyState}\\.json$`));
    }
  });

  it('steps through the states when asked, keeping the snippet’s theme', async () => {
    const { page } = await open('embed/training-gap/cohort/?theme=dark&steps=1');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const nav = page.locator('[data-embed-steps]');
    // Shown by the page's script, which starts once the chart has painted.
    await nav.waitFor({ state: 'visible' });
    expect(await nav.locator('[aria-current="step"]').innerText()).toContain('1 of 3');
    await nav.locator('a[rel="next"]').click();
    await page.waitForURL(/\/embed\/training-gap\/trained\/\?theme=dark&steps=1$/);
    expect(await page.locator('[data-embed]').getAttribute('data-state')).toBe('trained');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.locator('[data-embed-steps] a[rel="prev"]').click();
    await page.waitForURL(/\/cohort\/\?theme=dark&steps=1$/);
  });

  it('does nothing with hostile parameters: no markup from the address, no script, no error', async () => {
    const junk = [
      '?theme=<script>alert(1)</script>&steps=<img src=x onerror=alert(1)>',
      '?theme=%E0%A4%A&steps=%',
      `?theme=${'dark'.repeat(600)}`,
      '?theme=dark"><svg onload=alert(1)>#<img src=x onerror=alert(1)>',
      '?rho=<script>&years=1e999&seed=-5&structure=%3Csvg%20onload%3Dalert(1)%3E&basis=javascript:alert(1)',
    ];
    const { page, errors } = await open('embed/compass/');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const q of junk) {
      for (const path of ['embed/compass/turned/', 'embed/ladders/your-settings/']) {
        await page.goto(siteUrl(`${path}${q}`));
        // The scenario's embed computes in its worker: wait for its figure (junk settings fall back to the defaults).
        if (path.includes('ladders') && /rho=/.test(q)) await page.locator('.embed__figure[data-live]').waitFor({ timeout: 15_000 });
        const html = await page.content();
        expect(html, q).not.toMatch(/onerror|onload=|<script>alert/);
        expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null), q).toBe(null);
        expect(await page.locator('[data-embed-steps]').isVisible(), q).toBe(false);
      }
    }
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  it('draws a reader’s scenario computed in its own worker, with its own sentence, table and link back', async () => {
    const { page, errors } = await open('embed/ladders/your-settings/?rho=0.5&structure=linear&basis=purpose&years=60&seed=7', { viewport: { width: 640, height: 900 } });
    await page.locator('.embed__figure[data-live]').waitFor({ timeout: 15_000 });
    const sentence = (await page.locator('[data-embed-figure="wide"] .figure-desc').allTextContents()).join(' ');
    expect(sentence).toMatch(/After 60 years, efficiency [\d.]+% under today’s practice and [\d.]+% under one ladder, for the job/);
    expect(await page.locator('figcaption').textContent()).toContain('skill transfer 0.50');
    expect(await page.locator('[data-embed-table] caption').textContent()).toContain('60 years');
    expect(await page.locator('.embed__credit a').first().getAttribute('href')).toBe('/?rho=0.50&structure=linear&basis=purpose&rule=best&years=60&seed=7#try-it');
    expect(errors).toEqual([]);
  });

  it('asks for its scripts, the simulation’s code among them, only once its figure has painted', async () => {
    // The first paint needs the page and its font only: the scripts would share a slow connection with them.
    for (const path of ['embed/ladders/your-settings/?rho=0.3&structure=linear', 'embed/training-gap/cohort/?steps=1']) {
      const { page, errors } = await open(path, { viewport: { width: 412, height: 823 } });
      if (path.includes('rho')) await page.locator('.embed__figure[data-live]').waitFor({ timeout: 15_000 });
      else await page.locator('[data-embed-steps]').waitFor({ state: 'visible' });
      const { fcp, scripts } = await scriptsAndFirstPaint(page);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(scripts.filter((s) => s.start <= fcp), `${path}: scripts asked for before the first paint at ${fcp} ms`).toEqual([]);
      if (path.includes('rho')) expect(scripts.filter((s) => /\/scenarioEmbed\.[^/]*\.js$/.test(s.name))).toHaveLength(1);
      expect(errors).toEqual([]);
    }
  });

  it('keeps every measure of a scenario on a phone, its longer sentence taking lines from the page, not from the plot', async () => {
    const { page } = await open('embed/ladders/your-settings/?rho=0.5', { viewport: { width: 375, height: 800 } });
    await page.locator('.embed__figure[data-live]').waitFor({ timeout: 15_000 });
    const words = await page.locator('[data-embed-figure="wide"] svg').evaluate((svg) => svg.textContent ?? '');
    for (const measure of ['Efficiency', 'Leadership of managers', 'Brilliant at the craft', 'Where the efficiency gap comes from']) expect(words).toContain(measure);
  });

  it('moves nothing below the figure when the scenario’s figure replaces the default one', async () => {
    // 900 px: a frame wider than the figure's 40rem, which is drawn at the figure's width, not the frame's.
    for (const width of [412, 640, 900]) {
      const { page, context } = await open('404-first/', { viewport: { width, height: 900 } });
      // Web fonts never arrive here, so a shift can only come from the swap itself.
      await context.route(/\.woff2$/, (route) => route.abort());
      const shifted = await trackLayoutShifts(page);
      await page.goto(siteUrl('embed/ladders/your-settings/?rho=0.3&structure=linear'));
      const credit = () => page.locator('.embed__credit').evaluate((el) => Math.round(el.getBoundingClientRect().top));
      const before = await credit();
      await page.locator('.embed__figure[data-live]').waitFor({ timeout: 15_000 });
      expect(Math.abs((await credit()) - before), `${width} px: the credit line moved`).toBeLessThanOrEqual(1);
      expect(await shifted(), `${width} px: CLS`).toBeLessThanOrEqual(0.001);
    }
  });

  // Each colour scheme once, and each motion setting once (the page has no motion of its own to differ by).
  for (const [colorScheme, reducedMotion] of [
    ['light', 'reduce'],
    ['dark', 'no-preference'],
  ] as const) {
    it(`passes axe-core in the ${colorScheme} theme with motion ${reducedMotion}, and with the snippet’s other theme`, async () => {
      const { page } = await open('embed/compass/', { colorScheme, reducedMotion, viewport: { width: 480, height: 800 } });
      for (const path of ['embed/sarahs-week/', 'embed/ladders/counts/?steps=1', `embed/parallel-tracks/pay-parity/?theme=${colorScheme === 'light' ? 'dark' : 'light'}`]) {
        await page.goto(siteUrl(path));
        await page.locator('[data-embed-data] summary').click();
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }
});

describe('oEmbed', () => {
  it('answers for every state with a rich iframe, its size, a thumbnail that resolves at its stated size, and the terms', async () => {
    for (const chart of chartList) {
      for (const state of chart.states) {
        const r = await fetch(siteUrl(`oembed/${chart.id}/${state.id}.json`));
        expect(r.headers.get('content-type')).toMatch(/^application\/json/);
        const o = (await r.json()) as Record<string, string | number>;
        expect(o).toMatchObject({ version: '1.0', type: 'rich' });
        expect(String(o.html)).toMatch(/^<iframe src="[^"]+\/embed\/[^"]+" title="Chart: [^"]+" loading="lazy"/);
        expect(o.height).toBeGreaterThan(200);
        expect(String(o.terms)).toContain('MIT');
        const thumb = new URL(String(o.thumbnail_url));
        const png = await sharp(Buffer.from(await (await fetch(siteUrl(thumb.pathname))).arrayBuffer())).metadata();
        expect([png.width, png.height]).toEqual([o.thumbnail_width, o.thumbnail_height]);
      }
    }
  });

  it('is discovered from the essay, one link per chart at its key state', async () => {
    const { page } = await open('', { javaScriptEnabled: false });
    const links = await page.locator('link[rel="alternate"][type="application/json+oembed"]').evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href));
    expect(links.map((l) => new URL(l).pathname)).toEqual(chartList.map((c) => `/oembed/${c.id}/${c.keyState}.json`));
  });
});

describe('exports render alone', () => {
  it('draw the same picture in the browser with no page CSS as the PNG the build made', async () => {
    const { page } = await open('embed/compass/');
    for (const chart of chartList) {
      for (const suffix of ['', '-dark']) {
        const png = Buffer.from(await (await fetch(siteUrl(`charts/${chart.id}/${chart.keyState}${suffix}.png`))).arrayBuffer());
        const { width = 0, height = 0 } = await sharp(png).metadata();
        await page.setViewportSize({ width, height });
        await page.goto(siteUrl(`charts/${chart.id}/${chart.keyState}${suffix}.svg`));
        const shot = await page.screenshot();
        const small = (b: Buffer) => sharp(b).resize(Math.round(width / 8), Math.round(height / 8), { fit: 'fill' }).removeAlpha().raw().toBuffer();
        const [a, b] = await Promise.all([small(shot), small(png)]);
        let diff = 0;
        for (let i = 0; i < a.length; i++) diff += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
        expect(diff / a.length, `${chart.id}${suffix}`).toBeLessThan(6);
      }
    }
  });
});

/** Opens a chart's gallery page once its script has started: it loads once the page has painted (AfterPaint). */
async function openGallery(path: string, options: Parameters<typeof open>[1] = {}) {
  const o = await open(path, options);
  await o.page.locator('[data-gallery][data-started]').waitFor({ state: 'attached' });
  return o;
}

describe('the gallery', () => {
  it('lists every chart with every state as a thumbnail, and the essay links each chart to its page', async () => {
    const { page } = await open('charts/', { javaScriptEnabled: false });
    for (const chart of chartList) {
      expect(await page.locator(`a[href="/charts/${chart.id}/"]`).count(), chart.id).toBeGreaterThan(0);
      expect(await page.locator(`img[src="/charts/${chart.id}/${chart.keyState}.svg"]`).count()).toBe(1);
    }
    expect(await page.locator('.charts__views img').count()).toBe(29);
    const essay = await open('', { javaScriptEnabled: false });
    const linked = await essay.page.locator('.chart-notes__embed').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLAnchorElement).pathname))]);
    expect(linked.sort()).toEqual(chartList.map((c) => `/charts/${c.id}/`).sort());
  });

  it('gives snippets whose every address resolves in the built site', async () => {
    const { page } = await open('embed/compass/');
    const checked = new Set<string>();
    for (const chart of chartList) {
      await page.goto(siteUrl(`charts/${chart.id}/`));
      await page.locator('[data-gallery][data-started]').waitFor({ state: 'attached' });
      for (const state of chart.states) {
        await page.locator(`input[name="state"][value="${state.id}"]`).check({ force: true });
        const codes = await page.locator('[data-snippet-code]').allTextContents();
        expect(codes.join('\n')).toContain(`/${state.id}`);
        const urls = [...new Set(codes.join('\n').match(/https?:\/\/[^\s"'()|\]]+/g) ?? [])];
        // The frame, the host script, the essay, the PNG, both SVGs and the oEmbed file.
        expect(urls.length).toBeGreaterThanOrEqual(7);
        for (const u of urls) {
          expect(u.startsWith(root()), u).toBe(true);
          if (checked.has(u)) continue;
          checked.add(u);
          expect((await fetch(u.replace(/&amp;/g, '&'))).status, u).toBe(200);
        }
      }
    }
  });

  it('rebuilds the snippets for the chosen state and theme, keeps them in the address, and copies with an announcement', async () => {
    const { page, context } = await openGallery('charts/underlying-connections/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(root()).origin });
    await page.locator('input[name="state"][value="sound"]').check({ force: true });
    await page.locator('input[name="theme"][value="dark"]').check();
    await page.locator('input[name="steps"]').check();
    expect(page.url()).toMatch(/\/charts\/underlying-connections\/\?state=sound&theme=dark&steps=1$/);
    const iframe = await page.locator('[data-snippet="iframe"] [data-snippet-code]').textContent();
    expect(iframe).toContain('/embed/underlying-connections/sound/?theme=dark&amp;steps=1');
    await page.locator('.gallery__preview').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-gallery-preview]').getAttribute('src')).toMatch(/\/embed\/underlying-connections\/sound\/\?theme=dark&steps=1$/);
    await page.locator('[data-copy="markdown"]').click();
    await expect.poll(() => page.locator('[data-gallery-status]').textContent()).toMatch(/^Copied: GitHub or GitLab wiki/);
    expect(await page.locator('[data-copy="markdown"]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('[data-snippet="markdown"] [data-snippet-code]').textContent());
    expect(copied).toMatch(/^\[!\[Underlying connections|^\[!\[/);
    // A shared link opens on the same choices.
    const again = await openGallery('charts/underlying-connections/?state=sound&theme=dark&steps=1');
    expect(await again.page.locator('input[name="state"]:checked').getAttribute('value')).toBe('sound');
    expect(await again.page.locator('input[name="theme"]:checked').getAttribute('value')).toBe('dark');
  });

  it('ignores hostile choices in its address', async () => {
    const { page, errors } = await openGallery('charts/compass/?state=<script>alert(1)</script>&theme="><img src=x onerror=alert(1)>&rho=<b>');
    expect(await page.locator('input[name="state"]:checked').getAttribute('value')).toBe('turned');
    expect(await page.content()).not.toMatch(/onerror|<script>alert/);
    expect(errors).toEqual([]);
  });

  it('asks for its scripts once its words have painted, keeps a choice made before they started, and loads its preview as the reader nears it', async () => {
    const { page, context, errors } = await open('404-first/', { viewport: { width: 412, height: 823 } });
    // The scripts arrive late, as on a slow connection, and the reader picks a view as soon as the page shows.
    await context.route(/\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    const frames: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document' && r.frame() !== page.mainFrame()) frames.push(new URL(r.url()).pathname);
    });
    await page.goto(siteUrl('charts/ladders/?theme=dark'), { waitUntil: 'commit' });
    await page.locator('input[name="state"][value="years-pass"]').check({ force: true });
    expect(await page.locator('[data-gallery]').getAttribute('data-started')).toBeNull();
    await page.locator('[data-gallery][data-started]').waitFor({ state: 'attached', timeout: 8000 });
    // The reader's view stays chosen, with the address's theme, and the snippets and the address follow both.
    expect(await page.locator('input[name="state"]:checked').getAttribute('value')).toBe('years-pass');
    expect(await page.locator('input[name="theme"]:checked').getAttribute('value')).toBe('dark');
    expect(await page.locator('[data-snippet="iframe"] [data-snippet-code]').textContent()).toContain('/embed/ladders/years-pass/?theme=dark');
    expect(page.url()).toMatch(/\/charts\/ladders\/\?state=years-pass&theme=dark$/);
    const { fcp, scripts } = await scriptsAndFirstPaint(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.start <= fcp), `scripts asked for before the first paint at ${fcp} ms`).toEqual([]);
    // Below a phone's first screen, the preview waits for the reader: then it shows the chosen view.
    // Not even an empty frame (each one is a document the browser builds): a placeholder of its size.
    await page.waitForTimeout(300);
    expect(frames).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    const slot = { ...(await page.locator('[data-gallery-preview-slot]').boundingBox()), height: await page.locator('[data-gallery-preview-slot]').getAttribute('height') };
    await page.locator('[data-gallery-preview-slot]').scrollIntoViewIfNeeded();
    await expect.poll(() => frames).toEqual(['/embed/ladders/years-pass/']);
    await page.frameLocator('[data-gallery-preview]').locator('.embed__figure').first().waitFor();
    expect(await page.locator('[data-gallery-preview-slot]').count()).toBe(0);
    // The frame takes the placeholder's place and size (until its page says how tall it is: resize.js).
    const frame = await page.locator('iframe[data-gallery-preview]').evaluate((f: HTMLIFrameElement) => ({ title: f.title, height: f.getAttribute('height'), x: f.getBoundingClientRect().x, width: f.getBoundingClientRect().width }));
    expect(frame).toEqual({ title: expect.stringContaining('Forty years on'), height: slot.height, x: slot.x, width: slot.width });
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core in the ${colorScheme} theme`, async () => {
      const { page } = await open('embed/compass/', { colorScheme, viewport: { width: 1000, height: 900 } });
      for (const path of ['charts/', 'charts/ladders/']) {
        await page.goto(siteUrl(path));
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }
});

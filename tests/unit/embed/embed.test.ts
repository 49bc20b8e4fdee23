/**
 * Embeds (src/embed/): the parameters an embed page takes from a stranger's
 * snippet, the messages it posts, and the snippets the gallery hands out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chartData } from '../../../src/charts/chartData';
import { chartList, getChart } from '../../../src/charts/registry';
import {
  datawrapperMessage,
  DEFAULT_EMBED_PARAMS,
  embedPath,
  embedQuery,
  heightMessage,
  isHeightMessage,
  parseEmbedParams,
  SANDBOX,
} from '../../../src/embed/embed';
import { iframeHtml, snippets, type SnippetTarget } from '../../../src/embed/snippets';
import { frameHeight, snippetTarget } from '../../../src/embed/target';
import { scenarioQuery } from '../../../src/embed/galleryClient';

const ROOT = 'https://charts.example.org/wiki/';
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%E0%A4%A',
  '%',
  'x'.repeat(5000),
  'dark\u0000',
  ' dark',
  'DARK',
];

describe('embed parameters', () => {
  it('take the known themes and the steps option', () => {
    expect(parseEmbedParams('?theme=dark&steps=1')).toEqual({ theme: 'dark', steps: true });
    expect(parseEmbedParams('theme=light')).toEqual({ theme: 'light', steps: false });
    expect(parseEmbedParams('')).toEqual(DEFAULT_EMBED_PARAMS);
    expect(parseEmbedParams('?steps=true')).toEqual({ theme: 'auto', steps: true });
  });

  it('fall back to the defaults on anything else, and never throw', () => {
    for (const junk of HOSTILE) {
      expect(parseEmbedParams(`?theme=${junk}&steps=${junk}`), junk.slice(0, 30)).toEqual(DEFAULT_EMBED_PARAMS);
      expect(parseEmbedParams(`?theme=${encodeURIComponent(junk)}`)).toEqual(DEFAULT_EMBED_PARAMS);
    }
    // A long query is ignored as a whole, even around a valid value.
    expect(parseEmbedParams(`?theme=dark&x=${'y'.repeat(3000)}`)).toEqual(DEFAULT_EMBED_PARAMS);
  });

  it('write back only what differs from the defaults', () => {
    expect(embedQuery(DEFAULT_EMBED_PARAMS)).toBe('');
    expect(embedQuery({ theme: 'dark', steps: true })).toBe('?theme=dark&steps=1');
    expect(embedQuery({ theme: 'auto', steps: false }, 'rho=0.50&seed=7')).toBe('?rho=0.50&seed=7');
    expect(embedPath('compass', null)).toBe('/embed/compass/');
    expect(embedPath('compass', 'turned')).toBe('/embed/compass/turned/');
  });
});

describe('height messages', () => {
  it('post our documented format, rounded up', () => {
    expect(heightMessage('compass', 'turned', 512.2)).toEqual({ type: 'uce:embed-height', version: 1, chart: 'compass', state: 'turned', height: 513 });
  });

  it('post Datawrapper’s format: one key under "datawrapper-height" whose value is the height in px', () => {
    // Datawrapper's responsive-iframe listener reads every key of event.data["datawrapper-height"]
    // and sets the iframe whose contentWindow sent it to `value + "px"` (developer.datawrapper.de/docs/responsive-iframe).
    const message = datawrapperMessage('compass', 'turned', 512.2);
    const heights = message['datawrapper-height'];
    expect(Object.keys(heights)).toEqual(['uce-compass-turned']);
    expect(`${heights['uce-compass-turned']}px`).toBe('513px');
  });

  it('are recognised only with a plausible height', () => {
    expect(isHeightMessage(heightMessage('a', 'b', 400))).toBe(true);
    for (const h of [0, 49, 20_001, Number.NaN, Infinity, '400']) expect(isHeightMessage({ type: 'uce:embed-height', height: h })).toBe(false);
    for (const junk of [null, undefined, 'uce:embed-height', 400, { height: 400 }]) expect(isHeightMessage(junk)).toBe(false);
  });
});

describe('snippets', () => {
  const data = new Map<string, unknown>();
  const every: SnippetTarget[] = [];
  beforeAll(async () => {
    for (const chart of chartList) data.set(chart.id, await chartData(chart));
    every.push(...chartList.flatMap((chart) => chart.states.map((s) => snippetTarget(chart, s.id, ROOT, `step-${s.id}`, data.get(chart.id)))));
  });

  it('give every iframe its src, a title, lazy loading, full width, no border and no sandbox unless asked', () => {
    for (const t of every) {
      const html = iframeHtml(t, DEFAULT_EMBED_PARAMS);
      expect(html).toMatch(new RegExp(`^<iframe src="${ROOT}embed/${t.chart.id}/${t.state.id}/" title="Chart: [^"]+" loading="lazy" width="100%" height="\\d+" style="width:100%;height:\\d+px;border:0"></iframe>$`));
      expect(html).not.toContain('sandbox');
      expect(iframeHtml(t, DEFAULT_EMBED_PARAMS, true)).toContain(` sandbox="${SANDBOX}"`);
    }
    expect(SANDBOX).toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  });

  it('give every image alt text, every snippet a link back, and MediaWiki a .png address', () => {
    for (const t of every) {
      const all = snippets(t, { theme: 'dark', steps: true });
      const by = Object.fromEntries(all.map((s) => [s.id, s.code]));
      expect(Object.keys(by)).toEqual(['iframe', 'iframe-plain', 'iframe-sandbox', 'markdown', 'picture', 'confluence', 'mediawiki', 'mediawiki-upload', 'notion', 'oembed']);
      expect(by.iframe).toContain(`?theme=dark&amp;steps=1`);
      expect(by.iframe).toContain(`<script src="${ROOT}embed/resize.js" async></script>`);
      expect(by.markdown).toMatch(/^\[!\[[^\]]{20,}\]\(https:\/\/charts\.example\.org\/wiki\/charts\/[^)]+\.png\)\]\(https:\/\/charts\.example\.org\/wiki\/#step-/);
      expect(by.picture).toMatch(/<img src="[^"]+\.svg" alt="[^"]{20,}"/);
      expect(by.picture).toContain('media="(prefers-color-scheme: dark)"');
      expect(by.confluence).toMatch(/\|alt="[^"]{20,}"!/);
      expect(by['mediawiki-upload']).toMatch(/\|alt=[^|]{20,}\|link=/);
      const mediawikiImage = /^\[(\S+) (\S+)\]/.exec(by.mediawiki ?? '');
      expect(mediawikiImage?.[2]).toMatch(/\.png$/);
      expect(mediawikiImage?.[1]).toBe(`${ROOT}#step-${t.state.id}`);
      for (const s of all) {
        expect(s.code, s.id).toContain(ROOT);
        if (!['iframe', 'iframe-plain', 'iframe-sandbox', 'notion', 'oembed'].includes(s.id)) expect(s.code, s.id).toMatch(/MIT licence/);
      }
    }
  });

  it('escape a title that looks like markup', () => {
    const t: SnippetTarget = { ...every[0]!, chart: { id: 'x', title: 'A "quoted" <b>title</b> [with] |pipes| & !bangs!' } };
    const by = Object.fromEntries(snippets(t, DEFAULT_EMBED_PARAMS).map((s) => [s.id, s.code]));
    expect(by.iframe).toContain('title="Chart: A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; [with] |pipes| &amp; !bangs! (');
    expect(by.picture).not.toContain('<b>');
    expect(by.markdown).toContain('A "quoted" <b>title</b> \\[with\\]');
    expect(by.confluence).toMatch(/\|alt="A quoted <b>title<\/b> with pipes & bangs\./);
  });

  it('start each frame at about the height the embed page takes in a wiki column, each view its own', () => {
    for (const chart of chartList) for (const s of chart.states) expect(frameHeight(chart, s.id, data.get(chart.id)), `${chart.id}/${s.id}`).toBeGreaterThan(300);
    const ladders = getChart('ladders');
    const height = (state: string) => frameHeight(ladders, state, data.get('ladders'));
    expect(height('same-start')).toBeLessThan(1100);
    // The bar views end where their bars do: shorter than the views of 160 people, which fill their box.
    expect(height('counts')).toBeLessThan(height('same-start') - 100);
    expect(height('your-settings')).toBeLessThan(height('same-start') - 100);
    expect(every.find((t) => t.chart.id === 'ladders' && t.state.id === 'counts')?.height).toBe(height('counts'));
  });

  it('pass on only a scenario’s own keys, with values of the characters they use', () => {
    expect(scenarioQuery('?rho=0.5&structure=linear&theme=dark&evil=1')).toBe('rho=0.5&structure=linear');
    expect(scenarioQuery('?rho=<script>&seed=%22onerror')).toBe('');
    expect(scenarioQuery(`?rho=${'1'.repeat(41)}`)).toBe('');
  });
});

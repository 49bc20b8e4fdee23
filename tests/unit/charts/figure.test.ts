/**
 * One figure (src/charts/figure.ts, src/charts/renderFigure.ts): every
 * chart's every state drawn with its title, sentence and key, self-contained
 * when it leaves the site, and rasterised (sharp) to prove it is a valid
 * picture in the theme's colours.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartData } from '../../../src/charts/chartData';
import { figureLayout, figureSizeFor } from '../../../src/charts/figure';
import { figureStyle, tokenValue } from '../../../src/charts/figureStyle';
import { chartList } from '../../../src/charts/registry';
import { fittedPlot, marksBottom, renderFigure, renderFigureForPlot } from '../../../src/charts/renderFigure';
import { exportPlotSize, exportSize, exportSvg } from '../../../src/charts/exports';
import { getChart } from '../../../src/charts/registry';
import { textWidth } from '../../../src/charts/text';
import type { TextMark } from '../../../src/charts/types';

const data = new Map<string, unknown>();
beforeAll(async () => {
  for (const chart of chartList) data.set(chart.id, await chartData(chart));
});

const texts = (marks: readonly { type: string }[]) => marks.filter((m): m is TextMark => m.type === 'text');

describe('figureLayout', () => {
  for (const chart of chartList) {
    for (const width of [300, 343, 640]) {
      it(`${chart.id} at ${width} px: title, each state's sentence and the key fit the width, and the plot never moves between states`, () => {
        const size = { width, height: 600 };
        const plots = new Set<string>();
        for (const state of chart.states) {
          const fig = figureLayout(chart, state.id, size);
          plots.add(JSON.stringify(fig.plot));
          const words = texts(fig.chrome);
          expect(words.filter((t) => t.className === 'figure-title').map((t) => t.text).join(' ')).toBe(chart.title);
          expect(words.filter((t) => t.className === 'figure-desc').map((t) => t.text).join(' ')).toBe(state.description);
          expect(words.filter((t) => t.className === 'figure-key').map((t) => t.text)).toEqual(chart.legend.map((l) => l.label));
          for (const t of words) expect(t.x + textWidth(t.text, t.size), `"${t.text}"`).toBeLessThanOrEqual(width + 0.5);
          // The words sit above the plot, never on it.
          for (const t of words) expect(t.y).toBeLessThan(fig.plot.y);
          expect(fig.plot.y + fig.plot.height).toBeLessThanOrEqual(fig.size.height);
        }
        expect(plots.size).toBe(1);
      });
    }
  }

  it('leaves the title out when asked (a phone band) and gives the plot the room', () => {
    const chart = chartList[0]!;
    const withTitle = figureLayout(chart, chart.keyState, { width: 343, height: 400 });
    const without = figureLayout(chart, chart.keyState, { width: 343, height: 400 }, { title: false });
    expect(texts(without.chrome).some((t) => t.className === 'figure-title')).toBe(false);
    expect(without.plot.height).toBeGreaterThan(withTitle.plot.height);
  });

  it('figureSizeFor(plot) gives the plot exactly that size', () => {
    for (const chart of chartList) {
      const size = figureSizeFor(chart, chart.staticSize, { pad: 16, credit: 'Source: a test.' });
      const fig = figureLayout(chart, chart.keyState, size, { pad: 16, credit: 'Source: a test.' });
      expect(fig.plot.width).toBe(chart.staticSize.width);
      expect(Math.abs(fig.plot.height - chart.staticSize.height)).toBeLessThanOrEqual(1);
      expect(texts(fig.chrome).at(-1)?.className).toBe('figure-credit');
    }
  });

  it('names the valid states when asked for an unknown one', () => {
    expect(() => figureLayout(chartList[0]!, 'nope', { width: 300, height: 300 })).toThrow(/Valid states: /);
  });
});

describe('renderFigure', () => {
  it('in a page: painted by the shared stylesheet (no <style>), hidden from assistive technology (the step carries its text)', () => {
    const chart = chartList[0]!;
    const svg = renderFigure(chart, chart.keyState, { width: 320, height: 400 }, data.get(chart.id), 'page');
    expect(svg).not.toContain('<style');
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain(`<title>${chart.title.replace('’', '’')}</title>`);
    expect(svg).toMatch(/data-aspect="[\d.]+"/);
  });

  for (const chart of chartList) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${chart.id}, every state, ${theme}: a self-contained file that rasterises on the theme's paper`, async () => {
        for (const state of chart.states) {
          const svg = renderFigureForPlot(chart, state.id, chart.staticSize, data.get(chart.id), theme, { credit: 'Source: a test.' });
          const id = `figure-${chart.id}-${state.id}-${theme}`;
          expect(svg).toContain(`id="${id}"`);
          expect(svg).toContain(`role="img" aria-labelledby="${id}-title ${id}-desc"`);
          expect(svg).toContain(`<desc id="${id}-desc">`);
          // Nothing outside the file: no links, no fonts, no custom properties a rasteriser cannot resolve.
          expect(svg).not.toMatch(/href=|url\(|@import|var\(|light-dark\(/);
          expect(svg).toMatch(new RegExp(`<style>#${id}\\{font-family: system-ui[^}]*sans-serif;\\}`));
          const { data: pixels, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
          const corner = [...pixels.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
          expect(`#${corner}`).toBe(tokenValue('paper', theme));
          expect(info.width).toBe(chart.staticSize.width + 32);
        }
      });
    }
  }
});

describe('a figure of one state alone (exports, embeds) ends its plot where the marks end', () => {
  it('reads how low every kind of mark reaches', () => {
    const base = { key: 'k', className: 'c' };
    expect(marksBottom([])).toBe(0);
    expect(marksBottom([{ ...base, type: 'rect', x: 0, y: 10, width: 5, height: 30 }])).toBe(40);
    expect(marksBottom([{ ...base, type: 'circle', cx: 0, cy: 50, r: 5 }])).toBe(55);
    expect(marksBottom([{ ...base, type: 'line', x1: 0, y1: 70, x2: 9, y2: 20 }])).toBe(70);
    expect(marksBottom([{ ...base, type: 'text', x: 0, y: 100, text: 'gy', size: 10 }])).toBe(103);
    expect(marksBottom([{ ...base, type: 'path', d: 'M0,10L5,20H90V120C1,130,2,140,3,150Z' }])).toBe(150);
    expect(marksBottom([{ ...base, type: 'path', d: 'M0,1e2L5,20' }])).toBe(100);
    expect(marksBottom([{ ...base, type: 'path', d: 'M0,0A10,10,0,0,1,20,60' }])).toBe(60);
    // A relative command's extent is not read: such a figure keeps its whole plot.
    expect(marksBottom([{ ...base, type: 'path', d: 'M0,0l5,20' }])).toBe(Infinity);
  });

  it('keeps every mark of every state inside the fitted plot, and fits only where that saves a band', () => {
    for (const chart of chartList) {
      for (const plot of [chart.staticSize, exportPlotSize(chart)]) {
        for (const state of chart.states) {
          const fitted = fittedPlot(chart, state.id, plot, data.get(chart.id));
          expect(fitted.width).toBe(plot.width);
          if (fitted === plot) continue;
          expect(fitted.height, `${chart.id}/${state.id}`).toBeLessThanOrEqual(plot.height * 0.92);
          // As rendered (laid out in the whole plot, shown to the fitted height) and as a live figure lays it out again (scenarioEmbed.ts).
          for (const height of [plot.height, fitted.height]) {
            expect(marksBottom(chart.layout(state.id, { width: plot.width, height }, data.get(chart.id))), `${chart.id}/${state.id} at ${height}`).toBeLessThanOrEqual(fitted.height);
          }
        }
      }
    }
  });

  it('gives the simulation’s bar views a figure some 200 px shorter than its views of 160 people, which fill theirs', () => {
    const ladders = getChart('ladders');
    const size = (state: string) => exportSize(ladders, state, data.get('ladders'), 'https://example.org/');
    expect(size('same-start').height - size('counts').height).toBeGreaterThan(200);
    expect(size('same-start')).toEqual(size('years-pass'));
    const svg = exportSvg(ladders, 'counts', data.get('ladders'), 'light', 'https://example.org/');
    expect(svg).toContain(` width="${size('counts').width}" height="${size('counts').height}"`);
  });
});

describe('the text alternative', () => {
  it('is the state’s sentence, then the words its marks carry (the mountain’s skills)', () => {
    const chart = chartList.find((c) => c.id === 'different-mountain')!;
    const svg = renderFigure(chart, 'skills-gap', { width: 320, height: 420 }, data.get(chart.id), 'light');
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc.startsWith(chart.states.find((s) => s.id === 'skills-gap')!.description.replace('’', '’'))).toBe(true);
    for (const word of ['focus', 'immersion', 'perfection', 'diagnosis', 'connector', 'translator', 'shield', 'listener']) expect(desc).toContain(word);
  });
  it('keeps every state’s drawn sentence to three lines on a 343 px phone', () => {
    for (const chart of chartList) {
      for (const state of chart.states) {
        const fig = figureLayout(chart, state.id, { width: 343, height: 600 }, { title: false });
        expect(texts(fig.chrome).filter((t) => t.className === 'figure-desc').length, `${chart.id}/${state.id}`).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('figureStyle', () => {
  it('writes the theme’s colours in for the tokens, following aliases', () => {
    expect(tokenValue('accent', 'dark')).toBe(tokenValue('craft', 'dark'));
    expect(tokenValue('craft', 'light')).not.toBe(tokenValue('craft', 'dark'));
    const css = figureStyle('f', 'dark');
    expect(css).toContain(`#f .mark-craft{fill: ${tokenValue('craft', 'dark')}; stroke: ${tokenValue('craft', 'dark')};}`);
    expect(css).not.toContain('var(');
  });
  it('fails, naming the token, when a rule uses one that does not exist', () => {
    expect(() => tokenValue('no-such-token', 'light')).toThrow(/--no-such-token/);
  });
});

describe('every chart in the boxes a reader’s screen gives it', () => {
  // A phone's band (320 and 375 px wide), a desktop's side column, a still figure.
  const boxes = [
    { width: 288, height: 200 },
    { width: 343, height: 230 },
    { width: 480, height: 380 },
    { width: 640, height: 400 },
  ];
  for (const chart of chartList) {
    for (const box of boxes) {
      it(`${chart.id} at ${box.width}×${box.height}: every word inside the box, no two words on top of each other`, () => {
        for (const state of chart.states) {
          const words = texts(chart.layout(state.id, box, data.get(chart.id)));
          const rects = words.map((t) => {
            const w = textWidth(t.text, t.size) * 0.85; // the estimate is generous; real glyphs are narrower
            const x0 = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
            return { t, x0, x1: x0 + w, y0: t.y - t.size * 0.75, y1: t.y + t.size * 0.2 };
          });
          for (const r of rects) {
            const where = `${state.id}: "${r.t.text}"`;
            expect(r.x0, where).toBeGreaterThanOrEqual(-2);
            expect(r.x1, where).toBeLessThanOrEqual(box.width + 2);
            expect(r.y0, where).toBeGreaterThanOrEqual(-2);
            expect(r.y1, where).toBeLessThanOrEqual(box.height + 2);
          }
          for (let i = 0; i < rects.length; i++) {
            for (let j = i + 1; j < rects.length; j++) {
              const a = rects[i]!;
              const b = rects[j]!;
              const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;
              expect(overlap, `${state.id}: "${a.t.text}" overlaps "${b.t.text}"`).toBe(false);
            }
          }
        }
      });
    }
  }
});

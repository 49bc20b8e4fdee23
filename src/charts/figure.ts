/**
 * A figure: a chart's plot with the words that make it read alone, drawn
 * into the same SVG: its title, the state's one-sentence takeaway, its key,
 * and (for files that leave the site) a credit line. Pure: `(chart, state,
 * size) → marks`, shared by the build-time figures (src/charts/renderFigure.ts)
 * and the live chart (src/charts/host.ts), so there is one way to draw one.
 *
 * Words are laid out without measuring (src/charts/text.ts), in sizes that
 * stay legible when the figure is shown at a phone's width.
 */
import { stateOf } from './define';
import { num } from './svg';
import { textWidth, wrapText } from './text';
import type { Chart, LegendItem, Mark, Size } from './types';

export interface FigureOptions {
  /** Draw the chart's title (default true; a phone's band leaves it to the notes after the block). */
  title?: boolean;
  /** A line at the foot of the figure: sources and reuse terms, for files that leave the site. */
  credit?: string;
  /** Space around the whole figure (default 0: in a page the figure sits on the column's edges). */
  pad?: number;
  /** A sentence to draw instead of the state's (a reader's own scenario says what its numbers show); it is the text alternative too. */
  sentence?: string;
}

/** A figure laid out: its whole size, where its plot sits, and the words and key around it. */
export interface FigureLayout {
  size: Size;
  plot: { x: number; y: number; width: number; height: number };
  /** Title, sentence, key and credit, in figure coordinates. */
  chrome: Mark[];
  title: string;
  description: string;
  /** The text alternative: the sentence, and what the figure's words add (the state's `detail`). */
  alt: string;
}

const LEADING = 1.3;

/** Type sizes for a figure `width` wide: a phone's sizes, up to 15% larger in a wide figure (a desktop's column, a slide). */
function typeFor(width: number): { TITLE: number; SENTENCE: number; KEY: number; CREDIT: number } {
  const k = Math.min(1.15, Math.max(1, width / 440));
  return { TITLE: 17 * k, SENTENCE: 14 * k, KEY: 13 * k, CREDIT: 11 };
}
/** Space between the words and the plot. */
const GAP = 10;
/** The smallest plot a figure will give its chart. */
const MIN_PLOT = 60;

interface Metrics {
  titleLines: string[];
  /** Lines reserved for the sentence: the most any state of the chart needs, so the plot never moves between states. */
  sentenceLines: number;
  keyRows: { item: LegendItem; x: number }[][];
  creditLines: string[];
  top: number;
  bottom: number;
}

/** The width a key item takes: glyph, gap, label, space after. */
const keyItemWidth = (item: LegendItem, KEY: number) => KEY + 6 + textWidth(item.label, KEY) + KEY;

function metrics(chart: Chart, width: number, opts: FigureOptions): Metrics {
  const { TITLE, SENTENCE, KEY, CREDIT } = typeFor(width);
  const pad = opts.pad ?? 0;
  const inner = Math.max(40, width - 2 * pad);
  const titleLines = opts.title === false ? [] : wrapText(chart.title, TITLE * 1.04, inner);
  const sentences = [...chart.states.map((s) => s.description), ...(opts.sentence ? [opts.sentence] : [])];
  const sentenceLines = Math.max(...sentences.map((s) => wrapText(s, SENTENCE, inner).length));
  const keyRows: { item: LegendItem; x: number }[][] = [];
  let x = 0;
  for (const item of chart.legend) {
    const w = keyItemWidth(item, KEY);
    const row = keyRows[keyRows.length - 1];
    if (!row || x + w - KEY > inner) {
      keyRows.push([{ item, x: 0 }]);
      x = w;
    } else {
      row.push({ item, x });
      x += w;
    }
  }
  const creditLines = opts.credit ? wrapText(opts.credit, CREDIT, inner) : [];
  const lineH = (size: number) => size * LEADING;
  let top = pad;
  if (titleLines.length) top += titleLines.length * lineH(TITLE) + 4;
  top += sentenceLines * lineH(SENTENCE);
  if (keyRows.length) top += 6 + keyRows.length * lineH(KEY);
  top += GAP;
  const bottom = pad + (creditLines.length ? GAP + creditLines.length * lineH(CREDIT) : 0);
  return { titleLines, sentenceLines, keyRows, creditLines, top, bottom };
}

/** A state's text alternative: its sentence, then its detail. */
export function stateAlt(state: { description: string; detail?: string }): string {
  return state.detail ? `${state.description} ${state.detail}` : state.description;
}

/** The whole size of a figure whose plot is `plot`: what a still figure asks for. */
export function figureSizeFor(chart: Chart, plot: Size, opts: FigureOptions = {}): Size {
  const pad = opts.pad ?? 0;
  const m = metrics(chart, plot.width + 2 * pad, opts);
  return { width: plot.width + 2 * pad, height: Math.round(m.top + plot.height + m.bottom) };
}

/** A key glyph: the legend's shape in the marks' own classes, so it looks like what it names. */
function glyph(item: LegendItem, key: string, x: number, cy: number, KEY: number): Mark {
  const s = KEY * 0.85;
  const top = cy - s / 2;
  switch (item.shape) {
    case 'square':
    case 'hollow-square':
      return { type: 'rect', key, x: x + 0.75, y: top + 0.75, width: s - 1.5, height: s - 1.5, rx: 1.5, className: item.className };
    case 'circle':
    case 'hollow-circle':
      return { type: 'circle', key, cx: x + s / 2, cy, r: s / 2 - 0.75, className: item.className };
    case 'line':
      return { type: 'line', key, x1: x, y1: cy, x2: x + s, y2: cy, className: item.className };
    case 'triangle':
      return { type: 'path', key, d: `M${num(x)},${num(top + s)}L${num(x + s / 2)},${num(top)}L${num(x + s)},${num(top + s)}Z`, className: item.className };
  }
}

/**
 * Lays out the figure of `chart` in `state` in a box of `size` (the whole
 * figure): the words on top, the key under them, the plot in what remains,
 * the credit at the foot. Throws on an unknown state, naming the valid ones.
 */
export function figureLayout(chart: Chart, stateId: string, size: Size, opts: FigureOptions = {}): FigureLayout {
  const state = stateOf(chart, stateId);
  const pad = opts.pad ?? 0;
  const inner = Math.max(40, size.width - 2 * pad);
  const { TITLE, SENTENCE, KEY, CREDIT } = typeFor(size.width);
  const m = metrics(chart, size.width, opts);
  const chrome: Mark[] = [];
  let y = pad;
  const line = (key: string, text: string, fontSize: number, className: string) => {
    y += fontSize * LEADING;
    // The baseline sits a quarter of the leading above the line's foot.
    chrome.push({ type: 'text', key, x: pad, y: y - fontSize * 0.3, text, size: fontSize, className });
  };
  m.titleLines.forEach((text, i) => line(`figure-title-${i}`, text, TITLE, 'figure-title'));
  if (m.titleLines.length) y += 4;
  const sentence = wrapText(opts.sentence ?? state.description, SENTENCE, inner);
  const sentenceTop = y;
  sentence.forEach((text, i) => line(`figure-desc-${i}`, text, SENTENCE, 'figure-desc'));
  y = sentenceTop + m.sentenceLines * SENTENCE * LEADING;
  if (m.keyRows.length) y += 6;
  m.keyRows.forEach((row, r) => {
    const cy = y + (KEY * LEADING) / 2;
    for (const { item, x } of row) {
      const k = `figure-key-${r}-${item.label}`;
      chrome.push(glyph(item, `${k}-glyph`, pad + x, cy, KEY));
      chrome.push({ type: 'text', key: k, x: pad + x + KEY + 6, y: cy + KEY * 0.35, text: item.label, size: KEY, className: 'figure-key' });
    }
    y += KEY * LEADING;
  });
  const plotY = Math.round(m.top);
  const plotH = Math.max(MIN_PLOT, Math.round(size.height - m.top - m.bottom));
  y = plotY + plotH + (m.creditLines.length ? GAP : 0);
  m.creditLines.forEach((text, i) => line(`figure-credit-${i}`, text, CREDIT, 'figure-credit'));
  return {
    size: { width: size.width, height: Math.max(size.height, Math.round(m.top + plotH + m.bottom)) },
    plot: { x: pad, y: plotY, width: inner, height: plotH },
    chrome,
    title: chart.title,
    description: opts.sentence ?? state.description,
    alt: opts.sentence ?? stateAlt(state),
  };
}

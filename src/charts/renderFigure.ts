/**
 * One figure as a self-contained SVG string: the chart's plot in `state`,
 * its title, the state's sentence and its key drawn in (src/charts/figure.ts),
 * `<title>` and `<desc>` for assistive technology, no external reference.
 * Every build-time output draws its figures here: the essay's still and
 * live figures, and the slides, embeds, exports and handout to come.
 *
 * `theme`: `page` for a figure inside this site's pages, painted by the one
 * figure stylesheet they share (src/styles/figure.css, covered by the CSP);
 * `light` or `dark` for a file that leaves the site, which carries its own
 * `<style>` with the theme's colours and an opaque background.
 */
import { figureLayout, figureSizeFor, type FigureOptions } from './figure';
import { figureStyle, type FigureTheme } from './figureStyle';
import { compactMarks, escapeXml, marksToSvg, num } from './svg';
import type { Chart, Mark, Size } from './types';

export type RenderTheme = FigureTheme | 'page';

export interface RenderOptions extends FigureOptions {
  /** The root element's id (exports scope their style to it); defaults to `figure-<chart>-<state>-<theme>`. */
  id?: string;
  /**
   * `renderFigureForPlot` only: end the plot where the state's marks end (`fittedPlot`), for a figure that shows one
   * state alone (an export, an embed). The essay's figures keep one box for every state, so the plot never moves.
   */
  fit?: boolean;
  /** Lay the marks out in a plot this tall, of which the figure shows the top (what `fit` passes on). */
  layoutHeight?: number;
}

/** The lowest point any mark reaches (a text's descenders included), or Infinity when a path's extent cannot be read. */
export function marksBottom(marks: readonly Mark[]): number {
  let bottom = 0;
  for (const m of marks) {
    switch (m.type) {
      case 'rect':
        bottom = Math.max(bottom, m.y + m.height);
        break;
      case 'circle':
        bottom = Math.max(bottom, m.cy + m.r);
        break;
      case 'line':
        bottom = Math.max(bottom, m.y1, m.y2);
        break;
      case 'text':
        bottom = Math.max(bottom, m.y + m.size * 0.3);
        break;
      case 'path': {
        // Absolute commands only (what d3-shape and the layouts write); a curve stays inside its control points.
        if (/[a-z]/.test(m.d.replace(/e[-+]?\d/gi, ''))) return Infinity;
        for (const [, cmd, args] of m.d.matchAll(/([MLHVCSQTAZ])([^MLHVCSQTAZ]*)/g)) {
          const n = (args ?? '').match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
          const ys = cmd === 'V' ? n : cmd === 'H' || cmd === 'Z' ? [] : cmd === 'A' ? n.filter((_, i) => i % 7 === 6) : n.filter((_, i) => i % 2 === 1);
          bottom = Math.max(bottom, ...ys);
        }
        break;
      }
    }
  }
  return bottom;
}

/** Space kept under the lowest mark of a fitted plot (a layout's own margins need a few pixels). */
const FIT_MARGIN = 8;
/** A plot is fitted only when that saves at least this share of its height: most states fill their box. */
const FIT_MIN_SAVING = 0.08;

/**
 * The plot a state needs of `plot`: as wide, and as tall as its marks reach when laid out in `plot` (a bar view
 * whose bars stop at their largest pitch leaves the box's foot empty). `plot` itself when that saves little.
 */
export function fittedPlot(chart: Chart, state: string, plot: Size, data: unknown): Size {
  const height = Math.min(plot.height, Math.ceil(marksBottom(chart.layout(state, plot, data)) + FIT_MARGIN));
  return plot.height - height >= plot.height * FIT_MIN_SAVING ? { width: plot.width, height } : plot;
}

/**
 * The figure of `chart` in `state`, `size` being the whole figure (see
 * `figureSizeFor` to ask for a plot size instead). `data` is the chart's data
 * (src/charts/chartData.ts at build time).
 */
export function renderFigure(chart: Chart, state: string, size: Size, data: unknown, theme: RenderTheme, opts: RenderOptions = {}): string {
  const standalone = theme !== 'page';
  const fig = figureLayout(chart, state, size, { pad: standalone ? 16 : 0, ...opts });
  const marks = chart.layout(state, { width: fig.plot.width, height: opts.layoutHeight ?? fig.plot.height }, data);
  const id = opts.id ?? `figure-${chart.id}-${state}-${theme}`;
  const { width, height } = fig.size;
  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg figure" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}"`,
    standalone ? ` id="${escapeXml(id)}" role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc"` : ' aria-hidden="true" focusable="false"',
    ` data-aspect="${num(height / width)}">`,
    `<title${standalone ? ` id="${escapeXml(id)}-title"` : ''}>${escapeXml(fig.title)}</title>`,
    `<desc${standalone ? ` id="${escapeXml(id)}-desc"` : ''}>${escapeXml(fig.alt)}</desc>`,
    standalone ? `<style>${figureStyle(id, theme)}</style><rect class="figure-bg" width="100%" height="100%"/>` : '',
  ].join('');
  return (
    `${head}<g class="figure-chrome">${marksToSvg(fig.chrome)}</g>` +
    `<g class="chart-marks" transform="translate(${num(fig.plot.x)},${num(fig.plot.y)})">${marksToSvg(compactMarks(marks))}</g></svg>`
  );
}

/** A figure whose plot is `plot` (a chart's static size, say), its words and key added around it; `opts.fit` ends the plot where the state's marks do. */
export function renderFigureForPlot(chart: Chart, state: string, plot: Size, data: unknown, theme: RenderTheme, opts: RenderOptions = {}): string {
  const pad = theme === 'page' ? 0 : 16;
  const shown = opts.fit ? fittedPlot(chart, state, plot, data) : plot;
  const layout = shown === plot ? {} : { layoutHeight: plot.height };
  return renderFigure(chart, state, figureSizeFor(chart, shown, { pad, ...opts }), data, theme, { ...opts, ...layout });
}

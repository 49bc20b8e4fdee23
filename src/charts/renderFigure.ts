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
import type { Chart, Size } from './types';

export type RenderTheme = FigureTheme | 'page';

export interface RenderOptions extends FigureOptions {
  /** The root element's id (exports scope their style to it); defaults to `figure-<chart>-<state>-<theme>`. */
  id?: string;
}

/**
 * The figure of `chart` in `state`, `size` being the whole figure (see
 * `figureSizeFor` to ask for a plot size instead). `data` is the chart's data
 * (src/charts/chartData.ts at build time).
 */
export function renderFigure(chart: Chart, state: string, size: Size, data: unknown, theme: RenderTheme, opts: RenderOptions = {}): string {
  const standalone = theme !== 'page';
  const fig = figureLayout(chart, state, size, { pad: standalone ? 16 : 0, ...opts });
  const marks = chart.layout(state, { width: fig.plot.width, height: fig.plot.height }, data);
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

/** A figure whose plot is `plot` (a chart's static size, say), its words and key added around it. */
export function renderFigureForPlot(chart: Chart, state: string, plot: Size, data: unknown, theme: RenderTheme, opts: RenderOptions = {}): string {
  const pad = theme === 'page' ? 0 : 16;
  return renderFigure(chart, state, figureSizeFor(chart, plot, { pad, ...opts }), data, theme, opts);
}

/**
 * What the build knows of a chart state for embedding it: the figure sizes
 * of its embed page, and the snippet target (src/embed/snippets.ts) the
 * gallery and the oEmbed file use. Build time only.
 */
import { figureSizeFor, stateAlt } from '../charts/figure';
import { exportPlotSize, exportSize } from '../charts/exports';
import { fittedPlot } from '../charts/renderFigure';
import { stateOf } from '../charts/define';
import type { Chart, Size } from '../charts/types';
import { siteHref, type SnippetTarget } from './snippets';

/** An embed page's figures: a phone's (the chart's still-figure plot) and a wider one (the exports' plot), shown by the frame's width. */
export function embedPlots(chart: Chart): { narrow: Size; wide: Size } {
  return { narrow: chart.staticSize, wide: exportPlotSize(chart) };
}

/** The frame width at and above which the embed shows its wide figure (CSS px; src/components/embed/EmbedPage.astro). */
export const WIDE_FROM = 480;

/** The width a snippet's frame is assumed to have when its height is estimated (a wiki's column). */
const FRAME_WIDTH = 640;
/** The embed page's words and controls around the figure at that width: title, caption, data toggle, credit (measured on the built page). */
const FRAME_CHROME = 190;

/** The height a snippet gives its iframe: the embed page's height in a 640 px column (auto-height then takes over where it can). */
export function frameHeight(chart: Chart, state: string, data: unknown): number {
  const fig = figureSizeFor(chart, fittedPlot(chart, state, embedPlots(chart).wide, data), { title: false });
  return Math.round(fig.height * ((FRAME_WIDTH - 32) / fig.width) + FRAME_CHROME);
}

/** The snippet target of `state`: `root` is the site's absolute root URL, `step` where the essay shows the state, `data` the chart's (src/charts/chartData.ts). */
export function snippetTarget(chart: Chart, state: string, root: string, step: string | null, data: unknown): SnippetTarget {
  const s = stateOf(chart, state);
  const essay = siteHref(root, `/${step ? `#${step}` : ''}`);
  return {
    root,
    chart: { id: chart.id, title: chart.title },
    state: { id: s.id, label: s.label, alt: stateAlt(s) },
    step,
    height: frameHeight(chart, s.id, data),
    image: exportSize(chart, s.id, data, essay),
  };
}

/**
 * The files every chart state is exported as, at build time, for wikis and
 * slides that take only images or data: the figure as SVG (light and dark),
 * PNG (1×, 2×, dark) and the numbers behind it as CSV and JSON. Addresses
 * end in their real extension (wikis decide by it):
 * `/charts/<chart>/<state>.svg`, `-dark.svg`, `.png`, `@2x.png`, `-dark.png`,
 * `.csv`, `.json` (../shared/design/architecture.md, "Public addresses").
 * Every file states where its numbers come from and its reuse terms.
 */
import { stateOf } from './define';
import { figureSizeFor } from './figure';
import { fittedPlot, renderFigureForPlot } from './renderFigure';
import type { Chart, DataTable, Size } from './types';

export type ExportKind = 'svg' | 'dark.svg' | 'png' | '2x.png' | 'dark.png' | 'csv' | 'json';

/** Each kind of export and the file name it takes after the state id. */
export const EXPORTS: readonly { kind: ExportKind; suffix: string; type: string }[] = [
  { kind: 'svg', suffix: '.svg', type: 'image/svg+xml; charset=utf-8' },
  { kind: 'dark.svg', suffix: '-dark.svg', type: 'image/svg+xml; charset=utf-8' },
  { kind: 'png', suffix: '.png', type: 'image/png' },
  { kind: '2x.png', suffix: '@2x.png', type: 'image/png' },
  { kind: 'dark.png', suffix: '-dark.png', type: 'image/png' },
  { kind: 'csv', suffix: '.csv', type: 'text/csv; charset=utf-8' },
  { kind: 'json', suffix: '.json', type: 'application/json; charset=utf-8' },
];

/** The reuse terms every export carries (ours). */
export const REUSE_TERMS =
  'The essay’s words are its author’s; this chart, its data file and the site’s code are under the MIT licence: reuse them with a link back.';

/** The width of an exported figure's plot: legible in a wiki column, sharp at 2×. */
export const EXPORT_PLOT_WIDTH = 600;

/** The plot size of a chart's exports: its static figure's proportions at EXPORT_PLOT_WIDTH. */
export function exportPlotSize(chart: Chart): Size {
  return { width: EXPORT_PLOT_WIDTH, height: Math.round((EXPORT_PLOT_WIDTH * chart.staticSize.height) / chart.staticSize.width) };
}

/** Where a chart's numbers come from, in a few words: "the essay’s figures, illustrative values". */
export function numbersFrom(chart: Chart): string {
  const kinds = [...new Set(chart.sources.map((s) => s.provenance))];
  const words: Record<string, string> = { essay: 'the essay’s figures', source: 'cited sources', simulation: 'our simulation', illustrative: 'illustrative values' };
  return kinds.map((k) => words[k]).join(', ');
}

/** The line at the foot of an exported figure: where its numbers come from, where it lives, its terms. */
export function creditLine(chart: Chart, pageUrl: string): string {
  return `Numbers: ${numbersFrom(chart)} (details at ${pageUrl}). ${REUSE_TERMS}`;
}

/** An exported figure: SVG text in `theme`, with the credit line; its plot ends where the state's marks do. */
export function exportSvg(chart: Chart, state: string, data: unknown, theme: 'light' | 'dark', pageUrl: string): string {
  return renderFigureForPlot(chart, state, exportPlotSize(chart), data, theme, { credit: creditLine(chart, pageUrl), fit: true });
}

/** The size of a state's exported figure (its SVG and its 1× PNG): as wide for every state, as tall as the state needs. */
export function exportSize(chart: Chart, state: string, data: unknown, pageUrl: string): Size {
  return figureSizeFor(chart, fittedPlot(chart, state, exportPlotSize(chart), data), { pad: 16, credit: creditLine(chart, pageUrl) });
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading formula character is neutralised (CSV injection). */
function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A state's data table as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark for spreadsheet programs). */
export function tableCsv(table: DataTable): string {
  return `\uFEFF${[table.columns, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A state's numbers as JSON: the table, the state's words, the sources and the terms. */
export function tableJson(chart: Chart, state: string, data: unknown, pageUrl: string): string {
  const s = stateOf(chart, state);
  const table = chart.table(state, data);
  return `${JSON.stringify(
    {
      chart: chart.id,
      title: chart.title,
      state: s.id,
      label: s.label,
      description: s.description,
      columns: table.columns,
      rows: table.rows,
      sources: chart.sources.map((x) => ({ provenance: x.provenance, text: x.text, ...(x.href ? { href: x.href } : {}) })),
      page: pageUrl,
      terms: REUSE_TERMS,
    },
    null,
    2,
  )}\n`;
}

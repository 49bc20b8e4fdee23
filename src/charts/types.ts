/**
 * The chart system's vocabulary. A chart is a set of named states and a pure
 * layout function `(data, state, size) → marks`; the same marks become the
 * build-time SVG (no JavaScript needed) and the client's animated update.
 */

/** The box a chart is laid out in, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

interface MarkBase {
  /** Stable across states: a mark with the same key moves; others enter or leave. */
  key: string;
  /** Space-separated CSS classes; colours come from the theme tokens, never from the layout. */
  className: string;
  opacity?: number;
}

export interface RectMark extends MarkBase {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
}
export interface CircleMark extends MarkBase {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}
export interface PathMark extends MarkBase {
  type: 'path';
  d: string;
}
export interface LineMark extends MarkBase {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface TextMark extends MarkBase {
  type: 'text';
  x: number;
  y: number;
  text: string;
  /** Font size in px. */
  size: number;
  anchor?: 'start' | 'middle' | 'end';
}

/** One drawable thing. Marks are painted in array order. */
export type Mark = RectMark | CircleMark | PathMark | LineMark | TextMark;

/** Where a number comes from. Every number a chart shows has one. */
export type Provenance = 'essay' | 'source' | 'simulation' | 'illustrative';

/** The numbers behind one state, for the data table and the downloads. */
export interface DataTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** One state of a chart: a public id (embeds and links use it), a label and a one-sentence description. */
export interface ChartState<S extends string = string> {
  id: S;
  /** A short name for the state (ours). */
  label: string;
  /** One sentence that says what the state shows; it doubles as the figure's text alternative. */
  description: string;
}

/** A line of the chart's caption: what a number is and where it comes from. */
export interface SourceNote {
  provenance: Provenance;
  text: string;
  /** A public address for a cited source, or a path on this site (from its root, e.g. `/methods/`). */
  href?: string;
  /** The link's text for a path on this site. */
  linkText?: string;
}

/** Everything the site needs to know about one chart. */
export interface ChartDefinition<S extends string = string> {
  /** Public id: used in `data-chart`, step declarations and embed URLs. */
  id: string;
  /** A takeaway title (ours). */
  title: string;
  states: readonly ChartState<S>[];
  /**
   * Data the layout needs that is too costly to compute on the reader's main
   * thread: computed at build time, fetched as a static file in the browser.
   * Await it before the first `layout` or `table`; charts without it are ready at once.
   */
  load?(): Promise<void>;
  /** The pure layout: no DOM, no `window`. */
  layout(state: S, size: Size): Mark[];
  /** The numbers behind a state. */
  table(state: S): DataTable;
  /** The caption: the source of every number. */
  sources: readonly SourceNote[];
  /** A legend that explains the marks by shape as well as colour (ours). */
  legend: readonly { className: string; shape: 'square' | 'hollow-square' | 'circle' | 'hollow-circle' | 'line' | 'triangle'; label: string }[];
}

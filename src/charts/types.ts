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
  /** One sentence that says what the state shows, drawn into the figure: short enough to read at a glance (three lines on a phone). */
  description: string;
  /** What the text alternative adds for a reader who cannot see the figure (the words on its marks), when the sentence does not say it. */
  detail?: string;
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

/**
 * Where a chart's data comes from. `module`: the chart's own figures, imported
 * with it. `file`: numbers too costly for the reader's main thread (the
 * simulation's preset), computed by the build (the chart folder's `build.ts`,
 * see src/charts/chartData.ts) and written to `path`, which the browser
 * fetches; `check` tells whether what arrived has the right shape.
 */
export type ChartData<D> = { kind: 'module'; value: D; check(x: unknown): x is D } | { kind: 'file'; path: string; check(x: unknown): x is D };

/** A legend entry: the marks explained by shape as well as colour (ours). */
export interface LegendItem {
  className: string;
  shape: 'square' | 'hollow-square' | 'circle' | 'hollow-circle' | 'line' | 'triangle';
  label: string;
}

/**
 * One chart, as its folder writes it: typed by its own state ids `S` and its
 * data `D`. `layout` and `table` are pure functions of their arguments: no
 * DOM, no `window`, no fetching, no module-level cache. Loading the data is
 * the caller's job (src/charts/data.ts).
 */
export interface ChartSpec<S extends string, D> {
  /** Public id: used in `data-chart`, step declarations and embed URLs. */
  id: string;
  /** A takeaway title (ours). */
  title: string;
  states: readonly ChartState<S>[];
  /** The state that makes the chart's point alone (the embed's default, the gallery's thumbnail, the handout's figure). */
  keyState: S;
  /** The size of its build-time figures, if not the common STATIC_SIZE (a taller chart needs a taller box). */
  staticSize?: Size;
  data: ChartData<D>;
  layout(state: S, size: Size, data: D): Mark[];
  /** The numbers behind a state. */
  table(state: S, data: D): DataTable;
  /** The caption: the source of every number. */
  sources: readonly SourceNote[];
  /** The key the figure draws under its sentence (src/charts/figure.ts); empty when the layout labels its marks itself. Short labels. */
  legend: readonly LegendItem[];
}

/**
 * A chart as the registry holds it, whatever its state and data types: what
 * pages, the engine and the tests use. A state id from an MDX file or an
 * address and data from a fetch are checked when they arrive (`defineChart`),
 * so callers need no casts.
 */
export interface Chart {
  id: string;
  title: string;
  states: readonly ChartState[];
  keyState: string;
  /** The size its build-time figures are drawn at; they scale with their box. */
  staticSize: Size;
  sources: readonly SourceNote[];
  legend: readonly LegendItem[];
  /** Where the browser fetches the chart's data (from the site's root), or null when the chart carries it. */
  dataPath: string | null;
  /** The chart's own data when it carries it (no loading needed), else undefined. */
  moduleData(): unknown;
  /** Whether `x` is data this chart can draw (a fetched file, for instance). */
  isData(x: unknown): boolean;
  hasState(id: string): boolean;
  /** The marks of `state` at `size`; throws, naming the valid states, on an unknown state or on data of the wrong shape. */
  layout(state: string, size: Size, data: unknown): Mark[];
  table(state: string, data: unknown): DataTable;
}

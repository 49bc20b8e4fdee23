/**
 * Embeds: the parameters an embed page reads from its address, the messages
 * it posts to the page that frames it, and the addresses of everything a
 * wiki links to. Pure (no DOM): the embed page, the gallery's snippet
 * generator, the oEmbed files and the tests share it.
 *
 * Public addresses (../shared/design/architecture.md): `/embed/<chart>/<state>/?theme=light|dark|auto`,
 * `/embed/<chart>/` (the key state), `/oembed/<chart>/<state>.json`, and the
 * host script `/embed/resize.js`.
 */

export type EmbedTheme = 'light' | 'dark' | 'auto';
export const EMBED_THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];

export interface EmbedParams {
  /** `auto` follows the reader's system setting. */
  theme: EmbedTheme;
  /** Show previous/next controls to step through the chart's states. */
  steps: boolean;
}

export const DEFAULT_EMBED_PARAMS: Readonly<EmbedParams> = { theme: 'auto', steps: false };

/**
 * An embed's parameters from its query string. Only known values are taken;
 * anything else (junk, script, an over-long value, a malformed escape) falls
 * back to the default. Nothing read here is ever written into the page as markup.
 */
export function parseEmbedParams(search: string): EmbedParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 2000 ? '' : search);
  } catch {
    return { ...DEFAULT_EMBED_PARAMS };
  }
  const theme = params.get('theme');
  const steps = params.get('steps');
  return {
    theme: EMBED_THEMES.find((t) => t === theme) ?? DEFAULT_EMBED_PARAMS.theme,
    steps: steps === '1' || steps === 'true',
  };
}

/** The query string of an embed's parameters: only those that differ from the defaults. */
export function embedQuery(p: EmbedParams, extra = ''): string {
  const q = new URLSearchParams();
  if (p.theme !== DEFAULT_EMBED_PARAMS.theme) q.set('theme', p.theme);
  if (p.steps) q.set('steps', '1');
  const s = [q.toString(), extra.replace(/^[?&]+/, '')].filter(Boolean).join('&');
  return s ? `?${s}` : '';
}

/** An embed page's path (from the site's root): the state's own page, or the chart's (its key state) when `state` is null. */
export function embedPath(chart: string, state: string | null): string {
  return state ? `/embed/${chart}/${state}/` : `/embed/${chart}/`;
}

/** An export's path: `suffix` as in src/charts/exports.ts (`.svg`, `-dark.png`, …). */
export function exportPath(chart: string, state: string, suffix: string): string {
  return `/charts/${chart}/${state}${suffix}`;
}

export const oembedPath = (chart: string, state: string): string => `/oembed/${chart}/${state}.json`;
export const galleryPath = (chart?: string): string => (chart ? `/charts/${chart}/` : '/charts/');
/** The optional host script that sizes iframes to their content. */
export const HOST_SCRIPT_PATH = '/embed/resize.js';

/**
 * The `sandbox` value to use where a wiki insists on one. Without
 * `allow-same-origin` the frame gets an opaque origin, and the page's module
 * scripts, the simulation's worker and auto-height fail; popups let the
 * link back to the essay open outside the frame.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * The message an embed posts to its parent whenever its height changes:
 * `{ type: 'uce:embed-height', version: 1, chart, state, height }` (CSS px).
 */
export const HEIGHT_MESSAGE = 'uce:embed-height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: 1;
  chart: string;
  state: string;
  height: number;
}
export function heightMessage(chart: string, state: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, version: 1, chart, state, height: Math.ceil(height) };
}

/**
 * The same height in the form Datawrapper's responsive-iframe listeners read
 * (`{ "datawrapper-height": { "<id>": <px> } }`), so a host that already has
 * one sizes our frames too. The id names the chart and state.
 */
export function datawrapperMessage(chart: string, state: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [`uce-${chart}-${state}`]: Math.ceil(height) } };
}

/** The heights a listener accepts: anything else in a message is ignored. */
export const HEIGHT_LIMITS = { min: 50, max: 20_000 } as const;

/** Whether a message's data is a height message a host should act on (the host script applies the same rule). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return d.type === HEIGHT_MESSAGE && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= HEIGHT_LIMITS.min && d.height <= HEIGHT_LIMITS.max;
}

/**
 * The `<style>` a figure carries when it leaves the site (an exported SVG, the
 * source of a PNG): the rules of src/styles/figure.css with the theme's
 * colours written in for the tokens of src/styles/tokens.css, scoped to the
 * figure's id. Literal values, because rasterisers and wikis know neither
 * custom properties nor `light-dark()`. Build-time only.
 */
import figureCss from '../styles/figure.css?raw';
import tokensCss from '../styles/tokens.css?raw';

export type FigureTheme = 'light' | 'dark';

/** The tokens of `:root`, raw: `light-dark(a, b)`, `var(--x)` or a plain value. */
function rootTokens(css: string): Map<string, string> {
  const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
  const tokens = new Map<string, string>();
  for (const m of root.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--([a-z0-9-]+)\s*:\s*([^;]+);/gi)) tokens.set(m[1] as string, (m[2] as string).trim());
  return tokens;
}

const TOKENS = rootTokens(tokensCss);

/** A token's value in `theme`, with `light-dark()` picked and `var()` followed. */
export function tokenValue(name: string, theme: FigureTheme, seen: readonly string[] = []): string {
  const raw = TOKENS.get(name);
  if (raw === undefined || seen.includes(name)) throw new Error(`figure style: no token --${name} in src/styles/tokens.css`);
  return resolve(raw, theme, [...seen, name]);
}

function resolve(value: string, theme: FigureTheme, seen: readonly string[]): string {
  const lightDark = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  if (lightDark) return resolve(theme === 'light' ? (lightDark[1] as string) : (lightDark[2] as string), theme, seen);
  return value.replace(/var\(--([a-z0-9-]+)\)/gi, (_, name: string) => tokenValue(name, theme, seen));
}

/** The flat rules of figure.css: selector list and body. */
const RULES = [...figureCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
  selectors: (m[1] as string).split(',').map((s) => s.trim()),
  body: (m[2] as string).trim().replace(/\s*\n\s*/g, ' '),
}));

/** The style sheet of one exported figure with root element id `id`, in `theme`. */
export function figureStyle(id: string, theme: FigureTheme): string {
  return RULES.map(({ selectors, body }) => {
    const scoped = selectors.map((s) => (s === '.figure' ? `#${id}` : `#${id} ${s}`)).join(',');
    return `${scoped}{${resolve(body, theme, [])}}`;
  }).join('');
}

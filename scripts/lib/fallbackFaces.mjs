// @ts-check
/**
 * Metric-matched fallbacks for Source Serif 4 on systems without Times New Roman.
 *
 * Astro's `fonts` config writes one adjusted fallback face, on `local("Times New Roman")`
 * (its table for the generic `serif`). Linux and Android have no Times New Roman and often no
 * Georgia, so until Source Serif arrives they set the text in an unadjusted serif (DejaVu Serif
 * on Debian, 8% wider) and the text re-wraps when the web font swaps in: a layout shift of 0.10
 * on Methods at 375 px, measured in session 8. These faces give those systems the same treatment
 * as Times New Roman gets: the serif they do have, scaled to Source Serif's average width, with
 * its ascent and descent.
 *
 * The arithmetic is Astro's own (capsize-font-metrics-resolver.js, adapted from Capsize's
 * createFontStack): size-adjust is the ratio of average character widths, and the overrides are
 * Source Serif's vertical metrics in the adjusted em. `npm run fonts` writes the faces to
 * src/styles/fallback-faces.css; a unit test checks that file against this code and the
 * checked-in font.
 */

/**
 * @typedef {{ ascent: number, descent: number, lineGap: number, unitsPerEm: number, xWidthAvg: number }} Metrics
 * @typedef {{ family: string, normal: string[], italic: string[], metrics: Metrics, source: string }} Fallback
 */

/** Names in the font stack, in order of preference after Astro's own Times New Roman face. */
export const FALLBACK_PREFIX = 'Source Serif 4 fallback: ';

/** @type {Fallback[]} */
export const FALLBACKS = [
  {
    // Metric-compatible with Times New Roman (the same advance widths); Tinos is its ChromeOS name.
    family: 'Liberation Serif',
    normal: ['Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'],
    italic: ['Liberation Serif Italic', 'LiberationSerif-Italic', 'Tinos Italic', 'Tinos-Italic'],
    metrics: { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 },
    source: 'LiberationSerif-Regular.ttf (fonts-liberation), read with @capsizecss/unpack; the same as Tinos in @capsizecss/metrics',
  },
  {
    // Android's serif.
    family: 'Noto Serif',
    normal: ['Noto Serif', 'NotoSerif-Regular', 'Noto Serif Regular'],
    italic: ['Noto Serif Italic', 'NotoSerif-Italic'],
    metrics: { ascent: 1069, descent: -293, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 481 },
    source: '@capsizecss/metrics (notoSerif)',
  },
  {
    // Debian's and many Linux desktops' default serif (fc-match serif).
    family: 'DejaVu Serif',
    normal: ['DejaVu Serif', 'DejaVuSerif'],
    italic: ['DejaVu Serif Italic', 'DejaVuSerif-Italic'],
    metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1058 },
    source: 'DejaVuSerif.ttf (fonts-dejavu-core), read with @capsizecss/unpack',
  },
];

/** The family names for astro.config.mjs's `fallbacks`, before the generic family. */
export const FALLBACK_FAMILIES = FALLBACKS.map((f) => FALLBACK_PREFIX + f.family);

/** @param {number} value */
const percent = (value) => `${Number.parseFloat((value * 100).toFixed(4))}%`;

/**
 * The overrides that make `fallback` set text in the space `font` would take (Astro's formula).
 * @param {Metrics} font
 * @param {Metrics} fallback
 */
export function overrides(font, fallback) {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(font.ascent / em),
    'descent-override': percent(Math.abs(font.descent) / em),
    'line-gap-override': percent(font.lineGap / em),
  };
}

/**
 * The stylesheet: a regular and an italic face per fallback. The italic uses the regular's
 * metrics, as Astro's own fallback does.
 * @param {Metrics} font Source Serif's metrics, read from the checked-in regular face
 */
export function fallbackFacesCss(font) {
  const header = [
    '/*',
    ' * Written by `npm run fonts` (scripts/lib/fallbackFaces.mjs): do not edit.',
    ' * Source Serif 4 fallbacks for systems without Times New Roman (Linux, Android),',
    ' * scaled to its width and vertical metrics so text does not re-wrap when it arrives.',
    ' */',
  ];
  const rules = FALLBACKS.flatMap((fallback) => {
    const props = Object.entries(overrides(font, fallback.metrics)).map(([k, v]) => `  ${k}: ${v};`);
    return /** @type {const} */ (['normal', 'italic']).map((style) =>
      [
        '@font-face {',
        `  font-family: '${FALLBACK_PREFIX}${fallback.family}';`,
        `  src: ${fallback[style].map((name) => `local('${name}')`).join(', ')};`,
        '  font-weight: 400;',
        `  font-style: ${style};`,
        '  font-display: swap;',
        ...props,
        '}',
      ].join('\n'),
    );
  });
  return `${header.join('\n')}\n${rules.join('\n')}\n`;
}

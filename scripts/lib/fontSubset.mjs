// @ts-check
/** Every character the site may set in the serif face: Basic Latin plus the marks the essay and our captions use. */
export const SERIF_CHARACTERS =
  Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '\u00a0’‘“”–—…•·×→←↑↓−≈≤≥°é';

/** The faces we self-host, from the npm package, and where their subsets go in src/assets/fonts/. */
export const FACES = /** @type {const} */ ([
  { from: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', to: 'source-serif-4-400-normal.woff2' },
  { from: '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2', to: 'source-serif-4-400-italic.woff2' },
]);

/**
 * The OpenType features we keep: kerning, standard ligatures and the features
 * text shaping relies on. Dropping the rest (old-style figures, small caps,
 * fractions, stylistic sets the site never asks for) saves about 4 KB.
 */
export const KEEP_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];

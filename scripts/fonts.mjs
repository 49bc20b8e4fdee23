// @ts-check
/**
 * `npm run fonts`: writes the self-hosted faces in src/assets/fonts/ from the
 * npm package @fontsource/source-serif-4, subset to SERIF_CHARACTERS. A
 * smaller font paints the essay sooner on a phone (see
 * shared/design/performance.md); a unit test checks that every character in
 * content/ is covered. Run it after changing the character set or the package.
 * It also writes src/styles/fallback-faces.css, the metric-matched fallbacks
 * for systems without Times New Roman, from the regular face's metrics.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
// @ts-expect-error: subset-font ships no type declarations
import subsetFont from 'subset-font';
import { fromFile } from '@capsizecss/unpack/fs';
import { fileURLToPath } from 'node:url';
import { FACES, KEEP_FEATURES, SERIF_CHARACTERS } from './lib/fontSubset.mjs';
import { fallbackFacesCss } from './lib/fallbackFaces.mjs';

const require = createRequire(import.meta.url);
const outDir = new URL('../src/assets/fonts/', import.meta.url);
await mkdir(outDir, { recursive: true });
for (const face of FACES) {
  const source = await readFile(require.resolve(face.from));
  const subset = await subsetFont(source, SERIF_CHARACTERS, { targetFormat: 'woff2', keepFeatures: KEEP_FEATURES });
  await writeFile(new URL(face.to, outDir), subset);
  console.log(`${face.to}: ${source.length} → ${subset.length} bytes`);
}

const metrics = await fromFile(fileURLToPath(new URL(FACES[0].to, outDir)));
await writeFile(new URL('../src/styles/fallback-faces.css', import.meta.url), fallbackFacesCss(metrics));
console.log('src/styles/fallback-faces.css: fallbacks for', FACES[0].to);

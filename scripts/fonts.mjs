// @ts-check
/**
 * `npm run fonts`: writes the self-hosted faces in src/assets/fonts/ from the
 * npm package @fontsource/source-serif-4, subset to SERIF_CHARACTERS. A
 * smaller font paints the essay sooner on a phone (see
 * shared/design/performance.md); a unit test checks that every character in
 * content/ is covered. Run it after changing the character set or the package.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
// @ts-expect-error: subset-font ships no type declarations
import subsetFont from 'subset-font';
import { FACES, KEEP_FEATURES, SERIF_CHARACTERS } from './lib/fontSubset.mjs';

const require = createRequire(import.meta.url);
const outDir = new URL('../src/assets/fonts/', import.meta.url);
await mkdir(outDir, { recursive: true });
for (const face of FACES) {
  const source = await readFile(require.resolve(face.from));
  const subset = await subsetFont(source, SERIF_CHARACTERS, { targetFormat: 'woff2', keepFeatures: KEEP_FEATURES });
  await writeFile(new URL(face.to, outDir), subset);
  console.log(`${face.to}: ${source.length} → ${subset.length} bytes`);
}

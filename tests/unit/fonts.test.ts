import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromFile } from '@capsizecss/unpack/fs';
import { describe, expect, it } from 'vitest';
import { FACES, SERIF_CHARACTERS } from '../../scripts/lib/fontSubset.mjs';
import { FALLBACKS, fallbackFacesCss, overrides } from '../../scripts/lib/fallbackFaces.mjs';

describe('the self-hosted font subset', () => {
  it('covers every character the essay’s sections use', () => {
    const dir = new URL('../../content/', import.meta.url);
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('');
    const missing = [...new Set(text.replace(/\s/g, ''))].filter((c) => !SERIF_CHARACTERS.includes(c));
    expect(missing).toEqual([]);
  });

  it('is written for every face the site loads, and is a real WOFF2 file', () => {
    for (const face of FACES) {
      const bytes = readFileSync(new URL(`../../src/assets/fonts/${face.to}`, import.meta.url));
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(bytes.length).toBeGreaterThan(5_000);
    }
  });
});

describe('the fallback faces for systems without Times New Roman', () => {
  const regular = fileURLToPath(new URL(`../../src/assets/fonts/${FACES[0].to}`, import.meta.url));

  it('use Astro’s arithmetic: Times New Roman’s metrics give the overrides Astro writes for its own fallback', async () => {
    // The figures of Astro's face `…fallback: Times New Roman` in the built pages, for the checked-in subset.
    const timesNewRoman = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };
    expect(overrides(await fromFile(regular), timesNewRoman)).toEqual({
      'size-adjust': '117.9077%',
      'ascent-override': '87.8653%',
      'descent-override': '28.4121%',
      'line-gap-override': '0%',
    });
  });

  it('are the file `npm run fonts` writes for the checked-in font (rerun it after changing the font)', async () => {
    const written = readFileSync(new URL('../../src/styles/fallback-faces.css', import.meta.url), 'utf8');
    expect(written).toBe(fallbackFacesCss(await fromFile(regular)));
    expect(written.match(/@font-face/g)).toHaveLength(FALLBACKS.length * 2);
  });

  // The metrics written in for each fallback are checked against the real file wherever this machine has it
  // (Debian: fonts-dejavu-core, fonts-liberation); Noto Serif's come from @capsizecss/metrics.
  const files: Record<string, string> = {
    'Liberation Serif': '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    'DejaVu Serif': '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  };
  for (const fallback of FALLBACKS.filter((f) => files[f.family])) {
    const file = files[fallback.family] as string;
    it.skipIf(!existsSync(file))(`have ${fallback.family}’s own metrics`, async () => {
      const m = await fromFile(file);
      expect(fallback.metrics).toEqual({ ascent: m.ascent, descent: m.descent, lineGap: m.lineGap, unitsPerEm: m.unitsPerEm, xWidthAvg: m.xWidthAvg });
      expect(fallback.normal).toContain(m.fullName);
    });
  }
});

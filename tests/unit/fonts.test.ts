import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACES, SERIF_CHARACTERS } from '../../scripts/lib/fontSubset.mjs';

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

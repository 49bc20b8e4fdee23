import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The palette, read from the one place it is written (src/styles/tokens.css),
 * checked as pure arithmetic in both themes: text at least 4.5:1 against
 * every surface it sits on, chart marks at least 3:1 (WCAG 1.4.3, 1.4.11).
 */
const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const tokens = new Map<string, [string, string]>();
for (const m of css.matchAll(/--([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) tokens.set(m[1]!, [m[2]!, m[3]!]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** The WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const THEMES = ['light', 'dark'] as const;
const value = (name: string, theme: (typeof THEMES)[number]) => {
  const pair = tokens.get(name);
  if (!pair) throw new Error(`no token --${name} in tokens.css`);
  return pair[theme === 'light' ? 0 : 1];
};
const SURFACES = ['paper', 'paper-raised', 'paper-sunk'];

describe('the palette (src/styles/tokens.css)', () => {
  it('contrast(a, b) is the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
  });

  for (const theme of THEMES) {
    it(`sets text at 4.5:1 or more on every surface (${theme})`, () => {
      for (const text of ['ink', 'ink-muted', 'craft', 'lead', 'focus']) {
        for (const surface of SURFACES) expect(contrast(value(text, theme), value(surface, theme)), `--${text} on --${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`draws chart marks at 3:1 or more against the page (${theme})`, () => {
      for (const mark of ['craft', 'lead', 'ink', 'ink-muted', 'arm-today', 'water']) {
        for (const surface of SURFACES) expect(contrast(value(mark, theme), value(surface, theme)), `--${mark} on --${surface}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`tells the simulation's two arms apart by lightness, 3:1 or more (${theme})`, () => {
      expect(contrast(value('arm-today', theme), value('ink', theme))).toBeGreaterThanOrEqual(3);
    });
  }
});

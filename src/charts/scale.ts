import type { Size } from './types';

/** The size every chart is drawn at for the build-time (no-JavaScript) figures; they scale with their box. */
export const STATIC_SIZE: Size = { width: 320, height: 240 };

/** Label size for a chart of this width: never under 14 px, so a static figure shown at 288 px still sets 12.6 px text. */
export function labelSize(width: number): number {
  return Math.max(14, Math.min(17, width / 28));
}

/** A deterministic shuffle (linear congruential), so layouts never depend on Math.random. */
export function seededOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

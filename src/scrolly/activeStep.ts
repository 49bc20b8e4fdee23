/**
 * Which step is active, from geometry: the last step of a block whose top has
 * passed the trigger line. Scrollama's events say *when* to look; this says
 * *which*, so a missed or out-of-order event (fast scrolls, zoom, resize:
 * scrollama #26, #64, #145) never leaves the wrong step active. Pure.
 */
export function activeStepAt(tops: readonly { id: string; top: number; bottom: number }[], triggerLine: number): string | null {
  if (!tops.length) return null;
  const first = tops[0] as { top: number };
  const last = tops[tops.length - 1] as { bottom: number };
  // Before the block reaches the line, its first step is the one to show;
  // after the block has passed, its last.
  if (triggerLine < first.top) return tops[0]?.id ?? null;
  if (triggerLine > last.bottom) return tops[tops.length - 1]?.id ?? null;
  let current: string | null = tops[0]?.id ?? null;
  for (const { id, top } of tops) if (top <= triggerLine) current = id;
  return current;
}

/** The trigger line as a fraction of the viewport: lower on narrow screens, where the chart band takes the top. */
export function triggerOffset(viewportWidth: number): number {
  return viewportWidth >= 1280 ? 0.5 : 0.62;
}

/** Whether moving between two step indices should animate: only to a neighbour, and only under full motion. */
export function shouldAnimate(from: number, to: number, motion: 'full' | 'reduce', jump: boolean): boolean {
  return motion === 'full' && !jump && from >= 0 && Math.abs(to - from) === 1;
}

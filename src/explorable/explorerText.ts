/**
 * What the explorable says and the sizes it draws at, shared by the build
 * (LaddersExplorer.astro) and the client (laddersExplorer.ts), so the words a
 * reader sees without JavaScript are the words the live version announces.
 */
import type { Summary } from '../data/simulation/scenario';
import type { Size } from '../charts/types';
import { formatCount as n } from '../charts/ladders/layout';

/** The build-time figures' sizes; the client redraws at the frame's own size (same aspect ratios: 2:1 and 16:9). */
export const PEOPLE_SIZE: Size = { width: 560, height: 280 };
export const COUNTS_SIZE: Size = { width: 560, height: 315 };


/** One sentence that answers the essay's question for a scenario (announced to screen readers after each change). */
export function explorerSentence(linear: Summary, parallel: Summary, years: number): string {
  return (
    `After ${years} years, people still brilliant at their craft: ${n(linear.brilliant)} under linear progression, ` +
    `${n(parallel.brilliant)} under parallel tracks. Efficiency: ${linear.efficiency.toFixed(0)}% and ${parallel.efficiency.toFixed(0)}%.`
  );
}

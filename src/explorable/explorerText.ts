/**
 * What the explorable says and the sizes it draws at, shared by the build
 * (LaddersExplorer.astro) and the client (laddersExplorer.ts), so the words a
 * reader sees without JavaScript are the words the live version announces.
 */
import { armName, comboOf, decompose, PROPOSAL, summarise, TODAY, type ScenarioResult } from '../data/simulation/scenario';
import { formatCount, formatSigned } from '../charts/ladders/layout';
import type { Size } from '../charts/types';

/** The build-time figures' sizes; the client redraws at the frame's own size. */
export const RESULT_SIZE: Size = { width: 560, height: 400 };
export const PEOPLE_SIZE: Size = { width: 860, height: 420 };

/**
 * One sentence (or two) that says what a scenario shows, claiming no more
 * than its numbers: announced to screen readers after each change, and
 * always shown beside the controls.
 */
export function explorerSentence(result: ScenarioResult): string {
  const { years } = result.settings;
  const chosen = comboOf(result.settings);
  const t = summarise(result.arms.today);
  const c = summarise(result.arms.chosen);
  if (chosen === TODAY) {
    return `Both arms are today’s practice, so they are the same organisation: after ${years} years, efficiency ${t.efficiency.toFixed(1)}%, ${formatCount(t.brilliantAll)} people brilliant at their craft.`;
  }
  const d = decompose(result.combos, 'efficiency');
  const split = d ? `; ${formatSigned(d.basis)} of it from promoting for the job to be done, ${formatSigned(d.structure)} from parallel ladders` : '';
  return (
    `After ${years} years, efficiency ${t.efficiency.toFixed(1)}% under today’s practice and ${c.efficiency.toFixed(1)}% under ${armName(chosen).replace(/^./, (ch) => ch.toLowerCase())}` +
    ` (${formatSigned(c.efficiency - t.efficiency)} points${chosen === PROPOSAL ? split : ''}).`
  );
}

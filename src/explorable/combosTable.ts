/**
 * The table that stays beside the explorable's controls: the four
 * combinations of structure × basis for the reader's skill transfer and
 * strategy, and how the difference between the essay's proposal and today's
 * practice splits into the basis's part, the structure's part and the rest.
 * Pure: the build writes it for the default scenario, the client rewrites its cells.
 */
import { armName, COMBOS, comboLabel, decompose, PROPOSAL, STRATEGY_LABELS, TODAY, type ScenarioResult, type Summary } from '../data/simulation/scenario';
import { DECOMPOSITION_PARTS, formatCount, formatSigned } from '../charts/ladders/layout';

export const COMBO_COLUMNS = ['', 'Efficiency (%)', 'Leadership of managers (1–10)', 'Brilliant at their craft, any seat'] as const;
const MEASURES: readonly { id: keyof Summary; format: (x: number) => string; signed: (x: number) => string }[] = [
  { id: 'efficiency', format: (x) => x.toFixed(1), signed: formatSigned },
  { id: 'leadership', format: (x) => x.toFixed(2), signed: (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}` },
  { id: 'brilliantAll', format: formatCount, signed: formatSigned },
];

/** The combinations' row labels, in the order the rows are written (the parts of the difference follow, from DECOMPOSITION_PARTS). */
export const COMBO_ROWS: readonly string[] = COMBOS.map((c) => `${comboLabel(c)}${c === TODAY || c === PROPOSAL ? ` (${armName(c).replace(/^The/, 'the')})` : ''}`);

export function combosTable(result: ScenarioResult): { caption: string; rows: string[][] } {
  const strategy = STRATEGY_LABELS.find((s) => s.id === result.settings.strategy)?.label ?? result.settings.strategy;
  const caption = `The four combinations after ${result.settings.years} years, skill transfer ${result.settings.rho.toFixed(2)}, promoting ${strategy}: averages of ${result.runs} runs of our simulation.`;
  const rows: string[][] = COMBOS.map((c, i) => [COMBO_ROWS[i] as string, ...MEASURES.map((m) => (result.combos[c] ? m.format(result.combos[c][m.id]) : '…'))]);
  const parts = MEASURES.map((m) => decompose(result.combos, m.id));
  for (const part of DECOMPOSITION_PARTS) {
    rows.push([part.long, ...MEASURES.map((m, j) => (parts[j] ? m.signed(parts[j][part.key]) : '…'))]);
  }
  return { caption, rows };
}

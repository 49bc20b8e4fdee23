/**
 * The sweep behind the Methods page and `npm run experiment -- --ladders`:
 * every structure × basis × strategy over the skill transfer ρ from 0 to 1,
 * so that every sentence the site says about the simulation can be checked
 * against the grid it rests on: where the proposal helps, where it makes no
 * difference, where it hurts.
 */
import { STRATEGIES, type Strategy } from './pluchino';
import { DEFAULT_SETTINGS, COMBOS, runOutcome, splitCombo, summarise, type Combo, type Settings, type Summary } from './scenario';
import type { Basis, Structure } from './ladders';

/** The grid: ρ in steps of 0.1, 20 runs × 100 years per cell, from one stated seed. */
export const SWEEP = {
  rhos: Array.from({ length: 11 }, (_, i) => i / 10),
  runs: 20,
  years: 100,
  seed: DEFAULT_SETTINGS.seed,
} as const;

/** One cell of the grid: its settings and the last year's averages (counts per year averaged over the years). */
export interface SweepRecord extends Summary {
  structure: Structure;
  basis: Basis;
  strategy: Strategy;
  rho: number;
}

export interface SweepOptions {
  rhos?: readonly number[];
  runs?: number;
  years?: number;
  seed?: number;
  strategies?: readonly Strategy[];
}

/** Runs the grid; one record per structure, basis, strategy and ρ, in that nesting (ρ innermost). */
export function sweep({ rhos = SWEEP.rhos, runs = SWEEP.runs, years = SWEEP.years, seed = SWEEP.seed, strategies = STRATEGIES }: SweepOptions = {}): SweepRecord[] {
  const out: SweepRecord[] = [];
  for (const combo of COMBOS) {
    const { structure, basis } = splitCombo(combo);
    for (const strategy of strategies) {
      for (const rho of rhos) {
        const settings: Settings = { ...DEFAULT_SETTINGS, rho, structure, basis, strategy, years, seed };
        out.push({ structure, basis, strategy, rho, ...summarise(runOutcome(settings, combo, runs)) });
      }
    }
  }
  return out;
}

/** The record of one cell. */
export function cell(records: readonly SweepRecord[], combo: Combo, strategy: Strategy, rho: number): SweepRecord {
  const { structure, basis } = splitCombo(combo);
  const r = records.find((x) => x.structure === structure && x.basis === basis && x.strategy === strategy && Math.abs(x.rho - rho) < 1e-9);
  if (!r) throw new Error(`sweep: no cell for ${combo}, ${strategy}, ρ = ${rho}`);
  return r;
}

/**
 * The published baseline: A. Pluchino, A. Rapisarda, C. Garofalo, “The Peter
 * principle revisited: a computational study”, Physica A 389 (2010) 467–472
 * (arXiv:0907.0455). Pure TypeScript, no DOM; typed arrays for speed.
 *
 * Choices the paper leaves open, named here so they can be checked:
 * - CLIP: competence and age draws outside [1, 10] and [18, 60] are clipped to the range.
 * - ORDER: each year, everyone ages by one; then agents with competence below 4
 *   are dismissed and agents older than 60 retire; then vacancies are filled
 *   from the top level down, each by promoting one agent from the level
 *   immediately below (whose seat then opens in turn); bottom-level vacancies
 *   are filled by recruits drawn from the initial distributions.
 * - VACANCY ORDER: within a level, vacancies are filled in seat order.
 * - TIES: *the best* and *the worst* take the first agent in seat order among equals.
 * - EMPTY LEVEL: a vacancy whose level below is empty stays open for the year (it never happens with these sizes).
 * - EFFICIENCY: an open seat counts as competence 0.
 * - GAIN: the asymptotic efficiency is the mean of the last 400 of 1,000 years;
 *   the gain is asymptotic minus initial efficiency, in percentage points,
 *   averaged over runs (the relative gain is reported beside it).
 */
import { createRandom, type Random } from './random';

export const LEVEL_SIZES = [1, 5, 11, 21, 41, 81] as const;
export const LEVEL_WEIGHTS = [1.0, 0.9, 0.8, 0.6, 0.4, 0.2] as const;
export const DISMISSAL_THRESHOLD = 4;
export const RETIREMENT_AGE = 60;
export const MIX_P = 0.47;

export type Hypothesis = 'common-sense' | 'peter';
export type Strategy = 'best' | 'worst' | 'random' | 'mix';
export const HYPOTHESES: readonly Hypothesis[] = ['common-sense', 'peter'];
export const STRATEGIES: readonly Strategy[] = ['best', 'worst', 'random', 'mix'];

const N = LEVEL_SIZES.reduce((a, b) => a + b, 0); // 160
/** Index of the first seat of each level. */
const START = LEVEL_SIZES.map((_, i) => LEVEL_SIZES.slice(0, i).reduce((a, b) => a + b, 0));
const MAX_EFFICIENCY = LEVEL_SIZES.reduce((sum, n, i) => sum + 10 * n * (LEVEL_WEIGHTS[i] as number), 0);

const clip = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** One organisation: competence and age per seat (NaN competence = open seat). */
export interface Organisation {
  competence: Float64Array;
  age: Float64Array;
  random: Random;
}

function recruitCompetence(random: Random): number {
  return clip(random.normal(7, 2), 1, 10);
}
function recruitAge(random: Random): number {
  return clip(random.normal(25, 5), 18, 60);
}

/** A new organisation with every seat filled from the initial distributions. */
export function createOrganisation(seed: number): Organisation {
  const random = createRandom(seed);
  const competence = new Float64Array(N);
  const age = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    competence[i] = recruitCompetence(random);
    age[i] = recruitAge(random);
  }
  return { competence, age, random };
}

/** Global efficiency, in percent: 100 · Σ r_i C_i / Σ 10 n_i r_i. */
export function efficiency(org: Organisation): number {
  let sum = 0;
  for (let level = 0; level < LEVEL_SIZES.length; level++) {
    const start = START[level] as number;
    const end = start + (LEVEL_SIZES[level] as number);
    let c = 0;
    for (let s = start; s < end; s++) {
      const v = org.competence[s] as number;
      if (v === v) c += v;
    }
    sum += (LEVEL_WEIGHTS[level] as number) * c;
  }
  return (100 * sum) / MAX_EFFICIENCY;
}

/**
 * The *random* strategy: one of the filled seats in [start, end) (a filled
 * seat holds a number, an open one NaN), each as likely, or -1 if none.
 * Shared with the extension (ladders.ts), which must draw exactly as the paper's model does.
 */
export function pickRandomSeat(values: Float64Array, random: Random, start: number, end: number): number {
  let count = 0;
  for (let s = start; s < end; s++) if (values[s] === values[s]) count++;
  if (!count) return -1;
  let k = Math.floor(random.next() * count);
  for (let s = start; s < end; s++) if (values[s] === values[s] && k-- === 0) return s;
  return -1;
}

function pick(org: Organisation, level: number, strategy: Strategy): number {
  const start = START[level] as number;
  const end = start + (LEVEL_SIZES[level] as number);
  const { competence, random } = org;
  let mode = strategy;
  if (mode === 'mix') mode = random.next() < MIX_P ? 'best' : 'worst';
  if (mode === 'random') return pickRandomSeat(competence, random, start, end);
  let chosen = -1;
  let best = mode === 'best' ? -Infinity : Infinity;
  for (let s = start; s < end; s++) {
    const c = competence[s] as number;
    if (c !== c) continue;
    if (mode === 'best' ? c > best : c < best) {
      best = c;
      chosen = s;
    }
  }
  return chosen;
}

/** What one year did: seats emptied by dismissal and by retirement, promotions made. */
export interface YearCounts {
  dismissed: number;
  retired: number;
  promoted: number;
}

/** Advances the organisation by one year. */
export function step(org: Organisation, hypothesis: Hypothesis, strategy: Strategy): YearCounts {
  const { competence, age, random } = org;
  let dismissed = 0;
  let retired = 0;
  let promoted = 0;
  for (let s = 0; s < N; s++) {
    if (competence[s] !== competence[s]) continue;
    age[s] = (age[s] as number) + 1;
    if ((competence[s] as number) < DISMISSAL_THRESHOLD) {
      competence[s] = NaN;
      dismissed++;
    } else if ((age[s] as number) > RETIREMENT_AGE) {
      competence[s] = NaN;
      retired++;
    }
  }
  const bottom = LEVEL_SIZES.length - 1;
  for (let level = 0; level < bottom; level++) {
    const start = START[level] as number;
    const end = start + (LEVEL_SIZES[level] as number);
    for (let s = start; s < end; s++) {
      if (competence[s] === competence[s]) continue;
      const from = pick(org, level + 1, strategy);
      if (from < 0) continue;
      const old = competence[from] as number;
      competence[s] = hypothesis === 'common-sense' ? clip(old + (random.next() * 2 - 1), 1, 10) : recruitCompetence(random);
      age[s] = age[from] as number;
      competence[from] = NaN;
      promoted++;
    }
  }
  const start = START[bottom] as number;
  for (let s = start; s < N; s++) {
    if (competence[s] === competence[s]) continue;
    competence[s] = recruitCompetence(random);
    age[s] = recruitAge(random);
  }
  return { dismissed, retired, promoted };
}

export interface RunResult {
  initial: number;
  asymptotic: number;
  /** Efficiency per year, year 0 first. */
  series: Float64Array;
}

/** One run: `years` steps from a fresh organisation; the asymptote is the mean of the last `tail` years. */
export function run(seed: number, hypothesis: Hypothesis, strategy: Strategy, years = 1000, tail = 400): RunResult {
  const org = createOrganisation(seed);
  const series = new Float64Array(years + 1);
  series[0] = efficiency(org);
  let tailSum = 0;
  for (let t = 1; t <= years; t++) {
    step(org, hypothesis, strategy);
    const e = efficiency(org);
    series[t] = e;
    if (t > years - tail) tailSum += e;
  }
  return { initial: series[0] as number, asymptotic: tailSum / Math.min(tail, years), series };
}

export interface ExperimentResult {
  runs: number;
  years: number;
  /** Mean initial efficiency over every run, in percent. */
  initial: number;
  /** Mean gain (asymptotic − initial), in percentage points, per hypothesis and strategy. */
  gain: Record<Hypothesis, Record<Strategy, number>>;
  /** The same, relative to the initial efficiency, in percent. */
  relativeGain: Record<Hypothesis, Record<Strategy, number>>;
}

/** The paper's experiment: every hypothesis × strategy, `runs` runs of `years` years, seeds `seed`, `seed + 1`, …. */
export function experiment({ runs = 50, years = 1000, seed = 1 } = {}): ExperimentResult {
  const gain = {} as ExperimentResult['gain'];
  const relativeGain = {} as ExperimentResult['relativeGain'];
  let initialSum = 0;
  let initialCount = 0;
  for (const h of HYPOTHESES) {
    gain[h] = {} as Record<Strategy, number>;
    relativeGain[h] = {} as Record<Strategy, number>;
    for (const s of STRATEGIES) {
      let g = 0;
      let rg = 0;
      for (let r = 0; r < runs; r++) {
        // The same seeds for every cell: each strategy starts from the same organisations.
        const result = run(seed + r, h, s, years, Math.min(400, years));
        g += result.asymptotic - result.initial;
        rg += (100 * (result.asymptotic - result.initial)) / result.initial;
        initialSum += result.initial;
        initialCount++;
      }
      gain[h][s] = g / runs;
      relativeGain[h][s] = rg / runs;
    }
  }
  return { runs, years, initial: initialSum / initialCount, gain, relativeGain };
}

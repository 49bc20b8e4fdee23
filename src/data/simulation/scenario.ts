/**
 * A reader's scenario: the settings of the explorable (skill transfer,
 * promotion rule, years, seed), their URL form, and one run of the same
 * organisation under both structures. Pure: used by the Web Worker, by the
 * build (the preset figures for readers without JavaScript) and by the tests.
 */
import type { Strategy } from './pluchino';
import {
  createLadders,
  laddersMeasures,
  laddersStep,
  BRILLIANT,
  SEATS,
  type LaddersOrganisation,
  type Structure,
} from './ladders';

export interface Settings {
  /** Skill transfer ρ, 0–1 in steps of 0.05. */
  rho: number;
  /** Who is promoted into an open seat. */
  rule: Strategy;
  /** Years simulated, 10–100. */
  years: number;
  /** Seed of the first run; run k uses seed + k. 1–999,999. */
  seed: number;
}

export const RULES: readonly { id: Strategy; label: string }[] = [
  { id: 'best', label: 'the best at the job' },
  { id: 'random', label: 'at random' },
  { id: 'mix', label: 'best or worst (47% best)' },
  { id: 'worst', label: 'the worst at the job' },
];

export const LIMITS = {
  rho: { min: 0, max: 1, step: 0.05 },
  years: { min: 10, max: 100, step: 5 },
  seed: { min: 1, max: 999_999 },
} as const;

/** Runs per structure behind every average the reader sees. */
export const RUNS = 20;

/**
 * The default scenario (our settings, not findings): skill transfer 0.1,
 * near the empirical reference (Benson, Li & Shue, QJE 2019, found that the
 * best salespeople, once promoted, became worse managers, judged by their teams’ sales: little of the
 * craft carried over); promotion of the best at the job, as most
 * organisations do; 40 years, about one working life.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = { rho: 0.1, rule: 'best', years: 40, seed: 2024 };

/** Where the empirical reference sits on the skill-transfer scale: “near zero” (our reading of Benson, Li & Shue 2019; they publish no ρ). */
export const BENSON_REFERENCE = { rho: 0.05, label: 'Benson, Li & Shue (2019): near zero' } as const;

const round = (x: number, step: number) => Math.round(x / step) * step;

function number(value: string | null | undefined): number | null {
  if (value == null || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * Settings from URL search parameters (`rho`, `rule`, `years`, `seed`). Anything
 * missing or malformed falls back to the default; numbers are clamped to
 * their range and rounded to their step. Never throws.
 */
export function parseSettings(params: URLSearchParams | string): Settings {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const rho = number(p.get('rho'));
  const years = number(p.get('years'));
  const seed = number(p.get('seed'));
  const rule = p.get('rule');
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return {
    rho: rho === null ? DEFAULT_SETTINGS.rho : Number(clamp(round(rho, LIMITS.rho.step), LIMITS.rho.min, LIMITS.rho.max).toFixed(2)),
    rule: RULES.some((r) => r.id === rule) ? (rule as Strategy) : DEFAULT_SETTINGS.rule,
    years: years === null ? DEFAULT_SETTINGS.years : clamp(round(years, LIMITS.years.step), LIMITS.years.min, LIMITS.years.max),
    seed: seed === null ? DEFAULT_SETTINGS.seed : clamp(Math.trunc(seed), LIMITS.seed.min, LIMITS.seed.max),
  };
}

/** The settings as URL search parameters, in a fixed order. */
export function settingsToParams(s: Settings): URLSearchParams {
  return new URLSearchParams({ rho: s.rho.toFixed(2), rule: s.rule, years: String(s.years), seed: String(s.seed) });
}

/** One person on the chart: who, in which group, how they do. */
export interface Person {
  id: number;
  /** Index into GROUPS[structure] (ladders.ts). */
  group: number;
  /** Position within the group, 0 first. */
  slot: number;
  /** Craft competence ≥ 8. */
  brilliant: boolean;
}

/** The state measures of an organisation, averaged over runs. */
export interface Measures {
  /** The paper's global efficiency, in percent, each person counted with the skill their seat needs. */
  efficiency: number;
  /** People brilliant at their craft (c ≥ 8) in craft seats. */
  brilliant: number;
  /** Brilliant crafters sitting in management seats. */
  crafterManagers: number;
}

export interface Outcome {
  /** Averages over the runs at the start (year 0) and after the last year. */
  initial: Measures;
  final: Measures;
  /** Per year (index 0 = the start, always 0), averaged over the runs. */
  promotions: number[];
  dismissed: number[];
  /**
   * The measures per year (index 0 = the start), averaged over the runs: only
   * when asked for (the build's preset and its data file). The explorable
   * skips them: they are most of a scenario's cost, and it shows the end.
   */
  series?: { efficiency: number[]; brilliant: number[]; crafterManagers: number[] };
  /** The first run's people at the start and at the end. */
  start: Person[];
  end: Person[];
}

export interface ScenarioResult {
  settings: Settings;
  runs: number;
  linear: Outcome;
  parallel: Outcome;
}

function people(org: LaddersOrganisation): Person[] {
  const out: Person[] = [];
  const slot = new Array<number>(org.groups.length).fill(0);
  for (let s = 0; s < SEATS; s++) {
    const g = org.groupOf[s] as number;
    const k = slot[g]!++;
    if (org.craft[s] !== org.craft[s]) continue;
    out.push({ id: org.person[s] as number, group: g, slot: k, brilliant: (org.craft[s] as number) >= BRILLIANT });
  }
  return out;
}

/** One structure's outcome over `runs` runs (seeds `seed` … `seed + runs − 1`). */
export function runOutcome(settings: Settings, structure: Structure, runs = RUNS, { series = false } = {}): Outcome {
  const n = settings.years + 1;
  const promotions = new Float64Array(n);
  const dismissed = new Float64Array(n);
  const perYear = series ? [new Float64Array(n), new Float64Array(n), new Float64Array(n)] : null;
  const initial = new Float64Array(3);
  const final = new Float64Array(3);
  const m = new Float64Array(3);
  let start: Person[] = [];
  let end: Person[] = [];
  const add = (into: Float64Array) => {
    for (let k = 0; k < 3; k++) into[k] = (into[k] as number) + (m[k] as number);
  };
  const record = (t: number) => {
    if (!perYear) return;
    for (let k = 0; k < 3; k++) perYear[k]![t] = (perYear[k]![t] as number) + (m[k] as number);
  };
  for (let r = 0; r < runs; r++) {
    const org = createLadders(settings.seed + r, {
      structure,
      skills: 'two',
      rho: settings.rho,
      hypothesis: 'common-sense',
      strategy: settings.rule,
      initialAges: 'working-life',
    });
    if (r === 0) start = people(org);
    laddersMeasures(org, m);
    add(initial);
    record(0);
    for (let t = 1; t < n; t++) {
      const year = laddersStep(org);
      promotions[t] = (promotions[t] as number) + year.promoted;
      dismissed[t] = (dismissed[t] as number) + year.dismissed;
      if (perYear) {
        laddersMeasures(org, m);
        record(t);
      }
    }
    if (!perYear) laddersMeasures(org, m);
    add(final);
    if (r === 0) end = people(org);
  }
  const mean = (a: Float64Array) => Array.from(a, (x) => x / runs);
  const measures = (a: Float64Array): Measures => ({
    efficiency: (a[0] as number) / runs,
    brilliant: (a[1] as number) / runs,
    crafterManagers: (a[2] as number) / runs,
  });
  return {
    initial: measures(initial),
    final: measures(final),
    promotions: mean(promotions),
    dismissed: mean(dismissed),
    ...(perYear ? { series: { efficiency: mean(perYear[0]!), brilliant: mean(perYear[1]!), crafterManagers: mean(perYear[2]!) } } : {}),
    start,
    end,
  };
}

/** The same organisations (same seeds) under linear progression and under parallel tracks. */
export function runScenario(settings: Settings, runs = RUNS, options: { series?: boolean } = {}): ScenarioResult {
  return { settings, runs, linear: runOutcome(settings, 'linear', runs, options), parallel: runOutcome(settings, 'parallel', runs, options) };
}

/** The figures a reader compares at the end of a scenario: the last year's averages, and totals over the years. */
export interface Summary {
  efficiency: number;
  brilliant: number;
  crafterManagers: number;
  /** Per year, averaged over the years after the start. */
  promotions: number;
  dismissed: number;
}

export function summarise(o: Outcome): Summary {
  const years = o.promotions.length - 1;
  const avg = (a: number[]) => (years > 0 ? a.slice(1).reduce((x, y) => x + y, 0) / years : 0);
  return { ...o.final, promotions: avg(o.promotions), dismissed: avg(o.dismissed) };
}


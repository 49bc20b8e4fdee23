/**
 * A reader's scenario: the settings of the explorable, their URL form, and
 * runs of the same organisations (same seeds, same people) under the four
 * combinations of structure × basis. Pure: used by the Web Worker, by the
 * build (the preset figures, the Methods sweep), the command line and the tests.
 *
 * The view compares two **arms**: today's practice (one ladder, promoting the
 * best at the current job), fixed, against the arm the reader sets with
 * `structure` and `basis` (by default the essay's proposal: parallel ladders,
 * promoting for the job to be done). The four combinations are always
 * computed, so the page can say how much of a difference each change makes.
 */
import type { Strategy } from './pluchino';
import {
  BASES,
  createLadders,
  laddersMeasures,
  laddersStep,
  MEASURE,
  MEASURE_COUNT,
  BRILLIANT,
  SEATS,
  STRUCTURES,
  type Basis,
  type LaddersOrganisation,
  type Structure,
} from './ladders';
import { SETTINGS_KEYS, urlHasScenario } from './settingsKeys';

export interface Settings {
  /** Skill transfer ρ, 0–1 in steps of 0.05. */
  rho: number;
  /** The reader's arm: one ladder or parallel ladders. */
  structure: Structure;
  /** The reader's arm: who is promoted from craft into management. */
  basis: Basis;
  /** The paper's promotion strategy, for both arms (URL key `rule`, as in the first published links). */
  strategy: Strategy;
  /** Years simulated, 10–100. */
  years: number;
  /** Seed of the first run; run k uses seed + k. 1–999,999. */
  seed: number;
}

/** The promotion strategies, in the words of the explorable's control. */
export const STRATEGY_LABELS: readonly { id: Strategy; label: string }[] = [
  { id: 'best', label: 'the best' },
  { id: 'random', label: 'at random' },
  { id: 'mix', label: 'the best or the worst (47% the best)' },
  { id: 'worst', label: 'the worst' },
];
export const STRUCTURE_LABELS: Readonly<Record<Structure, string>> = { linear: 'One ladder', parallel: 'Parallel ladders' };
/** The basis of a promotion from craft into management. */
export const BASIS_LABELS: Readonly<Record<Basis, string>> = {
  current: 'promoting the best at the current job',
  purpose: 'promoting for the job to be done',
};

export const LIMITS = {
  rho: { min: 0, max: 1, step: 0.05 },
  years: { min: 10, max: 100, step: 5 },
  seed: { min: 1, max: 999_999 },
} as const;

/** Runs per combination behind every average the reader sees. */
export const RUNS = 20;

/**
 * The default scenario (our settings, not findings): skill transfer 0.1,
 * near our reading of Benson, Li & Shue (2019) (src/data/sources.ts); the
 * essay's proposal as the reader's arm; promotion of the best, as most
 * organisations say they do; 40 years, about one working life.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = { rho: 0.1, structure: 'parallel', basis: 'purpose', strategy: 'best', years: 40, seed: 2024 };


/** One of the four combinations of structure and basis. */
export type Combo = `${Structure}-${Basis}`;
export const COMBOS: readonly Combo[] = STRUCTURES.flatMap((s) => BASES.map((b) => `${s}-${b}` as Combo));
/** Today's practice: one ladder, promoting the best at the current job. Always the first arm. */
export const TODAY: Combo = 'linear-current';
/** The essay's proposal, as a package: parallel ladders, promoting for the job to be done. */
export const PROPOSAL: Combo = 'parallel-purpose';

export const comboOf = (s: { structure: Structure; basis: Basis }): Combo => `${s.structure}-${s.basis}`;
/** The order a scenario's combinations are computed in: the two arms (today's and the reader's) first, the other two (for the split of the difference) after. */
export function comboOrder(settings: Settings): Combo[] {
  const chosen = comboOf(settings);
  return [TODAY, ...(chosen === TODAY ? [] : [chosen]), ...COMBOS.filter((c) => c !== TODAY && c !== chosen)];
}
export function splitCombo(c: Combo): { structure: Structure; basis: Basis } {
  const [structure, basis] = c.split('-') as [Structure, Basis];
  return { structure, basis };
}

/** A combination in words, e.g. "Parallel ladders, promoting for the job to be done". */
export function comboLabel(c: Combo): string {
  const { structure, basis } = splitCombo(c);
  return `${STRUCTURE_LABELS[structure]}, ${BASIS_LABELS[basis]}`;
}

/** The short name of an arm: what it stands for in the essay's argument, where it stands for something. */
export function armName(c: Combo): string {
  if (c === TODAY) return 'Today’s practice';
  if (c === PROPOSAL) return 'The essay’s proposal';
  return comboLabel(c).split(',')[0] + (splitCombo(c).basis === 'purpose' ? ', for the job' : ', best at the job');
}

const round = (x: number, step: number) => Math.round(x / step) * step;

function number(value: string | null | undefined): number | null {
  if (value == null || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/**
 * Settings from URL search parameters (`rho`, `structure`, `basis`, `rule`,
 * `years`, `seed`). Anything missing or malformed falls back to the default;
 * numbers are clamped to their range and rounded to their step. Never throws.
 * Links made before `structure` and `basis` existed open on the defaults.
 */
export function parseSettings(params: URLSearchParams | string): Settings {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const rho = number(p.get('rho'));
  const years = number(p.get('years'));
  const seed = number(p.get('seed'));
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return {
    rho: rho === null ? DEFAULT_SETTINGS.rho : Number(clamp(round(rho, LIMITS.rho.step), LIMITS.rho.min, LIMITS.rho.max).toFixed(2)),
    structure: oneOf(p.get('structure'), STRUCTURES, DEFAULT_SETTINGS.structure),
    basis: oneOf(p.get('basis'), BASES, DEFAULT_SETTINGS.basis),
    strategy: oneOf(
      p.get('rule'),
      STRATEGY_LABELS.map((r) => r.id),
      DEFAULT_SETTINGS.strategy,
    ),
    years: years === null ? DEFAULT_SETTINGS.years : clamp(round(years, LIMITS.years.step), LIMITS.years.min, LIMITS.years.max),
    seed: seed === null ? DEFAULT_SETTINGS.seed : clamp(Math.trunc(seed), LIMITS.seed.min, LIMITS.seed.max),
  };
}

export { SETTINGS_KEYS, urlHasScenario };

/** The settings as URL search parameters, in a fixed order. */
export function settingsToParams(s: Settings): URLSearchParams {
  return new URLSearchParams({
    rho: s.rho.toFixed(2),
    structure: s.structure,
    basis: s.basis,
    rule: s.strategy,
    years: String(s.years),
    seed: String(s.seed),
  });
}

/** Whether two settings name the same scenario (as their addresses would). */
export function sameSettings(a: Settings, b: Settings): boolean {
  return (
    a.rho.toFixed(2) === b.rho.toFixed(2) &&
    a.structure === b.structure &&
    a.basis === b.basis &&
    a.strategy === b.strategy &&
    a.years === b.years &&
    a.seed === b.seed
  );
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

/** An organisation's measures at one moment, averaged over runs. */
export interface Measures {
  /** The paper's global efficiency, in percent, each person counted with the skill their seat needs. */
  efficiency: number;
  /** People brilliant at their craft (c ≥ 8) in craft seats: follows largely from how many craft seats there are. */
  brilliantCraft: number;
  /** People brilliant at their craft, in any seat. */
  brilliantAll: number;
  /** Mean leadership competence (1–10) of the people in management seats. */
  leadership: number;
}

export interface Outcome {
  /** Averages over the runs at the start (year 0) and after the last year. */
  initial: Measures;
  final: Measures;
  /** Per year (index 0 = the start, always 0), averaged over the runs. */
  promotions: number[];
  dismissed: number[];
  /** The measures per year (index 0 = the start), averaged over the runs: only when asked for. */
  series?: Record<keyof Measures, number[]>;
  /** The first run's people at the start and at the end: only when asked for (the arms drawn as people). */
  start?: Person[];
  end?: Person[];
}

/** The figures a reader compares at the end of a scenario: the last year's averages, and per-year averages of the counts. */
export interface Summary extends Measures {
  /** Per year, averaged over the years after the start. */
  promotions: number;
  dismissed: number;
}

export interface ScenarioResult {
  settings: Settings;
  runs: number;
  /** Today's practice and the reader's arm, with their people. */
  arms: { today: Outcome; chosen: Outcome };
  /** The four combinations of structure × basis, summarised (while a page computes them, only some may be there). */
  combos: Partial<Record<Combo, Summary>>;
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

/** Reads the measures `laddersMeasures` writes (sums over runs) as averages. */
function toMeasures<T>(read: (index: number) => T): Record<keyof Measures, T> {
  return {
    efficiency: read(MEASURE.efficiency),
    brilliantCraft: read(MEASURE.brilliantCraft),
    brilliantAll: read(MEASURE.brilliantAll),
    leadership: read(MEASURE.leadership),
  };
}

/** One combination's outcome over `runs` runs (seeds `seed` … `seed + runs − 1`). */
export function runOutcome(
  settings: Settings,
  combo: Combo,
  runs = RUNS,
  { series = false, withPeople = false }: { series?: boolean; withPeople?: boolean } = {},
): Outcome {
  const n = settings.years + 1;
  const promotions = new Float64Array(n);
  const dismissed = new Float64Array(n);
  const perYear = series ? Array.from({ length: MEASURE_COUNT }, () => new Float64Array(n)) : null;
  const initial = new Float64Array(MEASURE_COUNT);
  const final = new Float64Array(MEASURE_COUNT);
  const m = new Float64Array(MEASURE_COUNT);
  let start: Person[] = [];
  let end: Person[] = [];
  const add = (into: Float64Array) => {
    for (let k = 0; k < MEASURE_COUNT; k++) into[k] = (into[k] as number) + (m[k] as number);
  };
  const record = (t: number) => {
    if (perYear) perYear.forEach((a, k) => (a[t] = (a[t] as number) + (m[k] as number)));
  };
  const { structure, basis } = splitCombo(combo);
  let org: LaddersOrganisation | undefined;
  for (let r = 0; r < runs; r++) {
    org = createLadders(settings.seed + r, {
      structure,
      basis,
      skills: 'two',
      rho: settings.rho,
      hypothesis: 'common-sense',
      strategy: settings.strategy,
      initialAges: 'working-life',
    }, org);
    if (withPeople && r === 0) start = people(org);
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
    if (withPeople && r === 0) end = people(org);
  }
  const mean = (a: Float64Array) => Array.from(a, (x) => x / runs);
  return {
    initial: toMeasures((k) => (initial[k] as number) / runs),
    final: toMeasures((k) => (final[k] as number) / runs),
    promotions: mean(promotions),
    dismissed: mean(dismissed),
    ...(perYear ? { series: toMeasures((k) => mean(perYear[k]!)) } : {}),
    ...(withPeople ? { start, end } : {}),
  };
}

export function summarise(o: Outcome): Summary {
  const years = o.promotions.length - 1;
  const avg = (a: number[]) => (years > 0 ? a.slice(1).reduce((x, y) => x + y, 0) / years : 0);
  return { ...o.final, promotions: avg(o.promotions), dismissed: avg(o.dismissed) };
}

/** A whole scenario: the two arms (with their people) and all four combinations. */
export function runScenario(settings: Settings, runs = RUNS, options: { series?: boolean } = {}): ScenarioResult {
  const chosen = comboOf(settings);
  const outcomes = new Map<Combo, Outcome>();
  for (const c of [TODAY, chosen]) outcomes.set(c, runOutcome(settings, c, runs, { ...options, withPeople: true }));
  for (const c of COMBOS) if (!outcomes.has(c)) outcomes.set(c, runOutcome(settings, c, runs, options));
  return assembleScenario(settings, runs, outcomes);
}

/** Puts a scenario together from its combinations' outcomes (the arms must carry their people). */
export function assembleScenario(settings: Settings, runs: number, outcomes: ReadonlyMap<Combo, Outcome>): ScenarioResult {
  const get = (c: Combo) => {
    const o = outcomes.get(c);
    if (!o) throw new Error(`scenario: no outcome for ${c}`);
    return o;
  };
  const combos: Partial<Record<Combo, Summary>> = {};
  for (const [c, o] of outcomes) combos[c] = summarise(o);
  return { settings, runs, arms: { today: get(TODAY), chosen: get(comboOf(settings)) }, combos };
}

/** How the package's difference splits (see `decompose`). */
export interface Decomposition {
  /** The essay's proposal minus today's practice. */
  package: number;
  /** One ladder: promoting for the job to be done minus promoting the best at the current job. */
  basis: number;
  /** Promoting the best at the current job: parallel ladders minus one ladder. */
  structure: number;
  /** What is left: the two changes together do more (or less) than each alone. */
  interaction: number;
}

/**
 * Splits the difference between the proposal and today's practice on one
 * measure into the basis's part, the structure's part and their interaction;
 * null until all four combinations are there.
 */
export function decompose(combos: Partial<Record<Combo, Summary>>, measure: keyof Summary): Decomposition | null {
  if (!COMBOS.every((c) => combos[c])) return null;
  const v = (c: Combo) => (combos[c] as Summary)[measure];
  const pkg = v(PROPOSAL) - v(TODAY);
  const basis = v('linear-purpose') - v(TODAY);
  const structure = v('parallel-current') - v(TODAY);
  return { package: pkg, basis, structure, interaction: pkg - basis - structure };
}

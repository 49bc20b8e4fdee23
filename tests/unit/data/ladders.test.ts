import { describe, expect, it } from 'vitest';
import {
  createLadders,
  GROUPS,
  laddersEfficiency,
  laddersMeasures,
  laddersStep,
  SEATS,
  type LaddersOptions,
} from '../../../src/data/simulation/ladders';
import { createOrganisation, efficiency, HYPOTHESES, LEVEL_SIZES, LEVEL_WEIGHTS, step, STRATEGIES } from '../../../src/data/simulation/pluchino';
import {
  COMBOS,
  decompose,
  DEFAULT_SETTINGS,
  parseSettings,
  runOutcome,
  runScenario,
  sameSettings,
  settingsToParams,
  type Settings,
} from '../../../src/data/simulation/scenario';
import { cell, sweep } from '../../../src/data/simulation/sweep';

const published = (hypothesis: LaddersOptions['hypothesis'], strategy: LaddersOptions['strategy']): LaddersOptions => ({
  structure: 'linear',
  basis: 'current',
  skills: 'one',
  rho: 1,
  hypothesis,
  strategy,
  initialAges: 'paper',
});

describe('the two-skill, two-track extension', () => {
  for (const hypothesis of HYPOTHESES) {
    for (const strategy of STRATEGIES) {
      it(`with one skill and one track is the published model step for step (${hypothesis}, ${strategy})`, () => {
        const seed = 17;
        const paper = createOrganisation(seed);
        const ours = createLadders(seed, published(hypothesis, strategy));
        expect(Array.from(ours.craft)).toEqual(Array.from(paper.competence));
        for (let year = 1; year <= 300; year++) {
          const a = step(paper, hypothesis, strategy);
          const b = laddersStep(ours);
          expect(b, `year ${year}`).toEqual(a);
          expect(Array.from(ours.craft), `competences, year ${year}`).toEqual(Array.from(paper.competence));
          expect(Array.from(ours.age), `ages, year ${year}`).toEqual(Array.from(paper.age));
          expect(laddersEfficiency(ours)).toBe(efficiency(paper));
        }
      });
    }
  }

  it('gives both structures the same seats and the same responsibility per level', () => {
    for (const structure of ['linear', 'parallel'] as const) {
      const groups = GROUPS[structure];
      expect(groups.reduce((a, g) => a + g.size, 0)).toBe(SEATS);
      LEVEL_SIZES.forEach((size, level) => {
        const onLevel = groups.filter((g) => g.level === level);
        expect(onLevel.reduce((a, g) => a + g.size, 0)).toBe(size);
        for (const g of onLevel) expect(g.weight).toBe(LEVEL_WEIGHTS[level]);
      });
    }
    // Parallel tracks: a craft ladder of four rungs above the bottom, fed from below by craft.
    const craft = GROUPS.parallel.filter((g) => g.track === 'craft');
    expect(craft.map((g) => g.size)).toEqual([2, 5, 10, 20, 81]);
    for (const g of craft) if (g.from >= 0) expect(GROUPS.parallel[g.from]!.track).toBe('craft');
    // Linear: one craft level, at the bottom.
    expect(GROUPS.linear.filter((g) => g.track === 'craft').map((g) => g.size)).toEqual([81]);
  });

  it('draws leadership correlated with craft by the skill transfer ρ', () => {
    const corr = (rho: number) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let seed = 1; seed <= 30; seed++) {
        const org = createLadders(seed, { ...published('common-sense', 'best'), skills: 'two', rho });
        xs.push(...org.craft);
        ys.push(...org.lead);
      }
      const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
      const my = ys.reduce((a, b) => a + b, 0) / ys.length;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      xs.forEach((x, i) => {
        sxy += (x - mx) * (ys[i]! - my);
        sxx += (x - mx) ** 2;
        syy += (ys[i]! - my) ** 2;
      });
      return sxy / Math.sqrt(sxx * syy);
    };
    expect(Math.abs(corr(0))).toBeLessThan(0.08);
    expect(corr(0.5)).toBeGreaterThan(0.4);
    expect(corr(0.5)).toBeLessThan(0.6);
    expect(corr(1)).toBeGreaterThan(0.99);
  });

  it('starts both structures from the same people, seat by seat', () => {
    const opts = { ...published('common-sense', 'best'), skills: 'two' as const, rho: 0.3, initialAges: 'working-life' as const };
    const a = createLadders(5, { ...opts, structure: 'linear' });
    const b = createLadders(5, { ...opts, structure: 'parallel' });
    expect(Array.from(a.craft)).toEqual(Array.from(b.craft));
    expect(Array.from(a.lead)).toEqual(Array.from(b.lead));
    expect(Array.from(a.age)).toEqual(Array.from(b.age));
  });

  it('starts all four combinations from the same people and measures them alike at year 0', () => {
    const r = runScenario({ ...DEFAULT_SETTINGS, years: 10 }, 4);
    // Same people: efficiency differs only through which seats are craft seats; brilliant crafters in all seats are the same.
    expect(r.arms.today.initial.brilliantAll).toBe(r.arms.chosen.initial.brilliantAll);
    const start = (p: typeof r.arms.today.start) => p!.map((x) => x.id).sort((a, b) => a - b);
    expect(start(r.arms.today.start)).toEqual(start(r.arms.chosen.start));
  });

  it('changes only the crossing into management with the basis: at ρ = 1 the two bases are the same organisation', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, rho: 1, years: 40 };
    expect(runOutcome(s, 'linear-purpose', 3).final).toEqual(runOutcome(s, 'linear-current', 3).final);
    expect(runOutcome(s, 'parallel-purpose', 3).final).toEqual(runOutcome(s, 'parallel-current', 3).final);
    expect(runOutcome({ ...s, rho: 0 }, 'linear-purpose', 3).final).not.toEqual(runOutcome({ ...s, rho: 0 }, 'linear-current', 3).final);
  });

  it('makes the basis irrelevant under random promotion', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, rho: 0.2, strategy: 'random', years: 40 };
    expect(runOutcome(s, 'linear-purpose', 3).final).toEqual(runOutcome(s, 'linear-current', 3).final);
  });

  describe('the sweep (20 runs × 100 years, seed 2024)', () => {
    const records = sweep({ rhos: [0, 1], strategies: ['best'] });
    const combos = (rho: number) => Object.fromEntries(COMBOS.map((c) => [c, cell(records, c, 'best', rho)])) as Parameters<typeof decompose>[0];

    it('finds the structure’s part of the efficiency difference within 1.5 points of zero at ρ = 1', () => {
      expect(Math.abs(decompose(combos(1), 'efficiency')!.structure)).toBeLessThan(1.5);
    });

    it('finds the package’s difference positive at ρ = 0 with the best strategy, and splits it exactly', () => {
      const d = decompose(combos(0), 'efficiency')!;
      expect(d.package).toBeGreaterThan(0);
      expect(d.basis + d.structure + d.interaction).toBeCloseTo(d.package, 10);
    });

    it('seats more brilliant crafters in craft seats under parallel ladders by construction, even at ρ = 1', () => {
      expect(decompose(combos(1), 'brilliantCraft')!.structure).toBeGreaterThan(5);
    });

    it('is deterministic for a seed', () => {
      expect(sweep({ rhos: [0.5], strategies: ['mix'], runs: 3, years: 30 })).toEqual(sweep({ rhos: [0.5], strategies: ['mix'], runs: 3, years: 30 }));
    });
  });

  it('is deterministic from its settings', () => {
    const s = { ...DEFAULT_SETTINGS, years: 20 };
    expect(runScenario(s, 3)).toEqual(runScenario(s, 3));
    expect(runScenario(s, 3).arms.today.final).not.toEqual(runScenario({ ...s, seed: s.seed + 1 }, 3).arms.today.final);
  });

  it('gives the same end state whether or not it records the yearly series', () => {
    const s = { ...DEFAULT_SETTINGS, years: 30 };
    const plain = runOutcome(s, 'linear-current', 4, { withPeople: true });
    const withSeries = runOutcome(s, 'linear-current', 4, { series: true, withPeople: true });
    expect(withSeries.final).toEqual(plain.final);
    expect(withSeries.end).toEqual(plain.end);
    expect(plain.series).toBeUndefined();
    const series = withSeries.series!;
    expect(series.efficiency).toHaveLength(31);
    expect(series.efficiency[30]).toBeCloseTo(withSeries.final.efficiency, 10);
    expect(series.brilliantCraft[0]).toBeCloseTo(withSeries.initial.brilliantCraft, 10);
  });

  it('counts brilliant crafters in craft seats, and apart from them those in management seats', () => {
    const org = createLadders(3, { ...published('common-sense', 'best'), skills: 'two', rho: 0.5, initialAges: 'working-life' });
    org.craft.fill(9);
    org.lead.fill(6);
    const [efficiency, inCraft, all, leadership] = laddersMeasures(org, new Float64Array(4));
    expect(inCraft).toBe(81);
    expect(all).toBe(160);
    expect(leadership).toBe(6);
    expect(efficiency).toBeGreaterThan(60);
  });
});

describe('scenario settings in the URL', () => {
  it('reads valid settings', () => {
    expect(parseSettings('rho=0.35&structure=linear&basis=purpose&rule=random&years=60&seed=42')).toEqual({
      rho: 0.35,
      structure: 'linear',
      basis: 'purpose',
      strategy: 'random',
      years: 60,
      seed: 42,
    });
  });

  it('opens links made before structure and basis existed on the essay’s proposal', () => {
    expect(parseSettings('rho=0.35&rule=worst&years=60&seed=42')).toEqual({ ...DEFAULT_SETTINGS, rho: 0.35, strategy: 'worst', years: 60, seed: 42 });
    expect(DEFAULT_SETTINGS).toMatchObject({ structure: 'parallel', basis: 'purpose' });
  });

  it('falls back to the defaults for anything missing or malformed', () => {
    expect(parseSettings('')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('rho=abc&rule=<script>&years=1e9&seed=NaN')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('rho=&years=%3Cimg%3E&seed=0x10')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('rule=constructor').strategy).toBe(DEFAULT_SETTINGS.strategy);
    expect(parseSettings('structure=__proto__&basis=toString')).toEqual(DEFAULT_SETTINGS);
  });

  it('clamps numbers to their range and rounds them to their step', () => {
    expect(parseSettings('rho=7&years=3&seed=-5')).toMatchObject({ rho: 1, years: 10, seed: 1 });
    expect(parseSettings('rho=-1&years=1000&seed=99999999')).toMatchObject({ rho: 0, years: 100, seed: 999_999 });
    expect(parseSettings('rho=0.333&years=47&seed=12.9')).toMatchObject({ rho: 0.35, years: 45, seed: 12 });
  });

  it('sameSettings(a, b) is true exactly when the two addresses would be the same', () => {
    const a: Settings = { ...DEFAULT_SETTINGS, rho: 0.1 };
    expect(sameSettings(a, { ...a, rho: 0.1000000001 })).toBe(true);
    for (const change of [{ rho: 0.15 }, { structure: 'linear' }, { basis: 'current' }, { strategy: 'mix' }, { years: 45 }, { seed: 7 }] as Partial<Settings>[]) {
      const b = { ...a, ...change };
      expect(sameSettings(a, b), JSON.stringify(change)).toBe(false);
      expect(settingsToParams(a).toString() === settingsToParams(b).toString()).toBe(false);
    }
  });

  it('round-trips through its URL form', () => {
    const s: Settings = { rho: 0.65, structure: 'linear', basis: 'purpose', strategy: 'mix', years: 85, seed: 777 };
    expect(parseSettings(settingsToParams(s))).toEqual(s);
    expect(settingsToParams(s).toString()).toBe('rho=0.65&structure=linear&basis=purpose&rule=mix&years=85&seed=777');
  });
});

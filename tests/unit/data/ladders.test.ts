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
import { DEFAULT_SETTINGS, parseSettings, runScenario, settingsToParams, summarise } from '../../../src/data/simulation/scenario';

const published = (hypothesis: LaddersOptions['hypothesis'], strategy: LaddersOptions['strategy']): LaddersOptions => ({
  structure: 'linear',
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

  it('shows the essay’s argument when little skill transfers: parallel tracks keep more brilliant crafters and dismiss fewer managers', () => {
    const { linear, parallel } = runScenario({ ...DEFAULT_SETTINGS, rho: 0, years: 40 });
    const l = summarise(linear);
    const p = summarise(parallel);
    expect(p.brilliant).toBeGreaterThan(l.brilliant * 1.5);
    expect(p.dismissed).toBeLessThan(l.dismissed);
    expect(p.efficiency).toBeGreaterThan(l.efficiency);
    // Linear progression puts brilliant crafters in management seats.
    expect(l.crafterManagers).toBeGreaterThan(p.crafterManagers);
  });

  it('narrows the efficiency gap when the skill transfers fully (ρ = 1)', () => {
    const gap = (rho: number) => {
      const { linear, parallel } = runScenario({ ...DEFAULT_SETTINGS, rho, years: 40 });
      return summarise(parallel).efficiency - summarise(linear).efficiency;
    };
    expect(gap(1)).toBeLessThan(gap(0));
  });

  it('is deterministic from its settings', () => {
    const s = { ...DEFAULT_SETTINGS, years: 20 };
    expect(runScenario(s, 3)).toEqual(runScenario(s, 3));
    expect(runScenario(s, 3).linear.final).not.toEqual(runScenario({ ...s, seed: s.seed + 1 }, 3).linear.final);
  });

  it('gives the same end state whether or not it records the yearly series', () => {
    const s = { ...DEFAULT_SETTINGS, years: 30 };
    const plain = runScenario(s, 4);
    const withSeries = runScenario(s, 4, { series: true });
    expect(withSeries.linear.final).toEqual(plain.linear.final);
    expect(withSeries.parallel.end).toEqual(plain.parallel.end);
    expect(plain.linear.series).toBeUndefined();
    const series = withSeries.linear.series!;
    expect(series.efficiency).toHaveLength(31);
    expect(series.efficiency[30]).toBeCloseTo(withSeries.linear.final.efficiency, 10);
    expect(series.brilliant[0]).toBeCloseTo(withSeries.linear.initial.brilliant, 10);
  });

  it('counts brilliant crafters in craft seats, and apart from them those in management seats', () => {
    const org = createLadders(3, { ...published('common-sense', 'best'), skills: 'two', rho: 0.5, initialAges: 'working-life' });
    org.craft.fill(9);
    const [, brilliant, inManagement] = laddersMeasures(org, new Float64Array(3));
    expect(brilliant).toBe(81);
    expect(inManagement).toBe(79);
  });
});

describe('scenario settings in the URL', () => {
  it('reads valid settings', () => {
    expect(parseSettings('rho=0.35&rule=random&years=60&seed=42')).toEqual({ rho: 0.35, rule: 'random', years: 60, seed: 42 });
  });

  it('falls back to the defaults for anything missing or malformed', () => {
    expect(parseSettings('')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('rho=abc&rule=<script>&years=1e9&seed=NaN')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('rho=&years=%3Cimg%3E&seed=0x10')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('rule=constructor').rule).toBe(DEFAULT_SETTINGS.rule);
  });

  it('clamps numbers to their range and rounds them to their step', () => {
    expect(parseSettings('rho=7&years=3&seed=-5')).toMatchObject({ rho: 1, years: 10, seed: 1 });
    expect(parseSettings('rho=-1&years=1000&seed=99999999')).toMatchObject({ rho: 0, years: 100, seed: 999_999 });
    expect(parseSettings('rho=0.333&years=47&seed=12.9')).toMatchObject({ rho: 0.35, years: 45, seed: 12 });
  });

  it('round-trips through its URL form', () => {
    const s = { rho: 0.65, rule: 'mix' as const, years: 85, seed: 777 };
    expect(parseSettings(settingsToParams(s))).toEqual(s);
    expect(settingsToParams(s).toString()).toBe('rho=0.65&rule=mix&years=85&seed=777');
  });
});

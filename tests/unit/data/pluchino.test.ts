import { describe, expect, it } from 'vitest';
import {
  createOrganisation,
  efficiency,
  experiment,
  LEVEL_SIZES,
  run,
  step,
} from '../../../src/data/simulation/pluchino';
import { createRandom } from '../../../src/data/simulation/random';

describe('the published baseline (Pluchino, Rapisarda & Garofalo 2010)', () => {
  it('has 160 positions on 6 levels, all filled, competences in [1, 10], ages in [18, 60]', () => {
    const org = createOrganisation(7);
    expect(LEVEL_SIZES.reduce((a, b) => a + b, 0)).toBe(160);
    expect(org.competence.length).toBe(160);
    for (const c of org.competence) expect(c >= 1 && c <= 10).toBe(true);
    for (const a of org.age) expect(a >= 18 && a <= 60).toBe(true);
  });

  it('starts near the paper’s initial efficiency of about 70%', () => {
    const e = Array.from({ length: 20 }, (_, i) => efficiency(createOrganisation(i + 1)));
    const mean = e.reduce((a, b) => a + b, 0) / e.length;
    expect(mean).toBeGreaterThan(67);
    expect(mean).toBeLessThan(72);
  });

  it('dismisses the incompetent and refills every seat each year', () => {
    const org = createOrganisation(3);
    org.competence[100] = 2;
    const counts = step(org, 'common-sense', 'best');
    expect(counts.dismissed).toBeGreaterThanOrEqual(1);
    for (const c of org.competence) expect(Number.isNaN(c)).toBe(false);
  });

  it('is deterministic from its seed', () => {
    expect(run(5, 'peter', 'random', 200).series).toEqual(run(5, 'peter', 'random', 200).series);
    expect(run(5, 'peter', 'random', 200).series).not.toEqual(run(6, 'peter', 'random', 200).series);
  });

  it('draws normal deviates with the right mean and spread', () => {
    const r = createRandom(11);
    const xs = Array.from({ length: 20000 }, () => r.normal(7, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(7, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it('shows the paper’s result: meritocracy helps under common sense and hurts under the Peter hypothesis', () => {
    const { gain } = experiment({ runs: 12, years: 600, seed: 1 });
    // Common sense: the best raises efficiency, the worst lowers it, random raises it a little.
    expect(gain['common-sense'].best).toBeGreaterThan(4);
    expect(gain['common-sense'].worst).toBeLessThan(0);
    expect(gain['common-sense'].random).toBeGreaterThan(0);
    expect(gain['common-sense'].random).toBeLessThan(gain['common-sense'].best);
    // Peter: the reverse for the best and the worst; random still raises it a little.
    expect(gain.peter.best).toBeLessThan(-4);
    expect(gain.peter.worst).toBeGreaterThan(4);
    expect(gain.peter.random).toBeGreaterThan(0);
    expect(gain.peter.random).toBeLessThan(gain.peter.worst);
  });
});

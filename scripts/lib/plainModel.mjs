// @ts-nocheck (plain JavaScript on purpose: the yardstick is the obvious implementation)
/**
 * A plain typed-array implementation of the published model (Pluchino,
 * Rapisarda & Garofalo 2010), written the obvious way in one function: the
 * yardstick `npm run bench` times the site's model against (the model's step
 * loop must be at least as fast). Same rules and draws as
 * src/data/simulation/pluchino.ts, so both compute the same numbers. Load
 * scripts/lib/tsHooks.mjs first: it imports the site's random source.
 */
import { createRandom } from '../../src/data/simulation/random.ts';
const SIZES = [1, 5, 11, 21, 41, 81];
const WEIGHTS = [1.0, 0.9, 0.8, 0.6, 0.4, 0.2];
const N = 160;
const START = [0, 1, 6, 17, 38, 79];
const MAX = SIZES.reduce((s, n, i) => s + 10 * n * WEIGHTS[i], 0);

/**
 * Mean gain of efficiency (mean of the last 400 years minus the first year),
 * over `runs` runs of `years` years, for one hypothesis and strategy.
 * @param {'common-sense' | 'peter'} hypothesis
 * @param {'best' | 'worst' | 'random' | 'mix'} strategy
 */
export function plainGain(hypothesis, strategy, runs = 50, years = 1000, seed = 1) {
  let total = 0;
  for (let r = 0; r < runs; r++) {
    // The site's seeded source (src/data/simulation/random.ts), so both draw the same numbers; the rest is plain.
    const { next, normal } = createRandom(seed + r);
    const clip = (x, lo, hi) => (x < lo ? lo : x > hi ? hi : x);
    const c = new Float64Array(N);
    const age = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      c[i] = clip(normal(7, 2), 1, 10);
      age[i] = clip(normal(25, 5), 18, 60);
    }
    const eff = () => {
      let s = 0;
      for (let l = 0; l < 6; l++) {
        let sum = 0;
        for (let i = START[l]; i < START[l] + SIZES[l]; i++) if (c[i] === c[i]) sum += c[i];
        s += WEIGHTS[l] * sum;
      }
      return (100 * s) / MAX;
    };
    const initial = eff();
    let tail = 0;
    for (let t = 1; t <= years; t++) {
      for (let i = 0; i < N; i++) {
        if (c[i] !== c[i]) continue;
        age[i] += 1;
        if (c[i] < 4 || age[i] > 60) c[i] = NaN;
      }
      for (let l = 0; l < 5; l++) {
        for (let i = START[l]; i < START[l] + SIZES[l]; i++) {
          if (c[i] === c[i]) continue;
          const lo = START[l + 1];
          const hi = lo + SIZES[l + 1];
          let mode = strategy;
          if (mode === 'mix') mode = next() < 0.47 ? 'best' : 'worst';
          let k = -1;
          if (mode === 'random') {
            let n = 0;
            for (let j = lo; j < hi; j++) if (c[j] === c[j]) n++;
            if (n) {
              let pick = Math.floor(next() * n);
              for (let j = lo; j < hi; j++) if (c[j] === c[j] && pick-- === 0) { k = j; break; }
            }
          } else {
            let best = mode === 'best' ? -Infinity : Infinity;
            for (let j = lo; j < hi; j++) {
              const v = c[j];
              if (v !== v) continue;
              if (mode === 'best' ? v > best : v < best) { best = v; k = j; }
            }
          }
          if (k < 0) continue;
          c[i] = hypothesis === 'common-sense' ? clip(c[k] + (next() * 2 - 1), 1, 10) : clip(normal(7, 2), 1, 10);
          age[i] = age[k];
          c[k] = NaN;
        }
      }
      for (let i = START[5]; i < N; i++) {
        if (c[i] === c[i]) continue;
        c[i] = clip(normal(7, 2), 1, 10);
        age[i] = clip(normal(25, 5), 18, 60);
      }
      const e = eff();
      if (t > years - 400) tail += e;
    }
    total += tail / Math.min(400, years) - initial;
  }
  return total / runs;
}

/** A seeded random source (mulberry32): every run is reproducible from its seed. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Normal(mean, sd), by Marsaglia's polar method (Box–Muller without the trigonometry). */
  normal(mean: number, sd: number): number;
}

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  // NaN: no spare deviate (a number, not null, keeps the engine's number unboxed).
  let spare = NaN;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal(mean, sd) {
      if (spare === spare) {
        const z = spare;
        spare = NaN;
        return mean + sd * z;
      }
      let u = 0;
      let v = 0;
      let q = 0;
      do {
        u = 2 * next() - 1;
        v = 2 * next() - 1;
        q = u * u + v * v;
      } while (q >= 1 || q === 0);
      const f = Math.sqrt((-2 * Math.log(q)) / q);
      spare = v * f;
      return mean + sd * u * f;
    },
  };
}

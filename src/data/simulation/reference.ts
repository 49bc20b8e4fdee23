import { citation } from '../sources';

/**
 * Where our reading of the empirical reference sits on the skill-transfer
 * scale: Benson, Li & Shue (2019) found that the best salespeople, once
 * promoted, became worse managers; they publish no skill-transfer number, so
 * the mark and its words say it is our reading. (Apart from scenario.ts, so
 * that the simulation's worker does not carry the citations.)
 */
export const BENSON_REFERENCE = { rho: 0.05, label: `Our reading of ${citation('benson2019')}: near zero` } as const;

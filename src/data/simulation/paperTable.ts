/**
 * The paper's published results, as printed (Pluchino, Rapisarda & Garofalo
 * 2010, Table 1: gain of the asymptotic efficiency over the initial one, in
 * points, 50 runs × 1,000 steps), so the Methods page and the command line can
 * set them beside ours.
 */
import type { Hypothesis, Strategy } from './pluchino';

export const PAPER_TABLE: { initial: number; gain: Record<Hypothesis, Record<Strategy, number>> } = {
  initial: 69.68,
  gain: {
    'common-sense': { best: 9, worst: -5, random: 2, mix: 1.5 },
    peter: { best: -10, worst: 12, random: 1, mix: 1.5 },
  },
};

import type { ChartState } from '../types';

/** The states of `parallel-tracks`. Ids are public (embeds and links use them). */
export const states = [
  {
    id: 'one-staircase',
    label: 'One staircase',
    description: 'One staircase: past the first rungs, every step up is a step into managing people.',
  },
  {
    id: 'the-fork',
    label: 'The fork',
    description: 'The staircase forks into two ladders: one of management, one of the craft, rising as high.',
  },
  {
    id: 'three-summits',
    label: 'Three summits of craft',
    description: 'Each craft has a ladder of its own, with a summit the essay names, beside the management ladder.',
    detail: 'The summits: Distinguished Engineer (mastery in coding), Principal Designer (mastery in design), Master Roofer (mastery in craft).',
  },
  {
    id: 'pay-parity',
    label: 'Pay parity',
    description: 'Rung for rung, the craft ladders earn as much as the management ladder, or more (illustrative bands).',
  },
] as const satisfies readonly ChartState[];

export type ParallelTracksState = (typeof states)[number]['id'];

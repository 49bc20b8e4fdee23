import type { ChartState } from '../types';

/** The states of `ladders`. Ids are public (embeds and links use them). */
export const states = [
  {
    id: 'same-start',
    label: 'The same start',
    description:
      'Year 0: the same 160 people in the same seats; on the right, more of the brilliant sit in craft seats.',
    detail: 'Left: today’s practice; right: the essay’s proposal. Only what the seats are differs: the essay’s proposal (right) turns some management seats into the rungs of a craft ladder.',
  },
  {
    id: 'years-pass',
    label: 'Forty years on',
    description:
      '40 years on (one run): one ladder made its brilliant managers; parallel ladders let many climb the craft.',
  },
  {
    id: 'counts',
    label: 'The counts side by side',
    description:
      'After 40 years (mean of 20 runs) the proposal leads on efficiency and leadership; brilliant crafters: close.',
  },
  {
    id: 'your-settings',
    label: 'Where the difference comes from',
    description:
      'Most of the lead comes from promoting for the job, which one ladder could do too; parallel ladders add a few points.',
  },
] as const satisfies readonly ChartState[];

export type LaddersState = (typeof states)[number]['id'];

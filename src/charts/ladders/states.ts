import type { ChartState } from '../types';

/** The states of `ladders`. Ids are public (embeds and links use them). */
export const states = [
  {
    id: 'same-start',
    label: 'The same start',
    description:
      'Year 0: the same 160 people in the same seats under today’s practice and the essay’s proposal; only what the seats are differs, so more of the brilliant already sit in craft seats on the right.',
  },
  {
    id: 'years-pass',
    label: 'Forty years on',
    description:
      'Forty simulated years on, one run: under one ladder the brilliant who rose now manage; under parallel ladders many climbed the craft ladder instead.',
  },
  {
    id: 'counts',
    label: 'The counts side by side',
    description:
      'On average after 40 years, the proposal leads on efficiency and on its managers’ leadership; brilliant crafters are about as many, but more sit in craft seats.',
  },
  {
    id: 'your-settings',
    label: 'Where the difference comes from',
    description:
      'Most of the proposal’s lead in efficiency comes from promoting for the job to be done, which one ladder could do too; parallel ladders add a few points.',
  },
] as const satisfies readonly ChartState[];

export type LaddersState = (typeof states)[number]['id'];

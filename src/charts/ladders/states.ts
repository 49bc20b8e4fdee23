import type { ChartState } from '../types';

/** The states of `ladders`. Ids are public (embeds and links use them). */
export const states = [
  {
    id: 'same-start',
    label: 'The same start',
    description:
      'The same 160 people, seat for seat, in two organisations: on the left every rung above the crafters is management; on the right, above the crafters, a management ladder and a craft ladder stand side by side.',
  },
  {
    id: 'years-pass',
    label: 'Years pass under each rule',
    description:
      'Forty simulated years later: under linear progression the brilliant crafters (filled) have been promoted into management seats (squares); under parallel tracks most climbed the craft ladder and still practise their craft.',
  },
  {
    id: 'counts',
    label: 'The counts side by side',
    description:
      'Averages over 20 simulated organisations after 40 years: people still brilliant at their craft, brilliant crafters sitting in management, people dismissed for incompetence each year, and efficiency, under each rule.',
  },
  {
    id: 'your-settings',
    label: 'Your settings',
    description:
      'The organisation after the years a reader chooses, under each rule, with the count the essay asks about: how many people it allowed to stay brilliant at their craft.',
  },
] as const satisfies readonly ChartState[];

export type LaddersState = (typeof states)[number]['id'];

import type { ChartState } from '../types';

/** The states of `compass`. Ids are public (embeds and links use them). */
export const states = [
  {
    id: 'before',
    label: 'The old heading',
    description: 'The compass most organisations steer by: its needle points one way, to management as the summit.',
  },
  {
    id: 'turned',
    label: 'Turned 35 degrees',
    description: 'Turned 35 degrees, the essay’s figure, the needle points to mastery of the craft as an endpoint.',
  },
] as const satisfies readonly ChartState[];

export type CompassState = (typeof states)[number]['id'];

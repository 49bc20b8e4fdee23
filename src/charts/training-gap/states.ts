import type { ChartState } from '../types';

/** The states of `training-gap`. Ids are public. */
export const states = [
  {
    id: 'cohort',
    label: '100 new managers',
    description: 'One hundred newly promoted managers, drawn as 100 circles.',
  },
  {
    id: 'trained',
    label: 'About 35 trained',
    description: 'By the essay’s figure, about 35 of them received substantive management training before the role; they are filled in.',
  },
  {
    id: 'deep-end',
    label: '65 in the deep end',
    description: 'The other 65, untrained, drop below the water line: “thrown into the deep end”, in the essay’s words.',
  },
] as const satisfies readonly ChartState[];

export type TrainingGapState = (typeof states)[number]['id'];

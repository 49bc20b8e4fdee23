import type { ChartState } from '../types';

/** The states of `threefold-tragedy`. Ids are public (embeds and links use them). */
export const states = [
  {
    id: 'team',
    label: 'The team',
    description: 'A team of six and its manager; the best of the six, Sarah, does the most of the craft.',
  },
  {
    id: 'promotion',
    label: 'The promotion',
    description: 'Sarah is lifted into the manager’s seat; her place in the team is left empty.',
  },
  {
    id: 'talent-lost',
    label: 'Talent Lost',
    description: 'Talent Lost: the largest share of the team’s craft, hers, stops.',
  },
  {
    id: 'ineffective-management',
    label: 'Ineffective Management',
    description: 'Ineffective Management: her links to the team fray, and the team’s own work thins.',
  },
  {
    id: 'forced-failure',
    label: 'Forced Failure',
    description: 'Forced Failure: in a seat she was never prepared for, Sarah heads for burnout.',
  },
] as const satisfies readonly ChartState[];

export type ThreefoldTragedyState = (typeof states)[number]['id'];

import type { ChartState } from '../types';

/** The states of `different-mountain`, in the order the essay shows them. Ids are public. */
export const states = [
  {
    id: 'craft-summit',
    label: 'The summit of a craft',
    description: 'Two mountains side by side, craft and leadership; an expert stands on the summit of the craft mountain.',
  },
  {
    id: 'promotion-jump',
    label: 'The promotion',
    description: 'The promotion lifts the expert off the craft summit, across the gap, toward the other mountain.',
  },
  {
    id: 'other-foot',
    label: 'At the foot of the other mountain',
    description: 'The expert lands at the foot of the leadership mountain: a different mountain, climbed from the bottom.',
  },
  {
    id: 'skills-gap',
    label: 'The skills that do not transfer',
    description:
      'Each slope carries the skills the essay names; none of the craft’s carries across to leadership.',
    detail: 'On the craft mountain: focus, immersion, perfection, diagnosis, struck through. On the leadership mountain: connector, translator, shield, listener.',
  },
] as const satisfies readonly ChartState[];

export type DifferentMountainState = (typeof states)[number]['id'];

import { states as differentMountain } from './different-mountain/states';
import { states as ladders } from './ladders/states';
import { states as sarahsWeek } from './sarahs-week/states';
import { states as trainingGap } from './training-gap/states';

/**
 * Chart ids and their state ids, and nothing else: what the build checks each
 * MDX step against (src/scrolly/remarkSteps.ts) without loading chart code.
 */
export const catalog: Readonly<Record<string, readonly string[]>> = {
  'sarahs-week': sarahsWeek.map((s) => s.id),
  'different-mountain': differentMountain.map((s) => s.id),
  'training-gap': trainingGap.map((s) => s.id),
  ladders: ladders.map((s) => s.id),
};

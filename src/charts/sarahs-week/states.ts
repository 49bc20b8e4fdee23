import type { ChartState } from '../types';

/** The states of `sarahs-week`, in the order the essay shows them. Ids are public: embeds and links use them. */
export const states = [
  {
    id: 'craft-week',
    label: 'A maker’s week',
    description:
      'Sarah’s 45-hour week before the promotion, drawn as 45 hour-blocks: almost all of them deep work at her craft (an illustrative split).',
  },
  {
    id: 'promotion',
    label: 'The promotion',
    description: 'Five weeks ago Sarah was promoted: the same 45 hours, now waiting for a new kind of work.',
  },
  {
    id: 'meetings',
    label: '75% meetings, reviews and admin',
    description:
      'By the essay’s figure she will now spend 75% of her time in meetings, performance reviews and administrative tasks: about 34 of the 45 hours, leaving 11 for her craft.',
  },
  {
    id: 'arc',
    label: 'The arc',
    description:
      'The essay’s three-step arc: Individual Brilliance, a week of craft; Managerial Shift, a week split in two; Potential Pitfall, a week of meetings, sliding downhill.',
  },
] as const satisfies readonly ChartState[];

export type SarahsWeekState = (typeof states)[number]['id'];

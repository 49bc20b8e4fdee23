import type { ChartState } from '../types';

/** The states of `sarahs-week`, in the order the essay shows them. Ids are public: embeds and links use them. */
export const states = [
  {
    id: 'craft-week',
    label: 'A maker’s week',
    description:
      'Before the promotion: Sarah’s 45 hours as 45 blocks, nearly all deep work at her craft (illustrative split).',
    detail: 'One block is one working hour, Monday to Friday.',
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
      'By the essay’s figure, 75% of her week goes to meetings, reviews and admin: 34 of 45 hours.',
    detail: 'About 11 hours are left for her craft.',
  },
  {
    id: 'arc',
    label: 'The arc',
    description:
      'The essay’s arc: Individual Brilliance (craft), Managerial Shift (split), Potential Pitfall (meetings).',
    detail: 'Three small weeks side by side: one of craft, one split in two, one of meetings.',
  },
] as const satisfies readonly ChartState[];

export type SarahsWeekState = (typeof states)[number]['id'];

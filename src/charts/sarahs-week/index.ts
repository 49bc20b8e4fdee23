import { defineChart, isValue } from '../define';
import type { DataTable } from '../types';
import { sarahsWeekData, type SarahsWeekData } from './data';
import { ARC_LABELS, layout } from './layout';
import { states, type SarahsWeekState } from './states';

function table(state: SarahsWeekState, { week: sarahsWeek, managementHours, before }: SarahsWeekData): DataTable {
  const columns = ['Hours of the week', 'Hours', 'Where the number comes from'];
  const craftBefore = before.filter((k) => k === 'craft').length;
  switch (state) {
    case 'craft-week':
      return {
        columns,
        rows: [
          ['Craft (deep work)', craftBefore, 'illustrative'],
          ['Stand-ups, email and the like', before.length - craftBefore, 'illustrative'],
          ['The working week', sarahsWeek.hours, 'the essay (“45 working hours”)'],
        ],
      };
    case 'promotion':
      return {
        columns,
        rows: [
          ['The working week', sarahsWeek.hours, 'the essay'],
          ['Weeks since the promotion', sarahsWeek.weeksSincePromotion, 'the essay (“just 5 weeks ago”)'],
        ],
      };
    case 'meetings':
      return {
        columns,
        rows: [
          ['Meetings, performance reviews and administrative tasks (75%)', managementHours, 'the essay’s 75%, of 45 hours, rounded'],
          ['Craft', sarahsWeek.hours - managementHours, 'what is left'],
          ['The working week', sarahsWeek.hours, 'the essay'],
        ],
      };
    case 'arc':
      return {
        columns: ['Stage (the essay’s labels)', 'Hour-blocks drawn', 'Where the number comes from'],
        rows: ARC_LABELS.map((label) => [label, 15, 'illustrative: the 45 hours in three groups']),
      };
  }
}

/** `sarahs-week`: the opening's 45-hour week, before and after the promotion. */
export const sarahsWeekChart = defineChart<SarahsWeekState, SarahsWeekData>({
  id: 'sarahs-week',
  title: 'Sarah’s week: the hours stay, the work changes',
  states,
  keyState: 'meetings',
  data: { kind: 'module', value: sarahsWeekData, check: isValue(sarahsWeekData) },
  layout,
  table,
  sources: [
    { provenance: 'essay', text: '45 working hours and “just 5 weeks ago”: the essay’s opening. 75% of her time in meetings, performance reviews and administrative tasks: the essay, The Threefold Tragedy.' },
    { provenance: 'illustrative', text: 'How a maker’s week splits before the promotion (38 hours of craft, 7 of other work), where the remaining craft hours fall, and the three groups of the arc are ours, for illustration.' },
  ],
  legend: [
    { className: 'mark-craft', shape: 'square', label: 'an hour of craft' },
    { className: 'mark-lead mark-hollow', shape: 'hollow-square', label: 'meetings, reviews, admin' },
    { className: 'mark-open', shape: 'hollow-square', label: 'not yet spoken for' },
  ],
});

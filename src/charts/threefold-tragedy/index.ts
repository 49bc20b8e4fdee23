import { defineChart, isValue } from '../define';
import type { DataTable } from '../types';
import { threefoldTragedyData, type ThreefoldTragedyData } from './data';
import { layout } from './layout';
import { states, type ThreefoldTragedyState } from './states';

function table(state: ThreefoldTragedyState, data: ThreefoldTragedyData): DataTable {
  const step = states.findIndex((s) => s.id === state);
  const rows = data.team.map((m): (string | number)[] => {
    const isSarah = m.name === 'Sarah';
    const seat = isSarah && step >= 1 ? 'manager' : 'team';
    const craft = isSarah && step >= 2 ? 0 : !isSarah && step >= 3 ? Math.round(m.craft * data.frayed * 10) / 10 : m.craft;
    return [isSarah ? 'Sarah' : `Team member ${m.name}`, seat, craft];
  });
  return { columns: ['Person', 'Seat', 'Share of the craft (illustrative units)'], rows };
}

/** `threefold-tragedy`: one promotion, and the essay's three layers of loss, in turn. */
export const threefoldTragedyChart = defineChart<ThreefoldTragedyState, ThreefoldTragedyData>({
  id: 'threefold-tragedy',
  title: 'One promotion, three losses',
  states,
  keyState: 'forced-failure',
  staticSize: { width: 320, height: 260 },
  data: { kind: 'module', value: threefoldTragedyData, check: isValue(threefoldTragedyData) },
  layout,
  table,
  sources: [
    { provenance: 'essay', text: 'Talent Lost, Ineffective Management and Forced Failure, with their lines, are the essay’s infographic cards.' },
    { provenance: 'illustrative', text: 'The team of six and each one’s share of the craft are ours: the essay gives no figures for them.' },
  ],
  legend: [
    { className: 'mark-craft', shape: 'circle', label: 'Sarah' },
    { className: 'mark-craft mark-hollow', shape: 'hollow-circle', label: 'team member' },
    { className: 'mark-lead', shape: 'square', label: 'manager’s seat' },
  ],
});

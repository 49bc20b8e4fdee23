import { defineChart, isValue } from '../define';
import type { DataTable } from '../types';
import { parallelTracksData, type ParallelTracksData } from './data';
import { layout } from './layout';
import { states, type ParallelTracksState } from './states';

function table(state: ParallelTracksState, data: ParallelTracksData): DataTable {
  const rows: (string | number)[][] = [];
  data.start.forEach((name, i) => rows.push([i + 1, name, '(shared)', 'our rung names, illustrative']));
  data.management.forEach((name, i) => {
    const rung = data.start.length + i + 1;
    if (state === 'one-staircase') rows.push([rung, name, '(no craft rung)', 'our rung names, illustrative']);
    else if (state === 'the-fork') rows.push([rung, name, data.craft[i] ?? '', 'our rung names, illustrative']);
    else {
      const top = i === data.management.length - 1;
      rows.push([
        rung,
        name,
        top ? data.summits.map((s) => `${s.title} (${s.line.replace(/\.$/, '').toLowerCase()})`).join('; ') : `${data.craft[i] ?? ''} in each craft`,
        top ? 'the summits are the essay’s' : state === 'pay-parity' ? 'same pay band as the management rung (illustrative)' : 'our rung names, illustrative',
      ]);
    }
  });
  return { columns: ['Rung', 'Management', 'Craft', 'Where it comes from'], rows };
}

/** `parallel-tracks`: the staircase that forks into ladders, with summits of craft and pay to match. */
export const parallelTracksChart = defineChart<ParallelTracksState, ParallelTracksData>({
  id: 'parallel-tracks',
  title: 'Parallel tracks: a ladder for the craft that rises as high',
  states,
  keyState: 'pay-parity',
  staticSize: { width: 320, height: 260 },
  data: { kind: 'module', value: parallelTracksData, check: isValue(parallelTracksData) },
  layout,
  table,
  sources: [
    { provenance: 'essay', text: 'Distinguished Engineer, Principal Designer and Master Roofer, and craft rungs “earning as much or more than their managerial counterparts”, are the essay’s.' },
    { provenance: 'illustrative', text: 'The rung names below the summits and the pay bands are ours; the chart draws no salaries.' },
  ],
  legend: [
    { className: 'mark-lead', shape: 'square', label: 'management ladder' },
    { className: 'mark-craft', shape: 'circle', label: 'craft ladder' },
  ],
});

import { defineChart, isValue } from '../define';
import type { DataTable } from '../types';
import { underlyingConnectionsData, type UnderlyingConnectionsData } from './data';
import { layout } from './layout';
import { states, type UnderlyingConnectionsState } from './states';

function table(state: UnderlyingConnectionsState, { rows, sag }: UnderlyingConnectionsData): DataTable {
  const people = rows.reduce((a, b) => a + b, 0);
  return {
    columns: ['What', 'Value', 'Where it comes from'],
    rows: [
      ['Brilliant crafters in the frame', people, 'ours, illustrative'],
      ['Connections at the helm', state === 'sound' ? 'sound' : 'unsound', 'the essay’s idea (Luna’s “underlying connections”)'],
      ['How far the frame sags, share of its height', state === 'collapse' ? sag : 0, 'illustrative'],
    ],
  };
}

/** `underlying-connections`: a team that stands on its connections, not on the brilliance of its members. */
export const underlyingConnectionsChart = defineChart<UnderlyingConnectionsState, UnderlyingConnectionsData>({
  id: 'underlying-connections',
  title: 'A team stands on its connections, not its brilliance',
  states,
  keyState: 'collapse',
  staticSize: { width: 320, height: 240 },
  data: { kind: 'module', value: underlyingConnectionsData, check: isValue(underlyingConnectionsData) },
  layout,
  table,
  sources: [
    { provenance: 'essay', text: 'The idea is Luna’s, in the essay: “it’s about the underlying connections. If those aren’t sound, everything else is just window dressing.”' },
    { provenance: 'illustrative', text: 'The frame, its eight people and how far it sags are ours, not measurements.' },
  ],
  legend: [
    { className: 'mark-craft', shape: 'circle', label: 'a brilliant crafter' },
    { className: 'mark-lead', shape: 'square', label: 'the helm (management)' },
  ],
});

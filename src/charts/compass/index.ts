import { defineChart, isValue } from '../define';
import type { DataTable } from '../types';
import { compassData, type CompassData } from './data';
import { layout } from './layout';
import { states, type CompassState } from './states';

function table(state: CompassState, { degrees, from, to }: CompassData): DataTable {
  const rows: (string | number)[][] = [['Heading before the turn (our words)', from, '0°']];
  if (state === 'turned') {
    rows.push(['Heading after the turn (our words)', to, `${degrees}°`]);
    rows.push(['The turn', `${degrees}°`, 'the essay’s figure']);
  }
  return { columns: ['What', 'Value', 'Angle or source'], rows };
}

/** `compass`: the essay's 35-degree turn of an organisation's internal compass. */
export const compassChart = defineChart<CompassState, CompassData>({
  id: 'compass',
  title: 'Shift the compass 35 degrees, from management to mastery',
  states,
  keyState: 'turned',
  staticSize: { width: 320, height: 260 },
  data: { kind: 'module', value: compassData, check: isValue(compassData) },
  layout,
  table,
  sources: [
    { provenance: 'essay', text: '35 degrees is the essay’s figure (“We need to shift our thinking by 35 degrees, to reorient our internal compass”). The two headings are our words for its two ideas of the summit.' },
  ],
  legend: [],
});

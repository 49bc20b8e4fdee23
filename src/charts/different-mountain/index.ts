import { defineChart, isValue } from '../define';
import type { DataTable } from '../types';
import { differentMountainData, type DifferentMountainData } from './data';
import { layout } from './layout';
import { states, type DifferentMountainState } from './states';

function table(state: DifferentMountainState, { skills }: DifferentMountainData): DataTable {
  const where = {
    'craft-summit': 'the summit of the craft mountain',
    'promotion-jump': 'in the air between the mountains',
    'other-foot': 'the foot of the leadership mountain',
    'skills-gap': 'the foot of the leadership mountain',
  }[state];
  return {
    columns: ['Mountain', 'Skills the essay names', 'The expert'],
    rows: [
      ['Craft', skills.craft.join(', '), state === 'craft-summit' ? where : ''],
      ['Leadership', state === 'skills-gap' ? skills.leadership.join(', ') : '(shown at the last step)', state === 'craft-summit' ? '' : where],
    ],
  };
}

/** `different-mountain`: the mentor's image, “not the summit, a different mountain”. */
export const differentMountainChart = defineChart<DifferentMountainState, DifferentMountainData>({
  id: 'different-mountain',
  title: 'A promotion is not a higher summit but a different mountain',
  states,
  keyState: 'skills-gap',
  data: { kind: 'module', value: differentMountainData, check: isValue(differentMountainData) },
  layout,
  table,
  sources: [
    { provenance: 'essay', text: 'The image is the mentor’s, quoted in the essay. The skills on the slopes are the essay’s words: focus, immersion, perfection (the designer in the opening), diagnosis (Luna); connector, translator, shield, listener (a manager, in the opening).' },
    { provenance: 'illustrative', text: 'The mountains’ shapes and heights carry no data.' },
  ],
  legend: [
    { className: 'mark-person', shape: 'circle', label: 'the expert' },
    { className: 'mountain--craft', shape: 'triangle', label: 'craft' },
    { className: 'mountain--lead', shape: 'triangle', label: 'leadership' },
  ],
});

import { defineChart, isValue } from '../define';
import type { DataTable } from '../types';
import { trainingContext, trainingGapData, type TrainingGapData } from './data';
import { layout } from './layout';
import { states, type TrainingGapState } from './states';

function table(state: TrainingGapState, { cohort, trainedCount, context }: TrainingGapData): DataTable {
  const rows: (string | number)[][] = [['Newly promoted managers drawn', cohort, 'a cohort of 100 (ours)']];
  if (state !== 'cohort') rows.push(['Trained before the role (“about 35%”)', trainedCount, 'the essay’s claim; it cites no source']);
  if (state === 'deep-end') rows.push(['“Thrown into the deep end”', cohort - trainedCount, 'the rest, by the essay’s figure']);
  for (const c of context) rows.push([`For context: ${c.figure} ${c.text}`, c.figure, c.source]);
  return { columns: ['Figure', 'Value', 'Where the number comes from'], rows };
}

/** `training-gap`: the essay's “about 35%”, shown as its claim, with the cited context. */
export const trainingGapChart = defineChart<TrainingGapState, TrainingGapData>({
  id: 'training-gap',
  title: 'Many new managers start without management training',
  states,
  keyState: 'deep-end',
  data: { kind: 'module', value: trainingGapData, check: isValue(trainingGapData) },
  layout,
  table,
  sources: [
    { provenance: 'essay', text: '“About 35%” trained before the role is the essay’s figure, from “a recent study, one of many” it does not name; we could not trace it. One mark is one manager of a cohort of 100.' },
    ...trainingContext.map((c) => ({ provenance: 'source' as const, text: `${c.figure} ${c.text}: ${c.source}.`, href: c.href })),
  ],
  legend: [
    { className: 'mark-neutral', shape: 'circle', label: 'trained before the role' },
    { className: 'mark-neutral mark-hollow', shape: 'hollow-circle', label: 'not trained' },
  ],
});

import { differentMountainChart } from './different-mountain';
import { laddersChart } from './ladders';
import { sarahsWeekChart } from './sarahs-week';
import { trainingGapChart } from './training-gap';
import type { ChartDefinition } from './types';

/** Every chart on the site, by its public id. Adding a chart: a folder under src/charts/ and a line here and in catalog.ts. */
export const charts: Readonly<Record<string, ChartDefinition>> = {
  [sarahsWeekChart.id]: sarahsWeekChart as unknown as ChartDefinition,
  [differentMountainChart.id]: differentMountainChart as unknown as ChartDefinition,
  [trainingGapChart.id]: trainingGapChart as unknown as ChartDefinition,
  [laddersChart.id]: laddersChart as unknown as ChartDefinition,
};

/** The chart with this id, or an error that lists the valid ids. */
export function getChart(id: string): ChartDefinition {
  const chart = charts[id];
  if (!chart) throw new Error(`Unknown chart "${id}". Valid charts: ${Object.keys(charts).join(', ')}.`);
  return chart;
}

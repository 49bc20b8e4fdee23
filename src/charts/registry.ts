import { compassChart } from './compass';
import { differentMountainChart } from './different-mountain';
import { laddersChart } from './ladders';
import { parallelTracksChart } from './parallel-tracks';
import { sarahsWeekChart } from './sarahs-week';
import { threefoldTragedyChart } from './threefold-tragedy';
import { trainingGapChart } from './training-gap';
import { underlyingConnectionsChart } from './underlying-connections';
import type { Chart } from './types';

/**
 * Every chart on the site, in the order the essay first shows them. Adding a
 * chart: a folder under src/charts/ and one line here. The build checks every
 * MDX step against this list (src/steps/collection.ts).
 */
export const chartList: readonly Chart[] = [
  sarahsWeekChart,
  differentMountainChart,
  threefoldTragedyChart,
  trainingGapChart,
  underlyingConnectionsChart,
  parallelTracksChart,
  compassChart,
  laddersChart,
];

/** The charts by their public id. */
export const charts: Readonly<Record<string, Chart>> = Object.fromEntries(chartList.map((c) => [c.id, c]));

/** The chart with this id, or an error that lists the valid ids. */
export function getChart(id: string): Chart {
  const chart = charts[id];
  if (!chart) throw new Error(`Unknown chart "${id}". Valid charts: ${chartList.map((c) => c.id).join(', ')}.`);
  return chart;
}

/**
 * Each chart's code, loaded in the reader's browser only as the reader nears
 * one of its blocks (src/charts/host.ts): the essay's first load carries the
 * step engine and the first chart, not all eight. The same charts as the
 * registry (src/charts/registry.ts), which the build uses; a unit test keeps
 * the two lists the same.
 */
import type { Chart } from './types';

export const chartLoaders: Readonly<Record<string, () => Promise<Chart>>> = {
  'sarahs-week': () => import('./sarahs-week').then((m) => m.sarahsWeekChart),
  'different-mountain': () => import('./different-mountain').then((m) => m.differentMountainChart),
  'threefold-tragedy': () => import('./threefold-tragedy').then((m) => m.threefoldTragedyChart),
  'training-gap': () => import('./training-gap').then((m) => m.trainingGapChart),
  'underlying-connections': () => import('./underlying-connections').then((m) => m.underlyingConnectionsChart),
  'parallel-tracks': () => import('./parallel-tracks').then((m) => m.parallelTracksChart),
  compass: () => import('./compass').then((m) => m.compassChart),
  ladders: () => import('./ladders').then((m) => m.laddersChart),
};

/** A chart's code, loaded once however many blocks show it. */
const loading = new Map<string, Promise<Chart>>();
export function loadChart(id: string): Promise<Chart> {
  let chart = loading.get(id);
  if (!chart) {
    const loader = chartLoaders[id];
    chart = loader ? loader() : Promise.reject(new Error(`Unknown chart "${id}". Valid charts: ${Object.keys(chartLoaders).join(', ')}.`));
    loading.set(id, chart);
  }
  return chart;
}

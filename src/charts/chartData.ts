/**
 * A chart's data at build time: what the pages, the data files and the tests
 * draw with. A chart that carries its figures has them at hand; a chart whose
 * data is a file the browser fetches (ChartData `file`) has a `build.ts` in
 * its folder that computes it (`export function buildData()`). Build only:
 * client code never imports this module, so no model code reaches the page.
 */
import type { Chart } from './types';

const builders = import.meta.glob<{ buildData: () => unknown }>('./*/build.ts');

export async function chartData(chart: Chart): Promise<unknown> {
  if (!chart.dataPath) return chart.moduleData();
  const load = builders[`./${chart.id}/build.ts`];
  if (!load) throw new Error(`Chart "${chart.id}" is drawn from ${chart.dataPath}, but src/charts/${chart.id}/build.ts, which computes it at build time, is missing.`);
  return (await load()).buildData();
}

/**
 * Every chart state's exports, built as static files:
 * `/charts/<chart>/<state>.svg`, `-dark.svg`, `.png`, `@2x.png`, `-dark.png`,
 * `.csv`, `.json` (src/charts/exports.ts). The PNGs are the SVGs rasterised
 * by sharp at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { chartData } from '../../../charts/chartData';
import { EXPORTS, exportSvg, tableCsv, tableJson, type ExportKind } from '../../../charts/exports';
import { chartList } from '../../../charts/registry';
import type { Chart } from '../../../charts/types';
import { absoluteUrl } from '../../../lib/paths';
import { stepShowing } from '../../../steps/collection';

interface Props {
  chart: Chart;
  state: string;
  kind: ExportKind;
  type: string;
  /** Where the essay shows this state (src/steps/collection.ts, stepShowing). */
  step: string | null;
}

export const getStaticPaths = (async () => {
  const steps = await getCollection('steps');
  return chartList.flatMap((chart) =>
    chart.states.flatMap((state) =>
      EXPORTS.map(({ kind, suffix, type }) => ({
        params: { chart: chart.id, file: `${state.id}${suffix}` },
        props: { chart, state: state.id, kind, type, step: stepShowing(steps, chart.id, state.id) },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { chart, state, kind, type, step } = props;
  const data = await chartData(chart);
  const page = `${absoluteUrl('/', site)}${step ? `#${step}` : ''}`;
  let body: string | Uint8Array<ArrayBuffer>;
  if (kind === 'csv') body = tableCsv(chart.table(state, data));
  else if (kind === 'json') body = tableJson(chart, state, data, page);
  else {
    const svg = exportSvg(chart, state, data, kind.startsWith('dark') ? 'dark' : 'light', page);
    body = kind.endsWith('svg') ? svg : new Uint8Array(await sharp(Buffer.from(svg), { density: kind === '2x.png' ? 144 : 72 }).png().toBuffer());
  }
  return new Response(body, { headers: { 'Content-Type': type } });
};

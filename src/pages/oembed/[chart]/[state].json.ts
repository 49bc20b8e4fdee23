/**
 * `/oembed/<chart>/<state>.json`: an oEmbed response (type `rich`) per chart
 * state, for CMSs that unfurl a link: the iframe snippet with its title,
 * its size, the PNG as thumbnail, and the attribution and reuse terms.
 * Static files, so the `maxwidth`/`maxheight` a consumer may send are not
 * read: the iframe is full-width and sizes itself where the host allows.
 * Pages point to them with `<link rel="alternate" type="application/json+oembed">`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { chartData } from '../../../charts/chartData';
import { REUSE_TERMS } from '../../../charts/exports';
import { chartList } from '../../../charts/registry';
import type { Chart } from '../../../charts/types';
import { DEFAULT_EMBED_PARAMS } from '../../../embed/embed';
import { ESSAY_TITLE, frameTitle, iframeHtml, targetUrls } from '../../../embed/snippets';
import { snippetTarget } from '../../../embed/target';
import { absoluteUrl } from '../../../lib/paths';
import { siteMeta } from '../../../lib/siteMeta';
import { stepShowing } from '../../../steps/collection';

interface Props {
  chart: Chart;
  state: string;
  step: string | null;
}

/** The width the oEmbed response asks for: a wiki's column (the frame is full-width anyway). */
const WIDTH = 640;

export const getStaticPaths = (async () => {
  const steps = await getCollection('steps');
  return chartList.flatMap((chart) =>
    chart.states.map((state) => ({ params: { chart: chart.id, state: state.id }, props: { chart, state: state.id, step: stepShowing(steps, chart.id, state.id) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { chart, state, step } = props;
  const root = absoluteUrl('/', site);
  const target = snippetTarget(chart, state, root, step, await chartData(chart));
  const urls = targetUrls(target, DEFAULT_EMBED_PARAMS);
  const body = {
    version: '1.0',
    type: 'rich',
    title: frameTitle(target),
    html: iframeHtml(target, DEFAULT_EMBED_PARAMS),
    width: WIDTH,
    height: target.height,
    provider_name: `${ESSAY_TITLE}: ${siteMeta.edition.toLowerCase()}`,
    provider_url: root,
    thumbnail_url: urls.png,
    thumbnail_width: target.image.width,
    thumbnail_height: target.image.height,
    cache_age: 86400,
    // Not in the oEmbed spec (consumers ignore what they do not know): where the chart lives and its terms.
    url: urls.essay,
    terms: REUSE_TERMS,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

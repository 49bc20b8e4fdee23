/**
 * The embed page's script (src/components/embed/EmbedPage.astro). It reads
 * nothing from the framing page and listens to no message: it only
 *  - posts the page's height to the parent whenever it changes, in our
 *    format and in Datawrapper's (src/embed/embed.ts), so host scripts size
 *    the frame to the chart;
 *  - shows the controls that step through the chart's states when the
 *    snippet asks (`?steps=1`), carrying the snippet's parameters along;
 *  - for the simulation's "your settings" view with a scenario in the
 *    address, loads the module that computes and draws it.
 * It starts once the page has painted (AfterPaint, in EmbedPage.astro).
 * Parameters are read through parseEmbedParams: only known values, and
 * nothing from the address is written into the page as markup.
 */
import { datawrapperMessage, embedQuery, heightMessage, parseEmbedParams } from './embed';
import { urlHasScenario } from '../data/simulation/settingsKeys';

export function startEmbed(): void {
  const root = document.querySelector<HTMLElement>('[data-embed]');
  if (!root) return;
  const chart = root.dataset.chart ?? '';
  const state = root.dataset.state ?? '';
  const params = parseEmbedParams(location.search);

  if (params.steps) {
    const query = embedQuery(params);
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-embed-link]')) a.href = `${a.pathname}${query}`;
    root.querySelector<HTMLElement>('[data-embed-steps]')?.removeAttribute('hidden');
  }

  if (chart === 'ladders' && state === 'your-settings' && urlHasScenario(location.search)) {
    // This script runs once the page's first paint is on screen (AfterPaint, in EmbedPage.astro): the simulation's
    // code (about 30 KB) is not fetched alongside the font and the page that the first paint needs.
    import('./scenarioEmbed').then(
      (m) => m.startScenario(root),
      () => undefined,
    );
  }

  // Auto-height: the height of the content (never of the frame, so resizing the frame cannot feed back into it).
  if (window.parent === window) return;
  let posted = 0;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height < 1 || height === posted) return;
    posted = height;
    // The height is not a secret, and the framing page's origin is unknown: any parent may read it.
    window.parent.postMessage(heightMessage(chart, state, height), '*');
    window.parent.postMessage(datawrapperMessage(chart, state, height), '*');
  };
  new ResizeObserver(post).observe(root);
  post();
}

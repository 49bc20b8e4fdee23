/**
 * The embed page's script (src/components/embed/EmbedPage.astro). It reads
 * nothing from the framing page and listens to no message: it only
 *  - posts the page's height to the parent whenever it changes, in our
 *    format and in Datawrapper's (src/embed/embed.ts), so host scripts size
 *    the frame to the chart;
 *  - shows the controls that step through the chart's states when the
 *    snippet asks (`?steps=1`), carrying the snippet's parameters along;
 *  - for the simulation's "your settings" view with a scenario in the
 *    address, loads the module that computes and draws it, once the page
 *    has painted.
 * Parameters are read through parseEmbedParams: only known values, and
 * nothing from the address is written into the page as markup.
 */
import { datawrapperMessage, embedQuery, heightMessage, parseEmbedParams } from './embed';
import { urlHasScenario } from '../data/simulation/settingsKeys';

/** Runs `task` once, when the browser reports the page's first contentful paint (or after `fallbackMs` without one). */
function afterFirstPaint(task: () => void, fallbackMs = 1000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    window.clearTimeout(timer);
    task();
  };
  const timer = window.setTimeout(run, fallbackMs);
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) run();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    run();
  }
}

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
    // Once the page's first paint is on screen: the simulation's code (about 30 KB) is then not fetched alongside
    // the font and the page that the first paint needs. A frame that is not shown (an embed scrolled out of view,
    // a background tab) reports no paint; the simulation then starts after a second.
    afterFirstPaint(() => {
      import('./scenarioEmbed').then(
        (m) => m.startScenario(root),
        () => undefined,
      );
    });
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

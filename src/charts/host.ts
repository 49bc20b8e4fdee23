/**
 * The chart host: the only client code that knows chart definitions. It
 * listens to the stepper and draws each block's live chart in the current
 * step's state; it loads a chart's code (src/charts/lazy.ts) and its data
 * file as the reader nears the block, and redraws at a new size after
 * resizes and zoom. The build-time figure stays until both are there (or for
 * good, offline).
 */
import { shouldAnimate } from '../scrolly/activeStep';
import type { StepChange, Stepper } from '../scrolly/stepper';
import { withBase } from '../lib/paths';
import { loadChart } from './lazy';
import { becomeStaticPage } from '../lib/staticFallback';
import { figureLayout } from './figure';
import { renderFigureMarks, TRANSITION_MS } from './render';
import type { Chart } from './types';

interface HostedBlock {
  live: HTMLElement;
  frame: HTMLElement;
  svg: SVGSVGElement;
  /** The chart's id, and its code once loaded (null until then: the build-time figure shows meanwhile). */
  id: string;
  chart: Chart | null;
  /** The chart's data: undefined until it has loaded; the build-time figure shows meanwhile. */
  data: unknown;
  drawnAt: string;
}

/**
 * The motion in effect: `<html data-motion>`, kept by the header's toggle
 * (src/scrolly/motion.ts). Read from the page, not imported, so that the
 * toggle's script shares no module with the charts and stays inline.
 */
function motionNow(): 'full' | 'reduce' {
  return document.documentElement.dataset.motion === 'reduce' ? 'reduce' : 'full';
}

/** The narrowest live figure that draws its title. */
const TITLE_MIN_WIDTH = 400;

/**
 * The box of a block's live figure: the frame's width, and the height the
 * build-time figure's proportions give it at that width (so drawing never
 * moves the page), within the figure's max-height (a phone's band, a short
 * window). Null while the frame is hidden.
 */
function figureBox(block: HostedBlock): { width: number; height: number } | null {
  const width = block.frame.clientWidth;
  if (width < 10) return null;
  const aspect = Number(block.svg.dataset.aspect) || 0.75;
  const max = parseFloat(getComputedStyle(block.svg).maxHeight);
  return { width, height: Math.round(Math.min(width * aspect, Number.isFinite(max) && max > 0 ? max : Infinity)) };
}

/** Fetched chart data, by path: blocks of the same chart share one request. */
const fetched = new Map<string, Promise<unknown>>();

/** Hosts the live chart of every `div[data-scrolly]` block (in document order: the stepper's block numbers). */
export function hostCharts(stepper: Stepper): void {
  const blocks: (HostedBlock | null)[] = [...document.querySelectorAll<HTMLElement>('div[data-scrolly]')].map((el) => {
    const live = el.querySelector<HTMLElement>('.scrolly__live');
    const frame = el.querySelector<HTMLElement>('.scrolly__frame');
    const svg = frame?.querySelector<SVGSVGElement>('svg');
    if (!live || !frame || !svg) return null;
    return { live, frame, svg, id: live.dataset.chart ?? '', chart: null, data: undefined, drawnAt: '' };
  });

  // Only blocks within a screen of the viewport are drawn: the others keep their build-time figure
  // (already the block's first state) until the reader comes near, so start-up touches one block, not all.
  const near = blocks.map(() => false);

  const draw = (b: number, animate: boolean) => {
    const block = blocks[b];
    const step = stepper.currentOf(b);
    if (!block || !block.chart || !step || block.data === undefined || !near[b]) return;
    const size = figureBox(block);
    if (!size) return; // hidden: animations off, or not laid out
    const key = `${step.state}@${size.width}x${size.height}`;
    if (!animate && block.drawnAt === key) return;
    // A band as narrow as a phone's leaves the title to the notes after the block: the sentence says more.
    const fig = figureLayout(block.chart, step.state, size, { title: size.width >= TITLE_MIN_WIDTH });
    const marks = block.chart.layout(step.state, { width: fig.plot.width, height: fig.plot.height }, block.data);
    renderFigureMarks(block.svg, fig, marks, animate ? TRANSITION_MS : 0);
    block.drawnAt = key;
  };

  stepper.addEventListener('stepchange', (event) => {
    const d = (event as CustomEvent<StepChange>).detail;
    draw(d.block, shouldAnimate(d.from, d.index, motionNow(), d.jump) && !document.hidden);
  });

  /** A chart's data file, fetched once for every block that shows the chart. */
  const load = (block: HostedBlock & { chart: Chart }, b: number, path: string) => {
    let request = fetched.get(path);
    if (!request) {
      // A page may carry the file in itself (a copy saved for file://, where nothing can be fetched).
      const island = document.querySelector(`script[type="application/json"][data-chart-data="${CSS.escape(path)}"]`);
      request = island ? Promise.resolve().then(() => JSON.parse(island.textContent ?? 'null') as unknown) : fetch(withBase(path)).then((r) => (r.ok ? r.json() : null));
      fetched.set(path, request);
    }
    request.then(
      (data: unknown) => {
        if (!block.chart.isData(data)) return becomeStaticPage();
        block.data = data;
        draw(b, false);
      },
      // Without its data the live chart could not follow the steps: the page reads as without JavaScript instead.
      () => becomeStaticPage(),
    );
  };

  // A block comes near: its data file starts loading (if it has one) and it is drawn at its box's size.
  const index = new Map<Element, number>();
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const b = index.get(entry.target);
        const block = b === undefined ? null : blocks[b];
        if (b === undefined || !block) continue;
        near[b] = entry.isIntersecting;
        if (!entry.isIntersecting) continue;
        if (block.chart) {
          draw(b, false);
          continue;
        }
        // The chart's code first (once per chart), then its data (in the module, or a file).
        loadChart(block.id).then(
          (chart) => {
            if (block.chart) return;
            block.chart = chart;
            block.data = chart.moduleData();
            if (block.data === undefined && chart.dataPath) load(block as HostedBlock & { chart: Chart }, b, chart.dataPath);
            draw(b, false);
          },
          // A chart whose code cannot load could not follow the steps: the page reads as without JavaScript instead.
          () => becomeStaticPage(),
        );
      }
    },
    { rootMargin: '100% 0px' },
  );
  blocks.forEach((block, b) => {
    if (!block) return;
    const target = block.live.closest('[data-scrolly]') ?? block.live;
    index.set(target, b);
    io.observe(target);
  });

  // Resizes, zoom and the animations toggle: redraw at the new size, in the same state (blocks far away when they come near).
  let resizeTimer: number | undefined;
  const redraw = () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => blocks.forEach((_, b) => draw(b, false)), 150);
  };
  const observer = new ResizeObserver(redraw);
  blocks.forEach((block) => block && observer.observe(block.frame));
  window.addEventListener('motionchange', redraw);
}

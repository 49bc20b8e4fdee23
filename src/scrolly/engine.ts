/**
 * The step engine. The current step of each scrolly block is one piece of
 * state with three inputs: scroll (Scrollama, checked against geometry when
 * the scroll settles), the URL hash (a step's id; restored on load, reload
 * and hashchange without playing earlier steps), and `goToStep()` for the
 * presentation mode's keys. Knows nothing about any particular chart.
 *
 * In the DOM: each step carries `data-step`; the active one has
 * `aria-current="step"`; each live chart carries `data-chart` and
 * `data-state` (the state it shows now).
 */
import { getChart } from '../charts/registry';
import { renderMarks, TRANSITION_MS } from '../charts/render';
import type { Chart } from '../charts/types';
import { withBase } from '../lib/paths';
import { activeStepAt, shouldAnimate, triggerOffset } from './activeStep';
import { createScroller, type Scroller } from './scroller';

/** What moved the current step. */
export type StepSource = 'scroll' | 'hash' | 'key' | 'init' | 'resize';

interface Block {
  live: HTMLElement;
  frame: HTMLElement;
  svg: SVGSVGElement;
  chart: Chart;
  steps: HTMLElement[];
  current: number;
  drawnAt: string;
  /** The chart's data: undefined until it has loaded (Chart.dataPath); the build-time figure shows meanwhile. */
  data: unknown;
}

/** Detail of the `stepchange` event the engine dispatches on `document`. */
export interface StepChange {
  step: string;
  chart: string;
  state: string;
  source: StepSource;
}

let started = false;
const blocks: Block[] = [];
const index = new Map<string, { block: Block; i: number }>();
let scroller: Scroller | undefined;
/**
 * After a hash jump, the scroll that brings the step into view (smooth, or
 * the browser restoring a reload's position) does not move that block's step.
 * The pin holds until that scroll has settled; any later scroll, whoever
 * makes it (the reader, find-in-page, a script), follows the geometry again.
 */
let pinned: Block | null = null;
/** True once the scroll that followed the pin has settled. */
let pinSettled = false;
/**
 * True once the reader scrolls by hand (wheel, touch, keys, scrollbar). Scrolls
 * the page makes itself (a hash link's smooth scroll, scroll restoration on
 * reload) neither animate the steps they pass nor rewrite the address.
 */
let readerScrolling = false;
/** Counts focus moves, so that only the latest one's reveal runs, and only once. */
let focusToken = 0;

/**
 * The motion in effect: `<html data-motion>`, kept by the header's toggle
 * (src/scrolly/motion.ts). Read from the page, not imported, so that the
 * toggle's script shares no module with the engine and stays inline.
 */
function motionNow(): 'full' | 'reduce' {
  return document.documentElement.dataset.motion === 'reduce' ? 'reduce' : 'full';
}

function sizeOf(el: HTMLElement): { width: number; height: number } {
  return { width: el.clientWidth, height: el.clientHeight };
}

function draw(block: Block, animate: boolean): void {
  const step = block.steps[block.current];
  if (!step || block.data === undefined) return;
  const state = step.dataset.stepState ?? '';
  const size = sizeOf(block.frame);
  if (size.width < 10 || size.height < 10) return; // hidden: animations off, or not laid out
  const key = `${state}@${size.width}x${size.height}`;
  if (!animate && block.drawnAt === key) return;
  renderMarks(block.svg, block.chart.layout(state, size, block.data), size, animate ? TRANSITION_MS : 0);
  block.drawnAt = key;
}

/** Keeps the address a link to the step in view, without adding history entries: only for the reader's own scrolling. */
function followAddress(id: string, block: Block, source: StepSource): void {
  if (source === 'scroll' && readerScrolling && pinned !== block && location.hash !== `#${id}`) {
    history.replaceState(history.state, '', `#${id}`);
  }
}

/** Makes `id` the current step of its block. Returns false for an unknown id. */
export function goToStep(id: string, source: StepSource): boolean {
  const found = index.get(id);
  if (!found) return false;
  const { block, i } = found;
  if (block.current === i) {
    // A block's first step is current before the reader arrives: the address still follows.
    followAddress(id, block, source);
    return true;
  }
  const from = block.current;
  block.current = i;
  block.steps.forEach((el, k) => {
    if (k === i) el.setAttribute('aria-current', 'step');
    else el.removeAttribute('aria-current');
  });
  const step = block.steps[i] as HTMLElement;
  const state = step.dataset.stepState ?? '';
  block.live.dataset.state = state;
  // The state's sentence travels with the live chart: its point, visible while the chart does its work.
  const sentence = step.querySelector('.step__desc')?.lastChild?.textContent ?? '';
  const desc = block.live.querySelector<HTMLElement>('[data-live-desc]');
  if (desc && sentence) desc.textContent = sentence;
  const jump = source === 'scroll' ? !readerScrolling : source !== 'key';
  draw(block, shouldAnimate(from, i, motionNow(), jump) && !document.hidden);
  followAddress(id, block, source);
  document.dispatchEvent(new CustomEvent<StepChange>('stepchange', { detail: { step: id, chart: block.chart.id, state, source } }));
  return true;
}

/** Reads the geometry once and puts every block on the step under the trigger line. */
function settle(source: StepSource): void {
  const line = window.innerHeight * triggerOffset(window.innerWidth);
  for (const block of blocks) {
    if (block === pinned) continue;
    const tops = block.steps.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.id, top: r.top, bottom: r.bottom };
    });
    const id = activeStepAt(tops, line);
    // A block away from the trigger line changes silently: its step is not the one in view.
    const inView = tops.length > 0 && line >= (tops[0]?.top ?? 0) && line <= (tops[tops.length - 1]?.bottom ?? 0);
    if (id) goToStep(id, inView ? source : 'init');
  }
}

/** The step id an address fragment names, or '' (never throws: `#%` and other malformed escapes are simply no step). */
function hashId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

function fromHash(source: StepSource): boolean {
  const id = hashId(location.hash);
  const found = index.get(id);
  if (!found) return false;
  pinned = found.block;
  // At start-up the browser has already scrolled to the fragment (the engine loads after the page); after a hashchange the scroll is still to come.
  pinSettled = source === 'init';
  goToStep(id, source);
  return true;
}

/** Fetched chart data, by path: blocks of the same chart share one request. */
const fetched = new Map<string, Promise<unknown>>();

/**
 * Fetches a block's chart data (Chart.dataPath) when the reader comes within
 * a screen of the block, then draws it. Until then, and if the data cannot
 * load (offline) or is malformed, the build-time figure stays.
 */
function loadNear(block: Block, el: HTMLElement, path: string): void {
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      let request = fetched.get(path);
      if (!request) {
        request = fetch(withBase(path)).then((r) => (r.ok ? r.json() : null));
        fetched.set(path, request);
        // A failed fetch may be tried again by the next block (the reader came back online).
        request.catch(() => fetched.delete(path));
      }
      request.then(
        (data: unknown) => {
          if (!block.chart.isData(data)) return;
          block.data = data;
          draw(block, false);
        },
        () => undefined,
      );
    },
    { rootMargin: '100% 0px' },
  );
  io.observe(el);
}

/** Starts the engine once per page, for every `[data-scrolly]` block. */
export function startScrolly(): void {
  if (started) return;
  started = true;
  for (const el of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const live = el.querySelector<HTMLElement>('.scrolly__live');
    const frame = el.querySelector<HTMLElement>('.scrolly__frame');
    const svg = frame?.querySelector<SVGSVGElement>('svg');
    if (!live || !frame || !svg) continue;
    const chart = getChart(live.dataset.chart ?? '');
    const block: Block = {
      live,
      frame,
      svg,
      chart,
      steps: [...el.querySelectorAll<HTMLElement>('[data-step]')],
      current: -1,
      drawnAt: '',
      data: chart.moduleData(),
    };
    if (chart.dataPath) loadNear(block, el, chart.dataPath);
    blocks.push(block);
    block.steps.forEach((step, i) => index.set(step.id, { block, i }));
  }
  if (!blocks.length) return;

  scroller = createScroller({
    steps: blocks.flatMap((b) => b.steps),
    offset: triggerOffset(window.innerWidth),
    onEnter: (element) => {
      if (pinned !== index.get(element.id)?.block) goToStep(element.id, 'scroll');
    },
  });

  // The reader's own scrolling ends a hash pin.
  const unpin = () => {
    pinned = null;
    readerScrolling = true;
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) {
    window.addEventListener(type, unpin, { passive: true, capture: true });
  }

  // Check the geometry when a scroll settles: catches steps Scrollama skipped on a fast jump.
  let settleTimer: number | undefined;
  const scheduleSettle = () => {
    // A scroll after the pinned jump has settled is someone else's: follow the geometry again.
    if (pinned && pinSettled) pinned = null;
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      settle('scroll');
      if (pinned) pinSettled = true;
    }, 120);
  };
  window.addEventListener('scroll', scheduleSettle, { passive: true });
  window.addEventListener('hashchange', () => {
    readerScrolling = false;
    if (!fromHash('hash')) pinned = null;
  });

  // Resizes and zoom: redraw at the new size in the same state, then re-check.
  let resizeTimer: number | undefined;
  const onResize = () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      scroller?.resize(triggerOffset(window.innerWidth));
      for (const block of blocks) draw(block, false);
      settle('resize');
    }, 150);
  };
  const observer = new ResizeObserver(onResize);
  blocks.forEach((b) => observer.observe(b.frame));
  window.addEventListener('motionchange', onResize);

  // First state: the hash's step if it names one; every other block from the geometry.
  fromHash('init');
  settle('init');
  for (const block of blocks) {
    if (block.current < 0) goToStep(block.steps[0]?.id ?? '', 'init');
    draw(block, false);
  }
  // Keyboard focus never hides behind the sticky chart (WCAG 2.4.11): the
  // browser only scrolls a focused element into view when it is off screen,
  // and under the sticky band it is on screen, just covered.
  document.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement;
    const live = el.closest('[data-scrolly]')?.querySelector<HTMLElement>('.scrolly__live');
    if (!live || live.contains(el) || !live.checkVisibility()) return;
    // Once per focus, after the browser has finished scrolling the element into
    // view: a second correction would chase a chart that un-sticks as the page
    // moves up towards its block's top.
    const token = ++focusToken;
    const reveal = () => {
      if (token !== focusToken) return;
      focusToken++;
      const band = live.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const overlapsX = r.left < band.right && r.right > band.left;
      if (overlapsX && r.top < band.bottom + 8 && r.bottom > band.top) {
        window.scrollBy({ top: r.top - band.bottom - 24, behavior: 'instant' });
      }
    };
    // Wait until the page has held still for two frames (a smooth scroll may be running).
    let lastY = NaN;
    let still = 0;
    let frames = 0;
    const settle = () => {
      still = window.scrollY === lastY ? still + 1 : 0;
      lastY = window.scrollY;
      if (still >= 2 || ++frames > 90) reveal();
      else requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  });
  document.documentElement.dataset.scrolly = 'ready';
}

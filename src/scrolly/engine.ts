/**
 * The step engine: the inputs that move the stepper (src/scrolly/stepper.ts)
 * on the essay page, and the page's marks of where the reader is. Scroll
 * (Scrollama, checked against geometry when the scroll settles) and the
 * address fragment (a step's id; restored on load, reload and hashchange
 * without playing earlier steps) move it; `goToStep()` is there for other
 * inputs. Knows no chart: a chart host (src/charts/host.ts) listens to the
 * same stepper and draws.
 *
 * In the DOM: each step carries `data-step`; the current one of each block
 * has `aria-current="step"`; each live chart carries `data-chart` and
 * `data-state` (the state it shows now) and the state's sentence. The
 * public `stepchange` event on `document` carries the stepper's detail.
 */
import { nextTask } from '../lib/nextTask';
import { activeStepAt, triggerOffset } from './activeStep';
import { createScroller, type Scroller } from './scroller';
import { Stepper, type StepChange, type StepSource } from './stepper';

export type { StepChange, StepSource } from './stepper';

interface Block {
  live: HTMLElement;
  steps: HTMLElement[];
}

let started = false;
let stepper: Stepper | undefined;
const blocks: Block[] = [];
/** Step id → its block. */
const blockOf = new Map<string, Block>();
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

/** The pending write of the address (below), and what it will write. */
let addressTimer: number | undefined;
let pendingAddress: { id: string; from: string } | null = null;

/**
 * How long a step stays current before the address names it: past the chart's move (TRANSITION_MS, 650 ms), so the
 * write never lands in the middle of one, and once for a run of steps a reader scrolls through. Rewriting the
 * address is not free: besides `replaceState` itself, Chromium decodes the page's icon again after each one (an SVG
 * icon is a document of its own), together 15–40 ms at 4× CPU slowdown.
 */
const ADDRESS_DELAY_MS = 800;

/** Writes the pending address now (an address that moved meanwhile, a link the reader followed, is left alone). */
function writeAddress(): void {
  window.clearTimeout(addressTimer);
  const pending = pendingAddress;
  pendingAddress = null;
  if (pending && location.hash === pending.from) history.replaceState(history.state, '', `#${pending.id}`);
}

/** Keeps the address a link to the step in view, without adding history entries: only for the reader's own scrolling. */
function followAddress(id: string, source: StepSource): void {
  if (source !== 'scroll' || !readerScrolling || pinned === blockOf.get(id)) return;
  // The latest step in view wins, even one the address already names (a reader who scrolled back before the write).
  window.clearTimeout(addressTimer);
  pendingAddress = null;
  if (location.hash === `#${id}`) return;
  pendingAddress = { id, from: location.hash };
  addressTimer = window.setTimeout(writeAddress, ADDRESS_DELAY_MS);
}

/** Makes `id` the current step of its block. Returns false for an unknown id. */
export function goToStep(id: string, source: StepSource): boolean {
  if (!stepper) return false;
  const jump = source === 'scroll' ? !readerScrolling : source !== 'key';
  const result = stepper.goTo(id, source, jump);
  // A block's first step is current before the reader arrives: the address still follows.
  if (result === 'current') followAddress(id, source);
  return result !== 'unknown';
}

/** The page's marks of a new current step: aria-current, the live chart's state, the address, the public event (the chart host draws). */
function reflect(d: StepChange): void {
  const block = blocks[d.block];
  if (!block) return;
  block.steps.forEach((el, k) => {
    if (k === d.index) el.setAttribute('aria-current', 'step');
    else el.removeAttribute('aria-current');
  });
  block.live.dataset.state = d.state;
  followAddress(d.id, d.source);
  document.dispatchEvent(new CustomEvent<StepChange>('stepchange', { detail: d }));
}

/** Where the trigger line is now, in viewport px. */
const triggerLine = () => window.innerHeight * triggerOffset(window.innerWidth);

/** A block's steps as they sit now, and whether the trigger line crosses the block (its step is the one in view). */
function geometryOf(block: Block, line: number): { tops: { id: string; top: number; bottom: number }[]; inView: boolean } {
  const tops = block.steps.map((el) => {
    const r = el.getBoundingClientRect();
    return { id: el.id, top: r.top, bottom: r.bottom };
  });
  return { tops, inView: tops.length > 0 && line >= (tops[0]?.top ?? 0) && line <= (tops[tops.length - 1]?.bottom ?? 0) };
}

/** Reads the geometry once and puts every block on the step under the trigger line. */
function settle(source: StepSource): void {
  const line = triggerLine();
  for (const block of blocks) {
    if (block === pinned) continue;
    const { tops, inView } = geometryOf(block, line);
    const id = activeStepAt(tops, line);
    // A block away from the trigger line changes silently: its step is not the one in view.
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
  const block = blockOf.get(id);
  if (!block) return false;
  pinned = block;
  // At start-up the browser has already scrolled to the fragment (the engine loads after the page); after a hashchange the scroll is still to come.
  pinSettled = source === 'init';
  goToStep(id, source);
  return true;
}

/**
 * Starts the engine once per page, for every `div[data-scrolly]` block, and
 * resolves to its stepper once `<html data-scrolly="ready">` is set. It starts
 * in three short tasks (see nextTask). `host` (the chart host) is handed the
 * stepper before the first step is placed, so that it sees every change.
 */
export async function startScrolly(host?: (stepper: Stepper) => void): Promise<Stepper | undefined> {
  if (started) return stepper;
  started = true;
  const refs: { id: string; block: number; chart: string; state: string }[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('div[data-scrolly]')) {
    const live = el.querySelector<HTMLElement>('.scrolly__live');
    if (!live) continue;
    const block: Block = { live, steps: [...el.querySelectorAll<HTMLElement>('[data-step]')] };
    const b = blocks.length;
    blocks.push(block);
    for (const step of block.steps) {
      blockOf.set(step.id, block);
      refs.push({ id: step.id, block: b, chart: step.dataset.stepChart ?? '', state: step.dataset.stepState ?? '' });
    }
  }
  if (!blocks.length) return undefined;
  stepper = new Stepper(refs);
  stepper.addEventListener('stepchange', (event) => reflect((event as CustomEvent<StepChange>).detail));
  host?.(stepper);
  // Three tasks, not one (each a third of the 20–50 ms the start took at 4× CPU slowdown, in the reader's first
  // scroll on a phone): the stepper and the chart host; the listeners and the first steps; Scrollama.
  await nextTask();

  /** True while the window's width changes (below): the place is being put back. */
  let resizing = false;

  // The reader's own scrolling ends a hash pin.
  const unpin = () => {
    pinned = null;
    readerScrolling = true;
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) {
    window.addEventListener(type, unpin, { passive: true, capture: true });
  }
  // An address still to be written is written before anything reads it: a click (the header's Present link opens
  // the presentation at the address's step), and the page being left or hidden (its history entry, a shared tab).
  window.addEventListener('click', writeAddress, { capture: true });
  window.addEventListener('pagehide', writeAddress);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') writeAddress();
  });

  // A change of the window's width (a phone turned, a window dragged) reflows the text, and the old scroll offset would
  // show other text, under the trigger line another step. The place is noted as the page scrolls and once the steps
  // are settled: the step under the line, and how far down its span (to the next step's top) the line crosses it.
  // On a change of width the step is put back under the line as far down, before the engine looks again; a change of
  // height alone (a phone's address bar showing or hiding as the reader scrolls) moves nothing.
  let place: { step: HTMLElement; next: HTMLElement | null; at: number } | null = null;
  let width = window.innerWidth;
  /** A step's span: from its top to the next step's top (the last step's, to its own bottom). */
  const spanOf = (self: { top: number; bottom: number }, nextTop: number | undefined) => (nextTop ?? self.bottom) - self.top;
  // Noted on every scroll event, so it reads as little layout as it can: the block it found last time first (a block
  // spans several screens), then each block's ends, and every step only of the block the line crosses. Reading every
  // step of all ten blocks took 3–4 ms per scroll event in a trace at 4× CPU slowdown.
  let lastBlock: Block | undefined;
  const crosses = (block: Block, line: number) => {
    const first = block.steps[0];
    const last = block.steps[block.steps.length - 1];
    return !!first && !!last && line >= first.getBoundingClientRect().top && line <= last.getBoundingClientRect().bottom;
  };
  const notePlace = () => {
    place = null;
    const line = triggerLine();
    const block = lastBlock && crosses(lastBlock, line) ? lastBlock : blocks.find((b) => b !== lastBlock && crosses(b, line));
    if (!block) return;
    lastBlock = block;
    // The step under the line by the geometry (as `settle` finds it), whatever the stepper has caught up with.
    const { tops } = geometryOf(block, line);
    const i = tops.findIndex((t) => t.id === activeStepAt(tops, line));
    const step = block.steps[i];
    const at = tops[i];
    if (!step || !at) return;
    const span = spanOf(at, tops[i + 1]?.top);
    if (span > 0) place = { step, next: block.steps[i + 1] ?? null, at: (line - at.top) / span };
  };
  const restorePlace = () => {
    if (!place) return;
    const line = triggerLine();
    const self = place.step.getBoundingClientRect();
    const top = self.top;
    const span = spanOf(self, place.next?.getBoundingClientRect().top);
    // A few pixels clear of either end, so that rounding never puts the line on the step before or after.
    const down = span > 16 ? Math.min(Math.max(place.at * span, 8), span - 8) : place.at * span;
    const by = top + down - line;
    if (Math.abs(by) >= 1) window.scrollBy({ top: by, behavior: 'instant' });
  };
  window.addEventListener('resize', () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    resizing = true;
    restorePlace();
    // Ends the change (below), whether or not a chart's box changed size with it.
    onResize();
  });

  // Check the geometry when a scroll settles: catches steps Scrollama skipped on a fast jump.
  let settleTimer: number | undefined;
  const scheduleSettle = () => {
    // A scroll after the pinned jump has settled is someone else's: follow the geometry again.
    if (pinned && pinSettled) pinned = null;
    if (!resizing) notePlace();
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      // During a change of width the place is being put back: the resize below settles the steps after it.
      if (resizing) return;
      settle('scroll');
      if (pinned) pinSettled = true;
    }, 120);
  };
  window.addEventListener('scroll', scheduleSettle, { passive: true });
  window.addEventListener('hashchange', () => {
    readerScrolling = false;
    if (!fromHash('hash')) pinned = null;
  });

  // Resizes and zoom (the chart host redraws at the new size): re-check the steps against the new geometry.
  let resizeTimer: number | undefined;
  const onResize = () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      // The charts have redrawn at the new width by now (their bands may be taller or shorter): put the place back again.
      if (resizing) restorePlace();
      resizing = false;
      scroller?.resize(triggerOffset(window.innerWidth));
      settle('resize');
      notePlace();
    }, 150);
  };
  const observer = new ResizeObserver(onResize);
  blocks.forEach((b) => observer.observe(b.live));
  window.addEventListener('motionchange', onResize);

  // First state: the hash's step if it names one; every other block from the geometry.
  fromHash('init');
  settle('init');
  blocks.forEach((block, b) => {
    if (!stepper?.currentOf(b)) goToStep(block.steps[0]?.id ?? '', 'init');
  });
  notePlace();
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
  await nextTask();

  // Scrollama last: it reports the step under the line as it starts, after the address's step is pinned.
  scroller = createScroller({
    steps: blocks.flatMap((b) => b.steps),
    offset: triggerOffset(window.innerWidth),
    onEnter: (element) => {
      // While the window's width changes, the text reflows under the line: the resize settles the steps once it is done.
      if (pinned !== blockOf.get(element.id) && !resizing) goToStep(element.id, 'scroll');
    },
  });
  document.documentElement.dataset.scrolly = 'ready';
  return stepper;
}

/**
 * The stepper: every scroll step in reading order, and which one is current
 * in each block. Pure: no DOM, no chart. Inputs (scroll, the address
 * fragment, keys, a facilitator's window) move it with `goTo`, `next` and
 * `previous`; whoever shows a step (the page's marks, the chart host)
 * listens for `stepchange`.
 */

/** What moved the current step. */
export type StepSource = 'scroll' | 'hash' | 'key' | 'init' | 'resize' | 'channel';

/** One step: its public id, the block (scrolly) it belongs to, and the chart state it shows. */
export interface StepRef {
  id: string;
  block: number;
  chart: string;
  state: string;
}

/** Detail of a `stepchange` event. */
export interface StepChange extends StepRef {
  /** The step's index within its block, and the index it replaced (-1: none yet). */
  index: number;
  from: number;
  source: StepSource;
  /** True when the move skipped the reader's own path (a jump): shown at once, never animated. */
  jump: boolean;
}

/** What `goTo` did. */
export type GoToResult = 'changed' | 'current' | 'unknown';

export class Stepper extends EventTarget {
  readonly steps: readonly StepRef[];
  private readonly byBlock: StepRef[][] = [];
  private readonly position = new Map<string, { global: number; index: number }>();
  private readonly current: number[] = [];
  /** Global index of the step last made current, for `next` and `previous`. */
  private last = -1;

  constructor(steps: readonly StepRef[]) {
    super();
    this.steps = steps;
    steps.forEach((step, global) => {
      const list = (this.byBlock[step.block] ??= []);
      this.position.set(step.id, { global, index: list.length });
      list.push(step);
      this.current[step.block] = -1;
    });
  }

  /** The number of blocks. */
  get blocks(): number {
    return this.byBlock.length;
  }

  /** The steps of one block, in order. */
  blockSteps(block: number): readonly StepRef[] {
    return this.byBlock[block] ?? [];
  }

  /** The current step of a block, if it has one yet. */
  currentOf(block: number): StepRef | undefined {
    return this.byBlock[block]?.[this.current[block] ?? -1];
  }

  /** The step last made current anywhere (what `next` and `previous` move from). */
  get active(): StepRef | undefined {
    return this.steps[this.last];
  }

  has(id: string): boolean {
    return this.position.has(id);
  }

  /** Makes `id` the current step of its block; `stepchange` fires when that changes it. */
  goTo(id: string, source: StepSource, jump = source !== 'scroll' && source !== 'key'): GoToResult {
    const at = this.position.get(id);
    if (!at) return 'unknown';
    const step = this.steps[at.global] as StepRef;
    const from = this.current[step.block] ?? -1;
    this.last = at.global;
    if (from === at.index) return 'current';
    this.current[step.block] = at.index;
    this.dispatchEvent(new CustomEvent<StepChange>('stepchange', { detail: { ...step, index: at.index, from, source, jump } }));
    return 'changed';
  }

  /** The step after the active one in reading order (across blocks), made current. */
  next(source: StepSource = 'key'): StepRef | undefined {
    return this.move(1, source);
  }

  /** The step before the active one in reading order, made current. */
  previous(source: StepSource = 'key'): StepRef | undefined {
    return this.move(-1, source);
  }

  private move(by: 1 | -1, source: StepSource): StepRef | undefined {
    const target = this.steps[Math.min(this.steps.length - 1, Math.max(0, this.last + by))];
    if (target) this.goTo(target.id, source);
    return target;
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/lib/nextTask';
import { startOrFallBack } from '../../src/lib/staticFallback';

describe('nextTask()', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resumes in a later task: after the current task’s microtasks and an earlier timer', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('earlier timer'), 0);
    const resumed = nextTask().then(() => order.push('resumed'));
    queueMicrotask(() => order.push('microtask'));
    await resumed;
    expect(order).toEqual(['microtask', 'earlier timer', 'resumed']);
  });

  it('uses scheduler.yield() where the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await nextTask();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });
});

describe('startOrFallBack(start)', () => {
  const page = () => {
    const classes = new Set(['js']);
    const root = { classList: { remove: (c: string) => classes.delete(c) }, dataset: {} as Record<string, string> };
    vi.stubGlobal('document', { documentElement: root });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    return { classes, root };
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('leaves a page whose script starts alone, and returns what the start returned', () => {
    const { classes } = page();
    expect(startOrFallBack(() => 7)).toBe(7);
    expect(classes.has('js')).toBe(true);
  });

  it('shows the page as without JavaScript when the start throws', () => {
    const { classes, root } = page();
    expect(
      startOrFallBack(() => {
        throw new Error('no');
      }),
    ).toBeUndefined();
    expect(classes.has('js')).toBe(false);
    expect('jsFailed' in root.dataset).toBe(true);
  });

  it('does the same when a start in several tasks fails in a later one', async () => {
    const { classes } = page();
    const started = startOrFallBack(async () => {
      await nextTask();
      throw new Error('failed after a yield');
    });
    expect(classes.has('js')).toBe(true);
    await started?.catch(() => {});
    await nextTask();
    expect(classes.has('js')).toBe(false);
  });
});

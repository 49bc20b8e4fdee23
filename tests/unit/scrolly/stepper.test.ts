import { describe, expect, it } from 'vitest';
import { Stepper, type StepChange } from '../../../src/scrolly/stepper';

const steps = [
  { id: 'a1', block: 0, chart: 'c', state: 's1' },
  { id: 'a2', block: 0, chart: 'c', state: 's2' },
  { id: 'b1', block: 1, chart: 'd', state: 't1' },
  { id: 'b2', block: 1, chart: 'd', state: 't2' },
];

function recorded(stepper: Stepper): StepChange[] {
  const seen: StepChange[] = [];
  stepper.addEventListener('stepchange', (e) => seen.push((e as CustomEvent<StepChange>).detail));
  return seen;
}

describe('Stepper', () => {
  it('goTo(id) makes a step current in its block and says what changed', () => {
    const s = new Stepper(steps);
    const seen = recorded(s);
    expect(s.goTo('a2', 'hash')).toBe('changed');
    expect(s.currentOf(0)?.id).toBe('a2');
    expect(s.currentOf(1)).toBeUndefined();
    expect(seen).toEqual([{ ...steps[1], index: 1, from: -1, source: 'hash', jump: true }]);
  });

  it('goTo(id) of the current step changes nothing and fires nothing', () => {
    const s = new Stepper(steps);
    s.goTo('a1', 'init');
    const seen = recorded(s);
    expect(s.goTo('a1', 'scroll')).toBe('current');
    expect(seen).toEqual([]);
  });

  it('goTo(id) of an unknown id is refused', () => {
    const s = new Stepper(steps);
    expect(s.goTo('nope', 'hash')).toBe('unknown');
    expect(s.has('nope')).toBe(false);
  });

  it('keeps one current step per block', () => {
    const s = new Stepper(steps);
    s.goTo('a2', 'scroll');
    s.goTo('b1', 'scroll');
    expect([s.currentOf(0)?.id, s.currentOf(1)?.id]).toEqual(['a2', 'b1']);
    expect(s.blocks).toBe(2);
    expect(s.blockSteps(1).map((x) => x.id)).toEqual(['b1', 'b2']);
  });

  it('treats scroll and key moves as the reader’s path, other sources as jumps, unless told', () => {
    const s = new Stepper(steps);
    const seen = recorded(s);
    s.goTo('a1', 'scroll');
    s.goTo('a2', 'key');
    s.goTo('b1', 'channel');
    s.goTo('b2', 'scroll', true);
    expect(seen.map((d) => d.jump)).toEqual([false, false, true, true]);
  });

  it('next() and previous() walk the steps in reading order across blocks, and stop at the ends', () => {
    const s = new Stepper(steps);
    expect(s.next()?.id).toBe('a1');
    expect(s.next()?.id).toBe('a2');
    expect(s.next()?.id).toBe('b1');
    expect(s.active?.id).toBe('b1');
    expect(s.next()?.id).toBe('b2');
    expect(s.next()?.id).toBe('b2');
    expect(s.previous()?.id).toBe('b1');
    s.goTo('a1', 'hash');
    expect(s.previous()?.id).toBe('a1');
    expect(s.currentOf(1)?.id).toBe('b1');
  });
});

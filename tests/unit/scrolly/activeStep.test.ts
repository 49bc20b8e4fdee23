import { describe, expect, it } from 'vitest';
import { activeStepAt, shouldAnimate, triggerOffset } from '../../../src/scrolly/activeStep';
import { effectiveMotion, parseMotion } from '../../../src/scrolly/motion';

const steps = [
  { id: 'a', top: 100, bottom: 300 },
  { id: 'b', top: 500, bottom: 700 },
  { id: 'c', top: 900, bottom: 1000 },
];

describe('activeStepAt(tops, line)', () => {
  it('picks the last step whose top has passed the trigger line', () => {
    expect(activeStepAt(steps, 450)).toBe('a');
    expect(activeStepAt(steps, 500)).toBe('b');
    expect(activeStepAt(steps, 950)).toBe('c');
  });
  it('holds the first step before the block and the last after it', () => {
    expect(activeStepAt(steps, 0)).toBe('a');
    expect(activeStepAt(steps, 5000)).toBe('c');
  });
  it('returns null for a block without steps', () => {
    expect(activeStepAt([], 10)).toBeNull();
  });
});

describe('shouldAnimate(from, to, motion, jump)', () => {
  it('animates only to a neighbouring step, under full motion, when not jumping', () => {
    expect(shouldAnimate(0, 1, 'full', false)).toBe(true);
    expect(shouldAnimate(2, 1, 'full', false)).toBe(true);
    expect(shouldAnimate(0, 2, 'full', false)).toBe(false);
    expect(shouldAnimate(0, 1, 'reduce', false)).toBe(false);
    expect(shouldAnimate(0, 1, 'full', true)).toBe(false);
    expect(shouldAnimate(-1, 0, 'full', false)).toBe(false);
  });
});

describe('motion', () => {
  it('parseMotion(value) accepts only full and reduce', () => {
    expect(parseMotion('full')).toBe('full');
    expect(parseMotion('reduce')).toBe('reduce');
    expect(parseMotion('<script>')).toBeNull();
    expect(parseMotion(null)).toBeNull();
  });
  it('effectiveMotion(choice, system) lets the reader’s choice override the system either way', () => {
    expect(effectiveMotion(null, true)).toBe('reduce');
    expect(effectiveMotion(null, false)).toBe('full');
    expect(effectiveMotion('full', true)).toBe('full');
    expect(effectiveMotion('reduce', false)).toBe('reduce');
  });
  it('places the trigger line lower on narrow screens, where the chart band takes the top', () => {
    expect(triggerOffset(375)).toBeGreaterThan(triggerOffset(1440));
  });
});

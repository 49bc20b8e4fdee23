import { describe, expect, it } from 'vitest';
import { sectionSchema } from '../../src/lib/sectionSchema';
import { orderSections, sectionLabel } from '../../src/lib/sections';

const entry = (id: string, order: number, file = `${id}.mdx`) => ({
  id,
  filePath: `content/${file}`,
  data: { id, order, heading: id },
});

/** A workshop plan that passes (the plan's own rules are tested below). */
const workshop = { minutes: 6, say: 'Say this.', ask: 'Ask this?', prompts: ['Then this?'] };

describe('sectionSchema', () => {
  it('accepts a section with a heading', () => {
    expect(sectionSchema.parse({ id: 'the-training-gap', order: 5, heading: 'The Training Gap', workshop }).id).toBe('the-training-gap');
  });
  it('rejects an id that is not a URL-safe slug, naming the field', () => {
    const r = sectionSchema.safeParse({ id: 'The Training Gap', order: 5, heading: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['id']);
  });
  it('rejects a section with neither heading nor navLabel', () => {
    const r = sectionSchema.safeParse({ id: 'opening', order: 1, workshop });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['navLabel']);
  });
  it('requires a workshop plan, and checks it: minutes, a question, prompts, an exercise that leaves time', () => {
    expect(sectionSchema.safeParse({ id: 'a', order: 1, heading: 'A' }).error?.issues[0]?.path).toEqual(['workshop']);
    const bad = (w: object) => sectionSchema.safeParse({ id: 'a', order: 1, heading: 'A', workshop: { ...workshop, ...w } }).error?.issues[0]?.path;
    expect(bad({ minutes: 0 })).toEqual(['workshop', 'minutes']);
    expect(bad({ ask: '' })).toEqual(['workshop', 'ask']);
    expect(bad({ prompts: [] })).toEqual(['workshop', 'prompts']);
    expect(bad({ exercise: { title: 'X', minutes: 6, steps: ['a'] } })).toEqual(['workshop', 'exercise', 'minutes']);
    expect(bad({ stepNotes: { 'Not A Step': 'x' } })).toEqual(['workshop', 'stepNotes', 'Not A Step']);
    expect(bad({ sya: 'typo' })).toEqual(['workshop']);
  });
  it('rejects unknown keys, so a typo does not pass silently', () => {
    expect(sectionSchema.safeParse({ id: 'a', order: 1, heading: 'A', heding: 'x' }).success).toBe(false);
  });
});

describe('orderSections(entries)', () => {
  it('sorts by order', () => {
    expect(orderSections([entry('b', 2), entry('a', 1)]).map((e) => e.id)).toEqual(['a', 'b']);
  });
  it('names both files when two sections share an order', () => {
    expect(() => orderSections([entry('a', 1), entry('b', 1)])).toThrow(/content\/b\.mdx: order 1 is already used by content\/a\.mdx/);
  });
  it('names both files when two sections share an id', () => {
    expect(() => orderSections([entry('a', 1, 'x.mdx'), entry('a', 2, 'y.mdx')])).toThrow(/content\/y\.mdx: id "a" is already used by content\/x\.mdx/);
  });
  it('reports a gap in the order', () => {
    expect(() => orderSections([entry('a', 1), entry('c', 3)])).toThrow(/order 3 leaves a gap \(expected 2\)/);
  });
});

describe('sectionLabel(data)', () => {
  it('prefers the author’s heading, then our navLabel', () => {
    expect(sectionLabel({ id: 'x', order: 1, heading: 'H', navLabel: 'N' })).toBe('H');
    expect(sectionLabel({ id: 'x', order: 1, navLabel: 'N' })).toBe('N');
  });
});

/**
 * The workshop (src/workshop/): the deck built from the sections and steps,
 * the key map, and the messages the two windows exchange.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { workshopSchema } from '../../../src/lib/sectionSchema';
import { agenda, buildDeck, clock, totalMinutes, type DeckSection, type DeckStep } from '../../../src/workshop/deck';
import { actionFor, KEYS } from '../../../src/workshop/keys';
import { mmss, readMessage } from '../../../src/workshop/presenter';
import { readSteps } from '../../../src/steps/collection';

const CONTENT = new URL('../../../content/', import.meta.url);
const sections: DeckSection[] = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const text = readFileSync(new URL(file, CONTENT), 'utf8');
    const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { id: string; order: number; heading?: string; navLabel?: string; workshop: unknown };
    return { id: fm.id, order: fm.order, label: fm.heading ?? fm.navLabel ?? fm.id, heading: fm.heading, workshop: workshopSchema.parse(fm.workshop), file, explorable: text.includes('<LaddersExplorer') };
  });
const steps: DeckStep[] = readSteps(new URL('../../../content/', import.meta.url).pathname);
const key = (k: string, shift = false) => actionFor({ key: k, shiftKey: shift, ctrlKey: false, metaKey: false, altKey: false });

describe('the workshop plan', () => {
  it('fills 75 minutes, every section with a question and prompts, the ladder exercise and the closing commitment', () => {
    expect(totalMinutes(sections)).toBe(75);
    expect(agenda(sections).map((r) => clock(r.start))).toEqual(['0:00', '0:08', '0:14', '0:20', '0:28', '0:34', '0:39', '0:54', '0:59', '1:06']);
    expect(sections.filter((s) => s.workshop.exercise).map((s) => s.workshop.exercise?.title)).toEqual(['Map your own ladder', 'One commitment each']);
  });
});

describe('the deck', () => {
  const deck = buildDeck(sections, steps);

  it('opens with a cover, gives each section a title and a discussion slide around its steps, and closes with the question', () => {
    expect(deck[0]).toMatchObject({ id: 'start', kind: 'cover', number: 1 });
    expect(deck.at(-1)).toMatchObject({ id: 'closing', kind: 'closing', number: deck.length });
    expect(deck.filter((s) => s.kind === 'step').map((s) => s.id)).toEqual(steps.map((s) => s.id));
    expect(deck.filter((s) => s.kind === 'section')).toHaveLength(10);
    expect(deck.filter((s) => s.kind === 'discuss').map((s) => s.id)).toEqual(sections.map((s) => `${s.id}-discuss`));
    // The simulation is live after the last section's steps, before its discussion.
    const i = deck.findIndex((s) => s.id === 'try-it');
    expect(deck[i - 1]?.id).toBe('stay-brilliant');
    expect(deck[i + 1]?.id).toBe('promoting-with-purpose-discuss');
    expect(deck.length).toBe(1 + 10 * 2 + steps.length + 1 + 1);
  });

  it('carries the author’s paragraph or our caption with each step, and our notes where we wrote some', () => {
    const slide = deck.find((s) => s.id === 'a-different-mountain');
    expect(slide?.text).toMatch(/^“People think the summit is management/);
    expect(slide?.stepNote).toMatch(/quotation/);
    expect(deck.find((s) => s.id === 'first-layer-talent-lost')?.note).toMatch(/^The first layer/);
  });

  it('fails, naming the file and the valid steps, when a note names a step of another section', () => {
    const broken = sections.map((s) => (s.id === 'the-training-gap' ? { ...s, workshop: { ...s.workshop, stepNotes: { 'luna-the-legend': 'x' } } } : s));
    expect(() => buildDeck(broken, steps)).toThrow(/05-the-training-gap\.mdx: workshop\.stepNotes names "luna-the-legend", which is not a step of this section\. Its steps: new-managers, about-35-trained, the-deep-end\./);
  });

  it('fails when a step would take a slide address the deck uses', () => {
    expect(() => buildDeck(sections, [...steps, { ...steps[0]!, id: 'opening-discuss', order: 999 }])).toThrow(/two slides at #opening-discuss/);
  });
});

describe('the keys', () => {
  it('map every key of the issue, clickers included, and leave the rest to the browser', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'n', 'N'].map((k) => key(k))).toEqual(Array(5).fill('next'));
    expect(['ArrowLeft', 'PageUp', 'p', 'P'].map((k) => key(k))).toEqual(Array(4).fill('previous'));
    expect(key(' ', true)).toBe('previous');
    expect([key('ArrowDown'), key('ArrowUp'), key('Home'), key('End')]).toEqual(['next-section', 'previous-section', 'first', 'last']);
    expect([key('F5'), key('F5', true), key('Escape')]).toEqual(['start', 'start-here', 'escape']);
    expect([key('b'), key('.'), key('w'), key('f'), key('o'), key('g'), key('s'), key('v'), key('t'), key('r'), key('?')]).toEqual([
      'black', 'black', 'white', 'fullscreen', 'overview', 'goto', 'facilitator', 'presenter', 'timer', 'reset', 'help',
    ]);
    expect([key('Tab'), key('a'), key('F12'), key('Enter')]).toEqual([null, null, null, null]);
    expect(actionFor({ key: 'ArrowRight', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false })).toBe(null);
    expect(actionFor({ key: 'r', shiftKey: false, ctrlKey: false, metaKey: true, altKey: false })).toBe(null);
  });

  it('are all in the help table, and every action the table names is one a key asks for', () => {
    const actions = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'F5', 'f', 'o', 'g', 'b', 'w', 's', 'v', 't', 'r', '?', 'Escape'].map((k) => key(k)));
    actions.add(key('F5', true));
    expect(new Set(KEYS.map((k) => k.action))).toEqual(actions);
  });
});

describe('messages between the windows', () => {
  const ids = new Set(['start', 'closing']);
  it('are read only in their own shapes', () => {
    expect(readMessage({ v: 1, sender: 'a', type: 'go', id: 'closing' }, ids)).toMatchObject({ type: 'go' });
    expect(readMessage({ v: 1, sender: 'a', type: 'go', id: 'elsewhere' }, ids)).toBe(null);
    expect(readMessage({ v: 1, sender: 'a', type: 'screen', screen: 'black' }, ids)).toMatchObject({ type: 'screen' });
    expect(readMessage({ v: 1, sender: 'a', type: 'screen', screen: '<b>' }, ids)).toBe(null);
    expect(readMessage({ v: 1, sender: 'a', type: 'timer', timer: { running: true, section: 1, total: 2, since: 3 } }, ids)).toMatchObject({ type: 'timer' });
    expect(readMessage({ v: 1, sender: 'a', type: 'timer', timer: { running: 'yes', section: 1, total: 2, since: 3 } }, ids)).toBe(null);
    for (const junk of [null, 'go', { type: 'go', id: 'start' }, { v: 2, sender: 'a', type: 'hello' }, { v: 1, type: 'hello' }, { v: 1, sender: 'a', type: 'eval' }]) expect(readMessage(junk, ids)).toBe(null);
  });

  it('time in minutes and seconds', () => {
    expect([mmss(0), mmss(61_000), mmss(-125_500), mmss(75 * 60_000)]).toEqual(['0:00', '1:01', '2:05', '75:00']);
  });
});

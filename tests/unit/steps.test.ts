import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog as chartCatalog, inReadingOrder, readSteps, stepSchema } from '../../src/steps/collection';
import { parseSteps, validateSteps } from '../../src/steps/declarations';
import { linesOf, squash } from '../support/manuscript';

const catalog = chartCatalog();

const para = 'One paragraph of the author’s, whole.';
const block = (inner: string) => `---\nid: x\n---\n\n<Scrolly>\n${inner}\n</Scrolly>\n`;

describe('parseSteps(source, file)', () => {
  it('reads each step’s id, chart, state and note, in order', () => {
    const steps = parseSteps(
      block(`<Step id="a" chart="sarahs-week" state="craft-week">\n\n${para}\n\n</Step>\n<Step id="b" chart="sarahs-week" state="promotion" note="Ours." />`),
      'x.mdx',
    );
    expect(steps.map(({ id, chart, state, note, block: b }) => ({ id, chart, state, note, b }))).toEqual([
      { id: 'a', chart: 'sarahs-week', state: 'craft-week', note: undefined, b: 1 },
      { id: 'b', chart: 'sarahs-week', state: 'promotion', note: 'Ours.', b: 1 },
    ]);
    expect(steps[0]?.line).toBe(6);
  });

  it.each([
    ['a step outside a block', `<Step id="a" chart="c" state="s" note="n" />`, /must sit inside a <Scrolly>/],
    ['a missing id', block(`<Step chart="c" state="s" note="n" />`), /needs an id/],
    ['an id that is not a slug', block(`<Step id="Not A Slug" chart="c" state="s" note="n" />`), /lowercase/],
    ['a missing state', block(`<Step id="a" chart="c" note="n" />`), /needs a state/],
    ['an expression instead of data', block(`<Step id="a" chart={c} state="s" note="n" />`), /must be a quoted string/],
    ['an unknown attribute', block(`<Step id="a" chart="c" state="s" index="3" note="n" />`), /unknown attribute "index"/],
    ['a note that wraps text', block(`<Step id="a" chart="c" state="s" note="n">\n\n${para}\n\n</Step>`), /must not wrap any of the author's text/],
    ['a step with no text', block(`<Step id="a" chart="c" state="s" />`), /has no text/],
    ['two paragraphs in one step', block(`<Step id="a" chart="c" state="s">\n\n${para}\n\n${para}\n\n</Step>`), /more than one paragraph/],
    ['two charts in one block', block(`<Step id="a" chart="c" state="s" note="n" />\n<Step id="b" chart="d" state="s" note="n" />`), /one chart per block/],
    ['an unclosed block', `<Scrolly>\n<Step id="a" chart="c" state="s" note="n" />\n`, /closing tag for `<Scrolly>`/],
  ])('rejects %s, naming the file and line', (_, source, message) => {
    expect(() => parseSteps(source, 'content/x.mdx')).toThrow(message);
    expect(() => parseSteps(source, 'content/x.mdx')).toThrow(/^content\/x\.mdx:\d+: /);
  });
});

describe('validateSteps(files, catalog)', () => {
  const step = (id: string, chart: string, state: string) => ({ id, chart, state, block: 1, line: 7 });
  it('names the file and lists the valid charts for an unknown chart', () => {
    expect(() => validateSteps([{ file: 'content/01.mdx', steps: [step('a', 'sarahs-weak', 'x')] }], catalog)).toThrow(
      'content/01.mdx:7: step "a" names an unknown chart "sarahs-weak". Valid charts: sarahs-week, different-mountain, threefold-tragedy, training-gap, underlying-connections, parallel-tracks, compass, ladders.',
    );
  });
  it('names the file and lists the chart’s valid states for an unknown state', () => {
    expect(() => validateSteps([{ file: 'content/01.mdx', steps: [step('a', 'training-gap', 'drowning')] }], catalog)).toThrow(
      'Valid states: cohort, trained, deep-end.',
    );
  });
  it('rejects an id used twice, across files, pointing at the first', () => {
    expect(() =>
      validateSteps(
        [
          { file: 'content/01.mdx', steps: [step('a', 'training-gap', 'cohort')] },
          { file: 'content/02.mdx', steps: [step('a', 'training-gap', 'trained')] },
        ],
        catalog,
      ),
    ).toThrow('content/02.mdx:7: step id "a" repeats the step at content/01.mdx:7');
  });
  it('rejects a step id that is already a section id', () => {
    expect(() => validateSteps([{ file: 'f', steps: [step('opening', 'training-gap', 'cohort')] }], catalog, new Set(['opening']))).toThrow(
      /already a section id/,
    );
  });
});

describe('readSteps(contentDir): the steps collection’s loader', () => {
  /** A throwaway content folder. */
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'steps-'));
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }
  const section = (id: string, order: number, body: string) => `---\nid: ${id}\norder: ${order}\nheading: "H"\n---\n\n${body}\n`;

  it('orders steps by the sections’ order, not by file name, numbering blocks and places in blocks', () => {
    const dir = folder({
      'a-second.mdx': section('second', 2, `<Scrolly>\n<Step id="s2" chart="training-gap" state="cohort" note="Ours." />\n</Scrolly>`),
      'b-first.mdx': section(
        'first',
        1,
        `<Scrolly>\n<Step id="s1a" chart="sarahs-week" state="craft-week">\n\nThe *author’s* words.\n\n</Step>\n<Step id="s1b" chart="sarahs-week" state="arc" note="Ours." />\n</Scrolly>\n\nProse.\n\n<Scrolly>\n<Step id="s1c" chart="ladders" state="counts" note="Ours." />\n</Scrolly>`,
      ),
    });
    try {
      const steps = readSteps(dir, dir);
      expect(steps.map((s) => [s.id, s.order, s.section, s.block, s.indexInBlock])).toEqual([
        ['s1a', 0, 'first', 1, 0],
        ['s1b', 1, 'first', 1, 1],
        ['s1c', 2, 'first', 2, 0],
        ['s2', 3, 'second', 1, 0],
      ]);
      expect(steps[0]).toMatchObject({ text: 'The author’s words.', source: 'The *author’s* words.', file: 'b-first.mdx', line: 8 });
      expect(inReadingOrder([...steps].reverse().map((data) => ({ data }))).map((e) => e.data.id)).toEqual(['s1a', 's1b', 's1c', 's2']);
      for (const step of steps) expect(stepSchema.safeParse(step).success, step.id).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at a step that names an unknown state, naming the file, the line and the valid states', () => {
    const dir = folder({ 'x.mdx': section('x', 1, `<Scrolly>\n<Step id="a" chart="training-gap" state="drowning" note="Ours." />\n</Scrolly>`) });
    try {
      expect(() => readSteps(dir, dir)).toThrow('x.mdx:8: step "a" names an unknown state "drowning" of chart "training-gap". Valid states: cohort, trained, deep-end.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and line of MDX the parser cannot read', () => {
    expect(() => parseSteps('---\nid: x\n---\n\n<Scrolly>\n<Step id="a" chart="c" state="s" note="n" />\n', 'content/x.mdx')).toThrow(
      /^content\/x\.mdx:5: the MDX could not be read: .*closing tag/,
    );
  });

  it('has a schema that knows the registry: an unknown chart or state fails with the file, line and valid choices', () => {
    const good = { id: 'a', order: 0, section: 'x', sectionOrder: 1, block: 1, indexInBlock: 0, chart: 'training-gap', state: 'cohort', note: 'Ours.', file: 'content/x.mdx', line: 3 };
    expect(stepSchema.safeParse(good).success).toBe(true);
    const badState = stepSchema.safeParse({ ...good, state: 'drowning' });
    expect(badState.error?.issues[0]?.message).toBe('content/x.mdx:3: step "a" names an unknown state "drowning" of chart "training-gap". Valid states: cohort, trained, deep-end.');
    const badChart = stepSchema.safeParse({ ...good, chart: 'nope' });
    expect(badChart.error?.issues[0]?.message).toMatch(/Valid charts: sarahs-week, different-mountain, threefold-tragedy, training-gap, underlying-connections, parallel-tracks, compass, ladders\.$/);
    expect(stepSchema.safeParse({ ...good, text: 'Both.' }).success).toBe(false);
  });
});

describe('the essay’s own steps', () => {
  const all = readSteps(new URL('../../content/', import.meta.url).pathname);

  it('pass the checks, and show every chart but the simulation’s in every state', () => {
    for (const chart of Object.keys(catalog).filter((id) => id !== 'ladders')) {
      expect(new Set(all.filter((s) => s.chart === chart).map((s) => s.state))).toEqual(new Set(catalog[chart]));
    }
  });

  it('are in the sections’ reading order', () => {
    expect(all.map((s) => s.order)).toEqual(all.map((_, i) => i));
    expect(all.map((s) => s.sectionOrder)).toEqual([...all.map((s) => s.sectionOrder)].sort((a, b) => a - b));
    expect(all[0]?.section).toBe('opening');
  });

  it('wrap only whole paragraphs of the author’s, word for word', () => {
    const prose = new Set(linesOf('prose', 'quote').map((l) => squash(l.text)));
    let checked = 0;
    for (const step of all) {
      if (!step.source || step.source.startsWith('<')) continue; // one of the essay's components (label cards, a pull quote)
      const text = squash(step.source.replace(/\*([^*]+)\*/g, '$1'));
      checked++;
      expect(prose.has(text) || [...prose].some((p) => squash(p.replace(/\*([^*]+)\*/g, '$1')) === text), `${step.file}: “${text.slice(0, 40)}…”`).toBe(true);
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('carry the essay’s components by name, and a pull quote’s words as text', () => {
    expect(all.find((s) => s.id === 'sarah-arc')).toMatchObject({ component: 'LabelGroup' });
    const quote = all.find((s) => s.component === 'PullQuote');
    expect(quote?.text?.length).toBeGreaterThan(40);
  });

  it('keep notes of ours short', () => {
    for (const s of all) if (s.note) expect(s.note.length, s.id).toBeLessThan(300);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog as chartCatalog } from '../../../src/lib/stepsIntegration';

const catalog = chartCatalog();
import { parseSteps, validateSteps } from '../../../src/scrolly/steps';
import { collectSteps } from '../../../src/lib/stepsIntegration';
import { linesOf, squash } from '../../support/manuscript';

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
    ['an unclosed block', `<Scrolly>\n<Step id="a" chart="c" state="s" note="n" />\n`, /not closed/],
  ])('rejects %s, naming the file and line', (_, source, message) => {
    expect(() => parseSteps(source, 'content/x.mdx')).toThrow(message);
    expect(() => parseSteps(source, 'content/x.mdx')).toThrow(/^content\/x\.mdx:\d+: /);
  });
});

describe('validateSteps(files, catalog)', () => {
  const step = (id: string, chart: string, state: string) => ({ id, chart, state, block: 1, line: 7 });
  it('names the file and lists the valid charts for an unknown chart', () => {
    expect(() => validateSteps([{ file: 'content/01.mdx', steps: [step('a', 'sarahs-weak', 'x')] }], catalog)).toThrow(
      'content/01.mdx:7: step "a" names an unknown chart "sarahs-weak". Valid charts: sarahs-week, different-mountain, training-gap, ladders.',
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

describe('the essay’s own steps', () => {
  const declared = collectSteps(new URL('../../../content/', import.meta.url).pathname);
  const all = declared.flatMap((f) => f.steps);

  it('pass the checks, and use each of the three first charts in every state', () => {
    for (const chart of ['sarahs-week', 'different-mountain', 'training-gap']) {
      expect(new Set(all.filter((s) => s.chart === chart).map((s) => s.state))).toEqual(new Set(catalog[chart]));
    }
  });

  it('wrap only whole paragraphs of the author’s, word for word', () => {
    const prose = new Set(linesOf('prose', 'quote').map((l) => squash(l.text)));
    const dir = new URL('../../../content/', import.meta.url);
    let checked = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(new URL(name, dir), 'utf8');
      for (const m of source.matchAll(/<Step [^>]*[^/]>\n([\s\S]*?)\n<\/Step>/g)) {
        const body = (m[1] ?? '').trim();
        if (body.startsWith('<')) continue; // one of the essay's components (label cards, a pull quote)
        const text = squash(body.replace(/\*([^*]+)\*/g, '$1'));
        checked++;
        expect(prose.has(text) || [...prose].some((p) => squash(p.replace(/\*([^*]+)\*/g, '$1')) === text), `${name}: “${text.slice(0, 40)}…”`).toBe(true);
      }
    }
  });

  it('keep notes of ours short', () => {
    for (const s of all) if (s.note) expect(s.note.length, s.id).toBeLessThan(300);
  });
});

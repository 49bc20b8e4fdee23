/**
 * Steps as data. An MDX section declares its scroll steps with
 *
 *   <Scrolly>
 *   <Step id="sarah-presentation" chart="sarahs-week" state="craft-week">
 *
 *   One of the author's paragraphs, whole.
 *
 *   </Step>
 *   <Step id="sarah-promoted" chart="sarahs-week" state="promotion" note="A short caption of ours." />
 *   </Scrolly>
 *
 * This module reads those declarations from a section's source and checks
 * them against the chart catalogue, so that a typo fails the build with the
 * file, the step and the valid choices, before anything renders. Pure: no
 * file system, no DOM.
 */

/** One declared step. */
export interface StepDeclaration {
  /** Stable, public: the step's URL hash and `data-step`. */
  id: string;
  chart: string;
  state: string;
  /** Our caption, when the step's text is ours rather than the author's. */
  note?: string;
  /** The scrolly block the step belongs to, numbered from 1 within its file. */
  block: number;
  /** 1-based line of the step's tag in its file. */
  line: number;
}

/** A problem with a declaration; `file` and `line` say where. */
export class StepDeclarationError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'StepDeclarationError';
  }
}

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_ATTRIBUTES = new Set(['id', 'chart', 'state', 'note']);

interface Tag {
  name: string;
  attributes: Map<string, string>;
  selfClosing: boolean;
  start: number;
  end: number;
}

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Reads the attributes of the JSX tag that starts at `start` (at its `<`). Only quoted string values are accepted. */
function readTag(source: string, start: number, file: string): Tag {
  const nameMatch = /^<([A-Za-z]+)/.exec(source.slice(start));
  if (!nameMatch) throw new StepDeclarationError(file, lineOf(source, start), 'expected a tag');
  const name = nameMatch[1] as string;
  const attributes = new Map<string, string>();
  let i = start + nameMatch[0].length;
  for (;;) {
    while (i < source.length && /\s/.test(source[i] as string)) i++;
    if (source.startsWith('/>', i)) return { name, attributes, selfClosing: true, start, end: i + 2 };
    if (source[i] === '>') return { name, attributes, selfClosing: false, start, end: i + 1 };
    const attr = /^([A-Za-z][\w-]*)\s*=\s*/.exec(source.slice(i));
    if (!attr) {
      throw new StepDeclarationError(file, lineOf(source, i), `<${name}>: could not read its attributes; write them as name="value"`);
    }
    const attrName = attr[1] as string;
    i += attr[0].length;
    const quote = source[i];
    if (quote !== '"' && quote !== "'") {
      throw new StepDeclarationError(
        file,
        lineOf(source, i),
        `<${name}> attribute "${attrName}" must be a quoted string (a step is data, not code)`,
      );
    }
    const close = source.indexOf(quote, i + 1);
    if (close < 0) throw new StepDeclarationError(file, lineOf(source, i), `<${name}> attribute "${attrName}" is not closed`);
    if (attributes.has(attrName)) {
      throw new StepDeclarationError(file, lineOf(source, i), `<${name}> sets "${attrName}" twice`);
    }
    attributes.set(attrName, source.slice(i + 1, close));
    i = close + 1;
  }
}

/**
 * Every step a section's source declares, in order, checked for shape:
 * required attributes, quoted values, a step inside a <Scrolly> block, and a
 * body that is one block (one of the author's paragraphs, or one of the essay's
 * components) or, for a note of ours, no body at all.
 */
export function parseSteps(source: string, file: string): StepDeclaration[] {
  const steps: StepDeclaration[] = [];
  const tagPattern = /<\/?(Scrolly|Step)\b/g;
  let block = 0;
  let inBlock = false;
  let blockChart: string | undefined;
  let match: RegExpExecArray | null;
  while ((match = tagPattern.exec(source))) {
    const at = match.index;
    const name = match[1];
    const closing = match[0].startsWith('</');
    if (name === 'Scrolly') {
      if (closing) {
        if (!inBlock) throw new StepDeclarationError(file, lineOf(source, at), '</Scrolly> without an opening <Scrolly>');
        if (!steps.some((s) => s.block === block)) {
          throw new StepDeclarationError(file, lineOf(source, at), 'a <Scrolly> block must hold at least one <Step>');
        }
        inBlock = false;
        continue;
      }
      if (inBlock) throw new StepDeclarationError(file, lineOf(source, at), '<Scrolly> blocks cannot be nested');
      const tag = readTag(source, at, file);
      if (tag.attributes.size) {
        throw new StepDeclarationError(file, lineOf(source, at), '<Scrolly> takes no attributes: each <Step> names its chart and state');
      }
      inBlock = true;
      blockChart = undefined;
      block++;
      tagPattern.lastIndex = tag.end;
      continue;
    }
    if (closing) continue; // </Step>, checked with its opening tag
    const line = lineOf(source, at);
    if (!inBlock) throw new StepDeclarationError(file, line, '<Step> must sit inside a <Scrolly> block');
    const tag = readTag(source, at, file);
    for (const key of tag.attributes.keys()) {
      if (!KNOWN_ATTRIBUTES.has(key)) {
        throw new StepDeclarationError(file, line, `<Step> has an unknown attribute "${key}". Valid attributes: id, chart, state, note.`);
      }
    }
    const id = tag.attributes.get('id');
    const chart = tag.attributes.get('chart');
    const state = tag.attributes.get('state');
    const note = tag.attributes.get('note');
    if (!id) throw new StepDeclarationError(file, line, '<Step> needs an id, e.g. id="sarah-promoted"');
    if (!STEP_ID.test(id)) {
      throw new StepDeclarationError(file, line, `step id "${id}" must be lowercase letters and digits joined by single hyphens`);
    }
    if (!chart) throw new StepDeclarationError(file, line, `step "${id}" needs a chart="…"`);
    if (!state) throw new StepDeclarationError(file, line, `step "${id}" needs a state="…"`);
    if (blockChart && blockChart !== chart) {
      throw new StepDeclarationError(file, line, `step "${id}" names chart "${chart}", but its <Scrolly> block shows "${blockChart}"; one chart per block`);
    }
    blockChart = chart;
    if (note !== undefined) {
      if (!note.trim()) throw new StepDeclarationError(file, line, `step "${id}" has an empty note`);
      if (!tag.selfClosing) {
        throw new StepDeclarationError(file, line, `step "${id}" has a note of ours, so it must not wrap any of the author's text: write <Step … note="…" />`);
      }
    } else {
      if (tag.selfClosing) {
        throw new StepDeclarationError(file, line, `step "${id}" has no text: wrap one of the author's paragraphs, or give a note="…" of ours`);
      }
      const close = source.indexOf('</Step>', tag.end);
      if (close < 0) throw new StepDeclarationError(file, line, `step "${id}" is not closed with </Step>`);
      const body = source.slice(tag.end, close).trim();
      if (!body) throw new StepDeclarationError(file, line, `step "${id}" wraps no text`);
      if (/<Step\b|<\/?Scrolly\b/.test(body)) throw new StepDeclarationError(file, line, `step "${id}" is not closed before the next step`);
      if (/\n\s*\n/.test(body) && !/^<[A-Z]/.test(body)) {
        throw new StepDeclarationError(file, line, `step "${id}" wraps more than one paragraph; a step holds one of the author's paragraphs, whole`);
      }
      tagPattern.lastIndex = close + '</Step>'.length;
    }
    steps.push({ id, chart, state, ...(note !== undefined ? { note } : {}), block, line });
  }
  if (inBlock) throw new StepDeclarationError(file, source.split('\n').length, '<Scrolly> is not closed');
  return steps;
}

/**
 * Checks declared steps against the chart catalogue (chart id → state ids)
 * and for ids repeated within or across files. Throws the first problem,
 * naming the file and listing the valid choices.
 */
export function validateSteps(
  files: readonly { file: string; steps: readonly StepDeclaration[] }[],
  catalog: Readonly<Record<string, readonly string[]>>,
  reservedIds: ReadonlySet<string> = new Set(),
): void {
  const seen = new Map<string, string>();
  for (const { file, steps } of files) {
    for (const step of steps) {
      const states = catalog[step.chart];
      if (!states) {
        throw new StepDeclarationError(
          file,
          step.line,
          `step "${step.id}" names an unknown chart "${step.chart}". Valid charts: ${Object.keys(catalog).join(', ')}.`,
        );
      }
      if (!states.includes(step.state)) {
        throw new StepDeclarationError(
          file,
          step.line,
          `step "${step.id}" names an unknown state "${step.state}" of chart "${step.chart}". Valid states: ${states.join(', ')}.`,
        );
      }
      if (reservedIds.has(step.id)) {
        throw new StepDeclarationError(file, step.line, `step id "${step.id}" is already a section id; choose another`);
      }
      const where = `${file}:${step.line}`;
      const earlier = seen.get(step.id);
      if (earlier) throw new StepDeclarationError(file, step.line, `step id "${step.id}" repeats the step at ${earlier}; step ids must be unique`);
      seen.set(step.id, where);
    }
  }
}

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
 * This module reads those declarations with the parser Astro's MDX uses
 * (satteri's mdast, the same tree remark plugins see) and checks their shape
 * and their chart and state against a catalogue, so that a typo fails the
 * build with the file, the line and the valid choices before anything
 * renders. Pure: no file system, no DOM.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** One declared step, as its section's source has it. */
export interface StepDeclaration {
  /** Stable, public: the step's URL hash and `data-step`. */
  id: string;
  chart: string;
  state: string;
  /** Our caption, when the step's text is ours rather than the author's. */
  note?: string;
  /** The author's paragraph the step carries, as plain text (or a component's text, when it has any). */
  text?: string;
  /** The essay's component the step carries instead of a paragraph (label cards, a pull quote). */
  component?: string;
  /** Its source, as written in the MDX file (Markdown emphasis and all). */
  source?: string;
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

export const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_ATTRIBUTES = ['id', 'chart', 'state', 'note'];

type Node = MdastNode & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[]; value?: unknown };

const lineOf = (node: Node) => node.position?.start.line ?? 1;
const isJsx = (node: Node, name: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/** The plain text of a node: what a reader would read aloud. */
function plainText(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  const parts = (node.children ?? []).map(plainText);
  return node.type === 'paragraph' || node.type === 'mdxJsxFlowElement' ? parts.join(' ').replace(/\s+/g, ' ').trim() : parts.join('');
}

/** Reads a `<Step>`'s attributes: quoted strings only (a step is data, not code). */
function attributesOf(node: Node, file: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      throw new StepDeclarationError(file, lineOf(node), `<${node.name}> takes only name="value" attributes (a step is data, not code)`);
    }
    if (!KNOWN_ATTRIBUTES.includes(attr.name)) {
      throw new StepDeclarationError(file, lineOf(node), `<Step> has an unknown attribute "${attr.name}". Valid attributes: ${KNOWN_ATTRIBUTES.join(', ')}.`);
    }
    if (typeof attr.value !== 'string') {
      throw new StepDeclarationError(file, lineOf(node), `<Step> attribute "${attr.name}" must be a quoted string (a step is data, not code)`);
    }
    found.set(attr.name, attr.value);
  }
  return found;
}

/** Every element named `name` under `node` (not descending into matches). */
function findAll(node: Node, name: string, out: Node[] = []): Node[] {
  for (const child of node.children ?? []) {
    if (isJsx(child, name)) out.push(child);
    else findAll(child, name, out);
  }
  return out;
}

/** Parses MDX, turning the parser's "line:column: message" into the file's own error. */
function parse(source: string, file: string): Node {
  try {
    return mdxToMdast(source) as Node;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):\d+:\s*/.exec(message);
    throw new StepDeclarationError(file, at ? Number(at[1]) : 1, `the MDX could not be read: ${at ? message.slice(at[0].length) : message}`);
  }
}

/**
 * Every step a section's source declares, in order, checked for shape:
 * required attributes, quoted values, a step inside a <Scrolly> block, one
 * chart per block, and a body that is one block (one of the author's
 * paragraphs, or one of the essay's components) or, for a note of ours,
 * no body at all.
 */
export function parseSteps(source: string, file: string): StepDeclaration[] {
  return parseSection(source, file).steps;
}

/** A section's raw YAML front matter (null without one) and its steps, from one parse. */
export function parseSection(source: string, file: string): { frontMatter: string | null; steps: StepDeclaration[] } {
  const root = parse(source, file);
  const yaml = (root.children ?? []).find((n) => n.type === 'yaml');
  return { frontMatter: typeof yaml?.value === 'string' ? yaml.value : null, steps: stepsOf(root, source, file) };
}

function stepsOf(root: Node, source: string, file: string): StepDeclaration[] {
  const blocks = findAll(root, 'Scrolly');
  for (const block of blocks) {
    if (findAll(block, 'Scrolly').length) throw new StepDeclarationError(file, lineOf(block), '<Scrolly> blocks cannot be nested');
  }
  const inBlocks = new Set(blocks.flatMap((b) => findAll(b, 'Step')));
  for (const step of findAll(root, 'Step')) {
    if (!inBlocks.has(step)) throw new StepDeclarationError(file, lineOf(step), '<Step> must sit inside a <Scrolly> block');
  }
  const steps: StepDeclaration[] = [];
  blocks.forEach((block, b) => {
    if (block.attributes?.length) {
      throw new StepDeclarationError(file, lineOf(block), '<Scrolly> takes no attributes: each <Step> names its chart and state');
    }
    const children = block.children ?? [];
    if (!children.some((c) => isJsx(c, 'Step'))) throw new StepDeclarationError(file, lineOf(block), 'a <Scrolly> block must hold at least one <Step>');
    let blockChart: string | undefined;
    for (const node of children) {
      const line = lineOf(node);
      if (!isJsx(node, 'Step')) throw new StepDeclarationError(file, line, 'a <Scrolly> block holds only <Step>s: put text inside a step, or after the block');
      const attrs = attributesOf(node, file);
      const [id, chart, state, note] = ['id', 'chart', 'state', 'note'].map((k) => attrs.get(k));
      if (!id) throw new StepDeclarationError(file, line, '<Step> needs an id, e.g. id="sarah-promoted"');
      if (!STEP_ID.test(id)) throw new StepDeclarationError(file, line, `step id "${id}" must be lowercase letters and digits joined by single hyphens`);
      if (!chart) throw new StepDeclarationError(file, line, `step "${id}" needs a chart="…"`);
      if (!state) throw new StepDeclarationError(file, line, `step "${id}" needs a state="…"`);
      if (blockChart && blockChart !== chart) {
        throw new StepDeclarationError(file, line, `step "${id}" names chart "${chart}", but its <Scrolly> block shows "${blockChart}"; one chart per block`);
      }
      blockChart = chart;
      const body = node.children ?? [];
      if (findAll(node, 'Step').length) throw new StepDeclarationError(file, line, `step "${id}" is not closed before the next step`);
      const declaration: StepDeclaration = { id, chart, state, block: b + 1, line };
      if (note !== undefined) {
        if (!note.trim()) throw new StepDeclarationError(file, line, `step "${id}" has an empty note`);
        if (body.length) {
          throw new StepDeclarationError(file, line, `step "${id}" has a note of ours, so it must not wrap any of the author's text: write <Step … note="…" />`);
        }
        declaration.note = note;
      } else {
        if (!body.length) throw new StepDeclarationError(file, line, `step "${id}" has no text: wrap one of the author's paragraphs, or give a note="…" of ours`);
        if (body.length > 1) {
          throw new StepDeclarationError(file, line, `step "${id}" wraps more than one paragraph; a step holds one of the author's paragraphs, whole`);
        }
        const only = body[0] as Node;
        if (only.type === 'mdxJsxFlowElement' && only.name) declaration.component = only.name;
        const text = plainText(only);
        if (text) declaration.text = text;
        const start = only.position?.start.offset;
        const end = only.position?.end.offset;
        if (start !== undefined && end !== undefined) declaration.source = source.slice(start, end);
      }
      steps.push(declaration);
    }
  });
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
      const problem = stepProblem(step, catalog);
      if (problem) throw new StepDeclarationError(file, step.line, problem);
      if (reservedIds.has(step.id)) throw new StepDeclarationError(file, step.line, `step id "${step.id}" is already a section id; choose another`);
      const where = `${file}:${step.line}`;
      const earlier = seen.get(step.id);
      if (earlier) throw new StepDeclarationError(file, step.line, `step id "${step.id}" repeats the step at ${earlier}; step ids must be unique`);
      seen.set(step.id, where);
    }
  }
}

/** What is wrong with a step's chart or state, listing the valid choices; null when nothing is. */
export function stepProblem(step: { id: string; chart: string; state: string }, catalog: Readonly<Record<string, readonly string[]>>): string | null {
  const states = catalog[step.chart];
  if (!states) return `step "${step.id}" names an unknown chart "${step.chart}". Valid charts: ${Object.keys(catalog).join(', ')}.`;
  if (!states.includes(step.state)) {
    return `step "${step.id}" names an unknown state "${step.state}" of chart "${step.chart}". Valid states: ${states.join(', ')}.`;
  }
  return null;
}

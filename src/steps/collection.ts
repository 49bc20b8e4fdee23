/**
 * The steps collection: every scroll step of the essay in reading order,
 * read by any page with `getCollection('steps')` (the essay, and the
 * presentation, embeds and handout to come) without rendering the essay.
 * Its loader reads the sections' MDX with the MDX parser
 * (src/steps/declarations.ts), orders them by the sections' `order`, and
 * stops the build naming the file, the line and the valid choices; its
 * schema checks each step's chart and state against the chart registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { chartList } from '../charts/registry';
import { parseSection, STEP_ID, stepProblem, validateSteps, type StepDeclaration } from './declarations';

/** Chart ids and their state ids, from the one registry. */
export function catalog(): Record<string, readonly string[]> {
  return Object.fromEntries(chartList.map((c) => [c.id, c.states.map((s) => s.id)]));
}

/** A step as the collection holds it. */
export interface StepData {
  id: string;
  /** Its place in the whole essay's reading order, from 0. */
  order: number;
  /** The section it belongs to (its id, the section's anchor) and that section's `order`. */
  section: string;
  sectionOrder: number;
  /** The scrolly block within its section, from 1, and the step's place in that block, from 0. */
  block: number;
  indexInBlock: number;
  chart: string;
  state: string;
  note?: string | undefined;
  text?: string | undefined;
  component?: string | undefined;
  source?: string | undefined;
  /** Where it is declared: the file (from the project root) and line. */
  file: string;
  line: number;
}

const registry = catalog();

/** The schema every step is checked against: it knows the chart registry. */
export const stepSchema = z
  .object({
    id: z.string().regex(STEP_ID),
    order: z.number().int().nonnegative(),
    section: z.string().min(1),
    sectionOrder: z.number().int().positive(),
    block: z.number().int().positive(),
    indexInBlock: z.number().int().nonnegative(),
    chart: z.string(),
    state: z.string(),
    note: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    component: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    file: z.string(),
    line: z.number().int().positive(),
  })
  .strict()
  .superRefine((step, ctx) => {
    const problem = stepProblem(step, registry);
    if (problem) ctx.addIssue({ code: 'custom', path: [step.chart in registry ? 'state' : 'chart'], message: `${step.file}:${step.line}: ${problem}` });
    const carries = step.text !== undefined || step.component !== undefined;
    if ((step.note === undefined) === !carries) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `${step.file}:${step.line}: a step carries either the author's text (or one of the essay's components) or a note of ours` });
    }
  });

/** A section's id and order from its front matter; null when it cannot be read (the sections collection reports that). */
function frontMatter(yaml: string | null): { id: string; order: number } | null {
  try {
    const data: unknown = parseYaml(yaml ?? '');
    if (data && typeof data === 'object' && 'id' in data && 'order' in data && typeof data.id === 'string' && typeof data.order === 'number') {
      return { id: data.id, order: data.order };
    }
  } catch {
    // The sections collection names the file and the field.
  }
  return null;
}

/**
 * Reads every section in `contentDir` and returns its steps in reading
 * order (by the sections' `order`, never by file name). Throws, naming the
 * file and line, at the first step that is malformed, names an unknown
 * chart or state, or repeats an id (of a step or a section).
 */
export function readSteps(contentDir: string, root = process.cwd()): StepData[] {
  const declared: { file: string; front: { id: string; order: number } | null; steps: StepDeclaration[] }[] = readdirSync(contentDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((name) => {
      const absolute = path.join(contentDir, name);
      const file = path.relative(root, absolute) || absolute;
      const { frontMatter: yaml, steps } = parseSection(readFileSync(absolute, 'utf8'), file);
      return { file, front: frontMatter(yaml), steps };
    })
    .sort((a, b) => (a.front?.order ?? Infinity) - (b.front?.order ?? Infinity) || a.file.localeCompare(b.file));
  validateSteps(declared, registry, new Set(declared.flatMap((s) => (s.front ? [s.front.id] : []))));
  let order = 0;
  return declared.flatMap(({ file, front, steps }) =>
    steps.map((step, i) => ({
      id: step.id,
      order: order++,
      section: front?.id ?? path.basename(file, '.mdx'),
      sectionOrder: front?.order ?? 1,
      block: step.block,
      indexInBlock: steps.slice(0, i).filter((s) => s.block === step.block).length,
      chart: step.chart,
      state: step.state,
      ...(step.note !== undefined ? { note: step.note } : {}),
      ...(step.text !== undefined ? { text: step.text } : {}),
      ...(step.component !== undefined ? { component: step.component } : {}),
      ...(step.source !== undefined ? { source: step.source } : {}),
      file,
      line: step.line,
    })),
  );
}

/** Puts collection entries in reading order (a collection's own order is not guaranteed). */
export function inReadingOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/**
 * The step a link to `state` of `chart` should open at: the first step that
 * shows that state, else the chart's first step; null when the essay never shows the chart.
 */
export function stepShowing(entries: readonly { id: string; data: { chart: string; state: string; order: number } }[], chart: string, state: string): string | null {
  const ordered = inReadingOrder(entries);
  return (ordered.find((s) => s.data.chart === chart && s.data.state === state) ?? ordered.find((s) => s.data.chart === chart))?.id ?? null;
}

/** The Astro loader of the steps collection: reads `content/` at every sync, and again in dev when a section changes. */
export function stepsLoader(): Loader {
  return {
    name: 'essay-steps',
    load: async ({ store, parseData, logger, config, watcher }) => {
      const contentDir = fileURLToPath(new URL('content/', config.root));
      const root = fileURLToPath(config.root);
      const load = async () => {
        const steps = readSteps(contentDir, root);
        store.clear();
        for (const step of steps) {
          const data = await parseData({ id: step.id, data: { ...step }, filePath: step.file });
          store.set({ id: step.id, data, filePath: step.file });
        }
        logger.info(`${steps.length} scroll steps read and checked against ${chartList.length} charts`);
      };
      await load();
      watcher?.on('change', (changed) => {
        if (changed.startsWith(contentDir) && changed.endsWith('.mdx')) load().catch((e: unknown) => logger.error(e instanceof Error ? e.message : String(e)));
      });
    },
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chartList } from '../charts/registry';
import { parseSteps, validateSteps, type StepDeclaration } from '../scrolly/steps';

/** Chart ids and their state ids, from the one registry. */
export function catalog(): Record<string, readonly string[]> {
  return Object.fromEntries(chartList.map((c) => [c.id, c.states.map((s) => s.id)]));
}

/** Reads and checks every step declared in `content/*.mdx`. Throws with the file, the step and the valid choices. */
export function collectSteps(contentDir: string): { file: string; steps: StepDeclaration[] }[] {
  const files = readdirSync(contentDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const sectionIds = new Set<string>();
  const declared = files.map((name) => {
    const file = path.join(contentDir, name);
    const source = readFileSync(file, 'utf8');
    const id = /^---[\s\S]*?^id:\s*["']?([^"'\n]+)["']?\s*$/m.exec(source)?.[1];
    if (id) sectionIds.add(id.trim());
    return { file: path.relative(process.cwd(), file) || file, steps: parseSteps(source, path.relative(process.cwd(), file) || file) };
  });
  validateSteps(declared, catalog(), sectionIds);
  return declared;
}

/**
 * Checks the essay's scroll steps when Astro starts (dev, build, check, sync),
 * so that a step naming an unknown chart or state, or repeating an id, stops
 * the build with a clear message instead of rendering a wrong chart.
 */
export function stepsIntegration(): AstroIntegration {
  return {
    name: 'essay-steps',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const contentDir = fileURLToPath(new URL('content/', config.root));
        const declared = collectSteps(contentDir);
        const count = declared.reduce((n, f) => n + f.steps.length, 0);
        logger.info(`${count} scroll steps checked against ${chartList.length} charts`);
      },
    },
  };
}

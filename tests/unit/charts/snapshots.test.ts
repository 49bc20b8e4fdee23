/**
 * SVG snapshots, in the style of Observable Plot's: every state of every
 * chart, laid out at two sizes and rendered by the same code as the build,
 * compared with a normalised SVG file checked in under __snapshots__/. On a
 * mismatch the new rendering is written beside it as `<name>-changed.svg` so
 * the two can be opened side by side; to accept a change, delete the old file
 * and run the tests again (outside CI) to write the new one.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartList as charts } from '../../../src/charts/registry';
import { chartData } from '../../../src/charts/chartData';
import { svgDocument } from '../../../src/charts/svg';

// Each chart's data as the build has it (the ladders preset is computed by the model).
const data = new Map<string, unknown>();
beforeAll(async () => {
  for (const chart of charts) data.set(chart.id, await chartData(chart));
});

const sizes = (chart: { staticSize: { width: number; height: number } }) => [chart.staticSize, { width: 640, height: 400 }];
const dir = new URL('./__snapshots__/', import.meta.url);

/** One element per line, so a failing snapshot diffs line by line. */
function normalise(svg: string): string {
  return svg.replace(/></g, '>\n<') + '\n';
}

describe('chart snapshots', () => {
  for (const chart of charts) {
    for (const state of chart.states) {
      for (const size of sizes(chart)) {
        const name = `${chart.id}--${state.id}--${size.width}x${size.height}`;
        it(`${chart.id} layout(${state.id}, ${size.width}×${size.height}) matches ${name}.svg`, () => {
          const actual = normalise(svgDocument(chart.layout(state.id, size, data.get(chart.id)), size));
          const file = new URL(`${name}.svg`, dir);
          const changed = new URL(`${name}-changed.svg`, dir);
          if (!existsSync(file)) {
            if (process.env.CI) throw new Error(`Missing snapshot ${name}.svg: run the unit tests locally and commit it.`);
            mkdirSync(dir, { recursive: true });
            writeFileSync(file, actual);
          }
          const expected = readFileSync(file, 'utf8');
          if (actual !== expected) writeFileSync(changed, actual);
          else rmSync(changed, { force: true });
          expect(actual).toBe(expected);
        });
      }
    }
  }
});

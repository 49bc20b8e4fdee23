import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so that node_modules resolves by walking up, while the
// fixture's own .astro caches stay in the fixture folder.
const TMP = `${ROOT}tests/.tmp/`;

/** Makes a throwaway project whose content folder holds the real sections, with one file replaced. */
function fixture(name: string, file: string, text: string): string {
  const root = `${TMP}${name}/`;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) symlinkSync(`${ROOT}${entry}`, `${root}${entry}`);
  cpSync(`${ROOT}content`, `${root}content`, { recursive: true });
  writeFileSync(`${root}content/${file}`, text);
  return root;
}

/** Runs `astro sync` (which loads and validates every section) and returns its exit code and output. */
async function sync(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(`${ROOT}node_modules/.bin/astro`, ['sync', '--root', root], {
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const original = readFileSync(`${ROOT}content/05-the-training-gap.mdx`, 'utf8');

describe('a section with malformed front matter', () => {
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));

  it('fails the build, naming the file and the field, when a field has the wrong type', async () => {
    const root = fixture('wrong-type', '05-the-training-gap.mdx', original.replace('order: 5', 'order: five'));
    const { code, output } = await sync(root);
    expect(code).not.toBe(0);
    expect(output).toContain('05-the-training-gap');
    expect(output).toMatch(/\border\b/);
  });

  it('fails the build, naming the file and the field, when an id is not a valid anchor', async () => {
    const root = fixture('bad-id', '05-the-training-gap.mdx', original.replace('id: the-training-gap', 'id: The Training Gap'));
    const { code, output } = await sync(root);
    expect(code).not.toBe(0);
    expect(output).toContain('05-the-training-gap');
    expect(output).toMatch(/\bid\b.*lower-case words joined by hyphens/s);
  });

  it('fails the build, naming the file, when the YAML itself is broken', async () => {
    const root = fixture('bad-yaml', '05-the-training-gap.mdx', original.replace('heading: "The Training Gap"', 'heading: "The Training Gap'));
    const { code, output } = await sync(root);
    expect(code).not.toBe(0);
    expect(output).toContain('05-the-training-gap.mdx');
  });
});

describe('a section whose scroll steps are wrong', () => {
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));

  it('fails the build, naming the file and listing the valid states, when a step names an unknown state', async () => {
    const root = fixture('bad-state', '05-the-training-gap.mdx', original.replace('state="deep-end"', 'state="drowning"'));
    const { code, output } = await sync(root);
    expect(code).not.toBe(0);
    expect(output).toContain('05-the-training-gap.mdx');
    expect(output).toContain('unknown state "drowning" of chart "training-gap". Valid states: cohort, trained, deep-end.');
  });

  it('fails the build, naming the file and listing the valid charts, when a step names an unknown chart', async () => {
    const root = fixture('bad-chart', '05-the-training-gap.mdx', original.replaceAll('chart="training-gap"', 'chart="training-gaps"'));
    const { code, output } = await sync(root);
    expect(code).not.toBe(0);
    expect(output).toContain('05-the-training-gap.mdx');
    expect(output).toContain('Valid charts: sarahs-week, different-mountain, threefold-tragedy, training-gap, underlying-connections, parallel-tracks, compass, ladders.');
  });

  it('fails the build when a step repeats another step’s id', async () => {
    const root = fixture('dup-step', '05-the-training-gap.mdx', original.replace('id="new-managers"', 'id="sarah-arc"'));
    const { code, output } = await sync(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/05-the-training-gap\.mdx:\d+: step id "sarah-arc" repeats the step at .*01-opening\.mdx/);
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sectionSchema } from '../../src/lib/sectionSchema';
import { orderSections } from '../../src/lib/sections';
import { MANUSCRIPT_PATH, linesOf } from '../support/manuscript';

const CONTENT = new URL('../../content/', import.meta.url);
const files = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const sources = files.map((f) => ({ file: f, text: readFileSync(new URL(f, CONTENT), 'utf8') }));

/** A section's front matter, read as YAML (as Astro reads it). */
function frontMatter(text: string): Record<string, unknown> & { heading?: string; order?: unknown } {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return parseYaml(block) as Record<string, unknown>;
}

describe('the manuscript fixture', () => {
  it('is a verbatim copy of shared/manuscript/essay.txt (when shared/ is beside the repo)', () => {
    const shared = new URL('../../../shared/manuscript/essay.txt', import.meta.url);
    if (!existsSync(shared)) return; // a clone without shared/: nothing to compare against
    expect(readFileSync(MANUSCRIPT_PATH, 'utf8').trimEnd()).toBe(readFileSync(shared, 'utf8').trimEnd());
  });
});

describe('content/*.mdx', () => {
  it('holds one file per section, ten in all, named in reading order', () => {
    expect(files).toHaveLength(10);
    files.forEach((f, i) => expect(f.startsWith(String(i + 1).padStart(2, '0') + '-')).toBe(true));
  });

  it('gives each section front matter that passes the schema, in order', () => {
    const entries = sources.map(({ file, text }) => {
      const fm = frontMatter(text);
      const data = sectionSchema.parse({ ...fm, order: Number(fm.order) });
      return { id: file, filePath: file, data };
    });
    expect(orderSections(entries).map((e) => e.id)).toEqual(files);
  });

  it('carries every manuscript heading, word for word, in order', () => {
    const headings = sources.map(({ text }) => frontMatter(text).heading).filter(Boolean);
    expect(headings).toEqual(linesOf('heading').map((l) => l.source));
  });

  it('carries every prose paragraph, quotation and infographic label word for word, in manuscript order', () => {
    const all = sources.map((s) => s.text).join('\n');
    let cursor = 0;
    for (const line of linesOf('prose', 'quote', 'label')) {
      const at = all.indexOf(line.source, cursor);
      expect(at, `manuscript line ${line.line} missing or out of order: “${line.source.slice(0, 60)}…”`).toBeGreaterThanOrEqual(0);
      cursor = at + line.source.length;
    }
  });

  it('adds no prose of its own to the essay body (every paragraph is the author’s)', () => {
    const authorLines = new Set(linesOf('prose', 'quote').map((l) => l.source));
    for (const { file, text } of sources) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const paragraphs = body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p && !p.startsWith('<') && !p.startsWith('{') && !p.startsWith('import '));
      for (const p of paragraphs) expect(authorLines.has(p), `${file}: “${p.slice(0, 60)}…” is not a manuscript paragraph`).toBe(true);
    }
  });
});

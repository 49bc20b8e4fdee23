import { readFileSync } from 'node:fs';

/**
 * The manuscript, parsed by the line map in shared/manuscript/README.md.
 * `tests/fixtures/manuscript.txt` is a verbatim copy of the author's file;
 * a unit test keeps the two identical when shared/ is present.
 */
export type LineKind = 'title' | 'prose' | 'quote' | 'heading' | 'label';

export interface ManuscriptLine {
  /** 1-based line number in the manuscript. */
  line: number;
  kind: LineKind;
  /** The line as written, with the author's Markdown emphasis. */
  source: string;
  /** The words a reader sees: emphasis markers removed. */
  text: string;
}

export const MANUSCRIPT_PATH = new URL('../fixtures/manuscript.txt', import.meta.url);

const HEADINGS = [7, 10, 14, 23, 25, 29, 38, 41, 44];
const QUOTES = [12, 27];
const LABELS = [3, 4, 5, 16, 17, 18, 19, 20, 21, 31, 32, 33, 34, 35, 36, 46, 47];

function kindOf(line: number): LineKind {
  if (line === 1) return 'title';
  if (HEADINGS.includes(line)) return 'heading';
  if (QUOTES.includes(line)) return 'quote';
  if (LABELS.includes(line)) return 'label';
  return 'prose';
}

/** Strips the author's `*emphasis*` markers, leaving the words. */
export function plainText(source: string): string {
  return source.replace(/\*([^*]+)\*/g, '$1');
}

export function readManuscript(): ManuscriptLine[] {
  return readFileSync(MANUSCRIPT_PATH, 'utf8')
    .split('\n')
    .map((source, i) => ({ line: i + 1, kind: kindOf(i + 1), source, text: plainText(source) }))
    .filter((l) => l.source.trim() !== '');
}

/** Lines of one or more kinds, in reading order. */
export function linesOf(...kinds: LineKind[]): ManuscriptLine[] {
  return readManuscript().filter((l) => kinds.includes(l.kind));
}

/** The words the author emphasised, in order. */
export function emphasised(): string[] {
  return readManuscript().flatMap((l) => [...l.source.matchAll(/\*([^*]+)\*/g)].map((m) => m[1] ?? ''));
}

/** Collapses runs of white space, as a reader's eye (and innerText comparisons) would. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

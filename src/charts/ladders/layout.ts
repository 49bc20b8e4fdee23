/**
 * `ladders`: the same organisation under linear progression and under
 * parallel tracks, side by side. Pure: `(result, view, size) → marks`, for
 * the build-time figures, the scroll steps and the reader's explorable alike.
 *
 * People are marks: a circle sits in a craft seat, a square in a management
 * seat; a filled mark is brilliant at the craft (c ≥ 8). Shape and fill carry
 * the meaning, colour only repeats it.
 */
import { GROUPS, type Group, type Structure } from '../../data/simulation/ladders';
import { RULES, summarise, type Outcome, type Person, type ScenarioResult } from '../../data/simulation/scenario';
import { labelSize } from '../scale';
import type { Mark, Size } from '../types';

export type LaddersView = 'start' | 'end' | 'counts' | 'summary';

/** The essay's two labels (its infographic), one per panel. */
export const PANEL_TITLES: Record<Structure, string> = { linear: 'Linear Progression', parallel: 'Parallel Tracks' };
const STRUCTURES: readonly Structure[] = ['linear', 'parallel'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each group's seats go in a panel: a box and a column count per group. */
interface GroupPlace {
  x: number;
  y: number;
  cols: number;
}

/**
 * Places the groups of one structure in `box` with square cells of side
 * `cell`: one row band per level, top level first; with parallel tracks,
 * management on the left half and the craft ladder on the right half above
 * the shared bottom level. Returns null when the cell is too big to fit.
 */
function placeGroups(structure: Structure, box: Box, cell: number, gap: number): GroupPlace[] | null {
  const groups = GROUPS[structure];
  const levels = Math.max(...groups.map((g) => g.level)) + 1;
  const places: GroupPlace[] = new Array(groups.length);
  const half = (box.width - gap) / 2;
  let y = box.y;
  for (let level = 0; level < levels; level++) {
    let rows = 0;
    groups.forEach((g: Group, i) => {
      if (g.level !== level) return;
      const split = structure === 'parallel' && level < levels - 1;
      const width = split ? half : box.width;
      const cols = Math.max(1, Math.floor(width / cell));
      const x = split && g.track === 'craft' ? box.x + half + gap : box.x;
      places[i] = { x, y, cols };
      rows = Math.max(rows, Math.ceil(g.size / cols));
    });
    y += rows * cell + (level < levels - 1 ? gap : 0);
  }
  return y - box.y <= box.height ? places : null;
}

function personMarks(structure: Structure, people: readonly Person[], box: Box, marks: Mark[]): void {
  const gap = Math.max(3, box.height * 0.025);
  let cell = Math.min(28, box.width / 6);
  let places: GroupPlace[] | null = null;
  while (cell > 2 && !(places = placeGroups(structure, box, cell, gap))) cell -= 0.25;
  if (!places) places = placeGroups(structure, box, 2, gap) as GroupPlace[];
  const groups = GROUPS[structure];
  for (const p of people) {
    const g = groups[p.group] as Group;
    const place = places[p.group] as GroupPlace;
    const cx = place.x + (p.slot % place.cols) * cell + cell / 2;
    const cy = place.y + Math.floor(p.slot / place.cols) * cell + cell / 2;
    const size = (p.brilliant ? 0.8 : 0.62) * cell;
    const look = `${g.track === 'manage' ? 'mark-lead' : 'mark-craft'}${p.brilliant ? '' : ' mark-hollow mark-thin'}`;
    const key = `${structure}-${p.id}`;
    if (g.track === 'manage') {
      marks.push({ type: 'rect', key, x: cx - size / 2, y: cy - size / 2, width: size, height: size, className: look });
    } else {
      marks.push({ type: 'circle', key, cx, cy, r: size / 2, className: look });
    }
  }
}

/** A count or average as the charts and sentences print it: whole when it is, else one decimal. */
export const formatCount = (x: number) => (Math.abs(x - Math.round(x)) < 0.05 ? String(Math.round(x)) : x.toFixed(1));

/** How many of these people are brilliant at their craft and sit in a craft seat. */
export function brilliantInCraft(people: readonly Person[], structure: Structure): number {
  return people.filter((p) => p.brilliant && GROUPS[structure][p.group]!.track === 'craft').length;
}

/** The two panels of people, each titled with the essay's label and its count of brilliant crafters. */
function peopleView(result: ScenarioResult, when: 'start' | 'end', box: Box, fs: number, marks: Mark[]): void {
  const gap = Math.max(12, box.width * 0.05);
  const width = (box.width - gap) / 2;
  STRUCTURES.forEach((structure, i) => {
    const x = box.x + i * (width + gap);
    const outcome: Outcome = result[structure];
    const year = when === 'start' ? 0 : result.settings.years;
    const people = when === 'start' ? outcome.start : outcome.end;
    const brilliant = brilliantInCraft(people, structure);
    marks.push({ type: 'text', key: `title-${structure}`, x, y: box.y + fs, text: PANEL_TITLES[structure], size: fs, className: 'chart-label chart-label--strong' });
    marks.push({
      type: 'text',
      key: `note-${structure}`,
      x,
      y: box.y + fs * 2.2,
      // Narrow panels drop the year (the caption and the table give it).
      text: `${width >= fs * 14 ? `Year ${year}: ` : ''}${brilliant} brilliant crafter${brilliant === 1 ? '' : 's'}`,
      size: fs * 0.85,
      className: 'chart-label',
    });
    personMarks(structure, people, { x, y: box.y + fs * 2.9, width, height: box.height - fs * 2.9 }, marks);
  });
}

/** One row per measure; two bars: linear progression (hollow) and parallel tracks (filled). */
export const MEASURES = [
  { id: 'brilliant', label: 'Still brilliant at their craft' },
  { id: 'crafterManagers', label: 'Brilliant crafters in management seats' },
  { id: 'dismissed', label: 'Dismissed for incompetence, per year' },
  { id: 'efficiency', label: 'Efficiency' },
] as const;

function countsView(result: ScenarioResult, box: Box, fs: number, marks: Mark[], rows: readonly (typeof MEASURES)[number][] = MEASURES): void {
  const l = summarise(result.linear);
  const p = summarise(result.parallel);
  const rowH = box.height / rows.length;
  const barH = Math.max(4, Math.min(fs * 0.9, (rowH - fs * 1.3) / 2 - 1));
  const labelW = fs * 2.6;
  rows.forEach((m, i) => {
    const y = box.y + i * rowH;
    const values = { linear: l[m.id], parallel: p[m.id] };
    const max = m.id === 'efficiency' ? 100 : Math.max(1, values.linear, values.parallel);
    marks.push({ type: 'text', key: `m-${m.id}`, x: box.x, y: y + fs, text: m.label, size: fs * 0.85, className: 'chart-label chart-label--strong' });
    STRUCTURES.forEach((s, k) => {
      const by = y + fs * 1.35 + k * (barH + 2);
      const w = Math.max(1, ((box.width - labelW - 4) * values[s]) / max);
      marks.push({
        type: 'rect',
        key: `bar-${m.id}-${s}`,
        x: box.x,
        y: by,
        width: w,
        height: barH,
        className: s === 'linear' ? 'mark-lead mark-hollow mark-thin' : 'mark-craft',
      });
      marks.push({
        type: 'text',
        key: `val-${m.id}-${s}`,
        x: box.x + w + 4,
        y: by + barH * 0.5 + fs * 0.3,
        text: `${formatCount(values[s])}${m.id === 'efficiency' ? '%' : ''}`,
        size: fs * 0.85,
        className: 'chart-label',
      });
    });
  });
}

/** The marks of one view of a scenario at `size`. */
export function laddersLayout(result: ScenarioResult, view: LaddersView, { width, height }: Size): Mark[] {
  const fs = labelSize(width);
  const marks: Mark[] = [];
  const box = { x: 2, y: 0, width: width - 4, height: height - 2 };
  if (view === 'start' || view === 'end') peopleView(result, view, box, fs, marks);
  else if (view === 'counts') countsView(result, { ...box, y: box.y + 2 }, fs, marks);
  else {
    // Summary: the people after the years, and the one count the essay asks about.
    const countH = Math.max(fs * 3.4, height * 0.24);
    peopleView(result, 'end', { ...box, height: box.height - countH - 4 }, fs, marks);
    countsView(result, { ...box, y: box.y + box.height - countH, height: countH }, fs, marks, [MEASURES[0]]);
  }
  return marks;
}

/** The settings of a scenario, in words, for captions and the data table. */
export function describeSettings(result: ScenarioResult): string {
  const s = result.settings;
  // The rule in the words of the explorable's control (RULES).
  const rule = RULES.find((r) => r.id === s.rule)?.label ?? s.rule;
  return `skill transfer ${s.rho.toFixed(2)}, who is promoted: ${rule}, ${s.years} years, ${result.runs} runs from seed ${s.seed}`;
}


/**
 * `ladders`: the same organisation under two arms side by side, today's
 * practice (one ladder, promoting the best at the current job) and the arm a
 * scenario sets (by default the essay's proposal: parallel ladders, promoting
 * for the job to be done). Pure: `(scenario, view, size) → marks`.
 *
 * People are marks: a circle sits in a craft seat, a square in a management
 * seat; a filled mark is brilliant at the craft (c ≥ 8). Teal means craft and
 * orange management, here and in every chart; the two arms are told apart by
 * position and name, and in the bars by a light and a dark neutral.
 */
import { CRAFT_SEATS, GROUPS, SEATS, type Group, type Structure } from '../../data/simulation/ladders';
import {
  armName,
  comboLabel,
  comboOf,
  decompose,
  STRATEGY_LABELS,
  summarise,
  TODAY,
  type Combo,
  type Decomposition,
  type Person,
  type ScenarioResult,
  type Summary,
} from '../../data/simulation/scenario';
import { labelSize } from '../scale';
import { textWidth, wrapText } from '../text';
import type { Mark, Size } from '../types';

export type LaddersView = 'start' | 'end' | 'counts' | 'summary';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A count or average as the charts and sentences print it: whole when it is, else one decimal. */
export const formatCount = (x: number) => (Math.abs(x - Math.round(x)) < 0.05 ? String(Math.round(x)) : x.toFixed(1));
/** A difference with its sign (− for minus), one decimal. */
export const formatSigned = (x: number) => `${x >= 0.05 ? '+' : x <= -0.05 ? '−' : '±'}${Math.abs(x).toFixed(1)}`;

/** The two arms of a scenario: today's practice first. */
export function arms(result: ScenarioResult): { combo: Combo; structure: Structure }[] {
  const chosen = comboOf(result.settings);
  return [
    { combo: TODAY, structure: 'linear' },
    { combo: chosen, structure: result.settings.structure },
  ];
}

/** The level names in the label column: the one ladder's rungs, which are also the management rungs of parallel ladders. */
const LEVEL_NAMES = ['Head', 'Directors', 'Sr managers', 'Managers', 'Team leads', 'Crafters'];
const LEVELS = LEVEL_NAMES.length;

/** How one structure's groups sit in a panel: per group, its column offset and column count (in cells). */
function columns(structure: Structure, cols: number): { x: number; cols: number }[] {
  const half = Math.floor((cols - 1) / 2);
  return GROUPS[structure].map((g) => {
    const split = structure === 'parallel' && g.level > 0 && g.level < LEVELS - 1;
    if (!split) return { x: 0, cols };
    return g.track === 'manage' ? { x: 0, cols: half } : { x: cols - half, cols: half };
  });
}

/** Rows each level needs so that every arm's groups fit, at `cols` columns per panel; `counts[arm][group]` marks to place. */
function rowsPerLevel(structures: readonly Structure[], counts: readonly (readonly number[])[], cols: number): number[] {
  const rows = new Array<number>(LEVELS).fill(1);
  structures.forEach((structure, a) => {
    const place = columns(structure, cols);
    GROUPS[structure].forEach((g, i) => {
      rows[g.level] = Math.max(rows[g.level] as number, Math.ceil((counts[a]?.[i] ?? 0) / (place[i] as { cols: number }).cols));
    });
  });
  return rows;
}

/** The smallest cell (px) a person is drawn in: marks of at least 8 px, the legibility floor at phone width. */
export const MIN_CELL = 10;

/** The key of the people views: shape = seat, fill = brilliant. */
function peopleKey(x: number, y: number, width: number, fs: number, marks: Mark[], brilliantOnly: boolean): number {
  const s = fs * 0.75;
  const items: { key: string; label: string; shape: 'circle' | 'rect'; className: string }[] = [
    { key: 'craft', label: 'craft seat', shape: 'circle', className: 'mark-craft mark-hollow mark-thin' },
    { key: 'lead', label: 'management seat', shape: 'rect', className: 'mark-lead mark-hollow mark-thin' },
    { key: 'brilliant', label: brilliantOnly ? 'only the brilliant at the craft are drawn' : 'filled: brilliant at the craft', shape: 'circle', className: 'mark-neutral' },
  ];
  if (brilliantOnly) items.splice(0, 2);
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = s + 4 + textWidth(item.label, fs * 0.85) + 12;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += fs * 1.25;
    }
    const midY = cy - fs * 0.3;
    if (item.key === 'brilliant') {
      // Both shapes, filled.
      marks.push({ type: 'circle', key: 'key-brilliant-c', cx: cx + s / 2, cy: midY, r: s / 2, className: 'mark-craft' });
      marks.push({ type: 'rect', key: 'key-brilliant-m', x: cx + s + 2, y: midY - s / 2, width: s, height: s, className: 'mark-lead' });
      cx += s + 2;
    } else if (item.shape === 'circle') marks.push({ type: 'circle', key: `key-${item.key}`, cx: cx + s / 2, cy: midY, r: s / 2, className: item.className });
    else marks.push({ type: 'rect', key: `key-${item.key}`, x: cx, y: midY - s / 2, width: s, height: s, className: item.className });
    marks.push({ type: 'text', key: `key-${item.key}-label`, x: cx + s + 4, y: cy, text: item.label, size: fs * 0.85, className: 'chart-label' });
    cx += w;
  }
  return cy;
}

/**
 * The two panels of people, with a key, the level names and, per panel, its
 * arm and its counts. Everyone is drawn while a mark can be at least 8 px;
 * in a smaller box (a phone's band) only the brilliant are drawn, and the key
 * says so.
 */
function peopleView(result: ScenarioResult, when: 'start' | 'end', box: Box, fs: number, marks: Mark[]): void {
  const small = fs * 0.85;
  const year = when === 'start' ? 0 : result.settings.years;
  const labelW = Math.max(...LEVEL_NAMES.map((n) => textWidth(n, small))) + 6;
  const gap = Math.max(10, box.width * 0.03);
  const panelW = (box.width - labelW - gap) / 2;
  const levelGap = Math.max(3, fs * 0.25);
  const armList = arms(result);
  const everyone = armList.map((_, i) => {
    const outcome = i === 0 ? result.arms.today : result.arms.chosen;
    return (when === 'start' ? outcome.start : outcome.end) ?? [];
  });
  const structures = armList.map((a) => a.structure);
  const titles = armList.map((a) => wrapText(armName(a.combo), fs, panelW));
  const counts = everyone.map((people, i) => {
    const brilliant = people.filter((p) => p.brilliant).length;
    return wrapText(`${brilliant} brilliant, ${brilliantInCraft(people, structures[i] as Structure)} in craft seats`, small, panelW);
  });
  const titleH = Math.max(...titles.map((t) => t.length)) * fs * 1.1;
  const countH = Math.max(...counts.map((c) => c.length)) * small * 1.2;
  /** Where the people start: under the key (as tall as it wraps), the year line, the titles and the counts. */
  const peopleTop = (brilliantOnly: boolean) => peopleKey(box.x, box.y + small, box.width, fs, [], brilliantOnly) + fs * 0.5 + small * 1.4 + titleH + countH + small * 0.6;

  /** The largest cell that fits every level's rows in the height left, for these people. */
  const fit = (drawn: readonly (readonly Person[])[], brilliantOnly: boolean) => {
    const perGroup = drawn.map((people, a) => {
      const n = new Array<number>(GROUPS[structures[a] as Structure].length).fill(0);
      for (const p of people) n[p.group] = (n[p.group] as number) + 1;
      return n;
    });
    const top = peopleTop(brilliantOnly);
    for (let cell = 28; cell >= 4; cell -= 0.25) {
      const cols = Math.max(3, Math.floor(panelW / cell));
      const rows = rowsPerLevel(structures, perGroup, cols);
      if (rows.reduce((a, b) => a + b, 0) * cell + (LEVELS - 1) * levelGap <= box.y + box.height - top) return { cell, cols, rows, top };
    }
    const cols = Math.max(3, Math.floor(panelW / 4));
    return { cell: 4, cols, rows: rowsPerLevel(structures, perGroup, cols), top };
  };
  let brilliantOnly = false;
  let drawn: Person[][] = everyone.map((p) => [...p]);
  let layout = fit(drawn, false);
  if (layout.cell < MIN_CELL) {
    brilliantOnly = true;
    // Only the brilliant, packed into their groups' first places.
    drawn = everyone.map((people) => {
      const next = new Map<number, number>();
      return people
        .filter((p) => p.brilliant)
        .map((p) => {
          const slot = next.get(p.group) ?? 0;
          next.set(p.group, slot + 1);
          return { ...p, slot };
        });
    });
    layout = fit(drawn, true);
  }
  const keyBottom = peopleKey(box.x, box.y + small, box.width, fs, marks, brilliantOnly);
  const { cell, cols, rows, top } = layout;
  let y = keyBottom + fs * 0.5 + small;
  marks.push({ type: 'text', key: 'when', x: box.x, y, text: `Year ${year} · one run of our simulation`, size: small, className: 'chart-label' });
  const headTop = y + small * 0.4;
  const levelTop: number[] = [];
  y = top;
  const levelLabels: { level: number; y: number }[] = [];
  for (let level = 0; level < LEVELS; level++) {
    levelTop.push(y);
    // Level names never overlap: in a short box a name too close to the one above is left out (Crafters never is).
    const labelY = y + cell / 2 + small * 0.35;
    const last = levelLabels[levelLabels.length - 1];
    if (last && labelY - last.y < small * 1.05) {
      if (level === LEVELS - 1) levelLabels.pop();
      else {
        y += (rows[level] as number) * cell + levelGap;
        continue;
      }
    }
    levelLabels.push({ level, y: labelY });
    y += (rows[level] as number) * cell + levelGap;
  }
  for (const { level, y: labelY } of levelLabels) {
    marks.push({ type: 'text', key: `level-${level}`, x: box.x, y: labelY, text: LEVEL_NAMES[level] as string, size: small, className: 'chart-label' });
  }
  armList.forEach((arm, i) => {
    const x = box.x + labelW + i * (panelW + gap);
    (titles[i] as string[]).forEach((line, k) => {
      marks.push({ type: 'text', key: `title-${i}-${k}`, x, y: headTop + fs * (1 + k * 1.1), text: line, size: fs, className: 'chart-label chart-label--strong' });
    });
    (counts[i] as string[]).forEach((line, k) => {
      marks.push({ type: 'text', key: `count-${i}-${k}`, x, y: headTop + titleH + small * (1.1 + k * 1.2), text: line, size: small, className: 'chart-label' });
    });
    const place = columns(arm.structure, cols);
    const groups = GROUPS[arm.structure];
    if (arm.structure === 'parallel') {
      // The top level has one seat; the room beside it names the ladder that starts below.
      const craft = place[groups.findIndex((g) => g.track === 'craft' && g.level === 1)] as { x: number };
      const room = panelW - craft.x * cell;
      const text = ['craft ladder ↓', 'craft ↓'].find((t) => textWidth(t, small) <= room);
      if (text) marks.push({ type: 'text', key: `ladder-${i}`, x: x + craft.x * cell, y: (levelTop[0] as number) + cell / 2 + small * 0.35, text, size: small, className: 'chart-label chart-label--craft' });
    }
    const size = Math.max(2, cell - Math.max(1.5, cell * 0.18));
    for (const p of drawn[i] as Person[]) {
      const g = groups[p.group] as Group;
      const at = place[p.group] as { x: number; cols: number };
      const cx = x + (at.x + (p.slot % at.cols)) * cell + cell / 2;
      const cy = (levelTop[g.level] as number) + Math.floor(p.slot / at.cols) * cell + cell / 2;
      const look = `${g.track === 'manage' ? 'mark-lead' : 'mark-craft'}${p.brilliant ? '' : ' mark-hollow mark-thin'}`;
      const key = `p${i}-${p.id}`;
      if (g.track === 'manage') marks.push({ type: 'rect', key, x: cx - size / 2, y: cy - size / 2, width: size, height: size, className: look });
      else marks.push({ type: 'circle', key, cx, cy, r: size / 2, className: look });
    }
  });
}

/** How many of these people are brilliant at their craft and sit in a craft seat. */
export function brilliantInCraft(people: readonly Person[], structure: Structure): number {
  return people.filter((p) => p.brilliant && GROUPS[structure][p.group]!.track === 'craft').length;
}

/** The measures the bars show, grouped by unit: bars in one group share one labelled scale. */
interface BarGroup {
  id: string;
  label: string;
  /** The scale's end, and how the group's label names it. */
  max: (values: number[]) => number;
  scale: (max: number) => string;
  rows: { id: keyof Summary; label?: string }[];
  unit?: string;
}

export const BAR_GROUPS: readonly BarGroup[] = [
  { id: 'efficiency', label: 'Efficiency', max: () => 100, scale: () => 'scale 0–100%', rows: [{ id: 'efficiency' }], unit: '%' },
  { id: 'leadership', label: 'Leadership of managers', max: () => 10, scale: () => 'scale 0–10', rows: [{ id: 'leadership' }] },
  {
    id: 'brilliant',
    label: 'People brilliant at their craft',
    max: () => SEATS,
    scale: () => `scale 0–${SEATS}`,
    rows: [
      { id: 'brilliantAll', label: 'in any seat' },
      { id: 'brilliantCraft', label: 'in craft seats (by structure)' },
    ],
  },
  {
    id: 'dismissed',
    label: 'Dismissed per year',
    max: (values) => Math.max(1, Math.ceil(Math.max(...values))),
    scale: (max) => `scale 0–${max}`,
    rows: [{ id: 'dismissed' }],
  },
];

/** The arms' key for the bar views: light = today's practice, dark = the scenario's arm. */
function armsKey(result: ScenarioResult, x: number, y: number, width: number, fs: number, marks: Mark[]): number {
  const small = fs * 0.85;
  const swatch = small * 1.6;
  const items = arms(result).map((arm) => ({
    long: `${armName(arm.combo)}: ${comboLabel(arm.combo).replace(/^./, (c) => c.toLowerCase())}`,
    short: armName(arm.combo),
  }));
  const long = items.every((it) => textWidth(it.long, small) + swatch <= width);
  // Short names share one line when they fit: a phone's band has no room to spare.
  const oneLine = !long && items.reduce((w, it) => w + textWidth(it.short, small) + swatch + small, 0) <= width;
  let cx = x;
  let cy = y;
  items.forEach((it, i) => {
    marks.push({ type: 'rect', key: `arm-key-${i}`, x: cx, y: cy - small * 0.8, width: small * 1.1, height: small * 0.8, className: i === 0 ? 'mark-arm-today' : 'mark-arm-chosen' });
    const text = long ? it.long : it.short;
    marks.push({ type: 'text', key: `arm-key-label-${i}`, x: cx + swatch, y: cy, text, size: small, className: 'chart-label chart-label--strong' });
    if (oneLine) cx += swatch + textWidth(text, small) + small;
    else if (i < items.length - 1) cy += small * 1.35;
  });
  return cy;
}

function barsView(result: ScenarioResult, box: Box, fs: number, marks: Mark[], allGroups: readonly BarGroup[]): number {
  let groups = allGroups;
  const small = fs * 0.85;
  const summaries = [summarise(result.arms.today), summarise(result.arms.chosen)];
  const keyBottom = armsKey(result, box.x, box.y + small, box.width, fs, marks);
  const top = keyBottom + fs * 0.5;
  marks.push({ type: 'text', key: 'bars-when', x: box.x, y: top + small, text: `Year ${result.settings.years} · averages of ${result.runs} runs`, size: small, className: 'chart-label' });
  const valueW = textWidth('100.0%', small) + 6;
  const trackW = box.width - valueW;
  const maxOf = (group: BarGroup) => group.max(group.rows.flatMap((r) => summaries.map((s) => s[r.id])));
  // A row's label sits at the end of its track when its bars leave room there, else on a line of its own.
  const inline = (group: BarGroup, row: BarGroup['rows'][number]) =>
    !!row.label && Math.max(...summaries.map((s) => (trackW * s[row.id]) / maxOf(group))) + textWidth(row.label, small) + 12 <= trackW;
  const available = box.y + box.height - (top + small * 1.6);
  const lineH = small * 1.3;
  const linesOf = (gs: readonly BarGroup[]) => gs.reduce((n, g) => n + 1 + g.rows.filter((r) => r.label && !inline(g, r)).length, 0);
  const barsOf = (gs: readonly BarGroup[]) => gs.reduce((n, g) => n + g.rows.length * 2, 0);
  // In a box too short for every measure (a phone's band), the last ones give way: the data table keeps them all.
  while (groups.length > 1 && linesOf(groups) * lineH + groups.length * 4 + barsOf(groups) * small * 1.05 > available) groups = groups.slice(0, -1);
  const lines = linesOf(groups);
  const bars = barsOf(groups);
  // Each bar gets at least a line of its value label's height, so the values never touch.
  const pitch = Math.max(small * 1.05, Math.min(fs * 1.3, (available - lines * lineH - groups.length * 4) / bars));
  const barH = Math.max(5, pitch - 3);
  let y = top + small * 1.6;
  for (const group of groups) {
    const max = maxOf(group);
    // The group's label names its scale: every bar in the group is drawn on it.
    marks.push({ type: 'text', key: `g-${group.id}`, x: box.x, y: y + small, text: `${group.label} · ${group.scale(max)}`, size: small, className: 'chart-label chart-label--strong' });
    y += lineH;
    for (const row of group.rows) {
      const rowTop = y;
      if (row.label && !inline(group, row)) {
        marks.push({ type: 'text', key: `r-${row.id}`, x: box.x, y: y + small, text: row.label, size: small, className: 'chart-label' });
        y += lineH;
      }
      summaries.forEach((s, i) => {
        const value = s[row.id];
        const w = Math.max(1, (trackW * Math.max(0, value)) / max);
        marks.push({ type: 'rect', key: `track-${row.id}-${i}`, x: box.x, y: y + 1, width: trackW, height: barH, className: 'chart-track' });
        marks.push({ type: 'rect', key: `bar-${row.id}-${i}`, x: box.x, y: y + 1, width: w, height: barH, className: i === 0 ? 'mark-arm-today' : 'mark-arm-chosen' });
        marks.push({
          type: 'text',
          key: `val-${row.id}-${i}`,
          x: box.x + trackW + 4,
          y: y + 1 + barH / 2 + small * 0.33,
          text: `${row.id === 'efficiency' ? value.toFixed(1) : row.id === 'leadership' ? value.toFixed(2) : formatCount(value)}${group.unit ?? ''}`,
          size: small,
          className: 'chart-label chart-label--value',
        });
        y += pitch;
      });
      if (row.label && inline(group, row)) {
        // Drawn after the tracks, at the end of the first one.
        marks.push({ type: 'text', key: `r-${row.id}`, x: box.x + trackW - 4, y: rowTop + 1 + barH / 2 + small * 0.33, text: row.label, size: small, anchor: 'end', className: 'chart-label' });
      }
    }
    y += 4;
  }
  return y;
}

/**
 * The parts of the difference between the proposal and today's practice
 * (`decompose`), in the words of the figure (`short`) and of the tables
 * (`long`): one list, so the chart, its data table and the explorable's table
 * name them alike.
 */
export const DECOMPOSITION_PARTS = [
  { key: 'package', short: 'The proposal minus today', long: 'The essay’s proposal minus today’s practice' },
  { key: 'basis', short: 'promoting for the job to be done', long: '… of which promoting for the job to be done (on one ladder)' },
  { key: 'structure', short: 'parallel ladders', long: '… of which parallel ladders (promoting the best at the current job)' },
  { key: 'interaction', short: 'the two together, beyond each', long: '… of which the two together, beyond each alone' },
] as const satisfies readonly { key: keyof Decomposition; short: string; long: string }[];

/** Where the difference in efficiency between the proposal and today's practice comes from: diverging bars on one scale of points. */
function decompositionView(result: ScenarioResult, box: Box, fs: number, marks: Mark[]): void {
  const small = fs * 0.85;
  marks.push({ type: 'text', key: 'dec-title', x: box.x, y: box.y + small, text: 'Where the efficiency gap comes from (points)', size: small, className: 'chart-label chart-label--strong' });
  const d = decompose(result.combos, 'efficiency');
  if (!d) {
    // The other two combinations follow the arms by a frame in the page.
    marks.push({ type: 'text', key: 'dec-wait', x: box.x, y: box.y + small * 2.8, text: 'Computing the other two combinations…', size: small, className: 'chart-label' });
    return;
  }
  const rows = DECOMPOSITION_PARTS.map((p) => ({ key: p.key, label: p.short, value: d[p.key], strong: p.key === 'package' }));
  const top = box.y + small * 1.6;
  const rowH = Math.max(small * 1.15, Math.min(fs * 1.6, (box.height - small * 1.6) / rows.length));
  const labelW = Math.min(box.width * 0.55, Math.max(...rows.map((r) => textWidth(r.label, small))) + 8);
  const valueW = textWidth('−10.0', small) + 6;
  const trackX = box.x + labelW + valueW;
  const trackW = box.x + box.width - trackX - valueW;
  const maxAbs = Math.max(2, ...rows.map((r) => Math.abs(r.value)));
  const zero = trackX + (trackW * maxAbs) / (2 * maxAbs);
  const unit = trackW / (2 * maxAbs);
  marks.push({ type: 'line', key: 'dec-zero', x1: zero, y1: top, x2: zero, y2: top + rowH * rows.length, className: 'chart-rule' });
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const barH = Math.min(rowH - 4, fs * 0.9);
    const w = Math.abs(r.value) * unit;
    marks.push({ type: 'text', key: `dec-label-${r.key}`, x: box.x, y: y + rowH / 2 + small * 0.35, text: r.label, size: small, className: r.strong ? 'chart-label chart-label--strong' : 'chart-label' });
    marks.push({ type: 'rect', key: `dec-bar-${r.key}`, x: r.value >= 0 ? zero : zero - w, y: y + (rowH - barH) / 2, width: Math.max(1, w), height: barH, className: r.strong ? 'mark-arm-chosen' : 'mark-neutral' });
    marks.push({
      type: 'text',
      key: `dec-val-${r.key}`,
      x: r.value >= 0 ? zero + w + 4 : zero - w - 4,
      y: y + rowH / 2 + small * 0.35,
      text: formatSigned(r.value),
      size: small,
      anchor: r.value >= 0 ? 'start' : 'end',
      className: 'chart-label chart-label--value',
    });
  });
}

/** The bar groups of the compact result: what the reader compares first. */
const SUMMARY_GROUPS = BAR_GROUPS.filter((g) => g.id === 'efficiency' || g.id === 'leadership' || g.id === 'brilliant').map((g) =>
  g.id === 'brilliant' ? { ...g, rows: g.rows.slice(0, 1).map((r) => ({ id: r.id })), label: 'Brilliant at the craft, any seat' } : g,
);

/** The marks of one view of a scenario at `size`. */
export function laddersLayout(result: ScenarioResult, view: LaddersView, { width, height }: Size): Mark[] {
  const fs = labelSize(width);
  const marks: Mark[] = [];
  const box = { x: 1, y: 0, width: width - 2, height: height - 2 };
  if (view === 'start' || view === 'end') peopleView(result, view, box, fs, marks);
  else if (view === 'counts') barsView(result, box, fs, marks, BAR_GROUPS);
  else {
    const small = fs * 0.85;
    const decNeed = small * 1.6 + 4 * small * 1.15;
    const barsEnd = barsView(result, { ...box, height: box.height - decNeed - fs * 0.5 }, fs, marks, SUMMARY_GROUPS);
    const decTop = barsEnd + fs * 0.5;
    decompositionView(result, { ...box, y: decTop, height: Math.min(decNeed * 1.5, box.y + box.height - decTop) }, fs, marks);
  }
  return marks;
}

/** The settings of a scenario, in words, for captions and the data table. */
export function describeSettings(result: ScenarioResult): string {
  const s = result.settings;
  const strategy = STRATEGY_LABELS.find((r) => r.id === s.strategy)?.label ?? s.strategy;
  return `skill transfer ${s.rho.toFixed(2)}, strategy: promote ${strategy}, ${s.years} years, ${result.runs} runs from seed ${s.seed}`;
}

/** The measures of the data tables and the sentence, in the words the bars use. */
export const MEASURE_ROWS: readonly { id: keyof Summary; label: string; format: (x: number) => string }[] = [
  { id: 'efficiency', label: 'Efficiency (%)', format: (x) => x.toFixed(1) },
  { id: 'leadership', label: 'Leadership of the people in management seats (1–10)', format: (x) => x.toFixed(2) },
  { id: 'brilliantAll', label: 'People brilliant at their craft, in any seat', format: formatCount },
  { id: 'brilliantCraft', label: 'People brilliant at their craft, in craft seats (follows from the structure)', format: formatCount },
  { id: 'dismissed', label: 'Dismissed for incompetence, per year', format: (x) => x.toFixed(2) },
  { id: 'promotions', label: 'Promotions handed out, per year', format: (x) => x.toFixed(1) },
];

/** Craft seats per arm: a fact of the structure, not an outcome. */
export function craftSeats(result: ScenarioResult): [number, number] {
  return [CRAFT_SEATS.linear, CRAFT_SEATS[result.settings.structure]];
}

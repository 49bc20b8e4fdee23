import { labelSize } from '../scale';
import { num } from '../svg';
import { textWidth, wrapText } from '../text';
import type { Mark, Size } from '../types';
import type { ParallelTracksData } from './data';
import type { ParallelTracksState } from './states';

/**
 * `parallel-tracks`: one staircase whose upper steps are all management,
 * then the fork into a management ladder (orange, squares) and craft ladders
 * (teal, circles) that rise as high; in the last state, dashed bands join
 * the rungs that pay alike.
 */
export function layout(state: ParallelTracksState, { width, height }: Size, data: ParallelTracksData): Mark[] {
  const fs = labelSize(width);
  const small = fs * 0.85;
  const marks: Mark[] = [];
  const levels = data.start.length + data.management.length; // 5 rungs
  const split = state === 'three-summits' || state === 'pay-parity';
  const forked = state !== 'one-staircase';
  // Summit labels on top (two lines), room for the rung names at the left.
  const nameW = Math.max(...[...data.start, ...data.management].map((n) => textWidth(n, small))) + 6;
  const columns = split ? 4 : 2;
  const colW = (width - nameW) / columns;
  // At the fork, the craft ladder stands left of centre so its rung names fit at its right.
  const forkX = [nameW + (width - nameW) * 0.22, nameW + (width - nameW) * 0.56];
  // Over the ladders, their names in two staggered rows, so a name may be as wide as two columns.
  const heads = split
    ? [{ text: 'Management', className: 'chart-label--lead' }, ...data.summits.map((x) => ({ text: x.title, className: 'chart-label--craft' }))].map((h, c) => ({
        ...h,
        c,
        row: c % 2,
        lines: wrapText(h.text, small, 2 * colW - 6),
      }))
    : [];
  const rowLines = [0, 1].map((row) => Math.max(0, ...heads.filter((h) => h.row === row).map((h) => h.lines.length)));
  const top = split ? (rowLines[0]! + rowLines[1]!) * small * 1.15 + small * 0.8 : small * 1.6;
  const base = height - 4;
  const rowH = (base - top) / levels;
  const yAt = (level: number) => base - (level + 0.5) * rowH;
  // The tread of rung `level`: just under its name, so a name reads as the step it labels.
  const tread = (level: number) => yAt(level) + rowH * 0.3;
  const colX = (c: number) => (split || !forked ? nameW + colW * (c + 0.5) : (forkX[c] ?? 0));
  const s = Math.max(8, Math.min(rowH * 0.42, colW * 0.2, fs * 0.9));

  // Rung names at the left: the shared rungs, then management's (orange) or both tracks' (first column is management).
  data.start.forEach((name, i) => marks.push({ type: 'text', key: `rung-${name}`, x: 0, y: yAt(i) + small * 0.35, text: name, size: small, className: 'chart-label' }));
  data.management.forEach((name, i) =>
    marks.push({ type: 'text', key: `rung-${name}`, x: 0, y: yAt(data.start.length + i) + small * 0.35, text: name, size: small, className: 'chart-label chart-label--lead' }),
  );

  // The shared staircase: the first rungs, climbed by everyone.
  const stairX0 = nameW + 2;
  const mgmtX = colX(0);
  let d = `M${num(stairX0)},${num(base)}`;
  const stairEnd = forked ? data.start.length : levels;
  for (let i = 0; i < stairEnd; i++) {
    const x = stairX0 + ((mgmtX - stairX0) * (i + 1)) / stairEnd;
    d += `V${num(tread(i))}H${num(x)}`;
  }
  marks.push({ type: 'path', key: 'stair', d, className: 'chart-stair' });
  if (!forked) {
    marks.push({ type: 'rect', key: 'climber', x: mgmtX - s, y: tread(levels - 1) - s - 1, width: s, height: s, className: 'mark-lead' });
    marks.push({ type: 'text', key: 'one-way', x: nameW, y: small, text: 'one way up: into management', size: small, className: 'chart-label chart-label--strong' });
    return marks;
  }

  // A ladder: two rails and a rung per level, from the fork to the top.
  const ladder = (key: string, x: number, className: string) => {
    const w = Math.min(colW * 0.5, s * 2.4);
    const y0 = tread(data.start.length - 1);
    const y1 = yAt(levels - 1) - rowH / 2;
    marks.push({ type: 'line', key: `${key}-rail-l`, x1: x - w / 2, y1: y0, x2: x - w / 2, y2: y1, className });
    marks.push({ type: 'line', key: `${key}-rail-r`, x1: x + w / 2, y1: y0, x2: x + w / 2, y2: y1, className });
    for (let i = data.start.length; i < levels; i++) marks.push({ type: 'line', key: `${key}-rung-${i}`, x1: x - w / 2, y1: yAt(i), x2: x + w / 2, y2: yAt(i), className });
  };
  ladder('mgmt', mgmtX, 'chart-rail chart-rail--lead');
  marks.push({ type: 'rect', key: 'climber', x: mgmtX - s / 2, y: yAt(levels - 1) - s * 1.2, width: s, height: s, className: 'mark-lead' });
  const crafts = split ? [1, 2, 3] : [1];
  crafts.forEach((c, k) => {
    ladder(k === 0 ? 'craft' : `craft-${k}`, colX(c), 'chart-rail chart-rail--craft');
    marks.push({ type: 'circle', key: k === 0 ? 'crafter' : `crafter-${k}`, cx: colX(c), cy: yAt(levels - 1) - s * 0.7, r: s / 2, className: 'mark-craft' });
  });
  // The fork: from the top of the shared stairs to the foot of each craft ladder.
  const forkY = tread(data.start.length - 1);
  crafts.forEach((c, k) =>
    marks.push({ type: 'path', key: k === 0 ? 'fork' : `fork-${k}`, d: `M${num(mgmtX)},${num(forkY)}H${num(colX(c))}`, className: 'chart-stair' }),
  );

  if (!split) {
    // Track names at the top of the two ladders.
    marks.push({ type: 'text', key: 'top-mgmt', x: mgmtX, y: small, text: 'Management', size: small, anchor: 'middle', className: 'chart-label chart-label--lead' });
    marks.push({ type: 'text', key: 'top-craft', x: colX(1), y: small, text: 'The craft', size: small, anchor: 'middle', className: 'chart-label chart-label--craft' });
    data.craft.forEach((name, i) =>
      marks.push({ type: 'text', key: `craft-rung-${name}`, x: colX(1) + Math.min(colW * 0.25, s * 1.2) + 6, y: yAt(data.start.length + i) + small * 0.35, text: name, size: small, className: 'chart-label chart-label--craft' }),
    );
    return marks;
  }

  // The summits the essay names, over their ladders; management's over its own.
  for (const h of heads) {
    const y0 = small * 1.05 + (h.row === 1 ? rowLines[0]! * small * 1.15 : 0);
    // Centred over its ladder, but never past the figure's edges.
    const half = Math.max(...h.lines.map((l) => textWidth(l, small))) / 2;
    const x = Math.min(width - half, Math.max(half, colX(h.c)));
    h.lines.forEach((line, i) =>
      marks.push({ type: 'text', key: h.c === 0 ? 'top-mgmt' : `summit-${h.c - 1}-${i}`, x, y: y0 + i * small * 1.15, text: line, size: small, anchor: 'middle', className: `chart-label ${h.className}` }),
    );
  }
  if (state === 'pay-parity') {
    // One band per rung across every ladder: a craft rung pays what the management rung beside it pays, or more.
    for (let i = data.start.length; i < levels; i++) {
      marks.push({ type: 'line', key: `band-${i}`, x1: mgmtX - colW * 0.45, y1: yAt(i) - rowH * 0.32, x2: width, y2: yAt(i) - rowH * 0.32, className: 'chart-gap' });
    }
    marks.push({ type: 'text', key: 'band-label', x: width, y: yAt(0) - small * 0.45, text: 'dashes: same pay band', size: small, anchor: 'end', className: 'chart-label' });
    marks.push({ type: 'text', key: 'band-label-2', x: width, y: yAt(0) + small * 0.7, text: '(illustrative)', size: small, anchor: 'end', className: 'chart-label' });
  }
  return marks;
}

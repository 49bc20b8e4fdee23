/**
 * The Methods page's small multiples: for one promotion strategy, how the
 * difference in efficiency between the essay's proposal and today's practice
 * changes with the skill transfer ρ, and what each change contributes.
 * Pure: `(records, strategy, size) → marks`; the panels of a figure share
 * one y scale (`extent`), so they can be compared across strategies.
 */
import { line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import type { Strategy } from '../../data/simulation/pluchino';
import { COMBOS, decompose, type Combo, type Summary } from '../../data/simulation/scenario';
import { cell, type SweepRecord } from '../../data/simulation/sweep';
import { labelSize } from '../scale';
import type { Mark, Size } from '../types';

/** The three lines each panel draws, in the words of the legend. */
export const SWEEP_LINES = [
  { id: 'package', label: 'the proposal minus today’s practice', className: 'sweep-line sweep-line--package' },
  { id: 'basis', label: 'its part from promoting for the job to be done', className: 'sweep-line sweep-line--basis' },
  { id: 'structure', label: 'its part from parallel ladders', className: 'sweep-line sweep-line--structure' },
] as const;

/** The split of the efficiency difference at each ρ of the sweep, for one strategy. */
export function sweepSplit(records: readonly SweepRecord[], strategy: Strategy, measure: keyof Summary = 'efficiency') {
  const rhos = [...new Set(records.filter((r) => r.strategy === strategy).map((r) => r.rho))].sort((a, b) => a - b);
  return rhos.map((rho) => {
    const combos: Partial<Record<Combo, Summary>> = {};
    for (const c of COMBOS) combos[c] = cell(records, c, strategy, rho);
    const parts = decompose(combos, measure);
    if (!parts) throw new Error('sweep: a combination is missing');
    return { rho, ...parts };
  });
}

/** The y extent, in points, that holds every strategy's lines. */
export function sweepExtent(records: readonly SweepRecord[], strategies: readonly Strategy[]): [number, number] {
  const values = strategies.flatMap((s) => sweepSplit(records, s).flatMap((p) => [p.package, p.basis, p.structure]));
  const lo = Math.floor(Math.min(0, ...values) / 5) * 5;
  const hi = Math.ceil(Math.max(0, ...values) / 5) * 5;
  return [lo, hi];
}

export function sweepPanel(records: readonly SweepRecord[], strategy: Strategy, title: string, extent: [number, number], { width, height }: Size): Mark[] {
  const fs = labelSize(width) * 0.85;
  const margin = { top: fs * 3, right: 8, bottom: fs * 2.6, left: fs * 2.4 };
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(extent).range([height - margin.bottom, margin.top]);
  const marks: Mark[] = [{ type: 'text', key: 'title', x: 0, y: fs, text: title, size: fs, className: 'chart-label chart-label--strong' }];
  for (const tick of y.ticks(4)) {
    marks.push({ type: 'line', key: `grid-${tick}`, x1: margin.left, y1: y(tick), x2: width - margin.right, y2: y(tick), className: tick === 0 ? 'chart-rule chart-rule--zero' : 'chart-grid' });
    marks.push({ type: 'text', key: `y-${tick}`, x: margin.left - 4, y: y(tick) + fs * 0.35, text: `${tick > 0 ? '+' : tick < 0 ? '−' : ''}${Math.abs(tick)}`, size: fs, anchor: 'end', className: 'chart-label' });
  }
  marks.push({ type: 'text', key: 'y-unit', x: margin.left + 4, y: y(extent[1]) - 4, text: 'points of efficiency', size: fs, className: 'chart-label' });
  for (const tick of [0, 0.5, 1]) {
    marks.push({ type: 'text', key: `x-${tick}`, x: x(tick), y: height - margin.bottom + fs * 1.2, text: String(tick), size: fs, anchor: tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle', className: 'chart-label' });
  }
  marks.push({ type: 'text', key: 'x-title', x: (margin.left + width - margin.right) / 2, y: height - 2, text: 'skill transfer ρ', size: fs, anchor: 'middle', className: 'chart-label' });
  const points = sweepSplit(records, strategy);
  for (const l of SWEEP_LINES) {
    const d = line<(typeof points)[number]>()
      .digits(2)
      .x((p) => x(p.rho))
      .y((p) => y(p[l.id]))(points);
    if (d) marks.push({ type: 'path', key: `line-${l.id}`, d, className: l.className });
  }
  return marks;
}

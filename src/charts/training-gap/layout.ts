import { labelSize, seededOrder } from '../scale';
import type { Mark, Size } from '../types';
import type { TrainingGapData } from './data';
import type { TrainingGapState } from './states';

/** Which of the cohort's marks are the trained ones: scattered, but the same on every render. */
export function trainedSet(cohort: number, trainedCount: number): ReadonlySet<number> {
  return new Set(seededOrder(cohort, 35).slice(0, trainedCount));
}

/** `training-gap`: 100 new managers as 100 circles; the untrained ones sink below a water line. */
export function layout(state: TrainingGapState, { width, height }: Size, { cohort: n, trainedCount }: TrainingGapData): Mark[] {
  const fs = labelSize(width);
  const trained = trainedSet(n, trainedCount);
  const marks: Mark[] = [];
  const headTop = fs * 1.2;

  if (state !== 'deep-end') {
    const top = fs * 2.2;
    const cell = Math.min((width - 8) / 10, (height - top - 4) / 10);
    const left = (width - cell * 10) / 2;
    for (let i = 0; i < n; i++) {
      const isTrained = state === 'trained' && trained.has(i);
      marks.push({
        type: 'circle',
        key: `m${i}`,
        cx: left + (i % 10) * cell + cell / 2,
        cy: top + Math.floor(i / 10) * cell + cell / 2,
        r: cell * 0.36,
        className: isTrained ? 'mark-neutral' : 'mark-neutral mark-hollow',
      });
    }
    marks.push({
      type: 'text',
      key: 'headline',
      x: left,
      y: headTop,
      text: state === 'cohort' ? `${n} newly promoted managers` : `About ${trainedCount} trained before the role`,
      size: fs,
      className: 'chart-label chart-label--strong',
    });
    return marks;
  }

  // Deep end: trained above the water line, the rest below it, 13 to a row.
  const cols = 13;
  const rowsAbove = Math.ceil(trainedCount / cols);
  const rowsBelow = Math.ceil((n - trainedCount) / cols);
  const top = fs * 2.2;
  const waterGap = fs * 1.6;
  const cell = Math.min((width - 8) / cols, (height - top - waterGap - fs * 1.4) / (rowsAbove + rowsBelow));
  const left = (width - cell * cols) / 2;
  const waterY = top + rowsAbove * cell + waterGap / 2;
  const belowTop = top + rowsAbove * cell + waterGap;
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    const isTrained = trained.has(i);
    const k = isTrained ? a++ : b++;
    const rowTop = isTrained ? top : belowTop;
    marks.push({
      type: 'circle',
      key: `m${i}`,
      cx: left + (k % cols) * cell + cell / 2,
      cy: rowTop + Math.floor(k / cols) * cell + cell / 2,
      r: cell * 0.36,
      className: isTrained ? 'mark-neutral' : 'mark-neutral mark-hollow',
    });
  }
  const waterBottom = belowTop + rowsBelow * cell + 2;
  marks.unshift({ type: 'rect', key: 'water', x: 0, y: waterY, width, height: Math.max(0, waterBottom - waterY), className: 'chart-water' });
  const amp = Math.max(2, cell * 0.12);
  const wave = Array.from({ length: 9 }, (_, i) => `Q${f((width / 8) * (i - 0.5))},${f(waterY + (i % 2 ? -amp : amp))} ${f((width / 8) * i)},${f(waterY)}`).slice(1).join(' ');
  marks.push({ type: 'path', key: 'waterline', d: `M0,${f(waterY)} ${wave}`, className: 'chart-waterline' });
  marks.push({ type: 'text', key: 'headline', x: left, y: headTop, text: `About ${trainedCount} trained before the role`, size: fs, className: 'chart-label chart-label--strong' });
  marks.push({
    type: 'text',
    key: 'deep-label',
    x: left,
    y: Math.min(height - 2, waterBottom + fs * 1.1),
    text: `${n - trainedCount} in the deep end`,
    size: fs,
    className: 'chart-label chart-label--strong',
  });
  return marks;
}

function f(n: number): number {
  return Math.round(n * 100) / 100;
}

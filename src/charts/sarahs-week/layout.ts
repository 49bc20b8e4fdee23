import { labelSize } from '../scale';
import type { Mark, Size } from '../types';
import type { HourKind, SarahsWeekData } from './data';
import type { SarahsWeekState } from './states';

const CLASS: Record<HourKind, string> = {
  craft: 'mark-craft',
  other: 'mark-lead mark-hollow',
  open: 'mark-open',
};

/** The stage labels of the arc state: the essay's infographic labels (manuscript lines 3–5). */
export const ARC_LABELS = ['Individual Brilliance', 'Managerial Shift', 'Potential Pitfall'] as const;

/** `sarahs-week`: 45 hour-blocks, one per working hour, as a week grid (5 days × 9 hours) or as the three-step arc. */
export function layout(state: SarahsWeekState, { width, height }: Size, data: SarahsWeekData): Mark[] {
  const fs = labelSize(width);
  const marks: Mark[] = [];
  const { hours, hoursPerDay, days } = data.week;
  const { managementHours } = data;

  if (state === 'arc') {
    // Three groups of 15 blocks (3 columns × 5 rows), each a stage of the arc.
    const top = fs * 2.6;
    const groupGap = width * 0.06;
    const groupWidth = (width - groupGap * 2) / 3;
    const cell = Math.min(groupWidth / 3.4, (height - top - fs * 2.2) / 5.8);
    const kinds = Array.from({ length: hours }, (_, i) => {
      const stage = Math.floor(i / 15);
      return stage === 0 ? 'craft' : stage === 2 ? 'other' : i % 2 === 0 ? 'craft' : 'other';
    }) as HourKind[];
    for (let i = 0; i < hours; i++) {
      const stage = Math.floor(i / 15);
      const j = i % 15;
      const gx = stage * (groupWidth + groupGap) + (groupWidth - cell * 3) / 2;
      // Each stage sits lower than the one before: the pitfall.
      const drop = stage * cell * 0.6;
      marks.push({
        type: 'rect',
        key: `h${i}`,
        x: gx + (j % 3) * cell + cell * 0.08,
        y: top + drop + Math.floor(j / 3) * cell + cell * 0.08,
        width: cell * 0.84,
        height: cell * 0.84,
        rx: cell * 0.12,
        className: CLASS[kinds[i] as HourKind],
      });
    }
    ARC_LABELS.forEach((label, stage) => {
      const cx = stage * (groupWidth + groupGap) + groupWidth / 2;
      const words = label.split(' ');
      words.forEach((word, line) => {
        marks.push({
          type: 'text',
          key: `arc-label-${stage}-${line}`,
          x: cx,
          y: fs * (1 + line * 1.1),
          text: word,
          size: fs * 0.92,
          anchor: 'middle',
          className: 'chart-label chart-label--strong',
        });
      });
      if (stage < 2) {
        const x = (stage + 1) * (groupWidth + groupGap) - groupGap * 0.85;
        const y = top + stage * cell * 0.6 + cell * 2.5;
        marks.push({
          type: 'path',
          key: `arc-arrow-${stage}`,
          d: `M${r(x)},${r(y)} l${r(groupGap * 0.7)},${r(cell * 0.6)} m0,0 l${r(-cell * 0.35)},${r(-cell * 0.05)} m${r(cell * 0.35)},${r(cell * 0.05)} l${r(-cell * 0.1)},${r(-cell * 0.33)}`,
          className: 'chart-arrow',
        });
      }
    });
    return marks;
  }

  // The week grid: a row per day, a column per hour.
  const gutter = fs * 2.6; // day labels
  const top = fs * 2.4; // the headline
  const cell = Math.min((width - gutter - 4) / hoursPerDay, (height - top - 4) / days.length);
  const gridWidth = cell * hoursPerDay;
  const left = gutter + (width - gutter - gridWidth) / 2;
  const kinds: HourKind[] =
    state === 'craft-week' ? data.before : state === 'promotion' ? Array(hours).fill('open') : data.after;
  for (let i = 0; i < hours; i++) {
    const day = Math.floor(i / hoursPerDay);
    const hour = i % hoursPerDay;
    marks.push({
      type: 'rect',
      key: `h${i}`,
      x: left + hour * cell + cell * 0.08,
      y: top + day * cell + cell * 0.08,
      width: cell * 0.84,
      height: cell * 0.84,
      rx: cell * 0.12,
      className: CLASS[kinds[i] as HourKind],
    });
  }
  days.forEach((day, d) => {
    marks.push({
      type: 'text',
      key: `day-${day}`,
      x: left - fs * 0.4,
      y: top + d * cell + cell / 2 + fs * 0.35,
      text: day,
      size: fs * 0.85,
      anchor: 'end',
      className: 'chart-label',
    });
  });
  const headline =
    state === 'craft-week'
      ? `${hours} working hours`
      : state === 'promotion'
        ? `Promoted: the same ${hours} hours`
        : `75% · ${managementHours} of ${hours} hours`;
  marks.push({
    type: 'text',
    key: 'headline',
    x: left,
    y: fs * 1.2,
    text: headline,
    size: fs,
    className: 'chart-label chart-label--strong',
  });
  return marks;
}

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

import { labelSize } from '../scale';
import { num } from '../svg';
import { textWidth, wrapText } from '../text';
import type { Mark, Size } from '../types';
import type { CompassData } from './data';
import type { CompassState } from './states';

/** A point `r` from the centre at `deg` degrees clockwise from straight up. */
function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const a = (deg * Math.PI) / 180;
  return [cx + r * Math.sin(a), cy - r * Math.cos(a)];
}

/**
 * `compass`: a dial with two headings, management (up, orange) and mastery
 * (35° clockwise, teal); the needle points to the first, then turns to the
 * second, and the turn is measured with the essay's figure.
 */
export function layout(state: CompassState, { width, height }: Size, { degrees, from, to }: CompassData): Mark[] {
  const fs = labelSize(width);
  const small = fs * 0.85;
  const lines = (text: string, room: number) => wrapText(text, small, Math.max(room, small * 6));
  // Room above the dial for the upright heading, and at the right for the turned one.
  const fromLines = lines(from, width * 0.9);
  const top = fromLines.length * small * 1.2 + small * 1.4;
  const r = Math.max(30, Math.min(width * 0.3, (height - top - fs * 0.8) / 2));
  const cx = Math.min(width / 2, width - r - Math.max(...lines(to, width * 0.3).map((l) => textWidth(l, small))) * 0.55);
  const cy = top + r;
  const marks: Mark[] = [{ type: 'circle', key: 'dial', cx, cy, r, className: 'chart-dial' }];
  for (let d = 0; d < 360; d += 15) {
    const major = d % 90 === 0;
    const [x1, y1] = polar(cx, cy, r - (major ? r * 0.16 : r * 0.08), d);
    const [x2, y2] = polar(cx, cy, r, d);
    marks.push({ type: 'line', key: `tick-${d}`, x1, y1, x2, y2, className: 'chart-grid' });
  }

  // The two headings on the rim, and their words outside it.
  const heading = (key: string, deg: number, text: string, className: string, anchor: 'middle' | 'start') => {
    const [tx, ty] = polar(cx, cy, r + 2, deg);
    const [bx1, by1] = polar(cx, cy, r - r * 0.2, deg - 6);
    const [bx2, by2] = polar(cx, cy, r - r * 0.2, deg + 6);
    marks.push({ type: 'path', key: `${key}-mark`, d: `M${num(tx)},${num(ty)}L${num(bx1)},${num(by1)}L${num(bx2)},${num(by2)}Z`, className: className.replace('chart-label--', 'mark-') });
    const [lx, ly] = polar(cx, cy, r + small * 0.9, deg);
    const room = anchor === 'start' ? width - lx : width;
    const textLines = lines(text, room - 2);
    textLines.forEach((line, i) => {
      const y = anchor === 'middle' ? ly - (textLines.length - 1 - i) * small * 1.2 - small * 0.3 : ly + i * small * 1.2;
      marks.push({ type: 'text', key: `${key}-${i}`, x: lx, y, text: line, size: small, anchor, className: `chart-label ${className}` });
    });
  };
  heading('from', 0, from, 'chart-label--lead', 'middle');
  heading('to', degrees, to, 'chart-label--craft', 'start');

  // The turn, measured: an arc between the headings with the essay's figure.
  if (state === 'turned') {
    const ar = r * 0.62;
    const [ax1, ay1] = polar(cx, cy, ar, 0);
    const [ax2, ay2] = polar(cx, cy, ar, degrees);
    marks.push({ type: 'path', key: 'turn', d: `M${num(ax1)},${num(ay1)}A${num(ar)},${num(ar)} 0 0,1 ${num(ax2)},${num(ay2)}`, className: 'chart-arrow' });
    const [lx, ly] = polar(cx, cy, ar * 0.7, degrees / 2);
    marks.push({ type: 'text', key: 'turn-label', x: lx, y: ly + fs * 0.35, text: `${degrees}°`, size: fs, anchor: 'middle', className: 'chart-label chart-label--strong' });
  }

  // The needle: a line from the tail to the tip, and the pivot.
  const deg = state === 'turned' ? degrees : 0;
  const [nx1, ny1] = polar(cx, cy, r * 0.3, deg + 180);
  const [nx2, ny2] = polar(cx, cy, r * 0.86, deg);
  marks.push({ type: 'line', key: 'needle', x1: nx1, y1: ny1, x2: nx2, y2: ny2, className: 'chart-needle' });
  marks.push({ type: 'circle', key: 'pivot', cx, cy, r: Math.max(3, r * 0.06), className: 'mark-person' });
  return marks;
}

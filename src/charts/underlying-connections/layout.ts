import { labelSize } from '../scale';
import type { Mark, Size } from '../types';
import type { UnderlyingConnectionsData } from './data';
import type { UnderlyingConnectionsState } from './states';

/**
 * `underlying-connections`: a frame of people: the helm (a management
 * square) over two rows of brilliant crafters (filled circles), joined by
 * beams. The helm's beams turn unsound (dashed), then the frame sags, its
 * joints as brilliant as ever.
 */
export function layout(state: UnderlyingConnectionsState, { width, height }: Size, { rows, sag }: UnderlyingConnectionsData): Mark[] {
  const fs = labelSize(width);
  const small = fs * 0.85;
  const marks: Mark[] = [];
  const top = small * 2.2;
  const ground = height - small * 1.8;
  const frameH = ground - top;
  const r = Math.max(5, Math.min(width / 28, frameH / 14));
  const collapsed = state === 'collapse';
  // Sagging: every joint drops, the middle of each row most; the helm drops furthest.
  const drop = (x: number, depth: number) => (collapsed ? frameH * sag * depth * (1 - Math.abs(x / width - 0.5) * 1.2) : 0);
  // Never through the lower row: the helm stops a joint above it.
  const helm = { x: width / 2, y: top + r + drop(width / 2, 1) };
  const rowY = [top + frameH * 0.45, ground - r];
  const joints = rows.map((count, k) =>
    Array.from({ length: count }, (_, i) => {
      const x = (width * (i + 1)) / (count + 1);
      // The lower row rests on the ground; the upper row and the helm come down onto it.
      return { x, y: (rowY[k] ?? ground) + (k === 0 ? drop(x, 0.8) : 0) };
    }),
  );
  const [upper = [], lower = []] = joints;
  const beam = (key: string, a: { x: number; y: number }, b: { x: number; y: number }, className: string) =>
    marks.push({ type: 'line', key, x1: a.x, y1: a.y, x2: b.x, y2: b.y, className });

  marks.push({ type: 'line', key: 'ground', x1: 0, y1: ground + r * 1.2, x2: width, y2: ground + r * 1.2, className: 'chart-rule' });
  // The helm's connections: sound, then not.
  const helmClass = state === 'sound' ? 'chart-beam' : 'chart-beam chart-beam--unsound';
  upper.forEach((j, i) => beam(`helm-${i}`, helm, j, helmClass));
  upper.forEach((j, i) => i && beam(`upper-${i}`, upper[i - 1] ?? j, j, 'chart-beam'));
  lower.forEach((j, i) => i && beam(`lower-${i}`, lower[i - 1] ?? j, j, 'chart-beam'));
  upper.forEach((j, i) => {
    beam(`cross-${i}-a`, j, lower[i] ?? j, 'chart-beam');
    beam(`cross-${i}-b`, j, lower[i + 1] ?? j, 'chart-beam');
  });
  for (const [k, row] of joints.entries()) row.forEach((j, i) => marks.push({ type: 'circle', key: `joint-${k}-${i}`, cx: j.x, cy: j.y, r, className: 'mark-craft' }));
  marks.push({ type: 'rect', key: 'helm', x: helm.x - r, y: helm.y - r, width: r * 2, height: r * 2, className: 'mark-lead' });
  marks.push({ type: 'text', key: 'helm-label', x: helm.x + r * 1.8, y: helm.y + small * 0.35, text: 'the helm', size: small, className: 'chart-label chart-label--lead' });
  if (state !== 'sound') {
    marks.push({ type: 'text', key: 'unsound-label', x: 0, y: small, text: 'unsound connections at the helm', size: small, className: 'chart-label chart-label--strong' });
  }
  marks.push({
    type: 'text',
    key: 'joints-label',
    x: width / 2,
    y: height - 2,
    text: collapsed ? 'every joint still brilliant' : 'every joint a brilliant crafter',
    size: small,
    anchor: 'middle',
    className: 'chart-label',
  });
  return marks;
}

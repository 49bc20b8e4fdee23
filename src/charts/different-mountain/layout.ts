import { labelSize } from '../scale';
import { textWidth } from '../text';
import type { Mark, Size } from '../types';
import type { DifferentMountainData } from './data';
import type { DifferentMountainState } from './states';

interface Mountain {
  left: number;
  peakX: number;
  peakY: number;
  right: number;
}

/** A mountain's outline: straight flanks with a softened peak. */
function mountainPath(m: Mountain, base: number): string {
  const k = 0.08;
  const lx = m.peakX - (m.peakX - m.left) * k;
  const ly = m.peakY + (base - m.peakY) * k;
  const rx = m.peakX + (m.right - m.peakX) * k;
  return `M${f(m.left)},${f(base)}L${f(lx)},${f(ly)}Q${f(m.peakX)},${f(m.peakY - 2)} ${f(rx)},${f(ly)}L${f(m.right)},${f(base)}Z`;
}


/** `different-mountain`: the craft mountain and the leadership mountain, and one expert moving between them. */
export function layout(state: DifferentMountainState, { width, height }: Size, { skills }: DifferentMountainData): Mark[] {
  const fs = labelSize(width);
  const base = height - fs * 1.9;
  const top = fs * 1.2;
  const craft: Mountain = { left: width * 0.02, peakX: width * 0.27, peakY: top + (base - top) * 0.12, right: width * 0.52 };
  // As high as the craft mountain: a different mountain, not a higher summit (the mentor's words).
  const lead: Mountain = { left: width * 0.46, peakX: width * 0.73, peakY: craft.peakY, right: width * 0.98 };
  const marks: Mark[] = [
    { type: 'path', key: 'mountain-craft', d: mountainPath(craft, base), className: 'mountain mountain--craft' },
    { type: 'path', key: 'mountain-lead', d: mountainPath(lead, base), className: 'mountain mountain--lead' },
    { type: 'line', key: 'ground', x1: 0, y1: base, x2: width, y2: base, className: 'chart-rule' },
    { type: 'text', key: 'name-craft', x: craft.peakX, y: base + fs * 1.3, text: 'Craft', size: fs, anchor: 'middle', className: 'chart-label chart-label--strong' },
    { type: 'text', key: 'name-lead', x: lead.peakX, y: base + fs * 1.3, text: 'Leadership', size: fs, anchor: 'middle', className: 'chart-label chart-label--strong' },
  ];

  // The expert: where they stand in each state.
  const r = Math.max(5, fs * 0.42);
  const summit: [number, number] = [craft.peakX, craft.peakY - r - 1];
  const foot: [number, number] = [lead.left + (lead.peakX - lead.left) * 0.1, base - (base - lead.peakY) * 0.1 - r - 1];
  const apex: [number, number] = [(summit[0] + foot[0]) / 2 + width * 0.04, Math.max(r + 2, top - fs * 0.2)];
  // The trail is a quadratic curve from the summit to the foot; in mid-jump the expert is on it, halfway.
  const control: [number, number] = [apex[0], apex[1] - fs];
  const midJump: [number, number] = [(summit[0] + 2 * control[0] + foot[0]) / 4, (summit[1] + 2 * control[1] + foot[1]) / 4];
  const at = state === 'craft-summit' ? summit : state === 'promotion-jump' ? midJump : foot;

  if (state !== 'craft-summit') {
    marks.push({
      type: 'path',
      key: 'jump',
      d: `M${f(summit[0])},${f(summit[1])}Q${f(control[0])},${f(control[1])} ${f(foot[0])},${f(foot[1])}`,
      className: 'chart-trail',
    });
  }
  if (state === 'craft-summit') {
    // A flag on the summit: the expert has reached the top of the craft.
    const poleX = summit[0] + r * 1.6;
    const poleTop = summit[1] - r * 2.4;
    marks.push({ type: 'line', key: 'flag-pole', x1: poleX, y1: summit[1] + r, x2: poleX, y2: poleTop, className: 'chart-pole' });
    marks.push({ type: 'path', key: 'flag', d: `M${f(poleX)},${f(poleTop)}l${f(r * 1.8)},${f(r * 0.6)}l${f(-r * 1.8)},${f(r * 0.6)}z`, className: 'mark-craft' });
  }
  const footNoteY = foot[1] - r * 1.6;
  if (state === 'other-foot' || state === 'skills-gap') {
    marks.push({ type: 'text', key: 'foot-note', x: foot[0] + r * 1.6, y: footNoteY, text: 'starting again', size: fs * 0.85, className: 'chart-label' });
  }

  // Skills on the slopes (the essay's words): craft skills from the start, leadership skills at the end.
  const showCraft = state === 'craft-summit' || state === 'skills-gap';
  const showLead = state === 'skills-gap';
  // Inside each mountain, centred under its peak, stacked from the foot upwards, in a size at which
  // every word clears both slopes (a narrow mountain on a phone gets smaller words, never words on its lines).
  if (showCraft) {
    stackInside(craft, base, base - fs * 0.35, skills.craft, fs * 0.85).forEach(({ word, x, y, size }) => {
      marks.push({ type: 'text', key: `skill-craft-${word}`, x, y, text: word, size, anchor: 'middle', className: state === 'skills-gap' ? 'chart-label chart-label--lost' : 'chart-label chart-label--craft' });
    });
  }
  if (showLead) {
    // On the leadership mountain the words start higher: its foot is where the expert stands, with a label.
    stackInside(lead, base, Math.min(base - (base - lead.peakY) * 0.24, footNoteY - fs * 0.85 - 3), skills.leadership, fs * 0.85).forEach(({ word, x, y, size }) => {
      marks.push({ type: 'text', key: `skill-lead-${word}`, x, y, text: word, size, anchor: 'middle', className: 'chart-label chart-label--lead' });
    });
  }
  if (state === 'skills-gap') {
    const gapX = (craft.right + lead.left) / 2;
    // The gap between the mountains, named at the top of the figure, above the trail.
    marks.push({ type: 'line', key: 'gap', x1: gapX, y1: base - fs * 0.2, x2: gapX, y2: fs * 1.3, className: 'chart-gap' });
    marks.push({ type: 'text', key: 'gap-label', x: gapX, y: fs * 0.95, text: 'little carries across', size: fs * 0.85, anchor: 'middle', className: 'chart-label' });
  }

  marks.push({ type: 'circle', key: 'expert', cx: at[0], cy: at[1], r, className: 'mark-person' });
  return marks;
}

/**
 * Baselines for `words` stacked upwards inside mountain `m` from `start`, in
 * the largest size (from `size` down to 9 px) at which each word, with a
 * margin, is narrower than the mountain at the top of its line.
 */
function stackInside(m: Mountain, base: number, start: number, words: readonly string[], size: number): { word: string; x: number; y: number; size: number }[] {
  const widthAt = (y: number) => ((m.right - m.left) * (y - m.peakY)) / (base - m.peakY);
  let place: { word: string; x: number; y: number; size: number }[] = [];
  // One word a line; where the mountain is too short for that, two a line.
  for (const perLine of [1, 2]) {
    for (let s = size; s >= 9; s -= 0.5) {
      const lines: string[][] = [];
      words.forEach((word, i) => (i % perLine ? lines[lines.length - 1]?.push(word) : lines.push([word])));
      const gap = s * 0.8;
      const fits = lines.every((line, i) => line.reduce((w, word) => w + textWidth(word, s), 0) + gap * line.length <= widthAt(start - i * s * 1.25 - s * 0.75));
      place = lines.flatMap((line, i) => {
        const total = line.reduce((w, word) => w + textWidth(word, s), 0) + gap * (line.length - 1);
        let x = m.peakX - total / 2;
        return line.map((word) => {
          const at = { word, x: x + textWidth(word, s) / 2, y: start - i * s * 1.25, size: s };
          x += textWidth(word, s) + gap;
          return at;
        });
      });
      if (fits) return place;
    }
  }
  return place;
}

function f(n: number): number {
  return Math.round(n * 100) / 100;
}

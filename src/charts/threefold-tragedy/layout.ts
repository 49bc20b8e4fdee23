import { labelSize } from '../scale';
import { wrapText } from '../text';
import type { Mark, Size } from '../types';
import type { ThreefoldTragedyData } from './data';
import type { ThreefoldTragedyState } from './states';

const ORDER: readonly ThreefoldTragedyState[] = ['team', 'promotion', 'talent-lost', 'ineffective-management', 'forced-failure'];

/**
 * `threefold-tragedy`: the manager's seat above a team of six, linked to
 * each; under each member, a bar for their share of the team's craft. The
 * best crafter is promoted into the seat, and the essay's three cards happen
 * in turn: her bar empties, the links fray and the bars thin, she overheats.
 */
export function layout(state: ThreefoldTragedyState, { width, height }: Size, data: ThreefoldTragedyData): Mark[] {
  const fs = labelSize(width);
  const small = fs * 0.85;
  const step = ORDER.indexOf(state);
  const promoted = step >= 1;
  const marks: Mark[] = [];
  // The card of this state, as the essay's infographic words it, at the top.
  const card = data.cards.find((c) => c.state === state);
  const cardLines = card ? wrapText(card.line, small, width) : [];
  card && marks.push({ type: 'text', key: 'card-title', x: 0, y: fs, text: card.title, size: fs, className: 'chart-label chart-label--strong' });
  cardLines.forEach((line, i) => marks.push({ type: 'text', key: `card-line-${i}`, x: 0, y: fs + small * 1.25 * (i + 1), text: line, size: small, className: 'chart-label' }));
  const top = fs * 1.4 + small * 1.25 * Math.max(1, cardLines.length) + small * 0.6;

  const n = data.team.length;
  const colW = width / n;
  const r = Math.max(5, Math.min(colW * 0.22, fs * 0.8));
  const seat = { x: width / 2, y: top + r * 1.6 };
  const rowY = top + (height - top) * 0.42;
  const barTop = rowY + r * 2.2;
  const barMax = height - barTop - small * 1.6;
  const maxCraft = Math.max(...data.team.map((m) => m.craft));
  const sarah = data.team.findIndex((m) => m.name === 'Sarah');

  // Links from the seat to every member: sound, then frayed.
  const frayed = step >= 3;
  data.team.forEach((_, i) => {
    if (promoted && i === sarah) return;
    const x = colW * (i + 0.5);
    marks.push({ type: 'line', key: `link-${i}`, x1: seat.x, y1: seat.y + r, x2: x, y2: rowY - r, className: frayed ? 'chart-trail' : 'chart-rule' });
  });

  // The members and their share of the craft.
  data.team.forEach((m, i) => {
    const x = colW * (i + 0.5);
    const isSarah = i === sarah;
    const h = (barMax * m.craft) / maxCraft;
    const bw = Math.min(colW * 0.5, r * 2.4);
    if (isSarah && promoted) {
      // Her place in the team: empty; her bar, from Talent Lost on, an outline of what was.
      marks.push({ type: 'circle', key: `member-${i}-empty`, cx: x, cy: rowY, r, className: 'mark-open' });
      const lost = step >= 2;
      marks.push({ type: 'rect', key: `bar-${i}`, x: x - bw / 2, y: barTop + barMax - h, width: bw, height: h, className: lost ? 'mark-open' : 'mark-craft' });
      if (lost) marks.push({ type: 'text', key: 'lost-label', x, y: barTop + barMax - h - small * 0.4, text: 'lost', size: small, anchor: 'middle', className: 'chart-label chart-label--strong' });
    } else {
      marks.push({ type: 'circle', key: isSarah ? 'sarah' : `member-${i}`, cx: x, cy: rowY, r, className: isSarah ? 'mark-craft' : 'mark-craft mark-hollow' });
      const kept = frayed ? data.frayed : 1;
      marks.push({ type: 'rect', key: `bar-${i}`, x: x - bw / 2, y: barTop + barMax - h * kept, width: bw, height: h * kept, className: 'mark-craft' });
    }
  });
  marks.push({ type: 'line', key: 'bars-base', x1: 0, y1: barTop + barMax, x2: width, y2: barTop + barMax, className: 'chart-rule' });
  marks.push({ type: 'text', key: 'bars-label', x: 0, y: height - 2, text: 'each one’s share of the craft (illustrative)', size: small, className: 'chart-label' });

  // The seat: a former manager until the promotion, then Sarah.
  if (promoted) {
    if (step >= 4) {
      // Forced Failure: rings of heat around her.
      [1.9, 2.6].forEach((k, j) => marks.push({ type: 'circle', key: `heat-${j}`, cx: seat.x, cy: seat.y, r: r * k, className: 'chart-heat' }));
      marks.push({ type: 'text', key: 'heat-label', x: seat.x + r * 2.9, y: seat.y + small * 0.35, text: 'burnout', size: small, className: 'chart-label chart-label--strong' });
    }
    marks.push({ type: 'rect', key: 'sarah', x: seat.x - r, y: seat.y - r, width: r * 2, height: r * 2, className: 'mark-lead' });
    marks.push({ type: 'text', key: 'seat-label', x: seat.x - r * (step >= 4 ? 2.9 : 1.6), y: seat.y + small * 0.35, text: 'Sarah', size: small, anchor: 'end', className: 'chart-label chart-label--lead' });
  } else {
    marks.push({ type: 'rect', key: 'seat', x: seat.x - r, y: seat.y - r, width: r * 2, height: r * 2, className: 'mark-lead mark-hollow' });
    marks.push({ type: 'text', key: 'seat-label', x: seat.x - r * 1.6, y: seat.y + small * 0.35, text: 'manager', size: small, anchor: 'end', className: 'chart-label chart-label--lead' });
    const sx = colW * (sarah + 0.5);
    marks.push({ type: 'text', key: 'sarah-label', x: sx, y: rowY - r - small * 0.5, text: 'Sarah', size: small, anchor: 'middle', className: 'chart-label chart-label--craft' });
  }
  return marks;
}

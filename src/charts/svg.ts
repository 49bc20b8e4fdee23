import type { Mark, Size } from './types';

/** Numbers in SVG output: two decimals at most, no trailing zeros. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Escapes text for an XML text node or attribute. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The attributes a mark sets on its element, in a fixed order. Shared by the string renderer and the D3 renderer. */
export function markAttributes(mark: Mark): [string, string][] {
  const base: [string, string][] = [['class', mark.className]];
  if (mark.opacity !== undefined && mark.opacity !== 1) base.push(['opacity', num(mark.opacity)]);
  switch (mark.type) {
    case 'rect':
      return [
        ['x', num(mark.x)],
        ['y', num(mark.y)],
        ['width', num(Math.max(0, mark.width))],
        ['height', num(Math.max(0, mark.height))],
        ...(mark.rx ? ([['rx', num(mark.rx)]] as [string, string][]) : []),
        ...base,
      ];
    case 'circle':
      return [['cx', num(mark.cx)], ['cy', num(mark.cy)], ['r', num(mark.r)], ...base];
    case 'path':
      return [['d', mark.d], ...base];
    case 'line':
      return [['x1', num(mark.x1)], ['y1', num(mark.y1)], ['x2', num(mark.x2)], ['y2', num(mark.y2)], ...base];
    case 'text':
      return [
        ['x', num(mark.x)],
        ['y', num(mark.y)],
        ['font-size', num(mark.size)],
        ...(mark.anchor && mark.anchor !== 'start' ? ([['text-anchor', mark.anchor]] as [string, string][]) : []),
        ...base,
      ];
  }
}

/** The inner SVG markup of a list of marks. */
export function marksToSvg(marks: readonly Mark[]): string {
  return marks
    .map((mark) => {
      const attrs = markAttributes(mark)
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join('');
      // No data-key: the client replaces build-time marks on its first render.
      return mark.type === 'text' ? `<text${attrs}>${escapeXml(mark.text)}</text>` : `<${mark.type}${attrs}/>`;
    })
    .join('');
}

/**
 * A rect (rounded corners included), a circle or a line as path data: where
 * its outline starts, the outline from there in relative commands, and where
 * it leaves the pen (a closed shape: back at its start).
 */
interface Shape {
  x: number;
  y: number;
  outline: string;
  endX: number;
  endY: number;
}

/** Rounds to the grid `num` writes, so that relative moves between rounded points add up exactly. */
const grid = (n: number) => Math.round(n * 100) / 100;

const closed = (x: number, y: number, outline: string): Shape => ({ x: grid(x), y: grid(y), outline, endX: grid(x), endY: grid(y) });

/**
 * Path data for a rect, a circle or a line (null for other marks): lets many
 * marks share one element. A line's subpath encloses nothing, so its path
 * paints no fill; dashes restart at each subpath, as they did on each line.
 */
function shapeOf(mark: Mark): Shape | null {
  if (mark.type === 'circle') {
    const { cx, cy, r } = mark;
    return closed(cx - r, cy, `a${num(r)},${num(r)} 0 1,0 ${num(2 * r)},0a${num(r)},${num(r)} 0 1,0 ${num(-2 * r)},0z`);
  }
  if (mark.type === 'line') {
    const [x1, y1, x2, y2] = [grid(mark.x1), grid(mark.y1), grid(mark.x2), grid(mark.y2)];
    const outline = x1 === x2 ? `v${num(y2 - y1)}` : y1 === y2 ? `h${num(x2 - x1)}` : `l${num(x2 - x1)},${num(y2 - y1)}`;
    return { x: x1, y: y1, outline, endX: x2, endY: y2 };
  }
  if (mark.type === 'rect') {
    const w = Math.max(0, mark.width);
    const h = Math.max(0, mark.height);
    const rx = Math.min(mark.rx ?? 0, w / 2, h / 2);
    if (!rx) return closed(mark.x, mark.y, `h${num(w)}v${num(h)}h${num(-w)}z`);
    const a = (dx: number, dy: number) => `a${num(rx)},${num(rx)} 0 0,1 ${num(dx)},${num(dy)}`;
    return closed(
      mark.x + rx,
      mark.y,
      `h${num(w - 2 * rx)}${a(rx, rx)}v${num(h - 2 * rx)}${a(-rx, rx)}h${num(-(w - 2 * rx))}${a(-rx, -rx)}v${num(-(h - 2 * rx))}${a(rx, -rx)}z`,
    );
  }
  return null;
}

/**
 * One path's data for many shapes: the first starts with an absolute move,
 * each next one with a move relative to where the one before left the pen.
 * A grid of marks then repeats the same few characters, which is what
 * compression is good at.
 */
function joinShapes(shapes: readonly Shape[]): string {
  let prev: Shape | null = null;
  let d = '';
  for (const s of shapes) {
    d += prev ? `m${num(s.x - prev.endX)},${num(s.y - prev.endY)}${s.outline}` : `M${num(s.x)},${num(s.y)}${s.outline}`;
    prev = s;
  }
  return d;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a mark paints, roughly (text by an estimate); null when unknown (a path), which counts as anywhere. */
function boxOf(mark: Mark): Box | null {
  switch (mark.type) {
    case 'rect':
      return { x0: mark.x, y0: mark.y, x1: mark.x + mark.width, y1: mark.y + mark.height };
    case 'circle':
      return { x0: mark.cx - mark.r, y0: mark.cy - mark.r, x1: mark.cx + mark.r, y1: mark.cy + mark.r };
    case 'line':
      return { x0: Math.min(mark.x1, mark.x2) - 2, y0: Math.min(mark.y1, mark.y2) - 2, x1: Math.max(mark.x1, mark.x2) + 2, y1: Math.max(mark.y1, mark.y2) + 2 };
    case 'text': {
      const w = mark.text.length * mark.size * 0.6;
      const x0 = mark.anchor === 'middle' ? mark.x - w / 2 : mark.anchor === 'end' ? mark.x - w : mark.x;
      return { x0, y0: mark.y - mark.size, x1: x0 + w, y1: mark.y + mark.size * 0.3 };
    }
    case 'path':
      return null;
  }
}

const overlaps = (a: Box | null, b: Box | null) => !a || !b || (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1);

/**
 * Merges rects, circles and lines that look alike (same class and opacity) into one
 * `<path>` each, placed where the first of them was painted. The build-time
 * figures are never animated, so they need one element per look, not one
 * per mark: a 100-mark chart becomes a handful of elements, which keeps the
 * page's DOM small and its HTML light. A mark joins its look's path only if
 * nothing painted since that path overlaps it (joining moves it back in
 * paint order); otherwise it starts a new path where it is, so a bar drawn
 * over its track stays over it.
 */
export function compactMarks(marks: readonly Mark[]): Mark[] {
  const out: { mark: Mark; boxes: (Box | null)[]; look?: string; d?: Shape[] }[] = [];
  const open = new Map<string, number>();
  for (const mark of marks) {
    const d = shapeOf(mark);
    const box = boxOf(mark);
    if (d === null) {
      out.push({ mark, boxes: [box] });
      continue;
    }
    const look = `${mark.className}|${mark.opacity ?? 1}`;
    const at = open.get(look);
    const group = at === undefined ? undefined : out[at];
    if (group?.d && out.slice((at as number) + 1).every((later) => later.boxes.every((b) => !overlaps(b, box)))) {
      group.d.push(d);
      group.boxes.push(box);
    } else {
      open.set(look, out.length);
      out.push({ mark, boxes: [box], look, d: [d] });
    }
  }
  return out.map(({ mark, look, d }) => {
    if (!look || !d) return mark;
    const [className, opacity] = look.split('|');
    return { type: 'path', key: look, d: joinShapes(d), className: className ?? '', ...(opacity !== '1' ? { opacity: Number(opacity) } : {}) };
  });
}

/** A whole `<svg>` element: scales with its container (viewBox), decorative to assistive technology (the text alternative sits beside it). */
export function svgDocument(marks: readonly Mark[], size: Size, extra = ''): string {
  return `<svg class="chart-svg" viewBox="0 0 ${num(size.width)} ${num(size.height)}" width="${num(size.width)}" height="${num(size.height)}" aria-hidden="true" focusable="false"${extra}><g class="chart-marks">${marksToSvg(compactMarks(marks))}</g></svg>`;
}

/**
 * The client renderer: draws a chart's marks into an `<svg>` with D3, moving
 * marks that persist between states (same key), fading in those that enter
 * and out those that leave. With `duration: 0` it draws the final state at
 * once, which is what reduced motion, resizes and jumps ask for.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { markAttributes, num } from './svg';
import type { FigureLayout } from './figure';
import type { Mark, Size } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Transition length between two states under full motion: within the 200 ms–2 s a reader can follow. */
export const TRANSITION_MS = 650;

function joinKey(mark: Mark): string {
  return `${mark.type}:${mark.key}`;
}

/**
 * Sets a mark's attributes and words on its element, each only if it changes: the browser lays out an SVG
 * element again (its text shaped anew) for any attribute written, even to the value it had, and a figure's words
 * and key are drawn again at every step.
 */
function apply(el: SVGElement, mark: Mark): void {
  for (const [name, value] of markAttributes(mark)) setAttr(el, name, value);
  if ((mark.opacity === undefined || mark.opacity === 1) && el.hasAttribute('opacity')) el.removeAttribute('opacity');
  if (mark.type === 'text') setText(el, mark.text);
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Replaces an element's words only if they change (a new text node is laid out and painted anew). */
function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** The `<g class="…">` child of `svg`, made if missing. */
function groupOf(svg: SVGSVGElement, className: string): SVGGElement {
  let group = svg.querySelector<SVGGElement>(`:scope > g.${className}`);
  if (!group) {
    group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', className);
    svg.append(group);
  }
  return group;
}

function sizeSvg(svg: SVGSVGElement, size: Size): void {
  setAttr(svg, 'viewBox', `0 0 ${num(size.width)} ${num(size.height)}`);
  setAttr(svg, 'width', num(size.width));
  setAttr(svg, 'height', num(size.height));
}

/** Renders `marks` into `svg` at `size`; animates when `duration` > 0. */
export function renderMarks(svg: SVGSVGElement, marks: readonly Mark[], size: Size, duration: number): void {
  sizeSvg(svg, size);
  renderInto(groupOf(svg, 'chart-marks'), marks, duration);
}

/**
 * Renders a figure (src/charts/figure.ts) into `svg`: its words and key at
 * once, its plot's marks moving when `duration` > 0. The same layout as the
 * build-time figure (src/charts/renderFigure.ts), drawn at the box's size.
 */
export function renderFigureMarks(svg: SVGSVGElement, fig: FigureLayout, marks: readonly Mark[], duration: number): void {
  sizeSvg(svg, fig.size);
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  if (title) setText(title, fig.title);
  if (desc) setText(desc, fig.alt);
  renderInto(groupOf(svg, 'figure-chrome'), fig.chrome, 0);
  const plot = groupOf(svg, 'chart-marks');
  setAttr(plot, 'transform', `translate(${num(fig.plot.x)},${num(fig.plot.y)})`);
  renderInto(plot, marks, duration);
}

/**
 * Writes out a drawn mark's opacity before a transition tweens it: a mark
 * drawn fully opaque carries no `opacity` attribute, and D3 tweens a missing
 * attribute from 0, so a mark that stays would blink out and fade back in, and
 * one that leaves would vanish at once instead of fading.
 */
function opacityFrom(el: SVGElement): number {
  const current = el.getAttribute('opacity');
  if (current === null) el.setAttribute('opacity', '1');
  return current === null ? 1 : Number(current);
}

function renderInto(group: SVGGElement, marks: readonly Mark[], duration: number): void {
  const root = select(group);
  // Elements drawn at build time carry no key: replace them on the first client render.
  root.selectAll(':scope > :not([data-key])').remove();
  const joined = root.selectAll<SVGElement, Mark>(':scope > [data-key]').data([...marks], (d: Mark) => joinKey(d));

  joined.exit<Mark>().each(function () {
    const el = select(this as SVGElement);
    el.interrupt();
    if (duration > 0) {
      opacityFrom(this as SVGElement);
      el.transition().duration(duration / 2).attr('opacity', 0).remove();
    } else el.remove();
  });

  const entered = joined.enter().append<SVGElement>((d) => {
    const el = document.createElementNS(SVG_NS, d.type) as SVGElement;
    el.setAttribute('data-key', d.key);
    apply(el, d);
    return el;
  });
  if (duration > 0) {
    entered
      .attr('opacity', 0)
      .transition()
      .delay(duration / 3)
      .duration((duration * 2) / 3)
      .ease(easeCubicInOut)
      .attr('opacity', (d) => (d.opacity === undefined ? 1 : d.opacity));
  }

  joined.each(function (d) {
    const el = this as SVGElement;
    const sel = select(el);
    sel.interrupt();
    if (duration <= 0) {
      apply(el, d);
      return;
    }
    if (d.type === 'text') setText(el, d.text);
    // Only what changes is tweened, and a mark that keeps its place, size and opacity gets no transition at all:
    // each one is a timer run every frame until it ends, tweening nothing. (Between two of the training gap's
    // steps, its hundred circles change only their class.)
    const moves: [string, string][] = [];
    for (const [name, value] of markAttributes(d)) {
      if (name === 'class') setAttr(el, 'class', value);
      else if (el.getAttribute(name) !== value) moves.push([name, value]);
    }
    const opacity = d.opacity === undefined ? 1 : d.opacity;
    const current = el.getAttribute('opacity');
    const fades = (current === null ? 1 : Number(current)) !== opacity;
    if (!moves.length && !fades) return;
    const t = sel.transition().duration(duration).ease(easeCubicInOut);
    for (const [name, value] of moves) t.attr(name, value);
    if (fades) {
      opacityFrom(el);
      t.attr('opacity', opacity);
    }
  });

  // Paint order follows the layout's order.
  entered.merge(joined).order();
}

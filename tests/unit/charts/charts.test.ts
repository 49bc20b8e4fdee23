import { beforeAll, describe, expect, it } from 'vitest';
import { chartList, getChart } from '../../../src/charts/registry';
import { catalog } from '../../../src/steps/collection';
import { labelSize, seededOrder, STATIC_SIZE } from '../../../src/charts/scale';
import { chartData } from '../../../src/charts/chartData';
import { compactMarks, escapeXml, num, svgDocument } from '../../../src/charts/svg';
import { managementHours, weekAfter, weekBefore } from '../../../src/charts/sarahs-week/data';
import { trainedSet } from '../../../src/charts/training-gap/layout';
import { textWidth } from '../../../src/charts/text';

// Each chart's data as the build has it (the ladders preset is computed by the model).
const data = new Map<string, unknown>();
beforeAll(async () => {
  for (const chart of chartList) data.set(chart.id, await chartData(chart));
});

describe('the chart registry', () => {
  it('is the one list the build checks steps against', () => {
    const c = catalog();
    expect(Object.keys(c)).toEqual(chartList.map((x) => x.id));
    for (const [id, states] of Object.entries(c)) expect(getChart(id).states.map((s) => s.id)).toEqual(states);
  });

  it('layout(state) names the valid states when the state is unknown, and refuses data of the wrong shape', () => {
    const chart = getChart('ladders');
    expect(() => chart.layout('nope', STATIC_SIZE, data.get('ladders'))).toThrow(/Chart "ladders" has no state "nope"\. Valid states: same-start, years-pass, counts, your-settings\./);
    expect(() => chart.layout('counts', STATIC_SIZE, { runs: 3 })).toThrow(/wrong shape/);
    expect(() => getChart('training-gap').layout('cohort', STATIC_SIZE, { cohort: 100 })).toThrow(/wrong shape/);
  });

  it('getChart(id) names the valid charts when the id is unknown', () => {
    expect(() => getChart('sarahs-weak')).toThrow(/Unknown chart "sarahs-weak"\. Valid charts: sarahs-week, different-mountain, threefold-tragedy, training-gap/);
  });
});

describe.each(chartList)('chart $id', (chart) => {
  it('has public ids made of lowercase words and hyphens', () => {
    expect(chart.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const s of chart.states) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(chart.states.map((s) => s.id)).size).toBe(chart.states.length);
  });

  it('declares a key state among its states', () => {
    expect(chart.hasState(chart.keyState)).toBe(true);
  });

  it('describes every state in one sentence, and labels it', () => {
    for (const s of chart.states) {
      expect(s.label.length).toBeGreaterThan(3);
      expect(s.description).toMatch(/^[A-Z“‘0-9].{20,}[.”]$/);
    }
  });

  it('gives every number a provenance, and a link for every cited source', () => {
    expect(chart.sources.length).toBeGreaterThan(0);
    for (const s of chart.sources) if (s.provenance === 'source') expect(s.href).toMatch(/^https?:\/\//);
  });

  it('has a data table for every state, with a header for every column', () => {
    for (const s of chart.states) {
      const t = chart.table(s.id, data.get(chart.id));
      expect(t.rows.length).toBeGreaterThan(0);
      for (const row of t.rows) expect(row.length).toBe(t.columns.length);
    }
  });

  it('lays out every state with unique keys, inside its box, and no text under 14 px', () => {
    for (const size of [chart.staticSize, { width: 375, height: 280 }, { width: 900, height: 520 }]) {
      for (const s of chart.states) {
        const marks = chart.layout(s.id, size, data.get(chart.id));
        expect(marks.length).toBeGreaterThan(0);
        const keys = marks.map((m) => `${m.type}:${m.key}`);
        expect(new Set(keys).size, `${s.id} at ${size.width}`).toBe(keys.length);
        for (const m of marks) {
          if (m.type === 'text') expect(m.size, `${s.id}: “${m.text}”`).toBeGreaterThanOrEqual(14 * 0.85 - 0.01);
          if (m.type === 'circle' || m.type === 'rect') {
            const [x, y] = m.type === 'circle' ? [m.cx, m.cy] : [m.x, m.y];
            expect(x, `${s.id} ${m.key}`).toBeGreaterThanOrEqual(-1);
            expect(x, `${s.id} ${m.key}`).toBeLessThanOrEqual(size.width + 1);
            expect(y, `${s.id} ${m.key}`).toBeGreaterThanOrEqual(-1);
            expect(y, `${s.id} ${m.key}`).toBeLessThanOrEqual(size.height + 1);
          }
        }
      }
    }
  });

  it('is a pure function of state, size and data', () => {
    for (const s of chart.states) expect(chart.layout(s.id, STATIC_SIZE, data.get(chart.id))).toEqual(chart.layout(s.id, STATIC_SIZE, data.get(chart.id)));
  });
});

describe('sarahs-week', () => {
  it('turns the essay’s 75% of 45 hours into 34 hour-blocks of meetings, reviews and admin', () => {
    expect(managementHours).toBe(34);
    expect(weekAfter().filter((k) => k === 'other')).toHaveLength(34);
    expect(weekAfter().filter((k) => k === 'craft')).toHaveLength(11);
  });
  it('keeps the illustrative before-week at 38 craft hours, as its caption says', () => {
    expect(weekBefore().filter((k) => k === 'craft')).toHaveLength(38);
    expect(getChart('sarahs-week').sources.map((s) => s.text).join(' ')).toContain('38 hours of craft, 7 of other work');
  });
  it('draws 45 hour-blocks in every state', () => {
    for (const s of getChart('sarahs-week').states) {
      expect(getChart('sarahs-week').layout(s.id, STATIC_SIZE, data.get('sarahs-week')).filter((m) => m.type === 'rect')).toHaveLength(45);
    }
  });
});

describe('different-mountain', () => {
  /** The x of the mountain's two slopes at height y, from its path (M foot L shoulder Q … shoulder L foot Z). */
  function slopes(d: string): (y: number) => [number, number] {
    const n = d.match(/-?[\d.]+/g)!.map(Number);
    const [lx, by, lsx, lsy] = [n[0]!, n[1]!, n[2]!, n[3]!];
    const [rsx, rsy, rx] = [n[6]!, n[7]!, n[8]!];
    return (y) => [lx + ((lsx - lx) * (by - y)) / (by - lsy), rx - ((rx - rsx) * (by - y)) / (by - rsy)];
  }
  for (const size of [{ width: 288, height: 200 }, { width: 320, height: 240 }, { width: 343, height: 190 }, { width: 640, height: 400 }]) {
    it(`keeps every skill word inside its mountain, clear of both slopes (${size.width}×${size.height})`, () => {
      const marks = getChart('different-mountain').layout('skills-gap', size, data.get('different-mountain'));
      for (const [kind, cls] of [['craft', 'skill-craft-'], ['lead', 'skill-lead-']] as const) {
        const mountain = marks.find((m) => m.key === `mountain-${kind}`);
        if (mountain?.type !== 'path') throw new Error('no mountain');
        const at = slopes(mountain.d);
        const words = marks.filter((m) => m.type === 'text' && m.key.startsWith(cls));
        expect(words).toHaveLength(4);
        for (const w of words) {
          if (w.type !== 'text') continue;
          const [left, right] = at(w.y - w.size * 0.75);
          expect(w.x - textWidth(w.text, w.size) / 2, `${w.text} left`).toBeGreaterThanOrEqual(left);
          expect(w.x + textWidth(w.text, w.size) / 2, `${w.text} right`).toBeLessThanOrEqual(right);
          // Clear of the label at the expert's feet.
          const note = marks.find((m) => m.key === 'foot-note');
          if (kind === 'lead' && note?.type === 'text') expect(w.y, `${w.text} above "starting again"`).toBeLessThanOrEqual(note.y - note.size);
          expect(w.size).toBeGreaterThanOrEqual(9);
        }
      }
    });
  }
});

describe('training-gap', () => {
  it('fills 35 of 100 marks, and sinks 65 below the water line in the deep end', () => {
    expect(trainedSet(100, 35).size).toBe(35);
    const chart = getChart('training-gap');
    const trained = chart.layout('trained', STATIC_SIZE, data.get('training-gap')).filter((m) => m.type === 'circle');
    expect(trained).toHaveLength(100);
    expect(trained.filter((m) => m.className === 'mark-neutral')).toHaveLength(35);
    // Trained or not is neither craft nor management: no track colour (one meaning per colour).
    expect(trained.some((m) => /mark-(craft|lead)/.test(m.className))).toBe(false);
    const deep = chart.layout('deep-end', STATIC_SIZE, data.get('training-gap'));
    const water = deep.find((m) => m.key === 'water');
    if (water?.type !== 'rect') throw new Error('no water');
    const below = deep.filter((m) => m.type === 'circle' && m.cy > water.y);
    expect(below).toHaveLength(65);
    expect(below.every((m) => m.className.includes('mark-hollow'))).toBe(true);
  });
  it('shows the essay’s figure as the essay’s claim and cites the context', () => {
    const text = getChart('training-gap').sources.map((s) => `${s.provenance}: ${s.text}`).join('\n');
    expect(text).toMatch(/essay: .*About 35%/i);
    expect(text).toMatch(/source: 58%.*CareerBuilder/);
    expect(text).toMatch(/source: 43%.*West Monroe/);
  });
});

describe('svg helpers', () => {
  it('compactMarks merges look-alike shapes but never moves one under a mark painted after it', () => {
    const marks = compactMarks([
      { type: 'rect', key: 'key-swatch', x: 0, y: 0, width: 10, height: 10, className: 'bar' },
      { type: 'rect', key: 'track-1', x: 0, y: 20, width: 100, height: 10, className: 'track' },
      { type: 'rect', key: 'bar-1', x: 0, y: 20, width: 60, height: 10, className: 'bar' },
      { type: 'rect', key: 'track-2', x: 0, y: 40, width: 100, height: 10, className: 'track' },
      { type: 'rect', key: 'bar-2', x: 0, y: 40, width: 30, height: 10, className: 'bar' },
      { type: 'circle', key: 'a', cx: 200, cy: 5, r: 3, className: 'dot' },
      { type: 'circle', key: 'b', cx: 210, cy: 5, r: 3, className: 'dot' },
    ]);
    const order = marks.map((m) => (m.type === 'path' ? `${m.className}:${(m.d.match(/[Mm]/g) ?? []).length}` : m.key));
    // Each bar is painted after the track under it; the swatch and the dots, which overlap nothing, merge.
    expect(order).toEqual(['bar:1', 'track:2', 'bar:2', 'dot:2']);
  });

  it('compactMarks writes each next shape by a relative move that lands exactly where the shape is', () => {
    // Coordinates whose sums drift in floating point (0.1 + 0.2) and a row that wraps back to the left.
    const spots = [
      [0.1, 0.2],
      [0.3, 0.2],
      [104.35, 296.14],
      [126.35, 296.14],
      [0.7, 318.1],
    ];
    const circles = spots.map(([cx, cy], i) => ({ type: 'circle' as const, key: `c${i}`, cx: cx as number, cy: cy as number, r: 3, className: 'dot' }));
    const [path] = compactMarks(circles);
    if (path?.type !== 'path') throw new Error('not merged');
    expect(path.d.startsWith('M-2.9,0.2a3,3 0 1,0 6,0a3,3 0 1,0 -6,0z')).toBe(true);
    // Follow the moves as a renderer does: each starts from where the last closed shape began.
    let x = 0;
    let y = 0;
    const starts: [number, number][] = [];
    for (const [, cmd, dx, dy] of path.d.matchAll(/([Mm])(-?[\d.]+),(-?[\d.]+)/g)) {
      x = cmd === 'M' ? Number(dx) : x + Number(dx);
      y = cmd === 'M' ? Number(dy) : y + Number(dy);
      starts.push([x, y]);
    }
    expect(starts).toHaveLength(spots.length);
    expect(path.d.match(/M/g)).toHaveLength(1);
    starts.forEach(([sx, sy], i) => {
      const [cx, cy] = spots[i] as [number, number];
      expect(Math.abs(sx - (cx - 3))).toBeLessThan(1e-9);
      expect(Math.abs(sy - cy)).toBeLessThan(1e-9);
    });
  });

  it('num(n) rounds to two decimals and never prints -0', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.0001)).toBe('0');
    expect(num(40)).toBe('40');
  });
  it('escapeXml(s) escapes markup characters', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });
  it('svgDocument(marks, size) is hidden from assistive technology and scales with a viewBox', () => {
    const svg = svgDocument([{ type: 'text', key: 't', x: 1, y: 2, size: 14, text: '<b>', className: 'c' }], { width: 10, height: 5 });
    expect(svg).toContain('viewBox="0 0 10 5"');
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('&lt;b&gt;');
  });
  it('labelSize(width) never goes under 14 px', () => {
    expect(labelSize(100)).toBe(14);
    expect(labelSize(2000)).toBe(17);
  });
  it('seededOrder(n, seed) is a deterministic permutation', () => {
    expect(seededOrder(10, 3)).toEqual(seededOrder(10, 3));
    expect([...seededOrder(10, 3)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seededOrder(10, 3)).not.toEqual(seededOrder(10, 4));
  });
});

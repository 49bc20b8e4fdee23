import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/charts/ladders/build';
import { BAR_GROUPS, laddersLayout, MIN_CELL, type LaddersView } from '../../../src/charts/ladders/layout';
import { wrapText } from '../../../src/charts/text';
import { isScenario, laddersTable } from '../../../src/charts/ladders/index';
import { getChart } from '../../../src/charts/registry';
import { DEFAULT_SETTINGS, parseSettings, runScenario, summarise } from '../../../src/data/simulation/scenario';
import type { Mark, RectMark, TextMark } from '../../../src/charts/types';

const preset = buildData();
/** The boxes the chart is drawn in: the phone's sticky band, the explorable's frames, a desktop column. */
const SIZES = [
  { width: 339, height: 253 },
  { width: 343, height: 267 },
  { width: 343, height: 416 },
  { width: 560, height: 400 },
  { width: 860, height: 420 },
];
const VIEWS: LaddersView[] = ['start', 'end', 'counts', 'summary'];
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.type === 'text');

describe('the ladders chart, read at a glance', () => {
  it('says the year on every state, and “one run” wherever it draws one run', () => {
    for (const view of VIEWS) {
      for (const size of SIZES) {
        const words = texts(laddersLayout(preset, view, size)).map((t) => t.text).join(' | ');
        expect(words, `${view} at ${size.width}×${size.height}`).toMatch(/Year (0|40)\b/);
        if (view === 'start' || view === 'end') expect(words).toMatch(/one run/);
        else expect(words).toMatch(/averages of 20 runs/);
      }
    }
  });

  it('carries its key in the figure: shape for the seat, fill for the brilliant', () => {
    for (const size of SIZES) {
      const words = texts(laddersLayout(preset, 'end', size)).map((t) => t.text);
      expect(words.some((w) => /brilliant at the craft/.test(w))).toBe(true);
      if (!words.some((w) => /only the brilliant at the craft are drawn/.test(w))) {
        expect(words).toContain('craft seat');
        expect(words).toContain('management seat');
      }
      // Every level is named.
      for (const level of ['Head', 'Directors', 'Sr managers', 'Managers', 'Team leads', 'Crafters']) expect(words).toContain(level);
    }
  });

  it('draws people as marks of at least 8 px in every box', () => {
    for (const view of ['start', 'end'] as const) {
      for (const size of SIZES) {
        const people = laddersLayout(preset, view, size).filter((m) => /^p\d-/.test(m.key));
        expect(people.length).toBeGreaterThan(0);
        for (const m of people) {
          const side = m.type === 'circle' ? 2 * m.r : m.type === 'rect' ? m.width : 0;
          expect(side, `${view} at ${size.width}×${size.height}`).toBeGreaterThanOrEqual(MIN_CELL - 2 - 0.01);
        }
      }
    }
  });

  it('draws everyone when there is room, and says so when it draws only the brilliant', () => {
    const big = laddersLayout(preset, 'end', { width: 860, height: 420 }).filter((m) => /^p\d-/.test(m.key));
    expect(big).toHaveLength(preset.arms.today.end!.length + preset.arms.chosen.end!.length);
    const band = laddersLayout(preset, 'end', { width: 339, height: 253 });
    const drawn = band.filter((m) => /^p\d-/.test(m.key));
    const brilliant = [...preset.arms.today.end!, ...preset.arms.chosen.end!].filter((p) => p.brilliant).length;
    expect(drawn).toHaveLength(brilliant);
    expect(texts(band).map((t) => t.text).join(' ')).toMatch(/only the brilliant at the craft are drawn/);
  });

  it('draws bars of one unit on one labelled scale (a longer bar is a larger value)', () => {
    for (const size of SIZES) {
      const marks = laddersLayout(preset, 'counts', size);
      const t = summarise(preset.arms.today);
      const c = summarise(preset.arms.chosen);
      for (const group of BAR_GROUPS) {
        const label = texts(marks).find((m) => m.key === `g-${group.id}`);
        // A short box (a phone's band) leaves out the last measures (the data table keeps them); never efficiency.
        if (!label && group.id !== 'efficiency' && size.height < 320) continue;
        expect(label?.text, `${group.id} at ${size.width}×${size.height}`).toMatch(/scale 0–/);
        const perUnit = group.rows.flatMap((row) =>
          [t, c].map((s, i) => {
            const bar = marks.find((m): m is RectMark => m.key === `bar-${row.id}-${i}` && m.type === 'rect')!;
            const track = marks.find((m): m is RectMark => m.key === `track-${row.id}-${i}` && m.type === 'rect')!;
            return { value: s[row.id], fraction: bar.width / track.width };
          }),
        );
        const max = group.max(perUnit.map((p) => p.value));
        for (const p of perUnit) expect(p.fraction, group.id).toBeCloseTo(Math.max(p.value / max, 1 / (size.width - 60)), 1);
      }
    }
  });

  it('keeps every label inside its box and off the other labels', () => {
    const width = (t: TextMark) => t.text.length * t.size * 0.6;
    for (const view of VIEWS) {
      for (const size of SIZES) {
        const labels = texts(laddersLayout(preset, view, size)).map((t) => {
          const w = width(t);
          const x0 = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
          return { t, x0, x1: x0 + w, y0: t.y - t.size * 0.75, y1: t.y + t.size * 0.2 };
        });
        for (const a of labels) {
          expect(a.y0, `${view} ${size.width}×${size.height}: “${a.t.text}”`).toBeGreaterThanOrEqual(-1);
          expect(a.y1, `${view} ${size.width}×${size.height}: “${a.t.text}”`).toBeLessThanOrEqual(size.height + 1);
          expect(a.x1, `${view} ${size.width}×${size.height}: “${a.t.text}”`).toBeLessThanOrEqual(size.width + 2);
          for (const b of labels) {
            if (a === b) continue;
            const overlap = a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
            expect(overlap, `${view} ${size.width}×${size.height}: “${a.t.text}” and “${b.t.text}”`).toBe(false);
          }
        }
      }
    }
  });

  it('uses teal and orange only for craft and management, and neutrals for the arms', () => {
    for (const view of ['counts', 'summary'] as const) {
      const bars = laddersLayout(preset, view, { width: 560, height: 400 }).filter((m) => m.key.startsWith('bar-'));
      for (const b of bars) expect(b.className).toMatch(/^mark-arm-(today|chosen)$/);
    }
  });

  it('labels the count that follows from the structure as such, in the figure and the table', () => {
    const words = texts(laddersLayout(preset, 'counts', { width: 560, height: 400 })).map((t) => t.text).join(' ');
    expect(words).toMatch(/in craft seats \(by structure\)/);
    const rows = laddersTable(preset, 'counts').rows.map((r) => String(r[0]));
    expect(rows.some((r) => /follows from the structure/.test(r))).toBe(true);
    expect(rows.some((r) => /Craft seats \(a fact of the structure\)/.test(r))).toBe(true);
  });

  it('shows the split of the difference only when all four combinations are there', () => {
    const partial = { ...preset, combos: { 'linear-current': preset.combos['linear-current'] } };
    expect(isScenario(partial)).toBe(true);
    const words = texts(laddersLayout(partial, 'summary', { width: 560, height: 400 })).map((t) => t.text).join(' ');
    expect(words).toMatch(/Computing the other two combinations/);
    expect(texts(laddersLayout(preset, 'summary', { width: 560, height: 400 })).map((t) => t.text).join(' ')).toMatch(/parallel ladders/);
  });

  it('draws a reader’s scenario through the registry, and refuses a malformed one', () => {
    const mine = runScenario(parseSettings('rho=0.5&structure=linear&basis=purpose&rule=random&years=20&seed=9'), 3);
    expect(getChart('ladders').layout('your-settings', { width: 560, height: 400 }, mine).length).toBeGreaterThan(10);
    expect(isScenario({ ...mine, arms: { today: mine.arms.today } })).toBe(false);
    expect(isScenario({ ...mine, combos: { bogus: { efficiency: 1 } } })).toBe(false);
    expect(isScenario(JSON.parse(JSON.stringify(preset)))).toBe(true);
    expect(preset.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('wrapText(text, size, width) breaks between words only', () => {
    expect(wrapText('The essay’s proposal', 14, 100)).toEqual(['The essay’s', 'proposal']);
    expect(wrapText('Today', 14, 10)).toEqual(['Today']);
  });
});

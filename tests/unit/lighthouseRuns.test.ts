import { describe, expect, it } from 'vitest';
import { median, medianAudit } from '../../scripts/lib/lighthouseRuns.mjs';

const run = (performance: number, lcpMs: number, tbtMs: number, extra: Partial<Parameters<typeof medianAudit>[0][number]> = {}) => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs,
  cls: 0,
  tbtMs,
  fcpMs: lcpMs - 50,
  lcpElement: `element of the run scoring ${performance}`,
  lcpPath: `path of the run with LCP ${lcpMs}`,
  failing: performance < 98 ? ['total-blocking-time'] : [],
  ...extra,
});

describe('the bench’s Lighthouse runs', () => {
  it('takes the median of an odd and an even number of values, ignoring runs that measured nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5, 1])).toBe(3);
    expect(median([NaN])).toBeNaN();
  });

  it('reports each figure’s median with its range, not the last run', () => {
    const m = medianAudit([run(95, 1134, 254), run(99, 1110, 102), run(98, 1117, 163)]);
    expect(m).toMatchObject({ performance: 98, lcpMs: 1117, tbtMs: 163, fcpMs: 1067, cls: 0, accessibility: 100, runs: 3 });
    expect(m.range).toEqual({ performance: [95, 99], lcpMs: [1110, 1134], tbtMs: [102, 254], fcpMs: [1060, 1084] });
  });

  it('names the LCP element and the failing audits of the run whose score is the median', () => {
    const m = medianAudit([run(95, 1134, 254), run(99, 1110, 102), run(97, 1117, 163)]);
    expect(m.lcpElement).toBe('element of the run scoring 97');
    expect(m.failing).toEqual(['total-blocking-time']);
  });

  it('shows what the median LCP was made of: the path of the run whose LCP is nearest the median', () => {
    expect(medianAudit([run(95, 1134, 254), run(99, 1010, 102), run(97, 1117, 163)]).lcpPath).toBe('path of the run with LCP 1117');
    // Four runs: the median (1,060) falls between two of them, equally near; the first of those is shown.
    expect(medianAudit([run(99, 1000, 10), run(99, 1100, 10), run(98, 1300, 10), run(98, 1020, 10)]).lcpPath).toBe('path of the run with LCP 1100');
  });

  it('says a page was not measured when no run measured it, and keeps what one run measured', () => {
    const none = { performance: NaN, accessibility: NaN, bestPractices: NaN, seo: NaN, lcpMs: NaN, cls: NaN, tbtMs: NaN, fcpMs: NaN, lcpElement: 'not measured: NO_LCP', lcpPath: '', failing: [] };
    const m = medianAudit([none, none]);
    expect(m.performance).toBeNaN();
    expect(m.lcpElement).toBe('not measured: NO_LCP');
    expect(medianAudit([none, run(100, 900, 10)])).toMatchObject({ lcpMs: 900, lcpPath: 'path of the run with LCP 900' });
    expect(() => medianAudit([])).toThrow(/no runs/);
  });
});

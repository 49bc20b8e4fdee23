// @ts-check
/**
 * One figure from several Lighthouse runs of the same page (`npm run bench`).
 * A single run of Lighthouse's simulated mobile throttling varies more than
 * most changes do on this project's 2-core machine (the same build's essay:
 * TBT 91–254 ms, the guide's LCP 822–1,393 ms, on different runs), so the
 * bench runs the budgeted audit several times and reports the median of each
 * figure, with its range.
 */

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcpMs: number, cls: number, tbtMs: number, fcpMs: number, lcpElement: string, lcpPath: string, failing: string[] }} Audit
 * @typedef {Audit & { runs: number, range: Record<'performance' | 'lcpMs' | 'tbtMs' | 'fcpMs', [number, number]> }} MedianAudit
 */

/** The median of the numbers that were measured (NaN: a run that measured nothing); NaN if none was. */
export function median(/** @type {number[]} */ values) {
  const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? /** @type {number} */ (v[mid]) : (/** @type {number} */ (v[mid - 1]) + /** @type {number} */ (v[mid])) / 2;
}

/** The smallest and largest measured value (NaN, NaN if none was). */
function range(/** @type {number[]} */ values) {
  const v = values.filter((x) => !Number.isNaN(x));
  return /** @type {[number, number]} */ (v.length ? [Math.min(...v), Math.max(...v)] : [NaN, NaN]);
}

/** The run whose `key` is nearest `value` (the first such run; the first run if none measured it). */
function nearest(/** @type {Audit[]} */ runs, /** @type {'lcpMs'} */ key, /** @type {number} */ value) {
  const measured = runs.filter((r) => !Number.isNaN(r[key]));
  return measured.reduce((best, r) => (Math.abs(r[key] - value) < Math.abs(best[key] - value) ? r : best), measured[0] ?? /** @type {Audit} */ (runs[0]));
}

/**
 * The median of each figure over `runs`, and the range of the scores and timings. The LCP element and the
 * audits below 0.9 are those of the run whose performance score is the median's (the first such run); the
 * simulated LCP's path, that of the run whose LCP is nearest the median.
 * @param {Audit[]} runs
 * @returns {MedianAudit}
 */
export function medianAudit(runs) {
  if (!runs.length) throw new Error('medianAudit: no runs');
  const of = (/** @type {keyof Audit} */ key) => runs.map((r) => /** @type {number} */ (r[key]));
  const performance = median(of('performance'));
  const typical = runs.find((r) => r.performance === Math.round(performance)) ?? runs.find((r) => !Number.isNaN(r.performance)) ?? /** @type {Audit} */ (runs[0]);
  return {
    performance: Math.round(performance),
    accessibility: Math.round(median(of('accessibility'))),
    bestPractices: Math.round(median(of('bestPractices'))),
    seo: Math.round(median(of('seo'))),
    lcpMs: Math.round(median(of('lcpMs'))),
    cls: Number(median(of('cls')).toFixed(3)),
    tbtMs: Math.round(median(of('tbtMs'))),
    fcpMs: Math.round(median(of('fcpMs'))),
    lcpElement: typical.lcpElement,
    // What the median LCP was made of: the run whose LCP is nearest the median's.
    lcpPath: nearest(runs, 'lcpMs', median(of('lcpMs'))).lcpPath,
    failing: typical.failing,
    runs: runs.length,
    range: { performance: range(of('performance')), lcpMs: range(of('lcpMs')), tbtMs: range(of('tbtMs')), fcpMs: range(of('fcpMs')) },
  };
}

// @ts-check
/**
 * What Lighthouse's simulated LCP is made of (`npm run bench`). Lighthouse's
 * simulation (Lantern) estimates LCP from every request that ended before the
 * unthrottled page's largest paint and the main thread's tasks before it,
 * replayed on a slow phone's network and CPU; it keeps the timings of each
 * simulation, which the bench reads after a run. This sums them up in one
 * line: each request with its simulated start and end, then the main
 * thread's tasks together.
 */

/**
 * @typedef {{ kind: 'network', url: string, resourceType: string, start: number, end: number }} NetworkStep
 * @typedef {{ kind: 'cpu', start: number, end: number, observedMs: number }} CpuStep
 * @typedef {NetworkStep | CpuStep} PathStep
 */

/** "1,056": milliseconds as the bench prints them. */
const ms = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-GB');

/** A request's short name: the document's path, else the file's name (long hashed names cut; another host's named). */
function nameOf(/** @type {NetworkStep} */ step, /** @type {string} */ origin) {
  const kind = step.resourceType.toLowerCase() || 'request';
  let url;
  try {
    url = new URL(step.url);
  } catch {
    return `${kind} ${step.url.slice(0, 28)}`;
  }
  if (kind === 'document' && url.origin === origin) return `page ${url.pathname}`;
  const file = url.pathname.split('/').filter(Boolean).pop() ?? url.pathname;
  const short = file.length > 28 ? `${file.slice(0, 12)}…${file.slice(-12)}` : file;
  return `${kind} ${url.origin === origin ? '' : `${url.host}/`}${short}`;
}

/**
 * One line: the requests in the order they started (`page /x/ 0–753 · font a.woff2 753–1,056`), then the main
 * thread (`main thread 753–1,010, 4 tasks, 62 ms unthrottled`). '' for no steps.
 * @param {PathStep[]} steps
 * @param {string} origin the audited site's origin, left out of its own requests' names
 */
export function lcpPath(steps, origin) {
  const network = /** @type {NetworkStep[]} */ (steps.filter((s) => s.kind === 'network')).sort((a, b) => a.start - b.start || a.end - b.end);
  const cpu = /** @type {CpuStep[]} */ (steps.filter((s) => s.kind === 'cpu'));
  const parts = network.map((s) => `${nameOf(s, origin)} ${ms(s.start)}–${ms(s.end)}`);
  if (cpu.length) {
    const start = Math.min(...cpu.map((s) => s.start));
    const end = Math.max(...cpu.map((s) => s.end));
    const observed = cpu.reduce((sum, s) => sum + s.observedMs, 0);
    parts.push(`main thread ${ms(start)}–${ms(end)}, ${cpu.length} task${cpu.length === 1 ? '' : 's'}, ${ms(observed)} ms unthrottled`);
  }
  return parts.join(' · ');
}

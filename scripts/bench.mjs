// @ts-check
/**
 * `npm run bench`: builds the site, serves `dist/` on loopback, and reports
 * for each page type:
 *   - bytes of HTML, CSS, JS, fonts and images, raw and gzip, and requests,
 *     as a reader who scrolls to the end loads them (system Chromium);
 *   - Lighthouse (mobile, simulated throttling) scores and LCP, CLS, TBT,
 *     served gzip-compressed (the median of three runs, with their range;
 *     `--runs=N`), as any static host serves text
 *     (GitHub Pages, Netlify, nginx with gzip_static), and uncompressed, as
 *     the peers in shared/design/performance.md were measured;
 *   - the simulation: the paper's whole experiment (against a plain
 *     yardstick) and one interactive scenario (20 runs × 100 years per arm) in Node, the same scenario
 *     in the browser's Web Worker, and long tasks while a reader drags the
 *     skill-transfer slider.
 * It is a benchmark, not a test: it prints figures and never fails on them.
 * `--skip-build` reuses dist/; `--json` prints the results as JSON too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
// Lighthouse's own simulation module (the same instance Lighthouse runs): it keeps each simulation's node timings.
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { CHROME_ARGS, findChrome } from './lib/chrome.mjs';
import { lcpPath } from './lib/lcpPath.mjs';
import { median, medianAudit } from './lib/lighthouseRuns.mjs';
import { startStaticServer } from './lib/staticServer.mjs';

const args = new Set(process.argv.slice(2));
/**
 * The page types to measure: one URL each. Later page types add a line here.
 * `lighthousePath`, where Lighthouse needs another address for the same page:
 *   - the 404 page: Lighthouse refuses a document whose status is 404, so it
 *     audits the same file served with 200 (`/404.html`);
 *   - the deck: a slide that is a figure alone has no LCP candidate (Chrome
 *     counts no SVG text), so Lighthouse reports NO_LCP there; it audits the
 *     deck as a facilitator opens it, on its cover.
 */
const PAGES = [
  { name: 'essay', path: '' },
  { name: 'methods', path: 'methods/' },
  { name: '404', path: 'no-such-page', lighthousePath: '404.html' },
  { name: 'embed', path: 'embed/sarahs-week/' },
  { name: 'embed+sim', path: 'embed/ladders/your-settings/?rho=0.3&structure=linear' },
  { name: 'gallery', path: 'charts/ladders/' },
  { name: 'present', path: 'present/#sarah-new-week', lighthousePath: 'present/' },
  { name: 'guide', path: 'facilitator/' },
];
/** What the figures are judged against (flagged, never failed): one file, scripts/budgets.json. */
const BUDGETS = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
/** `--quick`: Lighthouse on the essay and an embed only, mobile only. */
const QUICK = args.has('--quick');
/**
 * Runs of the budgeted audit (mobile, served gzip) per page: the figures are their medians, with the range
 * (scripts/lib/lighthouseRuns.mjs). One run varied more than most changes do. `--runs=N` sets it.
 */
const RUNS = Math.max(1, Number([...args].find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? (QUICK ? 1 : 3)) || 1);

if (!args.has('--skip-build')) {
  console.log('▶ astro build');
  const built = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error('The build failed; nothing to measure.');
    process.exit(1);
  }
}

/** A copy of dist/ with a .gz beside every text file, served as a static host serves it. */
function precompressedCopy() {
  const root = '.bench/site';
  rmSync(root, { recursive: true, force: true });
  cpSync('dist', root, { recursive: true });
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(html|css|js|mjs|svg|json|xml|txt|csv|webmanifest)$/.test(entry.name)) {
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
      }
    }
  };
  walk(root);
  return root;
}

const chromePath = findChrome();
const server = await startStaticServer({ root: 'dist' });
const gzipServer = await startStaticServer({ root: precompressedCopy(), gzip: true });
const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1).padStart(7);

/** @param {string} type @param {string} url */
function kind(type, url) {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font' || /\.woff2?$/.test(url)) return 'fonts';
  if (type === 'image') return 'images';
  return 'other';
}

/**
 * Loads a page as a reader would (scrolling to the end) and sums what it fetched.
 * @param {string} url
 */
async function weigh(url) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  /** @type {Record<string, { raw: number, gzip: number, count: number }>} */
  const totals = {};
  const foreign = new Set();
  /** @type {Promise<void>[]} */
  const pending = [];
  page.on('response', (response) => {
    const req = response.request();
    if (!req.url().startsWith(server.origin)) {
      foreign.add(new URL(req.url()).host);
      return;
    }
    pending.push(
      response
        .body()
        .then((body) => {
          const k = kind(req.resourceType(), req.url());
          const t = (totals[k] ??= { raw: 0, gzip: 0, count: 0 });
          t.raw += body.length;
          t.gzip += gzipSync(body, { level: 9 }).length;
          t.count += 1;
        })
        .catch(() => {}),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // The page's CSS: inlined in its HTML by the build (build.inlineStylesheets), so counted there too; measured apart here.
  const inlineCss = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'));
  const css = { raw: Buffer.byteLength(inlineCss), gzip: gzipSync(inlineCss, { level: 9 }).length };
  // What the first screen cost, before the reader scrolls (lazy code comes later).
  const firstLoad = structuredClone(totals);
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  // What loads near the end (the explorable, its workers, the preset data) starts after the scroll.
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await browser.close();
  return { totals, firstLoad, inlineCss: css, foreign: [...foreign] };
}

/**
 * Scrolls through every scrolly block by wheel, as a reader would, and reports
 * frame intervals (requestAnimationFrame) and the long tasks while scrolling
 * (PerformanceObserver; the page's load is over before the first wheel), with
 * the CPU slowed `slowdown` times (DevTools' throttling: a mid-range phone is 4×).
 * @param {string} url
 * @param {number} slowdown
 */
async function scrollFrames(url, slowdown = 1) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS });
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000 * slowdown);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
    w.__frames = [];
    let last = performance.now();
    const tick = (/** @type {number} */ t) => {
      w.__frames.push(t - last);
      last = t;
      w.__raf = requestAnimationFrame(tick);
    };
    w.__raf = requestAnimationFrame(tick);
  });
  await page.mouse.move(200, 400);
  const end = await page.evaluate(() => (document.getElementById('stay-brilliant')?.getBoundingClientRect().top ?? 0) + scrollY);
  for (let y = 0; y < end; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(800);
  const result = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    cancelAnimationFrame(w.__raf);
    const frames = /** @type {number[]} */ (w.__frames.slice(1)).sort((a, b) => a - b);
    const pct = (/** @type {number} */ p) => frames[Math.min(frames.length - 1, Math.floor(frames.length * p))] ?? 0;
    return {
      frames: frames.length,
      medianFrameMs: Number(pct(0.5).toFixed(1)),
      p95FrameMs: Number(pct(0.95).toFixed(1)),
      // A frame that took longer than 1.5 frames of a 60 Hz screen: at least one frame dropped.
      droppedFrames: frames.filter((f) => f > 25).length,
      longTasks: w.__longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...w.__longTasks)),
    };
  });
  await browser.close();
  return { slowdown, ...result };
}

/** Median (of an even count, the mean of the middle two, as for Lighthouse's runs) and maximum of a list of numbers. */
function spread(/** @type {number[]} */ xs) {
  return { median: Number(median(xs).toFixed(2)), max: Number((xs.length ? Math.max(...xs) : NaN).toFixed(2)) };
}

/**
 * The simulation in Node (the TypeScript model loaded directly, as `npm run
 * experiment` does): the paper's experiment by the reference model, by our
 * extension reduced to it, and by a plain typed-array implementation (the
 * yardstick, scripts/lib/plainModel.mjs); one interactive scenario (the two
 * arms, then all four combinations), warm, over 30 settings; the Methods sweep.
 */
async function simulationInNode() {
  await import('./lib/tsHooks.mjs');
  const { experiment, HYPOTHESES, STRATEGIES } = await import('../src/data/simulation/pluchino.ts');
  const L = await import('../src/data/simulation/ladders.ts');
  const { runOutcome, runScenario, DEFAULT_SETTINGS, TODAY, PROPOSAL } = await import('../src/data/simulation/scenario.ts');
  const { sweep } = await import('../src/data/simulation/sweep.ts');
  const { plainGain } = await import('./lib/plainModel.mjs');
  /** @param {() => void} f */
  const seconds = (f) => {
    const started = performance.now();
    f();
    return Number(((performance.now() - started) / 1000).toFixed(2));
  };
  /** The paper's experiment through our extension, one skill, one ladder (it is the published model). */
  const laddersExperiment = () => {
    for (const hypothesis of HYPOTHESES)
      for (const strategy of STRATEGIES)
        for (let r = 0; r < 50; r++) {
          const org = L.createLadders(1 + r, { structure: 'linear', basis: 'current', skills: 'one', rho: 1, hypothesis, strategy, initialAges: 'paper' });
          for (let t = 1; t <= 1000; t++) {
            L.laddersStep(org);
            if (t > 600) L.laddersEfficiency(org);
          }
        }
  };
  const plainExperiment = () => {
    for (const h of HYPOTHESES) for (const s of STRATEGIES) plainGain(h, s, 50, 1000, 1);
  };
  // Each twice, alternating; the second (warm) run counts.
  /** @type {Record<string, number>} */
  const experimentSeconds = {};
  for (let round = 0; round < 2; round++) {
    experimentSeconds.reference = seconds(() => experiment({ runs: 50, years: 1000, seed: 1 }));
    experimentSeconds.extension = seconds(laddersExperiment);
    experimentSeconds.plain = seconds(plainExperiment);
  }
  for (let i = 0; i < 5; i++) runScenario({ ...DEFAULT_SETTINGS, years: 100 });
  /** @type {number[]} */
  const arms = [];
  /** @type {number[]} */
  const full = [];
  for (let i = 0; i < 30; i++) {
    const settings = { ...DEFAULT_SETTINGS, years: 100, rho: (i % 21) / 20, seed: 100 + i };
    let started = performance.now();
    runOutcome(settings, TODAY, 20, { withPeople: true });
    runOutcome(settings, PROPOSAL, 20, { withPeople: true });
    arms.push(performance.now() - started);
    started = performance.now();
    runScenario(settings);
    full.push(performance.now() - started);
  }
  const sweepSeconds = seconds(() => sweep());
  return { experimentSeconds, armsMs: spread(arms), fullMs: spread(full), sweepSeconds };
}

/**
 * The explorable in Chromium: the worker's compute time for one interactive
 * scenario (100 years) over 20 settings, and long tasks on the page while
 * the skill-transfer slider is dragged end to end.
 * @param {string} url
 */
async function simulationInBrowser(url) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
    await page.goto(`${url}?years=100#try-it`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('[data-explorer]')?.getAttribute('data-explorer') === 'ready');
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__ms = [];
      w.__arms = [];
      const section = document.querySelector('[data-explorer]');
      section?.addEventListener('explorerarms', (e) => w.__arms.push(/** @type {any} */ (e).detail));
      section?.addEventListener('explorerresult', () => w.__ms.push(w.__arms[w.__arms.length - 1]));
    });
    const rho = page.locator('#explorer-rho');
    await rho.focus();
    const results = () => page.evaluate(() => /** @type {number} */ (/** @type {any} */ (window).__ms.length));
    // One key press at a time, each waited for: every press is one scenario
    // computed (0 → 1 in steps of 0.05, then back down). The first ten warm
    // the JavaScript engine; the last twenty count.
    for (const key of ['Home', ...Array(20).fill('ArrowRight'), ...Array(10).fill('ArrowLeft')]) {
      const before = await results();
      await page.keyboard.press(key);
      await page.waitForFunction((n) => /** @type {any} */ (window).__ms.length > n, before);
    }
    const all = /** @type {{ workerMs: number, armsMs: number }[]} */ (await page.evaluate(() => /** @type {any} */ (window).__ms));
    const counted = all.slice(-20);
    const workerMs = counted.map((x) => x.workerMs);
    const armsMs = counted.map((x) => x.armsMs);
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    });
    const box = await rho.boundingBox();
    if (!box) throw new Error('slider not laid out');
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i <= 60; i++) {
      await page.mouse.move(box.x + 4 + ((box.width - 8) * (i % 31)) / 30, box.y + box.height / 2);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(500);
    const longTasks = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).__long));
    return {
      workerMs: spread(workerMs),
      armsMs: spread(armsMs),
      firstMs: Number((all[0]?.armsMs ?? NaN).toFixed(1)),
      samples: counted.length,
      dragLongTasks: longTasks.length,
      longestMs: Math.round(Math.max(0, ...longTasks)),
    };
  } finally {
    await browser.close();
  }
}

/**
 * The selector of the element Lighthouse took as the largest contentful paint.
 * @param {Record<string, { details?: unknown }>} audits
 */
function lcpElement(audits) {
  const details = /** @type {any} */ (audits['largest-contentful-paint-element']?.details);
  const item = details?.items?.[0]?.items?.[0] ?? details?.items?.[0];
  return item?.node?.selector ?? item?.node?.snippet ?? 'unknown';
}

/**
 * The requests and tasks of the last run's simulated LCP, in one line (scripts/lib/lcpPath.mjs): the pessimistic
 * one of Lighthouse's two estimates (it averages them), which holds every request the page made before its largest
 * paint. '' if the run simulated none.
 * @param {string} url the audited page
 */
function simulatedLcpPath(url) {
  const timings = Lantern.Simulation.Simulator.allNodeTimings.get('pessimisticLargestContentfulPaint');
  if (!timings) return '';
  /** @type {import('./lib/lcpPath.mjs').PathStep[]} */
  const steps = [...timings.entries()].map(([node, t]) =>
    node.type === 'network'
      ? { kind: 'network', url: node.request.url, resourceType: String(node.request.resourceType ?? ''), start: t.startTime, end: t.endTime }
      : { kind: 'cpu', start: t.startTime, end: t.endTime, observedMs: (node.endTime - node.startTime) / 1000 },
  );
  return lcpPath(steps, new URL(url).origin);
}

/**
 * Runs Lighthouse on the system Chromium: mobile (its defaults: a mid-range
 * phone, simulated slow 4G, 4× CPU) or desktop (its desktop configuration).
 * @param {string} url
 * @param {'mobile' | 'desktop'} formFactor
 */
async function audit(url, formFactor = 'mobile') {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
  Lantern.Simulation.Simulator.allNodeTimings.clear();
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits, runtimeError } = result.lhr;
    // Lighthouse could not measure the page (it refuses a 404 status; NO_LCP when it saw no contentful paint it
    // could attribute): say so, rather than report scores of 0.
    if (runtimeError) {
      return { performance: NaN, accessibility: NaN, bestPractices: NaN, seo: NaN, lcpMs: NaN, cls: NaN, tbtMs: NaN, fcpMs: NaN, lcpElement: `not measured: ${runtimeError.code}`, lcpPath: '', failing: [] };
    }
    const score = (/** @type {string} */ id) => (categories[id]?.score === null || categories[id]?.score === undefined ? NaN : Math.round(categories[id].score * 100));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
      lcpElement: lcpElement(audits),
      lcpPath: simulatedLcpPath(url),
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id),
    };
  } finally {
    chrome.kill();
  }
}

const results = [];
/** @type {Awaited<ReturnType<typeof scrollFrames>>[]} */
const scroll = [];
/** @type {Awaited<ReturnType<typeof simulationInNode>> | undefined} */
let simNode;
/** @type {Awaited<ReturnType<typeof simulationInBrowser>> | undefined} */
let simBrowser;
try {
  for (const slowdown of [1, 4]) scroll.push(await scrollFrames(server.url, slowdown));
  simBrowser = await simulationInBrowser(server.url);
  simNode = await simulationInNode();
  for (const { name, path, lighthousePath = path } of PAGES) {
    const url = `${server.url}${path}`;
    const weight = await weigh(url);
    /** @type {Record<string, Awaited<ReturnType<typeof audit>> & Partial<Pick<import('./lib/lighthouseRuns.mjs').MedianAudit, 'runs' | 'range'>>>} */
    const lighthouse = {};
    if (!QUICK || name === 'essay' || name === 'embed') {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(`${gzipServer.url}${lighthousePath}`));
      lighthouse['mobile gzip'] = medianAudit(runs);
      lighthouse['mobile raw'] = await audit(`${server.url}${lighthousePath}`);
      if (!QUICK) {
        lighthouse['desktop gzip'] = await audit(`${gzipServer.url}${lighthousePath}`, 'desktop');
        lighthouse['desktop raw'] = await audit(`${server.url}${lighthousePath}`, 'desktop');
      }
    }
    results.push({ page: name, url: `/${path}`, ...(lighthousePath === path ? {} : { lighthouseUrl: `/${lighthousePath}` }), ...weight, lighthouse });
  }
} finally {
  await server.close();
  await gzipServer.close();
}

console.log('\nBytes a reader loads (scrolling to the end; first load = before any scrolling), KB');
console.log('page      type       requests      raw     gzip  first load gzip');
for (const r of results) {
  let all = { raw: 0, gzip: 0, count: 0, first: 0 };
  for (const k of ['html', 'css', 'js', 'fonts', 'images', 'other']) {
    const t = r.totals[k] ?? { raw: 0, gzip: 0, count: 0 };
    const first = r.firstLoad[k]?.gzip ?? 0;
    all = { raw: all.raw + t.raw, gzip: all.gzip + t.gzip, count: all.count + t.count, first: all.first + first };
    console.log(`${r.page.padEnd(9)} ${k.padEnd(10)} ${String(t.count).padStart(8)} ${kb(t.raw)}  ${kb(t.gzip)}  ${kb(first)}`);
  }
  console.log(`${r.page.padEnd(9)} ${'total'.padEnd(10)} ${String(all.count).padStart(8)} ${kb(all.raw)}  ${kb(all.gzip)}  ${kb(all.first)}`);
  console.log(`${r.page.padEnd(9)} other hosts contacted: ${r.foreign.length ? r.foreign.join(', ') : 'none'}`);
}
console.log('\nLighthouse (simulated throttling; gzip = served compressed, as static hosts serve; raw = uncompressed, as the peers were measured)');
console.log('page      run           perf  a11y  best-pr  seo    LCP ms    CLS   TBT ms  FCP ms');
for (const r of results) {
  if (r.lighthouseUrl && Object.keys(r.lighthouse).length) console.log(`${r.page.padEnd(9)} (Lighthouse audits ${r.lighthouseUrl}: see PAGES in scripts/bench.mjs)`);
  for (const [served, l] of Object.entries(r.lighthouse)) {
  console.log(
    `${r.page.padEnd(9)} ${served.padEnd(12)} ${String(l.performance).padStart(4)}  ${String(l.accessibility).padStart(4)}  ${String(l.bestPractices).padStart(7)}  ${String(l.seo).padStart(3)}  ${String(l.lcpMs).padStart(8)}  ${(Number.isNaN(l.cls) ? '—' : l.cls.toFixed(3)).padStart(5)}  ${String(l.tbtMs).padStart(7)}  ${String(l.fcpMs).padStart(6)}`,
  );
  if (l.range && l.runs && l.runs > 1) {
    const span = (/** @type {[number, number]} */ [a, b]) => (a === b ? String(a) : `${a}–${b}`);
    console.log(`          median of ${l.runs} runs; perf ${span(l.range.performance)}, LCP ${span(l.range.lcpMs)} ms, TBT ${span(l.range.tbtMs)} ms, FCP ${span(l.range.fcpMs)} ms`);
  }
  console.log(`          LCP element: ${l.lcpElement}`);
  if (l.lcpPath) console.log(`          LCP as simulated (requests, then the main thread; ms): ${l.lcpPath}`);
  if (l.failing.length) console.log(`          audits below 0.9: ${l.failing.join(', ')}`);
  }
}
if (scroll.length) {
  console.log('\nScripted scroll by wheel through every scrolly block (412×823, animations on; long tasks while scrolling)');
  for (const s of scroll) {
    console.log(
      `CPU ${s.slowdown}× slower: frames ${s.frames}, median frame ${s.medianFrameMs} ms, p95 frame ${s.p95FrameMs} ms, frames over 25 ms (dropped) ${s.droppedFrames}, long tasks ${s.longTasks} (longest ${s.longestTaskMs} ms)`,
    );
  }
}
if (simNode && simBrowser) {
  console.log('\nSimulation (src/data/simulation/)');
  const e = simNode.experimentSeconds;
  console.log(`paper's experiment, 400 runs × 1,000 years (Node ${process.version}, warm): reference model ${e.reference} s, our extension reduced to it ${e.extension} s, plain typed-array yardstick ${e.plain} s`);
  console.log(`one interactive scenario, 20 runs × 100 years per combination (Node, 30 settings, warm): the two arms median ${simNode.armsMs.median} ms (max ${simNode.armsMs.max}); all four combinations median ${simNode.fullMs.median} ms (max ${simNode.fullMs.max})`);
  console.log(`the Methods sweep (176 cells × 20 runs × 100 years): ${simNode.sweepSeconds} s`);
  console.log(
    `in the page (Chromium, two Web Workers, the page redrawing): the two arms answer in median ${simBrowser.armsMs.median} ms, max ${simBrowser.armsMs.max} ms from asking to having both (computing: median ${simBrowser.workerMs.median} ms, max ${simBrowser.workerMs.max} ms; last ${simBrowser.samples} of 31 slider steps; first ${simBrowser.firstMs} ms)`,
  );
  console.log(`dragging the skill-transfer slider end to end twice: ${simBrowser.dragLongTasks} long tasks (longest ${simBrowser.longestMs} ms)`);
}
// Budgets (scripts/budgets.json): flagged, never failed.
/** @type {{ what: string, value: number | null, budget: number, over: boolean, unit: string }[]} */
const checks = [];
const check = (/** @type {string} */ what, /** @type {number | null | undefined} */ value, /** @type {number} */ budget, /** @type {'max' | 'min'} */ kind, unit = '') => {
  const v = value === undefined || value === null || Number.isNaN(value) ? null : value;
  checks.push({ what, value: v, budget, over: v === null ? false : kind === 'max' ? v > budget : v < budget, unit });
};
const K = (/** @type {number} */ bytes) => Number((bytes / 1024).toFixed(1));
/** Budgets a page is exempt from, with the reason (scripts/budgets.json), printed under the checks. */
const notJudged = new Set();
for (const r of results) {
  const own = { ...BUDGETS.pages['*'], ...(BUDGETS.pages[r.page] ?? {}) };
  if (own.cssGzipKB !== undefined) check(`${r.page}: CSS (gzip)`, K(r.inlineCss.gzip), own.cssGzipKB, 'max', ' KB');
  if (own.firstLoadJsGzipKB !== undefined) check(`${r.page}: JS on first load (gzip)`, K(r.firstLoad.js?.gzip ?? 0), own.firstLoadJsGzipKB, 'max', ' KB');
  if (own.jsGzipKB !== undefined) check(`${r.page}: JS (gzip)`, K(r.totals.js?.gzip ?? 0), own.jsGzipKB, 'max', ' KB');
  if (own.htmlGzipKB !== undefined) check(`${r.page}: HTML (gzip)`, K(r.totals.html?.gzip ?? 0), own.htmlGzipKB, 'max', ' KB');
  for (const [run, l] of Object.entries(r.lighthouse)) {
    if (!run.endsWith('gzip')) continue;
    const L = BUDGETS.lighthouse;
    check(`${r.page}, ${run}: performance`, l.performance, L.performance, 'min');
    check(`${r.page}, ${run}: accessibility`, l.accessibility, L.accessibility, 'min');
    check(`${r.page}, ${run}: best practices`, l.bestPractices, L.bestPractices, 'min');
    if (own.seoNotJudged) notJudged.add(`${r.page}: SEO, because ${own.seoNotJudged}`);
    else check(`${r.page}, ${run}: SEO`, l.seo, L.seo, 'min');
    check(`${r.page}, ${run}: LCP`, l.lcpMs, L.lcpMs, 'max', ' ms');
    check(`${r.page}, ${run}: CLS`, l.cls, L.cls, 'max');
    check(`${r.page}, ${run}: TBT`, l.tbtMs, L.tbtMs, 'max', ' ms');
  }
}
const slow = scroll.find((s) => s.slowdown === 4);
if (slow) check('scripted scroll at 4× CPU: long tasks', slow.longTasks, BUDGETS.scroll.longTasksAt4x, 'max');
const lastTest = (() => {
  try {
    return JSON.parse(readFileSync('test-results/summary.json', 'utf8'));
  } catch {
    return null;
  }
})();
check(`npm test wall time${lastTest ? ` (last run, ${lastTest.finished})` : ' (no run recorded in test-results/)'}`, lastTest ? Number((lastTest.seconds / 60).toFixed(1)) : null, BUDGETS.npmTestMinutes, 'max', ' min');
console.log('\nBudgets (scripts/budgets.json; flagged, never failed)');
for (const c of checks) {
  const mark = c.value === null ? ' ?  ' : c.over ? 'OVER' : ' ok ';
  console.log(`${mark}  ${c.what}: ${c.value ?? 'not measured'}${c.value === null ? '' : c.unit} (budget ${c.budget}${c.unit})`);
}
for (const n of notJudged) console.log(` n/a  ${n}`);
const over = checks.filter((c) => c.over);
console.log(over.length ? `${over.length} of ${checks.length} over budget.` : `All ${checks.length} within budget.`);

if (args.has('--json')) console.log(JSON.stringify({ pages: results, scroll, simulation: { node: simNode, browser: simBrowser }, budgets: checks }, null, 2));

// @ts-check
/**
 * `npm test`: everything, in the order a failure is cheapest to find.
 *   1. type check (`astro check`)
 *   2. unit tests (Vitest, project "unit")
 *   3. production build (`astro build`), and the same under a sub-path (dist-subpath/)
 *   4. browser tests in the system Chromium against the built site (project "browser")
 * Ends with one line, `N passed, N failed`, counting every test and every
 * non-test stage (check, build) as one. Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const REPORTS = 'test-results';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** @type {{ name: string, cmd: string[], report?: string, quiet?: boolean, env?: Record<string, string> }[]} */
const stages = [
  { name: 'type check', cmd: ['astro', 'check'] },
  { name: 'unit tests', cmd: ['vitest', 'run', '--project', 'unit'], report: `${REPORTS}/unit.json` },
  // A clean build prints no warning: one nobody acts on hides the next that matters.
  { name: 'build', cmd: ['astro', 'build'], quiet: true },
  // The same site under a sub-path, for the crawl (tests/browser/crawl.test.ts): every link and asset must follow BASE_PATH.
  { name: 'sub-path build', cmd: ['astro', 'build', '--outDir', 'dist-subpath'], quiet: true, env: { BASE_PATH: '/wiki/expertise' } },
  { name: 'browser tests', cmd: ['vitest', 'run', '--project', 'browser'], report: `${REPORTS}/browser.json` },
];

// The tests build for this machine, saying so (a build without SITE warns that it names localhost).
const env = { ...process.env, SITE: process.env.SITE ?? 'http://localhost:4321' };

let passed = 0;
let failed = 0;
const began = Date.now();
for (const stage of stages) {
  const args = stage.report
    ? [...stage.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${stage.report}`]
    : stage.cmd;
  console.log(`\n▶ ${stage.name}: ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(args[0] ?? '', args.slice(1), {
    stdio: stage.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    shell: false,
    env: { ...env, ...stage.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let ok = result.status === 0;
  if (stage.quiet) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    // eslint-disable-next-line no-control-regex
    const plain = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
    const warnings = plain.split('\n').filter((line) => /\[(WARN|ERROR)\]/.test(line));
    if (warnings.length) {
      ok = false;
      console.log(`The ${stage.name} printed ${warnings.length} warning(s); a clean ${stage.name} prints none:\n  ${warnings.join('\n  ')}`);
    }
  }
  console.log(`${ok ? '✔' : '✘'} ${stage.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (stage.report && existsSync(stage.report)) {
    const json = JSON.parse(readFileSync(stage.report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += (json.numFailedTests ?? 0) + (ok || json.numFailedTests ? 0 : 1);
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  // A failed build leaves nothing to test in a browser; stop there.
  if (!ok && (stage.name === 'build' || stage.name === 'type check')) {
    console.log(`Stopping: the ${stage.name} failed.`);
    break;
  }
}
const seconds = Math.round((Date.now() - began) / 1000);
// For `npm run bench`, which reports the suite's wall time against its budget.
writeFileSync(`${REPORTS}/summary.json`, `${JSON.stringify({ passed, failed, seconds, finished: new Date().toISOString() }, null, 2)}\n`);
console.log(`\n${passed} passed, ${failed} failed (${Math.floor(seconds / 60)} min ${seconds % 60} s)`);
process.exit(failed ? 1 : 0);

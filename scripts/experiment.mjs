#!/usr/bin/env node
// @ts-check
/**
 * `npm run experiment`: reproduces Pluchino, Rapisarda & Garofalo (Physica A
 * 389, 2010): 2 competence hypotheses × 4 promotion strategies × 50 runs ×
 * 1,000 years, and prints the efficiency gains this implementation measures
 * beside the paper's published values, the initial efficiency and the time
 * taken. `--runs N`, `--years N`, `--seed N` change the experiment.
 *
 * `npm run experiment -- --ladders`: the sweep of our extension behind the
 * Methods page (every structure × basis × strategy over the skill transfer ρ
 * from 0 to 1, 20 runs × 100 years from seed 2024), one line per cell.
 *
 * `--json` prints either as JSON: for `--ladders`, one record per structure,
 * basis, strategy and ρ with its measures, the same grid as the Methods page.
 */
import './lib/tsHooks.mjs';

const args = process.argv.slice(2);
/** @param {string} name @param {number} fallback */
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
  return n;
};
const json = args.includes('--json');

if (args.includes('--ladders')) {
  const { sweep, SWEEP } = await import('../src/data/simulation/sweep.ts');
  const runs = opt('runs', SWEEP.runs);
  const years = opt('years', SWEEP.years);
  const seed = opt('seed', SWEEP.seed);
  const started = performance.now();
  const records = sweep({ runs, years, seed });
  const seconds = (performance.now() - started) / 1000;
  if (json) {
    console.log(JSON.stringify({ model: 'ladders (ours; see /methods/)', runs, years, seed, seconds: Number(seconds.toFixed(3)), records }, null, 2));
  } else {
    console.log(`Our extension, swept: ${records.length} cells, ${runs} runs × ${years} years each, seeds ${seed}…${seed + runs - 1}`);
    console.log('structure  basis    strategy  rho   efficiency  leadership  brilliant(all)  brilliant(craft seats)  dismissed/yr');
    for (const r of records) {
      console.log(
        `${r.structure.padEnd(11)}${r.basis.padEnd(9)}${r.strategy.padEnd(10)}${r.rho.toFixed(1).padEnd(6)}${r.efficiency.toFixed(2).padStart(10)}${r.leadership.toFixed(2).padStart(12)}${r.brilliantAll.toFixed(1).padStart(16)}${r.brilliantCraft.toFixed(1).padStart(24)}${r.dismissed.toFixed(2).padStart(14)}`,
      );
    }
    console.log(`time: ${seconds.toFixed(2)} s`);
  }
} else {
  const { experiment, HYPOTHESES, STRATEGIES } = await import('../src/data/simulation/pluchino.ts');
  const { PAPER_TABLE } = await import('../src/data/simulation/paperTable.ts');
  const runs = opt('runs', 50);
  const years = opt('years', 1000);
  const seed = opt('seed', 1);
  const started = performance.now();
  const result = experiment({ runs, years, seed });
  const seconds = (performance.now() - started) / 1000;
  /** @param {number} x */
  const signed = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  if (json) {
    console.log(JSON.stringify({ ...result, seed, seconds: Number(seconds.toFixed(3)), paper: PAPER_TABLE }, null, 2));
  } else {
    console.log(`Pluchino, Rapisarda & Garofalo (2010), reproduced: ${runs} runs × ${years} years per cell, seeds ${seed}…${seed + runs - 1}`);
    console.log(`initial efficiency: ${result.initial.toFixed(2)}% (the paper: ${PAPER_TABLE.initial.toFixed(2)}%)`);
    console.log('gain of the asymptotic efficiency (mean of the last 400 years) over the initial, in points: ours (relative) | the paper');
    console.log(`${'strategy'.padEnd(10)}${HYPOTHESES.map((h) => h.padStart(30)).join('')}`);
    for (const s of STRATEGIES) {
      console.log(
        `${s.padEnd(10)}${HYPOTHESES.map((h) => `${signed(result.gain[h][s])} (${signed(result.relativeGain[h][s]).replace(/(\.\d)\d$/, '$1')}%) | ${signed(PAPER_TABLE.gain[h][s]).replace(/0$/, '')}`.padStart(30)).join('')}`,
      );
    }
    console.log(`time: ${seconds.toFixed(2)} s (${2 * 4 * runs} runs)`);
  }
}

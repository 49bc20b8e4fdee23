#!/usr/bin/env node
// @ts-nocheck
/**
 * `npm run experiment`: reproduces Pluchino, Rapisarda & Garofalo (Physica A
 * 389, 2010): 2 competence hypotheses × 4 promotion strategies × 50 runs ×
 * 1,000 years, and prints the efficiency gains this implementation measures,
 * the initial efficiency and the time taken. `--json` prints the same as JSON;
 * `--runs N`, `--years N`, `--seed N` change the experiment.
 */
import { createServer } from 'vite';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = opt('runs', 50);
const years = opt('years', 1000);
const seed = opt('seed', 1);

// Vite's module runner loads the TypeScript model as the site does.
const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'silent', configFile: false });
try {
  const { experiment, HYPOTHESES, STRATEGIES } = await vite.ssrLoadModule('/src/data/simulation/pluchino.ts');
  const started = performance.now();
  const result = experiment({ runs, years, seed });
  const seconds = (performance.now() - started) / 1000;
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...result, seed, seconds: Number(seconds.toFixed(3)) }, null, 2));
  } else {
    console.log(`Pluchino, Rapisarda & Garofalo (2010), reproduced: ${runs} runs × ${years} years per cell, seeds ${seed}…${seed + runs - 1}`);
    console.log(`initial efficiency: ${result.initial.toFixed(2)}%`);
    console.log('gain of the asymptotic efficiency (mean of the last 400 years) over the initial, in points (relative in brackets)');
    console.log(`${'strategy'.padEnd(10)}${HYPOTHESES.map((h) => h.padStart(22)).join('')}`);
    for (const s of STRATEGIES) {
      console.log(
        `${s.padEnd(10)}${HYPOTHESES.map((h) => `${result.gain[h][s] >= 0 ? '+' : ''}${result.gain[h][s].toFixed(2)} (${result.relativeGain[h][s] >= 0 ? '+' : ''}${result.relativeGain[h][s].toFixed(1)}%)`.padStart(22)).join('')}`,
      );
    }
    console.log(`time: ${seconds.toFixed(2)} s (${2 * 4 * runs} runs)`);
  }
} finally {
  await vite.close();
}

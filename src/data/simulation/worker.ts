/**
 * The simulation's Web Worker: runs a reader's scenario off the main thread,
 * so a slider never freezes the page. The page starts two, one per structure
 * (linear progression, parallel tracks), and asks both at once: a scenario
 * answers in the time of one half.
 *
 * Accepts only `{ type: 'run', id, structure, settings }`; the settings are
 * re-read through the same parser as the URL (clamped, defaulted), so a
 * malformed message computes the default scenario or nothing, never throws.
 */
import type { Structure } from './ladders';
import { parseSettings, RUNS, runOutcome, type Outcome, type Settings } from './scenario';

export interface RunRequest {
  type: 'run';
  id: number;
  structure: Structure;
  settings: { rho: unknown; rule: unknown; years: unknown; seed: unknown };
}
export interface RunResponse {
  type: 'result';
  id: number;
  structure: Structure;
  /** The settings as the worker read them. */
  settings: Settings;
  runs: number;
  outcome: Outcome;
  /** Time the computation took in the worker, in ms. */
  ms: number;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: RunResponse): void;
};

function isRequest(data: unknown): data is RunRequest {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === 'run' &&
    Number.isSafeInteger(d.id) &&
    (d.structure === 'linear' || d.structure === 'parallel') &&
    !!d.settings &&
    typeof d.settings === 'object'
  );
}

// Warm the engine's compiler on full-size scenarios before the reader moves
// anything, so the first answer is as quick as the rest.
for (let i = 0; i < 3; i++) {
  runOutcome(parseSettings(`years=100&seed=${i + 1}`), 'linear');
  runOutcome(parseSettings(`years=100&seed=${i + 1}`), 'parallel');
}

scope.onmessage = (event) => {
  if (!isRequest(event.data)) return;
  const raw = event.data.settings;
  const params = new URLSearchParams();
  for (const key of ['rho', 'rule', 'years', 'seed'] as const) {
    const v = raw[key];
    if (typeof v === 'number' || typeof v === 'string') params.set(key, String(v));
  }
  const settings = parseSettings(params);
  const started = performance.now();
  const outcome = runOutcome(settings, event.data.structure, RUNS);
  scope.postMessage({ type: 'result', id: event.data.id, structure: event.data.structure, settings, runs: RUNS, outcome, ms: performance.now() - started });
};

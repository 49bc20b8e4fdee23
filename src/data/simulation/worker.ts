/**
 * The simulation's Web Worker: runs a reader's scenario off the main thread,
 * so a slider never freezes the page. The page starts two and asks each for
 * combinations of structure × basis in turn: the two arms it draws first,
 * then the other two for the table (src/explorable/laddersExplorer.ts).
 *
 * Accepts only `{ type: 'run', id, combo, people, settings }`; the settings
 * are re-read through the same parser as the URL (clamped, defaulted), so a
 * malformed message computes the default scenario or nothing, never throws.
 */
import { COMBOS, parseSettings, RUNS, runOutcome, SETTINGS_KEYS, type Combo, type Outcome, type Settings } from './scenario';

export interface RunRequest {
  type: 'run';
  id: number;
  combo: Combo;
  /** Whether to send the first run's people (the arms drawn as people). */
  people: boolean;
  /** URL-style values, keyed as in the address (`rule` is the strategy). */
  settings: Partial<Record<(typeof SETTINGS_KEYS)[number], string | number>>;
}
export interface RunResponse {
  type: 'result';
  id: number;
  combo: Combo;
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

function readRequest(data: unknown): { id: number; combo: Combo; people: boolean; settings: Settings } | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const combo = COMBOS.find((c) => c === d.combo);
  if (d.type !== 'run' || !Number.isSafeInteger(d.id) || !combo || !d.settings || typeof d.settings !== 'object') return null;
  const raw = d.settings as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const key of SETTINGS_KEYS) {
    const v = raw[key];
    if (typeof v === 'number' || typeof v === 'string') params.set(key, String(v));
  }
  return { id: d.id as number, combo, people: d.people === true, settings: parseSettings(params) };
}

// Warm the engine's compiler on full-size scenarios before the reader moves
// anything, so the first answer is as quick as the rest.
for (let i = 0; i < 2; i++) for (const c of COMBOS) runOutcome(parseSettings(`years=100&seed=${i + 1}`), c);

scope.onmessage = (event) => {
  const request = readRequest(event.data);
  if (!request) return;
  const started = performance.now();
  const outcome = runOutcome(request.settings, request.combo, RUNS, { withPeople: request.people });
  scope.postMessage({ type: 'result', id: request.id, combo: request.combo, settings: request.settings, runs: RUNS, outcome, ms: performance.now() - started });
};

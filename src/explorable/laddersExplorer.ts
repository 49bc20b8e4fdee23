/**
 * The explorable's client: reads the reader's settings (from the controls,
 * or from the URL a facilitator shared), asks the simulation's Web Worker for
 * the scenario, and redraws the two figures, the data table, the sentence
 * announced to screen readers and the shareable link.
 *
 * While a slider is dragged, only the newest settings are computed (one
 * request in flight, the latest one waiting) and the figures redraw without
 * animation; a settled change animates under full motion.
 */
import { laddersLayout, describeSettings, type LaddersView } from '../charts/ladders/layout';
import { laddersTable } from '../charts/ladders/index';
import { renderMarks, TRANSITION_MS } from '../charts/render';
import type { RunRequest, RunResponse } from '../data/simulation/worker';
import {
  DEFAULT_SETTINGS,
  LIMITS,
  parseSettings,
  settingsToParams,
  summarise,
  type ScenarioResult,
  type Settings,
} from '../data/simulation/scenario';
import { explorerSentence } from './explorerText';

const KEYS = ['rho', 'rule', 'years', 'seed'] as const;

/** True when the address names a scenario (any of its settings). */
export function urlHasScenario(search: string): boolean {
  const p = new URLSearchParams(search);
  return KEYS.some((k) => p.has(k));
}

function sameSettings(a: Settings, b: Settings): boolean {
  return a.rho === b.rho && a.rule === b.rule && a.years === b.years && a.seed === b.seed;
}

export function startExplorer(): void {
  const section = document.querySelector<HTMLElement>('[data-explorer]');
  const form = section?.querySelector<HTMLFormElement>('[data-explorer-form]');
  if (!section || !form || section.dataset.explorer === 'ready') return;
  const rho = form.elements.namedItem('rho') as HTMLInputElement;
  const rule = form.elements.namedItem('rule') as HTMLSelectElement;
  const years = form.elements.namedItem('years') as HTMLInputElement;
  const out = (name: string) => form.querySelector<HTMLOutputElement>(`[data-out="${name}"]`);
  const status = section.querySelector<HTMLElement>('[data-explorer-status]');
  const link = section.querySelector<HTMLAnchorElement>('[data-explorer-link]');
  const frames = [...section.querySelectorAll<HTMLElement>('[data-explorer-frame]')];
  const tableHost = section.querySelector<HTMLElement>('[data-explorer-table]');

  let settings: Settings = urlHasScenario(location.search) ? parseSettings(location.search) : { ...DEFAULT_SETTINGS };
  let shown: ScenarioResult | null = null;
  let nextId = 1;
  let inFlight: number | null = null;
  let waiting: { settings: Settings; animate: boolean } | null = null;
  let announceTimer = 0;
  /** Whether the request in flight should animate when it lands. */
  let pendingAnimate = false;

  // Two workers, one per structure, asked at once: a scenario answers in the time of one half.
  const structures = ['linear', 'parallel'] as const;
  const workers = structures.map(
    (structure) => new Worker(new URL('../data/simulation/worker.ts', import.meta.url), { type: 'module', name: `simulation-${structure}` }),
  );
  /** The halves of the answer in flight that have arrived. */
  let halves: Partial<Record<(typeof structures)[number], RunResponse>> = {};

  const controlsFrom = (s: Settings) => {
    rho.value = String(s.rho);
    rule.value = s.rule;
    years.value = String(s.years);
    const r = out('rho');
    if (r) r.value = s.rho.toFixed(2);
    const y = out('years');
    if (y) y.value = String(s.years);
  };

  const settingsFromControls = (): Settings =>
    parseSettings(new URLSearchParams({ rho: rho.value, rule: rule.value, years: years.value, seed: String(settings.seed) }));

  const draw = (result: ScenarioResult, animate: boolean) => {
    const duration = animate && document.documentElement.dataset.motion !== 'reduce' && !document.hidden ? TRANSITION_MS / 2 : 0;
    for (const frame of frames) {
      const svg = frame.querySelector<SVGSVGElement>('svg');
      const size = { width: frame.clientWidth, height: frame.clientHeight };
      if (!svg || size.width < 10 || size.height < 10) continue;
      renderMarks(svg, laddersLayout(result, frame.dataset.explorerFrame as LaddersView, size), size, duration);
    }
  };

  const writeTable = (result: ScenarioResult) => {
    const table = laddersTable(result, 'summary');
    const caption = tableHost?.querySelector('caption');
    if (caption) caption.textContent = `Your settings: ${describeSettings(result)}`;
    const rows = tableHost?.querySelectorAll('tbody tr') ?? [];
    table.rows.forEach((row, i) => {
      const cells = rows[i]?.children;
      if (!cells) return;
      row.forEach((value, k) => {
        if (cells[k]) cells[k].textContent = String(value);
      });
    });
  };

  const writeAddress = (s: Settings, toUrl: boolean) => {
    const query = `?${settingsToParams(s)}`;
    if (link) link.href = `${location.pathname}${query}#try-it`;
    if (toUrl) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };

  const send = (s: Settings, animate: boolean) => {
    if (inFlight !== null) {
      waiting = { settings: s, animate };
      return;
    }
    inFlight = nextId++;
    halves = {};
    section.setAttribute('aria-busy', 'true');
    pendingAnimate = animate;
    structures.forEach((structure, k) => {
      const request: RunRequest = { type: 'run', id: inFlight as number, structure, settings: { ...s } };
      workers[k]?.postMessage(request);
    });
  };

  const land = (result: ScenarioResult, ms: number) => {
    inFlight = null;
    const next = waiting;
    waiting = null;
    if (next && !sameSettings(next.settings, result.settings)) {
      // A newer setting is waiting: compute it rather than draw a stale one.
      send(next.settings, next.animate);
      return;
    }
    shown = result;
    section.removeAttribute('aria-busy');
    const yearsText = section.querySelector('[data-explorer-years]');
    if (yearsText) yearsText.textContent = String(result.settings.years);
    section.dataset.lastMs = ms.toFixed(2);
    draw(result, pendingAnimate || !!next?.animate);
    writeTable(result);
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      if (status) status.textContent = explorerSentence(summarise(result.linear), summarise(result.parallel), result.settings.years);
    }, 500);
    section.dispatchEvent(new CustomEvent('explorerresult', { detail: { settings: result.settings, ms } }));
  };

  for (const worker of workers) {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data as Partial<RunResponse> | null;
      if (!data || data.type !== 'result' || data.id !== inFlight || !data.outcome || !data.settings) return;
      if (data.structure !== 'linear' && data.structure !== 'parallel') return;
      halves[data.structure] = data as RunResponse;
      const { linear, parallel } = halves;
      if (!linear || !parallel) return;
      land({ settings: linear.settings, runs: linear.runs, linear: linear.outcome, parallel: parallel.outcome }, Math.max(linear.ms, parallel.ms));
    });
    worker.addEventListener('error', () => {
      if (status) status.textContent = 'The simulation could not run in this browser; the figures show the default settings.';
      form.hidden = true;
    });
  }

  // A drag (input events) leaves the address alone; a settled change (change
  // events, buttons) writes it. Browsers throttle rapid history updates.
  const update = (animate: boolean, toUrl = animate) => {
    settings = settingsFromControls();
    controlsFrom(settings);
    writeAddress(settings, toUrl);
    if (shown && sameSettings(shown.settings, settings) && inFlight === null) return;
    send(settings, animate);
  };

  rho.addEventListener('input', () => update(false));
  years.addEventListener('input', () => update(false));
  rho.addEventListener('change', () => update(true));
  years.addEventListener('change', () => update(true));
  rule.addEventListener('change', () => update(true));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-action="reseed"]')?.addEventListener('click', () => {
    settings = { ...settings, seed: 1 + Math.floor(Math.random() * LIMITS.seed.max) };
    update(true);
  });
  form.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
    settings = { ...DEFAULT_SETTINGS };
    controlsFrom(settings);
    settings = settingsFromControls();
    writeAddress(settings, false);
    history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
    send(settings, true);
  });

  const resize = new ResizeObserver(() => {
    if (shown) draw(shown, false);
  });
  frames.forEach((f) => resize.observe(f));

  controlsFrom(settings);
  writeAddress(settings, false);
  section.dataset.explorer = 'ready';
  send(settings, false);
}

/**
 * The explorable's client: reads the reader's settings (from the controls,
 * or from the address a facilitator shared), asks the simulation's two Web
 * Workers for the scenario, and redraws the figures, the table of the four
 * combinations, the sentence and the shareable link.
 *
 * The workers answer per combination: the two arms the figures draw come
 * first, the other two (for the table) follow. While a slider is dragged only
 * the newest settings are computed. What the page shows always describes one
 * scenario: the figures, the sentence, the table and the "shown" line change
 * together when an answer lands; if no answer comes (the worker failed to
 * load, or is silent for TIMEOUT_MS), the controls go back to the scenario on
 * screen and the reader is told why.
 */
import { laddersChart } from '../charts/ladders';
import { describeSettings } from '../charts/ladders/layout';
import { renderMarks, TRANSITION_MS } from '../charts/render';
import { writeTable } from '../charts/tableDom';
import type { RunRequest, RunResponse } from '../data/simulation/worker';
import {
  assembleScenario,
  comboOf,
  COMBOS,
  DEFAULT_SETTINGS,
  LIMITS,
  parseSettings,
  sameSettings,
  settingsToParams,
  TODAY,
  urlHasScenario,
  comboOrder,
  type Combo,
  type Outcome,
  type ScenarioResult,
  type Settings,
} from '../data/simulation/scenario';
import { explorerSentence } from './explorerText';
import { combosTable } from './combosTable';

/** How long the page waits for the simulation before it gives up on an answer. */
export const TIMEOUT_MS = 4000;

export function startExplorer(): void {
  const section = document.querySelector<HTMLElement>('[data-explorer]');
  const form = section?.querySelector<HTMLFormElement>('[data-explorer-form]');
  if (!section || !form || section.dataset.explorer === 'ready') return;
  const chart = laddersChart;
  const field = (name: string) => form.elements.namedItem(name);
  const rho = field('rho') as HTMLInputElement;
  const strategy = field('rule') as HTMLSelectElement;
  const years = field('years') as HTMLInputElement;
  const radios = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
  const out = (name: string) => form.querySelector<HTMLElement>(`[data-out="${name}"]`);
  const status = section.querySelector<HTMLElement>('[data-explorer-status]');
  const shownLine = section.querySelector<HTMLElement>('[data-explorer-shown]');
  const problem = section.querySelector<HTMLElement>('[data-explorer-problem]');
  const link = section.querySelector<HTMLAnchorElement>('[data-explorer-link]');
  const frames = [...section.querySelectorAll<HTMLElement>('[data-explorer-frame]')];
  const tableHost = section.querySelector<HTMLElement>('[data-explorer-table]');
  const combosHost = section.querySelector<HTMLElement>('[data-explorer-combos]');

  /** The scenario on screen: the build's default until the first answer lands. */
  let shownSettings: Settings = { ...DEFAULT_SETTINGS };
  let shown: ScenarioResult | null = null;
  let settings: Settings = urlHasScenario(location.search) ? parseSettings(location.search) : { ...DEFAULT_SETTINGS };
  let nextId = 1;
  let inFlight: { id: number; settings: Settings; animate: boolean; outcomes: Map<Combo, Outcome>; ms: Map<Combo, number>; sentAt: number; armsAt: number; timer: number } | null = null;
  let waiting: { settings: Settings; animate: boolean } | null = null;
  let announceTimer = 0;
  let failed = false;

  // A page opened from a file (file://) may not start workers: then the controls say so, instead of doing nothing.
  let workers: Worker[] = [];
  let noWorkers = false;
  try {
    workers = [0, 1].map((k) => new Worker(new URL('../data/simulation/worker.ts', import.meta.url), { type: 'module', name: `simulation-${k + 1}` }));
  } catch {
    noWorkers = true;
  }

  /** Sets a property only when it changes: rewriting a control's value as the reader drags it costs a relayout for nothing. */
  const set = <T extends object, K extends keyof T>(el: T | null, key: K, value: T[K]) => {
    if (el && el[key] !== value) el[key] = value;
  };
  const structureRadios = radios('structure');
  const basisRadios = radios('basis');
  const controlsFrom = (s: Settings) => {
    set(rho, 'value', String(s.rho));
    set(strategy, 'value', s.strategy);
    set(years, 'value', String(s.years));
    for (const r of structureRadios) set(r, 'checked', r.value === s.structure);
    for (const r of basisRadios) set(r, 'checked', r.value === s.basis);
    set(out('rho'), 'textContent', s.rho.toFixed(2));
    set(out('years'), 'textContent', String(s.years));
  };

  const settingsFromControls = (): Settings =>
    parseSettings(
      new URLSearchParams({
        rho: rho.value,
        structure: structureRadios.find((r) => r.checked)?.value ?? '',
        basis: basisRadios.find((r) => r.checked)?.value ?? '',
        rule: strategy.value,
        years: years.value,
        seed: String(settings.seed),
      }),
    );

  /** Frames on screen or near it (IntersectionObserver below). */
  const onScreen = new Set<HTMLElement>();
  /** What each frame shows now, so that a frame whose picture did not change is not drawn again. */
  const drawn = new WeakMap<HTMLElement, string>();
  const draw = (result: ScenarioResult, animate: boolean, only?: string) => {
    const duration = animate && document.documentElement.dataset.motion !== 'reduce' && !document.hidden ? TRANSITION_MS / 2 : 0;
    for (const frame of frames) {
      if (only && frame.dataset.explorerFrame !== only) continue;
      // A frame off screen is drawn when it comes into view: the main thread stays free for the workers.
      if (!onScreen.has(frame)) continue;
      const svg = frame.querySelector<SVGSVGElement>('svg');
      const size = { width: frame.clientWidth, height: frame.clientHeight };
      if (!svg || size.width < 10 || size.height < 10) continue;
      const key = `${settingsToParams(result.settings)}|${Object.keys(result.combos).length}|${size.width}x${size.height}`;
      if (drawn.get(frame) === key) continue;
      renderMarks(svg, chart.layout(frame.dataset.explorerFrame ?? '', size, result), size, duration);
      drawn.set(frame, key);
    }
  };

  const dataDetails = tableHost?.closest('details');
  const writeTables = (result: ScenarioResult) => {
    writeCombos(result);
    // The data table sits in a closed <details> most of the time: written when it is opened.
    if (dataDetails && !dataDetails.open) return;
    writeTable(tableHost, chart.table('your-settings', result), `Your settings: ${describeSettings(result)}`);
  };
  dataDetails?.addEventListener('toggle', () => {
    if (dataDetails.open && shown) writeTables(shown);
  });

  const writeCombos = (result: ScenarioResult) => {
    if (combosHost) {
      const t = combosTable(result);
      const rows = combosHost.querySelectorAll('tbody tr');
      t.rows.forEach((row, i) => row.forEach((value, k) => {
        const cell = rows[i]?.children[k];
        if (cell) cell.textContent = value;
      }));
      const caption = combosHost.querySelector('caption');
      if (caption) caption.textContent = t.caption;
    }
  };

  let linked = '';
  let addressTimer = 0;
  const writeAddress = (s: Settings, toUrl: boolean) => {
    const query = `?${settingsToParams(s)}`;
    // Only what changed: a drag asks for this on every step of the slider.
    if (link && query !== linked) link.setAttribute('href', `${location.pathname}${query}#try-it`);
    linked = query;
    if (!toUrl) return;
    // A moment later, and once for a burst of changes: rewriting the address is
    // work for the browser too, and it would compete with the workers for the cores.
    window.clearTimeout(addressTimer);
    addressTimer = window.setTimeout(() => {
      if (location.search !== query) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    }, 250);
  };

  const setBusy = (busy: boolean) => {
    if (busy) section.setAttribute('aria-busy', 'true');
    else section.removeAttribute('aria-busy');
  };

  /** No answer: the controls return to the scenario on screen, and the reader is told. */
  const fail = (why: string) => {
    if (inFlight) window.clearTimeout(inFlight.timer);
    inFlight = null;
    waiting = null;
    failed = true;
    settings = { ...shownSettings };
    controlsFrom(settings);
    writeAddress(settings, false);
    setBusy(false);
    if (problem) {
      problem.hidden = false;
      problem.textContent = `${why} The figures show the scenario named above them; the controls are set back to it. Reload the page to try again.`;
    }
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) el.disabled = true;
    section.dataset.explorerFailed = 'true';
  };

  const send = (s: Settings, animate: boolean) => {
    if (failed) return;
    if (inFlight) {
      waiting = { settings: s, animate };
      return;
    }
    const id = nextId++;
    const timer = window.setTimeout(() => fail('The simulation did not answer in time.'), TIMEOUT_MS);
    inFlight = { id, settings: s, animate, outcomes: new Map(), ms: new Map(), sentAt: performance.now(), armsAt: 0, timer };
    setBusy(true);
    const params = Object.fromEntries(settingsToParams(s));
    comboOrder(s).forEach((combo, i) => {
      const request: RunRequest = { type: 'run', id, combo, people: i < 2 || combo === comboOf(s), settings: params };
      workers[i % 2]?.postMessage(request);
    });
  };

  const show = (result: ScenarioResult, animate: boolean, complete: boolean, first = true) => {
    shown = result;
    shownSettings = result.settings;
    const label = `Shown: ${describeSettings(result)}.`;
    if (shownLine) shownLine.textContent = label;
    section.querySelectorAll('[data-explorer-years]').forEach((el) => (el.textContent = String(result.settings.years)));
    // The arms bring the people and the bars; the other two combinations change only the split of the difference.
    draw(result, animate, first ? undefined : 'your-settings');
    writeTables(result);
    if (!complete) return;
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(() => {
      if (status && shown) status.textContent = explorerSentence(shown);
    }, 400);
  };

  const onResult = (data: RunResponse) => {
    const job = inFlight;
    if (!job || data.id !== job.id) return;
    job.outcomes.set(data.combo, data.outcome);
    job.ms.set(data.combo, data.ms);
    const chosen = comboOf(data.settings);
    const armsIn = job.outcomes.has(TODAY) && job.outcomes.has(chosen);
    const complete = COMBOS.every((c) => job.outcomes.has(c));
    if (!armsIn) return;
    const next = waiting;
    if (next && !sameSettings(next.settings, data.settings)) {
      // A newer setting is waiting: compute it rather than finish a stale one.
      if (complete) {
        window.clearTimeout(job.timer);
        inFlight = null;
        waiting = null;
        send(next.settings, next.animate);
      }
      return;
    }
    const first = !job.armsAt;
    if (first) {
      job.armsAt = performance.now();
      // For the bench: the arms' computing time in the workers, and the time from asking to having both.
      section.dataset.lastMs = Math.max(job.ms.get(TODAY) ?? 0, job.ms.get(chosen) ?? 0).toFixed(2);
      section.dataset.armsMs = (job.armsAt - job.sentAt).toFixed(2);
    }
    const result = assembleScenario(data.settings, data.runs, job.outcomes);
    // A settled change (a key, a click) asks to animate even when a drag's input event sent the same settings first.
    show(result, first && (job.animate || !!next?.animate), complete, first);
    if (first) {
      const detail = { settings: data.settings, workerMs: Number(section.dataset.lastMs), armsMs: job.armsAt - job.sentAt };
      section.dispatchEvent(new CustomEvent('explorerarms', { detail }));
    }
    if (!complete) return;
    window.clearTimeout(job.timer);
    inFlight = null;
    waiting = null;
    setBusy(false);
    section.dispatchEvent(new CustomEvent('explorerresult', { detail: { settings: data.settings } }));
  };

  for (const worker of workers) {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data as Partial<RunResponse> | null;
      if (!data || data.type !== 'result' || !data.outcome || !data.settings || !COMBOS.some((c) => c === data.combo)) return;
      onResult(data as RunResponse);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail('The simulation could not start in this browser.');
    });
    worker.addEventListener('messageerror', () => fail('The simulation sent an answer this page could not read.'));
  }

  // A drag (input events) leaves the address alone; a settled change (change
  // events, buttons) writes it. Browsers throttle rapid history updates.
  const update = (animate: boolean, toUrl = animate) => {
    settings = settingsFromControls();
    controlsFrom(settings);
    writeAddress(settings, toUrl);
    if (shown && sameSettings(shown.settings, settings) && !inFlight) return;
    send(settings, animate);
  };

  rho.addEventListener('input', () => update(false));
  years.addEventListener('input', () => update(false));
  for (const el of [rho, years, strategy, ...structureRadios, ...basisRadios]) el.addEventListener('change', () => update(true));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-action="reseed"]')?.addEventListener('click', () => {
    settings = { ...settings, seed: 1 + Math.floor(Math.random() * LIMITS.seed.max) };
    update(true);
  });
  form.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
    settings = { ...DEFAULT_SETTINGS };
    controlsFrom(settings);
    writeAddress(settings, false);
    window.clearTimeout(addressTimer);
    history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
    send(settings, true);
  });

  const resize = new ResizeObserver(() => {
    if (shown) draw(shown, false);
  });
  const visibility = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const frame = e.target as HTMLElement;
        if (e.isIntersecting) onScreen.add(frame);
        else onScreen.delete(frame);
      }
      if (shown) draw(shown, false);
    },
    { rootMargin: '25% 0px' },
  );
  frames.forEach((f) => {
    resize.observe(f);
    visibility.observe(f);
  });

  controlsFrom(settings);
  writeAddress(settings, false);
  section.dataset.explorer = 'ready';
  if (noWorkers) {
    fail('');
    if (problem) {
      problem.textContent =
        'This copy of the page cannot run the simulation (a page opened from a file, or a browser that refuses workers). The figures show the default scenario; the site itself runs it, online or kept by the browser after one visit.';
    }
    for (const el of form.elements) if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLButtonElement) el.disabled = true;
    return;
  }
  send(settings, false);
}

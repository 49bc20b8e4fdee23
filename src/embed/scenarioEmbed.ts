/**
 * A reader's simulation scenario in an embed: `/embed/ladders/your-settings/?rho=…`
 * draws the scenario the address names (read by the essay's own parser, so
 * the same parameter rules hold: clamped, defaulted, never reflected),
 * computed in the embed's Web Worker, with its own sentence, table and link
 * back to the explorable with those settings. If the worker cannot run (a
 * sandbox without allow-same-origin, an old browser), the page keeps the
 * build's figure of the essay's default scenario and says so.
 */
import { laddersChart } from '../charts/ladders';
import { describeSettings } from '../charts/ladders/layout';
import { figureLayout } from '../charts/figure';
import { renderFigureMarks } from '../charts/render';
import { writeTable } from '../charts/tableDom';
import { assembleScenario, comboOrder, COMBOS, parseSettings, RUNS, settingsToParams, type Combo, type Outcome, type ScenarioResult } from '../data/simulation/scenario';
import type { RunRequest, RunResponse } from '../data/simulation/worker';
import { explorerSentence } from '../explorable/explorerText';
import { withBase } from '../lib/paths';

/** How long the embed waits for the simulation before it keeps the default scenario. */
const TIMEOUT_MS = 10_000;

export function startScenario(root: HTMLElement): void {
  const settings = parseSettings(location.search);
  const chart = laddersChart;
  const figure = root.querySelector<HTMLElement>('.embed__figure');
  const frame = root.querySelector<HTMLElement>('[data-embed-figure="wide"]');
  const svg = frame?.querySelector<SVGSVGElement>('svg');
  const problem = root.querySelector<HTMLElement>('[data-embed-problem]');
  if (!figure || !frame || !svg) return;

  const say = (text: string) => {
    if (!problem) return;
    problem.textContent = text;
    problem.hidden = false;
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('../data/simulation/worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  } catch {
    say('The simulation cannot run in this frame, so the chart shows the essay’s default scenario.');
    return;
  }
  root.setAttribute('aria-busy', 'true');
  const outcomes = new Map<Combo, Outcome>();
  const timer = window.setTimeout(() => {
    worker.terminate();
    root.removeAttribute('aria-busy');
    say('The simulation did not answer in this frame, so the chart shows the essay’s default scenario.');
  }, TIMEOUT_MS);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    root.removeAttribute('aria-busy');
    say('The simulation cannot run in this frame, so the chart shows the essay’s default scenario.');
  });
  worker.addEventListener('message', (event: MessageEvent<Partial<RunResponse> | null>) => {
    const d = event.data;
    if (!d || d.type !== 'result' || d.id !== 1 || !d.outcome || !COMBOS.some((c) => c === d.combo)) return;
    outcomes.set(d.combo as Combo, d.outcome);
    if (!COMBOS.every((c) => outcomes.has(c))) return;
    window.clearTimeout(timer);
    worker.terminate();
    root.removeAttribute('aria-busy');
    show(assembleScenario(settings, RUNS, outcomes));
  });
  const params = Object.fromEntries(settingsToParams(settings));
  comboOrder(settings).forEach((combo, i) => {
    const request: RunRequest = { type: 'run', id: 1, combo, people: i < 2, settings: params };
    worker.postMessage(request);
  });

  const show = (result: ScenarioResult) => {
    const sentence = explorerSentence(result);
    // The still figure on screen until now (the narrow or the wide one), and its width: the live figure takes
    // its height at that width, so that the words below do not move when the scenario's figure replaces it
    // (its sentence may run to another number of lines).
    const still = [...figure.querySelectorAll<HTMLElement>('.embed__svg')].find((el) => el.getBoundingClientRect().height > 0);
    // The width a figure is drawn at: the frame's, within the figure's own max-width (40rem: a wide frame leaves room beside it).
    const drawWidth = () => Math.round(Math.min(frame.clientWidth, parseFloat(getComputedStyle(svg).maxWidth) || Infinity));
    const keep = still ? { width: drawWidth() || still.clientWidth, height: still.getBoundingClientRect().height } : null;
    const draw = () => {
      const width = drawWidth();
      if (width < 10) return;
      // The proportions of the still figure the page shows at this width (narrow below 480 px, EmbedPage.astro's
      // media query): each is fitted to the preset's marks, and the reader's scenario has the same measures.
      const shown = root.querySelector<SVGSVGElement>(`[data-embed-figure="${window.matchMedia('(min-width: 480px)').matches ? 'wide' : 'narrow'}"] svg`);
      const usual = Math.round(width * (Number(shown?.dataset.aspect) || Number(svg.dataset.aspect) || 0.75));
      // At the still figure's width, its height (the plot takes what the words leave), unless that is far from the usual.
      const atStill = keep && Math.abs(keep.width - width) < 1 && Math.abs(keep.height - usual) <= usual * 0.25;
      let height = atStill ? Math.round(keep.height) : usual;
      let fig = figureLayout(chart, 'your-settings', { width, height }, { title: false, sentence });
      // A scenario's sentence longer than the still figure's takes its lines from the figure's height, not from the
      // plot: a shorter plot would drop measures (barsView), and the reader asked for these numbers.
      const stillPlot = atStill ? figureLayout(chart, 'your-settings', { width, height }, { title: false }).plot.height : 0;
      if (fig.plot.height < stillPlot) {
        height += stillPlot - fig.plot.height;
        fig = figureLayout(chart, 'your-settings', { width, height }, { title: false, sentence });
      }
      renderFigureMarks(svg, fig, chart.layout('your-settings', fig.plot, result), 0);
    };
    figure.dataset.live = '';
    draw();
    new ResizeObserver(draw).observe(frame);
    const alt = root.querySelector('[data-embed-alt]');
    if (alt) alt.textContent = `${sentence} (Our simulation: ${describeSettings(result)}.)`;
    writeTable(root.querySelector('[data-embed-table]'), chart.table('your-settings', result), `Your settings: ${describeSettings(result)}`);
    // The data files are the default scenario's: for this one, the table above is the data.
    root.querySelector('.embed__downloads')?.setAttribute('hidden', '');
    // The link back opens the explorable with these settings.
    const back = root.querySelector<HTMLAnchorElement>('.embed__credit a[target]');
    if (back) back.href = `${withBase('/')}?${settingsToParams(result.settings)}#try-it`;
  };
}

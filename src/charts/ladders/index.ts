import { DEFAULT_SETTINGS, summarise, type ScenarioResult } from '../../data/simulation/scenario';
import { withBase } from '../../lib/paths';
import type { ChartDefinition, DataTable, Size } from '../types';
import { brilliantInCraft, describeSettings, laddersLayout, MEASURES, PANEL_TITLES, type LaddersView } from './layout';
import { states, type LaddersState } from './states';

/** What each state shows of its scenario. */
export const VIEW: Record<LaddersState, LaddersView> = {
  'same-start': 'start',
  'years-pass': 'end',
  counts: 'counts',
  'your-settings': 'summary',
};

/** Where the build writes the preset scenario (src/pages/data/ladders-preset.json.ts). */
export const PRESET_PATH = '/data/ladders-preset.json';

let preset: ScenarioResult | undefined;
let loading: Promise<ScenarioResult> | undefined;

function isScenario(x: unknown): x is ScenarioResult {
  const r = x as ScenarioResult | null;
  return (
    !!r &&
    typeof r === 'object' &&
    typeof r.runs === 'number' &&
    !!r.settings &&
    [r.linear, r.parallel].every((o) => !!o && !!o.initial && !!o.final && Array.isArray(o.promotions) && Array.isArray(o.start) && Array.isArray(o.end))
  );
}

/**
 * The preset scenario behind the scroll steps: the default settings, fixed
 * seeds. Computed by the model at build time; in the browser, fetched as
 * the static file the build wrote, so the reader's main thread never runs
 * the model (it would block scrolling for a moment on a phone).
 */
export function loadPreset(): Promise<ScenarioResult> {
  loading ??= (async () => {
    if (import.meta.env.SSR) {
      const { runScenario } = await import('../../data/simulation/scenario');
      preset = runScenario(DEFAULT_SETTINGS, undefined, { series: true });
    } else {
      const response = await fetch(withBase(PRESET_PATH));
      const data: unknown = response.ok ? await response.json() : null;
      if (!isScenario(data)) throw new Error(`ladders: ${PRESET_PATH} is missing or malformed`);
      preset = data;
    }
    return preset;
  })();
  // A failed fetch may be retried later (the reader came back online).
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The preset scenario, once `loadPreset()` has resolved. */
export function presetResult(): ScenarioResult {
  if (!preset) throw new Error('ladders: the preset scenario is not loaded yet (await laddersChart.load()).');
  return preset;
}

const f1 = (x: number) => Number(x.toFixed(1));

/** The numbers behind a view of any scenario: per rule, the first run's count and the averages. */
export function laddersTable(result: ScenarioResult, view: LaddersView): DataTable {
  const where = `our simulation: ${describeSettings(result)}`;
  const l = summarise(result.linear);
  const p = summarise(result.parallel);
  const rows: (string | number)[][] = [];
  if (view === 'start' || view === 'end') {
    const count = (o: ScenarioResult['linear'], structure: 'linear' | 'parallel') => brilliantInCraft(view === 'start' ? o.start : o.end, structure);
    rows.push([`Brilliant crafters in craft seats, year ${view === 'start' ? 0 : result.settings.years} (the run drawn)`, count(result.linear, 'linear'), count(result.parallel, 'parallel'), where]);
  }
  for (const m of MEASURES) {
    const at = m.id === 'dismissed' ? 'average per year' : `year ${view === 'start' ? 0 : result.settings.years}, average of ${result.runs} runs`;
    const pick = (o: ScenarioResult['linear'], s: typeof l) => (view === 'start' && m.id !== 'dismissed' ? o.initial[m.id] : s[m.id]);
    if (view === 'start' && m.id === 'dismissed') continue;
    rows.push([`${m.label} (${at})`, f1(pick(result.linear, l)), f1(pick(result.parallel, p)), where]);
  }
  if (view !== 'start') rows.push([`Promotions handed out, per year (average)`, f1(l.promotions), f1(p.promotions), where]);
  return { columns: ['Measure', PANEL_TITLES.linear, PANEL_TITLES.parallel, 'Where the number comes from'], rows };
}

/** `ladders`: the essay's centrepiece, Linear Progression vs Parallel Tracks, driven by our simulation. */
export const laddersChart: ChartDefinition<LaddersState> = {
  id: 'ladders',
  title: 'Linear Progression vs Parallel Tracks: the same people, two ways up',
  states,
  load: async () => {
    await loadPreset();
  },
  layout: (state: LaddersState, size: Size) => laddersLayout(presetResult(), VIEW[state], size),
  table: (state: LaddersState) => laddersTable(presetResult(), VIEW[state]),
  sources: [
    {
      provenance: 'simulation',
      text: 'Every number and mark is our simulation’s output, not data about real organisations: 160 people on 6 levels, 20 runs per rule; the preset uses skill transfer 0.10, promotion of the best, 40 years, seeds 2024–2043. The model, our extension and its limits: see Methods.',
      href: '/methods/',
      linkText: 'Methods',
    },
    {
      provenance: 'source',
      text: 'The organisation, its rules and its efficiency measure follow Pluchino, Rapisarda & Garofalo, “The Peter principle revisited: a computational study”, Physica A 389 (2010).',
      href: 'https://arxiv.org/abs/0907.0455',
    },
    {
      provenance: 'source',
      text: 'The empirical reference for skill transfer: Benson, Li & Shue, “Promotions and the Peter Principle”, Quarterly Journal of Economics 134 (2019): the best salespeople were the likeliest to be promoted and became worse managers, judged by their teams’ sales.',
      href: 'https://doi.org/10.1093/qje/qjz022',
    },
  ],
  legend: [
    { className: 'mark-craft', shape: 'circle', label: 'in a craft seat, brilliant at the craft (filled)' },
    { className: 'mark-craft mark-hollow', shape: 'hollow-circle', label: 'in a craft seat' },
    { className: 'mark-lead', shape: 'square', label: 'in a management seat, brilliant at the craft (filled)' },
    { className: 'mark-lead mark-hollow', shape: 'hollow-square', label: 'in a management seat' },
  ],
};

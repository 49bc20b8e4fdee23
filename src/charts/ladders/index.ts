import { armName, COMBOS, comboLabel, decompose, DEFAULT_SETTINGS, RUNS, summarise, type Combo, type Outcome, type ScenarioResult } from '../../data/simulation/scenario';
import { CRAFT_SEATS } from '../../data/simulation/ladders';
import { citation, source } from '../../data/sources';
import { defineChart } from '../define';
import type { DataTable } from '../types';
import { arms, brilliantInCraft, craftSeats, DECOMPOSITION_PARTS, describeSettings, formatSigned, laddersLayout, MEASURE_ROWS, type LaddersView } from './layout';
import { states, type LaddersState } from './states';

/** What each state shows of its scenario. */
export const VIEW: Record<LaddersState, LaddersView> = {
  'same-start': 'start',
  'years-pass': 'end',
  counts: 'counts',
  'your-settings': 'summary',
};

/** Where the build writes the preset scenario and the browser fetches it (src/pages/data/ladders-preset.json.ts). */
export const PRESET_PATH = '/data/ladders-preset.json';

const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
function isOutcome(x: unknown, withPeople: boolean): x is Outcome {
  if (!x || typeof x !== 'object') return false;
  const o = x as Record<string, unknown>;
  const measures = (m: unknown) => !!m && typeof m === 'object' && ['efficiency', 'brilliantCraft', 'brilliantAll', 'leadership'].every((k) => isNumber((m as Record<string, unknown>)[k]));
  return measures(o.initial) && measures(o.final) && Array.isArray(o.promotions) && Array.isArray(o.dismissed) && (!withPeople || (Array.isArray(o.start) && Array.isArray(o.end)));
}

/** Whether `x` is a scenario this chart can draw (a fetched file, a worker's answer). */
export function isScenario(x: unknown): x is ScenarioResult {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  const a = r.arms as Record<string, unknown> | undefined;
  const c = r.combos as Record<string, unknown> | undefined;
  return (
    isNumber(r.runs) &&
    !!r.settings &&
    typeof r.settings === 'object' &&
    !!a &&
    isOutcome(a.today, true) &&
    isOutcome(a.chosen, true) &&
    !!c &&
    typeof c === 'object' &&
    Object.entries(c).every(([k, v]) => COMBOS.some((combo) => combo === k) && !!v && isNumber((v as Record<string, unknown>).efficiency))
  );
}

/** The numbers behind a view of any scenario. */
export function laddersTable(result: ScenarioResult, view: LaddersView): DataTable {
  const where = `our simulation: ${describeSettings(result)}`;
  const [today, chosen]: Combo[] = arms(result).map((a) => a.combo);
  const columns = ['Measure', `${armName(today!)}: ${comboLabel(today!).toLowerCase()}`, `${armName(chosen!)}: ${comboLabel(chosen!).toLowerCase()}`, 'Where the number comes from'];
  const rows: (string | number)[][] = [];
  const [seatsToday, seatsChosen] = craftSeats(result);
  rows.push(['Craft seats (a fact of the structure)', seatsToday, seatsChosen, 'the structure: the same 160 seats, divided differently']);
  if (view === 'start' || view === 'end') {
    const year = view === 'start' ? 0 : result.settings.years;
    const people = (o: Outcome) => (view === 'start' ? o.start : o.end) ?? [];
    const { today: t, chosen: c } = result.arms;
    const structures = arms(result).map((a) => a.structure);
    rows.push([`People brilliant at their craft, year ${year}, in any seat (the run drawn)`, people(t).filter((p) => p.brilliant).length, people(c).filter((p) => p.brilliant).length, where]);
    rows.push([`People brilliant at their craft, year ${year}, in craft seats (the run drawn)`, brilliantInCraft(people(t), structures[0]!), brilliantInCraft(people(c), structures[1]!), where]);
  }
  const at = (o: Outcome) => (view === 'start' ? { ...o.initial, promotions: 0, dismissed: 0 } : summarise(o));
  const year = view === 'start' ? 0 : result.settings.years;
  for (const m of MEASURE_ROWS) {
    if (view === 'start' && (m.id === 'dismissed' || m.id === 'promotions')) continue;
    const when = m.id === 'dismissed' || m.id === 'promotions' ? `average per year over ${result.settings.years} years` : `year ${year}`;
    rows.push([`${m.label}, ${when}, average of ${result.runs} runs`, m.format(at(result.arms.today)[m.id]), m.format(at(result.arms.chosen)[m.id]), where]);
  }
  if (view === 'summary' || view === 'counts') {
    const d = decompose(result.combos, 'efficiency');
    if (d) for (const part of DECOMPOSITION_PARTS) rows.push([`${part.long} (efficiency, points)`, '', formatSigned(d[part.key]), where]);
  }
  return { columns, rows };
}

/** `ladders`: the essay's centrepiece, Linear Progression vs Parallel Tracks, driven by our simulation. */
export const laddersChart = defineChart<LaddersState, ScenarioResult>({
  id: 'ladders',
  title: 'Linear Progression vs Parallel Tracks: the same people, two ways up',
  states,
  keyState: 'counts',
  staticSize: { width: 320, height: 320 },
  data: { kind: 'file', path: PRESET_PATH, check: isScenario },
  layout: (state, size, data) => laddersLayout(data, VIEW[state], size),
  table: (state, data) => laddersTable(data, VIEW[state]),
  sources: [
    {
      provenance: 'simulation',
      text: `Every number and mark is our simulation’s output, not data about real organisations: 160 people on 6 levels, ${RUNS} runs per arm from the same seeds; skill transfer ${DEFAULT_SETTINGS.rho.toFixed(2)}, the best promoted, ${DEFAULT_SETTINGS.years} years, seeds ${DEFAULT_SETTINGS.seed}–${DEFAULT_SETTINGS.seed + RUNS - 1}. Parallel ladders have ${CRAFT_SEATS.parallel} craft seats to one ladder’s ${CRAFT_SEATS.linear}, so more brilliant crafters sit in craft seats there by construction. The model, what it assumes and where the result reverses: see Methods.`,
      href: '/methods/',
      linkText: 'Methods',
    },
    { provenance: 'source', text: `The organisation, its dismissal and retirement rules and its efficiency measure are those of ${citation('pluchino2010')}; the second skill, the parallel ladders and the basis of promotion are ours.`, href: source('pluchino2010').href },
    {
      provenance: 'source',
      text: `Skill transfer near zero is our reading of ${citation('benson2019')}: the best salespeople were the likeliest to be promoted and became worse managers, judged by their teams’ sales. They publish no skill-transfer number.`,
      href: source('benson2019').href,
    },
  ],
  // Its keys are drawn by the layout: they change with the view (people, bars).
  legend: [],
});

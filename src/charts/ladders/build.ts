/**
 * The preset scenario behind the essay's `ladders` steps: the default
 * settings, fixed seeds, computed by the model when the site is built
 * (src/charts/chartData.ts). Build time only: the browser fetches the file
 * the build writes from it (src/pages/data/ladders-preset.json.ts).
 */
import { DEFAULT_SETTINGS, runScenario, type ScenarioResult } from '../../data/simulation/scenario';

let preset: ScenarioResult | undefined;

/** The preset, computed once per build. */
export function buildData(): ScenarioResult {
  preset ??= runScenario(DEFAULT_SETTINGS);
  return preset;
}

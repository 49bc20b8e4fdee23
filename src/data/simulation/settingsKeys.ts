/** The URL keys a simulation scenario uses (`rule` is the strategy). Alone in a module so that pages can recognise a scenario without loading the model. */
export const SETTINGS_KEYS = ['rho', 'structure', 'basis', 'rule', 'years', 'seed'] as const;

/** True when an address's query names a scenario (any of its settings). */
export function urlHasScenario(search: string): boolean {
  const p = new URLSearchParams(search);
  return SETTINGS_KEYS.some((k) => p.has(k));
}

import { STATIC_SIZE } from './scale';
import type { Chart, ChartSpec, ChartState } from './types';

/** The state `id` of a chart (or of a spec's states), or an error that names the valid ones. */
export function stateOf<S extends ChartState>(chart: { id: string; states: readonly S[] }, id: string): S {
  const found = chart.states.find((s) => s.id === id);
  if (!found) throw new Error(`Chart "${chart.id}" has no state "${id}". Valid states: ${chart.states.map((s) => s.id).join(', ')}.`);
  return found;
}

/**
 * Turns a chart's typed spec into the registry's `Chart`: state ids and data
 * are checked at the boundary (a step's state comes from MDX, an embed's from
 * an address, the ladders data from a fetch), so that inside the spec they
 * are typed and no caller needs a cast.
 */
export function defineChart<S extends string, D>(spec: ChartSpec<S, D>): Chart {
  const stateId = (id: string): S => stateOf(spec, id).id;
  const dataOf = (x: unknown): D => {
    if (!spec.data.check(x)) throw new Error(`Chart "${spec.id}": its data is missing or has the wrong shape.`);
    return x;
  };
  const { data } = spec;
  return {
    id: spec.id,
    title: spec.title,
    states: spec.states,
    keyState: spec.keyState,
    staticSize: spec.staticSize ?? STATIC_SIZE,
    sources: spec.sources,
    legend: spec.legend,
    dataPath: data.kind === 'file' ? data.path : null,
    moduleData: () => (data.kind === 'module' ? data.value : undefined),
    isData: (x) => data.check(x),
    hasState: (id) => spec.states.some((s) => s.id === id),
    layout: (state, size, d) => spec.layout(stateId(state), size, dataOf(d)),
    table: (state, d) => spec.table(stateId(state), dataOf(d)),
  };
}

/** The `check` of a chart that carries its own figures: the data is that very object. */
export function isValue<D>(value: D): (x: unknown) => x is D {
  return (x: unknown): x is D => x === value;
}

import { describe, expect, it } from 'vitest';
import { chartLoaders, loadChart } from '../../../src/charts/lazy';
import { chartList } from '../../../src/charts/registry';

describe('the charts the browser loads on demand', () => {
  it('are the registry’s charts, each loading the very chart the build drew', async () => {
    expect(Object.keys(chartLoaders).sort()).toEqual(chartList.map((c) => c.id).sort());
    for (const chart of chartList) expect(await loadChart(chart.id)).toBe(chart);
  });

  it('load once per chart, and refuse an unknown id naming the valid ones', async () => {
    expect(loadChart('compass')).toBe(loadChart('compass'));
    await expect(loadChart('no-such-chart')).rejects.toThrow(/Unknown chart "no-such-chart". Valid charts: sarahs-week, /);
  });
});

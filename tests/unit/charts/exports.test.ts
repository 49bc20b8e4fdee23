/**
 * The exports of every chart state (src/charts/exports.ts): CSV that a
 * spreadsheet opens safely, JSON with the sources and terms, SVG that names
 * where its numbers come from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chartData } from '../../../src/charts/chartData';
import { creditLine, EXPORTS, exportSvg, REUSE_TERMS, tableCsv, tableJson } from '../../../src/charts/exports';
import { chartList, getChart } from '../../../src/charts/registry';

const data = new Map<string, unknown>();
beforeAll(async () => {
  for (const chart of chartList) data.set(chart.id, await chartData(chart));
});

describe('exports', () => {
  it('name seven files per state, each ending in its real extension', () => {
    expect(EXPORTS.map((e) => `forced-failure${e.suffix}`)).toEqual([
      'forced-failure.svg',
      'forced-failure-dark.svg',
      'forced-failure.png',
      'forced-failure@2x.png',
      'forced-failure-dark.png',
      'forced-failure.csv',
      'forced-failure.json',
    ]);
  });

  it('write CSV a spreadsheet reads as the table: quoted where needed, formulas neutralised', () => {
    const csv = tableCsv({ columns: ['What', 'Value'], rows: [['a, b', 1], ['say "hi"', 2.5], ['=HYPERLINK("x")', 3], ['-1+2', -4]] });
    expect(csv).toBe('\uFEFFWhat,Value\r\n"a, b",1\r\n"say ""hi""",2.5\r\n"\'=HYPERLINK(""x"")",3\r\n\'-1+2,-4\r\n');
  });

  it('carry the state’s words, its sources and the reuse terms in JSON', () => {
    const chart = getChart('training-gap');
    const json = JSON.parse(tableJson(chart, 'deep-end', data.get(chart.id), 'https://example.org/#the-deep-end')) as Record<string, unknown>;
    expect(json).toMatchObject({ chart: 'training-gap', state: 'deep-end', page: 'https://example.org/#the-deep-end', terms: REUSE_TERMS });
    expect(json.rows).toEqual(chart.table('deep-end', data.get(chart.id)).rows);
    expect(JSON.stringify(json.sources)).toContain('West Monroe');
    expect(() => tableJson(chart, 'drowning', data.get(chart.id), '')).toThrow(/Valid states: cohort, trained, deep-end/);
  });

  it('draw every state’s figure with a credit line naming where its numbers come from and the terms', () => {
    for (const chart of chartList) {
      for (const state of chart.states) {
        const svg = exportSvg(chart, state.id, data.get(chart.id), 'dark', 'https://example.org/#x');
        expect(svg).toContain('class="figure-credit"');
        expect(svg).toContain('MIT');
        expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="632"/);
      }
    }
    expect(creditLine(getChart('ladders'), 'u')).toMatch(/^Numbers: our simulation/);
    expect(creditLine(getChart('parallel-tracks'), 'u')).toContain('illustrative values');
  });
});

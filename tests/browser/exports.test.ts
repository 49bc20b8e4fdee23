/**
 * The static exports of every chart state, as a wiki or a script fetches
 * them from the built site: the addresses are public and frozen here
 * (../shared/design/architecture.md, "Public addresses").
 */
import { describe, expect, it } from 'vitest';
import { chartList } from '../../src/charts/registry';
import { siteUrl } from './helpers';

const png = (bytes: Uint8Array) => ({
  signature: [...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''),
  width: new DataView(bytes.buffer, bytes.byteOffset).getUint32(16),
  height: new DataView(bytes.buffer, bytes.byteOffset).getUint32(20),
});

describe('chart exports (/charts/<chart>/<state>.*)', () => {
  it('serves every state as SVG, dark SVG, PNG at 1× and 2×, dark PNG, CSV and JSON', async () => {
    let files = 0;
    for (const chart of chartList) {
      for (const state of chart.states) {
        const base = siteUrl(`charts/${chart.id}/${state.id}`);
        const get = async (suffix: string, type: RegExp) => {
          const r = await fetch(`${base}${suffix}`);
          expect(r.status, `${chart.id}/${state.id}${suffix}`).toBe(200);
          expect(r.headers.get('content-type') ?? '', `${chart.id}/${state.id}${suffix}`).toMatch(type);
          files++;
          return new Uint8Array(await r.arrayBuffer());
        };
        for (const suffix of ['.svg', '-dark.svg']) {
          const svg = new TextDecoder().decode(await get(suffix, /^image\/svg\+xml/));
          expect(svg).toContain(`<title id="figure-${chart.id}-${state.id}-${suffix === '.svg' ? 'light' : 'dark'}-title">`);
          expect(svg).toContain('MIT');
        }
        const one = png(await get('.png', /^image\/png/));
        const two = png(await get('@2x.png', /^image\/png/));
        const dark = png(await get('-dark.png', /^image\/png/));
        expect(one.signature).toBe('PNG');
        expect(two).toEqual({ signature: 'PNG', width: one.width * 2, height: one.height * 2 });
        expect(dark).toEqual(one);
        const csv = new TextDecoder().decode(await get('.csv', /^text\/csv/));
        expect(csv.split('\r\n')[0]).toBe(chart.table(state.id, chart.moduleData() ?? (await (await fetch(siteUrl(chart.dataPath!.slice(1)))).json())).columns.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
        const json = JSON.parse(new TextDecoder().decode(await get('.json', /^application\/json/))) as { chart: string; state: string; page: string };
        expect(json).toMatchObject({ chart: chart.id, state: state.id });
        expect(json.page).toMatch(/^https?:\/\/[^#]+\/#[a-z0-9-]+$/);
      }
    }
    expect(files).toBe(chartList.reduce((n, c) => n + c.states.length, 0) * 7);
  });

  it('answers 404 for a state that does not exist', async () => {
    expect((await fetch(siteUrl('charts/compass/sideways.svg'))).status).toBe(404);
  });
});

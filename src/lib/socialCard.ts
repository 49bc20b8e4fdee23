import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/**
 * Draws the 1200×630 social card at build time: the essay's title over a
 * quiet motif of one staircase beside two ladders. Text is turned into
 * outlines by satori with the self-hosted face, so no system font is needed.
 */
export async function renderSocialCard(title: string, edition: string): Promise<Buffer> {
  const font = await readFile(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'));
  const ink = '#1c1a16';
  const craft = '#0e6570';
  const lead = '#a2480f';
  const motif = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="420" viewBox="0 0 360 420"><g fill="none" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"><path stroke="${lead}" d="M10 410 H70 V330 H130 V250 H190 V170"/><path stroke="${craft}" d="M230 410 V20 M310 410 V20 M230 80 H310 M230 160 H310 M230 240 H310 M230 320 H310"/></g></svg>`;
  const svg = await satori(
    h(
      'div',
      {
        width: '100%',
        height: '100%',
        display: 'flex',
        background: '#fbf9f4',
        padding: '72px 80px',
        justifyContent: 'space-between',
        alignItems: 'center',
        fontFamily: 'Source Serif 4',
        color: ink,
      },
      [
        h('div', { display: 'flex', flexDirection: 'column', width: 640 }, [
          h('div', { fontSize: 30, color: craft, letterSpacing: 2, marginBottom: 28 }, edition.toUpperCase()),
          h('div', { fontSize: 76, lineHeight: 1.08 }, title),
        ]),
        {
          type: 'img',
          props: { src: `data:image/svg+xml;base64,${Buffer.from(motif).toString('base64')}`, width: 300, height: 350 },
        },
      ],
    ) as unknown as Parameters<typeof satori>[0],
    { width: 1200, height: 630, fonts: [{ name: 'Source Serif 4', data: font, weight: 400, style: 'normal' }] },
  );
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/** Rasterises the favicon for platforms that want a PNG touch icon. */
export async function renderTouchIcon(faviconSvg: string, size = 180): Promise<Buffer> {
  return sharp(Buffer.from(faviconSvg), { density: 400 }).resize(size, size).png().toBuffer();
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, pdfPages, scrollsSideways, siteUrl, trackedOpen, type Opened } from './helpers';
import { emphasised, linesOf, squash } from '../support/manuscript';
import { svgDataUrl } from '../../src/lib/paths';

const page = trackedOpen();

/** The essay's visible text, white space folded. */
const essayText = (o: Opened) => o.page.locator('article.essay').innerText().then(squash);

describe('the essay page', () => {
  it('shows every section heading of the manuscript, in order, as the page’s second-level headings', async () => {
    const { page: p } = await page();
    const headings = await p.locator('article.essay h2').allInnerTexts();
    expect(headings.map(squash)).toEqual(linesOf('heading').map((l) => l.text));
    expect(squash(await p.locator('h1').innerText())).toBe(linesOf('title')[0]?.text);
    expect(await p.locator('h1').count()).toBe(1);
  });

  it('contains the text of every manuscript paragraph and quotation, word for word and in order', async () => {
    const text = await essayText(await page());
    let cursor = 0;
    for (const line of linesOf('prose', 'quote')) {
      const at = text.indexOf(squash(line.text), cursor);
      expect(at, `line ${line.line} missing or out of order: “${line.text.slice(0, 50)}…”`).toBeGreaterThanOrEqual(0);
      cursor = at;
    }
  });

  it('sets both quotations as block quotes and keeps the author’s emphasis', async () => {
    const { page: p } = await page();
    const quotes = (await p.locator('article.essay blockquote').allInnerTexts()).map(squash);
    expect(quotes).toEqual(linesOf('quote').map((l) => l.text));
    const ems = (await p.locator('article.essay em').allInnerTexts()).map(squash);
    expect(ems).toEqual(emphasised());
  });

  it('sets the infographic labels as figure cards, not as stray paragraphs', async () => {
    const { page: p } = await page();
    const cards = (await p.locator('article.essay figure li').allInnerTexts()).map(squash).join(' | ');
    for (const label of linesOf('label')) expect(cards).toContain(label.text);
    const paragraphs = (await p.locator('article.essay p').allInnerTexts()).map(squash);
    for (const label of linesOf('label')) expect(paragraphs).not.toContain(label.text);
    expect(await p.locator('article.essay figure.label-group figcaption').count()).toBe(4);
  });

  it('loads nothing from any other host and logs no errors (CSP included)', async () => {
    const o = await page();
    await o.page.mouse.wheel(0, 4000);
    await o.page.waitForTimeout(200);
    expect(o.foreignRequests).toEqual([]);
    expect(o.errors).toEqual([]);
    const csp = await o.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('has a title, description, canonical URL, social card and favicon that resolve', async () => {
    const { page: p, context } = await page();
    expect(await p.title()).toBe('The Unintended Consequence of Expertise');
    expect(await p.locator('meta[name="description"]').getAttribute('content')).toMatch(/parallel career tracks/);
    expect(await p.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/$/);
    const og = await p.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/social-card\.png$/);
    expect(await p.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const card = await context.request.get(siteUrl('social-card.png'));
    expect(card.status()).toBe(200);
    const png = await card.body();
    expect(png.readUInt32BE(16)).toBe(1200); // PNG IHDR width
    expect(png.readUInt32BE(20)).toBe(630); // and height
    // The favicon is in the page (no request of its own), and it is the site's icon as an image the browser can draw.
    const icon = (await p.locator('link[rel="icon"]').getAttribute('href')) ?? '';
    expect(icon).toBe(svgDataUrl(readFileSync('public/favicon.svg', 'utf8')));
    expect(await p.evaluate(async (src) => { const img = new Image(); img.src = src; await img.decode(); return img.complete; }, icon)).toBe(true);
    for (const href of ['favicon.svg', 'apple-touch-icon.png']) expect((await context.request.get(siteUrl(href))).status()).toBe(200);
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('navigation', () => {
  it('lists every section in the contents, each link landing on its section', async () => {
    const { page: p } = await page();
    const links = p.locator('#contents a');
    expect(await links.count()).toBe(10);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(await p.locator(href ?? '#missing').count()).toBe(1);
  });

  it('opens a deep link at its section, below the sticky header, and keeps it after a reload', async () => {
    const { page: p } = await page('/#the-training-gap');
    const landed = async () => {
      await p.waitForFunction(() => {
        const h = document.getElementById('the-training-gap-heading');
        return h && h.getBoundingClientRect().top < 200;
      });
      const top = await p.locator('#the-training-gap-heading').evaluate((h) => h.getBoundingClientRect().top);
      const header = await p.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(header - 1);
      expect(top).toBeLessThan(header + 200);
    };
    await landed();
    await p.reload();
    await landed();
    expect(new URL(p.url()).hash).toBe('#the-training-gap');
  });

  it('marks the section in view in the contents', async () => {
    const { page: p } = await page('/#shifting-perspective');
    await expect
      .poll(() => p.locator('#contents a[aria-current="location"]').getAttribute('href'), { timeout: 5000 })
      .toBe('#shifting-perspective');
  });

  it('fills the reading-progress bar as the reader scrolls', async () => {
    const { page: p } = await page();
    const scale = () =>
      p.locator('[data-reading-progress]').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scale).toBeGreaterThan(0.95);
  });

  it('lets a keyboard user skip straight to the essay', async () => {
    const { page: p } = await page();
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('essay');
  });
});

describe('themes', () => {
  const background = (o: Opened) => o.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const isDark = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = rgb.match(/\d+/g)?.map(Number) ?? [];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  };

  it('follows the system preference by default', async () => {
    expect(isDark(await background(await page('', { colorScheme: 'dark' })))).toBe(true);
    expect(isDark(await background(await page('', { colorScheme: 'light' })))).toBe(false);
  });

  it('toggles to dark, announces the state on the button, and remembers it across reloads', async () => {
    const o = await page('', { colorScheme: 'light' });
    const button = o.page.getByRole('button', { name: 'Dark theme' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(isDark(await background(o))).toBe(true);
    await o.page.reload();
    expect(isDark(await background(o))).toBe(true);
    expect(await o.page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    await o.page.getByRole('button', { name: 'Dark theme' }).click();
    await o.page.reload();
    expect(isDark(await background(o))).toBe(false);
  });

  it('overrides a dark system preference when the reader picks light', async () => {
    const o = await page('', { colorScheme: 'dark' });
    await o.page.getByRole('button', { name: 'Dark theme' }).click();
    expect(isDark(await background(o))).toBe(false);
  });
});

describe('without JavaScript', () => {
  it('shows the whole essay, the contents and the colophon, and hides controls that need scripts', async () => {
    const o = await page('', { javaScriptEnabled: false });
    const text = await essayText(o);
    for (const line of linesOf('prose', 'quote', 'heading')) expect(text).toContain(squash(line.text));
    expect(await o.page.locator('#contents a').count()).toBe(10);
    expect(await o.page.locator('#colophon').isVisible()).toBe(true);
    expect(await o.page.locator('[data-theme-toggle]').isVisible()).toBe(false);
  });
});

describe('the opening', () => {
  it('has a standfirst of ours, outside the author’s text and set in the face of our additions', async () => {
    const o = await page('', { viewport: { width: 375, height: 667 } });
    const standfirst = o.page.locator('.essay-header__standfirst');
    expect(await standfirst.count()).toBe(1);
    expect(await standfirst.evaluate((el) => ({ inArticle: !!el.closest('article'), ours: el.classList.contains('ui') }))).toEqual({ inArticle: false, ours: true });
    expect(await standfirst.innerText()).toMatch(/ours, not the author’s/);
    // It is on the phone's first screen, under the title.
    const box = (await standfirst.boundingBox())!;
    expect(box.y).toBeLessThan(667);
  });
});

describe('the header', () => {
  it('offers the Animations toggle only on the page where something moves', async () => {
    const essay = await page('');
    expect(await essay.page.getByRole('button', { name: 'Animations' }).count()).toBe(1);
    for (const path of ['methods/', 'no-such-page']) {
      const o = await page(path);
      expect(await o.page.getByRole('button', { name: 'Animations' }).count(), path).toBe(0);
      expect(await o.page.getByRole('button', { name: /theme/i }).count(), path).toBe(1);
    }
  });
});

describe('layout and reflow', () => {
  for (const width of [320, 375, 768, 1280, 1920]) {
    it(`has no horizontal scrolling at ${width} px`, async () => {
      const o = await page('', { viewport: { width, height: 800 } });
      expect(await scrollsSideways(o.page)).toBe(false);
    });
  }

  for (const width of [320, 375, 768, 1280, 1920]) {
    it(`keeps every card, figure and table inside its column, and each card's words whole, at ${width} px`, async () => {
      const o = await page('', { viewport: { width, height: 800 }, reducedMotion: 'no-preference' });
      // Every table is laid out (details open), as a reader who opens them sees it.
      await o.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const overflows = await o.page.evaluate(() => {
        const out: string[] = [];
        const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} in #${el.closest('[id]')?.id}`;
        const check = (el: Element, box: DOMRect) => {
          const r = el.getBoundingClientRect();
          if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) out.push(`${name(el)}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
        };
        // Cards and tables stay inside the column that holds them.
        for (const el of document.querySelectorAll('.label-group__item, table')) {
          const column = el.parentElement!.closest('.step__text, .explorer, .essay-section, main');
          if (column) check(el, column.getBoundingClientRect());
        }
        // Figures stay inside the window, and the live chart beside the text never covers a card.
        for (const el of document.querySelectorAll('figure, .chart-frame')) check(el, new DOMRect(0, 0, document.documentElement.clientWidth, 1));
        for (const block of document.querySelectorAll('div[data-scrolly]')) {
          const live = block.querySelector('.scrolly__live')!.getBoundingClientRect();
          for (const card of block.querySelectorAll('.label-group__item')) {
            const r = card.getBoundingClientRect();
            const beside = live.width && live.left > r.left;
            if (beside && r.right > live.left + 1) out.push(`${name(card)} runs under the live chart`);
          }
        }
        // A card's words are never cut across lines ("Distinguishe / d"), and a group's titles share one size.
        for (const group of document.querySelectorAll('.label-group')) {
          const sizes = [...group.querySelectorAll('.label-group__title')].map((t) => parseFloat(getComputedStyle(t).fontSize));
          if (Math.max(...sizes) - Math.min(...sizes) > 0.1) out.push(`${name(group)}: titles at ${sizes.join(', ')} px`);
          for (const text of group.querySelectorAll('.label-group__title, .label-group__line')) {
            const node = text.firstChild!;
            for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) out.push(`"${m[0]}" cut across lines in ${name(group)}`);
            }
          }
        }
        return out;
      });
      expect(overflows).toEqual([]);
    });
  }

  it('reflows at 200% zoom on a 1280 px window (640 CSS px) without horizontal scrolling', async () => {
    const o = await page('', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    expect(await scrollsSideways(o.page)).toBe(false);
  });

  it('keeps the measure of the text between about 45 and 80 characters per line', async () => {
    for (const width of [375, 1280, 2560]) {
      const o = await page('', { viewport: { width, height: 900 } });
      const chars = await o.page.locator('#opening > p').last().evaluate((p) => {
        const range = document.createRange();
        const text = p.firstChild as Text;
        range.setStart(text, 0);
        const top = range.getClientRects();
        void top;
        const lines = new Map<number, number>();
        for (let i = 0; i < (text.textContent ?? '').length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const r = range.getBoundingClientRect();
          lines.set(Math.round(r.top), (lines.get(Math.round(r.top)) ?? 0) + 1);
        }
        const counts = [...lines.values()].slice(0, -1);
        return counts.reduce((a, b) => a + b, 0) / counts.length;
      });
      if (width >= 768) {
        expect(chars, `${width} px`).toBeGreaterThan(55);
        expect(chars, `${width} px`).toBeLessThan(80);
      } else {
        expect(chars, `${width} px`).toBeGreaterThan(30);
      }
    }
  });
});

describe('print', () => {
  it('prints a clean article: the text stays, the header, contents and toggles go, ink is black on white', async () => {
    const o = await page();
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.locator('.site-header').isVisible()).toBe(false);
    expect(await o.page.locator('#contents').isVisible()).toBe(false);
    expect(await o.page.locator('article.essay p:not(.scrolly__desc)').first().isVisible()).toBe(true);
    const colours = await o.page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const pdf = await o.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A figure stays with the first lines of its text, but a step's text may run over a page (steps kept whole,
    // with figures 11 cm high, left half a page blank before the next: 38 pages; 29 today).
    expect(pdfPages(pdf)).toBeLessThanOrEqual(30);
  });

  it('prints the notes of a chart used in two blocks once', async () => {
    const o = await page();
    expect(await o.page.locator('[data-chart-notes="ladders"]').count()).toBe(2);
    await o.page.emulateMedia({ media: 'print' });
    const printed = await o.page.$$eval('[data-chart-notes]', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => (e as HTMLElement).dataset.chartNotes));
    expect(printed.filter((id) => id === 'ladders')).toHaveLength(1);
    expect(new Set(printed).size).toBe(printed.length);
  });

  it('prints every step’s figure at the full measure with its caption, with animations on too', async () => {
    const o = await page('', { reducedMotion: 'no-preference', viewport: { width: 1280, height: 800 } });
    await o.page.waitForFunction(() => document.documentElement.dataset.motion === 'full');
    await o.page.emulateMedia({ media: 'print' });
    const figures = await o.page.$$eval('.step__figure', (els) =>
      els.map((el) => {
        const column = el.closest('.step')!.getBoundingClientRect();
        // The caption is drawn into the figure: its sentence lines, under its title.
        const lines = [...el.querySelectorAll<SVGTextElement>('.step__svg .figure-desc')];
        const desc = el.querySelector('.step__svg desc')?.textContent;
        return {
          id: el.closest('.step')!.id,
          share: el.getBoundingClientRect().width / column.width,
          caption: lines.length > 0 && lines.every((t) => t.getBoundingClientRect().height > 5) && !!desc?.startsWith(lines.map((t) => t.textContent).join(' ')),
        };
      }),
    );
    expect(figures.length).toBeGreaterThan(10);
    for (const f of figures) {
      expect(f.share, f.id).toBeGreaterThan(0.95);
      expect(f.caption, f.id).toBe(true);
    }
  });
});

describe('the 404 page', () => {
  it('answers 404 with links back to every section', async () => {
    const { page: p, context } = await page();
    const response = await context.request.get(siteUrl('no-such-page'));
    expect(response.status()).toBe(404);
    await p.goto(siteUrl('no-such-page'));
    expect(await p.locator('h1').innerText()).toMatch(/isn’t here/);
    expect(await p.locator('main a[href*="#"]').count()).toBe(10);
    expect(await axeViolations(p)).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  // Every pair of width and theme, each with one motion setting, so that every pair of width, theme and motion
  // is checked here or at a step in scrolly.test.ts.
  for (const [width, colorScheme, reducedMotion] of [
    [375, 'light', 'no-preference'],
    [375, 'dark', 'reduce'],
    [1280, 'light', 'reduce'],
    [1280, 'dark', 'no-preference'],
  ] as const) {
    it(`reports no violations at ${width} px in the ${colorScheme} theme, motion ${reducedMotion}`, async () => {
      const o = await page('', { viewport: { width, height: 900 }, colorScheme, reducedMotion });
      expect(await axeViolations(o.page)).toEqual([]);
    });
  }
});

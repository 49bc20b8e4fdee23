/**
 * Workshop mode as a facilitator uses it: the presentation's keys (a
 * clicker's included), its addresses, the facilitator's window in step both
 * ways, the one-screen view, the timer, printing the deck and the handout,
 * and accessibility of the presentation and the guide.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, pdfPages, scriptsAndFirstPaint, siteUrl, trackedOpen } from './helpers';

const opened = trackedOpen();
/** Once the deck's script has started: it loads once the first slide has painted (AfterPaint, in Deck.astro). */
const deckStarted = (page: Page) => page.locator('[data-deck][data-started]').waitFor({ state: 'attached' });
/** Opens a page; a deck's, once its script has started. */
const open: typeof opened = async (path = '', options = {}) => {
  const o = await opened(path, options);
  if (path.startsWith('present/')) await deckStarted(o.page);
  return o;
};
const current = (page: Page) => page.locator('.slide[aria-current="step"]').getAttribute('data-step');
const hash = (page: Page) => new URL(page.url()).hash;
const pdfBox = (pdf: Buffer) => /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))?.slice(1, 3).map((n) => Math.round(Number(n)));

describe('the presentation', () => {
  it('steps with every next and previous key, a clicker’s included, and marks the slide and the address', async () => {
    const { page, errors } = await open('present/');
    expect(await current(page)).toBe('start');
    const order = await page.locator('.slide').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));
    for (const [k, i] of [['ArrowRight', 1], ['PageDown', 2], ['Space', 3], ['n', 4]] as const) {
      await page.keyboard.press(k);
      expect(await current(page), k).toBe(order[i]);
    }
    expect(hash(page)).toBe(`#${order[4]}`);
    for (const [k, i] of [['ArrowLeft', 3], ['PageUp', 2], ['Shift+Space', 1], ['p', 0]] as const) {
      await page.keyboard.press(k);
      expect(await current(page), k).toBe(order[i]);
    }
    await page.keyboard.press('ArrowDown');
    expect(await current(page)).toBe('opening');
    await page.keyboard.press('ArrowDown');
    expect(await current(page)).toBe('the-spectrum-of-expertise');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    expect(await current(page)).toBe('the-spectrum-of-expertise');
    await page.keyboard.press('ArrowUp');
    expect(await current(page)).toBe('opening');
    await page.keyboard.press('End');
    expect(await current(page)).toBe('closing');
    await page.keyboard.press('Home');
    expect(await current(page)).toBe('start');
    expect(await page.locator('.slide.is-current').count()).toBe(1);
    expect(await page.locator('.slide:not(.is-current)').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('blanks the screen black (B or a clicker’s “.”) or white (W), and back', async () => {
    const { page } = await open('present/#sarah-promoted');
    const screen = page.locator('[data-screen]');
    await page.keyboard.press('.');
    expect(await screen.isVisible()).toBe(true);
    expect(await screen.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('.');
    expect(await screen.isVisible()).toBe(false);
    await page.keyboard.press('b');
    expect(await screen.isVisible()).toBe(true);
    await page.keyboard.press('w');
    expect(await screen.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.keyboard.press('Escape');
    expect(await screen.isVisible()).toBe(false);
    expect(await current(page)).toBe('sarah-promoted');
  });

  it('opens the overview (O), goes to a slide by number (G), shows the help (?), and Esc closes each', async () => {
    const { page } = await open('present/');
    // No thumbnails in the page's HTML: each slide's figure appears, small, once the overview opens.
    expect(await page.locator('.overlay__thumb').count()).toBe(0);
    await page.keyboard.press('o');
    expect(await page.locator('[data-overview]').isVisible()).toBe(true);
    const withFigures = await page.locator('.slide .slide__svg svg').count();
    expect(withFigures).toBeGreaterThan(20);
    expect(await page.locator('[data-overview] .overlay__thumb svg').count()).toBe(withFigures);
    // Each thumbnail sits in the link to its own slide, and shows that slide's figure.
    for (const id of ['sarah-new-week', 'the-deep-end']) {
      const thumb = await page.locator(`[data-overview] a[data-goto="${id}"] .overlay__thumb svg`).evaluate((svg) => svg.getAttribute('viewBox') + (svg.querySelector('.figure-desc')?.textContent ?? ''));
      const own = await page.locator(`#${id} .slide__svg svg`).evaluate((svg) => svg.getAttribute('viewBox') + (svg.querySelector('.figure-desc')?.textContent ?? ''));
      expect(thumb, id).toBe(own);
    }
    expect(await page.locator('[data-overview] .overlay__thumb').first().evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(60);
    expect(await axeViolations(page), 'the overview with its thumbnails').toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-overview]').isVisible()).toBe(false);
    await page.keyboard.press('g');
    const input = page.locator('[data-goto-form] input');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    // Keys typed into the box are the box's: no slide moves.
    await input.fill('12');
    await page.keyboard.press('Enter');
    expect(await page.locator('.slide[aria-current="step"]').getAttribute('data-slide-number')).toBe('12');
    await page.keyboard.press('o');
    await page.locator('[data-overview] a[data-goto="closing"]').click();
    expect(await current(page)).toBe('closing');
    await page.keyboard.press('?');
    expect(await page.locator('[data-help]').isVisible()).toBe(true);
    expect(await page.locator('[data-help] kbd', { hasText: 'PageDown' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-help]').isVisible()).toBe(false);
  });

  it('starts from the top on F5 and from here on Shift+F5, without reloading', async () => {
    const { page } = await open('present/#the-deep-end');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.keyboard.press('Shift+F5');
    expect(await current(page)).toBe('the-deep-end');
    await page.keyboard.press('F5');
    expect(await current(page)).toBe('start');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  it('keeps its place through a reload, a shared link and the back button; Esc leaves for the essay at that place', async () => {
    const { page } = await open('present/#three-summits-of-craft');
    expect(await current(page)).toBe('three-summits-of-craft');
    await page.keyboard.press('ArrowRight');
    expect(hash(page)).toBe('#as-much-or-more');
    await page.reload();
    await deckStarted(page);
    expect(await current(page)).toBe('as-much-or-more');
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => u.pathname === '/' && u.hash === '#as-much-or-more');
    await page.goBack();
    await page.waitForURL(/\/present\/#as-much-or-more$/);
    await deckStarted(page);
    expect(await current(page)).toBe('as-much-or-more');
    // An unknown or hostile address opens on the first slide, and puts nothing of it in the page.
    await page.goto(siteUrl('present/?fresh=1#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'));
    await deckStarted(page);
    expect(await current(page)).toBe('start');
    expect(await page.content()).not.toContain('onerror');
  });

  it('opens from the essay’s header at the reader’s place', async () => {
    const { page } = await open('#the-deep-end');
    await page.locator('[data-present-link]').click();
    await page.waitForURL(/\/present\/#the-deep-end$/);
    expect(await current(page)).toBe('the-deep-end');
  });

  it('takes no key while a control of the live simulation has focus, and keeps its scenario in the address', async () => {
    const { page } = await open('present/?rho=0.5#try-it');
    const rho = page.locator('[data-explorer-form] input[name="rho"]');
    await rho.waitFor({ state: 'visible' });
    await page.locator('[data-explorer][data-explorer="ready"]').waitFor({ timeout: 15_000 });
    expect(await rho.inputValue()).toBe('0.5');
    await rho.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await current(page)).toBe('try-it');
    expect(await rho.inputValue()).not.toBe('0.5');
    await expect.poll(() => new URL(page.url()).searchParams.get('rho')).not.toBe('0.50');
    expect(hash(page)).toBe('#try-it');
  });

  it('is legible at 1024×768 and 1920×1080: the figure fills the height and its sentence is large', async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const { page } = await open('present/#the-deep-end', { viewport });
      const box = await page.locator('.slide.is-current .slide__svg svg').boundingBox();
      expect(box && box.height > viewport.height * 0.8 && box.width <= viewport.width && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
      const sentence = await page.locator('.slide.is-current .figure-desc').first().boundingBox();
      expect(sentence?.height ?? 0, `${viewport.width}`).toBeGreaterThan(viewport.height / 45);
    }
  });

  it('keeps every slide within its edges, on a projector, a wide screen, a phone and beside the notes, with its foot below its content', async () => {
    for (const [path, viewport] of [
      ['present/', { width: 1280, height: 800 }],
      ['present/', { width: 1920, height: 1080 }],
      ['present/', { width: 375, height: 740 }],
      ['present/?view=presenter', { width: 1280, height: 720 }],
    ] as const) {
      const { page, context } = await open(path, { viewport });
      const steps = await page.locator('.slide').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step ?? ''));
      const faults: string[] = [];
      for (const step of steps) {
        await page.evaluate((s) => (location.hash = s), step);
        await page.waitForFunction((s) => document.querySelector<HTMLElement>('.slide.is-current')?.dataset.step === s, step);
        faults.push(
          ...(await page.evaluate(() => {
            const slide = document.querySelector<HTMLElement>('.slide.is-current')!;
            // From the slide's top (an address naming something inside a slide scrolls the slide to it).
            slide.scrollTop = 0;
            const foot = slide.querySelector<HTMLElement>('.slide__foot')!;
            const found: string[] = [];
            // Nothing runs past the sides (a slide scrolls down when it must, never sideways).
            const name = slide.dataset.step;
            if (slide.scrollWidth > slide.clientWidth + 1) found.push(`${name}: ${slide.scrollWidth} px wide in ${slide.clientWidth}`);
            // Nothing starts above the slide's top, where no scrolling could reach it.
            const top = Math.min(...[...slide.children].map((c) => c.getBoundingClientRect().top));
            if (top < slide.getBoundingClientRect().top) found.push(`${name}: starts ${Math.round(slide.getBoundingClientRect().top - top)} px above the top`);
            // The foot (section and slide number) lies across nothing: it starts below the rest of the slide.
            const contentBottom = Math.max(...[...slide.children].filter((c) => c !== foot).map((c) => c.getBoundingClientRect().bottom));
            if (foot.getBoundingClientRect().top < contentBottom - 1) found.push(`${name}: the foot overlaps the content`);
            // The closing quote keeps a reading width: the code goes under it on a narrow slide.
            const quote = slide.querySelector('.slide__quote');
            const closing = quote?.parentElement?.getBoundingClientRect().width ?? 0;
            if (quote && quote.getBoundingClientRect().width < closing / 2) found.push(`${name}: the quote is ${Math.round(quote.getBoundingClientRect().width)} px wide of ${Math.round(closing)}`);
            return found;
          })).map((f) => `${path} ${viewport.width}×${viewport.height} ${f}`),
        );
      }
      expect(steps.length).toBeGreaterThan(40);
      expect(faults).toEqual([]);
      await context.close();
    }
  });

  it('paints the slide its address names first, alone, before its script has even loaded', async () => {
    const { page, context } = await open('404-first/');
    // The deck's module script arrives late, as on a slow venue network.
    await context.route(/\/_astro\/.*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    const shown = () =>
      page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slide')].filter((s) => s.getBoundingClientRect().height > 0).map((s) => s.dataset.step));
    for (const [path, slide] of [['present/#sarah-new-week', 'sarah-new-week'], ['present/facilitator/#opening', 'opening'], ['present/#no-such-slide', 'start']]) {
      await page.goto(siteUrl(path as string), { waitUntil: 'commit' });
      await page.waitForSelector('.slide', { state: 'attached' });
      await page.waitForTimeout(300);
      expect(await page.locator('[data-deck]').getAttribute('data-started'), `${path}: the script has not run yet`).toBeNull();
      expect(await shown(), path).toEqual([slide]);
      await expect.poll(() => page.locator('[data-deck]').getAttribute('data-started'), { timeout: 8000 }).toBe('');
      expect(await shown(), `${path}, once the script runs`).toEqual([slide]);
      expect(await current(page)).toBe(slide);
    }
  });

  it('asks for its script only once the first slide has painted, and plays a key pressed before it started', async () => {
    const { page, context, errors } = await open('404-first/');
    // The script arrives late, as on a slow venue network, and the clicker is pressed as the slide appears.
    await context.route(/\/_astro\/.*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    const started = () => page.locator('[data-deck]').getAttribute('data-started');
    await page.goto(siteUrl('present/#sarah-new-week'), { waitUntil: 'commit' });
    await page.locator('.slide[data-step="sarah-new-week"]').waitFor({ state: 'visible' });
    expect(await started()).toBeNull();
    await page.keyboard.press('ArrowRight');
    await expect.poll(started, { timeout: 8000 }).toBe('');
    const next = await page.evaluate(() => {
      const ids = [...document.querySelectorAll<HTMLElement>('.slide')].map((s) => s.dataset.step);
      return ids[ids.indexOf('sarah-new-week') + 1];
    });
    await expect.poll(() => current(page)).toBe(next);
    const { fcp, scripts } = await scriptsAndFirstPaint(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.start <= fcp), `scripts asked for before the first paint at ${fcp} ms`).toEqual([]);
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
  });

  it('cross-fades slides only when motion is allowed, and never as it opens', async () => {
    const animation = (page: Page) => page.locator('.slide.is-current').evaluate((el) => getComputedStyle(el).animationName);
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page } = await open('present/#sarah-arc', { reducedMotion });
      // The slide the address names is there from the first paint, not faded in.
      expect(await animation(page), `${reducedMotion}, opening`).toBe('none');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => current(page)).not.toBe('sarah-arc');
      expect(await animation(page), `${reducedMotion}, next slide`).toBe(reducedMotion === 'reduce' ? 'none' : 'slide-in');
      if (reducedMotion === 'no-preference') {
        // The site's own motion switch (remembered in storage) wins over the system's setting.
        await page.evaluate(() => localStorage.setItem('motion', 'reduce'));
        await page.reload();
        await deckStarted(page);
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(50);
        expect(await animation(page), 'motion switched off on the site').toBe('none');
      }
    }
  });
});

describe('the facilitator’s window', () => {
  it('moves with the audience’s window and moves it, both ways, with the timer and the blank screen', async () => {
    const audience = await open('present/#start');
    const facilitator = await audience.context.newPage();
    await facilitator.goto(siteUrl('present/facilitator/#start'));
    await deckStarted(facilitator);
    await audience.page.keyboard.press('ArrowRight');
    await expect.poll(() => current(facilitator)).toBe('opening');
    await facilitator.keyboard.press('ArrowRight');
    await expect.poll(() => current(audience.page)).toBe('sarah-presentation');
    // The facilitator sees the author's whole paragraph, our notes and the next slide.
    expect(await facilitator.locator('[data-notes-for="sarah-presentation"]').isVisible()).toBe(true);
    expect(await facilitator.locator('[data-notes-for="sarah-presentation"] .notes__paragraph').innerText()).toMatch(/^The coffee was cold, forgotten/);
    expect(await facilitator.locator('[data-notes-for="sarah-presentation"] .notes__step-note').innerText()).toMatch(/Read the paragraph aloud/);
    expect(await facilitator.locator('[data-notes-section="opening"]').innerText()).toContain('Welcome the room');
    expect(await facilitator.locator('[data-next-title]').innerText()).not.toBe('');
    expect(await audience.page.locator('[data-deck-notes]').isVisible()).toBe(false);
    // The timer: started in one window, running in both; reset from the other.
    await facilitator.keyboard.press('t');
    await expect.poll(() => audience.page.locator('[data-deck]').getAttribute('data-timer-running')).toBe('');
    // The clock redraws every half second.
    await facilitator.waitForTimeout(1700);
    expect(await facilitator.locator('[data-timer-section]').first().innerText()).toMatch(/^0:0[1-9]$/);
    expect(await facilitator.locator('[data-timer-budget]').first().innerText()).toBe('8:00');
    await audience.page.keyboard.press('r');
    await expect.poll(() => facilitator.locator('[data-timer-total]').first().innerText()).toBe('0:00');
    // A black screen asked for in the facilitator's window blanks the room's.
    await facilitator.keyboard.press('b');
    await expect.poll(() => audience.page.locator('[data-screen]').isVisible()).toBe(true);
    expect(await facilitator.locator('[data-screen]').isVisible()).toBe(false);
    await facilitator.keyboard.press('b');
    await expect.poll(() => audience.page.locator('[data-screen]').isVisible()).toBe(false);
    await facilitator.close();
  });

  it('gives a phone the notes at full width, and leaves the slide to the room’s screen', async () => {
    const { page, context } = await open('present/facilitator/#the-deep-end', { viewport: { width: 375, height: 740 } });
    const notes = await page.locator('[data-deck-notes]').boundingBox();
    expect(notes && notes.x <= 1 && notes.width >= 374).toBe(true);
    expect(await page.locator('.slide.is-current').isVisible()).toBe(false);
    expect(await page.locator('[data-notes-for="the-deep-end"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    // A slide with short notes: their panel still fills the screen.
    await page.evaluate(() => (location.hash = 'closing'));
    await expect.poll(() => page.locator('[data-deck-notes]').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(740);
    await context.close();
  });

  it('opens with S, and says so with a link when the browser blocks it', async () => {
    const { page, context } = await open('present/#the-deep-end');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname + new URL(popup.url()).hash).toBe('/present/facilitator/#the-deep-end');
    await popup.close();
    await page.evaluate(() => (window.open = () => null));
    await page.keyboard.press('s');
    const message = page.locator('[data-popup-blocked]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.locator('a').getAttribute('href')).toBe('/present/facilitator/#the-deep-end');
  });

  it('has a one-screen view for a video call: notes and timer beside the slide (V), kept in the address', async () => {
    const { page } = await open('present/#sarah-new-week');
    await page.keyboard.press('v');
    expect(await page.locator('[data-deck]').getAttribute('data-view')).toBe('presenter');
    expect(new URL(page.url()).searchParams.get('view')).toBe('presenter');
    expect(await page.locator('[data-notes-for="sarah-new-week"]').isVisible()).toBe(true);
    expect(await page.locator('[data-timer]').isVisible()).toBe(true);
    const slide = await page.locator('.slide.is-current').boundingBox();
    const notes = await page.locator('[data-deck-notes]').boundingBox();
    expect(slide && notes && slide.x + slide.width <= notes.x + 1).toBe(true);
    await page.reload();
    await deckStarted(page);
    expect(await page.locator('[data-notes-for="sarah-new-week"]').isVisible()).toBe(true);
    await page.keyboard.press('v');
    expect(await page.locator('[data-deck-notes]').isVisible()).toBe(false);
  });
});

describe('printing', () => {
  it('prints the deck one slide per page', async () => {
    const { page } = await open('present/#the-deep-end');
    const slides = await page.locator('.slide').count();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(slides);
  });

  it('prints the handout on A4 and on US Letter, every chart on it, on four sheets', async () => {
    for (const [path, box] of [
      ['facilitator/handout/', [595, 842]],
      ['facilitator/handout/letter/', [612, 792]],
    ] as const) {
      const { page } = await open(path);
      await page.emulateMedia({ media: 'print' });
      const charts = page.locator('[data-handout-chart]');
      expect(await charts.count()).toBe(8);
      for (let i = 0; i < 8; i++) expect((await charts.nth(i).locator('svg').boundingBox())?.height ?? 0).toBeGreaterThan(100);
      expect(await page.locator('.handout__qr svg').isVisible()).toBe(true);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdfBox(pdf), path).toEqual(box);
      // The eight charts on two sheets (two rows under the header, two more), the questions on the third (they
      // start a page), the ladder exercise and the commitment on the fourth: a sheet more is a sheet per person.
      expect(pdfPages(pdf), path).toBe(4);
    }
  });

  it('prints the guide with no section pushed whole onto the next page (that left most of a page blank: eleven pages)', async () => {
    const { page } = await open('facilitator/');
    const pdf = await page.pdf({ preferCSSPageSize: true, format: 'A4' });
    // Nine today: a section may run over a page, its heading kept with its first lines.
    expect(pdfPages(pdf)).toBeLessThanOrEqual(9);
  });
});

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds nothing in the presentation, the facilitator’s window, the guide and the handout (${colorScheme})`, async () => {
      const { page } = await open('present/#sarah-new-week', { colorScheme, reducedMotion: colorScheme === 'light' ? 'reduce' : 'no-preference' });
      expect(await axeViolations(page), 'present').toEqual([]);
      await page.keyboard.press('?');
      expect(await axeViolations(page), 'help').toEqual([]);
      for (const path of ['present/facilitator/#a-different-mountain', 'facilitator/', 'facilitator/handout/']) {
        await page.goto(siteUrl(path));
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }
});

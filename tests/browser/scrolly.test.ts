import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, siteUrl, trackedOpen } from './helpers';

const page = trackedOpen();

/** Every step on the page, in document order, with its chart and state. */
function steps(p: Page) {
  return p.$$eval('[data-step]', (els) =>
    els.map((e) => ({ id: e.id, chart: (e as HTMLElement).dataset.stepChart ?? '', state: (e as HTMLElement).dataset.stepState ?? '' })),
  );
}

/** The live chart of the block that holds step `id`: its chart id and the state it shows. */
function liveChartOf(p: Page, id: string) {
  return p.evaluate((id) => {
    const live = document.getElementById(id)?.closest('[data-scrolly]')?.querySelector<HTMLElement>('.scrolly__live');
    return { chart: live?.dataset.chart, state: live?.dataset.state, current: live?.closest('[data-scrolly]')?.querySelector('[aria-current="step"]')?.id };
  }, id);
}

/**
 * Scrolls by hand (wheel), as a reader does, until step `id` sits on the trigger line. Each turn of the wheel is
 * measured once its scroll has ended: the page goes on scrolling after the event, for longer on a busy machine, and
 * a turn measured mid-scroll added a second one that carried the page past the step and back (once in CI: steps
 * seen in the order 3, 5, 4, 5).
 */
async function wheelTo(p: Page, id: string) {
  for (let i = 0; i < 40; i++) {
    const { delta, y } = await p.evaluate((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      const line = innerHeight * (innerWidth >= 1280 ? 0.5 : 0.62);
      return { delta: r.top - line + 20, y: scrollY };
    }, id);
    // Done once the step's top is just above the trigger line (between 60 and 5 px above it), never below.
    if (delta > -40 && delta < 15) return;
    await p.mouse.wheel(0, Math.max(-1500, Math.min(1500, delta)));
    await scrollEnded(p, { frames: 2, from: y });
  }
}

/**
 * Waits in the page until its scroll has ended: the page has held still for `frames` animation frames (after moving
 * from `from`, when a scroll was just asked for: it may start a frame or two late; if it has not started in half a
 * second, there was nothing to scroll). Gives up after `limit` ms.
 */
function scrollEnded(p: Page, { frames, from = null, limit = 3000 }: { frames: number; from?: number | null; limit?: number }) {
  return p.evaluate(
    async ({ frames, from, limit }) => {
      const start = performance.now();
      let last = scrollY;
      let still = 0;
      while (performance.now() - start < limit) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        still = scrollY === last ? still + 1 : 0;
        last = scrollY;
        if (still >= frames && (from === null || scrollY !== from || performance.now() - start > 500)) return;
      }
    },
    { frames, from, limit },
  );
}

const noMotion = { reducedMotion: 'no-preference' as const };

/**
 * Follows a link to step `id` within the page (sets the address's fragment) and waits until the page has glided there
 * and stopped. Chromium drops a fragment's scroll that begins while an earlier smooth scroll still glides: a test that
 * jumped again before the page had arrived left it where the first jump went (once in CI, under load).
 */
async function jumpTo(p: Page, id: string) {
  const from = await p.evaluate((id) => {
    const y = scrollY;
    location.hash = id;
    return y;
  }, id);
  // Stopped: still for twelve frames (about 200 ms), then the step is in the window.
  const arrived = async () => {
    await scrollEnded(p, { frames: 12, from });
    return p.evaluate((id) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight;
    }, id);
  };
  await expect.poll(arrived, { message: `the page glides to #${id} and stops there`, timeout: 15_000 }).toBe(true);
}

describe('scrollytelling', () => {
  it('reaches every step in order as the reader scrolls, and the chart shows that step’s state', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
      const o = await page('', { viewport, ...noMotion });
      const all = await steps(o.page);
      expect(all.length).toBeGreaterThanOrEqual(12);
      const seen: string[] = [];
      await o.page.exposeFunction('recordStep', (id: string) => seen.push(id));
      await o.page.evaluate(() =>
        document.addEventListener('stepchange', (e) => {
          const d = (e as CustomEvent<{ id: string; source: string }>).detail;
          if (d.source === 'scroll') (window as unknown as { recordStep(id: string): void }).recordStep(d.id);
        }),
      );
      await o.page.mouse.move(200, 300);
      for (const step of all) {
        await wheelTo(o.page, step.id);
        await expect.poll(() => liveChartOf(o.page, step.id), { timeout: 3000 }).toEqual({ chart: step.chart, state: step.state, current: step.id });
      }
      // The steps the scroll moved to came in reading order (a block's first step is already current when it arrives).
      const order = seen.map((id) => all.findIndex((s) => s.id === id));
      expect(order, `${viewport.width} px: a step the page does not have in ${seen.join(' ')}`).not.toContain(-1);
      const blocks = await o.page.locator('[data-scrolly]').count();
      expect(order.length, `${viewport.width} px: ${seen.join(' ')}`).toBeGreaterThanOrEqual(all.length - blocks);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // The address names the last step once the reader stays on it (a moment after, not mid-move).
      await expect.poll(() => new URL(o.page.url()).hash, { timeout: 3000 }).toBe(`#${all[all.length - 1]?.id}`);
    }
  });

  it('opens a step’s hash link in that step’s state, without playing the steps before it', async () => {
    const o = await page('/#the-deep-end', noMotion);
    await expect.poll(() => liveChartOf(o.page, 'the-deep-end')).toEqual({ chart: 'training-gap', state: 'deep-end', current: 'the-deep-end' });
    // No mark is mid-transition once the page has settled.
    await o.page.waitForTimeout(300);
    expect(await o.page.evaluate(() => [...document.querySelectorAll('.scrolly__live [opacity]')].filter((e) => e.getAttribute('opacity') !== '1').length)).toBe(0);
    expect(new URL(o.page.url()).hash).toBe('#the-deep-end');
    // A hash link clicked within the page lands on its final state too.
    await o.page.evaluate(() => {
      location.hash = '#sarah-new-week';
    });
    await expect.poll(() => liveChartOf(o.page, 'sarah-new-week')).toEqual({ chart: 'sarahs-week', state: 'meetings', current: 'sarah-new-week' });
  });

  it('restores the step after a reload mid-page', async () => {
    const o = await page('', noMotion);
    await o.page.mouse.move(200, 300);
    await wheelTo(o.page, 'a-different-mountain');
    await expect.poll(() => liveChartOf(o.page, 'a-different-mountain')).toMatchObject({ state: 'other-foot' });
    await o.page.reload();
    await expect.poll(() => liveChartOf(o.page, 'a-different-mountain')).toEqual({ chart: 'different-mountain', state: 'other-foot', current: 'a-different-mountain' });
  });

  it('keeps the active step through a resize from 1280 to 375 and back', async () => {
    const o = await page('', { viewport: { width: 1280, height: 800 }, ...noMotion });
    await o.page.mouse.move(200, 300);
    await wheelTo(o.page, 'about-35-trained');
    await expect.poll(() => liveChartOf(o.page, 'about-35-trained')).toMatchObject({ state: 'trained' });
    for (const width of [375, 1280]) {
      await o.page.setViewportSize({ width, height: 800 });
      await o.page.evaluate(() => document.getElementById('about-35-trained')!.scrollIntoView({ behavior: 'instant' }));
      await expect
        .poll(() => liveChartOf(o.page, 'about-35-trained'), { message: `${width} px`, timeout: 3000 })
        .toMatchObject({ state: 'trained', current: 'about-35-trained' });
      // The live chart was redrawn at its new size (once the resize has settled: a short wait for it).
      const misfit = () =>
        o.page.$eval('[data-chart="training-gap"].scrolly__live svg', (s) => Math.abs(Number(s.getAttribute('width')) - s.parentElement!.clientWidth));
      await expect.poll(misfit, { message: `${width} px: the chart's width against its box's`, timeout: 3000 }).toBeLessThanOrEqual(1);
    }
  });

  it('under reduced motion, stacks one still figure per step and runs no animation', async () => {
    const o = await page('', { reducedMotion: 'reduce' });
    expect(await o.page.getAttribute('html', 'data-motion')).toBe('reduce');
    const count = (await steps(o.page)).length;
    expect(await o.page.locator('.step__svg svg:visible').count()).toBe(count);
    expect(await o.page.locator('.scrolly__live:visible').count()).toBe(0);
    await o.page.mouse.move(200, 300);
    await wheelTo(o.page, 'sarah-new-week');
    await o.page.waitForTimeout(200);
    // Nothing runs on a clock (the reading-progress bar follows the scroll position, which is not motion).
    expect(
      await o.page.evaluate(() => document.getAnimations().filter((a) => !(typeof ScrollTimeline !== 'undefined' && a.timeline instanceof ScrollTimeline)).length),
    ).toBe(0);
    expect(await o.page.evaluate(() => document.querySelectorAll('.scrolly__live [opacity]').length)).toBe(0);
  });

  it('explains the icon-only toggle on a phone: what it did shows for a moment under the header', async () => {
    const o = await page('', { ...noMotion, viewport: { width: 375, height: 700 } });
    const toggle = o.page.getByRole('button', { name: 'Animations' });
    // An icon, its name visually hidden until a mouse or the keyboard points at it.
    expect((await toggle.locator('span').boundingBox())?.width).toBeLessThanOrEqual(1);
    await toggle.focus();
    await o.page.keyboard.press('Shift'); // focus by keyboard: :focus-visible
    expect((await toggle.locator('span').boundingBox())?.width ?? 0).toBeGreaterThan(40);
    await toggle.click();
    const message = o.page.locator('[data-motion-status]');
    const box = await message.boundingBox();
    expect(box && box.width > 200 && box.height > 20 && box.y >= 40 && box.y < 120, JSON.stringify(box)).toBe(true);
    expect(await message.innerText()).toMatch(/Animations off: each step shows its own still chart/);
    await expect.poll(() => message.innerText(), { timeout: 6000 }).toBe('');
    expect((await message.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  });

  it('lets a reader turn animations off and on, announces it, and remembers it', async () => {
    const o = await page('', noMotion);
    const toggle = o.page.getByRole('button', { name: 'Animations' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await o.page.getAttribute('html', 'data-motion')).toBe('reduce');
    expect(await o.page.locator('[role="status"][data-motion-status]').innerText()).toMatch(/Animations off/);
    expect(await o.page.locator('.step__svg svg:visible').count()).toBe((await steps(o.page)).length);
    await o.page.reload();
    expect(await o.page.getAttribute('html', 'data-motion')).toBe('reduce');
    // And the other way: on, over a system that asks for less motion.
    const r = await page('', { reducedMotion: 'reduce' });
    await r.page.getByRole('button', { name: 'Animations' }).click();
    expect(await r.page.getAttribute('html', 'data-motion')).toBe('full');
    expect(await r.page.locator('.scrolly__live:visible').count()).toBeGreaterThan(0);
  });

  it('shows every step’s figure, description and data without JavaScript', async () => {
    const o = await page('', { javaScriptEnabled: false });
    const all = await steps(o.page);
    expect(await o.page.locator('.step__svg svg:visible').count()).toBe(all.length);
    for (const s of all) {
      const fig = o.page.locator(`#${s.id} .step__figure`);
      expect(await fig.getAttribute('data-state')).toBe(s.state);
      expect((await fig.locator('figcaption').innerText()).length).toBeGreaterThan(30);
    }
    expect(await o.page.locator('.scrolly__live:visible').count()).toBe(0);
    expect(await o.page.locator('.step table caption').count()).toBe(all.length);
  });

  it('activates the step under the trigger line after a jump (an instant scroll, no wheel)', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
      const o = await page('', { viewport, ...noMotion });
      const missed: string[] = [];
      for (const step of await steps(o.page)) {
        for (const block of ['start', 'center', 'end'] as const) {
          // As a script, find-in-page or a Home/End key would: straight there, no wheel.
          await o.page.evaluate(([id, block]) => document.getElementById(id!)!.scrollIntoView({ block: block as ScrollLogicalPosition, behavior: 'instant' }), [step.id, block]);
          // The step under the trigger line, from geometry, in the block that holds it (if the line crosses the block).
          const expected = await o.page.evaluate(() => {
            const line = innerHeight * (innerWidth >= 1280 ? 0.5 : 0.62);
            for (const b of document.querySelectorAll('div[data-scrolly]')) {
              const all = [...b.querySelectorAll<HTMLElement>('[data-step]')];
              const first = all[0]!.getBoundingClientRect();
              const last = all[all.length - 1]!.getBoundingClientRect();
              if (line < first.top || line > last.bottom) continue;
              return all.filter((s) => s.getBoundingClientRect().top <= line).pop()?.id ?? all[0]!.id;
            }
            return null;
          });
          if (!expected) continue;
          try {
            await expect.poll(async () => (await liveChartOf(o.page, expected)).current, { timeout: 1500 }).toBe(expected);
          } catch {
            missed.push(`${expected} (${block} of ${step.id})`);
          }
        }
      }
      expect(missed, `${viewport.width} px`).toEqual([]);
      expect(o.errors).toEqual([]);
    }
  });

  it('sticks the phone’s chart band flush under the header, with no gap for the text to show through', async () => {
    const o = await page('#sarah-promoted', { viewport: { width: 375, height: 667 }, ...noMotion });
    await expect.poll(async () => (await liveChartOf(o.page, 'sarah-promoted')).current).toBe('sarah-promoted');
    await o.page.mouse.move(200, 400);
    await o.page.mouse.wheel(0, 200);
    await o.page.waitForTimeout(300);
    const gap = await o.page.evaluate(() => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      const band = document.getElementById('sarah-promoted')!.closest('[data-scrolly]')!.querySelector('.scrolly__live')!.getBoundingClientRect();
      return band.top - header.bottom;
    });
    expect(gap).toBeLessThanOrEqual(0.5);
  });

  it('paints the chart beside the text on wide screens no wider than itself (the contents stay visible)', async () => {
    const o = await page('', { viewport: { width: 1280, height: 800 }, ...noMotion });
    const paint = await o.page.$eval('.scrolly__live', (el) => ({ source: getComputedStyle(el).borderImageSource, outset: getComputedStyle(el).borderImageOutset }));
    expect(paint).toEqual({ source: 'none', outset: '0' });
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
    it(`shows the current state’s sentence with the live chart (${viewport.width} px)`, async () => {
      const o = await page('', { viewport, ...noMotion });
      await o.page.mouse.move(200, 300);
      // On a phone the first block is below the first screen: the engine starts with the reader's first scroll.
      await o.page.mouse.wheel(0, 100);
      await o.page.waitForFunction(() => document.documentElement.dataset.scrolly === 'ready');
      for (const id of ['sarah-presentation', 'sarah-arc', 'five-mistakes', 'third-layer-forced-failure', 'the-deep-end', 'the-same-for-a-team', 'as-much-or-more', 'thirty-five-degrees', 'stay-brilliant']) {
        await wheelTo(o.page, id);
        // The step's still figure and the live one are the same figure: the live one must say this state's sentence.
        const expected = await o.page.$eval(`#${id} .step__svg desc`, (el) => el.textContent ?? '');
        const sentence = (id: string) =>
          [...document.getElementById(id)!.closest('[data-scrolly]')!.querySelectorAll<SVGTextElement>('.scrolly__live .figure-desc')].map((t) => t.textContent).join(' ');
        // The text alternative (<desc>) is the sentence, then what the figure's words add.
        await expect.poll(async () => { const drawn = await o.page.evaluate(sentence, id); return drawn.length > 20 && expected.startsWith(drawn) ? 'drawn' : drawn; }, { message: id, timeout: 4000 }).toBe('drawn');
        const visible = await o.page.evaluate((id) => {
          const lines = [...document.getElementById(id)!.closest('[data-scrolly]')!.querySelectorAll<SVGTextElement>('.scrolly__live .figure-desc')];
          return lines.length > 0 && lines.every((el) => {
            const r = el.getBoundingClientRect();
            return r.height > 8 && r.top >= 0 && r.bottom <= innerHeight;
          });
        }, id);
        expect(visible, id).toBe(true);
      }
    });
  }

  it('changes the live sentence without moving the page (no layout shift between steps)', async () => {
    const o = await page('', { viewport: { width: 375, height: 740 }, ...noMotion });
    await o.page.mouse.move(200, 300);
    await o.page.mouse.wheel(0, 100);
    await o.page.waitForFunction(() => document.documentElement.dataset.scrolly === 'ready');
    // Where the text after the ladders block sits in the document, before and after its steps change.
    const after = () => o.page.evaluate(() => Math.round(scrollY + document.querySelector('#promoting-with-purpose')!.getBoundingClientRect().top));
    await wheelTo(o.page, 'build-ladders');
    await expect.poll(async () => (await liveChartOf(o.page, 'build-ladders')).current).toBe('build-ladders');
    const before = await after();
    await wheelTo(o.page, 'a-system-that-defaults');
    await expect.poll(async () => (await liveChartOf(o.page, 'a-system-that-defaults')).current).toBe('a-system-that-defaults');
    expect(await after()).toBe(before);
  });

  it('keeps the marks a step keeps in view while they move, and fades out those that leave', async () => {
    const o = await page('', { viewport: { width: 1280, height: 800 }, ...noMotion });
    await o.page.mouse.move(200, 300);
    /** What the page records, frame by frame, of Sarah's week's live marks (below). */
    type Recorder = { marks: () => SVGElement[]; lowest: Record<string, number>; between: Record<string, boolean>; before: string[]; recording: boolean };
    await o.page.evaluate(() => {
      const w = window as unknown as Recorder;
      w.marks = () => [...(document.querySelector('#sarah-presentation')?.closest('[data-scrolly]')?.querySelectorAll<SVGElement>('.scrolly__live .chart-marks > [data-key]') ?? [])];
    });
    /** Each mark's lowest opacity (its attribute; none is 1) in every frame while the reader moves from `from` to `to`. */
    const across = async (from: string, to: string, state: string, jump = false) => {
      // A jump (a link to the step) draws its state at once, as the page's first draw does: no mark carries an opacity.
      if (jump) await jumpTo(o.page, from);
      else await wheelTo(o.page, from);
      await expect.poll(() => o.page.evaluate(() => (window as unknown as Recorder).marks().length)).toBeGreaterThan(10);
      await o.page.waitForTimeout(1200);
      await o.page.evaluate(() => {
        const w = window as unknown as Recorder;
        w.before = w.marks().map((m) => m.dataset.key ?? '');
        w.lowest = {};
        w.between = {};
        w.recording = true;
        const frame = () => {
          for (const m of w.marks()) {
            const key = m.dataset.key ?? '';
            const opacity = Number(m.getAttribute('opacity') ?? 1);
            w.lowest[key] = Math.min(w.lowest[key] ?? 1, opacity);
            if (opacity > 0.02 && opacity < 0.98) w.between[key] = true;
          }
          if (w.recording) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await wheelTo(o.page, to);
      await expect.poll(() => liveChartOf(o.page, to)).toMatchObject({ state });
      await o.page.waitForTimeout(1500);
      return o.page.evaluate(() => {
        const w = window as unknown as Recorder;
        w.recording = false;
        const after = w.marks();
        const opaque = new Set(after.filter((m) => Number(m.getAttribute('opacity') ?? 1) === 1).map((m) => m.dataset.key ?? ''));
        const stayed = w.before.filter((k) => opaque.has(k));
        const left = w.before.filter((k) => !after.some((m) => m.dataset.key === k));
        return { stayed: stayed.map((k) => [k, w.lowest[k]] as const), left: left.map((k) => [k, w.between[k] ?? false] as const) };
      });
    };
    // The chart's first move after the page loads: its marks were drawn without an opacity attribute.
    const first = await across('sarah-presentation', 'sarah-promoted', 'promotion');
    expect(first.stayed.length).toBeGreaterThan(10);
    expect(first.stayed.filter(([, lowest]) => (lowest ?? 0) < 0.99)).toEqual([]);
    // A move in which marks leave, after a jump: each is seen part-way out (it fades), not cut from full to nothing.
    const leaving = await across('sarah-new-week', 'sarah-arc', 'arc', true);
    expect(leaving.left.length).toBeGreaterThan(0);
    expect(leaving.stayed.filter(([, lowest]) => (lowest ?? 0) < 0.99)).toEqual([]);
    expect(leaving.left.filter(([, seenFading]) => !seenFading)).toEqual([]);
  });

  it('redraws only what a step changes: no attribute or word of the live chart written again with the value it had', async () => {
    const o = await page('', { viewport: { width: 1280, height: 800 }, ...noMotion });
    type Writes = { attributes: number; same: string[]; words: number; sameWords: string[] };
    const jumpAndRecord = async (from: string, fromState: string, to: string, state: string) => {
      await jumpTo(o.page, from);
      await expect.poll(() => liveChartOf(o.page, from)).toMatchObject({ state: fromState });
      // Drawn by the client (its marks carry keys), not the build's figure still.
      const keyed = () =>
        o.page.evaluate((id) => document.getElementById(id)!.closest('[data-scrolly]')!.querySelectorAll('.scrolly__live .chart-marks > [data-key]').length, from);
      await expect.poll(keyed, { message: `${from}: the live chart drawn by the client`, timeout: 15_000 }).toBeGreaterThan(2);
      await o.page.waitForTimeout(1200);
      await o.page.evaluate((id) => {
        const svg = document.getElementById(id)!.closest('[data-scrolly]')!.querySelector('.scrolly__live svg')!;
        const w = window as unknown as { writes: Writes; writesObserver: MutationObserver };
        w.writes = { attributes: 0, same: [], words: 0, sameWords: [] };
        w.writesObserver = new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target as Element;
            if (r.type === 'attributes' && r.attributeName) {
              w.writes.attributes += 1;
              if (r.oldValue === el.getAttribute(r.attributeName)) w.writes.same.push(`${el.getAttribute('class')} ${r.attributeName}=${r.oldValue}`);
            }
            if (r.type === 'childList' && el.tagName === 'text' && r.removedNodes.length) {
              w.writes.words += 1;
              const before = [...r.removedNodes].map((n) => n.textContent).join('');
              if (before === el.textContent) w.writes.sameWords.push(before);
            }
          }
        });
        w.writesObserver.observe(svg, { subtree: true, attributes: true, attributeOldValue: true, childList: true });
      }, from);
      // A jump draws the new state at once: each element written once, so a write that changed nothing shows as one.
      await jumpTo(o.page, to);
      await expect.poll(() => liveChartOf(o.page, to)).toMatchObject({ state });
      await o.page.waitForTimeout(500);
      return o.page.evaluate(() => {
        const w = window as unknown as { writes: Writes; writesObserver: MutationObserver };
        w.writesObserver.disconnect();
        return w.writes;
      });
    };
    for (const [from, fromState, to, state] of [
      ['sarah-presentation', 'craft-week', 'sarah-promoted', 'promotion'],
      ['about-35-trained', 'trained', 'the-deep-end', 'deep-end'],
    ] as const) {
      const writes = await jumpAndRecord(from, fromState, to, state);
      expect(writes.attributes + writes.words, `${from} → ${to} changes the chart`).toBeGreaterThan(0);
      expect(writes.same, `${from} → ${to}: attributes written with the value they had`).toEqual([]);
      expect(writes.sameWords, `${from} → ${to}: words written again unchanged`).toEqual([]);
    }
  });

  it('moves only the marks a step changes: a mark that keeps its place, size and colour is given no transition', async () => {
    const o = await page('', { viewport: { width: 1280, height: 800 }, ...noMotion });
    type Looks = { key: string; looks: string; moving: boolean }[];
    type Probe = { marks: () => Looks; during?: Looks };
    await o.page.evaluate(() => {
      const w = window as unknown as { probe: Probe };
      // Each of the live chart's marks: where it is and how it looks (its class only names it), and whether D3
      // has given it a transition (its schedule).
      const marks = () => {
        const live = document.getElementById('the-same-for-a-team')!.closest('[data-scrolly]')!.querySelector('.scrolly__live svg')!;
        return [...live.querySelectorAll<SVGElement>('.chart-marks > [data-key]')].map((el) => ({
          key: `${el.tagName}:${el.dataset.key}`,
          looks: [...el.attributes].filter((a) => a.name !== 'class' && a.name !== 'data-key').map((a) => `${a.name}=${a.value}`).sort().join(' '),
          moving: Object.keys((el as unknown as { __transition?: object }).__transition ?? {}).length > 0,
        }));
      };
      w.probe = { marks };
      // The marks as the chart host leaves them on the step's change: the page's event comes just before the host
      // draws, in the same task, and a microtask runs after both, before any frame, however slow the machine.
      document.addEventListener('stepchange', (e) => {
        if ((e as CustomEvent<{ id: string }>).detail.id === 'the-same-for-a-team') queueMicrotask(() => (w.probe.during = marks()));
      });
    });
    const marks = () => o.page.evaluate(() => (window as unknown as { probe: Probe }).probe.marks());
    // Luna's network, then the same for a team: some joints move, the others stay where they are.
    await wheelTo(o.page, 'lunas-underlying-connections');
    await expect.poll(() => liveChartOf(o.page, 'lunas-underlying-connections'), { timeout: 15_000 }).toMatchObject({ current: 'lunas-underlying-connections' });
    await expect.poll(async () => (await marks()).length, { message: 'the live chart drawn by the client', timeout: 15_000 }).toBeGreaterThan(20);
    await o.page.waitForTimeout(1200);
    const before = new Map((await marks()).map((m) => [m.key, m.looks]));
    await wheelTo(o.page, 'the-same-for-a-team');
    await expect.poll(() => o.page.evaluate(() => (window as unknown as { probe: Probe }).probe.during?.length ?? 0), { timeout: 5000 }).toBeGreaterThan(0);
    const during = await o.page.evaluate(() => (window as unknown as { probe: Probe }).probe.during!);
    await o.page.waitForTimeout(1200);
    const after = new Map((await marks()).map((m) => [m.key, m.looks]));
    const kept = during.filter((m) => before.has(m.key) && after.has(m.key));
    const changed = kept.filter((m) => before.get(m.key) !== after.get(m.key)).map((m) => m.key);
    const moving = kept.filter((m) => m.moving).map((m) => m.key);
    expect(changed.length, 'the step changes some marks').toBeGreaterThan(5);
    expect(kept.length - changed.length, 'and keeps others as they were').toBeGreaterThan(5);
    expect(moving).toEqual(changed);
  });

  it('activates the step a reader jumps to within a block a contents link pinned', async () => {
    const o = await page('#build-ladders', { viewport: { width: 1280, height: 800 }, ...noMotion });
    await expect.poll(async () => (await liveChartOf(o.page, 'build-ladders')).current).toBe('build-ladders');
    await o.page.evaluate(() => document.getElementById('a-system-that-defaults')!.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect.poll(async () => (await liveChartOf(o.page, 'a-system-that-defaults')).current, { timeout: 1500 }).toBe('a-system-that-defaults');
  });

  it('puts the first step of every block in the address as the reader scrolls into it', async () => {
    const o = await page('', { viewport: { width: 1280, height: 800 }, ...noMotion });
    // The engine follows the reader's scrolling from the moment it starts (it loads after the page, near a chart).
    await o.page.waitForFunction(() => document.documentElement.dataset.scrolly === 'ready');
    await o.page.mouse.move(200, 300);
    const firsts = await o.page.$$eval('div[data-scrolly]', (blocks) => blocks.map((b) => b.querySelector('[data-step]')!.id));
    for (const id of firsts) {
      await wheelTo(o.page, id);
      await expect.poll(() => o.page.evaluate(() => location.hash), { timeout: 3000 }).toBe(`#${id}`);
    }
  });

  it('writes the address once the reader stays on a step, not for each step a scroll passes, and before the Present link reads it', async () => {
    const o = await page('', { viewport: { width: 1280, height: 800 }, ...noMotion });
    await o.page.waitForFunction(() => document.documentElement.dataset.scrolly === 'ready');
    const ids = await o.page.$$eval('div[data-scrolly]', (blocks) => [...blocks[0]!.querySelectorAll('[data-step]')].map((s) => s.id));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    await o.page.mouse.move(200, 300);
    await wheelTo(o.page, ids[0]!);
    await expect.poll(() => o.page.evaluate(() => location.hash), { timeout: 3000 }).toBe(`#${ids[0]}`);
    // Every address write and every step change from here on.
    await o.page.evaluate(() => {
      const w = window as unknown as { writes: string[]; passed: string[] };
      w.writes = [];
      w.passed = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
        w.writes.push(String(url));
        replace(data, unused, url);
      };
      document.addEventListener('stepchange', (e) => w.passed.push((e as CustomEvent<{ id: string }>).detail.id));
    });
    // A brisk scroll through the block's steps, without stopping on any.
    const last = ids[ids.length - 1]!;
    for (let i = 0; i < 60 && (await liveChartOf(o.page, last)).current !== last; i++) {
      await o.page.mouse.wheel(0, 200);
      await o.page.waitForTimeout(40);
    }
    const during = await o.page.evaluate(() => {
      const { writes, passed } = window as unknown as { writes: string[]; passed: string[] };
      return { writes: [...writes], passed: [...passed] };
    });
    expect(during.passed.length, `steps passed: ${during.passed.join(' ')}`).toBeGreaterThanOrEqual(2);
    expect(during.writes.length, `writes while passing ${during.passed.join(' ')}: ${during.writes.join(' ')}`).toBeLessThan(during.passed.length);
    // Stopped: the address names the step the reader stays on.
    const here = (await liveChartOf(o.page, last)).current;
    await expect.poll(() => o.page.evaluate(() => location.hash), { timeout: 3000 }).toBe(`#${here}`);
    // The Present link, clicked the moment a step is reached, opens at that step, not the one before.
    await wheelTo(o.page, ids[0]!);
    await expect.poll(async () => (await liveChartOf(o.page, ids[0]!)).current, { timeout: 3000 }).toBe(ids[0]);
    await o.page.locator('[data-present-link]').click();
    await o.page.waitForURL(new RegExp(`/present/#${ids[0]}$`));
  });

  for (const hash of ['#%', '#50%', '#%E0%A4%A', '#%3Cscript%3E']) {
    it(`starts normally on a malformed address fragment (${hash})`, async () => {
      const o = await page(hash, { viewport: { width: 1280, height: 800 }, ...noMotion });
      await o.page.locator('#the-deep-end').scrollIntoViewIfNeeded();
      await o.page.waitForFunction(() => document.documentElement.dataset.scrolly === 'ready', undefined, { timeout: 10_000 });
      // Every block has its current step, and nothing threw.
      const current = await o.page.$$eval('div[data-scrolly]', (blocks) => blocks.map((b) => !!b.querySelector('[aria-current="step"]')));
      expect(current.every(Boolean)).toBe(true);
      expect(o.errors).toEqual([]);
    });
  }

  it('never hides keyboard focus behind the sticky chart or header', async () => {
    for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
      const o = await page('', { viewport, ...noMotion });
      // Instant scrolling, so that each check sees where the browser put the focus (smooth scrolling only delays it).
      await o.page.evaluate(() => document.documentElement.style.setProperty('scroll-behavior', 'auto', 'important'));
      const hidden: string[] = [];
      let checked = 0;
      // Forwards through the first blocks, then back: going back, the browser brings each element in at the top of
      // the window, where the sticky chart is.
      for (let i = 0; i < 90; i++) {
        await o.page.keyboard.press(i < 55 ? 'Tab' : 'Shift+Tab');
        // The engine corrects the scroll once the page has held still for two frames: wait until it has held still
        // for four (a correction, if any, moves it and starts the count again).
        await scrollEnded(o.page, { frames: 4, limit: 2000 });
        const check = await o.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          // The first line box: a link that wraps has a bounding box wider than any of its lines.
          const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
          // A scrolly block (not <html>, which carries data-scrolly="ready") or the explorable, whose result is sticky too.
          const block = el.closest('div[data-scrolly], [data-explorer]');
          return { name: el.textContent?.trim().slice(0, 30) ?? el.tagName, ok: !!hit && (el === hit || el.contains(hit)), inScrolly: !!block, step: el.closest('[data-step]')?.id ?? block?.id };
        });
        if (check?.inScrolly) checked++;
        if (check && check.inScrolly && !check.ok) hidden.push(`${check.name} in ${check.step}`);
      }
      expect(checked, `${viewport.width} px`).toBeGreaterThan(5);
      expect(hidden, `${viewport.width} px`).toEqual([]);
    }
  });

  it('loads no other host and logs no errors while scrolling through the charts', async () => {
    const o = await page('', noMotion);
    await o.page.mouse.move(200, 300);
    await wheelTo(o.page, 'the-deep-end');
    expect(o.errors).toEqual([]);
    expect(o.foreignRequests).toEqual([]);
  });

  it('fetches the step engine only after the page has loaded, and only as the reader nears a chart', async () => {
    // A short window (a phone held sideways): the first block is several screens down.
    const o = await page('', { ...noMotion, viewport: { width: 800, height: 300 } });
    await o.page.waitForLoadState('load');
    const engineRequests = () =>
      o.page.evaluate(() => {
        const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return performance
          .getEntriesByType('resource')
          .filter((r) => r.name.includes('ScrollyEngine'))
          .map((r) => ({ start: r.startTime, loadEnd: load.loadEventStart }));
      });
    const first = await o.page.evaluate(() => document.querySelector('[data-scrolly]')!.getBoundingClientRect().top / innerHeight);
    expect(first, 'first block, in screens from the top').toBeGreaterThan(2.2);
    // One engine serves every block: one held-back loader, not one per block (one per block, each with its own observer, before).
    const [blocks, loaders] = await o.page.evaluate(() => [document.querySelectorAll('[data-scrolly]').length, document.querySelectorAll('template[data-load-near="[data-scrolly]"]').length]);
    expect(blocks).toBe(10);
    expect(loaders).toBe(1);
    await o.page.waitForTimeout(300);
    expect(await engineRequests()).toEqual([]);
    await o.page.locator('#sarah-presentation').scrollIntoViewIfNeeded();
    await o.page.waitForFunction(() => document.querySelector<HTMLElement>('template[data-load-near="[data-scrolly]"]')?.dataset.claimed === 'inserted');
    await o.page.waitForFunction(() => document.querySelector('[data-step][aria-current="step"]'));
    const requests = await engineRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.start).toBeGreaterThanOrEqual(requests[0]!.loadEnd);
    expect(await o.page.evaluate(() => document.querySelectorAll('script[src*="ScrollyEngine"]').length)).toBe(1);
  });

  it('reads no layout while the page loads: the held-back scripts’ loader waits for the browser to lay the page out', async () => {
    // A geometry read in a load handler makes the browser lay the whole essay out there and then, inside the handler's
    // task (17 ms of a 27 ms task unthrottled, about 100 ms at a phone's 4× slowdown).
    const o = await page('404-before-init/', noMotion);
    await o.page.addInitScript(() => {
      const w = window as unknown as { layoutReads: string[] };
      w.layoutReads = [];
      let inLoad = false;
      // Every listener the page's scripts add for the window's load event notes what it reads while it runs.
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        if (this !== window || type !== 'load' || typeof listener !== 'function') return add.call(this, type, listener, options);
        return add.call(this, type, function (this: Window, event: Event) {
          inLoad = true;
          try {
            return listener.call(this, event);
          } finally {
            inLoad = false;
          }
        }, options);
      };
      const note = (what: string) => inLoad && w.layoutReads.push(what);
      for (const name of ['scrollY', 'pageYOffset', 'innerHeight'] as const) {
        const d = Object.getOwnPropertyDescriptor(window, name);
        if (d?.get) Object.defineProperty(window, name, { ...d, get: () => (note(name), d.get!.call(window)) });
      }
      const rect = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        note(`getBoundingClientRect of ${this.tagName}`);
        return rect.call(this);
      };
    });
    await o.page.goto(siteUrl(''), { waitUntil: 'load' });
    await o.page.waitForTimeout(100);
    expect(await o.page.evaluate(() => (window as unknown as { layoutReads: string[] }).layoutReads)).toEqual([]);
  });

  it('starts the charts with the first scroll on a phone whose first screen is text, at load where a chart is in the window', async () => {
    const engine = (p: Page) => p.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('ScrollyEngine')).length);
    // 412×823: the first block starts about a fifth of a screen below the window.
    const phone = await page('', { viewport: { width: 412, height: 823 }, reducedMotion: 'no-preference' });
    await phone.page.waitForLoadState('load');
    const below = await phone.page.evaluate(() => document.querySelector('[data-scrolly]')!.getBoundingClientRect().top - innerHeight);
    expect(below, 'the first block starts below the window').toBeGreaterThan(0);
    await phone.page.waitForTimeout(1500);
    expect(await engine(phone.page)).toBe(0);
    expect(await phone.page.evaluate(() => document.documentElement.dataset.scrolly)).toBeUndefined();
    await phone.page.mouse.move(200, 400);
    await phone.page.mouse.wheel(0, 60);
    await phone.page.waitForFunction(() => document.documentElement.dataset.scrolly === 'ready');
    expect(await engine(phone.page)).toBe(1);
    // 1280×800: the first block's top is in the window, so the chart beside it is ready without a scroll.
    const wide = await page('', { viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    await wide.page.waitForFunction(() => document.documentElement.dataset.scrolly === 'ready');
    expect(await wide.page.evaluate(() => scrollY)).toBe(0);
  });
});

describe('accessibility of the charts (axe-core), both themes, both motion settings', () => {
  // With a live chart at a step: each theme once and each motion setting once (the four pairs of width, theme and
  // motion at the top of the essay are in essay.test.ts).
  for (const [colorScheme, reducedMotion] of [
    ['light', 'reduce'],
    ['dark', 'no-preference'],
  ] as const) {
    it(`reports no violations at 375 px, ${colorScheme}, motion ${reducedMotion}`, async () => {
      const o = await page('/#about-35-trained', { viewport: { width: 375, height: 740 }, colorScheme, reducedMotion });
      await o.page.waitForTimeout(300);
      expect(await axeViolations(o.page)).toEqual([]);
    });
  }
});

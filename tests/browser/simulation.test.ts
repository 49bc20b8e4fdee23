import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browser, siteUrl, trackedOpen } from './helpers';

const page = trackedOpen();
const noMotion = { reducedMotion: 'no-preference' as const };

/** Waits until the explorable has drawn the result for these settings (its status and address follow). */
async function settled(p: Page, expectSearch: RegExp) {
  await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorer === 'ready');
  await p.waitForFunction(() => !document.querySelector('[data-explorer]')?.hasAttribute('aria-busy'));
  await expect.poll(() => p.evaluate(() => location.search)).toMatch(expectSearch);
}

function summary(p: Page) {
  return p.evaluate(() => ({
    status: document.querySelector('[data-explorer-status]')?.textContent ?? '',
    firstRow: [...document.querySelectorAll('[data-explorer-table] tbody tr:first-child > *')].map((c) => c.textContent),
    link: document.querySelector<HTMLAnchorElement>('[data-explorer-link]')?.getAttribute('href') ?? '',
    marks: document.querySelectorAll('[data-explorer-frame="years-pass"] svg [data-key]').length,
    shown: document.querySelector('[data-explorer-shown]')?.textContent ?? '',
    combos: [...document.querySelectorAll('[data-explorer-combos] tbody tr')].map((r) => [...r.children].map((c) => c.textContent)),
  }));
}

describe('the simulation (ladders) in the essay', () => {
  it('fetches the simulation’s worker only when the reader comes near the explorable', async () => {
    const o = await page('', { ...noMotion, viewport: { width: 1280, height: 800 } });
    const workerLoaded = () =>
      o.page.evaluate(() => performance.getEntriesByType('resource').some((r) => /worker/i.test(r.name) || /ExplorerScript/.test(r.name)));
    await o.page.waitForTimeout(300);
    expect(await workerLoaded()).toBe(false);
    await o.page.locator('#try-it').scrollIntoViewIfNeeded();
    await o.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorer === 'ready');
    await expect.poll(workerLoaded).toBe(true);
  });

  it('runs a reader’s settings from the keyboard, announces the result, and puts the scenario in the address', async () => {
    const o = await page('#try-it', noMotion);
    await o.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorer === 'ready');
    await o.page.waitForFunction(() => document.querySelectorAll('[data-explorer-frame="your-settings"] svg [data-key]').length > 10);
    const before = await summary(o.page);
    // Skill transfer up to 1 with the keyboard (End), then fewer years (Home on the years slider).
    await o.page.locator('#explorer-rho').focus();
    await o.page.keyboard.press('End');
    await settled(o.page, /rho=1\.00/);
    await o.page.locator('#explorer-years').focus();
    await o.page.keyboard.press('Home');
    await settled(o.page, /years=10\b/);
    await o.page.locator('#explorer-rule').selectOption('random');
    await settled(o.page, /rule=random/);
    await expect.poll(async () => (await summary(o.page)).status).toMatch(/^After 10 years, efficiency [\d.]+% under today’s practice and [\d.]+% under the essay’s proposal \([+−±][\d.]+ points/);
    const after = await summary(o.page);
    expect(after.status).not.toBe(before.status);
    expect(after.combos).not.toEqual(before.combos);
    expect(after.shown).toMatch(/skill transfer 1\.00, strategy: promote at random, 10 years/);
    expect(after.link).toMatch(/\?rho=1\.00&structure=parallel&basis=purpose&rule=random&years=10&seed=2024#try-it$/);
    // The people figure, off screen until now, is drawn for these settings when it comes into view.
    await o.page.locator('[data-explorer-frame="years-pass"]').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await summary(o.page)).marks).toBeGreaterThan(100);
    expect(await o.page.locator('[data-explorer-frame="years-pass"] text', { hasText: 'Year 10' }).count()).toBe(1);
    // The structure and the basis of the reader's arm: each its own word in the address.
    await o.page.getByRole('radio', { name: 'One ladder' }).check();
    await settled(o.page, /structure=linear&basis=purpose/);
    await expect.poll(async () => (await summary(o.page)).status).toMatch(/under one ladder, for the job/i);
    expect(await o.page.locator('[data-explorer-status]').getAttribute('role')).toBe('status');
    // Every control has a name a screen reader can say.
    for (const id of ['explorer-rho', 'explorer-years', 'explorer-rule']) {
      expect(await o.page.locator(`label[for="${id}"]`).count()).toBe(1);
    }
    for (const name of ['One ladder', 'Parallel ladders', 'the best at the current job', 'for the job to be done']) {
      expect(await o.page.getByRole('radio', { name }).count(), name).toBe(1);
    }
    expect(o.errors).toEqual([]);
  });

  it('opens a shared scenario from its address, and falls back safely on bad values', async () => {
    const o = await page('?rho=0.35&structure=linear&basis=purpose&rule=worst&years=60&seed=42#try-it', noMotion);
    await settled(o.page, /rho=0\.35/);
    expect(await o.page.locator('#explorer-rho').inputValue()).toBe('0.35');
    expect(await o.page.locator('#explorer-rule').inputValue()).toBe('worst');
    expect(await o.page.locator('#explorer-years').inputValue()).toBe('60');
    expect(await o.page.getByRole('radio', { name: 'One ladder' }).isChecked()).toBe(true);
    expect(await o.page.getByRole('radio', { name: 'for the job to be done' }).isChecked()).toBe(true);
    await expect.poll(async () => (await summary(o.page)).status).toMatch(/^After 60 years/);
    expect((await summary(o.page)).shown).toMatch(/skill transfer 0\.35, strategy: promote the worst, 60 years, 20 runs from seed 42/);

    // A link made before the structure and the basis existed opens on the essay's proposal.
    const old = await page('?rho=0.35&rule=worst&years=60&seed=42#try-it', noMotion);
    await settled(old.page, /rule=worst/);
    expect((await summary(old.page)).link).toMatch(/\?rho=0\.35&structure=parallel&basis=purpose&rule=worst&years=60&seed=42#try-it$/);
    expect(await old.page.getByRole('radio', { name: 'Parallel ladders' }).isChecked()).toBe(true);

    const bad = await page('?rho=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&rule=%3Cscript%3E&years=-5&seed=abc#try-it', noMotion);
    await bad.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorer === 'ready');
    await bad.page.waitForFunction(() => !document.querySelector('[data-explorer]')?.hasAttribute('aria-busy'));
    expect(await bad.page.locator('#explorer-rho').inputValue()).toBe('0.1');
    expect(await bad.page.locator('#explorer-rule').inputValue()).toBe('best');
    expect(await bad.page.locator('#explorer-years').inputValue()).toBe('10');
    // Nothing of the hostile values reaches the markup (the page's own module scripts may sit anywhere).
    expect(await bad.page.locator('[data-explorer] img').count()).toBe(0);
    const html = await bad.page.$eval('[data-explorer]', (el) => el.innerHTML);
    expect(html).not.toMatch(/onerror|alert\(1\)|<script>|&lt;script&gt;/);
    expect(bad.errors).toEqual([]);
  });

  it('draws a new organisation with a new seed, and resets to the defaults', async () => {
    const o = await page('#try-it', noMotion);
    await o.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorer === 'ready');
    await o.page.getByRole('button', { name: 'Run again with new people' }).click();
    await settled(o.page, /seed=(?!2024\b)\d+/);
    await o.page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => o.page.evaluate(() => location.search)).toBe('');
    await expect.poll(async () => (await summary(o.page)).link).toMatch(/seed=2024#try-it$/);
  });

  it('answers a slider drag without a long task on the page', async () => {
    const o = await page('#try-it', noMotion);
    // The reader arrives: the explorable loads a screen ahead and draws its first answer.
    await o.page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-explorer]')?.dataset.lastMs);
    await o.page.waitForTimeout(300);
    await o.page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    });
    const box = (await o.page.locator('#explorer-rho').boundingBox())!;
    await o.page.mouse.move(box.x + 4, box.y + box.height / 2);
    await o.page.mouse.down();
    for (let i = 0; i <= 30; i++) {
      await o.page.mouse.move(box.x + 4 + ((box.width - 8) * i) / 30, box.y + box.height / 2);
      await o.page.waitForTimeout(16);
    }
    await o.page.mouse.up();
    await settled(o.page, /rho=1\.00/);
    expect(await o.page.evaluate(() => (window as unknown as { __long: number[] }).__long)).toEqual([]);
  });

  it('shows the default scenario’s figures and numbers without JavaScript, and hides the controls', async () => {
    const o = await page('', { javaScriptEnabled: false });
    const explorer = o.page.locator('[data-explorer]');
    expect(await explorer.locator('[data-explorer-form]').isVisible()).toBe(false);
    expect(await explorer.locator('.explorer__nojs').isVisible()).toBe(true);
    expect(await explorer.locator('[data-explorer-frame] svg').count()).toBe(2);
    expect(await explorer.locator('[data-explorer-status]').innerText()).toMatch(/^After 40 years, efficiency 71\.8% under today’s practice and 82\.7% under the essay’s proposal/);
    expect(await explorer.locator('[data-explorer-combos] tbody tr').count()).toBe(8);
    expect(await explorer.locator('[data-explorer-table] tbody tr').count()).toBeGreaterThan(3);
    // Every ladders step carries its own still figure of its preset.
    const figures = await o.page.$$eval('[data-step-chart="ladders"] .step__svg svg', (els) => els.length);
    expect(figures).toBe(await o.page.locator('[data-step-chart="ladders"]').count());
    expect(figures).toBe(5);
  });

  for (const how of ['fails to load', 'never answers'] as const) {
    it(`tells the reader when the simulation ${how}, and never shows controls and figures of different scenarios`, async () => {
      const context = await (await browser()).newContext({ ...noMotion, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const p = await context.newPage();
      // The worker's script: refused outright, or held until the page has given up on it.
      await p.route(/worker[^/]*\.js/, (route) => (how === 'fails to load' ? route.abort() : new Promise(() => undefined)));
      await p.goto(siteUrl('?rho=0.80&structure=linear&basis=current&rule=worst&years=70&seed=7#try-it'));
      await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorerFailed === 'true', undefined, { timeout: 10_000 });
      const state = await p.evaluate(() => ({
        busy: document.querySelector('[data-explorer]')?.hasAttribute('aria-busy'),
        problem: document.querySelector<HTMLElement>('[data-explorer-problem]'),
        rho: document.querySelector<HTMLInputElement>('#explorer-rho')?.value,
        rule: document.querySelector<HTMLSelectElement>('#explorer-rule')?.value,
        structure: document.querySelector<HTMLInputElement>('input[name="structure"]:checked')?.value,
        shown: document.querySelector('[data-explorer-shown]')?.textContent,
        status: document.querySelector('[data-explorer-status]')?.textContent,
        disabled: document.querySelector<HTMLInputElement>('#explorer-rho')?.disabled,
      }));
      const problem = await p.locator('[data-explorer-problem]').innerText();
      expect(problem).toMatch(how === 'fails to load' ? /could not start/ : /did not answer in time/);
      expect(await p.locator('[data-explorer-problem]').getAttribute('role')).toBe('alert');
      expect(state.busy).toBe(false);
      // Controls, "shown" line, sentence and figures all describe the build's default scenario.
      expect(state).toMatchObject({ rho: '0.1', rule: 'best', structure: 'parallel', disabled: true });
      expect(state.shown).toMatch(/skill transfer 0\.10, strategy: promote the best, 40 years/);
      expect(state.status).toMatch(/^After 40 years, efficiency 71\.8%/);
      await context.close();
    });
  }

  it('keeps the result in view while a reader moves a control on a phone', async () => {
    const o = await page('#try-it', { ...noMotion, viewport: { width: 375, height: 667 } });
    await o.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorer === 'ready');
    for (const id of ['#explorer-rho', '#explorer-years', '#explorer-rule']) {
      await o.page.locator(id).focus();
      // The page scrolls the control into view smoothly: wait until it holds still.
      let last = -1;
      await expect.poll(async () => {
        const y = await o.page.evaluate(() => window.scrollY);
        const still = y === last;
        last = y;
        return still;
      }, { interval: 150 }).toBe(true);
      const boxes = await o.page.evaluate((sel) => {
        const r = (el: Element | null) => el?.getBoundingClientRect();
        return { control: r(document.querySelector(sel)), figure: r(document.querySelector('[data-explorer-frame="your-settings"]')), sentence: r(document.querySelector('[data-explorer-status]')) };
      }, id);
      for (const [name, box] of Object.entries(boxes)) {
        expect(box!.top, `${id}: ${name}`).toBeGreaterThanOrEqual(0);
        expect(box!.bottom, `${id}: ${name}`).toBeLessThanOrEqual(667);
      }
      // The control is not under the sticky result.
      expect(boxes.control!.top).toBeGreaterThanOrEqual(boxes.sentence!.bottom - 1);
    }
    await o.page.locator('#explorer-rho').press('End');
    await settled(o.page, /rho=1\.00/);
  });

  it('reports no axe violations on the explorable, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const o = await page('#try-it', { ...noMotion, colorScheme, viewport: { width: 375, height: 800 } });
      await o.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-explorer]')?.dataset.explorer === 'ready');
      const result = await axeViolations(o.page);
      expect(result, colorScheme).toEqual([]);
    }
  });
});

describe('the Methods page', () => {
  it('states the model, its source, our extension, the open choices and the limits, and links back', async () => {
    const o = await page('methods/');
    const text = await o.page.locator('main').innerText();
    expect(text).toMatch(/Pluchino, A. Rapisarda and C. Garofalo/);
    expect(text).toMatch(/Our extension/i);
    expect(text).toMatch(/choices the paper leaves open/i);
    expect(text).toMatch(/cannot show/i);
    expect(text).toMatch(/true by construction/i);
    expect(text).toMatch(/Newcomers’ age: the paper gives none/);
    // Whitespace survives the template.
    expect(text).not.toMatch(/\d(years|runs)\b|promotion of(the|\w)/);
    // The sweep: four small multiples and its table of 44 rows.
    expect(await o.page.locator('.methods__panel svg').count()).toBe(4);
    expect(await o.page.locator('.methods__details tbody tr').count()).toBe(44);
    // The reproduction table, computed at build time, beside the paper's values: the same signs.
    const cell = (row: string, col: number) => o.page.locator(`.methods__table >> nth=0 >> tr:has(th:text-is("${row}")) td`).nth(col).innerText();
    expect(await cell('The best', 0)).toMatch(/^\+/);
    expect(await cell('The best', 1)).toBe('+9.0');
    expect(await cell('The best', 2)).toMatch(/^−/);
    expect(await cell('The best', 3)).toBe('−10.0');
    expect(await cell('The worst', 0)).toMatch(/^−/);
    expect(await cell('The worst', 2)).toMatch(/^\+/);
    expect(await o.page.locator(`a[href$="#try-it"]`).count()).toBeGreaterThan(0);
    expect(o.errors).toEqual([]);
    expect(o.foreignRequests).toEqual([]);
  });

  it('is linked from the chart and from the explorable', async () => {
    const o = await page('');
    expect(await o.page.locator('[data-explorer] a[href$="/methods/"]').count()).toBe(1);
    expect(await o.page.locator('[data-chart-notes="ladders"] a[href$="/methods/"]').count()).toBeGreaterThan(0);
    const response = await o.context.request.get(siteUrl('methods/'));
    expect(response.status()).toBe(200);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`reports no axe violations in the ${colorScheme} theme`, async () => {
      const o = await page('methods/', { colorScheme, viewport: { width: 375, height: 800 } });
      expect(await axeViolations(o.page)).toEqual([]);
    });
  }
});

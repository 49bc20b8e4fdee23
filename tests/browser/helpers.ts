import { cpSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

let shared: Promise<Browser> | undefined;

/** The shared Chromium (started once in globalSetup). */
export function browser(): Promise<Browser> {
  shared ??= chromium.connect(inject('wsEndpoint'));
  return shared;
}

/**
 * A copy of the built site in a new temporary folder (the caller removes it), for a test that redeploys it. Its files
 * are dated a month back, as on a host not deployed to for a month: a file sent without Cache-Control would be kept
 * by the browser's own cache for three days (a tenth of its age), so a test of what a new build reaches never passes
 * by the luck of timing.
 */
export function datedCopyOfSite(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(fileURLToPath(new URL('../../dist/', import.meta.url)), root, { recursive: true });
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) utimesSync(join(root, f), monthAgo, monthAgo);
  return root;
}

/** An absolute URL on the test server for a site-relative path. */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors (CSP violations show up here). */
  errors: string[];
  /** Every URL the page asked for that is not on the test server. */
  foreignRequests: string[];
}

/** Opens a page in a fresh context (no shared storage), recording errors and foreign requests. */
export async function open(path = '', options: BrowserContextOptions = {}): Promise<Opened> {
  // The service worker (offline copy) is tested on its own (offline.test.ts); elsewhere it would hide requests from page.route.
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(inject('siteUrl')).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { context, page, errors, foreignRequests };
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules, plus best practices) and returns its violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Violations in full; passes and incomplete results only counted (axe's resultTypes), which spares it building
  // a selector for every node that passes: a third of the time on the essay, the same rules and the same violations.
  // Legacy mode runs axe.run in the page, its frames included (the gallery's preview is on the same origin), instead
  // of a partial run per frame whose results a new blank page then gathers: the same rules and violations, the essay
  // in 2.5 s instead of 4.6. (What it gives up, frames from another origin, no page of ours holds.)
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
}

/** True when the page scrolls sideways (it must not, at any width down to 320 px). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Resolves once the scripts AfterPaint holds are in the page (each an element of its own outside its template):
 * they are asked for after the first paint, which on a busy machine can come after the network first goes idle.
 */
export function afterPaintInserted(page: Page): Promise<unknown> {
  return page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLTemplateElement>('template[data-after-paint]')].every((t) =>
      [...t.content.querySelectorAll<HTMLScriptElement>('script[src]')].every((s) =>
        [...document.scripts].some((d) => d.src === new URL(s.getAttribute('src') ?? '', location.href).href),
      ),
    ),
  );
}

/**
 * Scrolls the page to its end a screen at a time, as a quick reader would, so
 * that what loads as the reader nears it (the step engine, the charts, the
 * explorable) loads; `pause` ms between screens.
 */
export function scrollToEnd(page: Page, step = 700, pause = 25): Promise<void> {
  return page.evaluate(
    async ([by, wait]) => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += by) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, wait));
      }
    },
    [step, pause] as const,
  );
}

/** Every page type, by name, at its bare address: tests add the query or hash they exercise. */
export const PAGE_TYPES = [
  ['essay', ''],
  ['methods', 'methods/'],
  ['404', 'no-such-page/'],
  ['presentation', 'present/'],
  ['facilitator’s window', 'present/facilitator/'],
  ['guide', 'facilitator/'],
  ['handout', 'facilitator/handout/'],
  ['embed', 'embed/sarahs-week/'],
  ['embed with a scenario', 'embed/ladders/your-settings/'],
  ['gallery', 'charts/'],
  ['gallery chart', 'charts/ladders/'],
] as const;
export type PageType = (typeof PAGE_TYPES)[number][0];

/** The page types, each with what a test adds to its address (a query, a hash); those named only. */
export function pageTypes(extra: Partial<Record<PageType, string>>, only?: readonly PageType[]): [PageType, string][] {
  return PAGE_TYPES.filter(([name]) => !only || only.includes(name)).map(([name, path]) => [name, `${path}${extra[name] ?? ''}`]);
}

/**
 * Sums the page's layout shifts (CLS without its session windows), from every document this page loads after
 * the call: returns a reader of the sum for the current document. Shifts just after input count too.
 */
export async function trackLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.layoutShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

/** The page's first contentful paint (Infinity before it) and every script it has asked for, with when it asked. */
export function scriptsAndFirstPaint(page: Page): Promise<{ fcp: number; scripts: { name: string; start: number }[] }> {
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => /\.js$/.test(new URL(r.name).pathname))
      .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
  }));
}

/** An `open()` that closes every page it opened when the test file ends. */
export function trackedOpen(): (path?: string, options?: BrowserContextOptions) => Promise<Opened> {
  const opened: Opened[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
  });
  return async (path = '', options = {}) => {
    const o = await open(path, options);
    opened.push(o);
    return o;
  };
}

/** The number of pages in a PDF that Chromium printed. */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/**
 * A component's scoped styles reach all of its markup. Astro scopes a
 * component's <style> by stamping its elements with a data-astro-cid-…
 * attribute, and markup a component writes with set:html (a figure, a QR code)
 * carries none: a scoped rule meant for it silently applies to nothing (the
 * handout's figures lost their size limit and border that way, and the handout
 * took five sheets instead of four). On every page type, a rule that would
 * match an element inside its component but for the missing attribute fails.
 * And on paper nothing runs past the page's edge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPES, trackedOpen } from './helpers';

const open = trackedOpen();

/** Runs in the page: how many rules are scoped, and each that misses elements of its component. */
function scopedMisses(): { scoped: number; misses: string[] } {
  const rules: string[] = [];
  const visit = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) rules.push(rule.selectorText);
      else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of document.styleSheets) visit(sheet.cssRules);
  // Pseudo-elements select nothing querySelectorAll can return; the element they hang on is what counts.
  const element = (selector: string) => selector.replace(/::?(before|after|first-letter|first-line|marker|placeholder|selection|backdrop)\b/g, '');
  const misses = new Set<string>();
  let scoped = 0;
  for (const text of rules) {
    const scopes = [...new Set(text.match(/data-astro-cid-[a-z0-9]+/g) ?? [])];
    if (!scopes.length) continue;
    scoped++;
    const selector = element(text);
    const unscoped = scopes.reduce((s, scope) => s.replaceAll(`[${scope}]`, ''), selector);
    let candidates: NodeListOf<Element>;
    try {
      candidates = document.querySelectorAll(unscoped);
    } catch {
      continue; // a selector the engine cannot query (none today)
    }
    for (const el of candidates) {
      if (!el.matches(selector) && scopes.some((scope) => el.parentElement?.closest(`[${scope}]`))) {
        misses.add(`${text} misses <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
      }
    }
  }
  return { scoped, misses: [...misses] };
}

/** Runs in the page: what runs past the window's right edge (in print, past the paper's). */
function pastTheEdge(): string[] {
  const edge = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > edge + 1 && !e.closest('svg *'))
    .slice(0, 3)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className} ends at ${Math.round(e.getBoundingClientRect().right)} px of ${edge}`);
}

// Each page type once, at the width of A4 less the essay's margins of 2.2 cm, the narrowest measure any page
// prints at (16.6 cm, 627 CSS px): its scoped rules' misses, then what runs past the edge in print.
const found = { misses: [] as string[], over: [] as string[], scopedRules: 0 };
beforeAll(async () => {
  for (const [name, path] of PAGE_TYPES) {
    const { page } = await open(path, { viewport: { width: 627, height: 900 } });
    const { scoped, misses } = await page.evaluate(scopedMisses);
    found.misses.push(...misses.map((m) => `${name}: ${m}`));
    found.scopedRules += scoped;
    await page.emulateMedia({ media: 'print' });
    found.over.push(...(await page.evaluate(pastTheEdge)).map((e) => `${name}: ${e}`));
    await page.close();
  }
});

describe('scoped styles', () => {
  it('reach every element of their component on every page type, markup written with set:html included', () => {
    expect(found.scopedRules, 'the pages have scoped rules to check').toBeGreaterThan(50);
    expect(found.misses).toEqual([]);
  });
});

describe('print', () => {
  it('runs nothing past the paper’s edge on any page type (what scrolls sideways on a screen cannot on paper)', () => {
    expect(found.over).toEqual([]);
  });
});

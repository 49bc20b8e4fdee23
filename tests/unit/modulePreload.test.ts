import { beforeAll, describe, expect, it } from 'vitest';
import { addModulePreloads, ready, staticImports } from '../../scripts/lib/modulePreload.mjs';

/** A small build: an entry that imports two shared chunks (one of them twice over), and loads a third on demand. */
const FILES: Record<string, string> = {
  '/_astro/page.js': 'import{a}from"./shared.js";import"./styles-free.js";a();import("./late.js");',
  '/_astro/shared.js': 'import{b}from"./deep.js";export const a=()=>b();',
  '/_astro/styles-free.js': 'import{b}from"./deep.js";b();',
  '/_astro/deep.js': 'export const b=()=>import.meta.url;',
  '/_astro/late.js': 'import{a}from"./shared.js";export default a;',
  '/_astro/engine.js': 'import{a}from"./shared.js";import{x}from"./engine-only.js";a(x);',
  '/_astro/engine-only.js': 'export const x=1;',
};
const read = (url: string) => FILES[url] ?? null;
const page = (head: string, body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

beforeAll(async () => {
  await ready;
});

describe('the chunks a module imports as it loads', () => {
  it('lists every static import, depth first and once, and leaves dynamic imports and import.meta alone', () => {
    expect(staticImports(FILES['/_astro/page.js'] ?? '', '/_astro/page.js', read)).toEqual(['/_astro/shared.js', '/_astro/deep.js', '/_astro/styles-free.js']);
  });

  it('names the file that imports a chunk the build does not have', () => {
    expect(() => staticImports('import"./gone.js";', '/_astro/page.js', read)).toThrow('/_astro/page.js imports ./gone.js, which the build does not have');
  });
});

describe('modulepreload links in a built page', () => {
  it('lists in the head what the page’s scripts import as it loads, not the scripts themselves', () => {
    const { html, added } = addModulePreloads(page('<link rel="preload" href="/f.woff2" as="font">', '<p>Hi</p><script type="module" src="/_astro/page.js"></script>'), read);
    expect(added).toEqual(['/_astro/shared.js', '/_astro/deep.js', '/_astro/styles-free.js']);
    expect(preloads(html)).toEqual(added);
    // In the head, after what was there: the policy and the font keep their places.
    expect(html.indexOf('modulepreload')).toBeGreaterThan(html.indexOf('woff2'));
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
    expect(html).not.toContain('href="/_astro/late.js"');
  });

  it('does not list twice what the page already preloads', () => {
    const { added } = addModulePreloads(page('<link rel="modulepreload" href="/_astro/shared.js">', '<script type="module" src="/_astro/page.js"></script>'), read);
    expect(added).toEqual(['/_astro/deep.js', '/_astro/styles-free.js']);
  });

  it('lists what a script held in a template needs inside the template, once per script and watched selector', () => {
    const held = (watch: string) => `<template data-load-near="${watch}"><script type="module" src="/_astro/engine.js"></script></template>`;
    const { html, added } = addModulePreloads(page('', `${held('[data-scrolly]')}<p>Text</p>${held('[data-scrolly]')}${held('[data-explorer]')}`), read);
    const templates = [...html.matchAll(/<template[^>]*>([\s\S]*?)<\/template>/g)].map((m) => preloads(m[1] ?? ''));
    expect(templates).toEqual([['/_astro/shared.js', '/_astro/deep.js', '/_astro/engine-only.js'], [], ['/_astro/shared.js', '/_astro/deep.js', '/_astro/engine-only.js']]);
    // Nothing in the head: the page fetches none of it before the reader nears a chart.
    expect(html.slice(0, html.indexOf('</head>'))).not.toContain('modulepreload');
    expect(added).toHaveLength(6);
    // Each list comes just before its script, so that both are inserted together.
    expect(html).toContain('<link rel="modulepreload" href="/_astro/engine-only.js"><script type="module" src="/_astro/engine.js">');
  });

  it('leaves a page without module imports as it was', () => {
    const html = page('', '<script>var classic = 1;</script><script type="module">document.title = "x";</script>');
    expect(addModulePreloads(html, read)).toEqual({ html, added: [] });
  });

  it('fails on a script the build does not have, naming it', () => {
    expect(() => addModulePreloads(page('', '<script type="module" src="/_astro/missing.js"></script>'), read)).toThrow("the page's script /_astro/missing.js is not in the build");
  });
});

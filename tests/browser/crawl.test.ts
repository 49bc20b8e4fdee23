/**
 * The built site, crawled as a link checker would: from the home page, every
 * page, asset, export and anchor it names, at the root (dist/) and under a
 * sub-path (dist-subpath/, built with BASE_PATH by `npm test`). Any broken
 * internal link or anchor, missing asset or HTML validity error (html-validate,
 * its standard rules: the HTML specification's) fails. Addresses under SITE
 * (canonical links, oEmbed, social cards) are the site's own and are checked too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/staticServer.mjs';
import { siteUrl } from './helpers';

const ROOT_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SUB_DIST = fileURLToPath(new URL('../../dist-subpath/', import.meta.url));
/** What `npm test` builds the site with (scripts/test.mjs). */
const SITE = 'http://localhost:4321';
const SUB_BASE = '/wiki/expertise';

interface Crawl {
  pages: Map<string, string>;
  broken: string[];
  checked: number;
}

/**
 * Crawls a served build from `start`, following every reference in its pages.
 * @param start the site's root URL, ending in "/"
 * @param site the SITE the build names in absolute addresses, with the base
 */
async function crawl(start: string, site: string): Promise<Crawl> {
  const origin = new URL(start).origin;
  const pages = new Map<string, string>();
  const status = new Map<string, number>();
  const broken: string[] = [];
  const anchors: { from: string; page: string; id: string }[] = [];
  const queue: string[] = [start, `${start}no-such-page/`];
  const local = (ref: string, from: string): string | null => {
    if (/^(mailto:|tel:|data:|blob:|javascript:)/i.test(ref)) return null;
    let url = new URL(ref, from);
    if (url.href.startsWith(site)) url = new URL(url.href.slice(site.length), start);
    if (url.origin !== origin) return null;
    return url.href;
  };
  const get = async (url: string) => {
    const bare = url.split('#')[0] ?? url;
    if (status.has(bare)) return;
    const res = await fetch(bare);
    status.set(bare, res.status);
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('text/html')) pages.set(bare, await res.text());
    else await res.arrayBuffer();
  };
  while (queue.length) {
    const url = queue.shift() as string;
    await get(url);
    const bare = url.split('#')[0] ?? url;
    const html = pages.get(bare);
    if (!html || (status.get(bare) ?? 0) >= 400) continue;
    const root = parse(html);
    const refs: string[] = [];
    for (const el of root.querySelectorAll('[href], [src], [srcset], [action]')) {
      if (el.closest('template') && el.tagName !== 'SCRIPT') continue;
      for (const attr of ['href', 'src', 'action']) {
        const v = el.getAttribute(attr);
        if (v) refs.push(v);
      }
      for (const part of (el.getAttribute('srcset') ?? '').split(',')) if (part.trim()) refs.push(part.trim().split(/\s+/)[0] ?? '');
    }
    for (const meta of root.querySelectorAll('meta[property^="og:"], meta[name^="twitter:image"]')) {
      const v = meta.getAttribute('content') ?? '';
      if (/^https?:/.test(v)) refs.push(v);
    }
    for (const m of html.matchAll(/url\((["']?)([^"')]+)\1\)/g)) refs.push(m[2] ?? '');
    for (const ref of refs) {
      const target = local(ref, url);
      if (!target) continue;
      const hash = new URL(target).hash.slice(1);
      const page = target.split('#')[0] ?? target;
      if (hash) anchors.push({ from: url, page, id: decodeURIComponent(hash) });
      if (!status.has(page) && !queue.includes(page)) queue.push(page);
    }
  }
  for (const [url, code] of status) {
    if (code >= 400 && !url.endsWith('/no-such-page/')) broken.push(`${code} ${url}`);
  }
  for (const { from, page, id } of anchors) {
    const html = pages.get(page);
    if (!html) continue;
    if (!parse(html).getElementById(id)) broken.push(`#${id} missing in ${page} (linked from ${from})`);
  }
  return { pages, broken, checked: status.size };
}

describe('a crawl of the built site', () => {
  let sub: Awaited<ReturnType<typeof startStaticServer>> | null = null;
  beforeAll(async () => {
    if (existsSync(join(SUB_DIST, 'index.html'))) sub = await startStaticServer({ root: SUB_DIST, base: SUB_BASE });
  });
  afterAll(async () => sub?.close());

  it('finds no broken link, anchor or asset at the root, and every built page is reachable', async () => {
    const { pages, broken, checked } = await crawl(siteUrl(''), `${SITE}/`);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
    const built = readdirSync(ROOT_DIST, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .map((f) => siteUrl(f.replace(/index\.html$/, '')));
    expect(built.filter((u) => !pages.has(u))).toEqual([]);
  });

  it('finds no broken link, anchor or asset under a sub-path', async () => {
    if (!sub) throw new Error('No sub-path build in dist-subpath/: `npm test` makes it (scripts/test.mjs), or run `BASE_PATH=/wiki/expertise astro build --outDir dist-subpath`.');
    const { broken, checked } = await crawl(sub.url, `${SITE}${SUB_BASE}/`);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('has no HTML validity error on any page (html-validate, the specification’s rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    const files = readdirSync(ROOT_DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(ROOT_DIST, file), 'utf8'), file);
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    // The validator is awake: it finds what the Nu validator found in an earlier build.
    const bad = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><label for="a">A <output>1</output><div></div></label><input id="a"></body></html>');
    expect(bad.valid).toBe(false);
  });

  it('sends no template comment to readers (a comment in a component is for its authors, and the essay repeated them 58 times)', () => {
    const files = readdirSync(ROOT_DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const found = files.flatMap((file) => [...readFileSync(join(ROOT_DIST, file), 'utf8').matchAll(/<!--[\s\S]*?-->/g)].map((m) => `${file}: ${m[0].slice(0, 60)}`));
    expect(found).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { baseFolder, siteSettings, siteWarnings } from '../../src/lib/siteSettings.mjs';
import { readFileSync } from 'node:fs';
import { absoluteUrl, svgDataUrl, withBase } from '../../src/lib/paths';

describe('siteSettings(env)', () => {
  it('defaults to a local origin served from the root', () => {
    expect(siteSettings({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });
  it('reads SITE as an origin and BASE_PATH as a clean sub-path', () => {
    expect(siteSettings({ SITE: 'https://wiki.example.org/ignored', BASE_PATH: 'essays/expertise/' })).toEqual({
      site: 'https://wiki.example.org',
      base: '/essays/expertise',
    });
  });
  it('rejects a SITE that is not an http(s) origin', () => {
    expect(() => siteSettings({ SITE: 'javascript:alert(1)' })).toThrow(/SITE must be an http\(s\) origin/);
    expect(() => siteSettings({ SITE: 'not a url' })).toThrow(/SITE must be/);
  });
  it('rejects a BASE_PATH with characters that would need escaping', () => {
    expect(() => siteSettings({ BASE_PATH: '/a b' })).toThrow(/BASE_PATH may only hold/);
    expect(() => siteSettings({ BASE_PATH: '/a"><script>' })).toThrow(/BASE_PATH/);
  });
});

describe('siteWarnings(env)', () => {
  it('warns when SITE is unset (the build would name localhost) or has a path (which is dropped)', () => {
    expect(siteWarnings({})).toEqual([expect.stringMatching(/^SITE is not set: .*http:\/\/localhost:4321/)]);
    expect(siteWarnings({ SITE: 'https://x.org/wiki/' })).toEqual([
      'SITE=https://x.org/wiki/ has a path; SITE is an origin, so the build uses https://x.org. To serve the site under /wiki, build with BASE_PATH=/wiki as well.',
    ]);
  });
  it('is silent for a plain origin', () => {
    expect(siteWarnings({ SITE: 'https://essays.example.org' })).toEqual([]);
    expect(siteWarnings({ SITE: 'https://essays.example.org/' })).toEqual([]);
  });
});

describe('withBase(path, base) and absoluteUrl(path, site, base)', () => {
  it('joins a base and a path with exactly one slash', () => {
    expect(withBase('/favicon.svg', '/')).toBe('/favicon.svg');
    expect(withBase('favicon.svg', '/wiki/x/')).toBe('/wiki/x/favicon.svg');
    expect(withBase('/', '/wiki/x')).toBe('/wiki/x/');
  });
  it('builds absolute URLs under the configured site and base', () => {
    expect(absoluteUrl('/social-card.png', new URL('https://e.org'), '/wiki/')).toBe('https://e.org/wiki/social-card.png');
  });
});

describe('svgDataUrl(svg)', () => {
  it('escapes only what a URL cannot carry, and no double quote is left to end the attribute', () => {
    expect(svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg">\n  <path fill="#0e6570" d="M1 1h2"/></svg>\n')).toBe(
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E %3Cpath fill='%230e6570' d='M1 1h2'/%3E%3C/svg%3E",
    );
    expect(svgDataUrl('<svg><style>a{b:c}@media (x){d{e:f%}}</style></svg>')).not.toMatch(/["{}%<>#](?![0-9A-F]{2})/);
  });
  it('decodes to the favicon, its white space collapsed and its quotes single', () => {
    const svg = readFileSync('public/favicon.svg', 'utf8');
    const url = svgDataUrl(svg);
    expect(url).not.toContain('"');
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/\s+/g, ' ').replace(/"/g, "'"));
    expect(url.length).toBeLessThan(svg.length * 1.3);
  });
});

describe('baseFolder(base)', () => {
  it('ends the base in one slash, as the build’s files and headers list their paths', () => {
    expect(baseFolder('/')).toBe('/');
    expect(baseFolder('/wiki/expertise')).toBe('/wiki/expertise/');
    expect(baseFolder('/wiki/expertise/')).toBe('/wiki/expertise/');
  });
});

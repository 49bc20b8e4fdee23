import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CACHE_RULES, headerPolicy, headersFile, inlineHashes, nginxMap, parsePolicy, readHeadersFile, securePage } from '../../scripts/lib/csp.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const ASTRO = `default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'sha256-bundled='; style-src 'self' 'sha256-bundled=';`;
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><script>var theme = 1;</script><style>:root{--a:1}</style>${head}<meta http-equiv="content-security-policy" content="${ASTRO}"></head><body>${body}</body></html>`;

describe('the exact Content-Security-Policy of a built page', () => {
  it('hashes every inline script and style, inside templates too, and nothing with a src or a data type', () => {
    const html = page(
      '<script type="module" src="/a.js"></script><script type="application/json">{"a":1}</script>',
      '<template data-load-near="#x"><script type="module">go()</script><style>p{}</style></template><script>var theme = 1;</script>',
    );
    const { scripts, styles } = inlineHashes(html);
    expect(scripts).toEqual([sha('var theme = 1;'), sha('go()')]);
    expect(styles).toEqual([sha(':root{--a:1}'), sha('p{}')]);
  });

  it('puts the policy right after <meta charset>, before everything it covers, with exactly the page’s hashes', () => {
    const { html, policy } = securePage(page('<link rel="preload" href="/f.woff2" as="font">'), 'dist/index.html');
    expect(html.indexOf('http-equiv="content-security-policy"')).toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length + '<meta '.length);
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    const directives = new Map(parsePolicy(policy));
    expect(directives.get('script-src')).toEqual(["'self'", sha('var theme = 1;')]);
    expect(directives.get('style-src')).toEqual(["'self'", sha(':root{--a:1}')]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|bundled/);
  });

  it('fails the build, naming the file, when a page has no policy or the configuration allows unsafe-inline', () => {
    expect(() => securePage('<html><head><meta charset="utf-8"></head></html>', 'dist/x/index.html')).toThrow(/dist\/x\/index\.html: no Content-Security-Policy/);
    const unsafe = page('').replace("img-src 'self' data:", "img-src 'self' data:; connect-src 'self' 'unsafe-eval'");
    expect(() => securePage(unsafe, 'dist/index.html')).toThrow(/unsafe-inline' or 'unsafe-eval'/);
  });

  it('lets any host frame the embed pages and the 404 page, and only the site itself frame the rest, at the root or under a base', () => {
    expect(headerPolicy("default-src 'self'", '/embed/compass/', '/')).toBe("default-src 'self'; frame-ancestors *");
    expect(headerPolicy("default-src 'self'", '/charts/compass/', '/')).toBe("default-src 'self'; frame-ancestors 'self'");
    expect(headerPolicy("default-src 'self'", '/wiki/x/embed/compass/', '/wiki/x')).toMatch(/frame-ancestors \*$/);
    expect(headerPolicy("default-src 'self'", '/embed/compass/', '/wiki/x')).toMatch(/frame-ancestors 'self'$/);
    expect(headerPolicy("default-src 'self'", '/404.html', '/')).toMatch(/frame-ancestors \*$/);
    expect(headerPolicy("default-src 'self'", '/methods/', '/')).toMatch(/frame-ancestors 'self'$/);
  });

  it('writes the same policies as _headers and as an nginx map, per page and never under a wildcard', () => {
    const pages = [
      { path: '/wiki/', policy: "default-src 'self'; script-src 'self' 'sha256-a='" },
      { path: '/wiki/embed/compass/', policy: "default-src 'self'" },
      { path: '/wiki/404.html', policy: "default-src 'none'" },
    ];
    const rules = readHeadersFile(headersFile(pages, '/wiki'));
    expect(rules.get('/wiki/*')?.get('x-content-type-options')).toBe('nosniff');
    expect(rules.get('/wiki/*')?.has('content-security-policy')).toBe(false);
    expect(rules.get('/wiki/')?.get('content-security-policy')).toBe("default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'self'");
    expect(rules.get('/wiki/embed/compass/index.html')?.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors *");
    expect(rules.get('/wiki/404.html')?.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors *");
    // Hashed files are kept a year, the icons a day; the rest is asked for again each time (no-cache), each path by one
    // rule only (a host joins two rules' values with a comma): none on the catch-all, none on a page under embed/*.
    expect(rules.get('/wiki/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(rules.get('/wiki/favicon.svg')?.get('cache-control')).toBe('public, max-age=86400');
    expect(rules.get('/wiki/*')?.has('cache-control')).toBe(false);
    expect(rules.get('/wiki/')?.get('cache-control')).toBe('no-cache');
    expect(rules.get('/wiki/404.html')?.get('cache-control')).toBe('no-cache');
    for (const f of ['charts/*', 'embed/*', 'data/*', 'oembed/*', 'sw.js']) expect(rules.get(`/wiki/${f}`)?.get('cache-control'), f).toBe('no-cache');
    expect(rules.get('/wiki/embed/compass/')?.has('cache-control')).toBe(false);
    expect(rules.get('/wiki/embed/compass/index.html')?.has('cache-control')).toBe(false);
    // Every page at its address before any …/index.html rule (Cloudflare Pages reads 100 rules).
    const order = [...rules.keys()];
    expect(order.indexOf('/wiki/404.html')).toBeLessThan(order.indexOf('/wiki/embed/compass/index.html'));
    expect(order.filter((r) => r.endsWith('index.html'))).toEqual(order.slice(-1));
    const many = Array.from({ length: 100 }, (_, i) => ({ path: `/wiki/p${i}/`, policy: "default-src 'self'" }));
    const count = 1 + Object.keys(CACHE_RULES).length + many.length;
    expect(() => headersFile(many, '/wiki')).toThrow(`_headers: ${count} rules before the …/index.html ones, over the 100 that Cloudflare Pages reads`);
    expect(() => headersFile(many.slice(0, 100 - count + 100), '/wiki')).not.toThrow();
    const nginx = nginxMap(pages, '/wiki');
    expect(nginx).toContain(`"/wiki/embed/compass/index.html" "default-src 'self'; frame-ancestors *";`);
    expect(nginx).toContain(`"/wiki/" "default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'self'";`);
    expect(nginx).toMatch(/^map \$uri \$uce_csp \{\n {2}default "";/m);
    expect(nginx).toContain('  "~^/wiki/_astro/" "public, max-age=31536000, immutable";');
    expect(nginx).toContain('  "/wiki/favicon.svg" "public, max-age=86400";');
    expect(nginx).toMatch(/^map \$uri \$uce_cache \{\n {2}default "no-cache";/m);
    expect(nginx.trimEnd().endsWith('}')).toBe(true);
  });
});

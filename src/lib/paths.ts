/**
 * Joins the configured base path (`BASE_PATH`, see astro.config.mjs) and a
 * site-relative path, so every internal link works under a sub-path.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

/** The absolute URL of a site-relative path, for canonical links and social cards. */
export function absoluteUrl(path: string, site: URL | undefined, base: string = import.meta.env.BASE_URL): string {
  const origin = site ?? new URL('http://localhost:4321');
  return new URL(withBase(path, base), origin).href;
}

/**
 * An SVG as a `data:` URL, for a small image the page should not ask for
 * separately (the favicon: a request of its own came before the first paint
 * on short pages). Only the characters a URL cannot carry are escaped, so it
 * stays readable and close to the SVG's size; double quotes become single, so
 * it sits safely in a double-quoted attribute.
 */
export function svgDataUrl(svg: string): string {
  const text = svg.trim().replace(/\s+/g, ' ').replace(/"/g, "'");
  return `data:image/svg+xml,${text.replace(/[%#<>?[\\\]^`{|}]/g, encodeURIComponent)}`;
}

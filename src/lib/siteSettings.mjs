// @ts-check
/**
 * Reads the deployment settings from the environment, with safe defaults.
 * - `SITE`: the production origin, e.g. `https://essays.example.org`.
 * - `BASE_PATH`: the sub-path the site is served from, e.g. `/wiki/expertise`.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string }}
 */
export function siteSettings(env) {
  const rawSite = (env.SITE ?? '').trim() || 'http://localhost:4321';
  let site;
  try {
    const url = new URL(rawSite);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    site = url.origin;
  } catch {
    throw new Error(`SITE must be an http(s) origin such as https://essays.example.org (got "${rawSite}")`);
  }
  const rawBase = (env.BASE_PATH ?? '').trim();
  const trimmed = rawBase.replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH may only hold letters, digits, "-", "_", ".", "~" and "/" (got "${rawBase}")`);
  }
  const base = trimmed ? `/${trimmed}` : '/';
  return { site, base };
}

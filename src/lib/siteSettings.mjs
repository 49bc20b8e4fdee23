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
  const { site, base } = readSettings(env);
  return { site, base };
}

/**
 * The base path as a folder, ending in `/`: `/` or `/wiki/expertise/`.
 * @param {string} base
 */
export function baseFolder(base) {
  return base.replace(/\/?$/, '/');
}

/**
 * What a build with these settings should tell its maintainer: a SITE left
 * unset writes http://localhost:4321 into every canonical link, social card,
 * oEmbed file and QR code; a SITE with a path loses the path (SITE is an
 * origin; the path belongs in BASE_PATH).
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function siteWarnings(env) {
  const raw = (env.SITE ?? '').trim();
  if (!raw) {
    return [
      'SITE is not set: canonical links, social cards, oEmbed files, embed snippets and the QR codes will name http://localhost:4321. For a deployment, build with SITE=https://your.host (see the README, "Deploying").',
    ];
  }
  const { site, path } = readSettings(env);
  if (path) {
    return [`SITE=${raw} has a path; SITE is an origin, so the build uses ${site}. To serve the site under ${path}, build with BASE_PATH=${path} as well.`];
  }
  return [];
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string, path: string }}
 */
function readSettings(env) {
  const rawSite = (env.SITE ?? '').trim() || 'http://localhost:4321';
  let site;
  let path = '';
  try {
    const url = new URL(rawSite);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    site = url.origin;
    path = url.pathname.replace(/\/+$/, '');
  } catch {
    throw new Error(`SITE must be an http(s) origin such as https://essays.example.org (got "${rawSite}")`);
  }
  const rawBase = (env.BASE_PATH ?? '').trim();
  const trimmed = rawBase.replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH may only hold letters, digits, "-", "_", ".", "~" and "/" (got "${rawBase}")`);
  }
  const base = trimmed ? `/${trimmed}` : '/';
  return { site, base, path };
}

// @ts-check
/**
 * `npm run preview`: serves dist/ as the last build made it. A build with
 * BASE_PATH lives under that path; `astro preview` alone reads BASE_PATH from
 * the environment again, so without it every asset would 404. This reads the
 * settings the build recorded (.astro/build-settings.json, written by
 * astro.config.mjs) and passes them on, unless the environment sets them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const recorded = '.astro/build-settings.json';
/** @type {{ site?: string, base?: string }} */
const built = existsSync(recorded) ? JSON.parse(readFileSync(recorded, 'utf8')) : {};
const env = { ...process.env };
if (env.BASE_PATH === undefined && built.base && built.base !== '/') env.BASE_PATH = built.base;
if (env.SITE === undefined && built.site) env.SITE = built.site;
if (env.BASE_PATH) console.log(`Serving the build made with BASE_PATH=${env.BASE_PATH}: open the address below, which ends in ${env.BASE_PATH}/`);
const result = spawnSync('astro', ['preview', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);

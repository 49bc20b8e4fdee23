import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROME_ARGS, findChrome } from '../../scripts/lib/chrome.mjs';
import { startStaticServer } from '../../scripts/lib/staticServer.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site's URL on loopback, ending in "/". */
    siteUrl: string;
    /** Where test files connect to the one shared Chromium. */
    wsEndpoint: string;
  }
}

/**
 * Serves `dist/` on loopback and starts one system Chromium for all browser
 * test files. The tests run against the built site, as a reader gets it.
 */
export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('No built site in dist/: run `npm run build` first (`npm test` does).');
  const server = await startStaticServer({ root: dist });
  const browser: BrowserServer = await chromium.launchServer({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  project.provide('siteUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}

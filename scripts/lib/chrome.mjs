// @ts-check
import { existsSync } from 'node:fs';

/** Where a system Chrome or Chromium usually lives, most likely first. */
export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Finds the system browser for the browser tests and the benchmark:
 * `CHROME_PATH` if set, else the usual install locations. Never downloads one.
 *
 * @param {Record<string, string | undefined>} [env]
 * @param {(path: string) => boolean} [exists]
 * @returns {string}
 */
export function findChrome(env = process.env, exists = existsSync) {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CHROME_CANDIDATES.find((p) => exists(p));
  if (found) return found;
  throw new Error(
    [
      'No Chrome or Chromium found for the browser tests.',
      'Install one (Debian/Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to its executable.',
      `Looked in: ${CHROME_CANDIDATES.join(', ')}`,
    ].join('\n'),
  );
}

/** Flags for a quiet, sandbox-friendly headless Chromium that talks to no one but us. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
];

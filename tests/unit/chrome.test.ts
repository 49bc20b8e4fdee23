import { describe, expect, it } from 'vitest';
import { findChrome } from '../../scripts/lib/chrome.mjs';

describe('findChrome(env, exists)', () => {
  it('honours CHROME_PATH first', () => {
    expect(findChrome({ CHROME_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
  });
  it('says so when CHROME_PATH points at nothing', () => {
    expect(() => findChrome({ CHROME_PATH: '/nope' }, () => false)).toThrow(/CHROME_PATH is set to "\/nope"/);
  });
  it('falls back to the usual locations', () => {
    expect(findChrome({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });
  it('fails with an install hint when no browser is found', () => {
    expect(() => findChrome({}, () => false)).toThrow(/apt-get install chromium/);
  });
});

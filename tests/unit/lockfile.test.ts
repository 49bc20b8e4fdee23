import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptional, platformOf } from '../../scripts/lib/lockfile.mjs';

describe('package-lock.json', () => {
  it('records every optional dependency, so `npm ci` accepts it on a clean machine', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    const missing = missingOptional(lock).map((m: { name: string }) => m.name);
    expect(missing, 'run `node scripts/lockfile-optional.mjs`').toEqual([]);
  });

  it('finds an optional dependency the lockfile lacks', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/a': { optionalDependencies: { 'a-darwin-arm64': '1.0.0', 'a-linux-x64-gnu': '1.0.0' } },
        'node_modules/a-linux-x64-gnu': { version: '1.0.0' },
      },
    };
    expect(missingOptional(lock)).toEqual([{ parent: 'node_modules/a', name: 'a-darwin-arm64', version: '1.0.0' }]);
  });

  it('reads the platform off a package name', () => {
    expect(platformOf('x-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
    expect(platformOf('x-win32-x64-msvc')).toEqual({ os: ['win32'], cpu: ['x64'] });
    expect(platformOf('x-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
  });
});

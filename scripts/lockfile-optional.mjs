#!/usr/bin/env node
// Records missing optional platform packages in package-lock.json.
//
// Some registry mirrors serve only the platform packages of the machine that
// runs `npm install` (here: linux-x64), so npm writes a lockfile without the
// others and a later `npm ci` refuses it ("Missing: … from lock file").
// This script adds a lockfile entry for every optional dependency npm left
// out, with the os/cpu/libc its name declares, so `npm ci` accepts the
// lockfile on any machine and skips the packages that do not fit it.
// Run it after `npm install` whenever `npm ci --dry-run` complains.
import { readFileSync, writeFileSync } from 'node:fs';
import { missingOptional, platformOf } from './lib/lockfile.mjs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const missing = missingOptional(lock);
for (const { parent, name, version } of missing) {
  const parentEntry = lock.packages[parent];
  lock.packages[`node_modules/${name}`] = {
    version,
    ...(parentEntry.dev ? { dev: true } : {}),
    optional: true,
    ...platformOf(name),
    ...(parentEntry.engines ? { engines: parentEntry.engines } : {}),
  };
}
// npm keeps `packages` sorted by path.
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(missing.length ? `added ${missing.length} optional entries: ${missing.map((m) => m.name).join(', ')}` : 'lockfile complete');

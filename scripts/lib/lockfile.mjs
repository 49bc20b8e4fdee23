// @ts-check
// Helpers shared by scripts/lockfile-optional.mjs and its test.

/**
 * @typedef {{ version?: string, dev?: boolean, optional?: boolean, engines?: Record<string, string>,
 *   optionalDependencies?: Record<string, string> } & Record<string, unknown>} LockEntry
 * @typedef {{ packages?: Record<string, LockEntry> }} Lockfile
 */

/**
 * Optional dependencies that no lockfile entry resolves.
 * @param {Lockfile} lock
 * @returns {{ parent: string, name: string, version: string }[]}
 */
export function missingOptional(lock) {
  const packages = lock.packages ?? {};
  const missing = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      // npm resolves from the nearest node_modules up the tree.
      const candidates = [];
      let base = path;
      for (;;) {
        candidates.push(`${base ? base + '/' : ''}node_modules/${name}`);
        const cut = base.lastIndexOf('/node_modules/');
        if (cut < 0) {
          if (base !== '') candidates.push(`node_modules/${name}`);
          break;
        }
        base = base.slice(0, cut);
      }
      if (!candidates.some((c) => packages[c])) missing.push({ parent: path, name, version });
    }
  }
  return missing;
}

/**
 * os/cpu/libc read off a platform package's name, e.g. `…-linux-arm64-musl`.
 * @param {string} name
 * @returns {{ os?: string[], cpu?: string[], libc?: string[] }}
 */
export function platformOf(name) {
  const m = /-(android|darwin|linux|win32|freebsd|wasm32)-(arm64|x64|ia32|arm|wasi)(?:-(gnu|musl|msvc|gnueabihf))?$/.exec(name);
  if (!m) return {};
  const [, os, cpuPart, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  /** @type {{ os: string[], cpu: string[], libc?: string[] }} */
  const out = { os: [os ?? ''], cpu: [cpuPart ?? ''] };
  if (os === 'linux' && (abi === 'gnu' || abi === 'musl')) out.libc = [abi === 'gnu' ? 'glibc' : 'musl'];
  return out;
}

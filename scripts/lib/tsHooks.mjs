// @ts-check
/**
 * Lets Node load the site's TypeScript modules directly (Node 22 strips the
 * types itself): resolves the extensionless relative imports the code base
 * uses (`./scenario`) to `.ts` files. Import this module first; then
 * `await import('…/src/data/simulation/pluchino.ts')`. No bundler, no server,
 * so a command that runs the model starts in a few tens of milliseconds.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        // Not a TypeScript module: resolve as written.
      }
    }
    return next(specifier, context);
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code, no browser, no build) and `browser` (a real
 * Chromium against the built `dist/`; run `npm run build` first, as `npm test` does).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // The figure's export style reads the token and figure sheets as text (?raw): let Vite load them.
          css: { include: [/\/src\/styles\/[^/]+\.css/] },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores on CI: one browser, files in sequence, pages within a file in parallel where useful.
          fileParallelism: false,
        },
      },
    ],
  },
});

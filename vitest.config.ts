import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Projects: `npm run test:unit` (fast, in-memory fake browser), `npm run test:e2e` (real
// Chromium via playwright-core against the built extension), `npm run test:firefox` (Firefox).
export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest loads wxt.config.ts and aliases `wxt/browser` to WXT's in-memory fakeBrowser.
        plugins: [WxtVitest()],
        // WxtVitest skips wxt.config.ts's Vite plugins (the Preact preset); tsconfig.json already
        // says the same, but keep .tsx tests on Preact's JSX runtime even if that changes.
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/scenario/**/*.test.{ts,tsx}'],
          // Component tests opt into the DOM with a `// @vitest-environment happy-dom` docblock.
          environment: 'node',
          // The fake browser answers i18n from the real messages (English unless a test says);
          // every test must run an assertion (tests/setup/assertions.ts).
          setupFiles: ['tests/setup/i18n.ts', 'tests/setup/assertions.ts'],
          // Bounds for a busy machine (other processes on every core): a unit test that needs
          // more than this is stuck, not slow. Property tests set their own, longer budget.
          testTimeout: 30_000,
          expect: { poll: { timeout: 15_000 } },
          // A DST zone, so date logic meets 23- and 25-hour days. Node re-reads process.env.TZ
          // whenever it is assigned, so this applies even though the worker already used Date.
          env: { TZ: 'Europe/Berlin' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/assertions.ts'],
          // One Chromium at a time: parallel browsers make timing-sensitive tests flaky.
          fileParallelism: false,
          // Tests wait for conditions, each wait bounded (tests/e2e/support/unsit.ts); on a busy
          // machine a test may sit through several, so its own bound is wider.
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run test:firefox`: the Firefox MV2 build in Debian's firefox-esr via puppeteer-core.
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.firefox.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/assertions.ts'],
          // One Firefox at a time, like the Chromium tests.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run test:store`: what the stores check, on the production builds it makes first.
        test: {
          name: 'store',
          include: ['tests/store/**/*.store.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/assertions.ts'],
        },
      },
      {
        // `npm run test:real`: the production build in headful Chromium under Xvfb, real input
        // through xdotool and the real idle API (tests/real). Its scenarios run concurrently,
        // each with its own X display; the longest sits through the 10-minute sitting limit.
        test: {
          name: 'real',
          include: ['tests/real/**/*.real.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/assertions.ts'],
          testTimeout: 30 * 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run screenshots`: the pictures in README.md, from the e2e build.
        test: {
          name: 'screenshots',
          include: ['tests/screenshots/**/*.shots.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

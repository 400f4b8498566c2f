import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// `npm run bench` runs bench/*.figures.ts through this config: the real background in WXT's
// fake browser with fake time, as the unit project does (same plugin, same time zone).
export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['bench/**/*.figures.ts'],
    // The fake browser has no i18n: the unit tests' setup answers from public/_locales.
    setupFiles: ['tests/setup/i18n.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Berlin' },
    testTimeout: 120_000,
  },
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // `npm run build:e2e` (WXT_E2E=1, --mode e2e) builds to .output-e2e/chrome-mv3; the CLI has
  // no --outDir, and the fixed template drops WXT's default "-e2e" mode suffix.
  outDir: process.env.WXT_E2E ? '.output-e2e' : '.output',
  outDirTemplate: process.env.WXT_E2E ? '{{browser}}-mv{{manifestVersion}}' : undefined,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Unsit',
    description:
      'Breaks up long sitting: sit-too-long reminders, a one-click 2-minute routine and honest break stats.',
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
  },
});

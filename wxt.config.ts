import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { CommandName } from './lib/commands';
import { managedSchema } from './lib/managed-schema';
import { noInnerHtml } from './scripts/no-inner-html';
import { sharedPageChunk } from './scripts/shared-page-chunk';
import { privacyHtml } from './scripts/store/listing.mjs';

const e2e = Boolean(process.env.WXT_E2E);
const MANAGED_SCHEMA = 'managed_schema.json';

/**
 * The keyboard shortcuts (lib/commands.ts names them; background/commands.ts carries them out).
 * Alt+Shift+letter, with letters neither browser uses. Chromium (156, Linux) refuses a suggested
 * key it uses itself and leaves the command without one: it refused A, B, C, N, P, R, T, W, X and
 * Z with Alt+Shift, and Chrome adds I (feedback); ChromeOS uses L, M, N and S. Firefox's own
 * shortcuts use Ctrl, Ctrl+Shift or Ctrl+Alt, never Alt+Shift+letter; it uses Alt+Shift for a
 * page's access keys on Windows and Linux (Wikipedia has one for nearly every letter), but an
 * extension's shortcut comes first there and the page's link stays a click away. On a Mac,
 * Option+Shift+letter types characters, so the Mac keys are Ctrl+Shift (MacCtrl) instead.
 * Chrome takes at most four suggested keys per extension: these are four. G for "go" (the
 * routine), U for "up", D for "delay" (snooze), H for the desk's height ("I'm standing" / "I sat
 * down"). tests/e2e/shortcuts.e2e.ts checks that Chromium
 * gives each command its keys, tests/firefox that Firefox does.
 */
const shortcut = (letter: string, description: string) => ({
  suggested_key: { default: `Alt+Shift+${letter}`, mac: `MacCtrl+Shift+${letter}` },
  description,
});
const commands = {
  'start-routine': shortcut('G', '__MSG_command_start_routine__'),
  'stood-up': shortcut('U', '__MSG_command_stood_up__'),
  snooze: shortcut('D', '__MSG_command_snooze__'),
  standing: shortcut('H', '__MSG_command_standing__'),
} satisfies Record<CommandName, unknown>;

export default defineConfig({
  // webextension-polyfill behind `wxt/browser`: one `browser` with the same behaviour in every
  // supported browser. Firefox, and Chrome from 148, have it natively (the polyfill then passes
  // their `browser` through); Chrome 130-147 gets it wrapped around `chrome`, including the one
  // thing those versions lack: a message listener that answers by returning a promise.
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // `npm run build:e2e` (WXT_E2E=1, --mode e2e) builds to .output-e2e/chrome-mv3; the CLI has
  // no --outDir, and the fixed template drops WXT's default "-e2e" mode suffix.
  outDir: e2e ? '.output-e2e' : '.output',
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}' : undefined,
  vite: () => ({
    // The popup loads what it shares with other pages as one script and one style sheet; Preact
    // ships without its innerHTML branch (see scripts/no-inner-html.ts).
    plugins: [preact(), noInnerHtml(), sharedPageChunk(['popup'])],
    build: {
      // Extension pages run in browsers that preload modules natively: Vite's polyfill is dead code.
      modulePreload: { polyfill: false },
      // Terser packs the bundles about 5 % tighter than esbuild's minifier (the worker 30.1 →
      // 28.6 KB gzip); ASCII-only output for the reason given at `esbuild` below.
      minify: 'terser',
      terserOptions: { format: { ascii_only: true }, compress: { passes: 2 } },
      // Pages share code through chunks; one of a few hundred bytes costs more as a request than
      // as bytes. Rollup folds chunks under 1 KB into others when no side effect moves.
      rollupOptions: { output: { experimentalMinChunkSize: 1000 } },
    },
    // ASCII-only output (non-ASCII escaped, as esbuild does by default and Vite undoes): V8 keeps
    // a script's source at one byte per character only if every character fits, so a single "’"
    // doubles the memory of the whole script's source, in the worker and in every page.
    esbuild: { charset: 'ascii' },
  }),
  hooks: {
    // The privacy policy travels with the extension (options links to it), made from the same
    // docs/privacy.md that the stores link to, which is README's Privacy section word for word.
    'build:publicAssets': (wxt, files) => {
      const policy = readFileSync(`${wxt.config.root}/docs/privacy.md`, 'utf8');
      files.push({ relativeDest: 'privacy.html', contents: privacyHtml(policy) });
      // An organisation's policy for Unsit (lib/managed-policy.ts), checked by Chrome against
      // this schema. Firefox reads policies.json without one, and its manifest has no such key.
      if (wxt.config.browser !== 'firefox') {
        files.push({
          relativeDest: MANAGED_SCHEMA,
          contents: `${JSON.stringify(managedSchema(), null, 2)}\n`,
        });
      }
    },
    // Firefox MV2: an event page (unloaded when idle, woken by its listeners) like Chrome's
    // service worker, not a persistent page; all state already lives in storage.
    'build:manifestGenerated': (wxt, manifest) => {
      if (
        wxt.config.browser === 'firefox' &&
        manifest.background &&
        !('service_worker' in manifest.background)
      ) {
        manifest.background.persistent = false;
      }
    },
  },
  // The sources archive for Mozilla's review: what builds the package (see BUILD.md), without
  // tests, benchmarks and pictures.
  zip: {
    excludeSources: [
      'test-results/**',
      'tests/**',
      'bench/**',
      '**/*.log',
      'docs/screenshots/**',
      'store/images/**',
    ],
  },
  manifest: ({ browser, manifestVersion }) => {
    // Showing the reminder card over a page needs the site permission; it is
    // optional, asked for from a click in onboarding or options, revocable.
    const sites = ['<all_urls>'];
    return {
      // Name, description and toolbar title in the browser's language (public/_locales).
      name: '__MSG_ext_name__',
      default_locale: 'en',
      // The newest feature Unsit relies on: use_dynamic_url, which Chrome parsed but ignored
      // before 130 (the card page's address would not change per session). Every API and feature
      // with its version: docs/compatibility.md, checked by tests/store/versions.store.ts.
      ...(browser === 'firefox' ? {} : { minimum_chrome_version: '130' }),
      description: '__MSG_ext_description__',
      permissions: ['alarms', 'idle', 'notifications', 'storage', 'scripting'],
      // Chrome: the organisation's policy in managed storage follows this schema. Firefox reads
      // policies.json's `3rdparty.Extensions` instead, and would reject the key.
      ...(browser === 'firefox' ? {} : { storage: { managed_schema: MANAGED_SCHEMA } }),
      ...(manifestVersion === 3
        ? { optional_host_permissions: sites }
        : { optional_permissions: sites }),
      // Test builds only: headless Chromium cannot grant an optional permission from a click.
      ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
      icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
      action: {
        default_title: '__MSG_ext_name__',
        default_icon: { 16: '/icon/16.png', 32: '/icon/32.png' },
      },
      commands,
      // Only the card page, which card-in-page/show-card.ts frames into the current site when a break is
      // due; everything it loads comes from its own extension origin and needs no exposure. The
      // trade-off: a site that knows its address may load card.html, which would tell it Unsit is
      // installed. No page script can learn the address from the card (closed shadow root, set
      // from the isolated world, no messages to the page: tests/e2e/overlay.e2e.ts and
      // tests/firefox). Chrome's use_dynamic_url also changes it every session; Firefox's
      // moz-extension UUID is fixed for the install, which is why it must never reach a page. A
      // card a site frames itself is refused by the background (see watchCardPort) and stays empty.
      web_accessible_resources:
        manifestVersion === 3
          ? [{ resources: ['card.html'], matches: ['<all_urls>'], use_dynamic_url: true }]
          : ['card.html'],
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'unsit@unsit.app',
                // 140 (the ESR line): the first to read data_collection_permissions (web-ext
                // lint warns below it), and past everything else (docs/compatibility.md).
                strict_min_version: '140.0',
                // Unsit collects nothing and sends nothing anywhere.
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android reads data_collection_permissions from 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});

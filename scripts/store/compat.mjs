import { markdownTable } from './listing.mjs';

// Which browser versions Unsit really needs: every extension API its code calls (found in the
// sources) and every newer web feature and manifest key it relies on (listed below), each looked up
// in MDN's browser-compat-data (the copy web-ext's linter ships). `minimum_chrome_version` and
// Firefox's `strict_min_version` must equal the newest of them (tests/store/versions.store.ts);
// docs/compatibility.md shows the table (`npm run store:sync` writes it).

/**
 * Features found by a pattern in the sources. `only` limits a row to the build that uses it;
 * `optional` marks a feature the code checks for and does without (it sets no minimum).
 * @type {readonly { feature: string, bcd: string, pattern: RegExp, only?: 'chrome' | 'firefox', optional?: string }[]}
 */
export const FEATURES = [
  // Manifest keys (wxt.config.ts).
  {
    feature: 'manifest: `web_accessible_resources` with `use_dynamic_url`',
    bcd: 'webextensions.manifest.web_accessible_resources.use_dynamic_url',
    pattern: /use_dynamic_url: true/,
    only: 'chrome',
  },
  {
    feature: 'manifest: `optional_host_permissions`',
    bcd: 'webextensions.manifest.optional_host_permissions',
    pattern: /optional_host_permissions: sites/,
    only: 'chrome',
  },
  {
    feature: 'manifest: `optional_permissions` (sites, MV2)',
    bcd: 'webextensions.manifest.optional_permissions',
    pattern: /optional_permissions: sites/,
    only: 'firefox',
  },
  {
    feature: 'manifest: `background.service_worker`',
    bcd: 'webextensions.manifest.background.service_worker',
    pattern: /defineBackground/,
    only: 'chrome',
  },
  {
    feature: 'manifest: `background.persistent: false` (event page)',
    bcd: 'webextensions.manifest.background.persistent',
    pattern: /manifest\.background\.persistent = false/,
    only: 'firefox',
  },
  {
    feature: 'manifest: `gecko.data_collection_permissions`',
    bcd: 'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions',
    pattern: /data_collection_permissions:/,
    only: 'firefox',
  },
  {
    feature: 'manifest: `commands` (keyboard shortcuts)',
    bcd: 'webextensions.manifest.commands',
    pattern: /^\s+commands,$/m,
  },
  // Extension API details the call names do not show.
  {
    feature: '`commands.onCommand`',
    bcd: 'webextensions.api.commands.onCommand',
    pattern: /browser\.commands\?\.onCommand\.addListener/,
    optional: 'listened to only where it exists (`?.`)',
  },
  {
    feature: '`commands.openShortcutSettings`',
    bcd: 'webextensions.api.commands.openShortcutSettings',
    pattern: /openShortcutSettings\?: /,
    only: 'firefox',
    optional: 'called where it exists; else options says where',
  },
  {
    feature: '`storage.session` (WXT `session:` items)',
    bcd: 'webextensions.api.storage.session',
    pattern: /defineItem<[^>]*>\(\s*'session:|defineItem\(\s*'session:/,
  },
  {
    feature: 'notification `buttons`',
    bcd: 'webextensions.api.notifications.NotificationOptions.buttons',
    pattern: /notification\.buttons = /,
    optional: 'set only where the browser is not Firefox',
  },
  // Web platform features newer than the rest.
  {
    feature: 'popover (`showPopover`, the card in the top layer)',
    bcd: 'api.HTMLElement.showPopover',
    pattern: /\.showPopover\(/,
  },
  { feature: 'CSS `:modal`', bcd: 'css.selectors.modal', pattern: /':modal'/ },
  { feature: '`inert`', bcd: 'api.HTMLElement.inert', pattern: /\.inert = / },
  { feature: 'CSS `color-mix()`', bcd: 'css.types.color.color-mix', pattern: /color-mix\(/ },
  { feature: 'CSS container queries', bcd: 'css.at-rules.container', pattern: /@container/ },
  { feature: 'CSS `:has()`', bcd: 'css.selectors.has', pattern: /:has\(/ },
  {
    feature: 'CSS `text-wrap: balance`',
    bcd: 'css.properties.text-wrap.balance',
    pattern: /text-wrap: balance/,
    optional: 'line balancing only; text wraps normally without it',
  },
  {
    feature: 'CSS `:focus-visible`',
    bcd: 'css.selectors.focus-visible',
    pattern: /:focus-visible/,
  },
  {
    feature: '`Array.prototype.findLast`',
    bcd: 'javascript.builtins.Array.findLast',
    pattern: /\.findLast\(/,
  },
  { feature: '`Array.prototype.at`', bcd: 'javascript.builtins.Array.at', pattern: /\.at\(-1\)/ },
  { feature: '`crypto.randomUUID`', bcd: 'api.Crypto.randomUUID', pattern: /crypto\.randomUUID\(/ },
  {
    feature: '`Intl.Locale`',
    bcd: 'javascript.builtins.Intl.Locale',
    pattern: /new Intl\.Locale\(/,
  },
  {
    feature: '`Intl.Locale#getWeekInfo`',
    bcd: 'javascript.builtins.Intl.Locale.getWeekInfo',
    pattern: /getWeekInfo\?\.\(\)/,
    optional: 'the week starts on Monday without it',
  },
];

/**
 * Extension APIs the code calls without every browser having them, with how it does without.
 * Keys are BCD paths under `webextensions.api.`.
 */
export const API_NOTES = {
  action: {
    only: 'chrome',
    note: 'Firefox (MV2) uses `browserAction` (`action ?? browserAction`)',
  },
  browserAction: { only: 'firefox', note: "Chrome's MV3 build uses `action`" },
  'windows.onBoundsChanged': { optional: 'listened to only where it exists (`?.`)' },
  'notifications.onButtonClicked': { optional: 'listened to only where it exists (`?.`)' },
};

/** `browser.a.b.c` names in source text, and WXT storage items' areas, as BCD-like paths. */
export function apiNames(source) {
  const names = new Set();
  for (const match of source.matchAll(
    /\bbrowser\.([a-zA-Z][a-zA-Z0-9]*)((?:\.[a-zA-Z][a-zA-Z0-9]*){0,2})/g,
  )) {
    names.add(`${match[1]}${match[2]}`);
  }
  for (const match of source.matchAll(
    /defineItem(?:<[^>]*>)?\(\s*'(local|session|sync|managed):/g,
  )) {
    names.add(`storage.${match[1]}`);
  }
  return names;
}

/** The BCD entry at a dotted path, or undefined. */
function at(bcd, path) {
  let node = bcd;
  for (const key of path.split('.')) node = node?.[key];
  return node?.__compat ? node : undefined;
}

/**
 * The first version of a BCD support statement that has the feature for real: a number, or
 * null when the browser lacks it. Ranges that only parsed the key (`version_removed`), flags and
 * partial implementations do not count.
 */
export function firstVersion(support) {
  const statements = (Array.isArray(support) ? support : [support]).filter(
    (s) =>
      s &&
      !s.version_removed &&
      !s.flags &&
      !s.prefix &&
      !s.alternative_name &&
      !s.partial_implementation,
  );
  const versions = statements
    .map((s) => s.version_added)
    .filter((v) => typeof v === 'string')
    .map((v) => Number.parseFloat(v.replace('≤', '')));
  return versions.length > 0 ? Math.min(...versions) : null;
}

/** The deepest BCD path for an API name: `storage.sync.get` → itself, `runtime.id` → itself, … */
function apiPath(bcd, name) {
  const parts = name.split('.');
  for (let n = parts.length; n > 0; n--) {
    const path = `webextensions.api.${parts.slice(0, n).join('.')}`;
    if (at(bcd, path)) return path;
  }
  return undefined;
}

/**
 * Every row of the table: APIs found in `source` (all the code's text) and the FEATURES it uses.
 * Throws on an API BCD does not know or a FEATURES row whose pattern is no longer in the code,
 * so the table cannot quietly fall behind the code.
 */
export function compatRows(bcd, source) {
  const rows = [];
  const problems = [];
  const seen = new Set();
  for (const name of [...apiNames(source)].sort()) {
    const path = apiPath(bcd, name);
    if (!path) {
      problems.push(`browser.${name}: not in browser-compat-data`);
      continue;
    }
    // Properties that are plain data (runtime.id) or areas (storage.sync) report at their own level.
    if (seen.has(path)) continue;
    seen.add(path);
    const short = path.slice('webextensions.api.'.length);
    const support = at(bcd, path).__compat.support;
    rows.push({
      feature: `\`${short}\``,
      bcd: path,
      chrome: firstVersion(support.chrome),
      firefox: firstVersion(support.firefox),
      ...(API_NOTES[short] ?? {}),
    });
  }
  for (const { pattern, ...row } of FEATURES) {
    const entry = at(bcd, row.bcd);
    if (!entry) problems.push(`${row.bcd}: not in browser-compat-data`);
    else if (!pattern.test(source))
      problems.push(`${row.feature}: no longer found in the code (${pattern})`);
    else {
      rows.push({
        ...row,
        chrome: firstVersion(entry.__compat.support.chrome),
        firefox: firstVersion(entry.__compat.support.firefox),
      });
    }
  }
  if (problems.length > 0) throw new Error(`compatibility table:\n${problems.join('\n')}`);
  return rows;
}

/**
 * The oldest version of `browser` that has every feature a build needs (rows for the other
 * browser and optional ones left out), with the rows that set it. Null means a needed feature
 * is missing in that browser altogether.
 */
export function minimumVersion(rows, browser) {
  const needed = rows.filter((row) => !row.optional && (!row.only || row.only === browser));
  const missing = needed.filter((row) => row[browser] === null);
  if (missing.length > 0) return { version: null, because: missing };
  const version = Math.max(...needed.map((row) => row[browser]));
  return { version, because: needed.filter((row) => row[browser] === version) };
}

const cell = (row, browser) => {
  if (row.only && row.only !== browser) return '–';
  const v = row[browser];
  return v === null ? 'no' : String(v);
};

/** docs/compatibility.md's table. */
export function compatTable(rows) {
  return markdownTable(
    ['feature', 'Chrome', 'Firefox', 'note'],
    rows.map((row) => {
      const note = [
        row.optional ? `optional: ${row.optional}` : '',
        row.note ?? '',
        row.only ? `${row.only} build only` : '',
      ]
        .filter(Boolean)
        .join('; ');
      return [row.feature, cell(row, 'chrome'), cell(row, 'firefox'), note];
    }),
  );
}

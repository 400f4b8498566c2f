// What `npm run store:sync` writes, computed from the sources of truth (read-only): README's
// permission table and store/README.md's blocks from store/permissions.json and the locales,
// docs/privacy.md from README's Privacy section, docs/compatibility.md from the code and MDN's
// browser-compat-data. tests/unit/store/generated.test.ts fails when a file differs from this.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compatRows, compatTable, minimumVersion } from './compat.mjs';
import {
  justificationLines,
  listingBlock,
  permissionTable,
  privacyPolicy,
  privacySection,
  replaceBetween,
} from './listing.mjs';

export const LANGUAGES = ['en', 'de', 'es'];
const CODE_DIRS = ['background', 'card-in-page', 'components', 'entrypoints', 'lib', 'platform'];

/** All the extension's code and styles, and wxt.config.ts (the manifest), as one text. */
export async function codeText(root) {
  const texts = [await readFile(join(root, 'wxt.config.ts'), 'utf8')];
  for (const dir of CODE_DIRS) {
    const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && /\.(ts|tsx|css)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) texts.push(await readFile(file, 'utf8'));
  }
  return texts.join('\n');
}

export function browserCompatData(root) {
  return createRequire(join(root, 'package.json'))('@mdn/browser-compat-data');
}

function compatibilityPage(rows) {
  const chrome = minimumVersion(rows, 'chrome');
  const firefox = minimumVersion(rows, 'firefox');
  const why = (m) => m.because.map((row) => row.feature).join(', ');
  return `# Browser versions Unsit needs

Written by \`npm run store:sync\` from the code and MDN's browser-compat-data (the copy web-ext's
linter ships); \`tests/store/versions.store.ts\` fails when the manifests' minimum versions are not
the ones below, and \`tests/unit/store/generated.test.ts\` when this page is out of date.

- **Chrome and Edge ${chrome.version}** (\`minimum_chrome_version\`), set by ${why(chrome)}.
- **Firefox ${firefox.version}** (\`browser_specific_settings.gecko.strict_min_version\`), set by ${why(firefox)}.

Every extension API the code calls (found by name in the sources) and every newer manifest key
and web feature it relies on, with the first version that has it. "Optional" features are checked
for at run time and set no minimum; "–" means that build does not use it.

${compatTable(rows)}
`;
}

/** path (relative to root) → the content it must have. */
export async function generatedFiles(root) {
  const read = (path) => readFile(join(root, path), 'utf8');
  const { permissions } = JSON.parse(await read('store/permissions.json'));
  const files = new Map();

  const readme = await read('README.md');
  files.set('README.md', replaceBetween(readme, 'permissions', permissionTable(permissions)));

  let store = await read('store/README.md');
  for (const lang of LANGUAGES) {
    const messages = JSON.parse(await read(`public/_locales/${lang}/messages.json`));
    store = replaceBetween(store, `listing-${lang}`, listingBlock(messages));
  }
  store = replaceBetween(store, 'permissions', justificationLines(permissions));
  files.set('store/README.md', store);

  files.set('docs/privacy.md', privacyPolicy(privacySection(readme)));

  const rows = compatRows(browserCompatData(root), await codeText(root));
  files.set('docs/compatibility.md', compatibilityPage(rows));
  return files;
}

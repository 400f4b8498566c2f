// minimum_chrome_version and Firefox's strict_min_version are exactly the oldest versions that
// have everything Unsit uses (docs/compatibility.md, from MDN's browser-compat-data).
import { expect, test } from 'vitest';
import { compatRows, minimumVersion } from '../../scripts/store/compat.mjs';
import { browserCompatData, codeText } from '../../scripts/store/generate.mjs';
import { manifestOf, ROOT } from './builds';

const rows = compatRows(browserCompatData(ROOT), await codeText(ROOT));

test('minimum_chrome_version is the newest Chrome feature used', async () => {
  const { version, because } = minimumVersion(rows, 'chrome');
  expect(version, 'a feature Chrome lacks is needed').not.toBeNull();
  expect((await manifestOf('chrome')).minimum_chrome_version, because[0]?.feature).toBe(
    String(version),
  );
});

test('strict_min_version is the newest Firefox feature used', async () => {
  const { version, because } = minimumVersion(rows, 'firefox');
  expect(version, 'a feature Firefox lacks is needed').not.toBeNull();
  const gecko = (await manifestOf('firefox')).browser_specific_settings?.gecko;
  expect(gecko?.strict_min_version, because[0]?.feature).toBe(`${version}.0`);
});

test('Firefox for Android: from the version that reads data_collection_permissions', async () => {
  const bcd = browserCompatData(ROOT) as {
    webextensions: {
      manifest: {
        browser_specific_settings: {
          gecko: {
            data_collection_permissions: {
              __compat: { support: { firefox_android: { version_added: string } } };
            };
          };
        };
      };
    };
  };
  const android =
    bcd.webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions.__compat
      .support.firefox_android.version_added;
  const settings = (await manifestOf('firefox')).browser_specific_settings;
  expect(
    Number.parseFloat(settings?.gecko_android?.strict_min_version ?? '0'),
  ).toBeGreaterThanOrEqual(Number.parseFloat(android));
});

// What the Chrome Web Store, Edge Add-ons and addons.mozilla.org check in a package's manifest.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { declaredPermissions, type Permission } from '../../scripts/store/listing.mjs';
import {
  type Browser,
  BUILDS,
  buildFiles,
  localized,
  manifestOf,
  messagesOf,
  pngSize,
  ROOT,
} from './builds';

const BROWSERS: Browser[] = ['chrome', 'firefox'];

describe.each(BROWSERS)('%s manifest', (browser) => {
  test('the version is package.json’s', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect((await manifestOf(browser)).version).toBe(pkg.version);
  });

  test('name ≤ 75 and description ≤ 132 characters in every language', async () => {
    const manifest = await manifestOf(browser);
    const locales = (await buildFiles(browser))
      .map((path) => /^_locales\/([^/]+)\/messages\.json$/.exec(path)?.[1])
      .filter((l): l is string => l !== undefined);
    expect(locales.sort()).toEqual(['de', 'en', 'es']);
    expect(manifest.default_locale).toBe('en');
    for (const locale of locales) {
      const messages = await messagesOf(browser, locale);
      const name = localized(manifest.name, messages);
      const description = localized(manifest.description, messages);
      expect(name.length, locale).toBeGreaterThan(0);
      expect([...name].length, `${locale} name`).toBeLessThanOrEqual(75);
      expect(description.length, locale).toBeGreaterThan(40);
      expect([...description].length, `${locale}: ${description}`).toBeLessThanOrEqual(132);
    }
  });

  test('icons 16, 32, 48 and 128: present, PNG, square, the size they claim', async () => {
    const { icons = {} } = await manifestOf(browser);
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(icons)) {
      const bytes = await readFile(join(BUILDS[browser], path));
      expect(pngSize(bytes), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  test('asks for exactly the permissions store/permissions.json justifies', async () => {
    const manifest = await manifestOf(browser);
    const { permissions } = JSON.parse(
      await readFile(join(ROOT, 'store/permissions.json'), 'utf8'),
    ) as { permissions: Permission[] };
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(asked.sort()).toEqual(declaredPermissions(permissions).sort());
    // The test build's fixed host permission must never reach a package.
    expect(manifest.host_permissions).toBeUndefined();
  });

  test('no content_security_policy that would allow remote or evaluated code', async () => {
    const manifest = await manifestOf(browser);
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('Firefox', () => {
  test('a gecko id, data collection declared as none', async () => {
    const gecko = (await manifestOf('firefox')).browser_specific_settings?.gecko;
    // An email-like id or a {GUID}, as addons.mozilla.org requires.
    expect(gecko?.id).toMatch(/^([\w.+-]+@[\w.-]+|\{[0-9a-f-]{36}\})$/i);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

test('the privacy policy travels in both packages', async () => {
  for (const browser of BROWSERS) expect(await buildFiles(browser)).toContain('privacy.html');
});

test('pngSize reads the IHDR and refuses what is not a PNG', () => {
  const png = new Uint8Array(24);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  png.set([0, 0, 1, 0, 0, 0, 0, 128], 16);
  expect(pngSize(png)).toEqual({ width: 256, height: 128 });
  expect(pngSize(new TextEncoder().encode('<svg width="16" height="16"></svg>'))).toBeNull();
});

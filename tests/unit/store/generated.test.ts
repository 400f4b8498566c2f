import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generatedFiles } from '../../../scripts/store/generate.mjs';
import { privacySection } from '../../../scripts/store/listing.mjs';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFile(join(ROOT, path), 'utf8');

// One source for each: store/permissions.json, the locales' name and summary, README's Privacy
// section, the code's browser APIs. `npm run store:sync` rewrites whatever this finds stale.
test('README, store/README.md, docs/privacy.md and docs/compatibility.md match their sources', async () => {
  const files = await generatedFiles(ROOT);
  expect([...files.keys()].sort()).toEqual([
    'README.md',
    'docs/compatibility.md',
    'docs/privacy.md',
    'store/README.md',
  ]);
  for (const [path, content] of files) {
    expect(await read(path), `${path} is stale: run npm run store:sync`).toBe(content);
  }
}, 30_000);

test('the privacy policy says exactly what README says', async () => {
  const section = privacySection(await read('README.md'));
  expect(section.length).toBeGreaterThan(500);
  expect(await read('docs/privacy.md')).toContain(section);
});

test('every permission has a justification of substance', async () => {
  const { permissions } = JSON.parse(await read('store/permissions.json')) as {
    permissions: { permission: string; why: string }[];
  };
  expect(permissions.length).toBeGreaterThanOrEqual(6);
  for (const p of permissions) expect(p.why.length, p.permission).toBeGreaterThan(40);
});

test('a long description in every language, within the stores’ limits', async () => {
  for (const lang of ['en', 'de', 'es']) {
    const text = await read(`store/description.${lang}.txt`);
    expect(text.length, lang).toBeGreaterThan(800);
    // Chrome Web Store: 16,000 characters; addons.mozilla.org: 15,000 (take the smaller).
    expect(text.length, lang).toBeLessThan(15_000);
  }
});

import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stripInnerHtml } from '../../../scripts/no-inner-html';

const ROOT = join(import.meta.dirname, '../../..');
const preactDist = readFileSync(
  createRequire(import.meta.url)
    .resolve('preact')
    .replace(/preact\.m?js$/, 'preact.mjs'),
  'utf8',
);

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
      out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

describe("Preact's innerHTML branch", () => {
  test('is removed from the pinned Preact, and nothing else assigns innerHTML', () => {
    expect(preactDist).toMatch(/\.innerHTML=/);
    const out = stripInnerHtml(preactDist);
    expect(out).not.toMatch(/\.innerHTML\s*=[^=]/);
    // Only the branch goes: the else branch (children diffing) stays.
    expect(preactDist.length - out.length).toBeLessThan(120);
    expect(out).toContain('.__k=[]');
  });

  test('a Preact whose code no longer matches fails the build', () => {
    expect(() => stripInnerHtml('e.innerHTML=x.__html')).toThrow(/found it 0 times/);
  });

  test('Unsit never uses dangerouslySetInnerHTML, which the build no longer supports', async () => {
    const files = (
      await Promise.all(
        ['components', 'entrypoints', 'card-in-page', 'platform'].map((d) => sources(d)),
      )
    ).flat();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(await readFile(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
    }
  });
});

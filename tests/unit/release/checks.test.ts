import { describe, expect, test } from 'vitest';
import {
  buildCommands,
  compareTrees,
  releaseProblems,
  tagFor,
  untracked,
} from '../../../scripts/release/checks.mjs';

const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-05\n';
const ok = { version: '1.0.0', gitStatus: '', tags: ['v0.9.0'], changelog: CHANGELOG };

describe('releaseProblems', () => {
  test('a clean tree, an untagged version with a changelog section: nothing stops it', () => {
    expect(releaseProblems(ok)).toEqual([]);
  });

  test('a dirty tree is refused, naming what is uncommitted', () => {
    const problems = releaseProblems({ ...ok, gitStatus: ' M package.json\n?? notes.txt\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/not clean/);
    expect(problems[0]).toContain('?? notes.txt');
  });

  test('a long list of changes is cut after ten lines', () => {
    const gitStatus = Array.from({ length: 14 }, (_, i) => `?? f${i}`).join('\n');
    expect(releaseProblems({ ...ok, gitStatus })[0]).toMatch(/and 4 more/);
  });

  test('a version that already has a tag is refused, with or without the v', () => {
    expect(releaseProblems({ ...ok, tags: ['v1.0.0'] })[0]).toMatch(/already tagged \(v1\.0\.0\)/);
    expect(releaseProblems({ ...ok, tags: ['1.0.0'] })[0]).toMatch(/already tagged/);
    expect(releaseProblems({ ...ok, tags: ['v1.0.01', 'v11.0.0'] })).toEqual([]);
  });

  test('a version without its changelog section is refused', () => {
    expect(releaseProblems({ ...ok, version: '1.0.1' })).toEqual([
      'CHANGELOG.md has no "## [1.0.1]" section.',
    ]);
    // The Unreleased link text or a mention elsewhere is not a section.
    expect(releaseProblems({ ...ok, changelog: 'see [1.0.0]' })).toHaveLength(1);
  });

  test('versions the stores refuse are refused', () => {
    for (const version of ['1.0', '1.0.0-beta.1', '01.0.0', '1.0.0.0', '', undefined, 100]) {
      expect(releaseProblems({ ...ok, version })[0], String(version)).toMatch(
        /MAJOR\.MINOR\.PATCH/,
      );
    }
    expect(releaseProblems({ ...ok, version: '1.70000.0' })[0]).toMatch(/above 65535/);
  });

  test('every problem is reported at once', () => {
    expect(releaseProblems({ ...ok, gitStatus: '?? x', tags: ['v1.0.0'] })).toHaveLength(2);
  });

  test('the tag is v and the version', () => {
    expect(tagFor('1.2.3')).toBe('v1.2.3');
  });
});

describe('buildCommands', () => {
  const doc = (block: string) =>
    `# Build\n\n<!-- release:build-commands -->\n\n${block}\n\n<!-- /release:build-commands -->\n`;

  test('reads the marked code block, without comments and blank lines', () => {
    expect(buildCommands(doc('```sh\n# install\nnpm ci\n\nnpm run build:firefox\n```'))).toEqual([
      'npm ci',
      'npm run build:firefox',
    ]);
  });

  test('BUILD.md without the block, or with an empty one, is an error', () => {
    expect(() => buildCommands('npm ci')).toThrow(/no <!-- release:build-commands -->/);
    expect(() => buildCommands(doc('```sh\n# nothing\n```'))).toThrow(/empty/);
    expect(() => buildCommands(doc('npm ci'))).toThrow(/no code block/);
  });
});

describe('compareTrees', () => {
  const tree = (entries: Record<string, string>) =>
    new Map(Object.entries(entries).map(([k, v]) => [k, new TextEncoder().encode(v)]));

  test('the same files with the same bytes are the same', () => {
    expect(compareTrees(tree({ a: '1', 'b/c': '2' }), tree({ 'b/c': '2', a: '1' })).same).toBe(
      true,
    );
  });

  test('names missing, extra and differing files', () => {
    const diff = compareTrees(tree({ a: '1', b: '2', c: '3' }), tree({ a: '1', b: '2 ', d: '4' }));
    expect(diff).toEqual({ missing: ['c'], extra: ['d'], differ: ['b'], same: false });
  });
});

test('untracked: archive entries git does not know, directories aside', () => {
  expect(untracked(['a.ts', 'dir/', 'dir/b.ts', 'notes.txt'], ['a.ts', 'dir/b.ts'])).toEqual([
    'notes.txt',
  ]);
});

// The release's decisions, without I/O: scripts/release.mjs gathers the facts (git, files,
// archives) and asks these functions what is wrong. Unit-tested in tests/unit/release/.

/** The git tag a released version gets. */
export const tagFor = (version) => `v${version}`;

/**
 * What stops a release, as sentences (empty when it may go ahead).
 * @param {{ version: unknown, gitStatus: string, tags: readonly string[], changelog: string }} facts
 *   `gitStatus` is `git status --porcelain` output; `tags` every tag in the repository.
 */
export function releaseProblems({ version, gitStatus, tags, changelog }) {
  const problems = [];
  // The stores take one to four dot-separated integers (0–65535, no leading zeros); the
  // semver-shaped three of them keep package.json, the tag and the changelog readable.
  if (typeof version !== 'string' || !/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){2}$/.test(version)) {
    problems.push(`package.json's version ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH.`);
  } else {
    if (version.split('.').some((part) => Number(part) > 65535)) {
      problems.push(`package.json's version ${version} has a part above 65535.`);
    }
    if (tags.includes(tagFor(version)) || tags.includes(version)) {
      problems.push(
        `Version ${version} is already tagged (${tagFor(version)}): raise the version in package.json.`,
      );
    }
    if (!new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(changelog)) {
      problems.push(`CHANGELOG.md has no "## [${version}]" section.`);
    }
  }
  const dirty = gitStatus.split('\n').filter((line) => line.trim() !== '');
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 10).map((line) => `  ${line}`);
    if (dirty.length > 10) shown.push(`  … and ${dirty.length - 10} more`);
    problems.push(`The working tree is not clean (commit or stash first):\n${shown.join('\n')}`);
  }
  return problems;
}

const COMMANDS_START = '<!-- release:build-commands -->';
const COMMANDS_END = '<!-- /release:build-commands -->';

/**
 * The shell commands of BUILD.md's marked code block, one per line, comments and blank lines
 * dropped: the release runs exactly what the reviewer is told to run.
 */
export function buildCommands(markdown) {
  const start = markdown.indexOf(COMMANDS_START);
  const end = markdown.indexOf(COMMANDS_END);
  if (start < 0 || end < start) throw new Error(`BUILD.md: no ${COMMANDS_START} block`);
  const block = /```(?:sh|bash)?\n([\s\S]*?)```/.exec(markdown.slice(start, end));
  if (!block?.[1]) throw new Error('BUILD.md: the build-commands block holds no code block');
  const commands = block[1]
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (commands.length === 0) throw new Error('BUILD.md: the build-commands block is empty');
  return commands;
}

/**
 * How two file trees differ (path → contents, `/`-separated relative paths).
 * @param {ReadonlyMap<string, Uint8Array>} expected
 * @param {ReadonlyMap<string, Uint8Array>} actual
 */
export function compareTrees(expected, actual) {
  const missing = [...expected.keys()].filter((path) => !actual.has(path)).sort();
  const extra = [...actual.keys()].filter((path) => !expected.has(path)).sort();
  const differ = [...expected.keys()]
    .filter((path) => {
      const a = expected.get(path);
      const b = actual.get(path);
      return a && b && !Buffer.from(a).equals(Buffer.from(b));
    })
    .sort();
  return { missing, extra, differ, same: missing.length + extra.length + differ.length === 0 };
}

/** Archive entries that git does not track: nothing local may leak into the sources archive. */
export function untracked(entries, tracked) {
  const known = new Set(tracked);
  return entries.filter((entry) => !entry.endsWith('/') && !known.has(entry)).sort();
}

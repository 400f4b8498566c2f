// `npm run release`: the store packages of the version in package.json, checked.
//
//   1. Refuses a dirty tree, a version already tagged, or one without a CHANGELOG.md section.
//   2. `wxt zip` (Chrome, also uploaded to Edge) and `wxt zip -b firefox` (Firefox, and the
//      sources archive Mozilla's review asks for), in .output/.
//   3. `web-ext lint` on the Firefox package (0 errors, 0 warnings) and the store checks
//      (`vitest --project store`) on both builds.
//   4. Unpacks the sources archive into an empty temporary folder, runs BUILD.md's commands there
//      (the reviewer's exact steps) and compares the result with the Firefox package, file by file.
//
// `--skip-rebuild` leaves out step 4 (a quick local look at the archives; never for uploads).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import {
  buildCommands,
  compareTrees,
  releaseProblems,
  tagFor,
  untracked,
} from './release/checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const skipRebuild = process.argv.includes('--skip-rebuild');

function fail(message) {
  console.error(`\nrelease: ${message}`);
  process.exit(1);
}

/** Runs a command; its output goes to the terminal unless `capture`. */
function run(command, args, { cwd = root, capture = false, env } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: env ?? process.env,
    shell: false,
  });
  if (result.status !== 0) {
    fail(`${command} ${args.join(' ')} failed${capture ? `:\n${result.stderr}` : ''}`);
  }
  return result.stdout ?? '';
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const wxtCli = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
// The packages must not depend on how this shell was set up: a leftover WXT_E2E would build the
// test variant with its fixed host permission, and NODE_ENV=production would make the reviewer's
// `npm ci` skip the build tools (WXT sets the production mode itself).
const cleanEnv = { ...process.env };
delete cleanEnv.WXT_E2E;
delete cleanEnv.NODE_ENV;

// 1. May this version be released?
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const version = pkg.version;
const problems = releaseProblems({
  version,
  gitStatus: run('git', ['status', '--porcelain', '--untracked-files=all'], { capture: true }),
  tags: run('git', ['tag', '--list'], { capture: true }).split('\n').filter(Boolean),
  changelog: await readFile(join(root, 'CHANGELOG.md'), 'utf8').catch(() => ''),
});
if (problems.length > 0) fail(`cannot release:\n- ${problems.join('\n- ')}`);
console.log(`release: Unsit ${version}`);

// 2. Build and zip. A stale archive of the same version must not survive a failed step.
const out = join(root, '.output');
const archives = {
  chrome: join(out, `${pkg.name}-${version}-chrome.zip`),
  firefox: join(out, `${pkg.name}-${version}-firefox.zip`),
  sources: join(out, `${pkg.name}-${version}-sources.zip`),
};
for (const file of Object.values(archives)) await rm(file, { force: true });
run(process.execPath, [wxtCli, 'zip'], { env: cleanEnv });
run(process.execPath, [wxtCli, 'zip', '-b', 'firefox'], { env: cleanEnv });
for (const [name, file] of Object.entries(archives)) {
  if (!(await stat(file).catch(() => null))) fail(`wxt did not write the ${name} archive ${file}`);
}

// 3. What the stores check.
run(join(root, 'node_modules', '.bin', 'web-ext'), [
  'lint',
  '--source-dir',
  join(out, 'firefox-mv2'),
  '--warnings-as-errors',
]);
run(process.execPath, [
  join(root, 'node_modules', 'vitest', 'vitest.mjs'),
  'run',
  '--project',
  'store',
]);

/** An archive's files (directories left out) as path → contents. */
async function zipFiles(file) {
  const zip = await JSZip.loadAsync(await readFile(file));
  const files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}

/** A folder's files as path → contents, with `/` separators like an archive's. */
async function dirFiles(dir) {
  const files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path));
  }
  return files;
}

// Only files git tracks go to the reviewer: nothing from this machine leaks in.
const sources = await zipFiles(archives.sources);
const tracked = run('git', ['ls-files'], { capture: true }).split('\n').filter(Boolean);
const leaked = untracked([...sources.keys()], tracked);
if (leaked.length > 0)
  fail(`the sources archive holds files git does not track:\n${leaked.join('\n')}`);
if (!sources.has('BUILD.md')) fail('the sources archive has no BUILD.md');

// 4. The reviewer's build, from the sources archive alone, in an empty folder, from a shell that
// knows nothing of this one: `npm run release` hands npm_config_local_prefix and its .bin folders
// down, which would make the inner `npm ci` install into this project instead.
const reviewerEnv = Object.fromEntries(
  Object.entries(cleanEnv).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'),
);
reviewerEnv.PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !/node_modules[\\/]\.bin|node-gyp-bin/.test(dir))
  .join(delimiter);
if (skipRebuild) {
  console.log('\nrelease: --skip-rebuild: the sources archive was NOT rebuilt and compared.');
} else {
  const work = await mkdtemp(join(tmpdir(), `unsit-${version}-sources-`));
  try {
    for (const [path, content] of sources) {
      await mkdir(dirname(join(work, path)), { recursive: true });
      await writeFile(join(work, path), content);
    }
    const commands = buildCommands(new TextDecoder().decode(sources.get('BUILD.md')));
    for (const command of commands) {
      console.log(`\nrelease (in ${work}): ${command}`);
      const [bin = '', ...args] = command.split(/\s+/);
      run(bin === 'npm' ? npm : bin, args, { cwd: work, env: reviewerEnv });
    }
    const diff = compareTrees(
      await zipFiles(archives.firefox),
      await dirFiles(join(work, '.output', 'firefox-mv2')),
    );
    if (!diff.same) {
      fail(
        `the build from the sources archive differs from the Firefox package:\n${JSON.stringify(diff, null, 2)}`,
      );
    }
    console.log(
      '\nrelease: the build from the sources archive matches the Firefox package byte for byte.',
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const sha256 = async (file) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
console.log(`\nrelease: Unsit ${version} is ready to upload.`);
for (const [name, file] of Object.entries(archives)) {
  const { size } = await stat(file);
  console.log(
    `  ${name.padEnd(8)} ${relative(root, file)}  ${(size / 1000).toFixed(1)} KB  sha256 ${await sha256(file)}`,
  );
}
console.log(`
  Chrome Web Store:   ${relative(root, archives.chrome)}
  Edge Add-ons:       ${relative(root, archives.chrome)} (the same package)
  Firefox Add-ons:    ${relative(root, archives.firefox)}, with ${relative(root, archives.sources)} as the source code
Listing texts and images: store/. After the uploads: git tag ${tagFor(version)} && git push origin ${tagFor(version)}`);

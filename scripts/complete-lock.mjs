// Adds stub entries to package-lock.json for platform-specific optional packages that the
// registry reachable here does not serve (e.g. @biomejs/cli-darwin-arm64, @rollup/rollup-win32-*).
// npm leaves them out of the lock when it cannot fetch them, and npm 11's `npm ci` then refuses
// the lock ("Missing: ... from lock file"). A stub names only version, os, cpu (and libc), so
// npm skips it on every other platform without fetching anything.
// Run after any dependency change: `node scripts/complete-lock.mjs && npm install --package-lock-only`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OSES = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];
const CPUS = ['arm', 'arm64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'x64'];

const added = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const parts = name.split('/').at(-1).split('-');
    const os = OSES.find((o) => parts.includes(o));
    const cpu = CPUS.find((c) => parts.includes(c));
    if (!os || !cpu) continue; // not a platform binary: leave it to npm
    const stub = { version, cpu: [cpu], dev: entry.dev, optional: true, os: [os] };
    if (os === 'linux') stub.libc = [name.includes('musl') ? 'musl' : 'glibc'];
    lock.packages[key] = stub;
    added.push(`${name}@${version}`);
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `Added ${added.length} stubs:\n  ${added.join('\n  ')}` : 'Nothing to add.',
);

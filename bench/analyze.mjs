#!/usr/bin/env node
// Which modules make up each built file: `node bench/analyze.mjs [filter]` builds with
// bench/analyze.config.ts and prints, per output file (filtered by name), its modules by size
// before minification (Rollup's rendered length), largest first. Sizes after minification and
// gzip are what `npm run bench` and tests/e2e/budgets.e2e.ts report.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, '.tmp/analyze');
const filter = process.argv[2] ?? '';

rmSync(DIR, { recursive: true, force: true });
const build = spawnSync('npx', ['wxt', 'build', '-c', 'bench/analyze.config.ts'], {
  cwd: ROOT,
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(1);
}

/** node_modules/zod/v4/core/x.js → zod/v4/core; anything else → its path in the project. */
const group = (id) => {
  const inPackage = id.split('node_modules/').at(-1);
  if (inPackage === id) return id.replace(ROOT, '').replace(/^\0/, '');
  const parts = inPackage.split('/');
  return parts.slice(0, parts[0].startsWith('@') ? 2 : 1).join('/');
};

for (const file of readdirSync(DIR).filter((f) => /^stats-\d+\.json$/.test(f))) {
  const stats = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
  for (const chunk of stats.tree.children) {
    if (!chunk.name.includes(filter)) continue;
    const sizes = new Map();
    const walk = (node) => {
      if (node.uid) {
        const part = stats.nodeParts[node.uid];
        const key = group(stats.nodeMetas[part.metaUid].id);
        sizes.set(key, (sizes.get(key) ?? 0) + part.renderedLength);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(chunk);
    const rows = [...sizes].sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((sum, [, n]) => sum + n, 0);
    console.log(`\n${chunk.name}: ${(total / 1000).toFixed(1)} KB before minification`);
    for (const [key, n] of rows.slice(0, 25)) {
      console.log(`${(n / 1000).toFixed(1).padStart(8)} KB  ${key}`);
    }
  }
}

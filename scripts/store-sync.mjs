// `npm run store:sync`: rewrites the generated parts of README.md, store/README.md,
// docs/privacy.md and docs/compatibility.md from their sources (see scripts/store/generate.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './store/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [path, content] of await generatedFiles(root)) {
  const old = await readFile(join(root, path), 'utf8').catch(() => null);
  if (old === content) continue;
  await writeFile(join(root, path), content);
  console.log(`store:sync: wrote ${path}`);
}

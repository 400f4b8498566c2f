import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The source tree's layers, read from the imports of every source file. Who may import whom:
// lib/ is pure (no browser, nothing of Unsit's outside lib/), platform/ is the browser-facing
// code every surface shares, and the UI (components/) is never below the background.
const root = resolve(import.meta.dirname, '../../..');

const mayImport: Record<string, readonly string[]> = {
  lib: ['lib'],
  platform: ['lib', 'platform'],
  'card-in-page': ['lib', 'platform', 'card-in-page'],
  background: ['lib', 'platform', 'card-in-page', 'background'],
  components: ['lib', 'platform', 'card-in-page', 'components'],
  entrypoints: ['lib', 'platform', 'card-in-page', 'background', 'components', 'entrypoints'],
};
const folders = Object.keys(mayImport);

/** Packages that reach the browser's extension APIs. */
const browserPackages = /^(wxt(\/|$)|webextension-polyfill$|@wxt-dev\/)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, type-only ones included. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1] ?? '');
  return found;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path));
}

interface Edge {
  from: string;
  to: string;
}

const files = folders.flatMap((folder) => sourceFiles(join(root, folder)));
const rel = (path: string) => relative(root, path);
const folderOf = (path: string) => rel(path).split('/')[0] ?? '';

const edges: Edge[] = [];
const packageImports: { from: string; name: string }[] = [];
for (const file of files) {
  for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
    if (specifier.startsWith('.')) {
      const to = resolveRelative(file, specifier);
      if (to) edges.push({ from: rel(file), to: rel(to) });
    } else {
      packageImports.push({ from: rel(file), name: specifier });
    }
  }
}

/** Strongly connected components of more than one file, or a file that imports itself. */
function cycles(): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const file of files.map(rel)) if (!index.has(file)) visit(file);
  return found;
}

describe('the layers of the source tree', () => {
  it('reads a real graph', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(edges.length).toBeGreaterThan(300);
    expect(specifiers("import type {\n  A,\n  B,\n} from './x';\nexport * from '../y';")).toEqual([
      './x',
      '../y',
    ]);
  });

  it('imports only downwards: the background never imports the UI, lib/ nothing outside it', () => {
    const wrong = edges
      .filter(({ from, to }) => !mayImport[folderOf(from)]?.includes(folderOf(to)))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it('keeps lib/ pure: no browser API, through a package or the global objects', () => {
    const viaPackage = packageImports
      .filter(({ from, name }) => folderOf(from) === 'lib' && browserPackages.test(name))
      .map(({ from, name }) => `${from} → ${name}`);
    expect(viaPackage).toEqual([]);
    const viaGlobal = files
      .filter((file) => folderOf(file) === 'lib')
      .filter((file) => {
        const code = readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '')
          .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
        return /\b(?:chrome|browser)\s*\??\.\s*[a-z]/.test(code);
      })
      .map(rel);
    expect(viaGlobal).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

// A function a reader can hold in mind fits on one screen: no function in the source is longer
// than MAX_LINES, from its first line to its last (a component is a function too). Found by
// parsing, so a nested function counts on its own and inside its parent.

const MAX_LINES = 120;
/** Every folder of source, whatever it is named after a move; tests are not measured. */
const ROOTS = [
  'lib',
  'background',
  'components',
  'card-in-page',
  'entrypoints',
  'scripts',
  'platform',
];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
type Node = {
  type: string;
  loc?: { start: { line: number }; end: { line: number } } | null;
  id?: { name?: string } | null;
  key?: { name?: string } | null;
  [key: string]: unknown;
};

const FUNCTIONS = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return SOURCE.test(entry.name) && !/\.d\.m?ts$/.test(entry.name) ? [path] : [];
  });
}

function walk(
  node: unknown,
  visit: (node: Node, parent: Node | null) => void,
  parent: Node | null = null,
): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (node === null || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node, parent);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'start' && key !== 'end') walk(value, visit, node as Node);
  }
}

/** A function's name as a reader would look for it: its own, or the variable or key it is given to. */
function nameOf(node: Node, parent: Node | null): string {
  if (node.id?.name) return node.id.name;
  if (node.key?.name) return node.key.name;
  const holder = parent as { id?: { name?: string }; key?: { name?: string } } | null;
  return holder?.id?.name ?? holder?.key?.name ?? '(anonymous)';
}

/** Every function in `code` longer than `max` lines, as "file:line name (N lines)". */
function longFunctions(file: string, code: string, max = MAX_LINES): string[] {
  const ast = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: string[] = [];
  walk(ast.program, (node, parent) => {
    if (!FUNCTIONS.has(node.type) || !node.loc) return;
    const lines = node.loc.end.line - node.loc.start.line + 1;
    if (lines > max) {
      found.push(`${file}:${node.loc.start.line} ${nameOf(node, parent)} (${lines} lines)`);
    }
  });
  return found;
}

describe('function length', () => {
  it('measures every kind of function, nested ones on their own', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  f(${i});`).join('\n');
    const code = [
      `export function Long() {\n${body(119)}\n}`,
      `const arrow = () => {\n${body(119)}\n};`,
      `const ok = () => {\n${body(118)}\n};`,
      `const o = { method() {\n${body(119)}\n} };`,
      `class C { run() {\n${body(119)}\n} }`,
      `function outer() { const inner = function () {\n${body(125)}\n}; }`,
    ].join('\n');
    expect(longFunctions('x.tsx', code).map((f) => f.replace(/^x\.tsx:\d+ /, ''))).toEqual([
      'Long (121 lines)',
      'arrow (121 lines)',
      'method (121 lines)',
      'run (121 lines)',
      'outer (127 lines)',
      'inner (127 lines)',
    ]);
  });

  it(`no function in the source is longer than ${MAX_LINES} lines`, () => {
    const roots = ROOTS.filter((root) => existsSync(root));
    expect(roots).toEqual(expect.arrayContaining(['lib', 'background', 'components']));
    const files = roots.flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((file) => longFunctions(file, readFileSync(file, 'utf8')));
    expect(long, long.join('\n')).toEqual([]);
  });
});

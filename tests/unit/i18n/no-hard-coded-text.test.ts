import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

// Every user-facing string goes through public/_locales. This scans the UI sources for words
// that bypass it: JSX text with letters, and string literals (or templates with words) in the
// attributes people read or hear (aria-label, title, placeholder, alt, and the label, help,
// intro and unit of the options' fields), or as the `text` of a
// notice or the `error` of a check. @babel/parser comes with @preact/preset-vite (Babel).

const ROOTS = ['components', 'card-in-page', 'entrypoints', 'platform'];
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  // Props of Unsit's own components that render as text (fields and sections of the options).
  'label',
  'help',
  'intro',
  'unit',
]);
const TEXT_PROPERTIES = new Set(['text', 'error', 'message', 'label', 'title']);

/** Not words in any language: an example host name the user types in that shape. */
const ALLOWED = new Set(['meet.example.com']);

const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim());

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

type Node = { type: string; loc?: { start: { line: number } } | null; [key: string]: unknown };

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'start' && key !== 'end') walk(value, visit);
  }
}

/**
 * The words a value can show: a string literal, a template's fixed parts, or either branch of
 * `cond ? 'A' : 'B'` and the right of `cond && 'A'`. A call such as t('key') shows no literal.
 */
function shownTexts(node: unknown): string[] {
  const n = node as Node | null;
  if (!n) return [];
  if (n.type === 'StringLiteral') return [n.value as string];
  if (n.type === 'TemplateLiteral') {
    return [(n.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join(' ')];
  }
  if (n.type === 'JSXExpressionContainer') return shownTexts(n.expression);
  if (n.type === 'ConditionalExpression')
    return [...shownTexts(n.consequent), ...shownTexts(n.alternate)];
  if (n.type === 'LogicalExpression') return shownTexts(n.right);
  return [];
}

function hardCodedText(file: string, code: string): string[] {
  const ast = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: string[] = [];
  const report = (node: Node, text: string) =>
    found.push(`${file}:${node.loc?.start.line}: ${JSON.stringify(text.trim())}`);
  walk(ast.program, (node) => {
    if (node.type === 'JSXText' && hasWords(node.value as string))
      report(node, node.value as string);
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      for (const child of node.children as Node[]) {
        if (child.type !== 'JSXExpressionContainer') continue;
        for (const text of shownTexts(child)) if (hasWords(text)) report(child, text);
      }
    }
    if (node.type === 'JSXAttribute' && READ_ATTRIBUTES.has((node.name as Node).name as string)) {
      for (const text of shownTexts(node.value)) if (hasWords(text)) report(node, text);
    }
    if (node.type === 'ObjectProperty') {
      const key = node.key as Node;
      if (key.type !== 'Identifier' || !TEXT_PROPERTIES.has(key.name as string)) return;
      // Sentences only: `label: 'prep_stand_up'` is a message key, `tone: 'error'` a token.
      for (const text of shownTexts(node.value)) {
        if (/\p{L}+\s+\p{L}+/u.test(text)) report(node, text);
      }
    }
  });
  return found.sort();
}

describe('no hard-coded user-facing text', () => {
  it('finds what it is meant to find', () => {
    const sample = `
      const a = <p title="Close it" aria-label={\`Remove \${host}\`}>Hello there</p>;
      const b = <img alt="" src="/x.png" />;
      const c = <p class="unsit-card">{t('card_why')} · {n}</p>;
      setNotice({ tone: 'error', text: 'Something broke.' });
      const d = { label: 'prep_stand_up', error: t('hosts_invalid') };
      const e = <b>{paused ? 'Resume' : t('player_pause')}{done && 'Done'}</b>;
    `;
    expect(hardCodedText('sample.tsx', sample)).toEqual([
      'sample.tsx:2: "Close it"',
      'sample.tsx:2: "Hello there"',
      'sample.tsx:2: "Remove"',
      'sample.tsx:5: "Something broke."',
      'sample.tsx:7: "Done"',
      'sample.tsx:7: "Resume"',
    ]);
  });

  it.each(ROOTS.flatMap(sources))('%s has none', (file) => {
    expect(hardCodedText(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

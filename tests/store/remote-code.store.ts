// Chrome Web Store's rule (and addons.mozilla.org's): all code in the package, none fetched or
// evaluated at run time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Browser, BUILDS, buildFiles } from './builds';

/** Why a file breaks the rule, or null. */
function remoteCode(path: string, text: string): string | null {
  if (/\.(js|mjs)$/.test(path)) {
    if (/\beval\s*\(/.test(text)) return 'eval(';
    if (/\bnew\s+Function\s*\(|[^.\w$]Function\s*\(\s*['"`]/.test(text)) return 'new Function(';
    if (/\bimportScripts\s*\(/.test(text)) return 'importScripts(';
    if (/\bimport\s*\(\s*['"`]https?:/.test(text)) return 'import() of a URL';
    if (/\bset(Timeout|Interval)\s*\(\s*['"`]/.test(text)) return 'a timer with a string';
  }
  if (/\.html$/.test(path)) {
    if (/<script\b[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i.test(text)) return 'a remote <script>';
    if (/<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\//i.test(text)) return 'a remote <link>';
    if (/<script\b(?![^>]*\bsrc)[^>]*>\s*\S/i.test(text)) return 'an inline <script>';
  }
  if (/\.(css|html)$/.test(path)) {
    if (/@import\s+(url\()?\s*["']?(https?:)?\/\//i.test(text)) return 'a remote @import';
    if (/url\(\s*["']?(https?:)?\/\//i.test(text)) return 'a remote url()';
  }
  return null;
}

describe.each(['chrome', 'firefox'] as Browser[])('%s package', (browser) => {
  test('no remote scripts or styles, no eval or new Function', async () => {
    const files = (await buildFiles(browser)).filter((p) => /\.(js|mjs|html|css)$/.test(p));
    expect(files.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(3);
    for (const path of files) {
      const text = await readFile(join(BUILDS[browser], path), 'utf8');
      expect(remoteCode(path, text), path).toBeNull();
    }
  });
});

test('remoteCode catches each kind of remote or evaluated code', () => {
  expect(remoteCode('a.js', 'x=eval("1")')).toBe('eval(');
  expect(remoteCode('a.js', 'x=new Function("return 1")')).toBe('new Function(');
  expect(remoteCode('a.js', 'x=Function("return 1")')).toBe('new Function(');
  expect(remoteCode('a.js', 'importScripts("https://x.test/a.js")')).toBe('importScripts(');
  expect(remoteCode('a.js', 'await import("https://x.test/a.js")')).toBe('import() of a URL');
  expect(remoteCode('a.js', 'setTimeout("go()", 1)')).toBe('a timer with a string');
  expect(remoteCode('p.html', '<script src="https://cdn.test/a.js"></script>')).toBe(
    'a remote <script>',
  );
  expect(remoteCode('p.html', '<link rel="stylesheet" href="//cdn.test/a.css">')).toBe(
    'a remote <link>',
  );
  expect(remoteCode('p.html', '<script>alert(1)</script>')).toBe('an inline <script>');
  expect(remoteCode('a.css', '@import url("https://fonts.test/a.css");')).toBe('a remote @import');
  expect(remoteCode('a.css', 'b{background:url(https://x.test/i.png)}')).toBe('a remote url()');
  // What the bundles legitimately hold: namespaces, a site pattern built for a permission request.
  expect(remoteCode('a.js', 'createElementNS("http://www.w3.org/2000/svg","svg")')).toBeNull();
  expect(
    remoteCode('a.js', 'const p="https://"+host+"/*"; obj.evaluate(1); x.Function'),
  ).toBeNull();
  expect(remoteCode('p.html', '<script type="module" src="/chunks/popup.js"></script>')).toBeNull();
});

import type { Plugin } from 'vite';

// Why: addons.mozilla.org's linter (`web-ext lint`) warns on any assignment to innerHTML, and a
// store review reads every warning. The only one in Unsit's bundles is Preact's support for the
// `dangerouslySetInnerHTML` prop, which Unsit never uses (a unit test keeps it that way). This
// takes that branch out of Preact's distributed build at bundle time, so the packages carry no
// innerHTML assignment at all instead of an exception the reviewer has to take on trust.

/**
 * Preact's minified `if (newHtml) { …; dom.innerHTML = newHtml.__html; …; newVNode._children = [] }
 * else { … }` as the ternary `h?(…,(t.innerHTML=h.__html),r.__k=[]):(…)`, whatever the minifier
 * named the variables. Dropping the test and the first branch leaves only the `else`.
 */
const HTML_BRANCH =
  /\b([A-Za-z_$][\w$]*)\?\(\w+\|\|\w+&&\(\1\.__html==\w+\.__html\|\|\1\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\1\.__html\),\w+\.__k=\[\]\):/g;

/** Preact's source with the dangerouslySetInnerHTML branch removed; throws if it is not there once. */
export function stripInnerHtml(code: string): string {
  const found = code.match(HTML_BRANCH)?.length ?? 0;
  // A Preact upgrade that changes this code must fail the build, not ship the warning again.
  if (found !== 1) {
    throw new Error(
      `unsit:no-inner-html: expected Preact's innerHTML branch once, found it ${found} times`,
    );
  }
  const out = code.replace(HTML_BRANCH, '');
  if (/\.innerHTML\s*=[^=]/.test(out)) {
    throw new Error('unsit:no-inner-html: an innerHTML assignment is left in Preact');
  }
  return out;
}

/** Applies stripInnerHtml to Preact's bundle (`preact/dist/preact.mjs`) in builds. */
export function noInnerHtml(): Plugin {
  return {
    name: 'unsit:no-inner-html',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs(\?|$)/.test(id)) return null;
      return { code: stripInnerHtml(code), map: null };
    },
  };
}

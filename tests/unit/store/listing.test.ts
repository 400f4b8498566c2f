import { describe, expect, test } from 'vitest';
import {
  markdownTable,
  privacyHtml,
  privacySection,
  replaceBetween,
} from '../../../scripts/store/listing.mjs';

test('markdownTable pads every column to its widest cell', () => {
  expect(markdownTable(['a', 'why'], [['`idle`', 'x']])).toBe(
    '| a      | why |\n| ------ | --- |\n| `idle` | x   |',
  );
});

test('replaceBetween swaps only the marked block, and needs both markers', () => {
  const text = 'a\n<!-- store:x -->\nold\n<!-- /store:x -->\nb';
  expect(replaceBetween(text, 'x', 'new')).toBe('a\n<!-- store:x -->\nnew\n<!-- /store:x -->\nb');
  expect(() => replaceBetween('a', 'x', 'new')).toThrow(/markers/);
});

test('privacySection is the text under "## Privacy" up to the next section', () => {
  expect(privacySection('## A\n\nx\n\n## Privacy\n\nOne.\n\nTwo.\n\n## B\n')).toBe('One.\n\nTwo.');
  expect(() => privacySection('## A\n')).toThrow(/no "## Privacy"/);
});

describe('privacyHtml', () => {
  test('paragraphs, code and the heading, escaped', () => {
    const html = privacyHtml('# Policy\n\nUses `storage.sync`\nand <nothing> & "more".\n');
    expect(html).toContain('<h1>Policy</h1>');
    expect(html).toContain(
      '<p>Uses <code>storage.sync</code> and &lt;nothing&gt; &amp; &quot;more&quot;.</p>',
    );
    expect(html).not.toMatch(/<script/);
  });

  test('Markdown it cannot show refuses to build instead of showing syntax', () => {
    for (const md of ['- a list', '[a link](x)', '**bold**', '## sub', '> quote']) {
      expect(() => privacyHtml(md), md).toThrow(/unsupported/);
    }
  });
});

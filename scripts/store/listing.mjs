// Texts written from one source into several files: the permission table (store/permissions.json
// → README.md and store/README.md), the listing's name and summary (public/_locales → store/),
// and the privacy policy (README's "Privacy" section → docs/privacy.md → privacy.html in the
// extension). Pure functions; scripts/store-sync.mjs writes, tests/unit/store/ compares.

/** A Markdown table with padded columns (the way Prettier lays them out). */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** README's "Permissions, and why" table. */
export function permissionTable(permissions) {
  return markdownTable(
    ['permission', 'why'],
    permissions.map((p) => [p.permission, p.why]),
  );
}

/** The store's justification fields, one line for each permission. */
export function justificationLines(permissions) {
  return permissions
    .map((p) => `- **${p.permission}**: ${p.why.charAt(0).toUpperCase()}${p.why.slice(1)}`)
    .join('\n');
}

/** Every permission the manifest asks for or may ask for, as permissions.json names them. */
export function declaredPermissions(permissions) {
  return permissions.flatMap((p) => [
    ...(p.manifest.permissions ?? []),
    ...(p.manifest.optional ?? []),
  ]);
}

/** Replaces what lies between `<!-- store:name -->` and `<!-- /store:name -->`. */
export function replaceBetween(text, name, content) {
  const start = `<!-- store:${name} -->`;
  const end = `<!-- /store:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** The listing's name and summary in one language, from its messages.json. */
export function listingBlock(messages) {
  const name = messages.ext_name?.message;
  const summary = messages.ext_description?.message;
  if (!name || !summary) throw new Error('messages.json lacks ext_name or ext_description');
  return [
    `**Name:** ${name}`,
    '',
    `**Summary** (the manifest's description, ${[...summary].length} of 132 characters):`,
    '',
    summary,
  ].join('\n');
}

/** README's "## Privacy" section, without its heading. */
export function privacySection(readme) {
  const match = /^## Privacy\n([\s\S]*?)(?=^## )/m.exec(readme);
  if (!match?.[1]?.trim()) throw new Error('README.md has no "## Privacy" section');
  return match[1].trim();
}

/** docs/privacy.md: README's Privacy section word for word, as a policy page. */
export function privacyPolicy(section) {
  return `# Unsit privacy policy

Unsit is a browser extension that reminds you to get up after long sitting. This is its whole
privacy policy; it is the "Privacy" section of Unsit's README, word for word, and a test keeps
the two the same.

${section}
`;
}

const escapeHtml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * The policy as a self-contained page for the extension (`privacy.html`, linked from options).
 * Knows only what the policy uses: one `#` heading, paragraphs and `code`; anything else throws
 * rather than show Markdown syntax to a user.
 */
export function privacyHtml(markdown) {
  const blocks = markdown.trim().split(/\n{2,}/);
  const html = blocks.map((block) => {
    const text = block.replace(/\s*\n\s*/g, ' ');
    if (/^#\s/.test(text)) return `<h1>${escapeHtml(text.replace(/^#\s+/, ''))}</h1>`;
    if (/^(#|[-*+]\s|\d+\.\s|>)|\[[^\]]*\]\(|\*\*/.test(text)) {
      throw new Error(`privacyHtml: unsupported Markdown in "${text.slice(0, 40)}…"`);
    }
    return `<p>${escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Unsit privacy policy</title>
<style>
:root { color-scheme: light dark; }
body { font: 17px/1.55 system-ui, sans-serif; }
main { max-width: 42rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
code { font-size: 0.92em; }
</style>
</head>
<body>
<main>
${html.join('\n')}
</main>
</body>
</html>
`;
}

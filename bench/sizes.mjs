// What each part of a built extension costs to load, read from the build itself:
// an HTML page with every script and stylesheet it loads (following static
// imports between chunks, not dynamic ones), a script with its static
// imports, and the whole store zip. Shared by tests/e2e/budgets.e2e.ts and
// bench/run.mjs. Sizes are bytes; "gzip" is each file gzipped on its own at
// level 9, summed (files are fetched one by one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

/**
 * 1 KB = 1000 bytes, as WXT and Vite print sizes. Room for zod and webextension-polyfill at run
 * time, the packages Unsit is specified with; what users feel is held by `npm run bench`.
 */
export const BUDGETS = {
  background: 30_000,
  popup: 40_000,
  overlay: 40_000,
  /** The history page (entrypoints/history) with everything it loads: charts drawn by Unsit's own SVG. */
  history: 40_000,
  /** The function injected into the page (card-in-page/show-card.ts): a small fraction of the old 55 KB script. */
  injected: 2_000,
  zip: 300_000,
};

/**
 * The reminder card over a page: the extension page framed into the site (entrypoints/card).
 * What runs in the page itself is only the function card-in-page/show-card.ts, part of the background
 * bundle; tests/e2e/budgets.e2e.ts keeps it tiny.
 */
export const CARD_PAGE = 'card.html';

/** The history page, opened from the popup and options. */
export const HISTORY_PAGE = 'history.html';

const STATIC_FROM = /\b(?:import|export)\b[^;"'`()]*?\bfrom\s*["']([^"']+)["']/g;
const BARE_IMPORT = /\bimport\s*["']([^"']+)["']/g;

/** Paths (relative to `dir`) of the static imports of a built JS file. */
function staticImports(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const found = [];
  for (const pattern of [STATIC_FROM, BARE_IMPORT]) {
    for (const match of code.matchAll(pattern)) found.push(resolveFrom(file, match[1]));
  }
  return found;
}

function resolveFrom(file, specifier) {
  if (specifier.startsWith('/')) return specifier.slice(1);
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

/** `file` and every JS file it pulls in through static imports, transitively. */
export function scriptClosure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  if (!existsSync(join(dir, file))) throw new Error(`${file} is missing from ${dir}`);
  seen.add(file);
  for (const dep of staticImports(dir, file)) scriptClosure(dir, dep, seen);
  return seen;
}

const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`))?.[1];

/** An HTML page and everything it loads at once: scripts, module preloads, stylesheets, and their static imports. */
export function pageFiles(dir, html) {
  const files = new Set([html]);
  const source = readFileSync(join(dir, html), 'utf8');
  for (const [tag] of source.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attribute(tag, 'rel');
    const url = isScript ? attribute(tag, 'src') : attribute(tag, 'href');
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const path = resolveFrom(html, url);
    if (isScript || rel === 'modulepreload') scriptClosure(dir, path, files);
    else if (rel === 'stylesheet') files.add(path);
  }
  return [...files].sort();
}

export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** Raw and gzip totals of a list of files. */
export function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipBytes(bytes);
  }
  return { files: [...files].sort(), raw, gzip };
}

/** Every file under `dir`, relative and with forward slashes. */
export function allFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * The size of the zip `wxt zip` writes for this folder, computed without
 * writing it: JSZip with DEFLATE level 9 (WXT's default), one local header
 * (30 bytes + name) and one central-directory entry (46 bytes + name) per
 * file and per folder, and the 22-byte end record. Node's zlib compresses a
 * little differently from JSZip's pako (0.2% on this build), so this is an
 * estimate; bench/run.mjs prints it beside a real `wxt zip`.
 */
export function zipBytes(dir) {
  const files = allFiles(dir);
  const folders = new Set();
  for (const file of files) {
    for (let d = dirname(file); d !== '.'; d = dirname(d)) folders.add(`${d}/`);
  }
  let total = 22;
  for (const folder of folders) total += 30 + 46 + 2 * Buffer.byteLength(folder);
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const packed = deflateRawSync(bytes, { level: 9 }).length;
    total += 30 + 46 + 2 * Buffer.byteLength(file) + packed;
  }
  return total;
}

/** The budgeted parts (background, popup, card page, history page, zip) plus the options page. */
export function buildSizes(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const worker = manifest.background?.service_worker;
  const popup = manifest.action?.default_popup;
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (!worker || !popup || !options)
    throw new Error(`${dir}/manifest.json lacks a worker, popup or options page`);
  const all = allFiles(dir);
  return {
    background: measure(dir, [...scriptClosure(dir, worker)]),
    popup: measure(dir, pageFiles(dir, popup)),
    overlay: measure(dir, pageFiles(dir, CARD_PAGE)),
    history: measure(dir, pageFiles(dir, HISTORY_PAGE)),
    options: measure(dir, pageFiles(dir, options)),
    zip: { files: all, raw: measure(dir, all).raw, zip: zipBytes(dir) },
  };
}

// The production builds the store checks read: `npm run test:store` makes them first
// (`npm run build && npm run build:firefox`), and `npm run release` runs these checks on the
// builds it has just zipped.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const BUILDS = {
  chrome: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
} as const;
export type Browser = keyof typeof BUILDS;

export type Manifest = Record<string, unknown> & {
  version: string;
  name: string;
  description: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  minimum_chrome_version?: string;
  content_security_policy?: unknown;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
};

export async function manifestOf(browser: Browser): Promise<Manifest> {
  const file = join(BUILDS[browser], 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run npm run test:store (it builds both browsers first)`);
  }
  return JSON.parse(await readFile(file, 'utf8')) as Manifest;
}

/** Every file of a build, as `/`-separated paths relative to it. */
export async function buildFiles(browser: Browser): Promise<string[]> {
  const dir = BUILDS[browser];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** A locale's messages from the build. */
export async function messagesOf(
  browser: Browser,
  locale: string,
): Promise<Record<string, { message: string }>> {
  const file = join(BUILDS[browser], '_locales', locale, 'messages.json');
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, { message: string }>;
}

/** `__MSG_key__` → that locale's message; other strings as they are. */
export function localized(value: string, messages: Record<string, { message: string }>): string {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key) return value;
  const message = messages[key]?.message;
  if (message === undefined) throw new Error(`no message ${key}`);
  return message;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

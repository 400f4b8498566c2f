// Types for bench/sizes.mjs (plain JS, so `node bench/run.mjs` runs it without a build step).

export type Measured = { files: string[]; raw: number; gzip: number };
export type BuildSizes = {
  background: Measured;
  popup: Measured;
  overlay: Measured;
  history: Measured;
  options: Measured;
  zip: { files: string[]; raw: number; zip: number };
};

export const BUDGETS: {
  background: number;
  popup: number;
  overlay: number;
  history: number;
  injected: number;
  zip: number;
};
export const CARD_PAGE: string;
export const HISTORY_PAGE: string;
export function scriptClosure(dir: string, file: string, seen?: Set<string>): Set<string>;
export function pageFiles(dir: string, html: string): string[];
export function gzipBytes(buffer: Uint8Array): number;
export function measure(dir: string, files: Iterable<string>): Measured;
export function allFiles(dir: string): string[];
export function zipBytes(dir: string): number;
export function buildSizes(dir: string): BuildSizes;

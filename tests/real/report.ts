// The figures each scenario measured, printed as it goes and written to
// test-results/real-input.json at the end, so a run can be quoted without reading logs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(fileURLToPath(new URL('../..', import.meta.url)), 'test-results');
const figures: Record<string, Record<string, unknown>> = {};

export function figure(scenario: string, name: string, value: unknown): void {
  figures[scenario] ??= {};
  (figures[scenario] as Record<string, unknown>)[name] = value;
  console.log(
    `[real ${scenario}] ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
}

export async function writeFigures(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'real-input.json'), `${JSON.stringify(figures, null, 2)}\n`);
}

/** Seconds from `from` to `to`, one decimal. */
export const seconds = (from: number, to: number) => Math.round((to - from) / 100) / 10;

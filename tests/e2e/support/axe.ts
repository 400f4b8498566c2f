// axe-core over an extension page or frame: the serious and critical violations it finds, and
// text whose contrast it could not measure. Shared by the accessibility tests of every page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { animationsSettled } from './animations';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), {
  encoding: 'utf8',
});

export type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary: string }[];
};

type AxeFindings = {
  /** Serious and critical violations. */
  violations: Violation[];
  /** Text in a shadow root whose contrast axe could not measure. */
  unmeasured: string[];
};

/**
 * Runs axe-core over the whole page (open shadow roots included). The source is evaluated
 * rather than added as a <script>: extension pages' CSP forbids inline scripts, and evaluate
 * (over CDP) is not subject to the page's CSP.
 */
export async function runAxe(page: Page | Frame): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Contrast is measured on the final colours, after a colour-scheme change or an entrance.
  await animationsSettled(page);
  const findings = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    // A cross-origin frame (the card over a page) is checked on its own: see `cardPage`.
    const results = (await axe.run(document, { iframes: false })) as {
      violations: Violation[];
      incomplete: Violation[];
    };
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      unmeasured: results.incomplete
        .filter((v) => v.id === 'color-contrast')
        .flatMap((v) => v.nodes.filter((n) => Array.isArray(n.target[0])))
        .map((n) => JSON.stringify(n.target)),
    };
  });
  return {
    violations: findings.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    ),
    unmeasured: findings.unmeasured,
  };
}

export function describeViolations(where: string, violations: Violation[]): string {
  const lines = violations.flatMap((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map(
      (n) => `  at ${JSON.stringify(n.target)}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`,
    ),
  ]);
  return `axe on ${where}:\n${lines.join('\n')}`;
}

import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { sharedPageChunk } from '../../../scripts/shared-page-chunk';

// The rule behind the popup's two scripts and two style sheets, on a small import graph:
// what the popup shares with any page goes into one chunk; what only other pages share, and what
// one page alone uses, is left to Rollup.

const html = (page: string) => `/repo/entrypoints/${page}/index.html`;
/** Each module and the modules that import it statically. */
const importers: Record<string, string[]> = {
  [html('popup')]: [],
  [html('options')]: [],
  [html('onboarding')]: [],
  '/repo/entrypoints/popup/main.tsx': [html('popup')],
  '/repo/entrypoints/options/main.tsx': [html('options')],
  '/repo/entrypoints/onboarding/main.tsx': [html('onboarding')],
  '/repo/components/popup/Popup.tsx': ['/repo/entrypoints/popup/main.tsx'],
  '/repo/components/options/Options.tsx': ['/repo/entrypoints/options/main.tsx'],
  '/repo/components/shared/WeekChart.tsx': [
    '/repo/components/popup/Popup.tsx',
    '/repo/components/options/Options.tsx',
  ],
  '/repo/components/theme.css': [
    '/repo/entrypoints/popup/main.tsx',
    '/repo/entrypoints/options/main.tsx',
  ],
  '/repo/components/shared/SitePermission.tsx': [
    '/repo/components/options/Options.tsx',
    '/repo/entrypoints/onboarding/main.tsx',
  ],
  // Reached from the popup only through a cycle with a shared module.
  '/repo/lib/a.ts': ['/repo/lib/b.ts'],
  '/repo/lib/b.ts': ['/repo/lib/a.ts', '/repo/components/shared/WeekChart.tsx'],
};

function chunkOf(): (id: string) => string | undefined {
  const plugin = sharedPageChunk(['popup']);
  const hook = plugin.outputOptions as (o: Rollup.OutputOptions) => Rollup.OutputOptions | null;
  const options = hook({ format: 'es' });
  const manualChunks = options?.manualChunks as (id: string, meta: unknown) => string | undefined;
  const getModuleInfo = (id: string) => ({ importers: importers[id] ?? [] });
  return (id) => manualChunks(id, { getModuleInfo });
}

describe('the shared page chunk', () => {
  it('takes what the popup shares with another page, styles included', () => {
    const chunk = chunkOf();
    expect(chunk('/repo/components/shared/WeekChart.tsx')).toBe('common');
    expect(chunk('/repo/components/theme.css')).toBe('common');
    expect(chunk('/repo/lib/a.ts')).toBe('common');
  });

  it('leaves what one page alone uses, and what only other pages share, to Rollup', () => {
    const chunk = chunkOf();
    expect(chunk('/repo/components/popup/Popup.tsx')).toBeUndefined();
    expect(chunk('/repo/entrypoints/popup/main.tsx')).toBeUndefined();
    expect(chunk('/repo/components/shared/SitePermission.tsx')).toBeUndefined();
  });

  it('leaves builds that inline everything (the background) alone', () => {
    const plugin = sharedPageChunk(['popup']);
    const hook = plugin.outputOptions as (o: Rollup.OutputOptions) => Rollup.OutputOptions | null;
    expect(hook({ inlineDynamicImports: true })).toBeNull();
  });
});

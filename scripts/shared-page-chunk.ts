import type { Plugin } from 'vite';

// Why: an extension page waits for each file it loads, and in Chromium that wait, more than the
// bytes, is what stands between a click on the toolbar button and a popup that answers. Rollup's
// default split (a chunk for every set of pages that share modules) had the popup load 4 scripts
// and 4 style sheets; with what it shares in one chunk it loads 2 and 2. Over 24 paired cold
// starts its button became usable after 57 ms instead of 67 ms (a one-button page: 46–48 ms).
// The card over a page gained nothing measurable this way (its time goes to the frame and the
// handshake with the background), so only the popup's shared code is gathered.

/** A page's name: the folder of its entrypoint (`entrypoints/popup/index.html` → popup). */
const pageOf = (id: string) => /\/entrypoints\/([^/]+)\/index\.html$/.exec(id)?.[1];

/**
 * Puts every module that one of `pages` shares with any other page into one chunk, `name`, with
 * its styles. Modules that only other pages share keep Rollup's default chunks. Builds that
 * inline everything (the background) are left alone.
 */
export function sharedPageChunk(pages: readonly string[], name = 'common'): Plugin {
  return {
    name: 'unsit:shared-page-chunk',
    apply: 'build',
    outputOptions(options) {
      if (options.inlineDynamicImports) return null;
      return {
        ...options,
        manualChunks(id, { getModuleInfo }) {
          // The pages whose HTML reaches `id` through static imports: a walk up its importers.
          const reaching = new Set<string>();
          const seen = new Set([id]);
          const queue = [id];
          for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
            const page = pageOf(next);
            if (page) reaching.add(page);
            for (const importer of getModuleInfo(next)?.importers ?? []) {
              if (!seen.has(importer)) {
                seen.add(importer);
                queue.push(importer);
              }
            }
          }
          const shared = reaching.size > 1 && pages.some((p) => reaching.has(p));
          return shared ? name : undefined;
        },
      };
    },
  };
}

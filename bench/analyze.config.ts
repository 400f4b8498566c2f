// `node bench/analyze.mjs`: the production build with Rollup's module statistics kept, into a
// scratch folder (.tmp/analyze), so the normal .output is left alone.
import base from '../wxt.config';

export default {
  ...base,
  root: process.cwd(),
  outDir: '.tmp/analyze/out',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  analysis: {
    enabled: true,
    template: 'raw-data' as const,
    outputFile: '.tmp/analyze/stats.json',
    keepArtifacts: true,
  },
};

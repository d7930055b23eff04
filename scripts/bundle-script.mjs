// Bundles one TypeScript script for plain Node with the build's plugins (the bundled datasets as the
// build validates them), for profiling and experiments:
//   node scripts/bundle-script.mjs bench/_prof.ts /tmp/prof.js && node --cpu-prof /tmp/prof.js
import * as esbuild from 'esbuild';
import { bundledDatasetsPlugin } from './bundled-datasets.mjs';
import { markdownItFieldsPlugin } from './markdown-it-fields.mjs';

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: node scripts/bundle-script.mjs <entry.ts> <outfile.js>');
  process.exit(2);
}
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // As in build.mjs: keep \p{…} regular expressions literals.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: true,
  logLevel: 'warning',
  plugins: [bundledDatasetsPlugin(), markdownItFieldsPlugin()],
});

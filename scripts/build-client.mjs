// Builds the results page's one script (components/results/results-page.client.ts) to public/results-page.js:
// that page is plain HTML with no framework in the browser (pages/results.tsx). Run before `next build` and `next dev`
// (npm run build / npm run dev / npm start do). The output is built, not committed (.gitignore).
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outfile = join(root, 'public/results-page.js');
await build({
  entryPoints: [join(root, 'components/results/results-page.client.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile,
  alias: { '@': root },
  footer: { js: 'resultsPage.start();' },
  globalName: 'resultsPage',
  logLevel: 'warning',
});
console.log(`results-page.js: ${statSync(outfile).size} bytes`);

// Builds the scripts of the two pages served as plain HTML (no framework of Next's in the browser), before `next build`
// and `next dev` (npm run build / npm run dev / npm start do). The output is built, not committed (.gitignore).
// - The results page: components/results/results-page.client.ts → public/results-page.js, its buttons only.
// - The one-page form: components/one-page/one-page.client.tsx → public/one-page/one-page.js, with React and the
//   ranking engine for the live panel; the readiness checklist is split into a chunk loaded when first shown.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const common = {
  bundle: true,
  minify: true,
  target: 'es2020',
  alias: { '@': root },
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  logLevel: 'warning',
  // Next's "use client" markers mean nothing to a bundle of one page's script.
  logOverride: { 'module-level-directive': 'silent' },
};

const results = join(root, 'public/results-page.js');
await build({
  ...common,
  entryPoints: [join(root, 'components/results/results-page.client.ts')],
  format: 'iife',
  outfile: results,
  footer: { js: 'resultsPage.start();' },
  globalName: 'resultsPage',
});
console.log(`results-page.js: ${statSync(results).size} bytes`);

const onePage = join(root, 'public/one-page');
rmSync(onePage, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { 'one-page': join(root, 'components/one-page/one-page.start.ts') },
  format: 'esm',
  splitting: true,
  outdir: onePage,
  chunkNames: 'chunk-[hash]',
});
for (const f of readdirSync(onePage)) console.log(`one-page/${f}: ${statSync(join(onePage, f)).size} bytes`);

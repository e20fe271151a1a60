/**
 * Prints how long reading a 50,000-mailbox statistics export takes: in Node and in Debian's Chromium (Playwright,
 * the parser bundled for the browser as the page's worker runs it), from the file's bytes to the Estate and the
 * filled answers. Two files: the documented columns only, and the same with 24 more columns, as `Select-Object *`
 * writes (about 50 MB). The median of 5 runs after a warm-up. Run through `npm run bench:exports`.
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';
import os from 'node:os';

const ROWS = 50_000;
const RUNS = 5;
const out = 'node_modules/.cache/bench-exports';
mkdirSync(out, { recursive: true });
await build({ entryPoints: ['scripts/bench-exports-entry.ts'], bundle: true, format: 'iife', globalName: 'Bench', platform: 'browser', outfile: `${out}/browser.js`, logLevel: 'warning' });
await build({ entryPoints: ['scripts/bench-exports-entry.ts'], bundle: true, format: 'esm', platform: 'node', outfile: `${out}/node.mjs`, logLevel: 'warning' });
const Bench = await import(pathToFileURL(`${out}/node.mjs`).href);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (label, mb, ms) => console.log(`${label.padEnd(44)} ${mb.toFixed(1).padStart(6)} MB  ${ms.toFixed(0).padStart(6)} ms  (${Math.round((ROWS / ms) * 1000).toLocaleString('en-GB')} rows/s)`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.addScriptTag({ path: `${out}/browser.js` });

console.log(`Load average ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} on ${os.cpus().length} CPUs (figures grow with it).`);
console.log(`Reading a ${ROWS.toLocaleString('en-GB')}-row mailbox statistics export (median of ${RUNS} after a warm-up):`);
for (const extra of [0, 24]) {
  const bytes = Bench.generate(ROWS, extra);
  const runs = [];
  for (let i = 0; i <= RUNS; i++) runs.push(Bench.time(bytes));
  const node = median(runs.slice(1));
  const inPage = await page.evaluate(([rows, extraColumns, runCount]) => {
    const data = Bench.generate(rows, extraColumns);
    const times = [];
    for (let i = 0; i <= runCount; i++) times.push(Bench.time(data));
    return times.slice(1).sort((a, b) => a - b)[Math.floor(runCount / 2)];
  }, [ROWS, extra, RUNS]);
  const mb = bytes.length / 1e6;
  const what = extra === 0 ? 'documented columns' : `documented + ${extra} more columns`;
  line(`Node ${process.versions.node}, ${what}`, mb, node);
  line(`Chromium ${browser.version()}, ${what}`, mb, inPage);
}
await browser.close();

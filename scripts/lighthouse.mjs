// Builds (if needed), starts the app, and runs Lighthouse offline in Debian's chromium on the start page,
// the one-page mode and a results page, desktop and mobile, printing the four category scores.
// Each is run RUNS times (a failed trace is retried) and the run with the median performance score is shown.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PORT = 3320;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const base = `http://127.0.0.1:${PORT}`;
const PAGES = {
  start: '/',
  'one-page': '/one-page?mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500',
  results: '/results?mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500&keep-accounts=yes',
};
// LIGHTHOUSE_PAGES=one-page,results and LIGHTHOUSE_FORMS=mobile narrow a run to what is being worked on.
const only = (name, list) => (process.env[name] ? process.env[name].split(',') : list);
const bin = (name) => join(process.cwd(), 'node_modules/.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!existsSync('.next/BUILD_ID') || process.argv.includes('--build')) {
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
}
const server = spawn(bin('next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], { stdio: 'ignore', env });
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

mkdirSync('reports/lighthouse', { recursive: true });
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const rows = [];
try {
  for (const [name, path] of Object.entries(PAGES).filter(([n]) => only('LIGHTHOUSE_PAGES', Object.keys(PAGES)).includes(n))) {
    for (const form of only('LIGHTHOUSE_FORMS', ['desktop', 'mobile'])) {
      const runs = [];
      let lastError = '';
      for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt++) {
        const out = `reports/lighthouse/${name}-${form}-${runs.length}.json`;
        const args = [base + path, `--chrome-flags=${chromeFlags}`, '--output=json', `--output-path=${out}`, '--quiet', '--no-enable-error-reporting', '--only-categories=performance,accessibility,best-practices,seo'];
        if (form === 'desktop') args.push('--preset=desktop');
        const r = spawnSync(bin('lighthouse'), args, { env: { ...env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' });
        if (r.status === 0) runs.push(JSON.parse(readFileSync(out, 'utf8')).categories);
        else lastError = (r.stderr || '').trim().split('\n').pop();
      }
      if (runs.length === 0) {
        rows.push(`${name.padEnd(9)} ${form.padEnd(8)} failed: ${lastError}`);
        continue;
      }
      runs.sort((a, b) => a.performance.score - b.performance.score);
      const c = runs[Math.floor(runs.length / 2)];
      const s = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(3);
      const perf = runs.map((r) => Math.round(r.performance.score * 100)).join('/');
      rows.push(`${name.padEnd(9)} ${form.padEnd(8)} performance ${s('performance')}  accessibility ${s('accessibility')}  best-practices ${s('best-practices')}  seo ${s('seo')}  (performance of ${runs.length} runs: ${perf})`);
    }
  }
} finally {
  server.kill();
}
console.log(rows.join('\n'));

// Prints the first-load JavaScript (gzip kB) of each route after `next build`, and of a bare Next.js page
// built with the same versions (the floor). Fails when a route is more than BUDGET_KB over the floor.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
/**
 * Routes allowed more, each with its reason (none now: /one-page needed +65 kB until it became a plain page with one
 * script, on 2026-11-26, and now loads 101 kB in all).
 */
const ALLOWANCE_KB = {};
const root = process.cwd();
const answers = 'mailboxes=600&source=exchange-2019&budget=medium&weeks=12&data-gb=1500&keep-accounts=yes';
const ROUTES = ['/', '/questions/mailboxes', '/one-page', `/check?${answers}`, `/results?${answers}`, `/compare?${answers}&change=mailboxes&to=400`, '/exports', `/plan?${answers}`];

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Sums the gzipped size of every script the page's HTML loads (from /_next/static, or our own from public/, with the chunks it imports at once). */
async function firstLoadKb(base, dir, route) {
  const html = await (await fetch(base + route)).text();
  const srcs = new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)[^"]*"/g)].map((m) => m[1]));
  let bytes = 0;
  for (const src of srcs) {
    const file = decodeURIComponent(src);
    const path = file.startsWith('/_next/') ? join(dir, '.next', file.replace(/^\/_next\//, '')) : join(dir, 'public', file);
    if (!existsSync(path)) continue;
    const code = readFileSync(path);
    bytes += gzipSync(code, { level: 9 }).length;
    // Our module scripts load their shared chunks at once (a static import); a dynamic import() loads later.
    if (!file.startsWith('/_next/')) {
      for (const m of code.toString().matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
        const chunk = join(path, '..', m[1]);
        if (existsSync(chunk)) bytes += gzipSync(readFileSync(chunk), { level: 9 }).length;
      }
    }
  }
  return bytes / 1024;
}

async function measure(dir, port, routes) {
  const server = spawn(join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const out = {};
    for (const r of routes) out[r] = await firstLoadKb(`http://127.0.0.1:${port}`, dir, r);
    return out;
  } finally {
    server.kill();
  }
}

function buildBare() {
  // Inside the project (git-ignored), so it resolves next and react from the project's own node_modules.
  const dir = join(root, '.size-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  // Its own (empty) config, so Next does not reach up for the project's.
  writeFileSync(join(dir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(join(dir, 'app/layout.tsx'), 'export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n');
  writeFileSync(join(dir, 'app/page.tsx'), 'export default function P() { return <p>Hello</p>; }\n');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ['dom', 'esnext'] }, include: ['**/*.tsx'] }));
  const r = spawnSync(join(root, 'node_modules/.bin/next'), ['build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('the bare Next.js page did not build');
  return dir;
}

if (!existsSync(join(root, '.next/BUILD_ID'))) {
  console.error('size: run `next build` first');
  process.exit(2);
}
const bareDir = buildBare();
const floor = (await measure(bareDir, 3311, ['/']))['/'];
const sizes = await measure(root, 3310, ROUTES);
let failed = 0;
console.log(`floor (bare Next.js page): ${floor.toFixed(1)} kB gzip; budget: floor + ${BUDGET_KB} kB = ${(floor + BUDGET_KB).toFixed(1)} kB`);
for (const [route, kb] of Object.entries(sizes)) {
  const path = route.split('?')[0];
  const budget = ALLOWANCE_KB[path] ?? BUDGET_KB;
  const over = kb > floor + budget;
  if (over) failed++;
  console.log(`${over ? 'OVER ' : '     '}${path.padEnd(22)} ${kb.toFixed(1).padStart(6)} kB gzip  (${(kb / floor).toFixed(2)}× floor, ${kb < floor ? 'no Next runtime' : `+${(kb - floor).toFixed(1)} kB`}${budget === BUDGET_KB ? '' : `; allowed +${budget} kB`})`);
}
process.exit(failed ? 1 : 0);

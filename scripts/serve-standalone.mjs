// Serves the standalone production build (next.config.ts: output 'standalone'), as a self-hosted copy runs it.
// Next's standalone folder holds the server and the node_modules it needs, but not the browser files: this copies
// .next/static and public into it (as Next requires), with the request guard (server/), then starts
// .next/standalone/server.js in this process, behind server/request-guard.cjs.
// PORT (default 3000) and HOSTNAME (default 0.0.0.0) choose where it listens. Run `next build` first (npm run serve:standalone does).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, '.next/standalone');
if (!existsSync(join(out, 'server.js'))) {
  console.error('No standalone build found: run `npm run serve:standalone` (it builds first), or `npx next build` then this again.');
  process.exit(1);
}
for (const [from, to] of [
  ['.next/static', '.next/standalone/.next/static'],
  ['public', '.next/standalone/public'],
  ['server', '.next/standalone/server'],
]) {
  rmSync(join(root, to), { recursive: true, force: true });
  if (existsSync(join(root, from))) cpSync(join(root, from), join(root, to), { recursive: true });
}
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const require = createRequire(import.meta.url);
require(join(out, 'server/request-guard.cjs'));
require(join(out, 'server.js'));

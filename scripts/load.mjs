#!/usr/bin/env node
/**
 * npm run load [-- --port 3202 --seconds 5 --concurrency 8]
 *
 * A bounded load test on this machine only (127.0.0.1, never another host), with Node's built-ins: for `/`,
 * `/results?<answers>`, `/one-page` and `/report?<answers>` next to a static file (`/icon.svg`) measured in the same
 * run, it prints requests/s, p50 and p99 latency, the response size, the server's CPU per request (when the server's
 * process is known) and each page's requests/s as a ratio of the static file's: the ratio is what compares runs.
 *
 * Uses a server already listening on the port, or starts the built app there (`next start`, needs `npm run build`
 * first) and stops it afterwards. Each route runs for at most --seconds (1–30) with at most --concurrency (1–32) requests
 * in flight, after a short warm-up, in each of --rounds (1–10, default 3) rounds. The machine's speed drifts between
 * measurements, so each page's ratio is taken against the static file of the same round, and every figure shown is
 * the median over the rounds.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const HOST = '127.0.0.1';

function option(name, fallback, min, max) {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(raw) || raw < min || raw > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return raw;
}

const PORT = option('port', Number(process.env.E2E_PORT ?? 3202), 1024, 65535);
const SECONDS = option('seconds', 5, 1, 30);
const CONCURRENCY = option('concurrency', 8, 1, 32);
const ROUNDS = option('rounds', 3, 1, 10);
const WARM_UP = 20;

/** Realistic answers: 1,200 mailboxes on Exchange 2019 with directory sync, a hybrid candidate, most refinements given. */
const ANSWERS = new URLSearchParams({
  mailboxes: '1200',
  source: 'exchange-2019',
  budget: 'medium',
  weeks: '16',
  'data-gb': '4800',
  'keep-accounts': 'yes',
  'dir-sync': 'in-place',
  coexistence: 'yes',
  calendars: 'yes',
  'largest-mailbox-gb': '45',
  'latest-cu': 'yes',
  'shared-mailboxes': '60',
  'relay-devices': 'yes',
  'upload-mbps': '500',
}).toString();

const ROUTES = [
  { name: 'static /icon.svg', path: '/icon.svg' },
  { name: '/', path: '/' },
  { name: '/results', path: `/results?${ANSWERS}` },
  { name: '/one-page', path: `/one-page?${ANSWERS}` },
  { name: '/report', path: `/report?${ANSWERS}` },
];

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One GET: resolves with its status, body size and time in ms. */
function get(path) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = http.get({ host: HOST, port: PORT, path, agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: Number(process.hrtime.bigint() - start) / 1e6 }));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${path} within 10 s`)));
    req.on('error', reject);
  });
}

async function listening() {
  try {
    await get('/icon.svg');
    return true;
  } catch {
    return false;
  }
}

/** The pid of the process listening on PORT (Linux /proc), so its CPU time can be read; null when unknown. */
function listenerPid() {
  try {
    const hexPort = PORT.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set();
    for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A') inodes.add(cols[9]);
      }
    }
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let fds;
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
          if (m && inodes.has(m[1])) return Number(pid);
        } catch {
          /* the fd closed meanwhile */
        }
      }
    }
  } catch {
    /* not Linux, or /proc not readable */
  }
  return null;
}

/** CPU time (user + system, ms) a process has used so far, or null. */
function cpuMs(pid) {
  if (pid === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(route, pid) {
  const first = await get(route.path);
  if (first.status !== 200) throw new Error(`${route.path} answered ${first.status}, not 200`);
  for (let i = 0; i < WARM_UP; i++) await get(route.path);
  const times = [];
  let bytes = first.bytes;
  const cpuBefore = cpuMs(pid);
  const start = performance.now();
  const end = start + SECONDS * 1000;
  async function worker() {
    while (performance.now() < end) {
      const r = await get(route.path);
      if (r.status !== 200) throw new Error(`${route.path} answered ${r.status} under load`);
      times.push(r.ms);
      bytes = r.bytes;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - start) / 1000;
  const cpuAfter = cpuMs(pid);
  times.sort((a, b) => a - b);
  return {
    name: route.name,
    rps: times.length / elapsed,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    bytes,
    cpuPerRequest: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / times.length,
  };
}

async function main() {
  let server = null;
  if (!(await listening())) {
    if (!existsSync('.next/BUILD_ID')) {
      console.error(`Nothing answers on ${HOST}:${PORT} and there is no build: run "npx next build" first.`);
      process.exit(1);
    }
    console.log(`Starting the built app on ${HOST}:${PORT}…`);
    server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', HOST], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    for (let i = 0; i < 100 && !(await listening()); i++) await sleep(200);
    if (!(await listening())) {
      server.kill();
      console.error(`The app did not start on ${HOST}:${PORT} within 20 s.`);
      process.exit(1);
    }
  }
  const pid = listenerPid();
  console.log(`${SECONDS} s per route, ${CONCURRENCY} requests in flight, ${ROUNDS} rounds (medians shown), server pid ${pid ?? 'unknown (no CPU figures)'}.\n`);
  const rounds = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      const rows = [];
      for (const route of ROUTES) rows.push(await measure(route, pid));
      rounds.push(rows.map((r) => ({ ...r, ratio: r.rps / rows[0].rps })));
    }
  } finally {
    agent.destroy();
    server?.kill();
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const head = ['route', 'req/s', 'p50 ms', 'p99 ms', 'bytes', 'CPU ms/req', '× static'];
  const table = ROUTES.map((route, i) => {
    const of = (key) => median(rounds.map((rows) => rows[i][key]));
    const cpu = rounds.every((rows) => rows[i].cpuPerRequest !== null) ? of('cpuPerRequest').toFixed(2) : '–';
    return [route.name, of('rps').toFixed(0), of('p50').toFixed(1), of('p99').toFixed(1), String(rounds[0][i].bytes), cpu, of('ratio').toFixed(3)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  for (const row of [head, ...table]) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3107);
/**
 * The server under test, behind the request guard, its output kept in reports/e2e-server.log (e2e/hardening.spec.ts
 * reads it): `next start` by default, or with E2E_STANDALONE=1 the standalone build as it is self-hosted.
 */
const SERVER = process.env.E2E_STANDALONE
  ? 'node scripts/serve-standalone.mjs'
  : `node --require ./server/request-guard.cjs node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `mkdir -p reports && : > reports/e2e-server.log && exec ${SERVER} >> reports/e2e-server.log 2>&1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT), HOSTNAME: '127.0.0.1' },
  },
});

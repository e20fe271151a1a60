import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** scripts/ensure-chromium.sh, run first by npm test (scripts/test-all.sh), with the environment given. */
function ensure(env: Record<string, string>, args: string[] = [], uid?: number) {
  const { CHROMIUM_PATH: _unset, ...rest } = process.env;
  const r = spawnSync('bash', ['scripts/ensure-chromium.sh', ...args], { env: { ...rest, ...env }, encoding: 'utf8', uid });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('npm test on a machine without chromium', () => {
  it('goes on silently when Debian’s chromium is there', () => {
    expect(ensure({ DEBIAN_CHROMIUM: '/bin/sh' })).toEqual({ code: 0, out: '' });
  });

  it('when it is missing, installs it with apt as root (a dry run here) and otherwise stops at once with the one command', () => {
    const missing = { DEBIAN_CHROMIUM: '/nonexistent/chromium' };
    const installs = { code: 0, out: "== installing Debian's chromium for the end-to-end tests: apt-get update && apt-get install -y chromium\n" };
    const stops = {
      code: 1,
      out: "!! The end-to-end tests need Debian's chromium, which is not installed. Run this, then npm test again:\n   sudo sh -c 'apt-get update && apt-get install -y chromium'\n",
    };
    const root = process.getuid?.() === 0;
    expect(ensure(missing, ['--dry-run'])).toEqual(root ? installs : stops);
    // As root (CI), run it as the unprivileged user "nobody" too.
    if (root) expect(ensure(missing, ['--dry-run'], 65534)).toEqual(stops);
  });

  it('stops at once with the path to fix when CHROMIUM_PATH points at nothing', () => {
    const r = ensure({ CHROMIUM_PATH: '/nonexistent/chrome' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^!! CHROMIUM_PATH=\/nonexistent\/chrome is not a browser that can run/);
  });
});

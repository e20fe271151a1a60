import type { NextConfig } from 'next';
import security from './server/security-headers.json';
import { pagePolicy, PLAIN_PAGES } from './server/content-security-policy';

/**
 * Headers for every response come from server/security-headers.json (one list, also used by server/request-guard.cjs);
 * the page Content-Security-Policy comes from server/content-security-policy.ts: with its per-request nonce from
 * proxy.ts, or fixed (sent here) for the two pages served as plain HTML.
 */
const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone: `npm run serve:standalone` (README, "Self-hosting").
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: security.headers },
      ...PLAIN_PAGES.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: pagePolicy(null) }] })),
      // The icon is the one document the proxy skips: a browser may open it on its own.
      { source: '/icon.svg', headers: [{ key: 'Content-Security-Policy', value: security.fixedCsp }] },
    ];
  },
};

export default nextConfig;

import { NextResponse, type NextRequest } from 'next/server';
import { pagePolicy } from './server/content-security-policy';

/**
 * A fresh nonce for every App Router page request, in its Content-Security-Policy (server/content-security-policy.ts),
 * so Next's own inline scripts may run without 'unsafe-inline' or 'unsafe-eval'. Next reads the policy from the
 * request and stamps its scripts.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pagePolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Every request but the build's static files, the icon and the plain pages (`/`, `/results` and `/one-page`, PLAIN_PAGES, whose
 * fixed policy next.config.ts sends): prefetches too (`Purpose: prefetch`, `Next-Router-Prefetch`, RSC), so every HTML
 * response carries a policy. Methods and malformed addresses are answered before Next, by server/request-guard.cjs.
 */
export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg|results$|one-page$)(?!$).*)'],
};

import { NextResponse, type NextRequest } from 'next/server';

/**
 * A fresh nonce for every page request, so the Content-Security-Policy allows Next's own inline scripts
 * without 'unsafe-inline' or 'unsafe-eval'. Next reads the policy from the request and stamps its scripts.
 */
/** The pages served as plain HTML by the Pages Router (pages/index.tsx, pages/results.tsx). */
const PLAIN_PAGES = new Set(['/', '/results']);

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  // The start page and the results are plain HTML with no inline script or style (pages/): they need no nonce, and
  // allow only scripts and styles from this site, so the same page can be cached and served again.
  const plain = PLAIN_PAGES.has(request.nextUrl.pathname) && !dev;
  const policy = [
    "default-src 'self'",
    plain ? "script-src 'self'" : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    plain ? "style-src 'self'" : `style-src 'self' 'nonce-${nonce}'`,
    // The score bars set their width in a style attribute; no script can run from one.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The export reader parses large CSV files in a worker loaded from this site.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Every request but the build's static files and the icon: prefetches too (`Purpose: prefetch`, `Next-Router-Prefetch`,
 * RSC), so every HTML response carries the policy. Methods and malformed addresses are answered before Next, by
 * server/request-guard.cjs.
 */
export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg).*)'],
};

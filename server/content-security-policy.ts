/**
 * The Content-Security-Policy of every page, in one place.
 * - A page of the App Router gets a fresh nonce per request (proxy.ts), so Next's own inline scripts may run without
 *   'unsafe-inline' or 'unsafe-eval'; Next reads the policy from the request and stamps its scripts.
 * - The pages served as plain HTML by the Pages Router (PLAIN_PAGES: the start page, the results and the one-page
 *   form) have no inline script or style: their policy allows scripts and styles of this site only, needs no nonce and so is the same on
 *   every request (next.config.ts sends it; the proxy does not run for them).
 */
export const PLAIN_PAGES = ['/', '/results', '/one-page'] as const;

export function pagePolicy(nonce: string | null, dev = false): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}` : "script-src 'self'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
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
}

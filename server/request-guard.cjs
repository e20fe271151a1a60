/**
 * Answers the requests Next cannot answer cleanly, before Next sees them, with the security headers:
 * - a method a page does not take (TRACE, PUT, DELETE, PATCH, PROPFIND, OPTIONS…): 405 with an Allow header.
 *   (Next's proxy never runs for TRACE: undici refuses to build a Request for it and Next logs a 500 with a stack.)
 * - an address with a malformed percent-encoding (`/questions/%ff`, `/%E0%A4%A`, `/results?x=%`): 400.
 * - a POST body past MAX_POST_BYTES: 413 (past 1 MB Next logs a stack and answers a bare 500).
 *   (A bad escape in a dynamic segment fails in Next's router as a bare 500.)
 *
 * Loaded with `node --require ./server/request-guard.cjs` in front of `next start` and the standalone server.js:
 * both create their server with http.createServer, whose request listener this wraps. Nothing else is changed.
 */
'use strict';
const http = require('node:http');
const { headers: SECURITY_HEADERS, fixedCsp: FIXED_CSP } = require('./security-headers.json');

/**
 * Paths that take a POST: the bounce lookup posts the pasted text to itself; the results page sends an answers file
 * it opens to /answers-file, which reads it and answers in JSON.
 */
const POST_PATHS = new Set(['/smtp', '/answers-file']);
/**
 * Largest POST body read, in bytes: the bounce lookup's limit in characters (lib/smtp/limit.ts) at 4 bytes each, with
 * room for the form's own fields; well under Next's 1 MB, past which Next answers a bare 500 and logs a stack.
 */
const MAX_POST_BYTES = 256 * 1024;

/** The methods a path answers, for the Allow header. */
function allowedMethods(pathname) {
  return POST_PATHS.has(pathname) ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'];
}

function decodes(text) {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to answer instead of Next, or null to let Next answer.
 * @param {string | undefined} method
 * @param {string | undefined} url the request target as sent, e.g. "/questions/%ff?x=1"
 * @param {string | undefined} [contentLength] the Content-Length header, if any
 * @returns {{ status: 400 | 405 | 413, allow?: string } | null}
 */
function check(method, url, contentLength) {
  const target = url ?? '/';
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q + 1);
  const allowed = allowedMethods(path);
  if (!allowed.includes(method ?? '')) return { status: 405, allow: allowed.join(', ') };
  if (!decodes(path) || !query.split('&').every((part) => decodes(part.replace(/\+/g, ' ')))) return { status: 400 };
  if (method === 'POST' && Number(contentLength ?? 0) > MAX_POST_BYTES) return { status: 413 };
  return null;
}

const PAGES = {
  400: {
    title: 'This address cannot be read',
    text: 'The address has a broken character code: a % sign must be followed by two hexadecimal digits that spell a valid character. Check the link, or start again.',
  },
  405: {
    title: 'This page cannot do that',
    text: 'This page only shows information. Open it in a browser, or start again.',
  },
  413: {
    title: 'The text is too long',
    text: 'The bounce lookup reads only the part of a bounce that holds the codes. Go back and paste less: the lines with codes like 550 5.1.10 are enough.',
  },
};

function page(status) {
  const { title, text } = PAGES[status];
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Mail migration advisor</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}a{color:#1d4ed8}</style></head>
<body><main><h1>${title}</h1><p>${text}</p><p><a href="${status === 413 ? '/smtp' : '/'}">${status === 413 ? 'Go back to the bounce lookup' : 'Go to the start page'}</a></p></main></body></html>`;
}

/** Writes the 400 or 405 answer with the security headers; no body for HEAD. */
function answer(req, res, verdict) {
  const body = page(verdict.status);
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader('Content-Security-Policy', FIXED_CSP);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  if (verdict.allow) res.setHeader('Allow', verdict.allow);
  res.statusCode = verdict.status;
  if (verdict.status === 413) res.setHeader('Connection', 'close'); // the body is not read
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Wraps a request listener: hostile requests are answered here, the rest go on to Next. */
function guard(listener) {
  return function guarded(req, res) {
    const verdict = check(req.method, req.url, req.headers['content-length']);
    if (verdict) return answer(req, res, verdict);
    return listener.call(this, req, res);
  };
}

if (!http.createServer.guarded) {
  const createServer = http.createServer;
  const wrapped = function (...args) {
    const i = args.findIndex((a) => typeof a === 'function');
    if (i !== -1) args[i] = guard(args[i]);
    return createServer.apply(this, args);
  };
  wrapped.guarded = true;
  http.createServer = wrapped;
}

module.exports = { check, guard, allowedMethods };

import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { SITE, SiteChrome, plainHead, scriptTag, type PlainScript } from '@/components/site-chrome';

let sheets: string[] | null | undefined;

/**
 * The stylesheets the production build made from app/globals.css, as Next lists them for the Pages Router's _app
 * (.next/build-manifest.json), read once. Null when there is no such build (development): the page is then left to
 * Next to render.
 */
export function builtStylesheets(): string[] | null {
  if (sheets !== undefined) return sheets;
  try {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), '.next/build-manifest.json'), 'utf8')) as {
      pages?: Record<string, string[]>;
    };
    const css = (manifest.pages?.['/_app'] ?? []).filter((f) => f.endsWith('.css')).map((f) => `/_next/${f}`);
    sheets = process.env.NODE_ENV === 'production' && css.length > 0 ? css : null;
  } catch {
    sheets = null;
  }
  return sheets;
}

/**
 * A whole page as one HTML string, in one pass of React's string renderer, with the site's frame around `body`: no
 * script but `script`, nothing inline, nothing that varies per request but the page itself.
 */
export function plainPage({
  title,
  body,
  stylesheets,
  script,
}: {
  title: string;
  body: React.ReactNode;
  stylesheets: string[];
  script: PlainScript;
}): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang={SITE.lang}>
      <head>
        <meta charSet="utf-8" />
        {plainHead(title)}
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className={SITE.bodyClass}>
        <SiteChrome>{body}</SiteChrome>
        {scriptTag(script)}
      </body>
    </html>,
  )}`;
}

/**
 * Sends a plain page in one piece, when there is a production build to take the stylesheets from; false otherwise
 * (development), when the page is left to Next to render. `page` makes the page's body from the stylesheets.
 */
export function sendPlainPage(res: ServerResponse, page: (stylesheets: string[]) => string): boolean {
  const stylesheets = builtStylesheets();
  if (!stylesheets) return false;
  // Encoded once, so its length and its bytes come from the same pass.
  const body = Buffer.from(page(stylesheets));
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  res.setHeader('Content-Length', body.length);
  res.end(body);
  return true;
}

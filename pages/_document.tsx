import { Head, Html, Main, NextScript } from 'next/document';
import { SITE } from '@/components/site-chrome';

/**
 * The HTML frame of the pages the Pages Router serves (the start page, and the results in development), as
 * app/layout.tsx draws it for the rest. In production those pages send no script of Next's (`unstable_runtimeJS: false`).
 */
export default function SiteDocument() {
  return (
    <Html lang={SITE.lang}>
      <Head />
      <body className={SITE.bodyClass}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}

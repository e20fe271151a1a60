import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { SITE, SiteChrome } from '@/components/site-chrome';
import './globals.css';

export const metadata: Metadata = {
  title: { default: SITE.title, template: `%s – ${SITE.name}` },
  description: SITE.description,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection(); // every page is rendered per request, so each gets its own CSP nonce (proxy.ts)
  return (
    <html lang={SITE.lang}>
      <body className={SITE.bodyClass}>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}

import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Mail migration advisor for Microsoft 365', template: '%s – Mail migration advisor' },
  description: 'Which way to move your mail to Microsoft 365 — cutover, staged, hybrid or IMAP — with the reasons, the limits, the time it takes and the steps.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection(); // every page is rendered per request, so each gets its own CSP nonce (proxy.ts)
  return (
    <html lang="en-GB">
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to main content
        </a>
        <header className="no-print border-b-4 border-brand bg-brand-dark text-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-bold underline-offset-4 hover:underline">
              Mail migration advisor
            </Link>
            <nav aria-label="Main" className="flex gap-4 text-sm">
              <Link href="/questions/mailboxes" className="underline underline-offset-2">
                Get advice
              </Link>
              <Link href="/smtp" className="underline underline-offset-2">
                Bounce code lookup
              </Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-5xl border-t border-slate-300 px-4 py-6 text-sm text-slate-700">
          Advice from Microsoft’s published limits. Your answers live only in this page’s address; exports you open stay in this browser until you forget them. Nothing is stored on our server or sent to anyone else.
        </footer>
      </body>
    </html>
  );
}

import { PageLink } from '@/components/page-link';

/**
 * The frame of every page: the skip link, the header with its navigation and the footer. One home, used by the App
 * Router's layout (app/layout.tsx) and by the results page, which is rendered as plain HTML (pages/results.tsx).
 */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Skip to main content
      </a>
      <header className="no-print border-b-4 border-brand bg-brand-dark text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <PageLink href="/" className="text-lg font-bold underline-offset-4 hover:underline">
            Mail migration advisor
          </PageLink>
          <nav aria-label="Main" className="flex gap-4 text-sm">
            <PageLink href="/questions/mailboxes" className="underline underline-offset-2">
              Get advice
            </PageLink>
            <PageLink href="/smtp" className="underline underline-offset-2">
              Bounce code lookup
            </PageLink>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="no-print mx-auto max-w-5xl border-t border-slate-300 px-4 py-6 text-sm text-slate-700">
        Advice from Microsoft’s published limits. Your answers live only in this page’s address; exports you open stay in this browser until
        you forget them. Nothing is stored on our server or sent to anyone else.
      </footer>
    </>
  );
}

/** The site's name and description, for both routers' head. */
export const SITE = {
  name: 'Mail migration advisor',
  title: 'Mail migration advisor for Microsoft 365',
  description:
    'Which way to move your mail to Microsoft 365 — cutover, staged, hybrid or IMAP — with the reasons, the limits, the time it takes and the steps.',
  bodyClass: 'min-h-screen font-sans',
  lang: 'en-GB',
} as const;

/**
 * The head of a page the Pages Router serves (the start page and the results): title, viewport, description and icon
 * (the stylesheets are added apart). A page's title is followed by the site's name, as the App Router's template does.
 */
export function plainHead(title: string | null): React.ReactElement[] {
  return [
    <title key="title">{title ? `${title} – ${SITE.name}` : SITE.title}</title>,
    <meta key="viewport" name="viewport" content="width=device-width, initial-scale=1" />,
    <meta key="description" name="description" content={SITE.description} />,
    <link key="icon" rel="icon" href="/icon.svg" type="image/svg+xml" />,
  ];
}

/** A plain page's one script, a file of this site: a classic deferred script, or a module (which may load chunks). */
export interface PlainScript {
  src: string;
  module?: boolean;
}

/** The tag of a plain page's script: both kinds run once the document is parsed. */
export const scriptTag = ({ src, module = false }: PlainScript) =>
  // eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred by nature
  module ? <script type="module" src={src} /> : <script src={src} defer />;

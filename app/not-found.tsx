import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';

export const metadata: Metadata = { title: 'Page not found' };

/** Any address the advisor does not know (a mistyped question, an old link): where to go instead. */
export default function NotFound() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>If you typed the address, check it is correct. If you followed a link, the page may have moved.</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <PageLink href="/" className="text-brand underline underline-offset-2">
            Go to the start page
          </PageLink>
        </li>
        <li>
          <PageLink href="/questions" className="text-brand underline underline-offset-2">
            Answer the questions one at a time
          </PageLink>
        </li>
        <li>
          <PageLink href="/one-page" className="text-brand underline underline-offset-2">
            See all questions on one page
          </PageLink>
        </li>
      </ul>
    </div>
  );
}

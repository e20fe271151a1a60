import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { continueTarget } from '@/components/guided-continue';
import { PageLink } from '@/components/page-link';
import { GuidedQuestion } from '@/components/guided-question';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { valuesToQuery } from '@/lib/form-values';
import { questionBySlug } from '@/lib/questions';

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const q = questionBySlug((await params).slug);
  if (!q) return { title: 'Page not found' };
  const { invalid } = await readQuery(searchParams);
  return { title: `${invalid[q.field] ? 'Error: ' : ''}${q.title}` };
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const q = questionBySlug((await params).slug);
  if (!q) notFound();
  // Continue pressed before the page's script ran (or without JavaScript): the browser sent the form here.
  const target = continueTarget(q, await searchParams);
  if (target) redirect(target);
  if (q.field !== 'mailboxCount') return <GuidedQuestion key={q.slug} slug={q.slug} />;
  // The first question offers the admin's own exports, which fill it and several others.
  const query = valuesToQuery((await readQuery(searchParams)).values);
  return (
    <>
      <GuidedQuestion key={q.slug} slug={q.slug} />
      <p className="mt-8 max-w-2xl border-t border-slate-300 pt-4">
        On Exchange, the real numbers can come from your own servers:{' '}
        <PageLink href={`/exports${query ? `?${query}` : ''}`} className="text-brand underline underline-offset-2">
          fill answers from your Exchange exports
        </PageLink>
        .
      </p>
    </>
  );
}

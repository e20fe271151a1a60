import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuidedQuestion } from '@/components/guided-question';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { questionBySlug } from '@/lib/questions';

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const q = questionBySlug((await params).slug);
  if (!q) return { title: 'Page not found' };
  const { invalid } = await readQuery(searchParams);
  return { title: `${invalid[q.field] ? 'Error: ' : ''}${q.title}` };
}

export default async function QuestionPage({ params }: Props) {
  const q = questionBySlug((await params).slug);
  if (!q) notFound();
  return <GuidedQuestion key={q.slug} slug={q.slug} />;
}

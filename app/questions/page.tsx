import { redirect } from 'next/navigation';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { valuesToQuery } from '@/lib/form-values';
import { isAsked, QUESTIONS } from '@/lib/questions';

/** /questions goes to the first question that is wrong, or unanswered and asked for this mail system, keeping every answer. */
export default async function Questions({ searchParams }: { searchParams: SearchParams }) {
  const { values, invalid } = await readQuery(searchParams);
  const first = QUESTIONS.find((q) => invalid[q.field] || (values[q.field] === '' && isAsked(q, values.source)));
  const query = valuesToQuery(values);
  redirect(`${first ? `/questions/${first.slug}` : '/check'}${query ? `?${query}` : ''}`);
}

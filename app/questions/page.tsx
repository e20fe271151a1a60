import { redirect } from 'next/navigation';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { valuesToQuery } from '@/lib/form-values';
import { QUESTIONS } from '@/lib/questions';

/** /questions goes to the first question that is unanswered or wrong, keeping every answer. */
export default async function Questions({ searchParams }: { searchParams: SearchParams }) {
  const { values, invalid } = await readQuery(searchParams);
  const first = QUESTIONS.find((q) => invalid[q.field] || values[q.field] === '');
  const query = valuesToQuery(values);
  redirect(`${first ? `/questions/${first.slug}` : '/check'}${query ? `?${query}` : ''}`);
}

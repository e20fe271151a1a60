import Link from 'next/link';
import type { FieldErrors } from '@/lib/form-values';
import { QUESTIONS } from '@/lib/questions';

/** A server-rendered "There is a problem" box for answers that came in a URL, each linking to its question. */
export function AnswersProblems({ errors, query, intro }: { errors: FieldErrors; query: string; intro?: string }) {
  const items = QUESTIONS.filter((q) => errors[q.field]);
  if (items.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="answers-problem-title" className="mb-6 border-4 border-red-700 p-4">
      <h2 id="answers-problem-title" className="text-xl font-bold">
        There is a problem
      </h2>
      {intro && <p className="mt-1">{intro}</p>}
      <ul className="mt-2 space-y-1">
        {items.map((q) => (
          <li key={q.field}>
            <Link href={`/questions/${q.slug}?${query}${query ? '&' : ''}from=check`} className="font-semibold text-red-700 underline underline-offset-2">
              {errors[q.field]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

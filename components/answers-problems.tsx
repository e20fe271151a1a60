import type { FieldErrors } from '@/lib/form-values';
import { QUESTIONS } from '@/lib/questions';
import { ProblemBox } from './problem-box';
import { inSentence } from './words';

/** The answers in a URL that are missing or wrong, each naming its question and linking to it (answers kept). */
export function AnswersProblems({ errors, query, intro }: { errors: FieldErrors; query: string; intro?: string }) {
  const problems = QUESTIONS.filter((q) => errors[q.field]).map((q) => ({
    href: `/questions/${q.slug}?${query}${query ? '&' : ''}from=check`,
    message: `${q.label}: ${inSentence(errors[q.field]!)}`,
  }));
  return <ProblemBox problems={problems} intro={intro} />;
}

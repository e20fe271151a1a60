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

/** A page that needs the answers first: its heading, what is missing or wrong (answers kept), and the way to check them. */
export function NeedsAnswers({ title, errors, query, what }: { title: string; errors: FieldErrors; query: string; what: string }) {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <AnswersProblems errors={errors} query={query} intro={`${what} needs these answers first. Everything else you entered is kept.`} />
      <a href={`/check?${query}`} className="underline underline-offset-2">
        Check your answers
      </a>
    </div>
  );
}

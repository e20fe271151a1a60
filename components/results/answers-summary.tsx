import type { Answers } from '@/lib/answers';
import { describeValue } from '@/lib/labels';
import { isAsked, QUESTIONS } from '@/lib/questions';
import { changeHref } from '../change-link';
import { inSentence } from '../words';

/**
 * The answers the advice rests on: the answers given, each with a "Change" link, then the questions left unanswered
 * folded into one line (what the advice assumed for them is listed further down).
 */
export function AnswersSummary({ answers, query, from }: { answers: Answers; query: string; from?: string }) {
  const given = QUESTIONS.filter((q) => answers[q.field] !== undefined);
  const unanswered = QUESTIONS.filter((q) => answers[q.field] === undefined && isAsked(q, answers.source));
  return (
    <>
      <dl className="answers">
        {given.map((q) => (
          <div key={q.field}>
            <dt>{q.label}</dt>
            <dd>{describeValue(q.field, answers[q.field])}</dd>
            <dd className="no-print">
              <a href={changeHref(q.field, query, from === 'one-page' ? 'one-page' : undefined)} className="link">
                Change<span className="sr-only"> {inSentence(q.label)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      {unanswered.length > 0 && (
        <details className="fold mt-2">
          <summary>
            Not known: {unanswered.length === 1 ? '1 question' : `${unanswered.length} questions`}
          </summary>
          <p className="mt-1">{unanswered.map((q) => q.label).join(', ')}. What the advice assumed for each is under “What we assumed”.</p>
        </details>
      )}
    </>
  );
}

import type { Answers } from '@/lib/answers';
import { describeValue } from '@/lib/labels';
import { isAsked, QUESTIONS } from '@/lib/questions';

/**
 * The answers the advice rests on, as a compact list: only the answers given, then how many of the questions asked
 * for this mail system were left unanswered (what the advice assumed for them is listed further down).
 */
export function AnswersSummary({ answers, assumedId }: { answers: Answers; assumedId?: string }) {
  const given = QUESTIONS.filter((q) => answers[q.field] !== undefined);
  const unanswered = QUESTIONS.filter((q) => answers[q.field] === undefined && isAsked(q, answers.source)).length;
  return (
    <>
      <dl className="grid grid-cols-[minmax(0,12rem)_1fr] gap-x-6 gap-y-1 text-sm sm:grid-cols-[minmax(0,12rem)_1fr_minmax(0,12rem)_1fr]">
        {given.map((q) => (
          <div key={q.field} className="contents">
            <dt className="font-semibold">{q.label}</dt>
            <dd>{describeValue(q.field, answers[q.field])}</dd>
          </div>
        ))}
      </dl>
      {unanswered > 0 && (
        <p className="text-sm">
          {unanswered === 1 ? '1 question' : `${unanswered} questions`} not answered
          {assumedId && (
            <>
              {' '}
              (see{' '}
              <a href={`#${assumedId}`} className="text-brand underline underline-offset-2">
                What we assumed
              </a>
              )
            </>
          )}
          .
        </p>
      )}
    </>
  );
}

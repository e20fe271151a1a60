import type { Answers } from '@/lib/answers';
import { answerRows } from '@/lib/report/summary';

/** The answers the advice rests on, as a compact list (page one of the printed report). */
export function AnswersSummary({ answers }: { answers: Answers }) {
  return (
    <dl className="grid grid-cols-[minmax(0,12rem)_1fr] gap-x-6 gap-y-1 text-sm sm:grid-cols-[minmax(0,12rem)_1fr_minmax(0,12rem)_1fr]">
      {answerRows(answers).map((row) => (
        <div key={row.field} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

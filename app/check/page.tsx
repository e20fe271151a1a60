import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { AnswersProblems } from '@/components/answers-problems';
import { changeHref, editHref, originOf, withOrigin } from '@/components/change-link';
import { inSentence, sourceLabel } from '@/components/words';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { checkField, valuesToQuery } from '@/lib/form-values';
import { describeValue } from '@/lib/labels';
import { isAsked, questionFor, QUESTIONS, UNKNOWN } from '@/lib/questions';

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { answers } = await readQuery(searchParams);
  return { title: `${answers ? '' : 'Error: '}Check your answers` };
}

export default async function CheckAnswers({ searchParams }: Props) {
  const { values, errors } = await readQuery(searchParams);
  const from = originOf(await searchParams);
  const query = valuesToQuery(values);
  const source = sourceLabel(values.source);
  const shown = (field: (typeof QUESTIONS)[number]['field']) => {
    const raw = values[field];
    // An optional answer left blank or answered "I don’t know" reads "Not known", as on the results and in the reports.
    if (raw === UNKNOWN || (raw === '' && !questionFor(field).required)) return describeValue(field, undefined);
    if (raw === '') return 'Not answered';
    const check = checkField(field, raw);
    return check.ok ? describeValue(field, check.value) : raw;
  };
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Check your answers</h1>
      <AnswersProblems errors={errors} query={query} intro="Some answers are missing or not right. Nothing else you entered is lost." />
      <dl className="divide-y divide-slate-300 border-y border-slate-300">
        {QUESTIONS.map((q) => {
          // A question that does not apply to this mail system is not asked; its answer, if any, stays in the address.
          const skipped = !isAsked(q, values.source) && !errors[q.field];
          return (
            <div key={q.field} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
              <dt className="font-semibold">{q.label}</dt>
              <dd className={errors[q.field] ? 'font-semibold text-red-700' : skipped ? 'text-slate-700' : ''}>
                {skipped ? `Not asked for ${source}` : shown(q.field)}
              </dd>
              <dd>
                {!skipped && (
                  <PageLink href={changeHref(q.field, query, from)} className="text-brand underline underline-offset-2">
                    Change<span className="sr-only"> {inSentence(q.label)}</span>
                  </PageLink>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <p>
        On Exchange?{' '}
        <PageLink href={`/exports${query ? `?${query}` : ''}`} className="text-brand underline underline-offset-2">
          Fill answers from your Exchange exports
        </PageLink>
      </p>
      <div className="flex flex-wrap items-center gap-6">
        {Object.keys(errors).length === 0 && (
          <PageLink href={`/results?${withOrigin(query, from)}`} className="button-primary">
            See the advice
          </PageLink>
        )}
        {from === 'one-page' && (
          <PageLink href={editHref(query, from)} className="text-brand underline underline-offset-2">
            Back to all questions on one page
          </PageLink>
        )}
      </div>
    </div>
  );
}

import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { NeedsAnswers } from '@/components/answers-problems';
import { PlanView } from '@/components/plan/plan-view';
import { today } from '@/components/today';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import type { Method } from '@/lib/advice';
import { valuesToQuery } from '@/lib/form-values';
import { SCORING } from '@/lib/methods/scoring';
import { rank } from '@/lib/rank';

type Props = { searchParams: SearchParams };

export const metadata: Metadata = { title: 'Plan the moves' };

/** Plan the moves: waves, batch files and a pilot correction for the recommended method (or another that fits). */
export default async function Plan({ searchParams }: Props) {
  const { values, answers, errors } = await readQuery(searchParams);
  const query = valuesToQuery(values);
  if (!answers) {
    return <NeedsAnswers title="Plan the moves" what="The plan" errors={errors} query={query} />;
  }
  const date = today();
  const { ranking, recommended } = rank(answers, date);
  const viable = ranking.filter((r) => r.viable).map((r) => r.method);
  const asked = (await searchParams).method;
  const method: Method | null = typeof asked === 'string' && viable.includes(asked as Method) ? (asked as Method) : recommended;
  const link = 'text-brand underline underline-offset-2';
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Plan the moves{method ? `: ${SCORING[method].label}` : ''}</h1>
        <p>
          <PageLink href={`/results?${query}`} className={link}>
            Back to the advice
          </PageLink>
        </p>
        {typeof asked === 'string' && asked !== method && (
          <p role="status" className="border-l-8 border-amber-600 bg-amber-50 p-3">
            {asked in SCORING ? `${SCORING[asked as Method].label} does not fit these answers, so this plans the recommended method.` : 'The method in the address is not one we know, so this plans the recommended method.'}
          </p>
        )}
      </header>
      {!method && <p className="max-w-3xl">No method fits these answers, so there is nothing to plan yet. Change your answers to find one that fits.</p>}
      {method && viable.length > 1 && (
        <nav aria-label="Plan another method that fits">
          <p>
            Plan another method that fits:{' '}
            {viable
              .filter((m) => m !== method)
              .map((m, i) => (
                <span key={m}>
                  {i > 0 && ', '}
                  <PageLink href={`/plan?${query}&method=${m}`} className={link}>
                    {SCORING[m].label}
                  </PageLink>
                </span>
              ))}
          </p>
        </nav>
      )}
      {method && <PlanView answers={answers} method={method} date={date} />}
    </div>
  );
}

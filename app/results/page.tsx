import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswersProblems } from '@/components/answers-problems';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { AnswersSummary } from '@/components/results/answers-summary';
import { ExportBar } from '@/components/results/export-bar';
import { MethodDetails } from '@/components/results/method-details';
import { IdentitySection } from '@/components/results/identity-section';
import { PrintExpander } from '@/components/results/print-expander';
import { PrintShareLink } from '@/components/results/print-share-link';
import { ReadinessSection } from '@/components/results/readiness-section';
import { Ranking } from '@/components/results/ranking';
import { SourceLink } from '@/components/results/source-link';
import { assess } from '@/lib/assess';
import { today } from '@/components/today';
import { REGISTRY } from '@/lib/methods';
import { valuesFromAnswers, valuesToQuery } from '@/lib/form-values';
import { questionFor } from '@/lib/questions';
import { recommendationSentence } from '@/lib/report/headline';
import { citedSources } from '@/lib/report/sources';
import { SOURCES_CITED } from '@/lib/sources';
import { nothingWouldChange } from '@/lib/what-would-change';

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { answers } = await readQuery(searchParams);
  return { title: answers ? 'Your migration advice' : 'Error: Your migration advice' };
}

export default async function Results({ searchParams }: Props) {
  const { values, answers, errors } = await readQuery(searchParams);
  const query = valuesToQuery(values);
  if (!answers) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">Your migration advice</h1>
        <AnswersProblems errors={errors} query={query} intro="The advice needs these answers first. Everything else you entered is kept." />
        <Link href={`/check?${query}`} className="underline underline-offset-2">
          Check your answers
        </Link>
      </div>
    );
  }
  const advice = assess(answers, { date: today() });
  const h2 = 'text-2xl font-bold';
  return (
    <div className="space-y-8">
      <PrintExpander />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          {advice.recommended ? `Recommended: ${REGISTRY[advice.recommended].label}` : 'None of the methods fits these answers'}
        </h1>
        <p className="max-w-3xl text-lg">{recommendationSentence(answers, advice)}</p>
        <PrintShareLink />
      </header>
      <ExportBar query={valuesToQuery(valuesFromAnswers(answers))} />
      {advice.notes.map((n) => (
        <aside key={n.id} aria-label="Note" className="print-keep max-w-3xl border-l-8 border-brand bg-slate-50 p-4">
          <p>
            {n.text}{' '}
            <span className="text-sm">
              (source <SourceLink id={n.source} />)
            </span>
          </p>
        </aside>
      ))}
      <section aria-labelledby="ranking-title" className="space-y-3">
        <h2 id="ranking-title" className={h2}>
          How the methods compare
        </h2>
        <Ranking advice={advice} />
      </section>
      <section aria-labelledby="answers-title" className="print-keep space-y-2">
        <h2 id="answers-title" className={h2}>
          Your answers
        </h2>
        <AnswersSummary answers={answers} assumedId={advice.assumptions.length > 0 ? 'assumed-title' : undefined} />
        <p className="no-print">
          <Link href={`/check?${query}`} className="text-brand underline underline-offset-2">
            Change your answers
          </Link>
          {' · '}
          <Link href={`/compare?${query}`} className="text-brand underline underline-offset-2">
            Compare with one answer changed
          </Link>
        </p>
      </section>
      <section aria-labelledby="details-title" className="space-y-4">
        <h2 id="details-title" className={h2}>
          Each method in detail
        </h2>
        {advice.ranking.map((r) => (
          <MethodDetails key={r.method} ranked={r} plan={advice.plans[r.method]} answers={answers} open={r.method === advice.recommended} />
        ))}
      </section>
      {advice.readiness && <ReadinessSection readiness={advice.readiness} />}
      <IdentitySection identity={advice.identity} />
      {advice.whatWouldChange && (
        <section aria-labelledby="change-title" className="space-y-2">
          <h2 id="change-title" className={h2}>
            What would change the answer
          </h2>
          {advice.whatWouldChange.length === 0 && <p>{nothingWouldChange(advice.recommended)}</p>}
          {advice.whatWouldChange.length > 0 && (
            <p className="print:break-after-avoid">The nearest single changes that would put another method first:</p>
          )}
          {advice.whatWouldChange.length > 0 && (
            <ul className="list-disc space-y-1 pl-6">
              {advice.whatWouldChange.map((c) => {
                const changedQuery = valuesToQuery(valuesFromAnswers(c.answers));
                const slug = questionFor(c.field as Exclude<typeof c.field, 'version'>).slug;
                const to = new URLSearchParams(changedQuery).get(slug) ?? '';
                return (
                  <li key={c.field}>
                    <Link href={`/results?${changedQuery}`} className="text-brand underline underline-offset-2">
                      {c.text}
                    </Link>{' '}
                    <Link
                      href={`/compare?${query}&change=${slug}&to=${encodeURIComponent(to)}`}
                      className="no-print text-sm underline underline-offset-2"
                    >
                      compare side by side<span className="sr-only">: {c.text}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      {advice.assumptions.length > 0 && (
        <section aria-labelledby="assumed-title" className="space-y-2">
          <h2 id="assumed-title" className={h2}>
            What we assumed
          </h2>
          <ul className="list-disc space-y-1 pl-6 print:columns-2 print:gap-8 print:text-[10pt]">
            {advice.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sources-title" className="space-y-2">
        <h2 id="sources-title" className={h2}>
          Sources
        </h2>
        <p className="print:break-after-avoid">Rules last checked against these pages on {advice.rulesVersion}.</p>
        <ul className="sources-list space-y-1 print:text-[10pt]">
          {citedSources(advice).map((id) => (
            <li key={id}>
              {id}:{' '}
              <a href={SOURCES_CITED[id].url} rel="noreferrer" className="text-brand underline underline-offset-2">
                {SOURCES_CITED[id].title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import { NeedsAnswers } from '@/components/answers-problems';
import { AnswersSummary } from './answers-summary';
import { ExportBar } from './export-bar';
import { MethodDetails } from './method-details';
import { IdentitySection } from './identity-section';
import { HandoutSummary, HandoutTitle } from './handout';
import { OverviewCard } from './overview-card';
import { PreparedForForm, preparedFor } from './prepared-for';
import { RulesAppendix } from './rules-appendix';
import { editHref, withOrigin } from '@/components/change-link';
import { ReadinessSection } from './readiness-section';
import { Ranking } from './ranking';
import { SourceLink } from './source-link';
import { WaveTimeline } from '@/components/plan/wave-timeline';
import { finishLine, planIntro } from '@/lib/plan/render';
import { planWaves } from '@/lib/plan/waves';
import { assess } from '@/lib/assess';
import { formatDate } from '@/lib/format';
import { overview } from '@/lib/report/overview';
import { checkValues, valuesFromAnswers, valuesFromParams, valuesToQuery } from '@/lib/form-values';
import { questionFor } from '@/lib/questions';
import { recommendationSentence } from '@/lib/report/headline';
import { citedSources } from '@/lib/report/sources';
import { SOURCES_CITED } from '@/lib/sources';
import { nothingWouldChange } from '@/lib/what-would-change';

/** The query of a results address, as Next hands it over. */
export type ResultsParams = Record<string, string | string[] | undefined>;

/** What a results address holds: the answers' text as typed, the answers when they can be used, and what is wrong. */
export function readResults(params: ResultsParams) {
  const values = valuesFromParams(params);
  return { params, values, ...checkValues(values) };
}
export type ResultsInput = ReturnType<typeof readResults>;

/** The page's title: "Error: …" while the answers in the address cannot be used. */
export const resultsTitle = (input: ResultsInput): string => `${input.answers ? '' : 'Error: '}Your migration advice`;

/**
 * The whole results page for the answers in its address, assessed on `date`. It is plain markup, rendered once on the
 * server with no React in the browser (pages/results.tsx); the few things a button does are in results-page.client.ts.
 */
export function ResultsView({ input, date }: { input: ResultsInput; date: string }) {
  const { params, values, answers, errors } = input;
  const query = valuesToQuery(values);
  const from = params.from === 'one-page' ? 'one-page' : undefined;
  if (!answers) {
    return <NeedsAnswers title="Your migration advice" what="The advice" errors={errors} query={query} />;
  }
  const advice = assess(answers, { date });
  const o = overview(answers, advice);
  const name = preparedFor(params.for);
  const canonical = valuesToQuery(valuesFromAnswers(answers));
  const h2 = 'text-2xl font-bold';
  const plan = advice.recommended ? planWaves({ method: advice.recommended, answers, date }) : null;
  return (
    <div className="results space-y-6">
      <HandoutTitle preparedFor={name} assessedOn={date} rulesVersion={advice.rulesVersion} sharePath={`/results?${canonical}${name ? `&for=${encodeURIComponent(name)}` : ''}`} />
      <OverviewCard o={o} sentence={recommendationSentence(answers, advice)} />
      <HandoutSummary o={o} />
      <ExportBar query={canonical} />
      {advice.recommended && (
        <p className="no-print">
          <a href={`/plan?${canonical}`} className="link text-lg font-semibold">
            Plan the moves: waves, batch files and a pilot correction
          </a>
        </p>
      )}
      <div className="appendix space-y-6">
        <p className="hidden text-2xl font-bold print:block">Appendix: the full details</p>
        {advice.notes.map((n) => (
          <aside key={n.id} aria-label="Note" className="note print-keep">
            {n.text} (source <SourceLink id={n.source} />)
          </aside>
        ))}
        <section aria-labelledby="ranking-title" className="space-y-2">
          <h2 id="ranking-title" className={h2}>
            How the methods compare
          </h2>
          <Ranking advice={advice} />
        </section>
        <section aria-labelledby="answers-title" className="space-y-2">
          <h2 id="answers-title" className={h2}>
            Your answers
          </h2>
          <AnswersSummary answers={answers} query={query} from={from} />
          <p className="no-print">
            {from === 'one-page' ? (
              <a href={editHref(query, 'one-page')} className="link">
                Back to the one-page form
              </a>
            ) : (
              <a href={`/check?${query}`} className="link">
                Check all your answers
              </a>
            )}
            {' · '}
            <a href={from === 'one-page' ? `/check?${withOrigin(query, from)}` : editHref(query, 'one-page')} className="link">
              {from === 'one-page' ? 'Check all your answers' : 'Change them on one page'}
            </a>
            {' · '}
            <a href={`/compare?${query}`} className="link">
              Compare with one answer changed
            </a>
          </p>
        </section>
        <section aria-labelledby="details-title" className="space-y-2">
          <h2 id="details-title" className={h2}>
            Each method in detail
          </h2>
          {advice.ranking.map((r) => (
            <MethodDetails key={r.method} ranked={r} plan={advice.plans[r.method]} answers={answers} full={r.method === advice.recommended} />
          ))}
        </section>
        {plan && (
          <section aria-labelledby="waves-title" className="space-y-2">
            <h2 id="waves-title" className={h2}>
              The moves, wave by wave
            </h2>
            <p>
              {planIntro(plan)} {finishLine(plan, date)}{' '}
              <a href={`/plan?${canonical}`} className="link no-print">
                Plan them with your exports and pilot
              </a>
            </p>
            <WaveTimeline plan={plan} start={date} id="results-waves" />
          </section>
        )}
        {advice.readiness && <ReadinessSection readiness={advice.readiness} />}
        <IdentitySection identity={advice.identity} />
        {advice.whatWouldChange && (
          <section aria-labelledby="change-title" className="space-y-2">
            <h2 id="change-title" className={h2}>
              What would change the answer
            </h2>
            {advice.whatWouldChange.length === 0 && <p>{nothingWouldChange(advice.recommended)}</p>}
            {advice.whatWouldChange.length > 0 && <p className="print:break-after-avoid">The nearest single changes that would put another method first:</p>}
            {advice.whatWouldChange.length > 0 && (
              <ul className="list-disc space-y-1 pl-6">
                {advice.whatWouldChange.map((c) => {
                  const changedQuery = valuesToQuery(valuesFromAnswers(c.answers));
                  const slug = questionFor(c.field as Exclude<typeof c.field, 'version'>).slug;
                  const to = new URLSearchParams(changedQuery).get(slug) ?? '';
                  return (
                    <li key={c.field}>
                      <a href={`/results?${changedQuery}`} className="link">
                        {c.text}
                      </a>{' '}
                      <a href={`/compare?${query}&change=${slug}&to=${encodeURIComponent(to)}`} className="no-print link text-sm">
                        compare side by side<span className="sr-only">: {c.text}</span>
                      </a>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        )}
        {advice.assumptions.length > 0 && (
          <details className="fold" id="assumed">
            <summary className="text-xl font-bold">What we assumed</summary>
            <ul className="mt-2 list-disc space-y-1 pl-6 print:columns-2 print:gap-8 print:text-[10pt]">
              {advice.assumptions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </details>
        )}
        <details className="fold">
          <summary className="text-xl font-bold">Sources</summary>
          <p className="mt-2">Rules last checked against these pages on {formatDate(advice.rulesVersion)}.</p>
          <ul className="sources-list mt-1 space-y-1 print:text-[10pt]">
            {citedSources(advice).map((id) => (
              <li key={id}>
                {id}:{' '}
                <a href={SOURCES_CITED[id].url} rel="noreferrer" className="link">
                  {SOURCES_CITED[id].title}
                </a>
              </li>
            ))}
          </ul>
        </details>
        <RulesAppendix advice={advice} />
      </div>
      <PreparedForForm query={canonical} name={name} from={from} />
    </div>
  );
}

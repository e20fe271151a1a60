'use client';

import type { TimelineFit } from '@/lib/advice';
import type { Answers } from '@/lib/answers';
import { plural } from '@/lib/format';
import { liveAnswers, type FormValues } from '@/lib/form-values';
import { durationWords, liveSummary, signedPoints, type LiveMethod, type LiveSummary } from '@/lib/live-summary';
import { questionFor } from '@/lib/questions';
import { useReadinessCount, type ReadinessCount } from './use-readiness';
import { inSentence, listWords } from './words';

export interface LiveAdviceData {
  answers: Answers | null;
  summary: LiveSummary | null;
  missing: ReturnType<typeof liveAnswers>['missing'];
  date: string;
}

/** The advice for a set of answers as typed, on `date`. */
export function adviceFor(values: FormValues, date: string): LiveAdviceData {
  const { answers, missing } = liveAnswers(values);
  return { answers, summary: answers ? liveSummary(answers, date) : null, missing, date };
}

const FIT: Record<TimelineFit, string> = { fits: 'fits', tight: 'tight', 'does-not-fit': 'does not fit' };
const FIT_STYLE: Record<TimelineFit, string> = { fits: 'text-green-900', tight: 'text-amber-900', 'does-not-fit': 'text-red-800' };

const methodName = (m: LiveMethod) => (m.flavour ? `${m.label} (${m.flavour})` : m.label);
export const verdictOf = (s: LiveSummary) => {
  const first = s.methods[0];
  return s.recommended && first ? `Recommended: ${methodName(first)}` : 'None of the methods fits';
};

/** "About 2–5 weeks against your 8 weeks: fits" (or "blocked" when a mailbox is too large to move as it is). */
function Duration({ m, weeks }: { m: LiveMethod; weeks: number }) {
  if (!m.estimate) return null;
  const fit = m.blocked ? 'blocked' : FIT[m.estimate.fit];
  return (
    <p data-testid="live-duration">
      About {durationWords(m.estimate)} against your {plural(weeks, 'week')}:{' '}
      <strong className={m.blocked ? 'text-red-800' : FIT_STYLE[m.estimate.fit]}>{fit}</strong>
    </p>
  );
}

/** The deciding reasons with their signed points, largest first. */
function Reasons({ m, label }: { m: LiveMethod; label: string }) {
  if (m.reasons.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1" aria-label={label}>
      {m.reasons.map((r) => (
        <li key={r.rule} className="grid grid-cols-[3.2em_minmax(0,1fr)] gap-x-1">
          <span className={`font-semibold tabular-nums ${r.points > 0 ? 'text-green-900' : 'text-red-800'}`}>{signedPoints(r.points)}</span>
          <span>{r.text}</span>
        </li>
      ))}
    </ul>
  );
}

function Readiness({ count }: { count: ReadinessCount | null }) {
  if (!count) return <p className="text-slate-700">Readiness: counting the checks…</p>;
  return (
    <p data-testid="live-readiness">
      Readiness: {count.pass} of {plural(count.total, 'check')} ready, {count['needs-work']} to fix, {count.unknown} to check
    </p>
  );
}

/**
 * Each method in brief: a viable one with its score and duration (on one line when the panel is wide), a ruled-out one
 * with the limit that rules it out (in the A/B view, where two columns share the width, just "ruled out").
 */
function RankingList({
  summary,
  weeks,
  label,
  wide = false,
  brief = false,
}: {
  summary: LiveSummary;
  weeks: number;
  label: string;
  wide?: boolean;
  brief?: boolean;
}) {
  return (
    <ol className="mt-2 space-y-1 border-t border-slate-300 pt-2" aria-label={label}>
      {summary.methods.map((m) =>
        m.viable ? (
          <li key={m.method} className={wide ? 'flex flex-wrap items-baseline justify-between gap-x-2' : ''}>
            <span className={`font-semibold ${wide ? '' : 'block'}`}>{methodName(m)}</span>
            <span className="tabular-nums">
              {m.score} out of 100
              {m.estimate && (
                <span className="text-slate-700">
                  {' '}
                  · {durationWords(m.estimate)} of {weeks}: {m.blocked ? 'blocked' : FIT[m.estimate.fit]}
                </span>
              )}
            </span>
          </li>
        ) : (
          <li key={m.method}>
            <span className="font-semibold">{m.label}</span>: ruled out
            {!brief && m.ruledOutBecause && <span className="text-slate-700">. {m.ruledOutBecause}</span>}
          </li>
        ),
      )}
    </ol>
  );
}

const Missing = ({ missing }: { missing: LiveAdviceData['missing'] }) => (
  <p className="mt-2">Answer {listWords(missing.map((f) => inSentence(questionFor(f).label)))} to see the advice.</p>
);

/** "Recommended: Cutover migration, 5–13 days of 6 weeks" */
function verdictLine(advice: LiveAdviceData): string {
  const first = advice.summary?.methods[0];
  if (!advice.summary || !advice.answers)
    return `it appears once the ${advice.missing.length === 1 ? 'last required question is' : `${advice.missing.length} required questions are`} answered`;
  const duration =
    first?.estimate && advice.summary.recommended
      ? `, ${durationWords(first.estimate)} of ${plural(advice.answers.timelineWeeks, 'week')}`
      : '';
  return verdictOf(advice.summary) + duration;
}

/** One line near the top of the form on phones, kept in view while scrolling (not a live region: the panel is). */
export function LiveAdviceLine({ advice, scenarioA }: { advice: LiveAdviceData; scenarioA: LiveAdviceData | null }) {
  return (
    <p className="sticky top-0 z-10 -mx-4 border-b-2 border-brand bg-slate-50 px-4 py-2 lg:hidden" data-testid="live-line">
      <strong>Advice so far:</strong> {scenarioA ? `A: ${verdictLine(scenarioA)}. B: ${verdictLine(advice)}` : verdictLine(advice)}.{' '}
      {advice.summary && (
        <a href="#live-advice-title" className="text-brand underline underline-offset-2">
          Why
        </a>
      )}
    </p>
  );
}

/**
 * The meeting view beside the one-page form: the verdict and its duration against the deadline (announced as they
 * change), the deciding reasons with their points, readiness, and every method on a line.
 */
export function LiveAdvice({ advice, present = false }: { advice: LiveAdviceData; present?: boolean }) {
  const { summary, missing, answers } = advice;
  const first = summary?.recommended ? summary.methods[0] : undefined;
  const readiness = useReadinessCount(answers, summary?.recommended ?? null, advice.date);
  return (
    <div className={`rounded border-2 border-brand p-3 ${present ? 'text-lg' : 'text-sm'}`}>
      <h2 id="live-advice-title" className={`font-bold ${present ? 'text-2xl' : 'text-lg'}`}>
        Advice so far
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {summary && answers ? (
          <>
            <p className={`mt-1 font-semibold ${present ? 'text-3xl' : 'text-xl'}`} data-testid="live-recommendation">
              {verdictOf(summary)}
            </p>
            {first && <Duration m={first} weeks={answers.timelineWeeks} />}
          </>
        ) : (
          <Missing missing={missing} />
        )}
      </div>
      {summary && answers && (
        <>
          {first && <Reasons m={first} label={`Why ${first.label}`} />}
          {first && <Readiness count={readiness} />}
          <RankingList summary={summary} weeks={answers.timelineWeeks} label="Ranking" wide={present} />
        </>
      )}
    </div>
  );
}

/** One scenario's column in the A/B view: verdict, duration, deciding reasons and the other methods in brief. */
export function ScenarioColumn({ name, advice, present }: { name: string; advice: LiveAdviceData; present: boolean }) {
  const { summary, answers, missing } = advice;
  const first = summary?.recommended ? summary.methods[0] : undefined;
  return (
    <section
      aria-labelledby={`scenario-${name}`}
      className={`min-w-0 rounded border-2 border-slate-400 p-3 ${present ? 'text-xl' : 'text-sm'}`}
    >
      <h3 id={`scenario-${name}`} className={`font-bold ${present ? 'text-2xl' : 'text-base'}`}>
        Scenario {name}
      </h3>
      {summary && answers ? (
        <>
          <p className={`font-semibold ${present ? 'text-3xl' : 'text-lg'}`} data-testid={`scenario-${name}-verdict`}>
            {verdictOf(summary)}
          </p>
          {first && <Duration m={first} weeks={answers.timelineWeeks} />}
          {first && <Reasons m={first} label={`Why ${first.label} in scenario ${name}`} />}
          <RankingList summary={summary} weeks={answers.timelineWeeks} label={`Ranking in scenario ${name}`} brief />
        </>
      ) : (
        <Missing missing={missing} />
      )}
    </section>
  );
}

'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { rank } from '@/lib/rank';
import { SCORING } from '@/lib/methods/scoring';
import { liveAnswers, type FormValues } from '@/lib/form-values';
import { questionFor } from '@/lib/questions';
import { today } from './today';
import { inSentence } from './words';

export type LiveAdviceData = ReturnType<typeof useLiveAdvice>;

/** The advice for the answers so far: re-ranked on every change, deferred so typing never waits. */
export function useLiveAdvice(values: FormValues) {
  const deferred = useDeferredValue(values);
  const { answers, missing } = useMemo(() => liveAnswers(deferred), [deferred]);
  const [date] = useState(today);
  const ranked = useMemo(() => (answers ? rank(answers, date) : null), [answers, date]);
  return { ranked, missing };
}

const headline = ({ ranked }: LiveAdviceData) => (ranked?.recommended ? `Recommended: ${SCORING[ranked.recommended].label}` : 'None of the methods fits');

/** One line near the top of the form on phones, where the panel sits below the questions (not a live region: the panel is). */
export function LiveAdviceLine({ advice }: { advice: LiveAdviceData }) {
  return (
    <p className="rounded border-l-8 border-brand bg-slate-50 p-3 lg:hidden">
      <strong>Advice so far:</strong>{' '}
      {advice.ranked ? (
        <>
          {headline(advice)}.{' '}
          <a href="#live-advice-title" className="text-brand underline underline-offset-2">
            See the ranking
          </a>
        </>
      ) : (
        `it appears once the ${advice.missing.length === 1 ? 'last required question is' : `${advice.missing.length} required questions are`} answered.`
      )}
    </p>
  );
}

/** The advice summary beside the one-page form: the recommendation (announced as it changes) and the ranking. */
export function LiveAdvice({ advice }: { advice: LiveAdviceData }) {
  const { ranked, missing } = advice;
  return (
    <div className="rounded border-2 border-brand p-4">
      <h2 id="live-advice-title" className="text-xl font-bold">
        Advice so far
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {ranked ? (
          <p className="mt-2 text-lg font-semibold" data-testid="live-recommendation">
            {headline(advice)}
          </p>
        ) : (
          <p className="mt-2">Answer {missing.map((f) => inSentence(questionFor(f).label)).join(', ')} to see the advice.</p>
        )}
      </div>
      {ranked && (
        <ol className="mt-3 space-y-3" aria-label="Ranking">
          {ranked.ranking.map((r) => {
            if (!r.viable) {
              const why = r.reasons.find((x) => x.effect === 'excludes');
              return (
                <li key={r.method} className="text-sm">
                  <span className="font-semibold">{SCORING[r.method].label}</span>: ruled out{why && <span className="text-slate-700">. {why.text}</span>}
                </li>
              );
            }
            const top = r.reasons.filter((x) => x.effect !== 'excludes' && !x.rule.endsWith('.base') && Math.abs(x.effect) >= 10).slice(0, 2);
            return (
              <li key={r.method}>
                <div className="flex items-baseline justify-between gap-2">
                  <span className="font-semibold">{SCORING[r.method].label}</span>
                  <span className="shrink-0">{r.score} out of 100</span>
                </div>
                <div className="mt-1 h-2 rounded bg-slate-200" aria-hidden="true">
                  <div className="h-2 rounded bg-brand" style={{ width: `${r.score}%` }} />
                </div>
                <ul className="mt-1 text-sm text-slate-700">
                  {top.map((x) => (
                    <li key={x.rule}>{x.text}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

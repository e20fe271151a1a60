'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { rank } from '@/lib/assess';
import { REGISTRY } from '@/lib/methods';
import { liveAnswers, type FormValues } from '@/lib/form-values';
import { questionFor } from '@/lib/questions';
import { today } from './today';

/** The advice summary beside the one-page form: re-ranked on every change, deferred so typing never waits. */
export function LiveAdvice({ values }: { values: FormValues }) {
  const deferred = useDeferredValue(values);
  const { answers, missing } = useMemo(() => liveAnswers(deferred), [deferred]);
  const [date] = useState(today);
  const ranked = useMemo(() => (answers ? rank(answers, date) : null), [answers, date]);

  return (
    <section aria-labelledby="live-advice-title" className="rounded border-2 border-brand p-4">
      <h2 id="live-advice-title" className="text-xl font-bold">
        Advice so far
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {ranked ? (
          <p className="mt-2 text-lg font-semibold" data-testid="live-recommendation">
            {ranked.recommended ? `Recommended: ${REGISTRY[ranked.recommended].label}` : 'None of the methods fits'}
          </p>
        ) : (
          <p className="mt-2">Answer {missing.map((f) => questionFor(f).label.toLowerCase()).join(', ')} to see the advice.</p>
        )}
      </div>
      {ranked && (
        <ol className="mt-3 space-y-3" aria-label="Ranking">
          {ranked.ranking.map((r) => {
            const top = r.reasons.filter((x) => x.effect === 'excludes' || (!x.rule.endsWith('.base') && Math.abs(x.effect) >= 10)).slice(0, 2);
            return (
              <li key={r.method}>
                <div className="flex items-baseline justify-between gap-2">
                  <span className="font-semibold">{REGISTRY[r.method].label}</span>
                  <span>{r.viable ? `${r.score}/100` : 'ruled out'}</span>
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
    </section>
  );
}

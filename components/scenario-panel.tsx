'use client';

import type { FormValues } from '@/lib/form-values';
import { canonicalText, checkField } from '@/lib/form-values';
import { describeValue } from '@/lib/labels';
import { QUESTIONS } from '@/lib/questions';
import { ScenarioColumn, verdictOf, type LiveAdviceData } from './live-advice';

/** An answer as the summary shows it, from its text. */
function shown(field: (typeof QUESTIONS)[number]['field'], text: string): string {
  const check = checkField(field, text);
  return check.ok ? describeValue(field, check.value) : text.trim() || 'Not answered';
}

/** Scenario A (kept as it was) and scenario B (the form as it is now) side by side, with the answers that differ. */
export function ScenarioPanel({ a, aAdvice, b, bAdvice, present }: { a: FormValues; aAdvice: LiveAdviceData; b: FormValues; bAdvice: LiveAdviceData; present: boolean }) {
  const changed = QUESTIONS.filter((q) => canonicalText(q.field, a[q.field] ?? '') !== canonicalText(q.field, b[q.field] ?? ''));
  return (
    <div className="rounded border-2 border-brand p-3">
      <h2 id="live-advice-title" className={`font-bold ${present ? 'text-2xl' : 'text-lg'}`}>
        Scenario A and B
      </h2>
      <div className={present ? 'text-xl' : 'text-sm'} aria-live="polite" aria-atomic="true">
        {changed.length === 0 ? (
          <p>B is the same as A so far: change an answer to see the difference.</p>
        ) : (
          <>
            <p className="font-semibold">B changes:</p>
            <ul className="list-disc pl-5" aria-label="Answers that differ in scenario B">
              {changed.map((q) => (
                <li key={q.field}>
                  {q.label}: {shown(q.field, a[q.field] ?? '')} → {shown(q.field, b[q.field] ?? '')}
                </li>
              ))}
            </ul>
          </>
        )}
        {bAdvice.summary && <p className="sr-only">Scenario B: {verdictOf(bAdvice.summary)}</p>}
      </div>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <ScenarioColumn name="A" advice={aAdvice} present={present} />
        <ScenarioColumn name="B" advice={bAdvice} present={present} />
      </div>
    </div>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { canonicalText, formSchema, invalidPresentFields, QUESTION_FIELDS, valuesFromParams, valuesToQuery, type FormValues } from '@/lib/form-values';
import { isAsked, QUESTIONS, type Question } from '@/lib/questions';
import { ErrorSummary } from './error-summary';
import { inputId } from './ids';
import { LiveAdvice, LiveAdviceLine, useLiveAdvice } from './live-advice';
import { QuestionField } from './question-field';
import { inSentence } from './words';

/** Every question group, in page order; the type makes sure a new group gets a title (and so a place on the page). */
const GROUP_TITLES: Record<Question['group'], string> = {
  organisation: 'Your organisation and its mail',
  constraints: 'Budget, time and people',
  technical: 'Technical details (optional)',
  estate: 'Public folders, archives and what else moves (optional)',
  'sign-in': 'Sign-in (optional)',
};
const GROUPS = (Object.keys(GROUP_TITLES) as Question['group'][]).map((id) => ({ id, title: GROUP_TITLES[id] }));

/**
 * Every question asked for the chosen mail system on one screen, grouped, with the advice beside it updating as answers
 * change. A question not asked for the mail system is hidden, its answer kept (react-hook-form keeps unmounted values).
 */
export function OnePageForm() {
  const router = useRouter();
  const params = useSearchParams();
  // Read the address once, when the page opens: after that the form is the truth and the address follows it.
  const [{ values, initialErrors }] = useState(() => {
    const v = valuesFromParams(new URLSearchParams(params.toString()));
    return { values: v, initialErrors: invalidPresentFields(v) };
  });
  const resolver = useMemo(() => zodResolver(formSchema(QUESTION_FIELDS, false)), []);
  const { register, handleSubmit, formState, control } = useForm<FormValues>({ defaultValues: values, resolver: resolver as never, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false });
  const watched = useWatch({ control }) as FormValues;
  const advice = useLiveAdvice(watched);

  useEffect(() => {
    const timer = setTimeout(() => {
      const query = valuesToQuery(watched);
      window.history.replaceState(window.history.state, '', `/one-page${query ? `?${query}` : ''}`);
    }, 250);
    return () => clearTimeout(timer);
  }, [watched]);

  const errorOf = (q: Question) => formState.errors[q.field]?.message ?? (formState.submitCount === 0 ? initialErrors[q.field] : undefined);
  // The summary names each question, since many messages ("Select an answer from the list…") could be any of them.
  const summary = QUESTIONS.filter((q) => errorOf(q)).map((q) => ({ href: `#${inputId(q)}`, message: `${q.label}: ${inSentence(errorOf(q)!)}` }));
  const shown = (q: Question) => isAsked(q, watched.source ?? undefined) || Boolean(errorOf(q));

  const onValid = (data: FormValues) => {
    const canonical = Object.fromEntries(QUESTION_FIELDS.map((f) => [f, canonicalText(f, data[f] ?? '')])) as FormValues;
    router.push(`/check?${valuesToQuery(canonical)}`);
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form noValidate onSubmit={handleSubmit(onValid)} className="space-y-8" aria-label="Migration questions">
        <ErrorSummary errors={summary} attempt={formState.submitCount} />
        <LiveAdviceLine advice={advice} />
        {GROUPS.map((g) => {
          const questions = QUESTIONS.filter((q) => q.group === g.id && shown(q));
          if (questions.length === 0) return null;
          return (
            <fieldset key={g.id} className="space-y-6 border-t-2 border-slate-300 pt-4">
              <legend className="text-2xl font-bold">{g.title}</legend>
              {questions.map((q) => (
                <QuestionField key={q.field} question={q} register={register} error={errorOf(q)} />
              ))}
            </fieldset>
          );
        })}
        <button type="submit" className="rounded bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark">
          Check answers and see the full advice
        </button>
      </form>
      {/* On a desk the panel stays in view and scrolls on its own when taller than the window (focusable, so the keyboard can scroll it). */}
      <aside aria-labelledby="live-advice-title" tabIndex={0} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-auto">
        <LiveAdvice advice={advice} />
      </aside>
    </div>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useQueryParams } from './search-params';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  canonicalText,
  formSchema,
  invalidPresentFields,
  QUESTION_FIELDS,
  readBack,
  valuesFromParams,
  valuesToQuery,
  type FormValues,
} from '@/lib/form-values';
import { isAsked, QUESTIONS, type Question } from '@/lib/questions';
import { withOrigin } from './change-link';
import { ErrorSummary } from './error-summary';
import { inputId } from './ids';
import { LiveAdvice, LiveAdviceLine, useKeptAdvice, useLiveAdvice } from './live-advice';
import { modeFromParams, onePageUrl, readDraft, saveDraft, type OnePageMode } from './one-page-state';
import { QuestionField } from './question-field';
import { ScenarioPanel } from './scenario-panel';
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

/** How long typing pauses before the address follows the form (the tab's draft follows at once). */
const URL_DELAY_MS = 250;

const buttonClass = 'rounded border-2 border-slate-800 bg-white px-3 py-1.5 font-semibold hover:bg-slate-100';

/**
 * Every question asked for the chosen mail system on one screen, grouped, with the advice beside it updating as answers
 * change: the meeting view, with a present mode for a projector and a scenario A/B comparison. A question not asked
 * for the mail system is hidden, its answer kept (react-hook-form keeps unmounted values).
 */
export function OnePageForm({ intro }: { intro: React.ReactNode }) {
  const router = useRouter();
  const params = useQueryParams();
  // Read the address once, when the page opens: after that the form is the truth and the address follows it.
  const [{ values, initialErrors, initialMode }] = useState(() => {
    const search = new URLSearchParams(params.toString());
    const v = valuesFromParams(search);
    return { values: v, initialErrors: invalidPresentFields(v), initialMode: modeFromParams(search) };
  });
  const [mode, setMode] = useState<OnePageMode>(initialMode);
  const resolver = useMemo(() => zodResolver(formSchema(QUESTION_FIELDS)), []);
  const { register, handleSubmit, formState, control, reset, getValues } = useForm<FormValues>({
    defaultValues: values,
    resolver: resolver as never,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const watched = useWatch({ control }) as FormValues;
  const advice = useLiveAdvice(watched);
  const scenarioValues = useMemo(
    () => (mode.scenarioA === null ? null : valuesFromParams(new URLSearchParams(mode.scenarioA))),
    [mode.scenarioA],
  );
  const scenarioAdvice = useKeptAdvice(scenarioValues);

  // A reload or Back right after an edit: bring back what the form held when the page was hidden.
  useEffect(() => {
    const draft = readDraft();
    if (!draft || draft === window.location.pathname + window.location.search) return;
    const search = new URLSearchParams(draft.split('?')[1] ?? '');
    reset(valuesFromParams(search));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- session storage is read after hydration
    setMode(modeFromParams(search));
    window.history.replaceState(window.history.state, '', draft);
  }, [reset]);

  const url = useCallback(() => onePageUrl(getValues(), mode), [getValues, mode]);
  useEffect(() => {
    saveDraft(url());
    const timer = setTimeout(() => window.history.replaceState(window.history.state, '', url()), URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [watched, url]);
  useEffect(() => {
    const flush = () => {
      saveDraft(url());
      window.history.replaceState(window.history.state, '', url());
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [url]);

  const errorOf = (q: Question) => formState.errors[q.field]?.message ?? (formState.submitCount === 0 ? initialErrors[q.field] : undefined);
  // The summary names each question, since many messages ("Select an answer from the list…") could be any of them.
  const summary = QUESTIONS.filter((q) => errorOf(q)).map((q) => ({
    href: `#${inputId(q)}`,
    message: `${q.label}: ${inSentence(errorOf(q)!)}`,
  }));
  const shown = (q: Question) => isAsked(q, watched.source ?? undefined) || Boolean(errorOf(q));

  const onValid = (data: FormValues) => {
    const canonical = Object.fromEntries(QUESTION_FIELDS.map((f) => [f, canonicalText(f, data[f] ?? '')])) as FormValues;
    router.push(`/check?${withOrigin(valuesToQuery(canonical), 'one-page')}`);
  };

  const wide = mode.present || mode.scenarioA !== null;
  const startB = () => setMode((m) => ({ ...m, scenarioA: valuesToQuery(getValues()) }));
  const backToA = () => {
    if (scenarioValues) reset(scenarioValues);
    setMode((m) => ({ ...m, scenarioA: null }));
  };
  // Marks the form as interactive once hydrated (tests wait for it before typing, as a person waits for the page). Set
  // on the element, not in state, so hydrating does not render the whole form a second time.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (formRef.current) formRef.current.dataset.ready = 'true';
  }, []);
  const firstRender = useRef(true);
  useEffect(() => {
    // The mode is part of the address at once (no typing to wait for).
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.history.replaceState(window.history.state, '', url());
  }, [mode, url]);

  return (
    <div className={`grid gap-6 ${wide ? 'lg:-mx-[min(8rem,calc(50vw-50%-1rem))] lg:grid-cols-[minmax(0,1fr)_minmax(0,1.35fr)]' : 'lg:grid-cols-[minmax(0,1fr)_26rem]'}`}>
      <div className="min-w-0 space-y-6">
        {intro}
        <div className="no-print flex flex-wrap items-center gap-3" aria-label="Meeting view" role="group">
          <button type="button" aria-pressed={mode.present} onClick={() => setMode((m) => ({ ...m, present: !m.present }))} className={buttonClass}>
            Present mode
          </button>
          {mode.scenarioA === null ? (
            <button type="button" onClick={startB} className={buttonClass}>
              Compare with a scenario B
            </button>
          ) : (
            <>
              <button type="button" onClick={() => setMode((m) => ({ ...m, scenarioA: null }))} className={buttonClass}>
                Keep scenario B
              </button>
              <button type="button" onClick={backToA} className={buttonClass}>
                Back to scenario A
              </button>
            </>
          )}
        </div>
        <form noValidate onSubmit={handleSubmit(onValid)} className={`space-y-8 ${mode.present ? 'text-xl' : ''}`} aria-label="Migration questions" ref={formRef}>
          <ErrorSummary errors={summary} attempt={formState.submitCount} />
          <LiveAdviceLine advice={advice} scenarioA={scenarioAdvice} />
          {scenarioValues && <p className="border-l-8 border-slate-400 bg-slate-50 p-3">Scenario A is kept as it was. Change any answers here to build scenario B.</p>}
          {GROUPS.map((g) => {
            const questions = QUESTIONS.filter((q) => q.group === g.id && shown(q));
            if (questions.length === 0) return null;
            return (
              <fieldset key={g.id} className="space-y-6">
                <legend className="w-full border-t-2 border-slate-300 pt-4 text-2xl font-bold">{g.title}</legend>
                {questions.map((q) => (
                  <QuestionField key={q.field} question={q} register={register} error={errorOf(q)} readBack={readBack(q.field, watched[q.field] ?? '')} />
                ))}
              </fieldset>
            );
          })}
          <button type="submit" className="button-primary">
            Check answers and see the full advice
          </button>
        </form>
      </div>
      {/* On a desk the panel stays in view and scrolls on its own when taller than the window (focusable, so the keyboard can scroll it). */}
      <aside aria-labelledby="live-advice-title" tabIndex={0} className="lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-auto">
        {scenarioValues && scenarioAdvice ? <ScenarioPanel a={scenarioValues} aAdvice={scenarioAdvice} b={watched} bAdvice={advice} present={mode.present} /> : <LiveAdvice advice={advice} present={mode.present} />}
      </aside>
    </div>
  );
}

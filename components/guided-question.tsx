'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PageLink } from '@/components/page-link';
import { useRouter } from 'next/navigation';
import { useQueryParams } from './search-params';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  canonicalText,
  checkField,
  formSchema,
  invalidPresentFields,
  valuesFromParams,
  valuesToQuery,
  type FormValues,
} from '@/lib/form-values';
import { questionBySlug, REQUIRED_QUESTIONS, UNKNOWN, UNKNOWN_LABEL, type Question } from '@/lib/questions';
import { ErrorSummary } from './error-summary';
import { askedQuestions, continueHref, isReturningEntry, journeyHref, neighbours, readLatest, replaceEntry, withLatest, writeLatest } from './guided-journey';
import { sourceLabel } from './words';
import { inputId } from './ids';
import { QuestionField } from './question-field';
import { CONTINUE_PARAM, REFUSED } from './guided-continue';

/** How long typing pauses before a half-given answer is written to the address. */
const DRAFT_DELAY_MS = 250;

/**
 * "Question 3 of 5" for the five the advice needs, then "Optional question 2 of 12", counting only the optional
 * questions asked for this mail system: the start page promises five questions, and the counter keeps that promise.
 */
function Counter({ q, source }: { q: Question; source: string }) {
  const asked = askedQuestions(source).filter((x) => x.required === q.required);
  const position = asked.indexOf(q);
  if (position === -1) return <p className="text-slate-700">Not asked for {sourceLabel(source)}: you can skip it.</p>;
  return (
    <p className="text-slate-700">
      {q.required ? 'Question' : 'Optional question'} {position + 1} of {asked.length}
    </p>
  );
}

/**
 * One question a page (guided mode). Answers come from the address when the page opens (so reload and shared links
 * lose nothing), are checked when the person continues, and move on in the URL. An answer typed but not yet submitted
 * is written to this page's own address as it is typed; Back, Forward and reload also bring back answers given on
 * later pages (see guided-journey.ts). Questions that do not apply to the mail system chosen are skipped.
 */
export function GuidedQuestion({ slug }: { slug: string }) {
  const q: Question = questionBySlug(slug)!;
  const router = useRouter();
  const params = useQueryParams();
  const fromCheck = params.get('from') === 'check';
  const [own] = useState<FormValues>(() => valuesFromParams(new URLSearchParams(params.toString())));
  const [values, setValues] = useState<FormValues>(own);
  // An answer the server refused (sent before the script ran) shows its message even when it was left empty.
  const refused = params.get(CONTINUE_PARAM) === REFUSED;
  const initialError = useMemo(() => {
    const check = checkField(q.field, own[q.field]);
    return refused && !check.ok ? check.message : invalidPresentFields(own)[q.field];
  }, [own, q.field, refused]);
  const resolver = useMemo(() => zodResolver(formSchema([q.field])), [q.field]);
  const { register, handleSubmit, formState, control, reset } = useForm<FormValues>({
    defaultValues: own,
    resolver: resolver as never,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const draft = (useWatch({ control, name: q.field }) as string | null | undefined) ?? '';
  const attempt = formState.submitCount;
  const error = formState.errors[q.field]?.message ?? (attempt === 0 ? initialError : undefined);

  const link = useCallback((path: string, v: FormValues) => journeyHref(path, v, fromCheck), [fromCheck]);
  // What the page stands on now: the answers it opened with (topped up on a return) and the answer being typed.
  const current = useMemo(() => ({ ...values, [q.field]: draft }), [values, q.field, draft]);

  // Read while rendering: after a traversal Next.js may rewrite the entry's state before effects run.
  const [returning] = useState(() => typeof window !== 'undefined' && isReturningEntry());
  useEffect(() => {
    // Back, Forward or reload to an entry shown before: answers given later (on later pages) are not dropped.
    const start = returning ? withLatest(own, readLatest()) : own;
    writeLatest(start);
    replaceEntry(link(`/questions/${q.slug}`, start));
    if (valuesToQuery(start) !== valuesToQuery(own)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- history and session storage are read after hydration
      setValues(start);
      reset(start);
    }
  }, [own, returning, q.slug, link, reset]);

  const typed = useRef(false);
  useEffect(() => {
    // An answer typed but not submitted is kept for Back and Forward at once, and in this page's address (as the
    // one-page form does) once typing pauses. Nothing is written before the person changes the answer.
    if (draft !== values[q.field]) typed.current = true;
    if (!typed.current) return;
    writeLatest(current);
    const timer = setTimeout(() => replaceEntry(link(`/questions/${q.slug}`, current)), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [current, draft, values, q.field, q.slug, link]);

  const { previous } = neighbours(q, current.source);
  const backHref = fromCheck ? link('/check', current) : previous ? link(`/questions/${previous.slug}`, current) : '/';
  const requiredDone = REQUIRED_QUESTIONS.every((r) => checkField(r.field, current[r.field]).ok);

  const go = (text: string) => {
    const answered = { ...current, [q.field]: text };
    writeLatest(answered);
    // Keep this answer in this page's own history entry, so the browser's Back button finds it.
    replaceEntry(link(`/questions/${q.slug}`, answered));
    router.push(continueHref(q, answered, fromCheck));
  };
  const onValid = (data: FormValues) => go(canonicalText(q.field, data[q.field] ?? ''));
  const numeric = q.kind === 'count' || q.kind === 'amount';

  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Back" className="no-print">
        <PageLink href={backHref} className="underline underline-offset-2">
          Back
        </PageLink>
      </nav>
      <Counter q={q} source={current.source} />
      {/* Sent by the browser itself if Continue is pressed before this script runs: the server goes on (guided-continue.ts). */}
      <form noValidate onSubmit={handleSubmit(onValid)} method="get" action={`/questions/${q.slug}`} className="space-y-6">
        <input type="hidden" name={CONTINUE_PARAM} value="form" />
        {[...new URLSearchParams(valuesToQuery({ ...values, [q.field]: '' }))].map(([slug, text]) => (
          <input key={slug} type="hidden" name={slug} value={text} />
        ))}
        {fromCheck && <input type="hidden" name="from" value="check" />}
        <ErrorSummary errors={error ? [{ href: `#${inputId(q)}`, message: error }] : []} attempt={attempt} />
        <QuestionField question={q} binding={{ register }} error={error} asPageHeading />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" aria-describedby={q.required ? undefined : 'optional-note'} className="button-primary">
            Continue
          </button>
          {numeric && !q.required && (
            <button type="button" onClick={() => go(UNKNOWN)} className="button-secondary">
              {UNKNOWN_LABEL}
            </button>
          )}
          {!q.required && (
            <p id="optional-note" className="basis-full text-slate-700">
              Optional: continue without an answer, or answer “{UNKNOWN_LABEL}”, if it is not known.
            </p>
          )}
        </div>
      </form>
      {requiredDone && !q.required && !fromCheck && (
        <p>
          <PageLink href={link('/check', current)} className="font-semibold text-brand underline underline-offset-2">
            Skip the rest and see the advice
          </PageLink>
        </p>
      )}
    </div>
  );
}

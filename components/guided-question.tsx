'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { canonicalText, checkField, formSchema, invalidPresentFields, valuesFromParams, valuesToQuery, type FormValues } from '@/lib/form-values';
import { QUESTIONS, REQUIRED_QUESTIONS, UNKNOWN, UNKNOWN_LABEL, type Question } from '@/lib/questions';
import { ErrorSummary } from './error-summary';
import { inputId } from './ids';
import { QuestionField } from './question-field';

/**
 * One question a page (guided mode). Answers come from the address when the page opens (so Back,
 * reload and shared links lose nothing), are checked when the person continues, and move on in the URL.
 */
export function GuidedQuestion({ slug }: { slug: string }) {
  const index = QUESTIONS.findIndex((x) => x.slug === slug);
  const q: Question = QUESTIONS[index]!;
  const router = useRouter();
  const params = useSearchParams();
  const [values] = useState<FormValues>(() => valuesFromParams(new URLSearchParams(params.toString())));
  const fromCheck = params.get('from') === 'check';
  const initialError = useMemo(() => invalidPresentFields(values)[q.field], [values, q.field]);
  const resolver = useMemo(() => zodResolver(formSchema([q.field], true)), [q.field]);
  const { register, handleSubmit, formState } = useForm<FormValues>({
    defaultValues: values,
    resolver: resolver as never,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const attempt = formState.submitCount;
  const error = formState.errors[q.field]?.message ?? (attempt === 0 ? initialError : undefined);

  const previous = QUESTIONS[index - 1];
  const next = QUESTIONS[index + 1];
  const link = (path: string, v: FormValues) => `${path}?${[valuesToQuery(v), fromCheck ? 'from=check' : ''].filter(Boolean).join('&')}`;
  const backHref = fromCheck ? link('/check', values) : previous ? link(`/questions/${previous.slug}`, values) : '/';
  const requiredDone = REQUIRED_QUESTIONS.every((r) => checkField(r.field, values[r.field]).ok);

  const go = (text: string) => {
    const answered = { ...values, [q.field]: text };
    // Keep this answer in this page's own history entry, so the browser's Back button finds it.
    window.history.replaceState(window.history.state, '', link(`/questions/${q.slug}`, answered));
    router.push(link(fromCheck || !next ? '/check' : `/questions/${next.slug}`, answered));
  };
  const onValid = (data: FormValues) => go(canonicalText(q.field, data[q.field] ?? ''));
  const numeric = q.kind === 'count' || q.kind === 'amount';

  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label="Back" className="no-print">
        <Link href={backHref} className="underline underline-offset-2">
          Back
        </Link>
      </nav>
      <p className="text-slate-700">
        Question {index + 1} of {QUESTIONS.length}
        {!q.required && <span> · optional refinement</span>}
      </p>
      <form noValidate onSubmit={handleSubmit(onValid)} className="space-y-6">
        <ErrorSummary errors={error ? [{ href: `#${inputId(q)}`, message: error }] : []} attempt={attempt} />
        <QuestionField question={q} register={register} error={error} asPageHeading />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark">
            Continue
          </button>
          {numeric && !q.required && (
            <button type="button" onClick={() => go(UNKNOWN)} className="rounded border-2 border-slate-800 px-5 py-3 text-lg font-semibold hover:bg-slate-100">
              {UNKNOWN_LABEL}
            </button>
          )}
        </div>
      </form>
      {requiredDone && !q.required && !fromCheck && (
        <p>
          <Link href={link('/check', values)} className="font-semibold text-brand underline underline-offset-2">
            Skip the rest and see the advice
          </Link>
        </p>
      )}
    </div>
  );
}

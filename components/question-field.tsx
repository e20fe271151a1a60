import type { UseFormRegister } from 'react-hook-form';
import type { FormValues } from '@/lib/form-values';
import { UNKNOWN, UNKNOWN_LABEL, YES_NO_OPTIONS, type Question } from '@/lib/questions';
import { HelpDetails } from './help-details';
import { errorId, hintId, inputId, readBackId, readBackLine } from './ids';

/**
 * What ties a question's inputs to the answers: react-hook-form's `register` (the guided pages), or the answers
 * themselves for a form rendered as plain HTML (the one-page form), which fills each input from them.
 */
export type FieldBinding = { register: UseFormRegister<FormValues> } | { values: FormValues };

/** The attributes that tie one input to its answer: the text input's, or one radio option's (`option`). */
function bound(binding: FieldBinding, q: Question, option?: string) {
  if ('register' in binding) return binding.register(q.field);
  const value = binding.values[q.field];
  // A number not known reads as an empty box (as it was left), not the word "unknown" the address carries.
  return option === undefined ? { name: q.field, defaultValue: value === UNKNOWN ? '' : value } : { name: q.field, defaultChecked: value === option };
}

interface Props {
  question: Question;
  binding: FieldBinding;
  error?: string;
  /** Guided mode: the question is the page's heading. */
  asPageHeading?: boolean;
  /** How a number typed with a unit or shorthand was read ("9,216 GB"), shown back under the field. */
  readBack?: string;
}

/**
 * One question: label or legend, hint, error, and "How do I find this out?". A number's read-back line is always there
 * (hidden while empty), so a script can fill it as the answer is typed.
 */
export function QuestionField({ question: q, binding, error, asPageHeading = false, readBack }: Props) {
  const numeric = q.kind === 'count' || q.kind === 'amount';
  const describedBy = [hintId(q), error ? errorId(q) : '', numeric && !error ? readBackId(q) : ''].filter(Boolean).join(' ');
  // On the one-page form in present mode (its root's data-present), the titles and choices grow with the rest.
  const titleClass = asPageHeading ? 'text-2xl sm:text-3xl font-bold' : 'text-lg font-semibold group-data-present/page:text-2xl';
  const errorText = error && (
    <p id={errorId(q)} className="mt-1 font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  );
  // The red bar while there is an error sits in the page's left margin, so the question stays in line with Back and
  // Continue; it is drawn on a wrapper, since a fieldset's own border would start halfway down its legend.
  const wrap = error ? '-ml-4 border-l-4 border-red-700 pl-3' : '';

  if (numeric) {
    const label = (
      <label htmlFor={inputId(q)} className={titleClass}>
        {q.title}
      </label>
    );
    return (
      <div className={wrap}>
        {asPageHeading ? <h1>{label}</h1> : label}
        <p id={hintId(q)} className="mt-1 text-slate-700">
          {q.hint}
        </p>
        {errorText}
        <div className="mt-2 flex items-center gap-2">
          <input
            id={inputId(q)}
            type="text"
            inputMode={q.kind === 'count' ? 'numeric' : 'decimal'}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className={`w-40 rounded border-2 px-2 py-2 text-lg ${error ? 'border-red-700' : 'border-slate-800'}`}
            {...bound(binding, q)}
          />
          {/* Hidden while a unit typed in the box is read back below ("9 TB" would read "9 TB GB"). */}
          {q.unit && (
            <span aria-hidden="true" data-unit={q.field} hidden={Boolean(readBack) && !error}>
              {q.unit}
            </span>
          )}
        </div>
        {!error && (
          <p id={readBackId(q)} className="mt-1 text-slate-700" data-testid="read-back" hidden={!readBack}>
            {readBack ? readBackLine(readBack) : ''}
          </p>
        )}
        {q.help && <HelpDetails help={q.help} />}
      </div>
    );
  }

  const options = q.kind === 'yes-no' ? YES_NO_OPTIONS : (q.options ?? []);
  const all = q.required ? options : [...options, { value: UNKNOWN, label: UNKNOWN_LABEL, hint: undefined }];
  return (
    <div className={wrap}>
      <fieldset aria-describedby={describedBy}>
        <legend className={titleClass}>{asPageHeading ? <h1>{q.title}</h1> : q.title}</legend>
        <p id={hintId(q)} className="mt-1 text-slate-700">
          {q.hint}
        </p>
        {errorText}
        <div className="mt-3 space-y-3">
          {all.map((o, i) => (
            <div key={o.value} className="flex items-start gap-3">
              <input
                id={`f-${q.slug}-${i}`}
                type="radio"
                value={o.value}
                className="choice-input"
                aria-describedby={o.hint ? `f-${q.slug}-${i}-hint` : undefined}
                {...bound(binding, q, o.value)}
              />
              <div className="pt-1.5">
                <label htmlFor={`f-${q.slug}-${i}`} className="cursor-pointer text-lg group-data-present/page:text-xl">
                  {o.label}
                </label>
                {o.hint && (
                  <p id={`f-${q.slug}-${i}-hint`} className="text-base text-slate-700 group-data-present/page:text-lg">
                    {o.hint}
                  </p>
                )}
              </div>
            </div>
          ))}
        </div>
        {q.help && <HelpDetails help={q.help} />}
      </fieldset>
    </div>
  );
}

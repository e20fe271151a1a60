import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswersProblems } from '@/components/answers-problems';
import { ProblemBox } from '@/components/problem-box';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { CompareColumns } from '@/components/results/compare-columns';
import { today } from '@/components/today';
import { assess } from '@/lib/assess';
import { checkField, checkValues, valuesToQuery } from '@/lib/form-values';
import { describeValue } from '@/lib/labels';
import { QUESTIONS, UNKNOWN, UNKNOWN_LABEL, YES_NO_OPTIONS, questionBySlug, type Question } from '@/lib/questions';
import { inSentence } from '@/components/words';

type Props = { searchParams: SearchParams };

async function readCompare(searchParams: SearchParams) {
  const params = await searchParams;
  const base = await readQuery(searchParams);
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const question = questionBySlug(one(params.change));
  const to = one(params.to);
  const check = question && to !== '' ? checkField(question.field, to, true) : undefined;
  return { ...base, question, to, check };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { answers, check } = await readCompare(searchParams);
  return { title: `${!answers || (check && !check.ok) ? 'Error: ' : ''}Compare answers` };
}

function Hidden({ query }: { query: string }) {
  return [...new URLSearchParams(query)].map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />);
}

function NewValueInput({ q, to, error }: { q: Question; to: string; error?: string }) {
  const describedBy = error ? 'to-error' : undefined;
  const errorText = error && (
    <p id="to-error" className="font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  );
  if (q.kind === 'count' || q.kind === 'amount') {
    return (
      <div>
        <label htmlFor="to" className="font-semibold">
          New answer: {q.title}
        </label>
        {errorText}
        <input id="to" name="to" defaultValue={to} aria-invalid={error ? true : undefined} aria-describedby={describedBy} inputMode="decimal" className="mt-1 block w-40 rounded border-2 border-slate-800 px-2 py-2" />
      </div>
    );
  }
  const options = [...(q.kind === 'yes-no' ? YES_NO_OPTIONS : (q.options ?? [])), ...(q.required ? [] : [{ value: UNKNOWN, label: UNKNOWN_LABEL }])];
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="font-semibold">New answer: {q.title}</legend>
      {errorText}
      {options.map((o, i) => (
        <div key={o.value} className="mt-1 flex items-start gap-2">
          <input type="radio" id={i === 0 ? 'to' : `to-${i}`} name="to" value={o.value} defaultChecked={o.value === to} className="mt-0.5 h-5 w-5 shrink-0 accent-brand" />
          <label htmlFor={i === 0 ? 'to' : `to-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export default async function Compare({ searchParams }: Props) {
  const { values, answers, errors, question: q, to, check } = await readCompare(searchParams);
  const query = valuesToQuery(values);
  const changed = q && check?.ok ? checkValues({ ...values, [q.field]: to }).answers : null;
  const error = check && !check.ok ? check.message : undefined;
  const date = today();

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Compare answers</h1>
      <p className="max-w-2xl">Change one answer and see how the ranking moves, side by side.</p>
      {!answers && <AnswersProblems errors={errors} query={query} intro="These answers need fixing before they can be compared. Nothing else is lost." />}
      {error && <ProblemBox problems={[{ href: '#to', message: error }]} />}
      {answers && (
        <form method="get" action="/compare" className="no-print space-y-4 rounded bg-slate-100 p-4">
          <Hidden query={query} />
          <div>
            <label htmlFor="change" className="font-semibold">
              Answer to change
            </label>
            <select id="change" name="change" defaultValue={q?.slug} className="mt-1 block w-full max-w-md rounded border-2 border-slate-800 bg-white px-2 py-2">
              {QUESTIONS.map((x) => (
                <option key={x.slug} value={x.slug}>
                  {x.label} (now: {describeValue(x.field, answers[x.field])})
                </option>
              ))}
            </select>
          </div>
          {q ? <NewValueInput q={q} to={to} error={error} /> : null}
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {q ? 'Compare' : 'Choose this answer'}
          </button>
        </form>
      )}
      {answers && changed && q && (
        <>
          <CompareColumns
            columns={[
              { title: `Now (${inSentence(q.label)}: ${describeValue(q.field, answers[q.field])})`, advice: assess(answers, { date, whatWouldChange: false }) },
              { title: `With ${inSentence(q.label)}: ${describeValue(q.field, changed[q.field])}`, advice: assess(changed, { date, whatWouldChange: false }) },
            ]}
          />
          <p>
            <Link href={`/results?${valuesToQuery({ ...values, [q.field]: to })}`} className="text-brand underline underline-offset-2">
              Open the full advice with this change
            </Link>
          </p>
        </>
      )}
      <p className="no-print">
        <Link href={`/results?${query}`} className="underline underline-offset-2">
          Back to the advice
        </Link>
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { AnswersProblems } from '@/components/answers-problems';
import { originOf, withOrigin } from '@/components/change-link';
import { ReasonsMovedList } from '@/components/reasons-moved-list';
import { ProblemBox } from '@/components/problem-box';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { CompareColumns } from '@/components/results/compare-columns';
import { today } from '@/components/today';
import { assess } from '@/lib/assess';
import { checkField, checkValues, firstParam, valuesFromAnswers, valuesToQuery } from '@/lib/form-values';
import { describeValue } from '@/lib/labels';
import { QUESTIONS, UNKNOWN, UNKNOWN_LABEL, YES_NO_OPTIONS, questionBySlug, type Question } from '@/lib/questions';
import { inSentence } from '@/components/words';

type Props = { searchParams: SearchParams };

async function readCompare(searchParams: SearchParams) {
  const params = await searchParams;
  const base = await readQuery(searchParams);
  const question = questionBySlug(firstParam(params.change) ?? '');
  const to = firstParam(params.to) ?? '';
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
        <input
          id="to"
          name="to"
          defaultValue={to}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          inputMode="decimal"
          className="mt-1 block w-40 rounded border-2 border-slate-800 px-2 py-2"
        />
      </div>
    );
  }
  const options = [
    ...(q.kind === 'yes-no' ? YES_NO_OPTIONS : (q.options ?? [])),
    ...(q.required ? [] : [{ value: UNKNOWN, label: UNKNOWN_LABEL }]),
  ];
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="font-semibold">New answer: {q.title}</legend>
      {errorText}
      {options.map((o, i) => (
        <div key={o.value} className="mt-1 flex items-start gap-2">
          <input
            type="radio"
            id={i === 0 ? 'to' : `to-${i}`}
            name="to"
            value={o.value}
            defaultChecked={o.value === to}
            className="choice-input"
          />
          <label htmlFor={i === 0 ? 'to' : `to-${i}`} className="cursor-pointer pt-2">
            {o.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export default async function Compare({ searchParams }: Props) {
  const { values, answers, errors, question: q, to, check } = await readCompare(searchParams);
  const from = originOf(await searchParams);
  const query = valuesToQuery(values);
  const changed = q && check?.ok ? checkValues({ ...values, [q.field]: to }).answers : null;
  const error = check && !check.ok ? check.message : undefined;
  const date = today();
  const before = answers ? assess(answers, { date, whatWouldChange: !changed }) : null;
  const after = changed ? assess(changed, { date, whatWouldChange: false }) : null;
  // One click a what-if: the levers the engine found would change the answer, each as a ready comparison.
  const quick = (before?.whatWouldChange ?? []).map((c) => {
    const slug = QUESTIONS.find((x) => x.field === c.field)?.slug ?? '';
    const value = valuesFromAnswers(c.answers)[c.field as (typeof QUESTIONS)[number]['field']];
    return { text: c.text, href: `/compare?${withOrigin(query, from)}&change=${slug}&to=${encodeURIComponent(value)}` };
  });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Compare answers</h1>
      <p className="max-w-2xl">Change one answer and see how the ranking moves, side by side.</p>
      {!answers && (
        <AnswersProblems
          errors={errors}
          query={query}
          intro="These answers need fixing before they can be compared. Nothing else is lost."
        />
      )}
      {error && <ProblemBox problems={[{ href: '#to', message: error }]} />}
      {answers && !changed && quick.length > 0 && (
        <section aria-labelledby="quick-title" className="no-print">
          <h2 id="quick-title" className="text-xl font-bold">
            Quick what-ifs
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {quick.map((w) => (
              <li key={w.href}>
                <PageLink href={w.href} className="text-brand underline underline-offset-2">
                  {w.text}
                </PageLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {answers && (
        <form method="get" action="/compare" className="no-print space-y-4 rounded bg-slate-100 p-4">
          <Hidden query={withOrigin(query, from)} />
          <div>
            <label htmlFor="change" className="font-semibold">
              Answer to change
            </label>
            <select
              id="change"
              name="change"
              defaultValue={q?.slug}
              className="mt-1 block w-full max-w-md rounded border-2 border-slate-800 bg-white px-2 py-2"
            >
              {QUESTIONS.map((x) => (
                <option key={x.slug} value={x.slug}>
                  {x.label} (now: {describeValue(x.field, answers[x.field])})
                </option>
              ))}
            </select>
          </div>
          {q ? <NewValueInput q={q} to={to} error={error} /> : null}
          <button type="submit" className="button-primary">
            {q ? 'Compare' : 'Choose this answer'}
          </button>
        </form>
      )}
      {answers && changed && q && before && after && (
        <>
          <CompareColumns
            columns={[
              { title: `Now (${inSentence(q.label)}: ${describeValue(q.field, answers[q.field])})`, advice: before },
              { title: `With ${inSentence(q.label)}: ${describeValue(q.field, changed[q.field])}`, advice: after },
            ]}
          />
          <ReasonsMovedList before={before} after={after} />
          <p>
            <PageLink
              href={`/results?${withOrigin(valuesToQuery({ ...values, [q.field]: to }), from)}`}
              className="text-brand underline underline-offset-2"
            >
              Open the full advice with this change
            </PageLink>
          </p>
        </>
      )}
      <p className="no-print">
        <PageLink href={`/results?${withOrigin(query, from)}`} className="underline underline-offset-2">
          Back to the advice
        </PageLink>
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswersProblems } from '@/components/answers-problems';
import { readQuery, type SearchParams } from '@/components/page-query';
import { assess } from '@/lib/assess';
import { METHOD_LABELS } from '@/lib/facts';
import { valuesToQuery } from '@/lib/form-values';

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { answers } = await readQuery(searchParams);
  return { title: answers ? 'Your migration advice' : 'Error: Your migration advice' };
}

export default async function Results({ searchParams }: Props) {
  const { values, answers, errors } = await readQuery(searchParams);
  const query = valuesToQuery(values);
  if (!answers) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">Your migration advice</h1>
        <AnswersProblems errors={errors} query={query} intro="The advice needs these answers first. Everything else you entered is kept." />
        <Link href={`/check?${query}`} className="underline underline-offset-2">
          Check your answers
        </Link>
      </div>
    );
  }
  const advice = assess(answers);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">
        {advice.recommended ? `Recommended: ${METHOD_LABELS[advice.recommended]}` : 'None of the four methods fits these answers'}
      </h1>
      <ol className="space-y-4">
        {advice.ranking.map((r) => (
          <li key={r.method} className="rounded border border-slate-300 p-4">
            <h2 className="text-xl font-semibold">
              {METHOD_LABELS[r.method]} — {r.viable ? `${r.score} out of 100` : 'ruled out'}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {r.reasons.map((reason) => (
                <li key={reason.rule}>
                  {reason.text} ({reason.effect})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <Link href={`/check?${query}`} className="underline underline-offset-2">
        Change your answers
      </Link>
    </div>
  );
}

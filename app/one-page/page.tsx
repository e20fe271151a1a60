import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { ExportsLink } from '@/components/exports-link';
import { OnePageForm } from '@/components/one-page-form';
import { readQuery, type SearchParams } from '@/app/_server/page-query';

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { invalid } = await readQuery(searchParams);
  return { title: `${Object.keys(invalid).length ? 'Error: ' : ''}All questions on one page` };
}

export default async function OnePage() {
  await connection(); // rendered per request, so the form arrives filled in from the address
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">All questions on one page</h1>
        <p className="mt-2 max-w-2xl text-lg">For a scoping meeting: change any answer and the advice beside the questions follows at once.</p>
        <p className="mt-2">
          On Exchange?{' '}
          <Suspense>
            <ExportsLink />
          </Suspense>
        </p>
      </div>
      <OnePageForm />
    </div>
  );
}

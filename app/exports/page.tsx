import type { Metadata } from 'next';
import { PageLink } from '@/components/page-link';
import { CopyButton } from '@/components/copy-button';
import { ExportsReader } from '@/components/exports-reader';
import { readQuery, type SearchParams } from '@/app/_server/page-query';
import { EXPORT_COMMANDS } from '@/lib/estate/commands';
import { valuesToQuery } from '@/lib/form-values';

export const metadata: Metadata = { title: 'Open your exports' };

type Props = { searchParams: SearchParams };

export default async function Exports({ searchParams }: Props) {
  const { values } = await readQuery(searchParams);
  const query = valuesToQuery(values);
  return (
    <div className="max-w-3xl space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">Open your exports</h1>
        <p className="text-lg">
          On Exchange, four standard commands write the real numbers to CSV files: mailboxes and their sizes, who acts for whom, the servers’ builds and
          the public folders. Open the files here to fill the answers from them. No admin password is needed, and the files never leave this page.
        </p>
        <p>
          Run the commands in the Exchange Management Shell (Windows PowerShell 5.1), or in PowerShell 7 connected to Exchange. Each works unchanged in
          both. Run only the ones you need.
        </p>
      </section>
      <section aria-labelledby="commands-heading" className="space-y-6">
        <h2 id="commands-heading" className="text-2xl font-bold">
          1. Run the commands
        </h2>
        {EXPORT_COMMANDS.map((c) => (
          <div key={c.kind} className="space-y-2">
            <h3 className="text-xl font-semibold">{c.title}</h3>
            <p>
              Writes <code className="rounded bg-slate-100 px-1">{c.file}</code>. Fills: {c.fills}.
            </p>
            <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-white" tabIndex={0} aria-label={`Command for ${c.title.toLowerCase()}`}>
              <code>{c.command}</code>
            </pre>
            <CopyButton text={c.command} label={`Copy the command for ${c.title.toLowerCase()}`} />
          </div>
        ))}
        <p className="text-slate-700">
          Files written with <code className="rounded bg-slate-100 px-1">-UseCulture</code> (a semicolon between values, as in much of Europe), in UTF-16
          or UTF-8, with or without a <code className="rounded bg-slate-100 px-1">#TYPE</code> first line, are read too.
        </p>
      </section>
      <section aria-labelledby="open-heading" className="space-y-4">
        <h2 id="open-heading" className="text-2xl font-bold">
          2. Open the files
        </h2>
        <ExportsReader query={query} />
      </section>
      <p>
        <PageLink href={query ? `/check?${query}` : '/questions'} className="text-brand underline underline-offset-2">
          {query ? 'Back to your answers' : 'Answer the questions instead'}
        </PageLink>
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import { ProblemBox } from '@/components/problem-box';
import { SourceLink } from '@/components/results/source-link';
import { explainCodes } from '@/lib/smtp-codes';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const MAX_CHARS = 4000;
const CLASS_LABEL = { success: 'Success', intermediate: 'Intermediate', temporary: 'Temporary: will be retried', permanent: 'Permanent: will not be retried' } as const;

async function read(searchParams: Props['searchParams']) {
  const raw = (await searchParams).text;
  const text = Array.isArray(raw) ? (raw[0] ?? '') : raw;
  if (text === undefined) return { text: '', submitted: false, error: undefined, codes: [] };
  const kept = text.slice(0, MAX_CHARS);
  const codes = explainCodes(kept);
  const error = kept.trim() === '' ? 'Paste an SMTP reply or a bounce message, like 550 5.1.1 User unknown' : codes.length === 0 ? 'No SMTP code was found in that text: codes look like 550, 4.4.7 or 5.7.230' : undefined;
  return { text: kept, submitted: true, error, codes, cut: text.length > MAX_CHARS };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { error } = await read(searchParams);
  return { title: `${error ? 'Error: ' : ''}Mail-flow code lookup` };
}

export default async function SmtpLookup({ searchParams }: Props) {
  const { text, error, codes, cut } = await read(searchParams);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">What does this bounce mean?</h1>
      <p>Paste an SMTP reply, a bounce message or a log line from your move. Each code in it is explained: what it means, whether the sender will retry, the likely cause during a migration, and what to check.</p>
      {error && <ProblemBox problems={[{ href: '#text', message: error }]} />}
      <form method="get" action="/smtp" className="space-y-3">
        <label htmlFor="text" className="block text-lg font-semibold">
          SMTP reply or bounce text
        </label>
        <p id="text-hint" className="text-slate-700">
          Up to {MAX_CHARS.toLocaleString('en-GB')} characters, for example “550 5.7.230 Message rejected” or just “4.4.7”.
        </p>
        {error && (
          <p id="text-error" className="font-semibold text-red-700">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        )}
        <textarea
          id="text"
          name="text"
          rows={6}
          maxLength={MAX_CHARS}
          defaultValue={text}
          aria-describedby={error ? 'text-hint text-error' : 'text-hint'}
          aria-invalid={error ? true : undefined}
          className="block w-full rounded border-2 border-slate-800 p-2 font-mono"
        />
        <button type="submit" className="rounded bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark">
          Explain the codes
        </button>
      </form>
      {cut && <p>Only the first {MAX_CHARS.toLocaleString('en-GB')} characters were read.</p>}
      {codes.length > 0 && (
        <section aria-labelledby="codes-title" className="space-y-4">
          <h2 id="codes-title" className="text-2xl font-bold">
            {codes.length === 1 ? 'One code found' : `${codes.length} codes found`}
          </h2>
          {codes.map((c) => (
            <article key={c.code} aria-labelledby={`code-${c.code}`} className="rounded border-2 border-slate-300 p-4">
              <h3 id={`code-${c.code}`} className="font-mono text-xl font-bold">
                {c.code}
              </h3>
              <p className="font-semibold">{CLASS_LABEL[c.class]}</p>
              <p>{c.meaning}</p>
              {!c.known && <p className="text-slate-700">{c.classText}</p>}
              {c.cause && (
                <p>
                  <strong>Likely cause during a move:</strong> {c.cause}
                </p>
              )}
              {c.check && (
                <p>
                  <strong>What to check:</strong> {c.check}
                </p>
              )}
              <p className="text-sm">
                Source: <SourceLink id={c.source} />
              </p>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}

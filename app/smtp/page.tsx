import type { Metadata } from 'next';
import { ProblemBox } from '@/components/problem-box';
import { SourceLink } from '@/components/results/source-link';
import { explainReplies, type VerdictBasis } from '@/lib/smtp-codes';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const MAX_CHARS = 4000;
const CLASS_LABEL = { success: 'Success', intermediate: 'Intermediate', temporary: 'Temporary: will be retried', permanent: 'Permanent: will not be retried' } as const;
const BASIS_LABEL: Record<VerdictBasis, string> = {
  'exchange-text': 'Read from the Exchange code and the text after it.',
  exchange: 'Read from the Exchange code.',
  enhanced: 'Read from the enhanced code (RFC 3463).',
  basic: 'Read from the basic code (RFC 5321).',
  none: '',
};

async function read(searchParams: Props['searchParams']) {
  const raw = (await searchParams).text;
  const text = Array.isArray(raw) ? (raw[0] ?? '') : raw;
  if (text === undefined) return { text: '', submitted: false, error: undefined, replies: [] };
  const kept = text.slice(0, MAX_CHARS);
  const replies = explainReplies(kept);
  const error = kept.trim() === '' ? 'Paste an SMTP reply or a bounce message, like 550 5.1.1 User unknown' : replies.length === 0 ? 'No SMTP code was found in that text: codes look like 550, 4.4.7 or 5.7.230' : undefined;
  return { text: kept, submitted: true, error, replies, cut: text.length > MAX_CHARS };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { error } = await read(searchParams);
  return { title: `${error ? 'Error: ' : ''}Bounce code lookup` };
}

export default async function SmtpLookup({ searchParams }: Props) {
  const { text, error, replies, cut } = await read(searchParams);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Bounce code lookup</h1>
      <p>
        What does this bounce mean? Paste an SMTP reply, a bounce message or a log line from your move. Each reply in it is read as one: its basic code, its enhanced
        code and the text after them. You get what it means, whether the sender will retry, the likely cause during a migration, and what to
        check.
      </p>
      {error && <ProblemBox problems={[{ href: '#text', message: error }]} />}
      <form method="get" action="/smtp" className="space-y-3">
        <label htmlFor="text" className="block text-lg font-semibold">
          SMTP reply or bounce text
        </label>
        <p id="text-hint" className="text-slate-700">
          Up to {MAX_CHARS.toLocaleString('en-GB')} characters, for example “550 5.1.10 RESOLVER.ADR.RecipientNotFound”, a whole bounce
          message, or just “4.4.7”.
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
        <button type="submit" className="button-primary">
          Explain the codes
        </button>
      </form>
      {cut && <p>Only the first {MAX_CHARS.toLocaleString('en-GB')} characters were read.</p>}
      {replies.length > 0 && (
        <section aria-labelledby="replies-title" className="space-y-4">
          <h2 id="replies-title" className="text-2xl font-bold">
            {replies.length === 1 ? 'One reply explained' : `${replies.length} replies explained`}
          </h2>
          {replies.map((r, i) => (
            <article key={r.label} aria-labelledby={`reply-${i}`} className="space-y-2 rounded border-2 border-slate-300 p-4">
              <h3 id={`reply-${i}`} className="font-mono text-xl font-bold">
                {r.label}
              </h3>
              {r.diagnostic && (
                <p>
                  Exchange diagnostic: <code className="font-mono break-all">{r.diagnostic}</code>
                </p>
              )}
              <p className="font-semibold">{CLASS_LABEL[r.class]}</p>
              {r.disagreement && (
                <p className="border-l-4 border-amber-600 pl-3">
                  <strong>The codes disagree:</strong> {r.disagreement}
                </p>
              )}
              <p>{r.meaning}</p>
              {r.note && <p className="text-slate-700">{r.note}</p>}
              {!r.known && <p className="text-slate-700">{r.classText}</p>}
              {r.cause && (
                <p>
                  <strong>Likely cause during a move:</strong> {r.cause}
                </p>
              )}
              {r.check && (
                <p>
                  <strong>What to check:</strong> {r.check}
                </p>
              )}
              <p className="text-sm">
                {BASIS_LABEL[r.basis]} Source: <SourceLink id={r.source} titled />
              </p>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}

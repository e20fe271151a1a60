'use client';

import { useActionState, useState } from 'react';
import type { VerdictBasis } from '@/lib/smtp-codes';
import { SMTP_MAX_CHARS, smtpTooLong } from '@/lib/smtp/limit';
import type { SmtpLookup } from '@/lib/smtp/lookup';
import { ErrorSummary } from './error-summary';

const CLASS_LABEL = {
  success: 'Success',
  intermediate: 'Intermediate',
  temporary: 'Temporary: will be retried',
  permanent: 'Permanent: will not be retried',
} as const;
const BASIS_LABEL: Record<VerdictBasis, string> = {
  'exchange-text': 'Read from the Exchange code and the text after it.',
  exchange: 'Read from the Exchange code.',
  enhanced: 'Read from the enhanced code (RFC 3463).',
  basic: 'Read from the basic code (RFC 5321).',
  none: '',
};

/**
 * The bounce lookup: the form posts the pasted text to a server action (it works without JavaScript too), and the
 * replies it explains show below. Text past the limit is refused here before it is sent, with the same message.
 */
export function SmtpLookupForm({
  action,
  initial,
}: {
  action: (previous: SmtpLookup, form: FormData) => Promise<SmtpLookup>;
  initial: SmtpLookup;
}) {
  const [state, formAction, pending] = useActionState(action, initial, '/smtp');
  const [tooLong, setTooLong] = useState<SmtpLookup | null>(null);
  const [attempt, setAttempt] = useState(0);
  const shown = tooLong ?? state;
  const { error, replies } = shown;
  return (
    <>
      <ErrorSummary errors={error ? [{ href: '#text', message: error }] : []} attempt={attempt} />
      <form
        action={formAction}
        onSubmit={(event) => {
          setAttempt((n) => n + 1);
          const text = new FormData(event.currentTarget).get('text');
          const message = typeof text === 'string' ? smtpTooLong(text) : undefined;
          const refused = message && typeof text === 'string' ? { text, replies: [], error: message } : null;
          setTooLong(refused);
          if (refused) event.preventDefault();
        }}
        className="space-y-3"
      >
        <label htmlFor="text" className="block text-lg font-semibold">
          SMTP reply or bounce text
        </label>
        <p id="text-hint" className="text-slate-700">
          Up to {SMTP_MAX_CHARS.toLocaleString('en-GB')} characters, for example “550 5.1.10 RESOLVER.ADR.RecipientNotFound”, a whole bounce
          message, or just “4.4.7”. The text is sent to this site only to be read, and is not kept.
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
          defaultValue={shown.text}
          aria-describedby={error ? 'text-hint text-error' : 'text-hint'}
          aria-invalid={error ? true : undefined}
          className="block w-full rounded border-2 border-slate-800 p-2 font-mono"
        />
        <button type="submit" disabled={pending} className="button-primary">
          Explain the codes
        </button>
      </form>
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
                {BASIS_LABEL[r.basis]} Source:{' '}
                <a href={r.sourceUrl} rel="noreferrer" target="_blank" className="text-brand underline underline-offset-2">
                  {r.sourceTitle}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              </p>
            </article>
          ))}
        </section>
      )}
    </>
  );
}

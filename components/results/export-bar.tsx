'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { ANSWERS_FILE_MAX_BYTES, parseAnswersJson, type AnswerProblem } from '@/lib/answers';
import { decodeText } from '@/lib/decode-text';
import { valuesFromAnswers, valuesToQuery } from '@/lib/form-values';
import { questionBySlug, QUESTIONS } from '@/lib/questions';
import { ErrorSummary } from '../error-summary';
import { inSentence } from '../words';

const button = 'inline-block rounded border-2 border-brand bg-white px-3 py-1.5 font-semibold text-brand hover:bg-slate-100 cursor-pointer';

/**
 * One problem of an answers file in the question's words: "Mailboxes: must be a whole number…". A missing or unknown
 * choice says what to choose rather than listing the file format's raw values.
 */
function problemText(p: AnswerProblem): string {
  const q = QUESTIONS.find((x) => x.field === p.field) ?? questionBySlug(p.field);
  if (!q) return p.field ? `${p.field === 'version' ? 'Answers format' : p.field}: ${p.message}` : p.message.charAt(0).toUpperCase() + p.message.slice(1);
  const numeric = q.kind === 'count' || q.kind === 'amount';
  const missing = p.message.startsWith('is required');
  return `${q.label}: ${inSentence(missing ? q.messages.empty : numeric ? p.message : q.messages.invalid)}`;
}

/** Taking the advice away, in one row: share link and print, then (folded) the Markdown report and the answers file. */
export function ExportBar({ query }: { query: string }) {
  const router = useRouter();
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<AnswerProblem[]>([]);
  const [fileName, setFileName] = useState('');
  const [attempt, setAttempt] = useState(0);
  const shareRef = useRef<HTMLInputElement>(null);
  const [showLink, setShowLink] = useState(false);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Share link copied. Anyone who opens it sees these answers and this advice.');
    } catch {
      setShowLink(true);
      setStatus('Copy the share link from the box below.');
      setTimeout(() => shareRef.current?.select(), 0);
    }
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    const fail = (list: AnswerProblem[]) => {
      setProblems(list);
      setAttempt((n) => n + 1);
      setStatus('');
    };
    if (file.size > ANSWERS_FILE_MAX_BYTES) return fail([{ field: '', message: 'the file is too large to be an answers file: choose the JSON file saved with “Download answers”' }]);
    const parsed = parseAnswersJson(decodeText(new Uint8Array(await file.arrayBuffer())));
    if (!parsed.ok) return fail(parsed.problems);
    setProblems([]);
    setStatus(`Opened ${file.name}.`);
    router.push(`/results?${valuesToQuery(valuesFromAnswers(parsed.answers))}`);
  };

  return (
    <section aria-labelledby="take-away-title" className="no-print export-bar">
      <h2 id="take-away-title" className="sr-only">
        Take the advice away
      </h2>
      <ErrorSummary
        attempt={attempt}
        intro={`${fileName} was not opened; your current answers are kept.`}
        errors={problems.map((p) => ({ href: '#open-answers', message: problemText(p) }))}
      />
      <div className="flex flex-wrap items-start gap-2">
        <button type="button" className={button} onClick={copyLink}>
          Copy share link
        </button>
        <button type="button" className={button} onClick={() => window.print()}>
          Print handout
        </button>
        <details className="more-exports" open={problems.length > 0 || undefined}>
          <summary className={button}>More ways to save</summary>
          <div className="mt-2 flex flex-wrap gap-2">
            <a href={`/report?${query}`} download="migration-advice.md" className={button}>
              Download Markdown report (.md)
            </a>
            <a href={`/answers-file?${query}`} download="migration-answers.json" className={button}>
              Download answers (.json)
            </a>
            <label htmlFor="open-answers" className={`${button} focus-ring-within`}>
              Open answers file
              <input id="open-answers" type="file" accept=".json,application/json" className="sr-only" onChange={(e) => { void openFile(e.target.files?.[0]); e.target.value = ''; }} />
            </label>
          </div>
        </details>
      </div>
      {showLink && (
        <div className="mt-3">
          <label htmlFor="share-link" className="font-semibold">
            Share link
          </label>
          <input id="share-link" ref={shareRef} readOnly value={typeof window === 'undefined' ? '' : window.location.href} className="mt-1 block w-full rounded border-2 border-slate-800 px-2 py-1" />
        </div>
      )}
      {/* Nothing takes room until there is something to say, so no blank band sits under the buttons. */}
      <p role="status" className={status ? 'mt-2' : 'sr-only'}>
        {status}
      </p>
    </section>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { forgetExports, loadExports, saveExports, type StoredExport } from '@/components/exports-store';
import { today } from '@/components/today';
import { inSentence } from '@/components/words';
import { estateSummary, fillAnswers, type EstateField, type FilledAnswer } from '@/lib/estate/answers';
import { EXPORT_COMMANDS } from '@/lib/estate/commands';
import { mergeEstates } from '@/lib/estate/merge';
import type { ExportProblem, ExportResult } from '@/lib/estate/types';
import type { Answers } from '@/lib/answers';
import { checkField, valuesFromParams, valuesToQuery } from '@/lib/form-values';
import { describeValue } from '@/lib/labels';
import { questionFor, YES_NO_OPTIONS } from '@/lib/questions';

const KIND_TITLES = Object.fromEntries(EXPORT_COMMANDS.map((c) => [c.kind, c.title]));

/** The text a filled answer starts with in its field: numbers and choices as they are, yes/no as the form writes them. */
const asText = (f: FilledAnswer) => (typeof f.value === 'boolean' ? (f.value ? 'yes' : 'no') : String(f.value));

let worker: Worker | null = null;
let nextId = 0;

/** Reads one file in a Web Worker (the page stays responsive for a 50 MB export); on the page itself if workers fail. */
async function readFile(file: File, date: string): Promise<ExportResult> {
  const buffer = await file.arrayBuffer();
  try {
    worker ??= new Worker(new URL('./exports-worker.ts', import.meta.url));
    const w = worker;
    const id = ++nextId;
    return await new Promise<ExportResult>((resolve, reject) => {
      const done = (event: MessageEvent<{ id: number; result: ExportResult }>) => {
        if (event.data.id !== id) return;
        w.removeEventListener('message', done);
        resolve(event.data.result);
      };
      w.addEventListener('message', done);
      w.addEventListener('error', reject, { once: true });
      w.postMessage({ id, name: file.name, buffer, date }, [buffer]);
    });
  } catch {
    worker = null;
    const { readExport } = await import('@/lib/estate/read');
    return readExport(file.name, new Uint8Array(await file.arrayBuffer()), date);
  }
}

const where = (p: ExportProblem) => [p.file, p.line === null ? '' : `line ${p.line}`, p.column ? `column ${p.column}` : ''].filter(Boolean).join(', ');

/** "Open your exports": reads CSV files in the browser, shows what they hold and lets the person accept or change each filled answer. */
export function ExportsReader({ query }: { query: string }) {
  const router = useRouter();
  const [files, setFiles] = useState<StoredExport[]>([]);
  const [problems, setProblems] = useState<ExportProblem[]>([]);
  const [reading, setReading] = useState('');
  const [drafts, setDrafts] = useState<Partial<Record<EstateField, string>>>({});
  const [unused, setUnused] = useState<Partial<Record<EstateField, boolean>>>({});
  const [errors, setErrors] = useState<Partial<Record<EstateField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const estate = useMemo(() => mergeEstates(files.map((f) => f.estate)), [files]);
  const filled = useMemo(() => fillAnswers(estate), [estate]);
  const given = useMemo(() => valuesFromParams(new URLSearchParams(query)), [query]);

  useEffect(() => {
    let live = true;
    void loadExports().then((kept) => live && kept.length > 0 && setFiles(kept));
    return () => {
      live = false;
    };
  }, []);

  async function open(list: FileList | null) {
    if (!list || list.length === 0) return;
    const chosen = [...list];
    setReading(`Reading ${chosen.length === 1 ? chosen[0]?.name : `${chosen.length} files`}…`);
    const date = today();
    const read: StoredExport[] = [];
    const found: ExportProblem[] = [];
    for (const file of chosen) {
      const result = await readFile(file, date);
      if (result.ok) read.push({ name: file.name, estate: result.estate });
      else found.push(...result.problems);
    }
    const next = [...files.filter((f) => !read.some((r) => r.name === f.name)), ...read];
    setFiles(next);
    setProblems(found);
    setDrafts({});
    setErrors({});
    setReading(`${read.length === 0 ? 'No file could be read' : `Read ${read.map((r) => r.name).join(', ')}`}${found.length > 0 ? ': see the problems above' : ''}.`);
    if (input.current) input.current.value = '';
    await saveExports(next);
  }

  async function forget() {
    await forgetExports();
    setFiles([]);
    setProblems([]);
    setDrafts({});
    setErrors({});
    setReading('The exports are forgotten: nothing from them is kept in this browser.');
  }

  function accept(event: React.FormEvent) {
    event.preventDefault();
    const values = { ...given };
    const found: Partial<Record<EstateField, string>> = {};
    for (const f of filled) {
      if (unused[f.field]) continue;
      const text = drafts[f.field] ?? asText(f);
      const check = checkField(f.field, text, true);
      if (check.ok) values[f.field] = text.trim();
      else found[f.field] = check.message;
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) router.push(`/check?${valuesToQuery(values)}`);
  }

  const summaryErrors = filled.filter((f) => errors[f.field]).map((f) => ({ href: `#value-${f.field}`, message: errors[f.field] ?? '' }));

  return (
    <div className="space-y-6">
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      {problems.length > 0 && (
        <div role="alert" aria-labelledby="file-problems-title" className="border-4 border-red-700 p-4">
          <h2 id="file-problems-title" className="text-xl font-bold">
            There is a problem with {new Set(problems.map((p) => p.file)).size === 1 ? 'a file' : 'some files'}
          </h2>
          <p className="mt-1">These were not read; nothing else changed, and the answers you gave are kept.</p>
          <ul className="mt-2 space-y-2">
            {problems.map((p, i) => (
              <li key={i}>
                <span className="font-semibold text-red-700">{where(p)}:</span> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="space-y-2">
        <label htmlFor="export-files" className="block text-lg font-semibold">
          Open export files
        </label>
        <p id="export-files-hint" className="text-slate-700">
          One or more CSV files written by the commands above. They are read in this browser: nothing leaves the page.
        </p>
        <input ref={input} id="export-files" type="file" multiple accept=".csv,.txt,text/csv" aria-describedby="export-files-hint" onChange={(e) => void open(e.currentTarget.files)} className="block w-full max-w-xl rounded border-2 border-slate-700 p-2 file:mr-4 file:rounded file:border-0 file:bg-brand file:px-4 file:py-2 file:font-semibold file:text-white" />
        <p role="status" className="min-h-6 text-slate-700">
          {reading}
        </p>
      </div>

      {files.length > 0 && (
        <section aria-labelledby="read-heading" className="space-y-3">
          <h2 id="read-heading" className="text-2xl font-bold">
            What your exports show
          </h2>
          <p className="text-lg font-semibold">{estateSummary(estate)}</p>
          <ul className="list-disc space-y-1 pl-6">
            {files.map((f) => (
              <li key={f.name}>
                <span className="break-all">{f.name}</span>: {f.estate.files.map((r) => `${KIND_TITLES[r.kind]}, ${r.rows.toLocaleString('en-GB')} ${r.rows === 1 ? 'row' : 'rows'}`).join('; ')}
              </li>
            ))}
          </ul>
          <p className="text-slate-700">The list of mailboxes stays in this browser for planning the batches; it is never put in the address or sent anywhere.</p>
        </section>
      )}

      {filled.length > 0 && (
        <form onSubmit={accept} noValidate aria-labelledby="use-heading" className="space-y-4">
          <h2 id="use-heading" className="text-2xl font-bold">
            Check the answers they give
          </h2>
          <p>Change any answer that is not right, or untick it to keep your own.</p>
          <div className="divide-y divide-slate-300 border-y border-slate-300">
            {filled.map((f) => (
              <FilledRow key={f.field} filled={f} text={drafts[f.field] ?? asText(f)} used={!unused[f.field]} error={errors[f.field]} current={given[f.field]} onText={(t) => setDrafts((d) => ({ ...d, [f.field]: t }))} onUse={(u) => setUnused((s) => ({ ...s, [f.field]: !u }))} />
            ))}
          </div>
          <div className="flex flex-wrap gap-4">
            <button type="submit" className="rounded bg-brand px-5 py-3 text-lg font-semibold text-white hover:bg-brand-dark">
              Use these answers
            </button>
            <button type="button" onClick={() => void forget()} className="rounded border-2 border-brand px-5 py-3 text-lg font-semibold text-brand hover:bg-slate-100">
              Forget the exports
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function FilledRow(props: { filled: FilledAnswer; text: string; used: boolean; error?: string; current: string; onText: (t: string) => void; onUse: (u: boolean) => void }) {
  const { filled: f, text, used, error, current } = props;
  const q = questionFor(f.field);
  const id = `value-${f.field}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const currentCheck = current ? checkField(f.field, current) : null;
  const currentWords = currentCheck?.ok && currentCheck.value !== undefined ? describeValue(f.field, currentCheck.value as Answers[EstateField]) : null;
  const options = q.kind === 'yes-no' ? YES_NO_OPTIONS : q.options;
  const common = { id, value: text, disabled: !used, 'aria-invalid': error ? true : undefined, 'aria-describedby': `${hintId}${error ? ` ${errorId}` : ''}`, className: `mt-1 block rounded border-2 p-2 ${error ? 'border-red-700' : 'border-slate-700'} disabled:bg-slate-100 disabled:text-slate-700` };
  return (
    <div className="grid gap-2 py-4 sm:grid-cols-[1fr_auto] sm:gap-6">
      <div>
        <label htmlFor={id} className="font-semibold">
          {q.label}
          {q.unit && q.kind === 'amount' ? ` (${q.unit})` : ''}
        </label>
        <p id={hintId} className="text-sm text-slate-700">
          {f.how}
          {currentWords ? ` Your answer now: ${currentWords}.` : ''}
        </p>
        {error && (
          <p id={errorId} className="font-semibold text-red-700">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        )}
        {options ? (
          <select {...common} onChange={(e) => props.onText(e.currentTarget.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input {...common} type="text" inputMode="decimal" autoComplete="off" spellCheck={false} onChange={(e) => props.onText(e.currentTarget.value)} />
        )}
      </div>
      <div className="flex items-center gap-2 self-center">
        <input id={`use-${f.field}`} type="checkbox" checked={used} onChange={(e) => props.onUse(e.currentTarget.checked)} className="h-6 w-6" />
        <label htmlFor={`use-${f.field}`}>
          Use this<span className="sr-only"> for {inSentence(q.label)}</span>
        </label>
      </div>
    </div>
  );
}

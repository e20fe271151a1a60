'use client';

import { useEffect, useMemo, useState } from 'react';
import type { Answers } from '@/lib/answers';
import type { Method } from '@/lib/advice';
import { plural } from '@/lib/format';
import { BATCH_FORMATS, batchFile } from '@/lib/plan/batch-files';
import { PILOT_COMMANDS, type PilotProblem } from '@/lib/plan/pilot';
import { finishLine, pilotLines, planDetails, planIntro, planMarkdown, scheduleCsv } from '@/lib/plan/render';
import type { PilotMeasure } from '@/lib/plan/types';
import { planWaves } from '@/lib/plan/waves';
import { ErrorSummary } from '../error-summary';
import { downloadText } from './download';
import { loadExports } from '../exports-store';
import { decodeExport } from '@/lib/estate/decode';
import { mergeEstates } from '@/lib/estate/merge';
import { planFromEstate } from '@/lib/plan/from-estate';
import { WaveTimeline } from './wave-timeline';

/** Largest pilot statistics file we read: a pilot of 50 mailboxes writes a few kB. */
const MAX_PILOT_BYTES = 2_000_000;
const button = 'rounded border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-slate-100 cursor-pointer';

/** The wave plan, worked out in the browser from the answers and (when this tab has them) the exports, corrected by a pilot. */
export function PlanView({ answers, method, date }: { answers: Answers; method: Method; date: string }) {
  const [pilot, setPilot] = useState<PilotMeasure | null>(null);
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<PilotProblem[]>([]);
  const [source, setSource] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [estate, setEstate] = useState<ReturnType<typeof planFromEstate> | null>(null);
  useEffect(() => {
    let live = true;
    void loadExports().then((kept) => {
      const merged = mergeEstates(kept.map((k) => k.estate));
      if (live && merged.mailboxes.length > 0) setEstate(planFromEstate(merged));
    });
    return () => {
      live = false;
    };
  }, []);

  const before = useMemo(() => planWaves({ method, answers, date, mailboxes: estate?.mailboxes, links: estate?.links }), [method, answers, date, estate]);
  const plan = useMemo(() => (pilot ? planWaves({ method, answers, date, mailboxes: estate?.mailboxes, links: estate?.links, pilot }) : before), [method, answers, date, estate, pilot, before]);
  const format = BATCH_FORMATS[method];

  const readPilot = async (text: string, name: string) => {
    const { readPilotStatistics } = await import('@/lib/plan/pilot');
    const read = readPilotStatistics(text, name);
    setSource(name);
    setAttempt((n) => n + 1);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    setPilot(read.pilot);
  };
  const openPilot = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PILOT_BYTES) {
      setSource(file.name);
      setAttempt((n) => n + 1);
      setProblems([{ line: 1, column: '', message: `${file.name} is larger than 2 MB: export only the pilot batch’s mailboxes with the command shown` }]);
      return;
    }
    await readPilot(decodeExport(new Uint8Array(await file.arrayBuffer())), file.name);
  };

  const files = plan.waves.flatMap((w) => batchFile(method, w) ?? []);
  return (
    <div className="space-y-8">
      <section aria-labelledby="plan-summary-title" className="space-y-3">
        <h2 id="plan-summary-title" className="text-2xl font-bold">
          The plan
        </h2>
        <div className={`max-w-3xl space-y-1 border-l-8 p-4 text-lg ${plan.overByDays > 0 ? 'border-red-700 bg-red-50' : 'border-green-700 bg-green-50'}`}>
          <p>{planIntro(plan)}</p>
          <p className="font-semibold">{finishLine(plan, date)}</p>
          {estate && <p>Built from your exports: {plural(estate.mailboxes.length, 'mailbox', 'mailboxes')} and {plural(estate.links.length, 'right')} people hold on each other’s mailboxes.</p>}
        </div>
        <h3 className="text-xl font-bold">How it is worked out</h3>
        <ul className="max-w-3xl list-disc space-y-1 pl-6">
          {planDetails(plan).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </section>
      <WaveTimeline plan={plan} start={date} id="waves" />
      {pilot && (
        <section aria-labelledby="pilot-changed-title" className="space-y-2 border-l-8 border-brand bg-slate-50 p-4">
          <h2 id="pilot-changed-title" className="text-xl font-bold">
            What your pilot changed
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {pilotLines(before, plan, date).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <button type="button" className={button} onClick={() => setPilot(null)}>
            Go back to the planning figures
          </button>
        </section>
      )}
      <section aria-labelledby="downloads-title" className="no-print space-y-3">
        <h2 id="downloads-title" className="text-2xl font-bold">
          Downloads
        </h2>
        {format && files.length === 0 && <p>Batch files need the mailbox list: open your exports first, then come back to this page.</p>}
        {format && files.length > 0 && <p className="max-w-3xl">{format.note}</p>}
        <div className="flex flex-wrap gap-3">
          {files.map((f) => (
            <button key={f.fileName} type="button" className={button} onClick={() => downloadText(f.fileName, f.text, 'text/csv')}>
              Batch file {f.fileName} (CSV)
            </button>
          ))}
          <button type="button" className={button} onClick={() => downloadText('wave-schedule.csv', scheduleCsv(plan, date), 'text/csv')}>
            Schedule (CSV)
          </button>
          <button type="button" className={button} onClick={() => downloadText('wave-plan.md', planMarkdown(plan, date), 'text/markdown')}>
            Plan (Markdown)
          </button>
        </div>
      </section>
      {plan.batched && (
        <section aria-labelledby="pilot-title" className="no-print space-y-3">
          <h2 id="pilot-title" className="text-2xl font-bold">
            Correct the plan with your pilot
          </h2>
          <ErrorSummary attempt={attempt} intro={`Nothing was read from ${source}; the plan is unchanged.`} errors={problems.map((p) => ({ href: source === 'the pasted text' ? '#pilot-text' : '#pilot-file', message: `Line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}` }))} />
          <p className="max-w-3xl">Once the pilot batch has synced, export its statistics in Exchange Online PowerShell and open the file here. Nothing leaves this page.</p>
          <pre className="max-w-3xl overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-3 text-sm">{method === 'hybrid' ? PILOT_COMMANDS.hybrid : PILOT_COMMANDS.batch}</pre>
          <div className="space-y-1">
            <label htmlFor="pilot-file" className="block font-semibold">
              Open the pilot statistics (CSV)
            </label>
            <input id="pilot-file" type="file" accept=".csv,text/csv" className="block w-full max-w-full" onChange={(e) => void openPilot(e.target.files?.[0])} />
          </div>
          <div className="space-y-1">
            <label htmlFor="pilot-text" className="block font-semibold">
              Or paste them
            </label>
            <textarea id="pilot-text" rows={5} className="block w-full max-w-3xl border-2 border-slate-800 p-2 font-mono text-sm" value={pasted} onChange={(e) => setPasted(e.target.value)} />
            <button type="button" className={button} onClick={() => void readPilot(pasted, 'the pasted text')}>
              Re-estimate from the pilot
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

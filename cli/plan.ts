/** `--plan` for the command-line advisor: the wave plan as text, JSON or Markdown, and its batch files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Advice, Method } from '../lib/advice';
import type { Answers } from '../lib/answers';
import { batchFile } from '../lib/plan/batch-files';
import { planJson } from '../lib/plan/json';
import { pilotLines, planLines, planMarkdown, scheduleCsv } from '../lib/plan/render';
import type { PilotMeasure, PlanLink, PlanMailbox } from '../lib/plan/types';
import { planWaves } from '../lib/plan/waves';

export interface PlanOptions {
  answers: Answers;
  advice: Advice;
  date: string;
  format: 'text' | 'json' | 'md';
  /** The method to plan; the recommended one when left out. */
  method?: Method;
  pilot?: PilotMeasure;
  mailboxes?: readonly PlanMailbox[];
  links?: readonly PlanLink[];
}

/** The plan's output, or a problem line when no method fits. */
export function planOutput(o: PlanOptions): { ok: true; output: string; files: { name: string; text: string }[] } | { ok: false; problem: string } {
  const method = o.method ?? o.advice.recommended;
  if (!method) return { ok: false, problem: '--plan: no method fits these answers, so there is nothing to plan; see the advice without --plan' };
  const plan = planWaves({ method, answers: o.answers, date: o.date, mailboxes: o.mailboxes, links: o.links, pilot: o.pilot });
  const files = plan.waves.flatMap((w) => {
    const f = batchFile(method, w);
    return f ? [{ name: f.fileName, text: f.text }] : [];
  });
  files.push({ name: 'schedule.csv', text: scheduleCsv(plan, o.date) });
  const before = o.pilot ? planWaves({ method, answers: o.answers, date: o.date, mailboxes: o.mailboxes, links: o.links }) : null;
  const changed = before ? pilotLines(before, plan, o.date) : [];
  const output =
    o.format === 'json'
      ? JSON.stringify({ ...planJson(plan, o.date), ...(before ? { beforePilot: planJson(before, o.date) } : {}) }, null, 2)
      : o.format === 'md'
        ? planMarkdown(plan, o.date) + (changed.length ? `\n## What the pilot changed\n\n${changed.map((l) => `- ${l}`).join('\n')}\n` : '')
        : [...planLines(plan, o.date), ...changed].join('\n');
  return { ok: true, output, files };
}

/** Writes the batch files and the schedule into a folder (made if missing). */
export function writePlanFiles(dir: string, files: readonly { name: string; text: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
}

import { addDays } from '../calendar';
import { LIMITS } from '../facts/limits';
import { formatCount, formatDate, plural } from '../format';
import { SCORING } from '../methods/scoring';
import { WAVES } from '../facts/planning';
import { BATCH_FORMATS } from './batch-files';
import { csvText } from './batch-files';
import type { Wave, WavePlan } from './types';

const gb = (n: number) => `${formatCount(Math.round(n * 10) / 10)} GB`;
const days = (n: number) => (n < 1 ? 'less than a day' : plural(Math.round(n * 10) / 10, 'day'));

/** One wave in words. */
export function waveLine(w: Wave, start: string): string {
  const when = `${formatDate(addDays(start, w.startDay))} to ${formatDate(addDays(start, w.endDay))}`;
  return `${w.name}: ${plural(w.count, 'mailbox', 'mailboxes')}, ${gb(w.gb)}, ${when} (copying ${days(w.copyDays)})`;
}

/** The pace in words, and what sets it. */
export function paceLine(plan: WavePlan): string {
  const r = plan.rate;
  const what = r.measured ? 'measured in your pilot' : `the slow end of the planning range; ${SCORING[plan.method].duration.ratePerMove.basis}`;
  const pace = `${gb(r.gbPerHour)} an hour in all: ${formatCount(r.moves)} mailboxes at a time (Microsoft’s default is ${LIMITS.defaultConcurrency.value}, up to ${LIMITS.maxConcurrency.value} an endpoint) at ${formatCount(Math.round(r.perMove * 100) / 100)} GB an hour each (${what})`;
  return r.network ? `${pace}, held back by your upload link: the network, not the migration service, sets the pace.` : `${pace}.`;
}

/** Whether the plan ends within the timeline, in words. */
export function finishLine(plan: WavePlan, start: string): string {
  const end = formatDate(addDays(start, plan.lastDay));
  return plan.overByDays === 0
    ? `Finished by ${end}, within the ${plural(plan.timelineDays / 7, 'week')} of the timeline.`
    : `Finished by ${end}: ${plural(plan.overByDays, 'day')} past the ${plural(plan.timelineDays / 7, 'week')} of the timeline. Lengthen the timeline, move more mailboxes at a time or widen the upload link.`;
}

/** What the plan is, in one sentence. */
export function planIntro(plan: WavePlan): string {
  const name = SCORING[plan.method].label;
  if (!plan.batched) return `${name} moves every mailbox in one batch: there are no waves to plan.`;
  const pilot = plan.waves.find((w) => w.pilot);
  const rest = plan.waves.filter((w) => !w.pilot).length;
  return `${name} in ${pilot ? `a pilot of ${plural(pilot.count, 'mailbox', 'mailboxes')}, then ` : ''}${plural(rest, 'wave')}, one a week (${WAVES.basis}).`;
}

/** How the plan was built: the pace, the wave size, set-up, groups kept or split, early starts and the batch files. */
export function planDetails(plan: WavePlan): string[] {
  const lines: string[] = [];
  if (plan.batched) {
    if (plan.fromAnswers) lines.push('Built from your answers alone, as evenly sized waves: open your mailbox and permission exports to plan who moves when and to download batch files.');
    lines.push(`Pace: ${paceLine(plan)}`);
    lines.push(`Each wave holds up to ${gb(plan.waveCapacityGb)}${plan.rowLimit !== null ? ` and ${formatCount(plan.rowLimit)} mailboxes (the most one batch file may list)` : ''}.`);
  }
  lines.push(`Set-up before the first move: ${days(plan.setupDays)}.`);
  for (const w of plan.waves) for (const p of w.preStage) lines.push(`Start ${p.address} (${gb(p.gb)}) ${plural(p.startDaysEarly, 'day')} before ${w.name}: it copies too slowly to finish within the wave.`);
  for (const w of plan.waves) {
    if (plan.batched && w.copyDays > WAVES.copyDays) lines.push(`${w.name} copies for ${days(w.copyDays)}, longer than a working week (its data, or its largest mailbox at one mailbox’s pace), so it runs ${plural(Math.ceil(w.copyDays / WAVES.copyDays - 1e-9), 'week')}.`);
  }
  if (plan.groupsKept > 0) lines.push(`${plural(plan.groupsKept, 'group')} of people who act for each other (Full Access, Send As, delegates) kept together in one wave each.`);
  for (const s of plan.split) lines.push(`A group of ${plural(s.mailboxes, 'mailbox', 'mailboxes')} (${gb(s.gb)}) is too large for one wave and is split across waves ${s.waves.join(', ')}: ${plural(s.brokenLinks.length, 'right')} will cross between Microsoft 365 and the old system for a while (${s.brokenLinks.slice(0, 3).map((l) => `${l.grantee} on ${l.mailbox}`).join('; ')}${s.brokenLinks.length > 3 ? '; …' : ''}).`);
  if (plan.linksOutside > 0) lines.push(`${plural(plan.linksOutside, 'right')} name someone not in the mailbox list (a group or a departed user) and did not affect the waves.`);
  lines.push(`After the last move: ${days(plan.finishDays)}.`);
  const format = BATCH_FORMATS[plan.method];
  if (format) lines.push(`Batch files: ${format.header.join(', ')}. ${format.note}`);
  return lines;
}

/** Everything the plan says, line by line (the CLI's text, and the basis of the Markdown). */
export function planLines(plan: WavePlan, start: string): string[] {
  return [planIntro(plan), ...planDetails(plan), ...plan.waves.map((w) => waveLine(w, start)), finishLine(plan, start)];
}

/** The schedule as CSV: one row per wave, dates in ISO for spreadsheets. */
export function scheduleCsv(plan: WavePlan, start: string): string {
  return csvText([
    ['Wave', 'Mailboxes', 'GB', 'Start', 'Complete by', 'Copying days'],
    ...plan.waves.map((w) => [w.name, String(w.count), String(Math.round(w.gb * 10) / 10), addDays(start, w.startDay), addDays(start, w.endDay), String(Math.round(w.copyDays * 10) / 10)]),
  ]);
}

/** The plan as Markdown, for a proposal. */
export function planMarkdown(plan: WavePlan, start: string): string {
  const lines = planLines(plan, start);
  const table = ['| Wave | Mailboxes | Size | From | Completed by |', '| --- | ---: | ---: | --- | --- |', ...plan.waves.map((w) => `| ${w.name} | ${formatCount(w.count)} | ${gb(w.gb)} | ${formatDate(addDays(start, w.startDay))} | ${formatDate(addDays(start, w.endDay))} |`)];
  return ['# Wave plan', '', ...lines.map((l) => `- ${l}`), '', ...table, ''].join('\n');
}

/**
 * What the pilot changed: the pace and the finish before and after, and each wave's end.
 * @example pilotLines(before, after, '2026-11-25')[0] // 'Your pilot copied 1 GB an hour a mailbox, against 0.3 planned …'
 */
export function pilotLines(before: WavePlan, after: WavePlan, start: string): string[] {
  const finish = (p: WavePlan) => formatDate(addDays(start, p.lastDay));
  const lines = [
    `Your pilot copied ${formatCount(Math.round(after.rate.perMove * 100) / 100)} GB an hour a mailbox, against ${formatCount(before.rate.perMove)} planned: ${plural(before.waves.length, 'wave')} become ${formatCount(after.waves.length)}, and the finish moves from ${finish(before)} to ${finish(after)}.`,
  ];
  const ends = Math.max(before.waves.length, after.waves.length);
  for (let i = 0; i < ends; i++) {
    const b = before.waves[i];
    const a = after.waves[i];
    const end = (w: Wave | undefined) => (w ? formatDate(addDays(start, w.endDay)) : 'not needed');
    lines.push(`${(a ?? b)!.name}: completed by ${end(b)} before, ${end(a)} now.`);
  }
  return lines;
}

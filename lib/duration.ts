import type { Answers } from './answers';
import type { DurationRange, Estimate, TimelineFit } from './advice';
import { PER_MAILBOX_GB_PER_HOUR } from './facts/planning';
import type { DayRange, MethodDefinition } from './methods/types';

const HOURS_A_DAY = 24;

/**
 * How long a method takes from start to finish, in calendar days, as a range (numbers only: it runs on every change).
 * @example estimateRange(REGISTRY.cutover, { mailboxCount: 35, totalDataGb: 70, timelineWeeks: 2, ... }).fit // 'fits'
 */
export function estimateRange(method: MethodDefinition, a: Answers): DurationRange {
  return rangeFrom(method, a, method.duration.setupDays(a), method.duration.finishDays(a));
}

function rangeFrom(method: MethodDefinition, a: Answers, setup: DayRange, finish: DayRange): DurationRange {
  const rate = method.duration.throughput;
  const transfer = { low: a.totalDataGb / (rate.high * HOURS_A_DAY), high: a.totalDataGb / (rate.low * HOURS_A_DAY) };
  const largest = a.largestMailboxGb ?? 0;
  const oneMailbox = { low: largest / (PER_MAILBOX_GB_PER_HOUR.high * HOURS_A_DAY), high: largest / (PER_MAILBOX_GB_PER_HOUR.low * HOURS_A_DAY) };
  const lowDays = Math.ceil(setup.low + Math.max(transfer.low, oneMailbox.low) + finish.low);
  const highDays = Math.max(lowDays, Math.ceil(setup.high + Math.max(transfer.high, oneMailbox.high) + finish.high));
  const timelineDays = a.timelineWeeks * 7;
  const fit: TimelineFit = highDays <= timelineDays ? 'fits' : lowDays <= timelineDays ? 'tight' : 'does-not-fit';
  return { lowDays, highDays, timelineDays, fit };
}

/**
 * The estimate with the assumptions behind it, for the plan people read.
 * @example estimateDuration(REGISTRY.hybrid, answers).assumptions.at(-1) // 'Only a pilot batch …'
 */
export function estimateDuration(method: MethodDefinition, a: Answers): Estimate {
  const setup = method.duration.setupDays(a);
  const finish = method.duration.finishDays(a);
  return { ...rangeFrom(method, a, setup, finish), assumptions: assumptionsFor(method, a, setup, finish) };
}

const roundDays = (r: DayRange) => `${Math.round(r.low)}–${Math.round(r.high)} days`;

function assumptionsFor(method: MethodDefinition, a: Answers, setup: DayRange, finish: DayRange): string[] {
  const { throughput: rate, rateNote, finishing } = method.duration;
  const list: string[] = [
    `Data moves at ${rate.low}–${rate.high} GB an hour in total, ${rateNote}.`,
    `Setup before the first mailbox moves: ${roundDays(setup)}.`,
    `Finishing (mail switch-over${finishing}): ${roundDays(finish)}.`,
  ];
  if (a.largestMailboxGb === undefined) {
    list.push('The largest mailbox is not known, so no single slow mailbox was allowed for.');
  } else {
    const one = PER_MAILBOX_GB_PER_HOUR;
    list.push(`One mailbox moves at ${one.low}–${one.high} GB an hour, so the largest (${Math.round(a.largestMailboxGb * 10) / 10} GB) may set the pace.`);
  }
  list.push('Only a pilot batch of real mailboxes measures your own speed: run one before promising dates.');
  return list;
}

import type { Answers, Method } from './answers';
import { PER_MAILBOX_GB_PER_HOUR, THROUGHPUT_GB_PER_HOUR } from './facts';

export type TimelineFit = 'fits' | 'tight' | 'does-not-fit';

/** A planning range for one method, in calendar days, set against the person's timeline. */
export interface DurationRange {
  lowDays: number;
  highDays: number;
  timelineDays: number;
  fit: TimelineFit;
}

/** The range with the assumptions it rests on, as shown to people. */
export interface Estimate extends DurationRange {
  assumptions: string[];
}

interface Range {
  low: number;
  high: number;
}

const HOURS_A_DAY = 24;
/** Outlook profiles a helpdesk rebuilds in a day (our planning figure). */
const PROFILES_A_DAY = { low: 40, high: 100 } as const;

function setupDays(method: Method, a: Answers): Range {
  switch (method) {
    case 'cutover':
      return a.directorySync === 'in-place' ? { low: 3, high: 7 } : { low: 2, high: 5 };
    case 'staged':
      return a.directorySync === 'in-place' ? { low: 2, high: 5 } : { low: 5, high: 10 };
    case 'hybrid': {
      const sync = a.directorySync === 'in-place' ? 0 : 3;
      const cu = a.onLatestCu === false ? { low: 5, high: 15 } : { low: 0, high: 0 };
      return { low: 7 + sync + cu.low, high: 15 + sync + cu.high };
    }
    case 'imap': {
      const users = Math.ceil(a.mailboxCount / 1000);
      return { low: 2 + users, high: 5 + users };
    }
  }
}

function finishDays(method: Method, a: Answers): Range {
  const profiles = { low: a.mailboxCount / PROFILES_A_DAY.high, high: a.mailboxCount / PROFILES_A_DAY.low };
  switch (method) {
    case 'cutover':
      return { low: 1 + profiles.low, high: 2 + profiles.high };
    case 'staged':
      return { low: 1 + profiles.low, high: 3 + profiles.high };
    case 'hybrid':
      return { low: 1, high: 3 };
    case 'imap':
      return { low: 4 + profiles.low, high: 5 + profiles.high };
  }
}

/**
 * How long a method takes from start to finish, in calendar days, as a range (numbers only: it runs on every change).
 * @example estimateRange('cutover', { mailboxCount: 35, totalDataGb: 70, timelineWeeks: 2, ... }).fit // 'fits'
 */
export function estimateRange(method: Method, a: Answers): DurationRange {
  return rangeFrom(method, a, setupDays(method, a), finishDays(method, a));
}

function rangeFrom(method: Method, a: Answers, setup: Range, finish: Range): DurationRange {
  const rate = THROUGHPUT_GB_PER_HOUR[method];
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
 * @example estimateDuration('hybrid', answers).assumptions.at(-1) // 'Only a pilot batch …'
 */
export function estimateDuration(method: Method, a: Answers): Estimate {
  const setup = setupDays(method, a);
  const finish = finishDays(method, a);
  const range = rangeFrom(method, a, setup, finish) as Estimate;
  range.assumptions = assumptionsFor(method, a, setup, finish);
  return range;
}

const roundDays = (r: Range) => `${Math.round(r.low)}–${Math.round(r.high)} days`;

function assumptionsFor(method: Method, a: Answers, setup: Range, finish: Range): string[] {
  const rate = THROUGHPUT_GB_PER_HOUR[method];
  const list: string[] = [
    method === 'hybrid'
      ? `Data moves at ${rate.low}–${rate.high} GB an hour in total, the range Microsoft reports for hybrid moves.`
      : `Data moves at ${rate.low}–${rate.high} GB an hour in total, with the default 20 mailboxes moving at a time.`,
    `Setup before the first mailbox moves: ${roundDays(setup)}.`,
    `Finishing (mail switch-over${method === 'hybrid' ? '' : ', Outlook profiles set up at 40–100 users a day'}${method === 'imap' ? ', a last sync of about 72 hours' : ''}): ${roundDays(finish)}.`,
  ];
  if (a.largestMailboxGb === undefined) {
    list.push('The largest mailbox is not known, so no single slow mailbox was allowed for.');
  } else {
    list.push(`One mailbox moves at ${PER_MAILBOX_GB_PER_HOUR.low}–${PER_MAILBOX_GB_PER_HOUR.high} GB an hour, so the largest (${Math.round(a.largestMailboxGb * 10) / 10} GB) may set the pace.`);
  }
  list.push('Only a pilot batch of real mailboxes measures your own speed: run one before promising dates.');
  return list;
}

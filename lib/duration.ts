import type { Answers } from './answers';
import type { DurationRange, Estimate, TimelineFit } from './advice';
import { LIMITS } from './facts/limits';
import { MAILBOX_DURATION, TENANT_DURATION } from './facts/durations';
import { PROFILE_ROLLOUT_DAYS, PROFILES_A_DAY, UPLOAD_SHARE } from './facts/planning';
import { isOwnExchange } from './facts/source-systems';
import { formatCount, plural } from './format';
import type { DayRange, DurationModel, MethodScoring, SetupPart } from './methods/types';

/** What the copying phase depends on. */
export type CopyModel = Pick<DurationModel, 'ratePerMove' | 'maxConcurrency' | 'mailboxPace'>;

const HOURS_A_DAY = 24;
/** GB an hour one megabit per second carries (3,600 s ÷ 8 bits ÷ 1,000 MB). */
const GB_PER_HOUR_PER_MBPS = 0.45;
/** One more moving mailbox for every this many mailboxes, above the default (our planning figure). */
const MAILBOXES_PER_MOVE = 50;

/** Either side of a band's upper edge, the figures ease from one band into the next over this share of the edge. */
const EDGE_EASE = 0.1;
/**
 * The tenant table as a curve: each band's own figures across the band, easing into the next band within 10% either
 * side of its edge (so that one more mailbox never jumps a band), and scaled down from nothing for the smallest
 * tenants, below the middle of the first band. Our reading of a banded table.
 */
const TENANT_CURVE = [
  { at: 0, days: 0, upTo: 0 },
  ...TENANT_DURATION.bands.flatMap((b, i) => {
    const start = i === 0 ? b.toMailboxes / 2 : b.fromMailboxes * (1 + EDGE_EASE);
    const end = i === TENANT_DURATION.bands.length - 1 ? b.toMailboxes : b.toMailboxes * (1 - EDGE_EASE);
    return [{ at: start, days: b.days, upTo: b.upTo }, { at: end, days: b.days, upTo: b.upTo }];
  }),
];

/** How Microsoft's tenant table applies to this many mailboxes, in words (every plan of one assessment asks the same). */
let lastTenantWords = { mailboxes: Number.NaN, text: '' };
function tenantWords(mailboxes: number): string {
  if (lastTenantWords.mailboxes !== mailboxes) lastTenantWords = { mailboxes, text: tenantSentence(mailboxes) };
  return lastTenantWords.text;
}

function tenantSentence(mailboxes: number): string {
  const bands = TENANT_DURATION.bands;
  const i = bands.findIndex((b) => mailboxes < b.toMailboxes);
  const band = bands[i === -1 ? bands.length - 1 : i]!;
  const name = band.fromMailboxes === 0 ? `under ${formatCount(band.toMailboxes)} mailboxes` : i === -1 ? `over ${formatCount(band.fromMailboxes)} mailboxes` : `${formatCount(band.fromMailboxes)}–${formatCount(band.toMailboxes)} mailboxes`;
  const table = `Microsoft’s table gives tenants of ${name} ${band.days} days to move 90% of their mailboxes (up to ${band.upTo})`;
  const here = tenantDays(mailboxes);
  if (here.low === band.days && here.high === band.upTo) return table;
  const why = mailboxes < bands[0]!.toMailboxes / 2 ? 'scaled down for a small tenant' : 'eased towards the next band near its edge';
  return `${table}; ${why}, ${days(here)}`;
}

/**
 * Microsoft's tenant-size durations (M8) for this many mailboxes, read along the curve.
 * @example tenantDays(2236) // { low: 10, high: 30 }
 */
export function tenantDays(mailboxes: number): DayRange {
  const last = TENANT_CURVE[TENANT_CURVE.length - 1]!;
  if (mailboxes >= last.at) return { low: last.days, high: last.upTo };
  for (let i = 1; i < TENANT_CURVE.length; i++) {
    const b = TENANT_CURVE[i]!;
    if (mailboxes <= b.at) {
      const a = TENANT_CURVE[i - 1]!;
      const t = (mailboxes - a.at) / (b.at - a.at);
      return { low: a.days + t * (b.days - a.days), high: a.upTo + t * (b.upTo - a.upTo) };
    }
  }
  return { low: last.days, high: last.upTo };
}

/**
 * How many mailboxes the move is set to copy at once: the default, more for large estates, never more than the method
 * allows. The setting, not the count: a small estate copies side by side, and its one slow mailbox is the largest
 * mailbox's own pace (allowed for when it is known).
 */
export function concurrency(model: CopyModel, mailboxes: number): number {
  return Math.min(model.maxConcurrency, Math.max(LIMITS.defaultConcurrency.value, Math.ceil(mailboxes / MAILBOXES_PER_MOVE)));
}

/**
 * GB an hour in all, low and high, with the upload link as a ceiling when mail leaves the organisation's own servers.
 * `perMove` replaces the planning rate with one measured in a pilot.
 * @example throughput(SCORING.hybrid.duration, { ...answers, mailboxCount: 100 }).low // 6 (20 moves × 0.3 GB an hour)
 */
export function throughput(model: CopyModel, a: Answers, perMove: DayRange = model.ratePerMove): DayRange & { capped: boolean } {
  const moves = concurrency(model, a.mailboxCount);
  let low = moves * perMove.low;
  let high = moves * perMove.high;
  let capped = false;
  if (a.uploadMbps !== undefined && isOwnExchange(a.source)) {
    // Never quite zero: an absurdly slow link gives an absurdly long estimate, not an infinite one.
    const ceiling = Math.max(0.001, a.uploadMbps * GB_PER_HOUR_PER_MBPS * UPLOAD_SHARE);
    capped = ceiling < high;
    low = Math.min(low, ceiling);
    high = Math.min(high, ceiling);
  }
  return { low, high, capped };
}

/** Over this size a mailbox cannot be moved as it is: a blocker, never a duration. */
export const tooLargeToMove = (a: Answers) => (a.largestMailboxGb ?? 0) > LIMITS.mailboxMoveCeilingGb.value;

/** How long the largest mailbox takes on its own: Microsoft's per-mailbox table for mailbox moves, or the rate per move. */
function largestMailboxDays(model: CopyModel, a: Answers): DayRange {
  const size = a.largestMailboxGb;
  if (size === undefined || tooLargeToMove(a)) return { low: 0, high: 0 };
  if (model.mailboxPace === 'table') {
    const band = MAILBOX_DURATION.bands.find((b) => size <= b.toGb) ?? MAILBOX_DURATION.bands[MAILBOX_DURATION.bands.length - 1]!;
    return { low: band.median, high: band.p90 };
  }
  return { low: size / model.ratePerMove.high / HOURS_A_DAY, high: size / model.ratePerMove.low / HOURS_A_DAY };
}

/** Days to set up every user's Outlook: a small helpdesk's pace, or one sized to the organisation. */
function profileDays(a: Answers): DayRange {
  return { low: Math.min(a.mailboxCount / PROFILES_A_DAY.high, PROFILE_ROLLOUT_DAYS.low), high: Math.min(a.mailboxCount / PROFILES_A_DAY.low, PROFILE_ROLLOUT_DAYS.high) };
}

/**
 * The copying phase: the longest of the tenant table, the data at this throughput, and (unless left out, as for the
 * bulk of the estate) the largest mailbox.
 */
export function copyDays(model: CopyModel, a: Answers, withLargest = true): DayRange {
  return copyParts(model, a, withLargest).copy;
}

/** The copying phase and the parts it is the longest of, kept for the words that explain it. */
function copyParts(model: CopyModel, a: Answers, withLargest: boolean) {
  const tenant = tenantDays(a.mailboxCount);
  const rate = throughput(model, a);
  const data = { low: a.totalDataGb / rate.high / HOURS_A_DAY, high: a.totalDataGb / rate.low / HOURS_A_DAY };
  const one = withLargest ? largestMailboxDays(model, a) : { low: 0, high: 0 };
  return { rate, data, one, copy: { low: Math.max(tenant.low, data.low, one.low), high: Math.max(tenant.high, data.high, one.high) } };
}

const sum = (parts: readonly DayRange[]) => parts.reduce((t, p) => ({ low: t.low + p.low, high: t.high + p.high }), { low: 0, high: 0 });

/** The phases of one method's move for some answers: worked out once, read by the ranking and by the plan. */
export interface Phases {
  setup: SetupPart[];
  copy: DayRange;
  /** What the copying is the longest of: the data at this throughput, and the largest mailbox on its own. */
  parts: ReturnType<typeof copyParts>;
  finish: SetupPart;
  profiles: DayRange;
  range: DurationRange;
}

/**
 * Works out the phases and the range of a method's move (numbers only: it runs on every change).
 * @example phasesOf(REGISTRY.cutover, answers).range.fit // 'fits'
 */
export function phasesOf(method: MethodScoring, a: Answers, date: string): Phases {
  const model = method.duration;
  const setup = model.setup(a, date);
  const parts = copyParts(model, a, true);
  const copy = parts.copy;
  const finish = model.finish(a);
  const profiles = model.profiles === 'none' ? { low: 0, high: 0 } : profileDays(a);
  return { setup, copy, parts, finish, profiles, range: rangeOf(model, a, setup, copy, finish, profiles) };
}

function rangeOf(model: DurationModel, a: Answers, setupParts: readonly SetupPart[], copy: DayRange, finish: DayRange, profiles: DayRange): DurationRange {
  const setup = sum(setupParts);
  const moving =
    model.profiles === 'alongside'
      ? { low: Math.max(copy.low, profiles.low), high: Math.max(copy.high, profiles.high) }
      : { low: copy.low + profiles.low, high: copy.high + profiles.high };
  const lowDays = Math.max(1, Math.ceil(setup.low + moving.low + finish.low));
  const highDays = Math.max(lowDays, Math.ceil(setup.high + moving.high + finish.high));
  const timelineDays = a.timelineWeeks * 7;
  const fit: TimelineFit = highDays <= timelineDays ? 'fits' : lowDays <= timelineDays ? 'tight' : 'does-not-fit';
  return { lowDays, highDays, timelineDays, fit };
}

/**
 * How long a method takes from start to finish, in calendar days, as a range (numbers only: it runs on every change).
 * @example estimateRange(REGISTRY.cutover, { mailboxCount: 35, totalDataGb: 70, timelineWeeks: 2, ... }).fit // 'fits'
 */
export function estimateRange(method: MethodScoring, a: Answers, date: string): DurationRange {
  return phasesOf(method, a, date).range;
}

function days(r: DayRange): string {
  const low = Math.round(r.low * 10) / 10;
  const high = Math.round(r.high * 10) / 10;
  if (high < 1) return 'less than a day';
  return low === high ? `${formatCount(low)} day${low === 1 ? '' : 's'}` : `${formatCount(low)}–${formatCount(high)} days`;
}

/**
 * The estimate with the assumptions behind it, for the plan people read: what each phase takes and why.
 * @example estimateDuration(REGISTRY.hybrid, answers).assumptions.at(-1) // 'Only a pilot batch …'
 */
export function estimateDuration(method: MethodScoring, a: Answers, date: string, p: Phases = phasesOf(method, a, date)): Estimate {
  const model = method.duration;
  const estimate: Estimate = { ...p.range, assumptions: [] };
  const list = estimate.assumptions;
  for (const part of p.setup) list.push(`${part.what}: ${days(part)}.`);
  const { rate, data, one } = p.parts;
  const moves = concurrency(model, a.mailboxCount);
  list.push(
    `Copying: ${days(p.copy)}. ${tenantWords(a.mailboxCount)}. ` +
      `${formatCount(a.totalDataGb)} GB at ${formatCount(moves)} mailbox${moves === 1 ? '' : 'es'} at a time and ${model.ratePerMove.low}–${model.ratePerMove.high} GB an hour each ` +
      `(${Math.round(rate.low)}–${Math.round(rate.high)} GB an hour in all${rate.capped ? `, held back by your ${formatCount(a.uploadMbps ?? 0)} Mbit/s upload` : ''}) takes ${days(data)}; the longer sets the pace.` +
      (moves > LIMITS.maxConcurrency.value ? ` More than ${LIMITS.maxConcurrency.value} at a time assumes several migration endpoints (each takes up to ${LIMITS.maxConcurrency.value}).` : ''),
  );
  if (tooLargeToMove(a)) {
    estimate.blocker = `A ${formatCount(a.largestMailboxGb ?? 0)} GB mailbox is over the ${LIMITS.mailboxMoveCeilingGb.value} GB Microsoft supports moving as it is: it is left out of these days. Make it smaller first (a primary under ${LIMITS.e3QuotaGb.value} GB, an archive within ${LIMITS.mailboxMoveCeilingGb.value} GB, the rest to PST for the cloud archive), then plan its move.`;
  } else if (a.largestMailboxGb === undefined) {
    list.push('The largest mailbox is not known, so no single slow mailbox was allowed for.');
  } else {
    list.push(
      model.mailboxPace === 'table'
        ? `The largest mailbox (${formatCount(a.largestMailboxGb)} GB) takes ${days(one)} on its own, by Microsoft’s table for mailboxes of its size (median to 90th percentile).`
        : `The largest mailbox (${formatCount(a.largestMailboxGb)} GB) takes ${days(one)} on its own at ${model.ratePerMove.low}–${model.ratePerMove.high} GB an hour.`,
    );
  }
  if (model.profiles !== 'none') {
    const when = model.profiles === 'alongside' ? 'alongside the batches, so they add time only when they outlast the copying' : 'after the switch';
    list.push(`Outlook profiles, set up ${when}: ${days(p.profiles)} (${PROFILES_A_DAY.low}–${PROFILES_A_DAY.high} ${PROFILES_A_DAY.unit}, or a helpdesk sized to finish within ${PROFILE_ROLLOUT_DAYS.low}–${PROFILE_ROLLOUT_DAYS.high} days).`);
  } else {
    list.push('Outlook profiles: none to rebuild; Outlook reconnects after each move.');
  }
  list.push(`${p.finish.what}: ${days(p.finish)}.`);
  if (estimate.fit !== 'fits') list.push(`To finish within the estimate’s upper end, allow about ${plural(Math.ceil(estimate.highDays / 7), 'week')}; more mailboxes at a time, or a partner, can shorten the copying.`);
  list.push('Only a pilot batch of real mailboxes measures your own speed: run one before promising dates.');
  return estimate;
}

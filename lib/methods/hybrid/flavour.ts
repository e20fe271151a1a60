import type { Answers } from '../../answers';
import type { HybridFlavour } from '../../advice';
import { copyDays, type CopyModel } from '../../duration';
import { LIMITS } from '../../facts/limits';
import { HYBRID_RATE_PER_MOVE } from '../../facts/planning';
import { plural } from '../../format';
import { interpolate } from '../../rules/ramp';
import type { DayRange, Flavour } from '../types';

/** How hybrid copies mailboxes: MRS moves through MRSProxy, up to 100 at a time (M13), never past Microsoft's best seen. */
export const HYBRID_COPY: CopyModel = { ratePerMove: HYBRID_RATE_PER_MOVE, maxConcurrency: LIMITS.maxConcurrency.value, mailboxPace: 'table' };
/** Days from the last batch to the end: completing it and pointing MX and Autodiscover at Exchange Online. */
export const HYBRID_FINISH: DayRange = { low: 1, high: 3 };
/** The most days the moves may take and still count as express ("about two weeks", facts §9). */
const EXPRESS_DAYS = 14;

export interface HybridChoice extends Flavour {
  /**
   * How far the answers lean to full hybrid, 0–1. It turns from 0 to 1 over a few days of estimated moves, so one more
   * mailbox never jumps full hybrid's extra setup and risks in or out; the flavour is full from 0.5.
   */
  fullWeight: number;
  /** Whether directory sync runs on after the move. */
  syncContinues: boolean;
}

/** The last answers asked about and their choice: the rules, the setup and the steps all ask for the same answers in turn. */
let last: { answers: Answers; choice: HybridChoice } | undefined;

/** Whether directory sync runs on after the move: accounts kept on-premises, or sync running or planned. */
export const syncContinues = (a: Answers) => a.keepOnPremises === true || a.directorySync === 'in-place' || a.directorySync === 'planned';

const range = (r: DayRange) => `${Math.round(r.low)}–${Math.round(r.high)} days`;

/**
 * Which Hybrid Configuration Wizard set-up fits, and why (facts §9, M6):
 * - full for shared free/busy and mail flow while people move, for an estate whose bulk takes more than a couple of
 *   months to copy, or for accounts kept on-premises with weeks of batches spread over a long timeline;
 * - express when the moves fit in about two weeks and directory sync will not continue (synced once, then off);
 * - minimal otherwise.
 * The bulk is the estate without its one largest mailbox: one big mailbox is no reason for full hybrid.
 * @example hybridChoice({ ...answers, needCoexistence: true }).kind // 'full'
 */
export function hybridChoice(a: Answers): HybridChoice {
  if (last?.answers === a) return last.choice;
  const bulk = copyDays(HYBRID_COPY, a, false);
  const tooLarge = interpolate(bulk.high, [[55, 0], [65, 1]]);
  const spreadOut = a.keepOnPremises === true && a.timelineWeeks > 8 ? interpolate(bulk.high, [[19, 0], [23, 1]]) : 0;
  const fullWeight = a.needCoexistence === true ? 1 : Math.max(tooLarge, spreadOut);
  const continues = syncContinues(a);
  const batches = `about ${range(bulk)} of batches for ${plural(a.mailboxCount, 'mailbox', 'mailboxes')}`;
  let kind: HybridFlavour;
  let text: string;
  if (fullWeight >= 0.5) {
    kind = 'full';
    text =
      a.needCoexistence === true ? 'Full hybrid: people need shared free/busy and mail flow between moved and waiting mailboxes while the move runs.'
      : tooLarge >= 0.5 ? `Full hybrid: ${batches}, more than a couple of months, so people will sit on both sides for a long time; connectors and free/busy keep them working together.`
      : `Full hybrid: accounts stay on-premises and ${batches} will spread over your ${plural(a.timelineWeeks, 'week')}, so people will likely sit on both sides for weeks. If nobody needs free/busy meanwhile, minimal hybrid is enough.`;
  } else if (!continues && (a.keepOnPremises === false || a.directorySync === 'none') && bulk.high + HYBRID_FINISH.high <= EXPRESS_DAYS) {
    kind = 'express';
    text = `Express migration (minimal hybrid, one-time sync): ${batches} fit in about two weeks and directory sync will not continue, so users are synced once, everyone moves, and sync is switched off.`;
  } else {
    kind = 'minimal';
    text = `Minimal hybrid: ${batches}${continues ? ', with directory sync continuing' : ''}. It assumes nobody needs free/busy or mail flow between the two sides meanwhile; if they do, choose full hybrid.`;
  }
  const choice: HybridChoice = { kind, fullWeight, syncContinues: continues, text };
  last = { answers: a, choice };
  return choice;
}

/** The full-hybrid extras as days, weighed by how far the answers lean to full. */
export const weighed = (w: number, r: DayRange): DayRange => ({ low: w * r.low, high: w * r.high });

import type { Answers } from '../../answers';
import type { HybridFlavour } from '../../advice';
import { copyDays, type CopyModel } from '../../duration';
import { HYBRID_RATE_PER_MOVE } from '../../facts/planning';
import { plural } from '../../format';
import { interpolate } from '../../rules/ramp';
import type { DayRange, Flavour } from '../types';

/** How hybrid copies mailboxes (MRS moves through MRSProxy; several servers for large estates). */
export const HYBRID_COPY: CopyModel = { ratePerMove: HYBRID_RATE_PER_MOVE, maxConcurrency: 300, mailboxPace: 'table' };
/** Days from the last batch to the end: completing it and pointing MX at Exchange Online. */
export const HYBRID_FINISH: DayRange = { low: 1, high: 3 };
/** Days of hybrid setup without the full-hybrid extras: certificate, publishing, MRSProxy, the wizard. */
export const HYBRID_SETUP: DayRange = { low: 7, high: 15 };
/** The most days the moves may take and still count as express ("about two weeks", facts §9). */
const EXPRESS_DAYS = 14;
/** Timelines longer than this many weeks let batches run for months ("a couple of months", facts §9). */
const COUPLE_OF_MONTHS_WEEKS = 8;

export interface HybridChoice extends Flavour {
  /** How far the answers lean to full hybrid, 0–1: its extra setup and risks are weighed in this proportion, so one more mailbox never jumps them. */
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
 * Which Hybrid Configuration Wizard set-up fits, and why (facts §9, M6): express when the whole move fits in about two
 * weeks and directory sync stops afterwards; full for shared free/busy and mail flow, people on both sides for months
 * or an estate too large to move in a couple of months; minimal otherwise.
 * @example hybridChoice({ ...answers, needCoexistence: true }).kind // 'full'
 */
export function hybridChoice(a: Answers): HybridChoice {
  if (last?.answers === a) return last.choice;
  const copy = copyDays(HYBRID_COPY, a);
  const moving = { low: copy.low + HYBRID_FINISH.low, high: copy.high + HYBRID_FINISH.high };
  const tooLarge = interpolate(moving.high, [[45, 0], [75, 1]]);
  const longMove = a.timelineWeeks > COUPLE_OF_MONTHS_WEEKS ? interpolate(moving.high, [[21, 0], [35, 1]]) : 0;
  const fullWeight = a.needCoexistence === true ? 1 : Math.max(tooLarge, longMove);
  const continues = syncContinues(a);
  const moves = `moving ${plural(a.mailboxCount, 'mailbox', 'mailboxes')} takes about ${range(moving)} of batches`;
  let kind: HybridFlavour;
  let why: string;
  if (fullWeight >= 0.5) {
    kind = 'full';
    why =
      a.needCoexistence === true ? 'people need shared free/busy and mail flow between moved and waiting mailboxes while the move runs.'
      : tooLarge >= 0.5 ? `${moves}: too long to finish in a couple of months, so people will sit on both sides and need free/busy and mail flow between them.`
      : `${moves} within your ${plural(a.timelineWeeks, 'week')}, so people will sit on both sides for weeks or months and need free/busy and mail flow between them.`;
  } else if (!continues && (a.keepOnPremises === false || a.directorySync === 'none') && moving.high <= EXPRESS_DAYS) {
    kind = 'express';
    why = `the mailbox moves fit in about two weeks and directory sync will not continue afterwards: sync users once, move everyone, and finish.`;
  } else {
    kind = 'minimal';
    why = `${moves}, within a couple of months, ${continues ? 'with directory sync continuing' : 'and directory sync may continue'}; no free/busy or cross-premises mail flow is needed meanwhile.`;
  }
  const name = { full: 'Full hybrid', minimal: 'Minimal hybrid', express: 'Express (minimal hybrid done within about two weeks)' }[kind];
  const choice: HybridChoice = { kind, fullWeight, syncContinues: continues, text: `${name}: ${why}` };
  last = { answers: a, choice };
  return choice;
}

/** The full-hybrid extras (dedicated hybrid app, supported server) as days, weighed by how far the answers lean to full. */
export const weighed = (w: number, r: DayRange): DayRange => ({ low: w * r.low, high: w * r.high });


import type { Answers } from './answers';
import type { DurationRange, HybridFlavour, Method, Reason } from './advice';
import { tooLargeToMove } from './duration';
import { SCORING } from './methods/scoring';
import { rankWithPhases } from './rank';

/** A reason with its points as a number: positive helped the method, negative counted against it. */
export interface SignedReason {
  rule: string;
  points: number;
  text: string;
}

/** One method as the live panel shows it: a viable one with its deciding reasons and duration, or why it is ruled out. */
export interface LiveMethod {
  method: Method;
  label: string;
  viable: boolean;
  score: number;
  flavour?: HybridFlavour;
  /** The reasons that moved the score most (never the starting score or the hold within 1–100); empty when ruled out. */
  reasons: SignedReason[];
  /** For a ruled-out method: the first hard limit it breaks, in one line. */
  ruledOutBecause?: string;
  /** For a viable method: the duration range against the timeline. */
  estimate?: DurationRange;
  /** A mailbox is too large to move as it is: no date can be promised until it is dealt with. */
  blocked?: boolean;
}

export interface LiveSummary {
  recommended: Method | null;
  methods: LiveMethod[];
}

/** Whether a reason carries points that explain the score (not the base 50, the 1–100 hold or a zero). */
const explains = (r: Reason): r is Reason & { effect: number } =>
  r.effect !== 'excludes' && r.effect !== 0 && !r.rule.endsWith('.base') && !r.rule.endsWith('.capped');

/**
 * The ranking in the few lines a meeting needs: each viable method's score, its `top` deciding reasons with signed
 * points (largest first) and its duration; each ruled-out method with the one limit that rules it out and no reasons
 * in its favour. Numbers only from rank(): it runs in the browser on every change.
 * @example liveSummary(answers, '2026-11-25').methods[0].reasons[0] // { rule: 'cutover.mailbox-count', points: 15, text: '…' }
 */
export function liveSummary(answers: Answers, date: string, top = 3): LiveSummary {
  const { ranking, recommended, phases } = rankWithPhases(answers, date);
  const blocked = tooLargeToMove(answers);
  const methods = ranking.map((r): LiveMethod => {
    const base = {
      method: r.method,
      label: SCORING[r.method].label,
      viable: r.viable,
      score: r.score,
      ...(r.flavour ? { flavour: r.flavour } : {}),
    };
    if (!r.viable) return { ...base, reasons: [], ruledOutBecause: r.reasons.find((x) => x.effect === 'excludes')?.text };
    const reasons = r.reasons
      .filter(explains)
      .map((x) => ({ rule: x.rule, points: x.effect, text: x.text }))
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
      .slice(0, top);
    return { ...base, reasons, estimate: phases.get(r.method)?.range, ...(blocked ? { blocked } : {}) };
  });
  return { recommended, methods };
}

/**
 * A signed number of points as people read it, with a true minus sign.
 * @example signedPoints(12) // '+12'; signedPoints(-5) // '−5'
 */
export const signedPoints = (points: number): string => (points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0');

/**
 * Days as weeks for a meeting: "2–3 weeks", "4 days" under two weeks.
 * @example durationWords({ lowDays: 10, highDays: 21 }) // '10–21 days'; durationWords({ lowDays: 14, highDays: 35 }) // '2–5 weeks'
 */
export function durationWords({ lowDays, highDays }: Pick<DurationRange, 'lowDays' | 'highDays'>): string {
  if (highDays < 14) return lowDays === highDays ? `${lowDays} day${lowDays === 1 ? '' : 's'}` : `${lowDays}–${highDays} days`;
  const low = Math.max(1, Math.floor(lowDays / 7));
  const high = Math.ceil(highDays / 7);
  return low === high ? `${high} weeks` : `${low}–${high} weeks`;
}

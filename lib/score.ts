import type { Reason } from './advice';
import type { SourceId } from './sources';

/** Where every method and every sign-in option starts; rules move it up or down. */
export const BASE_SCORE = 50;
const MIN_VIABLE = 1;
const MAX_SCORE = 100;

export interface Scored {
  viable: boolean;
  score: number;
  /** The starting score first, then every rule that fired, then (when the sum was held within 1–100) why. */
  reasons: Reason[];
}

/**
 * The one scorer for methods and sign-in options. The reasons begin with the starting score as a reason of its own
 * (`<id>.base`, +50), so the score is the sum of the effects shown. Any "excludes" rules the option out: it scores 0
 * and the other rules are not shown. A viable option is held within 1–100 (so it always ranks above the ruled-out
 * ones), and a `<id>.capped` reason (+0) says so when the sum is outside.
 * @example scoreReasons('cutover', [{ rule: 'cutover.budget', effect: 15, text: '…', source: 'M1' }], base).score // 65
 */
export function scoreReasons(id: string, fired: readonly Reason[], base: { text: string; source: SourceId }): Scored {
  const start: Reason = { rule: `${id}.base`, effect: BASE_SCORE, text: base.text, source: base.source };
  const exclusions = fired.filter((r) => r.effect === 'excludes');
  if (exclusions.length > 0) return { viable: false, score: 0, reasons: [start, ...exclusions] };
  let sum = 0;
  for (const r of fired) sum += r.effect as number;
  sum += BASE_SCORE;
  const score = Math.min(MAX_SCORE, Math.max(MIN_VIABLE, sum));
  const reasons = [start, ...fired];
  if (score !== sum) {
    reasons.push({ rule: `${id}.capped`, effect: 0, text: `The reasons above add up to ${sum}; a score is held at ${score}, so the total shown is ${score}.`, source: base.source });
  }
  return { viable: true, score, reasons };
}

/**
 * Orders scored options best first: higher score, then the order given (the registry's order for methods).
 * @example [...options].sort(byScore(['password-hash-sync', 'pass-through'], (o) => o.method))
 */
export function byScore<K, T extends { score: number }>(order: readonly K[], key: (item: T) => K): (a: T, b: T) => number {
  return (a, b) => b.score - a.score || order.indexOf(key(a)) - order.indexOf(key(b));
}

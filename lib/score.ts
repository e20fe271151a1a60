import type { Reason } from './advice';

/** Where every method and every sign-in option starts; rules move it up or down. */
export const BASE_SCORE = 50;
const MIN_VIABLE = 1;
const MAX_SCORE = 100;

/**
 * The one scorer for methods and sign-in options: the base plus every numeric effect, held within 1–100;
 * any "excludes" rules the option out, and it scores 0. A viable option keeps at least 1, so it always
 * ranks above the ruled-out ones.
 * @example scoreOf([{ rule: 'x', effect: 20, text: '', source: 'M1' }]) // { viable: true, score: 70, sum: 70 }
 */
export function scoreOf(reasons: readonly Reason[], base = BASE_SCORE): { viable: boolean; score: number; sum: number } {
  let sum = base;
  let viable = true;
  for (const r of reasons) {
    if (r.effect === 'excludes') viable = false;
    else sum += r.effect;
  }
  return { viable, sum, score: viable ? Math.min(MAX_SCORE, Math.max(MIN_VIABLE, sum)) : 0 };
}

/**
 * Orders scored options best first: higher score, then the order given (the registry's order for methods).
 * @example [...options].sort(byScore(['phs', 'pta'], (o) => o.method))
 */
export function byScore<K, T extends { score: number }>(order: readonly K[], key: (item: T) => K): (a: T, b: T) => number {
  return (a, b) => b.score - a.score || order.indexOf(key(a)) - order.indexOf(key(b));
}

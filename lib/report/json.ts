import type { Advice, Reason } from '../advice';
import { formatEffect } from '../format';

/** A reason as the contract writes it: the effect as "+n", "-n" or "excludes". */
export interface ReasonJson extends Omit<Reason, 'effect'> {
  effect: string;
}

const toJson = (r: Reason): ReasonJson => ({ ...r, effect: formatEffect(r.effect) });

/**
 * The advice as the answers contract's JSON: the same object, with every effect written as a signed string.
 * The one place numbers become "+n" (the CLI's `--format json` prints this).
 * @example adviceJson(advice).ranking[0].reasons[0].effect // '+20'
 */
export function adviceJson(advice: Advice) {
  return {
    ...advice,
    ranking: advice.ranking.map((r) => ({ ...r, reasons: r.reasons.map(toJson) })),
    identity: { ...advice.identity, options: advice.identity.options.map((o) => ({ ...o, reasons: o.reasons.map(toJson) })) },
  };
}

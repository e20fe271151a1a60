import { ANSWER_FIELDS, type Answers } from '../answers';
import type { Advice } from '../advice';
import { formatEffect } from '../format';
import { describeValue, labelOf } from '../labels';
import { REGISTRY } from '../methods';

/** The answers as label/value rows, required first, "Not known" for optional answers left out. */
export function answerRows(a: Answers): { field: string; label: string; value: string }[] {
  return ANSWER_FIELDS.filter((f) => f !== 'version').map((field) => ({ field, label: labelOf(field), value: describeValue(field, a[field]) }));
}

/**
 * The appendix of every reason's rule id, method by method (rule ids appear nowhere else a customer reads).
 * @example rulesApplied(advice)[0] // { method: 'Hybrid migration', rule: 'hybrid.base', effect: '+50', source: 'M1' }
 */
export function rulesApplied(advice: Advice): { method: string; rule: string; effect: string; source: string }[] {
  return advice.ranking.flatMap((r) => r.reasons.map((x) => ({ method: REGISTRY[r.method].label, rule: x.rule, effect: formatEffect(x.effect), source: x.source })));
}

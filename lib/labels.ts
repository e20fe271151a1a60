import type { AnswerField, Answers } from './answers';
import { formatCount } from './format';
import { questionFor } from './questions';

/**
 * A person-readable value of one answer, from its row; absent optional answers read "Not known".
 * @example describeValue('timelineWeeks', 6) // '6 weeks'
 */
export function describeValue<F extends AnswerField>(field: F, value: Answers[F] | undefined): string {
  if (value === undefined) return 'Not known';
  if (field === 'version') return String(value);
  const q = questionFor(field as Exclude<AnswerField, 'version'>);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    const unit = q.valueUnit;
    return unit ? `${formatCount(value)} ${value === 1 ? unit[0] : unit[1]}` : formatCount(value);
  }
  const option = q.options?.find((o) => o.value === value);
  return option ? (option.short ?? option.label) : String(value);
}

/** The short name of an answer, for summaries, reports and "what would change". */
export const labelOf = (field: AnswerField): string => (field === 'version' ? 'Answers format' : questionFor(field).label);

import { ANSWER_FIELDS, type Answers } from '../answers';
import { describeValue, labelOf } from '../labels';

/** The answers as label/value rows, required first, "Not known" for optional answers left out. */
export function answerRows(a: Answers): { field: string; label: string; value: string }[] {
  return ANSWER_FIELDS.filter((f) => f !== 'version').map((field) => ({ field, label: labelOf(field), value: describeValue(field, a[field]) }));
}

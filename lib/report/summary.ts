import { ANSWER_FIELDS, type Answers } from '../answers';
import { describeValue, FIELD_LABELS } from '../labels';

/** The answers as label/value rows, required first, "Not known" for optional answers left out. */
export function answerRows(a: Answers): { field: string; label: string; value: string }[] {
  return ANSWER_FIELDS.filter((f) => f !== 'version').map((field) => ({ field, label: FIELD_LABELS[field], value: describeValue(field, a[field]) }));
}

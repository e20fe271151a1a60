import { canonicalText, checkField, firstParam, valuesFromParams } from '@/lib/form-values';
import type { Question } from '@/lib/questions';
import { continueHref, journeyHref } from './guided-journey';

/**
 * What a guided question's form sends when it is submitted by the browser itself, before the page's script has run
 * (Enter pressed on a slow phone) or without JavaScript: `continue=form`, the answer under its field name, and the
 * other answers under their questions' names, as hidden inputs.
 */
export const CONTINUE_PARAM = 'continue';
const FROM_FORM = 'form';
/** The marker on the page's own address after an answer was refused: show its message even for an empty answer. */
export const REFUSED = 'refused';

type Params = Record<string, string | string[] | undefined>;

/**
 * Where a guided question submitted by the browser goes: on, as Continue would (the next question asked, or check
 * answers), with the answer in canonical form; or back to the same question with the answer as typed and its message.
 * Undefined for an ordinary visit. Nothing typed is lost either way.
 * @example continueTarget(questionFor('mailboxCount'), { continue: 'form', mailboxCount: '1.5k' }) // '/questions/source?mailboxes=1500'
 */
export function continueTarget(q: Question, params: Params): string | undefined {
  if (firstParam(params[CONTINUE_PARAM]) !== FROM_FORM) return undefined;
  const values = valuesFromParams(params);
  values[q.field] = firstParam(params[q.field]) ?? '';
  const fromCheck = firstParam(params.from) === 'check';
  if (!checkField(q.field, values[q.field]).ok) return journeyHref(`/questions/${q.slug}`, values, fromCheck, [`${CONTINUE_PARAM}=${REFUSED}`]);
  return continueHref(q, { ...values, [q.field]: canonicalText(q.field, values[q.field]) }, fromCheck);
}

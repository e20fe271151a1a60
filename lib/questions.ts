import { ANSWER_ROWS, type AnswerRow, type Option, type QuestionField } from './answer-fields';
import { SOURCES, type Source } from './answer-values';
import { isOwnExchange } from './facts/source-systems';

export type { Help, Option, QuestionField, QuestionGroup, QuestionKind } from './answer-fields';

/** One question as the form asks it: an answer row with its field name. */
export interface Question extends AnswerRow {
  field: QuestionField;
}

/** Every question, in the order the guided journey asks them: the five the advice needs first. */
export const QUESTIONS: readonly Question[] = (Object.keys(ANSWER_ROWS) as QuestionField[]).map((field) => {
  const { schema: _schema, ...row } = ANSWER_ROWS[field];
  return { field, ...row };
});

export const REQUIRED_QUESTIONS = QUESTIONS.filter((q) => q.required);

/**
 * Whether a question matters for the mail system chosen (or not yet chosen): Exchange-only questions are skipped for
 * Google Workspace and IMAP sources, and questions about your own servers for hosted Exchange.
 * @example isAsked(questionFor('onLatestCu'), 'google-workspace') // false
 */
export function isAsked(q: Question, source: string | undefined): boolean {
  if (q.onlyFor === undefined || !(SOURCES as readonly string[]).includes(source ?? '')) return true;
  const own = isOwnExchange(source as Source);
  return q.onlyFor === 'own-exchange' ? own : own || source === 'hosted-exchange';
}
export const questionBySlug = (slug: string) => QUESTIONS.find((q) => q.slug === slug);
export const questionFor = (field: QuestionField) => QUESTIONS.find((q) => q.field === field)!;
export const YES_NO_OPTIONS: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
export const UNKNOWN = 'unknown';
export const UNKNOWN_LABEL = 'I don’t know';

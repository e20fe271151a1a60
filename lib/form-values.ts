import * as z from 'zod/mini';
import { answersSchema, type Answers } from './answers';
import { formatCount } from './format';
import { parseQuantity, isPlainNumber, type Measure } from './parse-quantity';
import { QUESTIONS, questionFor, UNKNOWN, type Question, type QuestionField } from './questions';

/** What the form and the URL hold: the text of each answer as typed or chosen ('' = not answered, 'unknown' = I don't know). */
export type FormValues = Record<QuestionField, string>;

export const QUESTION_FIELDS = QUESTIONS.map((q) => q.field);
/** Longest answer read, in characters after trimming (no answer needs more): longer text is refused, never cut. */
export const MAX_VALUE_LENGTH = 64;

export const emptyValues = (): FormValues => Object.fromEntries(QUESTION_FIELDS.map((f) => [f, ''])) as FormValues;

/** What each numeric answer measures, from its unit: which units and words it accepts ("9 TB", "3 months", "1.5k"). */
const MEASURES: Record<string, Measure> = { mailboxes: 'count', weeks: 'weeks', GB: 'gigabytes', MB: 'megabytes', 'Mbit/s': 'megabits' };

/**
 * What a numeric question measures (a count when its unit is not a size, a time or a speed).
 * @example measureOf(questionFor('totalDataGb')) // 'gigabytes'
 */
export const measureOf = (q: Question): Measure => MEASURES[q.unit ?? ''] ?? 'count';

/**
 * Reads a number as people type it, in the question's own unit: thousands commas and spaces ("1,200", " 250 "),
 * "k" ("1.5k") and the units the question's measure accepts ("9 TB", "6 weeks", "3 months"). NaN when it is not one.
 * @example parseNumberText('9 TB', questionFor('totalDataGb')) // 9216
 */
export function parseNumberText(text: string, q: Question = questionFor('mailboxCount')): number {
  return parseQuantity(text, measureOf(q));
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * A query parameter's value as a page's router hands it over (a repeated parameter is an array): the first one.
 * @example firstParam(['250', '300']) // '250'
 */
export const firstParam = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * Reads the answers' text from a URL's query (unknown parameters ignored, repeated ones take the first).
 * @example valuesFromParams(new URLSearchParams('mailboxes=250')).mailboxCount // '250'
 */
export function valuesFromParams(params: Params): FormValues {
  const get = (key: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    return firstParam(params[key]);
  };
  const values = emptyValues();
  for (const q of QUESTIONS) values[q.field] = get(q.slug) ?? '';
  return values;
}

/**
 * Writes answers' text as a compact, readable query string in question order, leaving out the unanswered.
 * @example valuesToQuery({ ...emptyValues(), mailboxCount: '250' }) // 'mailboxes=250'
 */
export function valuesToQuery(values: Partial<FormValues>): string {
  const params = new URLSearchParams();
  for (const q of QUESTIONS) {
    const v = values[q.field]?.trim();
    if (v) params.set(q.slug, v);
  }
  return params.toString();
}

/** The text form of valid answers; optional answers left out read as "I don't know". */
export function valuesFromAnswers(a: Answers): FormValues {
  const values = emptyValues();
  for (const q of QUESTIONS) {
    const v = a[q.field];
    values[q.field] = v === undefined ? (q.required ? '' : UNKNOWN) : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  }
  return values;
}

export type FieldCheck = { ok: true; value: Answers[QuestionField] | undefined } | { ok: false; message: string };

/**
 * Checks one answer's text against the answers schema and says, in the question's own words, what to enter.
 * An optional answer left blank is "not known", as "I don't know" is: never an error (unless `mustAnswer`, where a
 * person asked to fill in a value, as on the exports page, left it empty).
 * @example checkField('totalDataGb', '9 TB') // { ok: true, value: 9216 }
 */
export function checkField(field: QuestionField, raw: string, mustAnswer = false): FieldCheck {
  const q = questionFor(field);
  const text = raw.trim();
  if (text === '' || text === UNKNOWN) {
    if (q.required || (mustAnswer && text === '')) return { ok: false, message: q.messages.empty };
    return { ok: true, value: undefined };
  }
  if (text.length > MAX_VALUE_LENGTH) return { ok: false, message: `${q.messages.invalid} (this answer is ${formatCount(text.length)} characters long)` };
  let value: unknown = text;
  if (q.kind === 'count' || q.kind === 'amount') {
    value = parseNumberText(text, q);
    // A negative number is a number, out of range: say the range, not "as a whole number".
    if (Number.isNaN(value)) return { ok: false, message: /^-\s*\d/.test(text) ? q.messages.range : q.messages.invalid };
    if (q.kind === 'count' && !Number.isInteger(value)) return { ok: false, message: q.messages.invalid };
  } else if (q.kind === 'yes-no') {
    value = text === 'yes' ? true : text === 'no' ? false : text;
  }
  const result = answersSchema.shape[field].safeParse(value);
  if (!result.success) return { ok: false, message: q.kind === 'count' || q.kind === 'amount' ? q.messages.range : q.messages.invalid };
  return { ok: true, value: result.data as Answers[QuestionField] };
}

export type FieldErrors = Partial<Record<QuestionField, string>>;

/**
 * Checks the given fields' text; returns the answers when every field of the whole set is valid.
 * @example checkValues(valuesFromParams(params)).errors.mailboxCount // 'Enter the number of mailboxes…'
 */
export function checkValues(values: FormValues, fields: readonly QuestionField[] = QUESTION_FIELDS): { answers: Answers | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const draft: Record<string, unknown> = { version: 1 };
  for (const field of QUESTION_FIELDS) {
    const check = checkField(field, values[field] ?? '');
    if (check.ok) {
      if (check.value !== undefined) draft[field] = check.value;
    } else if (fields.includes(field)) {
      errors[field] = check.message;
    }
  }
  const parsed = answersSchema.safeParse(draft);
  return { answers: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}

/** The fields whose URL text is present but wrong (tampered or mistyped), with what to enter. */
export function invalidPresentFields(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of QUESTION_FIELDS) {
    const raw = values[field];
    if (raw === '') continue;
    const check = checkField(field, raw);
    if (!check.ok) errors[field] = check.message;
  }
  return errors;
}

/**
 * The form's text with nothing missing and nothing that can fail before each field's own check: react-hook-form reports
 * a radio group that got focus but no choice as null, and a value of another type is read as its text. So zod's own
 * messages ("Invalid input") never reach a person: every message comes from the question's row.
 */
const formText = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((values) => Object.fromEntries(Object.entries(values).map(([field, text]) => [field, text === null || text === undefined ? '' : String(text)])) as Record<string, string>),
);

/**
 * A zod schema over the form's text for some fields, for react-hook-form's zodResolver:
 * each field is checked with `checkField`, so the form, the URL and the CLI share the answers schema.
 * A null or missing value reads as blank ('') before the check, so a radio group left untouched gets its own message.
 * @example formSchema(['keepOnPremises']).parse({ keepOnPremises: null }) // { keepOnPremises: '' }
 */
export function formSchema(fields: readonly QuestionField[]) {
  return formText.check(
    z.superRefine((values, ctx) => {
      for (const field of fields) {
        const check = checkField(field, values[field] ?? '');
        if (!check.ok) ctx.addIssue({ code: 'custom', path: [field], message: check.message, input: values[field] });
      }
    }),
  );
}

/**
 * The canonical text of a valid answer for the URL ("1,200" → "1200", optional blank → "unknown");
 * text that is not valid is kept as typed, trimmed, so nothing a person typed is lost.
 */
export function canonicalText(field: QuestionField, raw: string): string {
  const check = checkField(field, raw);
  if (!check.ok) return raw.trim();
  if (check.value === undefined) return questionFor(field).required ? '' : UNKNOWN;
  if (typeof check.value === 'boolean') return check.value ? 'yes' : 'no';
  return String(check.value);
}

/**
 * How a number typed with a unit or a shorthand was read, in the question's unit, for showing back beside the field;
 * undefined when the text was already a plain number, or is not a valid answer (its message says what to enter).
 * @example readBack('totalDataGb', '9 TB') // '9,216 GB'
 */
export function readBack(field: QuestionField, raw: string): string | undefined {
  const q = questionFor(field);
  if ((q.kind !== 'count' && q.kind !== 'amount') || isPlainNumber(raw) || raw.trim() === UNKNOWN) return undefined;
  const check = checkField(field, raw);
  if (!check.ok || typeof check.value !== 'number') return undefined;
  const [one, many] = q.valueUnit ?? [q.unit ?? '', q.unit ?? ''];
  return `${formatCount(check.value)}${one || many ? ` ${check.value === 1 ? one : many}` : ''}`;
}

/**
 * The answers as far as they go: valid when the five required answers are, with any optional answer
 * that is not valid left out. For live advice while someone is still typing.
 * @example liveAnswers({ ...emptyValues(), mailboxCount: '250' }).missing // ['source', 'budget', …]
 */
export function liveAnswers(values: FormValues): { answers: Answers | null; missing: QuestionField[] } {
  const draft: Record<string, unknown> = { version: 1 };
  const missing: QuestionField[] = [];
  for (const q of QUESTIONS) {
    const check = checkField(q.field, values[q.field] ?? '');
    if (check.ok && check.value !== undefined) draft[q.field] = check.value;
    else if (!check.ok && q.required) missing.push(q.field);
  }
  const parsed = answersSchema.safeParse(draft);
  return { answers: missing.length === 0 && parsed.success ? parsed.data : null, missing };
}

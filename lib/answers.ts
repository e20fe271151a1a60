import * as z from 'zod/mini';
import { ANSWER_ROWS, type QuestionField } from './answer-fields';

export { BUDGETS, DIRECTORY_SYNC, SOURCES, type Budget, type DirectorySync, type Source } from './answer-values';

const VERSION_RULE = 'must be 1 (this is version 1 of the answers format)';
type Rows = typeof ANSWER_ROWS;
const shape = Object.fromEntries(Object.entries(ANSWER_ROWS).map(([field, row]) => [field, row.schema])) as { [F in QuestionField]: Rows[F]['schema'] };

/**
 * The answers schema, derived from the answer rows: the single source of truth for the form, the share link,
 * file import and the CLI. zod/mini (the tree-shakeable form of zod 4) keeps it small in the browser bundles.
 */
export const answersSchema = z.strictObject(
  {
    version: z.literal(1, { error: (issue) => (issue.input === undefined ? `is required: it ${VERSION_RULE}` : VERSION_RULE) }),
    ...shape,
  },
  { error: () => 'must be a JSON object holding the answers' },
);

export type Answers = z.infer<typeof answersSchema>;
export type AnswerField = keyof Answers;
export const ANSWER_FIELDS = ['version', ...Object.keys(ANSWER_ROWS)] as AnswerField[];

/** What each field must hold, in words a person can act on. Shown by the CLI as `field: message`. */
export const FIELD_RULES = { version: VERSION_RULE, ...Object.fromEntries(Object.entries(ANSWER_ROWS).map(([f, row]) => [f, row.rule])) } as Record<AnswerField, string>;

type OptionalOf<R> = { [F in keyof R]: R[F] extends { required: false } ? F : never }[keyof R];
export type OptionalField = OptionalOf<Rows>;
export const OPTIONAL_FIELDS = (Object.keys(ANSWER_ROWS) as QuestionField[]).filter((f) => !ANSWER_ROWS[f].required) as OptionalField[];

export { ANSWERS_FILE_MAX_BYTES } from './answers-file-limit';
/** Longest unknown key shown whole in a problem line. */
const KEY_SHOWN_CHARS = 64;

/**
 * An unknown key as a problem line may show it: printable ASCII as it is; anything else (a newline, an escape
 * sequence, a right-to-left override, any non-ASCII character) written as a JSON escape inside quotes, so it can
 * neither drive a terminal nor break "one line per problem". A very long key is shortened, saying how long it is.
 * @example shownKey('colour') // 'colour'; shownKey('a\u001b[2J') // '"a\\u001b[2J"'
 */
export function shownKey(key: string): string {
  const short = key.length > KEY_SHOWN_CHARS ? key.slice(0, KEY_SHOWN_CHARS) : key;
  const more = key.length > KEY_SHOWN_CHARS ? `… (${key.length} characters)` : '';
  if (/^[\x21-\x7e]*$/.test(short) && short !== '' && !/["\\]/.test(short)) return short + more;
  const escaped = short.replace(/[^\x20-\x7e]|["\\]/g, (c) =>
    c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"${more}`;
}

/** One thing wrong with some answers: the field it concerns ('' for the whole) and what to do. */
export interface AnswerProblem {
  field: string;
  message: string;
}

export type ParseResult = { ok: true; answers: Answers } | { ok: false; problems: AnswerProblem[] };

/**
 * Checks a value against the answers schema and says, field by field, what is wrong.
 * @example parseAnswers({ version: 1, mailboxCount: 0, ... }) // { ok: false, problems: [{ field: 'mailboxCount', ... }] }
 */
export function parseAnswers(value: unknown): ParseResult {
  const result = answersSchema.safeParse(value);
  if (result.success) return { ok: true, answers: result.data };
  const problems: AnswerProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ field: shownKey(key), message: 'is not a known answer: remove it or check its spelling' });
      }
    } else {
      problems.push({ field: issue.path.map(String).join('.'), message: issue.message });
    }
  }
  return { ok: false, problems };
}

/**
 * Parses the text of an answers file (JSON) and checks it.
 * @example parseAnswersJson('') // { ok: false, problems: [{ field: '', message: 'the answers are empty: ...' }] }
 */
export function parseAnswersJson(text: string): ParseResult {
  if (text.trim() === '') {
    return { ok: false, problems: [{ field: '', message: 'the answers are empty: expected a JSON object of answers' }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ field: '', message: 'the answers are not valid JSON: check the file is an answers file saved by this advisor' }] };
  }
  return parseAnswers(value);
}

/** Formats a problem as one line, `field: message`. */
export function formatProblem(problem: AnswerProblem): string {
  return problem.field ? `${problem.field}: ${problem.message}` : problem.message;
}

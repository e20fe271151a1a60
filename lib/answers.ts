import * as z from 'zod/mini';

/** The Exchange versions and other systems mail can come from (answers contract v1). */
export const SOURCES = [
  'exchange-2003',
  'exchange-2007',
  'exchange-2010',
  'exchange-2013',
  'exchange-2016',
  'exchange-2019',
  'exchange-se',
  'hosted-exchange',
  'google-workspace',
  'imap-other',
] as const;
export type Source = (typeof SOURCES)[number];

export const BUDGETS = ['low', 'medium', 'high'] as const;
export type Budget = (typeof BUDGETS)[number];

export const DIRECTORY_SYNC = ['none', 'planned', 'in-place'] as const;
export type DirectorySync = (typeof DIRECTORY_SYNC)[number];

export const METHODS = ['cutover', 'staged', 'hybrid', 'imap'] as const;
export type Method = (typeof METHODS)[number];

/** What each field must hold, in words a person can act on. Shown by the CLI as `field: message`. */
export const FIELD_RULES = {
  version: 'must be 1 (this is version 1 of the answers format)',
  mailboxCount: 'must be a whole number from 1 to 1,000,000, like 250',
  source: `must be one of ${SOURCES.join(', ')}`,
  budget: `must be one of ${BUDGETS.join(', ')}`,
  timelineWeeks: 'must be a whole number of weeks from 1 to 520, like 12',
  totalDataGb: 'must be a number of gigabytes from 0 to 10,000,000, like 300',
  keepOnPremises: 'must be true or false (or left out if not known)',
  directorySync: `must be one of ${DIRECTORY_SYNC.join(', ')} (or left out if not known)`,
  needCoexistence: 'must be true or false (or left out if not known)',
  moveCalendarContacts: 'must be true or false (or left out if not known)',
  largestMailboxGb: 'must be a number of gigabytes of 0 or more, like 20 (or left out if not known)',
  largestItemMb: 'must be a number of megabytes of 0 or more, like 40 (or left out if not known)',
  dedicatedAdmin: 'must be true or false (or left out if not known)',
  onLatestCu: 'must be true or false (or left out if not known)',
  signInPolicies: 'must be true or false (or left out if not known)',
  existingAdfs: 'must be true or false (or left out if not known)',
  thirdPartyMfa: 'must be true or false (or left out if not known)',
  clientIpRestriction: 'must be true or false (or left out if not known)',
} as const;
export type AnswerField = keyof typeof FIELD_RULES;

const say = (field: AnswerField) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required: it ${FIELD_RULES[field]}` : FIELD_RULES[field],
});

// zod/mini (the tree-shakeable form of zod 4) keeps this schema small in the browser bundles.
const whole = (field: AnswerField, min: number, max: number) => z.int(say(field)).check(z.minimum(min, say(field)), z.maximum(max, say(field)));
const amount = (field: AnswerField, max = Number.MAX_VALUE) => z.number(say(field)).check(z.minimum(0, say(field)), z.maximum(max, say(field)));
const yesNo = (field: AnswerField) => z.optional(z.boolean(say(field)));

/** The answers schema: the single source of truth for the form, the share link, file import and the CLI. */
export const answersSchema = z.strictObject(
  {
    version: z.literal(1, say('version')),
    mailboxCount: whole('mailboxCount', 1, 1_000_000),
    source: z.enum(SOURCES, say('source')),
    budget: z.enum(BUDGETS, say('budget')),
    timelineWeeks: whole('timelineWeeks', 1, 520),
    totalDataGb: amount('totalDataGb', 10_000_000),
    keepOnPremises: yesNo('keepOnPremises'),
    directorySync: z.optional(z.enum(DIRECTORY_SYNC, say('directorySync'))),
    needCoexistence: yesNo('needCoexistence'),
    moveCalendarContacts: yesNo('moveCalendarContacts'),
    largestMailboxGb: z.optional(amount('largestMailboxGb')),
    largestItemMb: z.optional(amount('largestItemMb')),
    dedicatedAdmin: yesNo('dedicatedAdmin'),
    onLatestCu: yesNo('onLatestCu'),
    // Sign-in refinements (an addition to contract v1: optional, so every v1 file stays valid).
    signInPolicies: yesNo('signInPolicies'),
    existingAdfs: yesNo('existingAdfs'),
    thirdPartyMfa: yesNo('thirdPartyMfa'),
    clientIpRestriction: yesNo('clientIpRestriction'),
  },
  { error: () => 'must be a JSON object holding the answers' },
);

export type Answers = z.infer<typeof answersSchema>;
export const ANSWER_FIELDS = Object.keys(FIELD_RULES) as AnswerField[];
export const OPTIONAL_FIELDS = [
  'keepOnPremises',
  'directorySync',
  'needCoexistence',
  'moveCalendarContacts',
  'largestMailboxGb',
  'largestItemMb',
  'dedicatedAdmin',
  'onLatestCu',
  'signInPolicies',
  'existingAdfs',
  'thirdPartyMfa',
  'clientIpRestriction',
] as const satisfies readonly AnswerField[];
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

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
        problems.push({ field: key, message: 'is not a known answer: remove it or check its spelling' });
      }
    } else {
      problems.push({ field: issue.path.map(String).join('.'), message: issue.message });
    }
  }
  return { ok: false, problems };
}

/**
 * Parses the text of an answers file (JSON) and checks it.
 * @example parseAnswersJson('') // { ok: false, problems: [{ field: '', message: 'the file is empty: ...' }] }
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

import fc from 'fast-check';
import { ANSWER_ROWS, type AnswerRow, type QuestionField } from '../answer-fields';
import type { Answers } from '../answers';

/** The date the tests judge advice on, unless a test is about dates. */
export const ON = '2026-11-25';

/** Values for one answer, from its row: its options, yes/no, or numbers within its bounds, denser below its sample marks. */
function arbitraryFor(row: AnswerRow): fc.Arbitrary<unknown> {
  if (row.kind === 'yes-no') return fc.boolean();
  if (row.kind === 'choice') return fc.constantFrom(...(row.options ?? []).map((o) => o.value));
  const min = row.min ?? 0;
  const max = row.max ?? Number.MAX_VALUE;
  const within = (top: number) => (row.kind === 'count' ? fc.integer({ min, max: top }) : fc.double({ min, max: top, noNaN: true, minExcluded: row.above === true }));
  return fc.oneof(...[...(row.sample ?? []), max].map(within));
}

/** Any valid answers, with optional answers present or absent: derived from the answer rows. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  { version: fc.constant(1 as const), ...Object.fromEntries(Object.entries(ANSWER_ROWS).map(([field, row]) => [field, arbitraryFor(row)])) } as Record<keyof Answers, fc.Arbitrary<unknown>>,
  { requiredKeys: ['version', ...(Object.keys(ANSWER_ROWS) as QuestionField[]).filter((f) => ANSWER_ROWS[f].required)] },
) as fc.Arbitrary<Answers>;

/** A middle-of-the-road organisation the rule tests vary one answer at a time. */
export const baseAnswers: Answers = {
  version: 1,
  mailboxCount: 300,
  source: 'exchange-2016',
  budget: 'medium',
  timelineWeeks: 26,
  totalDataGb: 500,
};

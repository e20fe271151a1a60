import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_ROWS, type QuestionField } from './answer-fields';
import { parseAnswers } from './answers';
import { assess } from './assess';
import { checkField, checkValues, emptyValues, MAX_VALUE_LENGTH, valuesFromParams, valuesToQuery } from './form-values';
import { describeValue } from './labels';
import { QUESTIONS } from './questions';
import { adviceJson } from './report/json';
import { formatMarkdown } from './report/markdown';
import { formatText } from './report/text';
import { baseAnswers, ON } from './test/arbitraries';

/** What a number must never read as in any text a person sees: an exponent, infinity or not-a-number. */
const UNREADABLE = /Infinity|NaN|\de[+-]?\d|e\+/;
/** The advice JSON may write a tiny amount as JSON does (1e-7), but never infinity, not-a-number or a huge exponent. */
const UNREADABLE_JSON = /Infinity|NaN|e\+/;
const NUMERIC = QUESTIONS.filter((q) => q.kind === 'count' || q.kind === 'amount').map((q) => q.field);

/** Every text the answers reach (the summary, the Markdown report, each answer's own words; the advice JSON), checked. */
function expectReadable(answers: Parameters<typeof assess>[0]) {
  const advice = assess(answers, { date: ON });
  const words = QUESTIONS.map((q) => describeValue(q.field, answers[q.field])).join('\n');
  expect([formatText(answers, advice), formatMarkdown(answers, advice), words].join('\n')).not.toMatch(UNREADABLE);
  expect(JSON.stringify(adviceJson(advice))).not.toMatch(UNREADABLE_JSON);
}

/** Numbers that broke the texts before the bounds (1e308 read "1e+,308 GB"), and their neighbours. */
const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1e22, 9_007_199_254_740_993, 1e-7, 5e-324, -0, 10_000.000001, 100_000.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 2_000_000 }).map((n) => n / 10),
);

describe('upper bounds from the contract revision, everywhere', () => {
  it.each([
    ['largestMailboxGb', 10_000],
    ['largestItemMb', 10_000],
    ['publicFoldersGb', 1_000_000],
    ['sharedMailboxes', 1_000_000],
    ['uploadMbps', 100_000],
  ] as const)('%s is refused above %d, in a file and in a link, and accepted at it', (field, max) => {
    expect(parseAnswers({ ...baseAnswers, [field]: max }).ok).toBe(true);
    const above = field === 'sharedMailboxes' ? max + 1 : max + 0.5;
    const file = parseAnswers({ ...baseAnswers, [field]: above });
    expect(file.ok ? [] : file.problems.map((p) => p.field)).toEqual([field]);
    expect(checkField(field, String(above)).ok).toBe(false);
    expect(checkField(field, String(max)).ok).toBe(true);
    expect(checkField(field, '1e308')).toEqual({ ok: false, message: ANSWER_ROWS[field].messages.range });
  });

  it('hostile numbers in an answers file are refused or read in plain figures: never Infinity, NaN or an exponent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMERIC), hostileNumber, (field, n) => {
        const r = parseAnswers({ ...baseAnswers, [field]: n });
        if (!r.ok) {
          expect([...new Set(r.problems.map((p) => p.field))]).toEqual([field]);
          for (const p of r.problems) expect(p.message).not.toMatch(UNREADABLE);
          return;
        }
        expectReadable(r.answers);
      }),
      { numRuns: 2_000 },
    );
  });

  it('hostile text in a link is refused with the question’s message or read in plain figures', () => {
    const numberish = fc.stringMatching(/^[0-9eE+\-., ]{0,40}$/);
    const text = fc.oneof(numberish, fc.string({ maxLength: 80 }), fc.constantFrom('1e308', '1E400', 'Infinity', '-0', 'NaN', '9'.repeat(400), '0x10', '1e-400', '10000.0000000001'));
    fc.assert(
      fc.property(fc.constantFrom(...NUMERIC), text, (field, value) => {
        const values = { ...valuesFromParams(new URLSearchParams(valuesToQuery({ ...emptyValues(), mailboxCount: '250', source: 'exchange-2016', budget: 'medium', timelineWeeks: '12', totalDataGb: '600' }))), [field]: value };
        const check = checkField(field as QuestionField, value);
        if (!check.ok) expect(check.message).not.toMatch(UNREADABLE);
        const { answers } = checkValues(values);
        if (answers) expectReadable(answers);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never cuts an answer: one too long to be an answer is refused with its length, even when its start is valid', () => {
    const padded = `250${' '.repeat(61)}999`;
    const values = valuesFromParams(new URLSearchParams({ mailboxes: padded }));
    expect(values.mailboxCount).toBe(padded);
    expect(checkField('mailboxCount', padded)).toEqual({ ok: false, message: `${ANSWER_ROWS.mailboxCount.messages.invalid} (this answer is 67 characters long)` });
    expect(checkField('mailboxCount', `${'0'.repeat(MAX_VALUE_LENGTH - 3)}250`)).toEqual({ ok: true, value: 250 });
    expect(checkField('source', `exchange-2016${' '.repeat(100)}`)).toEqual({ ok: true, value: 'exchange-2016' });
  });
});

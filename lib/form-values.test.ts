import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { METHOD_IDS } from './methods';
import {
  checkField,
  checkValues,
  emptyValues,
  formSchema,
  invalidPresentFields,
  MAX_VALUE_LENGTH,
  parseNumberText,
  readBack,
  valuesFromAnswers,
  valuesFromParams,
  valuesToQuery,
} from './form-values';
import { QUESTIONS, questionFor } from './questions';
import { answersArb, ON } from './test/arbitraries';

describe('parseNumberText', () => {
  it.each([
    ['1,200', 1200],
    [' 250 ', 250],
    ['1 200', 1200],
    ['12.5', 12.5],
    ['1,000,000', 1_000_000],
  ])('reads %j as %d', (text, n) => expect(parseNumberText(text)).toBe(n));

  it.each(['', 'abc', '-5', '12,34', '1e', '12abc', '١٢'])('refuses %j', (text) => expect(parseNumberText(text)).toBeNaN());

  it('reads a unit in the question’s own measure, and refuses one of another', () => {
    expect(parseNumberText('9 TB', questionFor('totalDataGb'))).toBe(9 * 1024);
    expect(parseNumberText('3 months', questionFor('timelineWeeks'))).toBe(13);
    expect(parseNumberText('9 TB', questionFor('timelineWeeks'))).toBeNaN();
    expect(parseNumberText('6 weeks', questionFor('mailboxCount'))).toBeNaN();
  });
});

describe('forgiving numbers', () => {
  it('accepts a size, a time or a shorthand and shows back how it was read, in the question’s unit', () => {
    expect(checkField('totalDataGb', '9 TB')).toEqual({ ok: true, value: 9216 });
    expect(readBack('totalDataGb', '9 TB')).toBe('9,216 GB');
    expect(readBack('totalDataGb', '900 GB')).toBe('900 GB');
    expect(readBack('mailboxCount', '1.5k')).toBe('1,500 mailboxes');
    expect(readBack('mailboxCount', '3,000')).toBe('3,000 mailboxes');
    expect(readBack('timelineWeeks', '6 weeks')).toBe('6 weeks');
    expect(readBack('timelineWeeks', '3 months')).toBe('13 weeks');
  });

  it('shows nothing back for a plain number, a blank or text it cannot read (the message says what to enter)', () => {
    expect(readBack('totalDataGb', '300')).toBeUndefined();
    expect(readBack('totalDataGb', '')).toBeUndefined();
    expect(readBack('totalDataGb', 'lots')).toBeUndefined();
    expect(checkField('totalDataGb', 'lots')).toEqual({ ok: false, message: questionFor('totalDataGb').messages.invalid });
    expect(checkField('timelineWeeks', '9 TB')).toEqual({ ok: false, message: questionFor('timelineWeeks').messages.invalid });
  });

  it('every numeric question’s message for text it cannot read gives an example of a number to type', () => {
    for (const q of QUESTIONS.filter((x) => x.kind === 'count' || x.kind === 'amount')) expect(q.messages.invalid).toMatch(/like \d/);
  });
});

describe('checkField', () => {
  it('says what to enter for an empty, a non-number, a zero and a negative mailbox count', () => {
    expect(checkField('mailboxCount', '')).toEqual({ ok: false, message: 'Enter the number of mailboxes' });
    expect(checkField('mailboxCount', 'lots')).toEqual({ ok: false, message: 'Enter the number of mailboxes as a whole number, like 250' });
    expect(checkField('mailboxCount', '0')).toEqual({ ok: false, message: 'Enter a number of mailboxes from 1 to 1,000,000' });
    expect(checkField('mailboxCount', '-3')).toEqual({ ok: false, message: 'Enter a number of mailboxes from 1 to 1,000,000' });
    expect(checkField('totalDataGb', '- 9 TB')).toMatchObject({ ok: false, message: expect.stringMatching(/^Enter .* from /) });
    expect(checkField('mailboxCount', '12.5')).toMatchObject({ ok: false });
  });

  it('treats "I don’t know" and a blank as "not known" for refinements, never for the five required ones', () => {
    expect(checkField('keepOnPremises', 'unknown')).toEqual({ ok: true, value: undefined });
    expect(checkField('keepOnPremises', '')).toEqual({ ok: true, value: undefined });
    expect(checkField('budget', 'unknown')).toMatchObject({ ok: false });
  });

  it('refuses a tampered choice', () => {
    expect(checkField('source', 'exchange-5.5')).toMatchObject({ ok: false, message: 'Select where your mail is now from the list' });
    expect(checkField('keepOnPremises', 'maybe')).toMatchObject({ ok: false });
  });
});

describe('URL values', () => {
  it('round-trip any valid answers through the query string unchanged', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const back = checkValues(valuesFromParams(new URLSearchParams(valuesToQuery(valuesFromAnswers(a)))));
        expect(back.errors).toEqual({});
        expect(back.answers).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('write a short, readable query', () => {
    const values = { ...emptyValues(), mailboxCount: '250', source: 'exchange-2016', keepOnPremises: 'no' };
    expect(valuesToQuery(values)).toBe('mailboxes=250&source=exchange-2016&keep-accounts=no');
  });

  it('keep the valid answers and flag the tampered one', () => {
    const values = valuesFromParams(new URLSearchParams('mailboxes=250&source=exchange-9&budget=low&weeks=6&data-gb=300'));
    expect(invalidPresentFields(values)).toEqual({ source: 'Select where your mail is now from the list' });
    expect(values.mailboxCount).toBe('250');
    expect(checkValues(values).answers).toBeNull();
  });

  it('never throw on any query string, keep every value whole, and refuse any answer too long to be one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (query) => {
        const params = new URLSearchParams(query);
        const values = valuesFromParams(params);
        for (const q of QUESTIONS) {
          expect(values[q.field]).toBe(params.get(q.slug) ?? '');
          if (values[q.field].trim().length > MAX_VALUE_LENGTH) expect(checkField(q.field, values[q.field]).ok).toBe(false);
        }
        const { answers } = checkValues(values);
        if (answers) expect(assess(answers, { date: ON }).ranking).toHaveLength(METHOD_IDS.length);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('formSchema', () => {
  it('reports each invalid field at its path with the question’s message', () => {
    const result = formSchema(['mailboxCount', 'budget']).safeParse({ mailboxCount: 'x', budget: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['mailboxCount', 'Enter the number of mailboxes as a whole number, like 250'],
      ['budget', 'Select a budget'],
    ]);
  });

  it('reads a radio group that got focus but no choice (null) as blank: an optional one is "not known", never "Invalid input"', () => {
    const guided = formSchema(['keepOnPremises']).safeParse({ keepOnPremises: null });
    expect(guided.success).toBe(true);
    const onePage = formSchema(['mailboxCount', 'keepOnPremises', 'directorySync']).safeParse({
      mailboxCount: '250',
      keepOnPremises: null,
      directorySync: undefined,
    });
    expect(onePage.success).toBe(true);
    expect(onePage.data).toEqual({ mailboxCount: '250', keepOnPremises: '', directorySync: '' });
  });

  it('whatever the form holds (null, numbers, booleans, any text), every message is one of the question rows’ own', () => {
    const rowMessages = new Set(QUESTIONS.flatMap((q) => Object.values(q.messages)));
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom('unknown', 'yes', 'no', '9 TB'),
    );
    const form = fc.record(Object.fromEntries(QUESTIONS.map((q) => [q.field, value])), { requiredKeys: [] });
    fc.assert(
      fc.property(form, (values) => {
        const result = formSchema(QUESTIONS.map((q) => q.field)).safeParse(values);
        for (const issue of result.error?.issues ?? []) expect(rowMessages).toContain(issue.message);
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_FIELDS, valuesToQuery, type FormValues } from '@/lib/form-values';
import { emptyValues } from '@/lib/form-values';
import { readOnePage, type OnePageParams } from './one-page-view';

const REQUIRED: Partial<FormValues> = {
  mailboxCount: '1.5k',
  source: 'exchange-2016',
  budget: 'low',
  timelineWeeks: '3 months',
  totalDataGb: '9 TB',
};

/** What the form sends on "Check answers": every input by its field name (radios left unchosen are absent), and the marker. */
function submitted(values: Partial<FormValues>, extra: OnePageParams = {}): OnePageParams {
  const params: OnePageParams = { check: 'form', ...extra };
  for (const field of QUESTION_FIELDS) if (values[field] !== undefined) params[field] = values[field];
  return params;
}

/** A query string as Next hands it to the page. */
const parsed = (url: string): OnePageParams => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('readOnePage: a shared one-page address', () => {
  it('fills the form from the questions’ names and names only the answers present but wrong', () => {
    const input = readOnePage({ mailboxes: '120', source: 'exchange-2016', weeks: 'abc', 'dir-sync': 'running' });
    expect(input.values.mailboxCount).toBe('120');
    expect(input.values.timelineWeeks).toBe('abc');
    expect(Object.keys(input.errors).sort()).toEqual(['directorySync', 'timelineWeeks']);
    expect(input.redirect).toBeUndefined();
  });

  it('reads present mode and scenario A, and drops what scenario A held beyond answers', () => {
    const input = readOnePage({ mailboxes: '3000', present: '1', 'scenario-a': 'mailboxes=100&evil=<b>' });
    expect(input.mode).toEqual({ present: true, scenarioA: 'mailboxes=100' });
  });
});

describe('readOnePage: "Check answers" (the form submitted)', () => {
  it('with every answer valid goes on to check answers, in canonical form, optional blanks as “not known”, marked as from one-page', () => {
    const { redirect } = readOnePage(submitted({ ...REQUIRED, keepOnPremises: '', largestMailboxGb: '' }));
    expect(redirect).toMatch(/^\/check\?/);
    const query = parsed(redirect!);
    expect(query).toMatchObject({
      mailboxes: '1500',
      weeks: '13',
      'data-gb': '9216',
      'keep-accounts': 'unknown',
      'largest-mailbox-gb': 'unknown',
      from: 'one-page',
    });
  });

  it('with an answer wrong comes back to the one-page address, keeping what was typed and the mode, marked to show every problem', () => {
    const { redirect } = readOnePage(submitted({ ...REQUIRED, timelineWeeks: '9 TB' }, { present: '1', 'scenario-a': 'mailboxes=100' }));
    expect(redirect).toMatch(/^\/one-page\?/);
    const query = parsed(redirect!);
    expect(query).toMatchObject({ mailboxes: '1.5k', weeks: '9 TB', present: '1', 'scenario-a': 'mailboxes=100', check: '1' });
    expect(query).not.toHaveProperty('mailboxCount');
  });

  it('that address names every required answer still missing, and a wrong one, in the questions’ own words', () => {
    const input = readOnePage(parsed(readOnePage(submitted({ source: 'exchange-2016', timelineWeeks: 'soon' })).redirect!));
    expect(input.redirect).toBeUndefined();
    expect(Object.keys(input.errors).sort()).toEqual(['budget', 'mailboxCount', 'timelineWeeks', 'totalDataGb']);
    expect(input.errors.timelineWeeks).toMatch(/weeks/);
    expect(Object.values(input.errors).join(' ')).not.toMatch(/Invalid input/);
  });

  it('an empty form lists the five required questions and nothing optional', () => {
    const input = readOnePage(parsed(readOnePage(submitted({ mailboxCount: '', timelineWeeks: '', totalDataGb: '' })).redirect!));
    expect(Object.keys(input.errors)).toHaveLength(5);
  });

  it('whatever is typed, ends in at most one step at check answers or at a one-page address that stays put, with every answer kept', () => {
    const text = fc.oneof(
      fc.constantFrom('', 'unknown', 'yes', 'no', '250', '1.5k', '9 TB', 'exchange-2016', 'low', '&x=1', '#a', '%'),
      fc.string({ maxLength: 70 }),
    );
    const values = fc.record(Object.fromEntries(QUESTION_FIELDS.map((f) => [f, text])) as Record<keyof FormValues, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(values, fc.boolean(), (typed, present) => {
        const first = readOnePage(submitted(typed, present ? { present: '1' } : {}));
        expect(first.redirect).toBeDefined();
        if (first.redirect!.startsWith('/check?')) return;
        const second = readOnePage(parsed(first.redirect!));
        expect(second.redirect).toBeUndefined();
        expect(Object.keys(second.errors).length).toBeGreaterThan(0);
        expect(second.mode.present).toBe(present);
        // Nothing typed is lost (the address keeps each answer trimmed, as the form's own address does).
        expect(valuesToQuery(second.values)).toBe(valuesToQuery({ ...emptyValues(), ...typed }));
      }),
      { numRuns: 1000 },
    );
  });
});

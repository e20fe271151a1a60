import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseAnswers, parseAnswersJson } from './answers';

const contractExample = {
  version: 1,
  mailboxCount: 120,
  source: 'exchange-2016',
  budget: 'low',
  timelineWeeks: 6,
  totalDataGb: 300,
  keepOnPremises: false,
  directorySync: 'none',
  needCoexistence: false,
  moveCalendarContacts: true,
  largestMailboxGb: 20,
  largestItemMb: 40,
  dedicatedAdmin: true,
  onLatestCu: true,
};

const fieldsOf = (value: unknown) => {
  const r = parseAnswers(value);
  return r.ok ? [] : r.problems.map((p) => p.field);
};

describe('answers schema', () => {
  it('accepts the contract’s example as it is', () => {
    expect(parseAnswers(contractExample)).toEqual({ ok: true, answers: contractExample });
  });

  it('accepts the five required answers alone (refinements are "not known")', () => {
    const { version, mailboxCount, source, budget, timelineWeeks, totalDataGb } = contractExample;
    expect(parseAnswers({ version, mailboxCount, source, budget, timelineWeeks, totalDataGb }).ok).toBe(true);
  });

  it.each([
    ['mailboxCount', 0],
    ['mailboxCount', 1_000_001],
    ['mailboxCount', 12.5],
    ['mailboxCount', '120'],
    ['source', 'exchange-5.5'],
    ['budget', 'huge'],
    ['timelineWeeks', 0],
    ['timelineWeeks', 521],
    ['totalDataGb', -1],
    ['directorySync', 'yes'],
    ['keepOnPremises', 'no'],
    ['largestItemMb', -3],
    ['version', 2],
  ])('refuses %s = %j and names the field', (field, value) => {
    expect(fieldsOf({ ...contractExample, [field]: value })).toEqual([field]);
  });

  it('names every missing required field', () => {
    expect(fieldsOf({ version: 1 }).sort()).toEqual(['budget', 'mailboxCount', 'source', 'timelineWeeks', 'totalDataGb']);
  });

  it('refuses unknown fields by name', () => {
    expect(fieldsOf({ ...contractExample, mailboxes: 3 })).toEqual(['mailboxes']);
  });

  it('says what to enter, not "invalid input"', () => {
    const r = parseAnswers({ ...contractExample, mailboxCount: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0]!)).toBe('mailboxCount: must be a whole number from 1 to 1,000,000, like 250');
  });

  it('refuses a value that is not an object', () => {
    for (const v of [null, 3, 'x', [1]]) expect(parseAnswers(v).ok).toBe(false);
  });

  it('explains empty and non-JSON text', () => {
    const empty = parseAnswersJson('  ');
    const broken = parseAnswersJson('{"version":');
    expect(!empty.ok && empty.problems[0]?.message).toMatch(/empty/);
    expect(!broken.ok && broken.problems[0]?.message).toMatch(/not valid JSON/);
  });
});

describe('file import against hostile input (10,000 runs each)', () => {
  const checkOutcome = (text: string) => {
    const r = parseAnswersJson(text);
    if (r.ok) expect(r.answers.version).toBe(1);
    else {
      expect(r.problems.length).toBeGreaterThan(0);
      for (const p of r.problems) expect(formatProblem(p).length).toBeGreaterThan(10);
    }
  };

  it('any string gives valid answers or a clear message, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => checkOutcome(s)),
      { numRuns: 10_000 },
    );
  });

  it('any JSON value gives valid answers or messages naming the fields', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => checkOutcome(JSON.stringify(v) ?? '')),
      { numRuns: 10_000 },
    );
  });

  it('answers-shaped JSON with random values names each wrong field', () => {
    const field = fc.constantFrom(...Object.keys(contractExample));
    fc.assert(
      fc.property(field, fc.jsonValue(), (key, value) => {
        const r = parseAnswers({ ...contractExample, [key]: value });
        if (!r.ok) expect(r.problems.map((p) => p.field)).toContain(key);
      }),
      { numRuns: 10_000 },
    );
  });
});

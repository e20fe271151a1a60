import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS } from './answers';
import { estimateDuration } from './duration';
import { answersArb, baseAnswers } from './test/arbitraries';

describe('estimateDuration', () => {
  it('gives a range whose low end is at most its high end, for every method', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...METHODS), (a, m) => {
        const e = estimateDuration(m, a);
        expect(e.lowDays).toBeGreaterThan(0);
        expect(e.lowDays).toBeLessThanOrEqual(e.highDays);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gets shorter when there is more data', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...METHODS), fc.double({ min: 1, max: 100, noNaN: true }), (a, m, factor) => {
        const more = estimateDuration(m, { ...a, totalDataGb: a.totalDataGb * factor });
        expect(more.highDays).toBeGreaterThanOrEqual(estimateDuration(m, a).highDays);
      }),
      { numRuns: 2000 },
    );
  });

  it('says whether it fits the timeline', () => {
    const fits = estimateDuration('hybrid', { ...baseAnswers, timelineWeeks: 520 });
    const misses = estimateDuration('hybrid', { ...baseAnswers, timelineWeeks: 1 });
    expect(fits.fit).toBe('fits');
    expect(misses.fit).toBe('does-not-fit');
    expect(fits.timelineDays).toBe(520 * 7);
  });

  it('adds the cumulative-update work to hybrid when servers are behind', () => {
    expect(estimateDuration('hybrid', { ...baseAnswers, onLatestCu: false }).lowDays).toBeGreaterThan(estimateDuration('hybrid', { ...baseAnswers, onLatestCu: true }).lowDays);
  });

  it('lets one huge mailbox set the pace', () => {
    expect(estimateDuration('imap', { ...baseAnswers, largestMailboxGb: 150 }).highDays).toBeGreaterThan(estimateDuration('imap', baseAnswers).highDays);
  });

  it('lists its assumptions and tells people to run a pilot batch', () => {
    const { assumptions } = estimateDuration('cutover', baseAnswers);
    expect(assumptions.some((a) => /pilot/i.test(a))).toBe(true);
    expect(assumptions.some((a) => /GB an hour/.test(a))).toBe(true);
  });
});

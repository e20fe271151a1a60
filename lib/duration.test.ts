import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHOD_DEFINITIONS, REGISTRY } from './methods';
import { estimateDuration } from './duration';
import { answersArb, baseAnswers } from './test/arbitraries';

describe('estimateDuration', () => {
  it('gives a range whose low end is at most its high end, for every method', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...METHOD_DEFINITIONS), (a, m) => {
        const e = estimateDuration(m, a);
        expect(e.lowDays).toBeGreaterThan(0);
        expect(e.lowDays).toBeLessThanOrEqual(e.highDays);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gets shorter when there is more data', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...METHOD_DEFINITIONS), fc.double({ min: 1, max: 100, noNaN: true }), (a, m, factor) => {
        const more = estimateDuration(m, { ...a, totalDataGb: a.totalDataGb * factor });
        expect(more.highDays).toBeGreaterThanOrEqual(estimateDuration(m, a).highDays);
      }),
      { numRuns: 2000 },
    );
  });

  it('says whether it fits the timeline', () => {
    const fits = estimateDuration(REGISTRY.hybrid, { ...baseAnswers, timelineWeeks: 520 });
    const misses = estimateDuration(REGISTRY.hybrid, { ...baseAnswers, timelineWeeks: 1 });
    expect(fits.fit).toBe('fits');
    expect(misses.fit).toBe('does-not-fit');
    expect(fits.timelineDays).toBe(520 * 7);
  });

  it('adds the cumulative-update work to hybrid when servers are behind', () => {
    expect(estimateDuration(REGISTRY.hybrid, { ...baseAnswers, onLatestCu: false }).lowDays).toBeGreaterThan(estimateDuration(REGISTRY.hybrid, { ...baseAnswers, onLatestCu: true }).lowDays);
  });

  it('lets one huge mailbox set the pace', () => {
    expect(estimateDuration(REGISTRY.imap, { ...baseAnswers, largestMailboxGb: 150 }).highDays).toBeGreaterThan(estimateDuration(REGISTRY.imap, baseAnswers).highDays);
  });

  it('lists its assumptions and tells people to run a pilot batch', () => {
    const { assumptions } = estimateDuration(REGISTRY.cutover, baseAnswers);
    expect(assumptions.some((a) => /pilot/i.test(a))).toBe(true);
    expect(assumptions.some((a) => /GB an hour/.test(a))).toBe(true);
  });
});

describe('estimates from the planning figures', () => {
  it('cutover, 300 mailboxes and 500 GB: 2–5 days setup, 1.5–2.1 days copying at 10–14 GB/h, 4–9.5 days finishing with profiles at 40–100 a day', () => {
    expect(estimateDuration(REGISTRY.cutover, baseAnswers)).toMatchObject({ lowDays: 8, highDays: 17 });
  });

  it('hybrid, 12,000 GB: 10–18 days setup, 5–16.7 days copying at 30–100 GB/h, 1–3 days finishing', () => {
    expect(estimateDuration(REGISTRY.hybrid, { ...baseAnswers, totalDataGb: 12_000 })).toMatchObject({ lowDays: 16, highDays: 38 });
  });

  it('IMAP, 2,000 mailboxes: users are created at 1,000 a day before copying', () => {
    const e = estimateDuration(REGISTRY.imap, { ...baseAnswers, mailboxCount: 2000 });
    expect(e.assumptions[1]).toBe('Setup before the first mailbox moves: 4–7 days.');
  });
});

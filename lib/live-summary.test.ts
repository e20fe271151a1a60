import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { durationWords, liveSummary, signedPoints } from './live-summary';
import { reasonsMoved } from './reasons-moved';
import { answersArb, baseAnswers, ON } from './test/arbitraries';

describe('liveSummary', () => {
  it('a ruled-out method shows the limit that rules it out and never a reason in its favour', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const full = assess(a, { date: ON, whatWouldChange: false });
        for (const m of liveSummary(a, ON).methods.filter((x) => !x.viable)) {
          expect(m.reasons).toEqual([]);
          const excludes = full.ranking
            .find((r) => r.method === m.method)!
            .reasons.filter((r) => r.effect === 'excludes')
            .map((r) => r.text);
          expect(excludes).toContain(m.ruledOutBecause);
          expect(m.estimate).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the full advice: same order, scores and durations; each shown reason is one of the method’s own, with its points', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const full = assess(a, { date: ON, whatWouldChange: false });
        const live = liveSummary(a, ON);
        expect(live.recommended).toBe(full.recommended);
        expect(live.methods.map((m) => [m.method, m.score])).toEqual(full.ranking.map((r) => [r.method, r.score]));
        for (const m of live.methods.filter((x) => x.viable)) {
          const own = full.ranking.find((r) => r.method === m.method)!.reasons;
          for (const r of m.reasons) expect(own).toContainEqual(expect.objectContaining({ rule: r.rule, effect: r.points, text: r.text }));
          expect(m.reasons.length).toBeLessThanOrEqual(3);
          expect(m.reasons.some((r) => r.rule.endsWith('.base') || r.points === 0)).toBe(false);
          const sizes = m.reasons.map((r) => Math.abs(r.points));
          expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
          const plan = full.plans[m.method]!.estimate;
          expect(m.estimate).toEqual({ lowDays: plan.lowDays, highDays: plan.highDays, timelineDays: plan.timelineDays, fit: plan.fit });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('words for the panel', () => {
  it('signs points with a plus or a true minus', () => {
    expect(signedPoints(12)).toBe('+12');
    expect(signedPoints(-5)).toBe('−5');
  });

  it('gives short moves in days and longer ones in whole weeks that contain the range', () => {
    expect(durationWords({ lowDays: 3, highDays: 9 })).toBe('3–9 days');
    expect(durationWords({ lowDays: 14, highDays: 35 })).toBe('2–5 weeks');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (low, extra) => {
        const high = low + extra;
        const m = /^(\d+)(?:–(\d+))? weeks$/.exec(durationWords({ lowDays: low, highDays: high }));
        if (high < 14) return;
        expect(m).not.toBeNull();
        expect(Number(m![1]) * 7).toBeLessThanOrEqual(Math.max(7, low));
        expect(Number(m![2] ?? m![1]) * 7).toBeGreaterThanOrEqual(high);
      }),
    );
  });
});

describe('reasonsMoved', () => {
  it('names what a longer timeline changed, and nothing when nothing changed', () => {
    const before = assess({ ...baseAnswers, mailboxCount: 100, timelineWeeks: 1 }, { date: ON, whatWouldChange: false });
    const after = assess({ ...baseAnswers, mailboxCount: 100, timelineWeeks: 52 }, { date: ON, whatWouldChange: false });
    const cut = (a: typeof before) => a.ranking.find((r) => r.method === 'cutover')!.reasons;
    expect(reasonsMoved(cut(before), cut(before))).toEqual([]);
    const moved = reasonsMoved(cut(before), cut(after));
    expect(moved.length).toBeGreaterThan(0);
    for (const m of moved) expect(m.before).not.toEqual(m.after);
  });

  it('the points moved by the listed reasons add up to the change of an unheld score', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const x = assess(a, { date: ON, whatWouldChange: false }).ranking;
        const y = assess({ ...b, source: a.source }, { date: ON, whatWouldChange: false }).ranking;
        for (const before of x) {
          const after = y.find((r) => r.method === before.method)!;
          const held = [...before.reasons, ...after.reasons].some((r) => r.rule.endsWith('.capped'));
          if (!before.viable || !after.viable || held) continue;
          const delta = reasonsMoved(before.reasons, after.reasons).reduce(
            (s, m) => s + (typeof m.after === 'number' ? m.after : 0) - (typeof m.before === 'number' ? m.before : 0),
            0,
          );
          expect(delta).toBe(after.score - before.score);
        }
      }),
      { numRuns: 300 },
    );
  });
});

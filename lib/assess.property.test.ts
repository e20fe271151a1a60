import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHOD_IDS } from './methods';
import { assess } from './assess';
import { answersArb, ON } from './test/arbitraries';

const RUNS = { numRuns: 10_000 };
const quick = (a: Parameters<typeof assess>[0]) => assess(a, { date: ON, whatWouldChange: false });
const viable = (advice: ReturnType<typeof quick>, method: string) => advice.ranking.find((r) => r.method === method)!.viable;

describe('assess, for any valid answers', () => {
  it('ranks every method in the registry once each, sorted by score', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { ranking } = quick(a);
        expect(ranking.map((r) => r.method).sort()).toEqual([...METHOD_IDS].sort());
        for (let i = 1; i < ranking.length; i++) expect(ranking[i - 1]!.score).toBeGreaterThanOrEqual(ranking[i]!.score);
        for (const r of ranking) expect(r.score >= 0 && r.score <= 100 && Number.isInteger(r.score)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a ruled-out method scores 0 and carries an excludes reason; a possible one has none', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of quick(a).ranking) {
          const excluded = r.reasons.some((x) => x.effect === 'excludes');
          expect(excluded).toBe(!r.viable);
          if (!r.viable) expect(r.score).toBe(0);
          else expect(r.score).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('recommends the first possible method, or none', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const advice = quick(a);
        expect(advice.recommended).toBe(advice.ranking.find((r) => r.viable)?.method ?? null);
      }),
      RUNS,
    );
  });

  it('gives the same advice for the same answers', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(quick(structuredClone(a))).toEqual(quick(a));
      }),
      RUNS,
    );
  });

  it('never allows cutover above 2,000 mailboxes', () => {
    fc.assert(fc.property(answersArb, (a) => a.mailboxCount <= 2000 || !viable(quick(a), 'cutover')), RUNS);
  });

  it('allows staged only from Exchange 2003 or 2007', () => {
    fc.assert(fc.property(answersArb, (a) => viable(quick(a), 'staged') === (a.source === 'exchange-2003' || a.source === 'exchange-2007')), RUNS);
  });

  it('never allows hybrid from 2003, 2007, hosted Exchange, Google or IMAP', () => {
    const never = ['exchange-2003', 'exchange-2007', 'hosted-exchange', 'google-workspace', 'imap-other'];
    fc.assert(fc.property(answersArb, (a) => !never.includes(a.source) || !viable(quick(a), 'hybrid')), RUNS);
  });

  it('always allows IMAP from Google Workspace and IMAP systems', () => {
    fc.assert(
      fc.property(answersArb, (a) => !(a.source === 'google-workspace' || a.source === 'imap-other') || viable(quick(a), 'imap')),
      RUNS,
    );
  });

  it('cites a known source and a signed effect on every reason', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of quick(a).ranking) for (const x of r.reasons) expect(x.effect === 'excludes' || Number.isInteger(x.effect)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every "what would change" entry changes one answer and does change the recommendation', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const advice = assess(a, { date: ON });
        for (const change of advice.whatWouldChange ?? []) {
          const changedKeys = Object.keys({ ...a, ...change.answers }).filter(
            (k) => (a as Record<string, unknown>)[k] !== (change.answers as Record<string, unknown>)[k],
          );
          expect(changedKeys).toEqual([change.field]);
          expect(quick(change.answers).recommended).toBe(change.recommended);
          expect(change.recommended).not.toBe(advice.recommended);
        }
      }),
      { numRuns: 300 },
    );
  });
});

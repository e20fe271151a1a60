import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { SOURCES } from './answers';
import type { Method } from './advice';
import { assess, rank } from './assess';
import { SOURCE_SYSTEMS } from './facts/source-systems';
import { METHOD_IDS } from './methods';
import { answersArb, ON } from './test/arbitraries';

const RUNS = { numRuns: 5000 };
const quick = (a: Answers) => assess(a, { date: ON, whatWouldChange: false });
const entry = (advice: { ranking: { method: Method; viable: boolean; score: number }[] }, method: Method) =>
  advice.ranking.find((r) => r.method === method)!;

describe('assess, for any valid answers', () => {
  it('lists every method in the registry once, best first, ties in registry order', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { ranking } = quick(a);
        expect(ranking.map((r) => r.method).sort()).toEqual([...METHOD_IDS].sort());
        for (let i = 1; i < ranking.length; i++) {
          const [x, y] = [ranking[i - 1]!, ranking[i]!];
          expect(x.score > y.score || (x.score === y.score && METHOD_IDS.indexOf(x.method) < METHOD_IDS.indexOf(y.method))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('scores add up: the starting score first, then the effects, held within 1–100 with a capped reason when held', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of quick(a).ranking) {
          expect(r.reasons[0]).toMatchObject({ rule: `${r.method}.base`, effect: 50 });
          if (!r.viable) continue;
          const sum = r.reasons.reduce((t, x) => t + (x.effect as number), 0);
          const capped = r.reasons.filter((x) => x.rule === `${r.method}.capped`);
          expect(r.score).toBe(Math.min(100, Math.max(1, sum)));
          expect(capped.length).toBe(sum === r.score ? 0 : 1);
          if (capped.length) expect(capped[0]!.effect).toBe(0);
          for (const x of r.reasons) expect(Number.isInteger(x.effect)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a ruled-out method scores 0 and shows an excludes reason; a possible one has none', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of quick(a).ranking) {
          const excluded = r.reasons.some((x) => x.effect === 'excludes');
          expect(excluded).toBe(!r.viable);
          expect(r.viable ? r.score >= 1 : r.score === 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('recommends the first possible method; a tool or partner is always possible, so there is always one', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const advice = quick(a);
        expect(advice.recommended).toBe(advice.ranking.find((r) => r.viable)?.method);
        expect(entry(advice, 'third-party').viable).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the same advice for the same answers, and echoes them', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const advice = quick(a);
        expect(quick(structuredClone(a))).toEqual(advice);
        expect(advice.answers).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the hard limits: cutover ≤ 2,000 and from Exchange; staged from 2003/2007; hybrid from 2010 or later; Google’s migration from Google Workspace', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const advice = quick(a);
        const family = SOURCE_SYSTEMS[a.source].family;
        if (a.mailboxCount > 2000 || family === 'imap' || a.keepOnPremises === true) expect(entry(advice, 'cutover').viable).toBe(false);
        expect(entry(advice, 'staged').viable).toBe(family === 'legacy-exchange');
        expect(entry(advice, 'hybrid').viable).toBe(family === 'modern-exchange');
        expect(entry(advice, 'google-workspace').viable).toBe(a.source === 'google-workspace');
      }),
      RUNS,
    );
  });

  it('the hybrid entry always carries its flavour', () => {
    fc.assert(
      fc.property(answersArb, (a) =>
        ['full', 'minimal', 'express'].includes(quick(a).ranking.find((r) => r.method === 'hybrid')!.flavour ?? ''),
      ),
      { numRuns: 1000 },
    );
  });

  it('one more mailbox never moves a score by more than 10 points unless a hard limit rules the method in or out', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        fc.pre(a.mailboxCount < 1_000_000);
        const before = rank(a, ON).ranking;
        const after = rank({ ...a, mailboxCount: a.mailboxCount + 1 }, ON).ranking;
        for (const x of before) {
          const y = after.find((r) => r.method === x.method)!;
          if (x.viable && y.viable) expect(Math.abs(x.score - y.score), `${x.method} at ${a.mailboxCount}`).toBeLessThanOrEqual(10);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('reasons speak only of the source the person chose (naming only the versions to move to: SE, or the server that can still join)', () => {
    const versions = SOURCES.filter((s) => s.startsWith('exchange-'));
    const names = (s: (typeof SOURCES)[number]) =>
      s === 'exchange-se'
        ? [SOURCE_SYSTEMS[s].label]
        : [SOURCE_SYSTEMS[s].label, ...[' ', ':', ',', '.'].map((end) => SOURCE_SYSTEMS[s].short + end)];
    const forbidden = Object.fromEntries(SOURCES.map((chosen) => [chosen, versions.filter((s) => s !== chosen).flatMap(names)]));
    fc.assert(
      fc.property(answersArb, (a) => {
        const bridge = SOURCE_SYSTEMS[a.source].bridgeServer ?? '\u0000';
        const wrong = quick(a).ranking.flatMap((r) =>
          r.reasons.filter(
            (x) => x.effect !== 'excludes' && forbidden[a.source]!.some((name) => x.text.replace(bridge, '').includes(name)),
          ),
        );
        expect(wrong.map((x) => `${x.rule}: ${x.text}`)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('"what would change" changes one answer the organisation can change (never the source) and does change the recommendation', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const advice = assess(a, { date: ON });
        for (const change of advice.whatWouldChange ?? []) {
          expect(change.field).not.toBe('source');
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

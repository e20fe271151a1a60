import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reason } from './advice';
import { byScore, scoreReasons } from './score';

const reason = (effect: Reason['effect'], rule = 'x.rule'): Reason => ({ rule, effect, text: 'why', source: 'M1' });
const score = (effects: Reason['effect'][]) =>
  scoreReasons(
    'x',
    effects.map((e) => reason(e)),
    { text: 'start', source: 'M1' },
  );

describe('the one scorer', () => {
  it('shows the starting score of 50 as the first reason, so the effects shown add up to the score', () => {
    expect(score([])).toEqual({ viable: true, score: 50, reasons: [{ rule: 'x.base', effect: 50, text: 'start', source: 'M1' }] });
    expect(score([20, -5]).score).toBe(65);
  });

  it('holds a viable option within 1–100, with a capped reason of +0 saying so', () => {
    const high = score([80]);
    expect(high.score).toBe(100);
    expect(high.reasons.at(-1)).toMatchObject({
      rule: 'x.capped',
      effect: 0,
      text: 'The reasons above add up to 130; a score is held at 100, so the total shown is 100.',
    });
    expect(score([-80]).score).toBe(1);
    expect(score([-50]).reasons.at(-1)?.rule).toBe('x.capped');
    expect(score([-49]).reasons.some((r) => r.rule === 'x.capped')).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 12 }), (effects) => {
        const sum = 50 + effects.reduce((t, e) => t + e, 0);
        const s = score(effects);
        expect(s.score).toBe(Math.min(100, Math.max(1, sum)));
        expect(s.reasons.some((r) => r.rule === 'x.capped')).toBe(s.score !== sum);
      }),
    );
  });

  it('scores a ruled-out option 0 and shows only its starting score and what rules it out', () => {
    const out = score([30, 'excludes', -10]);
    expect(out).toMatchObject({ viable: false, score: 0 });
    expect(out.reasons.map((r) => r.effect)).toEqual([50, 'excludes']);
  });

  it('orders by score, then by the order given', () => {
    const items = [
      { id: 'b', score: 40 },
      { id: 'a', score: 40 },
      { id: 'c', score: 90 },
    ];
    expect(items.sort(byScore(['a', 'b', 'c'], (x) => x.id)).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

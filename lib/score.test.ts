import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reason } from './advice';
import { byScore, scoreOf } from './score';

const reason = (effect: Reason['effect']): Reason => ({ rule: 'x.y', effect, text: '', source: 'M1' });

describe('the one scorer', () => {
  it('starts every option at 50, the contract’s starting score, and adds each effect', () => {
    expect(scoreOf([])).toEqual({ viable: true, score: 50, sum: 50 });
    expect(scoreOf([reason(20), reason(-5)])).toEqual({ viable: true, score: 65, sum: 65 });
  });

  it('holds a viable option within 1–100 and scores a ruled-out one 0', () => {
    expect(scoreOf([reason(80)]).score).toBe(100);
    expect(scoreOf([reason(-80)]).score).toBe(1);
    expect(scoreOf([reason(30), reason('excludes')])).toEqual({ viable: false, score: 0, sum: 80 });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 12 }), (effects) => {
        const { score, sum } = scoreOf(effects.map(reason));
        expect(score).toBe(Math.min(100, Math.max(1, sum)));
      }),
    );
  });

  it('orders by score, then by the order given', () => {
    const items = [{ id: 'b', score: 40 }, { id: 'a', score: 40 }, { id: 'c', score: 90 }];
    expect(items.sort(byScore(['a', 'b', 'c'], (x) => x.id)).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

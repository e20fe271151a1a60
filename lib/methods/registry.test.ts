import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { rank } from '../rank';
import { baseAnswers, ON } from '../test/arbitraries';
import { METHOD_IDS, REGISTRY, SCORING } from './index';

describe('the two registries', () => {
  it('list the same methods in the same order, so ties break alike in the browser and on the server', () => {
    expect(Object.keys(REGISTRY)).toEqual(Object.keys(SCORING));
    expect(METHOD_IDS).toEqual(['cutover', 'staged', 'hybrid', 'imap', 'google-workspace', 'third-party']);
  });

  it('share each method’s limits, rules and duration model: the full definition adds texts, never its own scoring', () => {
    for (const id of METHOD_IDS) {
      const { catalogue: _c, readiness: _r, ...scoring } = REGISTRY[id];
      expect(scoring).toEqual(SCORING[id]);
      expect(REGISTRY[id].rules).toBe(SCORING[id].rules);
      expect(REGISTRY[id].limits).toBe(SCORING[id].limits);
    }
  });

  it('rank alone (the live advice) ranks as the full assessment does', () => {
    const answers = { ...baseAnswers, mailboxCount: 3000, source: 'exchange-2016' as const };
    const full = assess(answers, { date: ON, whatWouldChange: false });
    const live = rank(answers, ON);
    expect(live.recommended).toBe(full.recommended);
    expect(live.ranking).toEqual(full.ranking);
  });
});

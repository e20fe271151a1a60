import { readFileSync } from 'node:fs';
import { ON } from './test/arbitraries';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from './answers';
import type { Method } from './advice';
import { assess } from './assess';

interface Scenario {
  id: string;
  answers: unknown;
  expect: { recommendedOneOf: Method[]; notViable?: Method[]; viable?: Method[] };
}

const file = new URL('../../shared/scenarios/expert-scenarios.json', import.meta.url);
const { scenarios } = JSON.parse(readFileSync(file, 'utf8')) as { scenarios: Scenario[] };

describe('expert scenarios', () => {
  it('are all read', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    const parsed = parseAnswers(scenario.answers);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const advice = assess(parsed.answers, { date: ON });
    expect(scenario.expect.recommendedOneOf).toContain(advice.recommended);
    for (const method of scenario.expect.notViable ?? []) {
      const ranked = advice.ranking.find((r) => r.method === method);
      expect(ranked?.viable, `${method} should be ruled out`).toBe(false);
      expect(ranked?.reasons.some((r) => r.effect === 'excludes')).toBe(true);
    }
    for (const method of scenario.expect.viable ?? []) {
      expect(advice.ranking.find((r) => r.method === method)?.viable, `${method} should stay possible`).toBe(true);
    }
  });
});

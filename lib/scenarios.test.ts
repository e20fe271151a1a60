import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from './answers';
import type { HybridFlavour, Method } from './advice';
import { assess } from './assess';
import { ON } from './test/arbitraries';

interface Scenario {
  id: string;
  answers: unknown;
  expect: { recommendedOneOf: Method[]; notViable?: Method[]; viable?: Method[]; hybridFlavourOneOf?: HybridFlavour[] };
}

/** Both public files of expert cases: the original six and the four of November 2026 (revised contract). */
const FILES = ['expert-scenarios.json', 'expert-scenarios-2026.json'] as const;
const read = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../../shared/scenarios/${name}`, import.meta.url), 'utf8')) as { scenarios: Scenario[] }).scenarios;
const cases = FILES.flatMap((file) => read(file).map((s) => [file, s.id, s] as const));

describe('expert scenarios', () => {
  it('are all read, from both files', () => {
    for (const file of FILES) expect(read(file).length, file).toBeGreaterThan(0);
  });

  it.each(cases)('%s: %s', (_file, _id, scenario) => {
    const parsed = parseAnswers(scenario.answers);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const advice = assess(parsed.answers, { date: ON });
    expect(scenario.expect.recommendedOneOf).toContain(advice.recommended);
    for (const method of scenario.expect.notViable ?? []) {
      const ranked = advice.ranking.find((r) => r.method === method);
      expect(ranked?.viable, `${method} should be ruled out`).toBe(false);
      expect(ranked?.score).toBe(0);
      expect(ranked?.reasons.some((r) => r.effect === 'excludes')).toBe(true);
    }
    for (const method of scenario.expect.viable ?? []) {
      expect(advice.ranking.find((r) => r.method === method)?.viable, `${method} should stay possible`).toBe(true);
    }
    if (scenario.expect.hybridFlavourOneOf) {
      expect(scenario.expect.hybridFlavourOneOf).toContain(advice.ranking.find((r) => r.method === 'hybrid')?.flavour);
      expect(scenario.expect.hybridFlavourOneOf).toContain(advice.plans.hybrid?.flavour?.kind);
    }
  });
});

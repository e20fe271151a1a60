import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Advice } from './advice';
import { parseAnswers } from './answers';
import { assess } from './assess';
import { adviceJson } from './report/json';
import { formatMarkdown } from './report/markdown';
import { formatText } from './report/text';
import { canonicalJson } from './test/canonical';

interface Row {
  answers: unknown;
  advice: string;
  text: string;
  md: string;
}
const fixture = JSON.parse(readFileSync(new URL('./test/fixtures/pre-refactor-advice.json', import.meta.url), 'utf8')) as { date: string; rows: Row[] };
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

/** The one sentence the refactor changes on purpose (its date bug), masked as it was when the fixture was recorded. */
function masked(advice: Advice): Advice {
  const ranking = advice.ranking.map((r) => ({ ...r, reasons: r.reasons.map((x) => (x.rule === 'hybrid.source-version' ? { ...x, text: '(masked)' } : x)) }));
  return { ...advice, ranking };
}

describe('the registry refactor keeps the advice (recorded from the engine before it)', () => {
  it.each(fixture.rows.map((row, i) => [i, row] as const))('answers #%i give the same advice, text report and Markdown report', (_i, row) => {
    const parsed = parseAnswers(row.answers);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const advice = masked(assess(parsed.answers, { date: fixture.date }));
    expect(hash(canonicalJson(adviceJson(advice)))).toBe(row.advice);
    expect(hash(formatText(parsed.answers, advice))).toBe(row.text);
    expect(hash(formatMarkdown(parsed.answers, advice))).toBe(row.md);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers';
import type { Advice } from '../advice';
import { assess } from '../assess';
import { answersArb, ON } from '../test/arbitraries';
import { recommendationSentence } from './headline';
import { formatMarkdown } from './markdown';
import { overview, readinessSentence } from './overview';
import { formatText } from './text';

/**
 * Whole classes of wording slips, looked for in everything a customer reads (the text and Markdown reports, the
 * overview the results page and the handout are built from), over many answer sets, with the edge counts of 1 mixed in.
 */
const SLIPS: [string, RegExp][] = [
  ['"a" before a vowel sound', /\b[Aa] (?:[aeioAEIO]|IMAP|imap|AD FS|MFA|SMTP|HTTP)/],
  ['"an" before a consonant sound', /\b[Aa]n (?:[bcdgjkpqtvwzBCDGJKPQTVWZ]|[a-z]*hybrid|cutover|staged)/],
  ['a plural after 1', /(?<![\d.,–-])\b1 (?:weeks|days|mailboxes|checks|users|items|batches|servers|hours|questions|profiles)\b/],
  ['"1 of N … are"', /\b1 of [\d,]+ \w+ are\b/],
  ['an ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ['"None" as an answer ("No" elsewhere)', /(?:: |\| )None\b/],
  ['"I don’t know" beside "Not known"', /I don.t know/],
];

/** Rule ids look like "cutover.mailbox-count": a method or "sign-in" prefix, a dot, a kebab-case name. */
const ruleIds = (advice: Advice) => new Set([...advice.ranking.flatMap((r) => r.reasons), ...advice.identity.options.flatMap((o) => o.reasons)].map((x) => x.rule));

/** Text before the appendix, without link targets (a URL may hold a date or a dot). */
const customerPart = (text: string) => text.split(/Appendix: the rules behind each score/)[0]!.replace(/\(https?:\/\/[^)]*\)/g, '');

const withEdges: fc.Arbitrary<Answers> = fc
  .tuple(answersArb, fc.constantFrom(undefined, 1, 2), fc.constantFrom(undefined, 1))
  .map(([a, mailboxes, weeks]) => ({ ...a, ...(mailboxes ? { mailboxCount: mailboxes } : {}), ...(weeks ? { timelineWeeks: weeks } : {}) }));

function customerTexts(a: Answers): { where: string; text: string; advice: Advice }[] {
  const advice = assess(a, { date: ON });
  const o = overview(a, advice);
  const card = [o.title ?? '', ...o.deciding.map((r) => r.text), o.duration?.sentence ?? '', ...o.otherDurations.map((d) => d.sentence), ...o.steps, o.readiness?.sentence ?? '', ...o.risks, recommendationSentence(a, advice)].join('\n');
  return [
    { where: 'text report', text: formatText(a, advice), advice },
    { where: 'Markdown report', text: formatMarkdown(a, advice), advice },
    { where: 'overview', text: card, advice },
  ];
}

describe('wording in every report', () => {
  it('has no wording slip and no rule id before the appendix, whatever the answers', () => {
    fc.assert(
      fc.property(withEdges, (a) => {
        for (const { where, text, advice } of customerTexts(a)) {
          const shown = customerPart(text);
          for (const [slip, pattern] of SLIPS) {
            const m = pattern.exec(shown);
            if (m) throw new Error(`${where}: ${slip}: …${shown.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
          }
          for (const id of ruleIds(advice)) if (shown.includes(id)) throw new Error(`${where}: rule id ${id} outside the appendix`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the reports keep every rule id in their appendix, so a consultant can still trace a score', () => {
    const a: Answers = { version: 1, mailboxCount: 40, source: 'exchange-2016', budget: 'low', timelineWeeks: 4, totalDataGb: 120 };
    const advice = assess(a, { date: ON });
    for (const text of [formatText(a, advice), formatMarkdown(a, advice)]) {
      const appendix = text.split('Appendix: the rules behind each score')[1] ?? '';
      for (const id of ruleIds(advice)) if (advice.ranking.some((r) => r.reasons.some((x) => x.rule === id))) expect(appendix).toContain(id);
    }
  });

  it('readiness counts agree with their numbers', () => {
    expect(readinessSentence({ ready: 1, needsWork: 1, toCheck: 1, total: 3 })).toBe('1 of 3 checks is ready; 1 needs work; 1 is still to check.');
    expect(readinessSentence({ ready: 2, needsWork: 0, toCheck: 3, total: 5 })).toBe('2 of 5 checks are ready; 3 are still to check.');
  });
});

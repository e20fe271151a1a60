import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers';
import type { Effect, Method } from '../advice';
import { assess } from '../assess';
import { baseAnswers, ON } from '../test/arbitraries';
import { METHOD_DEFINITIONS } from './index';

/**
 * [rule id, answers changed from the base organisation, the exact effect it must have (null: it stays quiet)].
 * Exact effects pin each rule's weight: a one-line change to a weight or a threshold fails a row.
 */
type Case = [string, Partial<Answers>, Effect | null];

const legacy: Partial<Answers> = { source: 'exchange-2007' };
const CASES: Case[] = [
  ['cutover.source-system', { source: 'google-workspace' }, 'excludes'],
  ['cutover.source-system', { source: 'exchange-2010' }, null],
  ['cutover.mailbox-limit', { mailboxCount: 2001 }, 'excludes'],
  ['cutover.mailbox-limit', { mailboxCount: 2000 }, null],
  ['cutover.keep-on-premises', { keepOnPremises: true }, 'excludes'],
  ['cutover.keep-on-premises', { keepOnPremises: false }, null],
  ['cutover.hosted-provider', { source: 'hosted-exchange' }, -40],
  ['cutover.hosted-provider', { source: 'exchange-2013' }, null],
  ['cutover.mailbox-count', { mailboxCount: 150 }, 20],
  ['cutover.mailbox-count', { mailboxCount: 151 }, -10],
  ['cutover.mailbox-count', { mailboxCount: 500 }, -10],
  ['cutover.mailbox-count', { mailboxCount: 501 }, -20],
  ['cutover.mailbox-count', { mailboxCount: 1001 }, -30],
  ['cutover.mailbox-count', { mailboxCount: 2001 }, null],
  ['cutover.directory-sync', { directorySync: 'in-place' }, -10],
  ['cutover.directory-sync', { directorySync: 'planned' }, -10],
  ['cutover.directory-sync', { directorySync: 'none' }, null],
  ['cutover.coexistence', { needCoexistence: true }, -25],
  ['cutover.coexistence', { needCoexistence: false }, null],
  ['cutover.newer-exchange', { source: 'exchange-se' }, -5],
  ['cutover.newer-exchange', { source: 'exchange-2013' }, null],
  ['cutover.admin-time', { dedicatedAdmin: false }, 5],
  ['cutover.admin-time', { dedicatedAdmin: true }, null],
  ['cutover.budget', { budget: 'low' }, 15],
  ['cutover.budget', { budget: 'medium' }, 5],
  ['cutover.budget', { budget: 'high' }, null],
  ['cutover.calendar-contacts', { moveCalendarContacts: true }, 5],
  ['cutover.calendar-contacts', { moveCalendarContacts: false }, null],
  ['cutover.largest-item', { largestItemMb: 151 }, -5],
  ['cutover.largest-item', { largestItemMb: 150 }, null],
  ['cutover.timeline', { timelineWeeks: 52 }, 10],
  ['cutover.timeline', { timelineWeeks: 1, totalDataGb: 5000 }, -25],
  ['staged.source-system', { source: 'exchange-2010' }, 'excludes'],
  ['staged.source-system', { source: 'hosted-exchange' }, 'excludes'],
  ['staged.source-system', { source: 'exchange-2003' }, null],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 2001 }, 25],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 151 }, 10],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 150 }, null],
  ['staged.directory-sync', { ...legacy, directorySync: 'in-place' }, 10],
  ['staged.directory-sync', { ...legacy, directorySync: 'none' }, -5],
  ['staged.directory-sync', { ...legacy, directorySync: 'planned' }, null],
  ['staged.keep-on-premises', { ...legacy, keepOnPremises: true }, 10],
  ['staged.keep-on-premises', { ...legacy, keepOnPremises: false }, null],
  ['staged.coexistence', { ...legacy, needCoexistence: true }, -15],
  ['staged.admin-time', { ...legacy, dedicatedAdmin: false }, -15],
  ['staged.budget', { ...legacy, budget: 'low' }, 5],
  ['staged.budget', { ...legacy, budget: 'medium' }, 10],
  ['staged.budget', { ...legacy, budget: 'high' }, 5],
  ['staged.calendar-contacts', { ...legacy, moveCalendarContacts: true }, 5],
  ['staged.largest-item', { ...legacy, largestItemMb: 151 }, -5],
  ['staged.largest-item', { ...legacy, largestItemMb: 150 }, null],
  ['staged.timeline', { ...legacy, timelineWeeks: 1 }, -25],
  ['hybrid.source-system', { source: 'exchange-2003' }, 'excludes'],
  ['hybrid.source-system', { source: 'imap-other' }, 'excludes'],
  ['hybrid.source-system', { source: 'exchange-2010' }, null],
  ['hybrid.source-version', { source: 'exchange-se' }, 12],
  ['hybrid.source-version', { source: 'exchange-2019' }, 8],
  ['hybrid.source-version', { source: 'exchange-2016' }, 8],
  ['hybrid.source-version', { source: 'exchange-2013' }, 3],
  ['hybrid.source-version', { source: 'exchange-2010' }, -5],
  ['hybrid.mailbox-count', { mailboxCount: 2001 }, 25],
  ['hybrid.mailbox-count', { mailboxCount: 151 }, 10],
  ['hybrid.mailbox-count', { mailboxCount: 150 }, null],
  ['hybrid.small-org', { mailboxCount: 150 }, -10],
  ['hybrid.small-org', { mailboxCount: 151 }, null],
  ['hybrid.small-org', { mailboxCount: 40, keepOnPremises: true }, null],
  ['hybrid.keep-on-premises', { keepOnPremises: true }, 20],
  ['hybrid.coexistence', { needCoexistence: true }, 20],
  ['hybrid.directory-sync', { directorySync: 'in-place' }, 5],
  ['hybrid.directory-sync', { directorySync: 'planned' }, null],
  ['hybrid.outlook-profiles', { mailboxCount: 51 }, 5],
  ['hybrid.outlook-profiles', { mailboxCount: 50 }, null],
  ['hybrid.admin-time', { dedicatedAdmin: false }, -15],
  ['hybrid.cumulative-update', { onLatestCu: false }, -10],
  ['hybrid.cumulative-update', { onLatestCu: true }, null],
  ['hybrid.budget', { budget: 'low' }, -20],
  ['hybrid.budget', { budget: 'medium' }, null],
  ['hybrid.budget', { budget: 'high' }, 10],
  ['hybrid.calendar-contacts', { moveCalendarContacts: true }, 5],
  ['hybrid.largest-item', { largestItemMb: 151 }, -5],
  ['hybrid.largest-item', { largestItemMb: 150 }, null],
  ['hybrid.timeline', { timelineWeeks: 1 }, -25],
  ['hybrid.timeline', { timelineWeeks: 52 }, 10],
  ['imap.source-system', { source: 'google-workspace' }, 25],
  ['imap.source-system', { source: 'hosted-exchange' }, 15],
  ['imap.source-system', { source: 'exchange-2016' }, -30],
  ['imap.calendar-contacts', { moveCalendarContacts: true }, -15],
  ['imap.calendar-contacts', { moveCalendarContacts: false }, null],
  ['imap.create-users', { mailboxCount: 501 }, -5],
  ['imap.create-users', { mailboxCount: 500 }, null],
  ['imap.batch-size', { mailboxCount: 50_001 }, -5],
  ['imap.batch-size', { mailboxCount: 50_000 }, null],
  ['imap.keep-on-premises', { keepOnPremises: true }, -15],
  ['imap.keep-on-premises', { source: 'google-workspace', keepOnPremises: true }, null],
  ['imap.coexistence', { needCoexistence: true }, -10],
  ['imap.budget', { budget: 'low' }, 15],
  ['imap.budget', { budget: 'medium' }, 5],
  ['imap.budget', { budget: 'high' }, null],
  ['imap.largest-item', { largestItemMb: 36 }, -10],
  ['imap.largest-item', { largestItemMb: 35 }, null],
  ['imap.timeline', { timelineWeeks: 104 }, 10],
  ['imap.timeline', { timelineWeeks: 1 }, -25],
];

function fired(ruleId: string, overrides: Partial<Answers>) {
  const method = ruleId.split('.')[0] as Method;
  const advice = assess({ ...baseAnswers, ...overrides }, { date: ON, whatWouldChange: false });
  return advice.ranking.find((r) => r.method === method)?.reasons.find((r) => r.rule === ruleId);
}

describe('method rules', () => {
  const rules = METHOD_DEFINITIONS.flatMap((m) => m.rules);

  it('have unique ids, each named for its method, each with at least one case below', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of METHOD_DEFINITIONS) for (const r of m.rules) expect(r.id.startsWith(`${m.id}.`), r.id).toBe(true);
    expect(ids.filter((id) => !CASES.some(([caseId]) => caseId === id))).toEqual([]);
  });

  it('each name a purpose, a fact and a Microsoft source', () => {
    for (const rule of rules) {
      expect(rule.purpose.length, rule.id).toBeGreaterThan(10);
      expect(rule.fact.length, rule.id).toBeGreaterThan(10);
      expect(rule.source, rule.id).toMatch(/^M\d+$/);
    }
  });

  it('write the timeline in weeks, singular or plural', () => {
    expect(fired('cutover.timeline', { timelineWeeks: 1 })?.text).toMatch(/your 1 week\b/);
    expect(fired('cutover.timeline', { timelineWeeks: 2 })?.text).toMatch(/your 2 weeks\b/);
  });

  it('judge the hybrid version on the assessment date, never on the rules date', () => {
    const sentence = (date: string) =>
      assess({ ...baseAnswers, source: 'exchange-2019' }, { date, whatWouldChange: false }).ranking.find((r) => r.method === 'hybrid')!.reasons.find((r) => r.rule === 'hybrid.source-version')!.text;
    expect(sentence('2025-01-01')).toBe('Exchange 2019 supports hybrid and is in extended support until 14 October 2025: plan to leave it before then.');
    expect(sentence('2026-11-25')).toBe('Exchange 2019 can run hybrid but has been out of extended support since 14 October 2025, so plan to leave it soon.');
  });

  it.each(CASES)('%s with %j: %s', (ruleId, overrides, effect) => {
    const reason = fired(ruleId, overrides);
    if (effect === null) {
      expect(reason, `${ruleId} should stay quiet`).toBeUndefined();
      return;
    }
    expect(reason?.effect).toBe(effect);
    expect(reason?.text.length).toBeGreaterThan(20);
  });
});

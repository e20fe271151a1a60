import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers';
import { assess } from '../assess';
import { baseAnswers } from '../test/arbitraries';
import { RULES } from './index';

type Direction = 'excludes' | 'up' | 'down';
/** [rule id, answers that make it fire, which way it pushes, answers where it stays quiet]. */
type Case = [string, Partial<Answers>, Direction, Partial<Answers>];

const legacy: Partial<Answers> = { source: 'exchange-2007' };
const CASES: Case[] = [
  ['cutover.source-system', { source: 'google-workspace' }, 'excludes', { source: 'exchange-2010' }],
  ['cutover.mailbox-limit', { mailboxCount: 2001 }, 'excludes', { mailboxCount: 2000 }],
  ['cutover.keep-on-premises', { keepOnPremises: true }, 'excludes', { keepOnPremises: false }],
  ['cutover.hosted-provider', { source: 'hosted-exchange' }, 'down', { source: 'exchange-2013' }],
  ['cutover.mailbox-count', { mailboxCount: 150 }, 'up', { mailboxCount: 2500 }],
  ['cutover.mailbox-count', { mailboxCount: 151 }, 'down', { mailboxCount: 2001 }],
  ['cutover.directory-sync', { directorySync: 'in-place' }, 'down', { directorySync: 'none' }],
  ['cutover.coexistence', { needCoexistence: true }, 'down', { needCoexistence: false }],
  ['cutover.newer-exchange', { source: 'exchange-se' }, 'down', { source: 'exchange-2013' }],
  ['cutover.admin-time', { dedicatedAdmin: false }, 'up', { dedicatedAdmin: true }],
  ['cutover.budget', { budget: 'low' }, 'up', { budget: 'high' }],
  ['cutover.calendar-contacts', { moveCalendarContacts: true }, 'up', { moveCalendarContacts: false }],
  ['cutover.largest-item', { largestItemMb: 151 }, 'down', { largestItemMb: 150 }],
  ['cutover.timeline', { timelineWeeks: 52 }, 'up', {}],
  ['cutover.timeline', { timelineWeeks: 1, totalDataGb: 5000 }, 'down', {}],
  ['staged.source-system', { source: 'exchange-2010' }, 'excludes', legacy],
  ['staged.source-system', { source: 'hosted-exchange' }, 'excludes', { source: 'exchange-2003' }],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 2600 }, 'up', { ...legacy, mailboxCount: 100 }],
  ['staged.directory-sync', { ...legacy, directorySync: 'in-place' }, 'up', { ...legacy, directorySync: 'planned' }],
  ['staged.directory-sync', { ...legacy, directorySync: 'none' }, 'down', { ...legacy }],
  ['staged.keep-on-premises', { ...legacy, keepOnPremises: true }, 'up', { ...legacy, keepOnPremises: false }],
  ['staged.coexistence', { ...legacy, needCoexistence: true }, 'down', { ...legacy, needCoexistence: false }],
  ['staged.admin-time', { ...legacy, dedicatedAdmin: false }, 'down', { ...legacy, dedicatedAdmin: true }],
  ['staged.budget', { ...legacy, budget: 'medium' }, 'up', {}],
  ['staged.calendar-contacts', { ...legacy, moveCalendarContacts: true }, 'up', { ...legacy }],
  ['staged.largest-item', { ...legacy, largestItemMb: 200 }, 'down', { ...legacy, largestItemMb: 20 }],
  ['staged.timeline', { ...legacy, timelineWeeks: 1 }, 'down', {}],
  ['hybrid.source-system', { source: 'exchange-2003' }, 'excludes', { source: 'exchange-2010' }],
  ['hybrid.source-system', { source: 'imap-other' }, 'excludes', { source: 'exchange-2019' }],
  ['hybrid.source-version', { source: 'exchange-se' }, 'up', { source: 'exchange-2007' }],
  ['hybrid.source-version', { source: 'exchange-2010' }, 'down', { source: 'google-workspace' }],
  ['hybrid.mailbox-count', { mailboxCount: 4000 }, 'up', { mailboxCount: 150 }],
  ['hybrid.small-org', { mailboxCount: 40 }, 'down', { mailboxCount: 40, keepOnPremises: true }],
  ['hybrid.keep-on-premises', { keepOnPremises: true }, 'up', { keepOnPremises: false }],
  ['hybrid.coexistence', { needCoexistence: true }, 'up', { needCoexistence: false }],
  ['hybrid.directory-sync', { directorySync: 'in-place' }, 'up', { directorySync: 'none' }],
  ['hybrid.outlook-profiles', { mailboxCount: 51 }, 'up', { mailboxCount: 50 }],
  ['hybrid.admin-time', { dedicatedAdmin: false }, 'down', { dedicatedAdmin: true }],
  ['hybrid.cumulative-update', { onLatestCu: false }, 'down', { onLatestCu: true }],
  ['hybrid.budget', { budget: 'low' }, 'down', { budget: 'medium' }],
  ['hybrid.calendar-contacts', { moveCalendarContacts: true }, 'up', {}],
  ['hybrid.largest-item', { largestItemMb: 151 }, 'down', { largestItemMb: 149 }],
  ['hybrid.timeline', { timelineWeeks: 1 }, 'down', {}],
  ['imap.source-system', { source: 'google-workspace' }, 'up', {}],
  ['imap.source-system', { source: 'exchange-2016' }, 'down', {}],
  ['imap.calendar-contacts', { moveCalendarContacts: true }, 'down', { moveCalendarContacts: false }],
  ['imap.create-users', { mailboxCount: 501 }, 'down', { mailboxCount: 500 }],
  ['imap.batch-size', { mailboxCount: 50_001 }, 'down', { mailboxCount: 50_000 }],
  ['imap.keep-on-premises', { keepOnPremises: true }, 'down', { source: 'google-workspace', keepOnPremises: true }],
  ['imap.coexistence', { needCoexistence: true }, 'down', {}],
  ['imap.budget', { budget: 'low' }, 'up', { budget: 'high' }],
  ['imap.largest-item', { largestItemMb: 36 }, 'down', { largestItemMb: 35 }],
  ['imap.timeline', { timelineWeeks: 104 }, 'up', {}],
];

function fired(ruleId: string, overrides: Partial<Answers>) {
  const method = ruleId.split('.')[0];
  const advice = assess({ ...baseAnswers, ...overrides }, { whatWouldChange: false });
  return advice.ranking.find((r) => r.method === method)?.reasons.find((r) => r.rule === ruleId);
}

describe('rules', () => {
  it('every rule has at least one case below', () => {
    const ids = Object.values(RULES).flatMap((rules) => rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !CASES.some(([caseId]) => caseId === id))).toEqual([]);
  });

  it('every rule names a purpose, a fact and a source', () => {
    for (const rule of Object.values(RULES).flat()) {
      expect(rule.purpose.length, rule.id).toBeGreaterThan(10);
      expect(rule.fact.length, rule.id).toBeGreaterThan(10);
      expect(rule.source, rule.id).toMatch(/^M\d+$/);
    }
  });

  it.each(CASES)('%s fires with %j (%s) and is quiet with %j', (ruleId, firesWith, direction, quietWith) => {
    const reason = fired(ruleId, firesWith);
    expect(reason, `${ruleId} should fire`).toBeDefined();
    if (direction === 'excludes') expect(reason?.effect).toBe('excludes');
    if (direction === 'up') expect(reason?.effect).toMatch(/^\+\d+$/);
    if (direction === 'down') expect(reason?.effect).toMatch(/^-\d+$/);
    expect(reason?.text.length).toBeGreaterThan(20);
    if (Object.keys(quietWith).length > 0) {
      const quiet = fired(ruleId, quietWith);
      expect(quiet === undefined || quiet.effect !== reason?.effect, `${ruleId} should not fire the same way`).toBe(true);
    }
  });

  it('a cutover is favoured more at 150 mailboxes than at 151', () => {
    const score = (n: number) => assess({ ...baseAnswers, source: 'exchange-2013', mailboxCount: n }).ranking.find((r) => r.method === 'cutover')!.score;
    expect(score(150)).toBeGreaterThan(score(151));
  });
});

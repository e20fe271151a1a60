import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers';
import type { Effect, Method } from '../advice';
import { assess } from '../assess';
import { baseAnswers, ON } from '../test/arbitraries';
import { SOURCES_CITED } from '../sources';
import { METHOD_DEFINITIONS } from './index';

/**
 * [rule id, answers changed from the base organisation, the exact effect it must have (null: it stays quiet)].
 * Exact effects pin each rule's weight: a one-line change to a weight or a threshold fails a row.
 */
type Case = [string, Partial<Answers>, Effect | null];

const legacy: Partial<Answers> = { source: 'exchange-2007' };
const google: Partial<Answers> = { source: 'google-workspace' };
const hosted: Partial<Answers> = { source: 'hosted-exchange' };
const AFTER_2016_SUPPORT: Partial<Answers> = { source: 'exchange-2016', needCoexistence: true };
const CASES: Case[] = [
  ['cutover.source-system', { source: 'google-workspace' }, 'excludes'],
  ['cutover.source-system', { source: 'exchange-2010' }, null],
  ['cutover.mailbox-limit', { mailboxCount: 2001 }, 'excludes'],
  ['cutover.mailbox-limit', { mailboxCount: 2000 }, null],
  ['cutover.keep-on-premises', { keepOnPremises: true }, 'excludes'],
  ['cutover.keep-on-premises', { keepOnPremises: false }, null],
  ['cutover.hosted-provider', hosted, -40],
  ['cutover.hosted-provider', { source: 'exchange-2013' }, null],
  ['cutover.tls', { source: 'exchange-2003' }, -40],
  ['cutover.tls', { source: 'exchange-2007' }, null],
  ['cutover.mailbox-count', { mailboxCount: 150 }, 20],
  ['cutover.mailbox-count', { mailboxCount: 200 }, 8],
  ['cutover.mailbox-count', { mailboxCount: 250 }, -5],
  ['cutover.mailbox-count', { mailboxCount: 1000 }, -20],
  ['cutover.mailbox-count', { mailboxCount: 2000 }, -30],
  ['cutover.mailbox-count', { mailboxCount: 2001 }, null],
  ['cutover.directory-sync', { directorySync: 'in-place' }, -30],
  ['cutover.directory-sync', { directorySync: 'planned' }, -30],
  ['cutover.directory-sync', { directorySync: 'none' }, null],
  ['cutover.coexistence', { needCoexistence: true }, -25],
  ['cutover.coexistence', { needCoexistence: false }, null],
  ['cutover.newer-exchange', { source: 'exchange-se' }, -5],
  ['cutover.newer-exchange', { source: 'exchange-2013' }, null],
  ['cutover.admin-time', { dedicatedAdmin: false }, 5],
  ['cutover.admin-time', { dedicatedAdmin: true }, null],
  ['cutover.archives', { archives: 'on-premises-archives' }, -5],
  ['cutover.archives', { archives: 'pst-files' }, null],
  ['cutover.budget', { budget: 'low' }, 15],
  ['cutover.budget', { budget: 'medium' }, 5],
  ['cutover.budget', { budget: 'high' }, null],
  ['cutover.calendar-contacts', { moveCalendarContacts: true }, 5],
  ['cutover.calendar-contacts', { moveCalendarContacts: false }, null],
  ['cutover.largest-item', { largestItemMb: 151 }, -5],
  ['cutover.largest-item', { largestItemMb: 150 }, null],
  ['cutover.mailbox-size', { largestMailboxGb: 101 }, -10],
  ['cutover.mailbox-size', { largestMailboxGb: 100 }, null],
  ['cutover.public-folders', { publicFoldersGb: 1 }, -10],
  ['cutover.public-folders', { publicFoldersGb: 0 }, null],
  ['cutover.timeline', { timelineWeeks: 52 }, 10],
  ['cutover.timeline', { timelineWeeks: 1, totalDataGb: 5000 }, -25],
  ['staged.source-system', { source: 'exchange-2010' }, 'excludes'],
  ['staged.source-system', hosted, 'excludes'],
  ['staged.source-system', { source: 'exchange-2003' }, null],
  ['staged.tls', { source: 'exchange-2003' }, -40],
  ['staged.tls', legacy, null],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 150 }, null],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 200 }, 12],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 500 }, 14],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 2000 }, 25],
  ['staged.mailbox-count', { ...legacy, mailboxCount: 2600 }, 25],
  ['staged.directory-sync', { ...legacy, directorySync: 'in-place' }, 10],
  ['staged.directory-sync', { ...legacy, directorySync: 'none' }, -5],
  ['staged.directory-sync', { ...legacy, directorySync: 'planned' }, null],
  ['staged.keep-on-premises', { ...legacy, keepOnPremises: true }, 10],
  ['staged.keep-on-premises', { ...legacy, keepOnPremises: false }, null],
  ['staged.coexistence', { ...legacy, needCoexistence: true }, -15],
  ['staged.admin-time', { ...legacy, dedicatedAdmin: false }, -15],
  ['staged.transport-enforcement', legacy, -5],
  ['staged.archives', { ...legacy, archives: 'both' }, -5],
  ['staged.budget', { ...legacy, budget: 'low' }, 5],
  ['staged.budget', { ...legacy, budget: 'medium' }, 10],
  ['staged.budget', { ...legacy, budget: 'high' }, 5],
  ['staged.calendar-contacts', { ...legacy, moveCalendarContacts: true }, 5],
  ['staged.largest-item', { ...legacy, largestItemMb: 151 }, -5],
  ['staged.largest-item', { ...legacy, largestItemMb: 150 }, null],
  ['staged.mailbox-size', { ...legacy, largestMailboxGb: 150 }, -10],
  ['staged.public-folders', { ...legacy, publicFoldersGb: 20 }, -10],
  ['staged.timeline', { ...legacy, timelineWeeks: 1 }, -25],
  ['hybrid.source-system', { source: 'exchange-2003' }, 'excludes'],
  ['hybrid.source-system', { source: 'imap-other' }, 'excludes'],
  ['hybrid.source-system', { source: 'exchange-2010' }, null],
  ['hybrid.source-version', { source: 'exchange-se' }, 10],
  ['hybrid.source-version', { source: 'exchange-2019' }, -2],
  ['hybrid.source-version', { source: 'exchange-2016' }, -4],
  ['hybrid.source-version', { source: 'exchange-2013' }, -5],
  ['hybrid.source-version', { source: 'exchange-2010' }, -10],
  ['hybrid.supported-server', { source: 'exchange-2013', needCoexistence: true }, -15],
  ['hybrid.supported-server', { source: 'exchange-2010', needCoexistence: true }, -15],
  ['hybrid.supported-server', { source: 'exchange-2013' }, null],
  ['hybrid.supported-server', { source: 'exchange-2019', needCoexistence: true }, null],
  ['hybrid.transport-enforcement', AFTER_2016_SUPPORT, -5],
  ['hybrid.transport-enforcement', { source: 'exchange-se', needCoexistence: true }, null],
  ['hybrid.transport-enforcement', { source: 'exchange-2016' }, null],
  ['hybrid.mailbox-count', { mailboxCount: 150 }, null],
  ['hybrid.mailbox-count', { mailboxCount: 400 }, 10],
  ['hybrid.mailbox-count', { mailboxCount: 2000 }, 25],
  ['hybrid.small-org', { mailboxCount: 150 }, -10],
  ['hybrid.small-org', { mailboxCount: 175 }, -5],
  ['hybrid.small-org', { mailboxCount: 200 }, null],
  ['hybrid.small-org', { mailboxCount: 40, keepOnPremises: true }, null],
  ['hybrid.small-org', { mailboxCount: 40, directorySync: 'in-place' }, null],
  ['hybrid.keep-on-premises', { keepOnPremises: true }, 20],
  ['hybrid.coexistence', { needCoexistence: true }, 20],
  ['hybrid.directory-sync', { directorySync: 'in-place' }, 10],
  ['hybrid.directory-sync', { directorySync: 'planned' }, 5],
  ['hybrid.directory-sync', { directorySync: 'none' }, null],
  ['hybrid.outlook-profiles', { mailboxCount: 20 }, null],
  ['hybrid.outlook-profiles', { mailboxCount: 60 }, 3],
  ['hybrid.outlook-profiles', { mailboxCount: 100 }, 5],
  ['hybrid.admin-time', { dedicatedAdmin: false }, -15],
  ['hybrid.cumulative-update', { onLatestCu: false }, -10],
  ['hybrid.cumulative-update', { onLatestCu: true }, null],
  ['hybrid.archives', { archives: 'on-premises-archives' }, 5],
  ['hybrid.public-folders', { publicFoldersGb: 10 }, 5],
  ['hybrid.budget', { budget: 'low' }, -10],
  ['hybrid.budget', { budget: 'low', needCoexistence: true }, -20],
  ['hybrid.budget', { budget: 'medium' }, null],
  ['hybrid.budget', { budget: 'high' }, 5],
  ['hybrid.budget', { budget: 'high', needCoexistence: true }, 10],
  ['hybrid.calendar-contacts', { moveCalendarContacts: true }, 5],
  ['hybrid.largest-item', { largestItemMb: 151 }, -5],
  ['hybrid.largest-item', { largestItemMb: 150 }, null],
  ['hybrid.timeline', { timelineWeeks: 1 }, -25],
  ['hybrid.timeline', { timelineWeeks: 52 }, 10],
  ['imap.source-system', { source: 'imap-other' }, 25],
  ['imap.source-system', google, 15],
  ['imap.source-system', hosted, 10],
  ['imap.source-system', { source: 'exchange-2016' }, -40],
  ['imap.google-prerequisites', google, -10],
  ['imap.google-prerequisites', { source: 'imap-other' }, null],
  ['imap.hosted-access', hosted, -5],
  ['imap.calendar-contacts', { moveCalendarContacts: true }, -15],
  ['imap.calendar-contacts', { moveCalendarContacts: false }, null],
  ['imap.create-users', { mailboxCount: 200 }, null],
  ['imap.create-users', { mailboxCount: 700 }, -3],
  ['imap.create-users', { mailboxCount: 1000 }, -5],
  ['imap.create-users', { mailboxCount: 1000, directorySync: 'in-place' }, null],
  ['imap.batch-size', { mailboxCount: 50_001 }, -5],
  ['imap.batch-size', { mailboxCount: 50_000 }, null],
  ['imap.keep-on-premises', { keepOnPremises: true }, -25],
  ['imap.keep-on-premises', { ...google, keepOnPremises: true }, null],
  ['imap.coexistence', { needCoexistence: true }, -10],
  ['imap.archives', { archives: 'both' }, -5],
  ['imap.budget', { budget: 'low' }, 15],
  ['imap.budget', { budget: 'medium' }, 5],
  ['imap.budget', { budget: 'high' }, null],
  ['imap.largest-item', { largestItemMb: 36 }, -10],
  ['imap.largest-item', { largestItemMb: 35 }, null],
  ['imap.mailbox-size', { largestMailboxGb: 120 }, -10],
  ['imap.public-folders', { publicFoldersGb: 5 }, -10],
  ['imap.public-folders', { source: 'imap-other', publicFoldersGb: 5 }, null],
  ['imap.timeline', { timelineWeeks: 104 }, 10],
  ['imap.timeline', { timelineWeeks: 1 }, -25],
  ['google-workspace.source-system', { source: 'imap-other' }, 'excludes'],
  ['google-workspace.source-system', google, null],
  ['google-workspace.native', google, 25],
  ['google-workspace.setup', google, -5],
  ['google-workspace.setup', { ...google, dedicatedAdmin: false }, -10],
  ['google-workspace.coexistence', { ...google, needCoexistence: true }, -10],
  ['google-workspace.create-users', { ...google, mailboxCount: 1000 }, -5],
  ['google-workspace.create-users', { ...google, mailboxCount: 1000, directorySync: 'in-place' }, null],
  ['google-workspace.calendar-contacts', { ...google, moveCalendarContacts: true }, 10],
  ['google-workspace.calendar-contacts', { ...google, moveCalendarContacts: false }, null],
  ['google-workspace.budget', { ...google, budget: 'low' }, 10],
  ['google-workspace.budget', { ...google, budget: 'medium' }, 5],
  ['google-workspace.budget', { ...google, budget: 'high' }, null],
  ['google-workspace.largest-item', { ...google, largestItemMb: 36 }, -5],
  ['google-workspace.mailbox-size', { ...google, largestMailboxGb: 120 }, -10],
  ['google-workspace.timeline', { ...google, timelineWeeks: 104 }, 10],
  ['third-party.hosted-exchange', hosted, 25],
  ['third-party.hosted-exchange', { source: 'exchange-2016' }, null],
  ['third-party.out-of-reach', { source: 'exchange-2003' }, 35],
  ['third-party.out-of-reach', legacy, null],
  ['third-party.imap-calendars', { source: 'imap-other', moveCalendarContacts: true }, 20],
  ['third-party.imap-calendars', { ...google, moveCalendarContacts: true }, null],
  ['third-party.calendar-contacts', { moveCalendarContacts: true }, 5],
  ['third-party.size', { mailboxCount: 2000 }, null],
  ['third-party.size', { mailboxCount: 5000 }, 10],
  ['third-party.size', { mailboxCount: 20_000 }, 15],
  ['third-party.built-in-reach', { source: 'exchange-2016' }, -15],
  ['third-party.built-in-reach', google, -10],
  ['third-party.built-in-reach', { source: 'imap-other' }, -10],
  ['third-party.built-in-reach', { source: 'imap-other', moveCalendarContacts: true }, null],
  ['third-party.built-in-reach', hosted, null],
  ['third-party.built-in-reach', { source: 'exchange-2003' }, null],
  ['third-party.ews', {}, -5],
  ['third-party.admin-time', { dedicatedAdmin: false }, 10],
  ['third-party.coexistence', { needCoexistence: true }, -10],
  ['third-party.public-folders', { publicFoldersGb: 30 }, 5],
  ['third-party.public-folders', { source: 'imap-other', publicFoldersGb: 30 }, null],
  ['third-party.budget', { budget: 'low' }, -25],
  ['third-party.budget', { budget: 'medium' }, -5],
  ['third-party.budget', { budget: 'high' }, 5],
  ['third-party.largest-item', { largestItemMb: 151 }, -5],
  ['third-party.timeline', { timelineWeeks: 104 }, 10],
];

function fired(ruleId: string, overrides: Partial<Answers>, date = ON) {
  const method = ruleId.split('.').slice(0, -1).join('.') as Method;
  const advice = assess({ ...baseAnswers, ...overrides }, { date, whatWouldChange: false });
  return advice.ranking.find((r) => r.method === method)?.reasons.find((r) => r.rule === ruleId);
}

describe('method rules', () => {
  const rules = METHOD_DEFINITIONS.flatMap((m) => [...m.limits, ...m.rules]);

  it('have unique ids, each named for its method, each with at least one case below', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of METHOD_DEFINITIONS) for (const r of [...m.limits, ...m.rules]) expect(r.id.startsWith(`${m.id}.`), r.id).toBe(true);
    expect(ids.filter((id) => !CASES.some(([caseId]) => caseId === id))).toEqual([]);
  });

  it('each name a purpose, a fact and a Microsoft source that exists', () => {
    for (const rule of rules) {
      expect(rule.purpose.length, rule.id).toBeGreaterThan(10);
      expect(rule.fact.length, rule.id).toBeGreaterThan(10);
      expect(rule.source, rule.id).toMatch(/^M\d+$/);
      expect(SOURCES_CITED[rule.source], rule.id).toBeDefined();
    }
  });

  it('write the timeline in weeks, singular or plural', () => {
    expect(fired('cutover.timeline', { timelineWeeks: 1 })?.text).toMatch(/your 1 week\b/);
    expect(fired('cutover.timeline', { timelineWeeks: 2 })?.text).toMatch(/your 2 weeks\b/);
  });

  it('judge the hybrid version on the assessment date, never on the rules date', () => {
    const sentence = (date: string) =>
      assess({ ...baseAnswers, source: 'exchange-2019' }, { date, whatWouldChange: false }).ranking.find((r) => r.method === 'hybrid')!.reasons.find((r) => r.rule === 'hybrid.source-version')!.text;
    expect(sentence('2025-01-01')).toBe('Exchange 2019 supports hybrid on CU14 with its latest security update and is in extended support until 14 October 2025: plan to leave it before then.');
    expect(sentence('2025-03-01')).toBe('Exchange 2019 supports hybrid on CU14 or CU15 with its latest security update and is in extended support until 14 October 2025: plan to leave it before then.');
    expect(sentence('2026-11-25')).toBe('Exchange 2019 has been out of extended support since 14 October 2025: hybrid still works from CU14 or CU15 with its last security update, but every month adds risk: plan an in-place upgrade to Exchange SE or a quick exit.');
    expect(fired('hybrid.source-version', { source: 'exchange-2019' }, '2025-01-01')?.effect).toBe(5);
    expect(fired('hybrid.supported-server', { source: 'exchange-2013', needCoexistence: true }, '2025-10-30')).toBeUndefined();
    expect(fired('hybrid.transport-enforcement', AFTER_2016_SUPPORT, '2025-01-01')).toBeUndefined();
  });

  it('judge EWS for third-party tools on the assessment date', () => {
    expect(fired('third-party.ews', {}, '2026-09-30')).toBeUndefined();
    expect(fired('third-party.ews', {}, '2026-10-01')?.effect).toBe(-5);
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

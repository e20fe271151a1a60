import { describe, expect, it } from 'vitest';
import { ON } from './test/arbitraries';
import type { Answers } from './answers';
import type { Method } from './advice';
import { assess } from './assess';

/** Rows of Microsoft's decision table (domain facts §2) as cases: the advice must land on one of the listed options. */
const ROWS: [string, Omit<Answers, 'version'>, Method[]][] = [
  ['Exchange 2010+, under 150, accounts not kept: cutover or minimal hybrid', { mailboxCount: 100, source: 'exchange-2010', budget: 'low', timelineWeeks: 4, totalDataGb: 200, keepOnPremises: false }, ['cutover', 'hybrid']],
  ['Exchange 2010+, under 2,000, accounts not kept: cutover or hybrid', { mailboxCount: 1500, source: 'exchange-2016', budget: 'medium', timelineWeeks: 12, totalDataGb: 3000, keepOnPremises: false }, ['cutover', 'hybrid']],
  ['Exchange 2010+, accounts kept on-premises: hybrid', { mailboxCount: 800, source: 'exchange-2013', budget: 'low', timelineWeeks: 10, totalDataGb: 1500, keepOnPremises: true }, ['hybrid']],
  ['Exchange 2010+, small but accounts kept, low budget: still hybrid', { mailboxCount: 50, source: 'exchange-2019', budget: 'low', timelineWeeks: 2, totalDataGb: 60, keepOnPremises: true }, ['hybrid']],
  ['Exchange 2010+, over 2,000: full hybrid', { mailboxCount: 2500, source: 'exchange-2010', budget: 'low', timelineWeeks: 8, totalDataGb: 2500 }, ['hybrid']],
  ['Exchange 2010+, coexistence needed: hybrid', { mailboxCount: 400, source: 'exchange-2016', budget: 'medium', timelineWeeks: 16, totalDataGb: 800, needCoexistence: true }, ['hybrid']],
  ['Exchange 2003/2007, under 2,000, accounts not kept: staged or cutover', { mailboxCount: 500, source: 'exchange-2003', budget: 'low', timelineWeeks: 8, totalDataGb: 400, keepOnPremises: false }, ['staged', 'cutover']],
  ['Exchange 2007, small: staged or cutover', { mailboxCount: 100, source: 'exchange-2007', budget: 'low', timelineWeeks: 3, totalDataGb: 100 }, ['staged', 'cutover']],
  ['Exchange 2007, accounts kept: staged', { mailboxCount: 300, source: 'exchange-2007', budget: 'medium', timelineWeeks: 12, totalDataGb: 300, keepOnPremises: true }, ['staged']],
  ['Exchange 2003, over 2,000: staged', { mailboxCount: 5000, source: 'exchange-2003', budget: 'high', timelineWeeks: 40, totalDataGb: 8000 }, ['staged']],
  ['IMAP system, any size: IMAP', { mailboxCount: 3000, source: 'imap-other', budget: 'medium', timelineWeeks: 12, totalDataGb: 3000 }, ['imap']],
  ['Google Workspace with calendars: IMAP (Google Workspace migration noted)', { mailboxCount: 200, source: 'google-workspace', budget: 'high', timelineWeeks: 8, totalDataGb: 1000, moveCalendarContacts: true }, ['imap']],
  ['Hosted Exchange over 2,000: IMAP', { mailboxCount: 3000, source: 'hosted-exchange', budget: 'high', timelineWeeks: 20, totalDataGb: 2000 }, ['imap']],
  ['Hosted Exchange with calendars: IMAP still beats an unlikely cutover', { mailboxCount: 40, source: 'hosted-exchange', budget: 'low', timelineWeeks: 4, totalDataGb: 100, moveCalendarContacts: true }, ['imap']],
];

describe("Microsoft's decision table", () => {
  it.each(ROWS)('%s', (_row, answers, acceptable) => {
    expect(acceptable).toContain(assess({ version: 1, ...answers }, { date: ON, whatWouldChange: false }).recommended);
  });

  it('Google Workspace with calendars gets the note about Google Workspace migration', () => {
    const advice = assess({ version: 1, ...ROWS[11]![1] }, { date: ON });
    expect(advice.notes.map((n) => n.id)).toContain('google-workspace-migration');
  });

  it('over 5,000 mailboxes: a partner or tool is suggested beside full hybrid', () => {
    const advice = assess({ version: 1, mailboxCount: 20000, source: 'exchange-se', budget: 'high', timelineWeeks: 52, totalDataGb: 80000 }, { date: ON });
    expect(advice.recommended).toBe('hybrid');
    expect(advice.plans.hybrid?.flavour?.kind).toBe('full');
    expect(advice.notes.map((n) => n.id)).toContain('partner-tool');
  });
});

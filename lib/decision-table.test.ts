import { describe, expect, it } from 'vitest';
import { ON } from './test/arbitraries';
import type { Answers } from './answers';
import type { Method } from './advice';
import { assess } from './assess';

/** Rows of Microsoft's decision table (domain facts §2) as cases: the advice must land on one of the listed options. */
const ROWS: [string, Omit<Answers, 'version'>, Method[]][] = [
  [
    'Exchange 2010+, under 150, accounts not kept: cutover or minimal hybrid',
    { mailboxCount: 100, source: 'exchange-2010', budget: 'low', timelineWeeks: 4, totalDataGb: 200, keepOnPremises: false },
    ['cutover', 'hybrid'],
  ],
  [
    'Exchange 2010+, under 2,000, accounts not kept: cutover or hybrid',
    { mailboxCount: 1500, source: 'exchange-2016', budget: 'medium', timelineWeeks: 12, totalDataGb: 3000, keepOnPremises: false },
    ['cutover', 'hybrid'],
  ],
  [
    'Exchange 2010+, accounts kept on-premises: hybrid',
    { mailboxCount: 800, source: 'exchange-2013', budget: 'low', timelineWeeks: 10, totalDataGb: 1500, keepOnPremises: true },
    ['hybrid'],
  ],
  [
    'Exchange 2010+, small but accounts kept, low budget: still hybrid',
    { mailboxCount: 50, source: 'exchange-2019', budget: 'low', timelineWeeks: 2, totalDataGb: 60, keepOnPremises: true },
    ['hybrid'],
  ],
  [
    'Exchange 2010+, over 2,000: full hybrid',
    { mailboxCount: 2500, source: 'exchange-2010', budget: 'low', timelineWeeks: 8, totalDataGb: 2500 },
    ['hybrid'],
  ],
  [
    'Exchange 2010+, coexistence needed: hybrid',
    { mailboxCount: 400, source: 'exchange-2016', budget: 'medium', timelineWeeks: 16, totalDataGb: 800, needCoexistence: true },
    ['hybrid'],
  ],
  [
    'Exchange 2003, under 2,000: staged or cutover, or a tool because 2003 cannot offer TLS 1.2',
    { mailboxCount: 500, source: 'exchange-2003', budget: 'low', timelineWeeks: 8, totalDataGb: 400, keepOnPremises: false },
    ['staged', 'cutover', 'third-party'],
  ],
  [
    'Exchange 2007, small: staged or cutover',
    { mailboxCount: 100, source: 'exchange-2007', budget: 'low', timelineWeeks: 3, totalDataGb: 100 },
    ['staged', 'cutover'],
  ],
  [
    'Exchange 2007, accounts kept: staged',
    { mailboxCount: 300, source: 'exchange-2007', budget: 'medium', timelineWeeks: 12, totalDataGb: 300, keepOnPremises: true },
    ['staged'],
  ],
  [
    'Exchange 2003, over 2,000: staged, or a tool because 2003 cannot offer TLS 1.2',
    { mailboxCount: 5000, source: 'exchange-2003', budget: 'high', timelineWeeks: 40, totalDataGb: 8000 },
    ['staged', 'third-party'],
  ],
  [
    'Exchange 2007, over 2,000: staged',
    { mailboxCount: 5000, source: 'exchange-2007', budget: 'high', timelineWeeks: 40, totalDataGb: 8000 },
    ['staged'],
  ],
  [
    'IMAP system, any size: IMAP',
    { mailboxCount: 3000, source: 'imap-other', budget: 'medium', timelineWeeks: 12, totalDataGb: 3000 },
    ['imap'],
  ],
  [
    'Google Workspace with calendars: Microsoft’s Google Workspace migration',
    { mailboxCount: 200, source: 'google-workspace', budget: 'high', timelineWeeks: 8, totalDataGb: 1000, moveCalendarContacts: true },
    ['google-workspace'],
  ],
  [
    'Google Workspace, mail only: Google Workspace migration or IMAP',
    { mailboxCount: 200, source: 'google-workspace', budget: 'low', timelineWeeks: 8, totalDataGb: 1000, moveCalendarContacts: false },
    ['google-workspace', 'imap'],
  ],
  [
    'Hosted Exchange over 2,000: a tool (or IMAP)',
    { mailboxCount: 3000, source: 'hosted-exchange', budget: 'high', timelineWeeks: 20, totalDataGb: 2000 },
    ['third-party', 'imap'],
  ],
  [
    'Hosted Exchange with calendars, low budget: IMAP or a tool, never an unlikely cutover',
    { mailboxCount: 40, source: 'hosted-exchange', budget: 'low', timelineWeeks: 4, totalDataGb: 100, moveCalendarContacts: true },
    ['imap', 'third-party'],
  ],
  [
    'IMAP system with calendars: a tool',
    { mailboxCount: 300, source: 'imap-other', budget: 'medium', timelineWeeks: 12, totalDataGb: 600, moveCalendarContacts: true },
    ['third-party'],
  ],
  [
    'Exchange 2016, 60 mailboxes, directory sync running: hybrid, not a cutover',
    { mailboxCount: 60, source: 'exchange-2016', budget: 'medium', timelineWeeks: 12, totalDataGb: 120, directorySync: 'in-place' },
    ['hybrid'],
  ],
];

describe("Microsoft's decision table", () => {
  it.each(ROWS)('%s', (_row, answers, acceptable) => {
    expect(acceptable).toContain(assess({ version: 1, ...answers }, { date: ON, whatWouldChange: false }).recommended);
  });

  it('over 5,000 mailboxes on Exchange SE: full hybrid first, with a tool or partner ranked next', () => {
    const advice = assess(
      { version: 1, mailboxCount: 20000, source: 'exchange-se', budget: 'high', timelineWeeks: 52, totalDataGb: 80000 },
      { date: ON },
    );
    expect(advice.recommended).toBe('hybrid');
    expect(advice.ranking.find((r) => r.method === 'hybrid')?.flavour).toBe('full');
    expect(advice.ranking[1]?.method).toBe('third-party');
  });
});

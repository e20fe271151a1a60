import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { assess } from './assess';
import { baseAnswers, ON } from './test/arbitraries';

const stepIds = (a: Partial<Answers>, method: 'cutover' | 'staged' | 'hybrid' | 'imap') =>
  assess({ ...baseAnswers, ...a }, { date: ON, whatWouldChange: false }).plans[method]!.steps.map((s) => s.id);
const noteIds = (a: Partial<Answers>) => assess({ ...baseAnswers, ...a }, { date: ON, whatWouldChange: false }).notes.map((n) => n.id);

describe('tailored steps', () => {
  it('cutover turns directory sync off only when it is there', () => {
    expect(stepIds({ directorySync: 'in-place' }, 'cutover')).toContain('turn-off-sync');
    expect(stepIds({ directorySync: 'none' }, 'cutover')).not.toContain('turn-off-sync');
  });

  it('finds large items from just over the method’s item limit', () => {
    expect(stepIds({ largestItemMb: 150 }, 'cutover')).not.toContain('large-items');
    expect(stepIds({ largestItemMb: 151 }, 'cutover')).toContain('large-items');
    expect(stepIds({ source: 'imap-other', largestItemMb: 35 }, 'imap')).not.toContain('large-items');
    expect(stepIds({ source: 'imap-other', largestItemMb: 36 }, 'imap')).toContain('large-items');
  });

  it('IMAP always creates and licenses users first', () => {
    const ids = stepIds({ source: 'imap-other' }, 'imap');
    expect(ids).toContain('create-users');
    expect(ids.indexOf('create-users')).toBeLessThan(ids.indexOf('endpoint-batch'));
  });

  it('hybrid brings servers to a supported CU first when they are behind', () => {
    expect(stepIds({ onLatestCu: false }, 'hybrid')[0]).toBe('update-cu');
    expect(stepIds({ onLatestCu: true }, 'hybrid')).not.toContain('update-cu');
    expect(stepIds({}, 'hybrid')).toContain('check-cu');
  });

  it('suggests Google’s native migration when calendars matter', () => {
    expect(stepIds({ source: 'google-workspace', moveCalendarContacts: true }, 'imap')).toContain('google-native');
    expect(stepIds({ source: 'imap-other', moveCalendarContacts: true }, 'imap')).not.toContain('google-native');
  });
});

describe('plans', () => {
  it('exist for every possible method and for no ruled-out one', () => {
    const advice = assess({ ...baseAnswers, source: 'exchange-2007', mailboxCount: 2600 }, { date: ON });
    for (const r of advice.ranking) expect(advice.plans[r.method] !== undefined).toBe(r.viable);
  });
});

describe('hybrid flavour', () => {
  const flavour = (a: Partial<Answers>) => assess({ ...baseAnswers, ...a }, { date: ON, whatWouldChange: false }).plans.hybrid?.flavour?.kind;
  it('is full for thousands of mailboxes or coexistence, minimal for a few hundred, express-style for a quick move', () => {
    expect(flavour({ mailboxCount: 4000 })).toBe('full');
    expect(flavour({ needCoexistence: true })).toBe('full');
    expect(flavour({ mailboxCount: 300, timelineWeeks: 8 })).toBe('minimal');
    expect(flavour({ mailboxCount: 100, timelineWeeks: 2 })).toBe('express');
  });

  it('says the express option has left the wizard', () => {
    const text = assess({ ...baseAnswers, timelineWeeks: 2 }, { date: ON }).plans.hybrid?.flavour?.text ?? '';
    expect(text).toMatch(/no longer offers an express option/);
  });
});

describe('notes', () => {
  it('suggests pricing a partner or tool above 5,000 mailboxes, for hosted Exchange, and when nothing fits', () => {
    expect(noteIds({ mailboxCount: 5001 })).toContain('partner-tool');
    expect(noteIds({ mailboxCount: 5000 })).not.toContain('partner-tool');
    expect(noteIds({ source: 'hosted-exchange' })).toContain('partner-tool');
  });

  it('keeps the ranking when it adds the partner note', () => {
    const advice = assess({ ...baseAnswers, mailboxCount: 8000 }, { date: ON });
    expect(advice.recommended).toBe('hybrid');
    expect(advice.ranking).toHaveLength(4);
  });

  it('warns about mailboxes over the plan quota and over what can be moved', () => {
    expect(noteIds({ largestMailboxGb: 60 })).toContain('mailbox-quota');
    expect(noteIds({ largestMailboxGb: 250 })).toContain('mailbox-too-large');
    expect(noteIds({ largestMailboxGb: 20 })).toEqual(expect.not.arrayContaining(['mailbox-quota', 'mailbox-too-large']));
  });

  it('raises out-of-support sources as a risk without ruling anything out', () => {
    expect(noteIds({ source: 'exchange-2010' })).toContain('source-out-of-support');
    expect(noteIds({ source: 'exchange-se' })).not.toContain('source-out-of-support');
  });
});

describe('assumptions', () => {
  it('lists one assumption per optional answer left out, none when all are given', () => {
    expect(assess(baseAnswers, { date: ON }).assumptions).toHaveLength(12);
    const full: Answers = { ...baseAnswers, keepOnPremises: false, directorySync: 'none', needCoexistence: false, moveCalendarContacts: true, largestMailboxGb: 10, largestItemMb: 20, dedicatedAdmin: true, onLatestCu: true, signInPolicies: false, existingAdfs: false, thirdPartyMfa: false, clientIpRestriction: false };
    expect(assess(full, { date: ON }).assumptions).toEqual([]);
  });
});

describe('what would change the answer', () => {
  it('finds the mailbox count that rules cutover out for a small organisation', () => {
    const small: Answers = { version: 1, mailboxCount: 35, source: 'exchange-2013', budget: 'low', timelineWeeks: 8, totalDataGb: 70 };
    const advice = assess(small, { date: ON });
    expect(advice.recommended).toBe('cutover');
    const change = advice.whatWouldChange?.find((c) => c.field === 'mailboxCount');
    expect(change).toBeDefined();
    expect(change!.to).toBe(501);
    expect(change!.recommended).toBe('hybrid');
    expect(change!.text).toBe('Mailboxes: 501 instead of 35 — hybrid would come first.');
  });

  it('can be left out for speed', () => {
    expect(assess(baseAnswers, { date: ON, whatWouldChange: false }).whatWouldChange).toBeUndefined();
  });
});

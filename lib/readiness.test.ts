import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { assess } from './assess';
import { CU_UPGRADE_STEPS, readiness } from './readiness';
import { baseAnswers } from './test/arbitraries';

const status = (a: Partial<Answers>, method: 'cutover' | 'staged' | 'hybrid' | 'imap', id: string, date = '2026-11-25') =>
  readiness({ ...baseAnswers, ...a }, method, date).items.find((i) => i.id === id)?.status;

describe('readiness checklist', () => {
  it('judges support status on the date passed in', () => {
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'support-status', '2025-10-01')).toBe('pass');
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'support-status', '2025-10-14')).toBe('needs-work');
    expect(status({ source: 'exchange-se' }, 'hybrid', 'support-status')).toBe('pass');
    expect(status({ source: 'google-workspace' }, 'imap', 'support-status')).toBeUndefined();
  });

  it('cumulative update: pass, needs work (throttling and blocking) or unknown', () => {
    expect(status({ onLatestCu: true }, 'hybrid', 'cumulative-update')).toBe('pass');
    expect(status({ onLatestCu: false }, 'hybrid', 'cumulative-update')).toBe('needs-work');
    expect(status({}, 'hybrid', 'cumulative-update')).toBe('unknown');
    const text = readiness({ ...baseAnswers, onLatestCu: false }, 'hybrid', '2026-11-25').items.find((i) => i.id === 'cumulative-update')!.text;
    expect(text).toMatch(/4\.7\.230.*5\.7\.230/);
  });

  it('directory sync: needed by staged and hybrid, off for cutover', () => {
    expect(status({ directorySync: 'in-place' }, 'hybrid', 'directory-sync')).toBe('pass');
    expect(status({ directorySync: 'none' }, 'staged', 'directory-sync')).toBe('needs-work');
    expect(status({ directorySync: 'in-place' }, 'cutover', 'directory-sync')).toBe('needs-work');
    expect(status({ directorySync: 'none' }, 'cutover', 'directory-sync')).toBe('pass');
  });

  it('mailbox size against the 50 and 100 GB quotas', () => {
    expect(status({ largestMailboxGb: 50 }, 'hybrid', 'mailbox-size')).toBe('pass');
    expect(status({ largestMailboxGb: 51 }, 'hybrid', 'mailbox-size')).toBe('needs-work');
    expect(status({}, 'hybrid', 'mailbox-size')).toBe('unknown');
  });

  it('largest item against the method’s limit: 35 MB for IMAP, 150 MB for hybrid', () => {
    expect(status({ largestItemMb: 40 }, 'imap', 'largest-item')).toBe('needs-work');
    expect(status({ largestItemMb: 40 }, 'hybrid', 'largest-item')).toBe('pass');
    expect(status({ largestItemMb: 151 }, 'hybrid', 'largest-item')).toBe('needs-work');
  });

  it('names the method’s own prerequisites', () => {
    const ids = (m: 'cutover' | 'hybrid' | 'imap') => readiness(baseAnswers, m, '2026-11-25').items.map((i) => i.id);
    expect(ids('hybrid')).toEqual(expect.arrayContaining(['certificate', 'mrsproxy', 'ports', 'licences']));
    expect(ids('cutover')).toContain('outlook-anywhere');
    expect(ids('imap')).toEqual(expect.arrayContaining(['imap-connections', 'licences']));
    expect(ids('imap')).not.toContain('certificate');
  });

  it('cites the page each check rests on', () => {
    const sources = (m: 'cutover' | 'staged' | 'hybrid' | 'imap', a: Partial<Answers> = {}) =>
      Object.fromEntries(readiness({ ...baseAnswers, ...a }, m, '2026-11-25').items.map((i) => [i.id, i.source]));
    expect(sources('hybrid')).toEqual({ 'support-status': 'M9', 'cumulative-update': 'M9', certificate: 'M5', mrsproxy: 'M5', ports: 'M5', 'directory-sync': 'M5', licences: 'M1', 'mailbox-size': 'M7', 'largest-item': 'M7' });
    expect(sources('cutover')).toMatchObject({ certificate: 'M2', 'outlook-anywhere': 'M2', 'directory-sync': 'M2', licences: 'M1' });
    expect(sources('staged', { source: 'exchange-2007' })).toMatchObject({ 'outlook-anywhere': 'M3', 'directory-sync': 'M3' });
    expect(sources('imap', { source: 'imap-other' })).toEqual({ licences: 'M4', 'mailbox-size': 'M7', 'largest-item': 'M4', 'imap-connections': 'M4' });
  });

  it('gives the CU upgrade steps before hybrid only when servers are not known to be current', () => {
    expect(readiness({ ...baseAnswers, onLatestCu: false }, 'hybrid', '2026-11-25').cuUpgradeSteps).toEqual(CU_UPGRADE_STEPS);
    expect(readiness({ ...baseAnswers, onLatestCu: true }, 'hybrid', '2026-11-25').cuUpgradeSteps).toEqual([]);
    expect(CU_UPGRADE_STEPS.some((s) => /elevated command prompt/.test(s))).toBe(true);
  });

  it('is part of the advice for the recommended method, judged on the date passed to assess', () => {
    const advice = assess({ ...baseAnswers, mailboxCount: 4000, source: 'exchange-2019' }, { date: '2025-01-01' });
    expect(advice.readiness?.method).toBe('hybrid');
    expect(advice.readiness?.items.find((i) => i.id === 'support-status')?.status).toBe('pass');
  });
});

describe('support status', () => {
  it('the advice note and the readiness checklist agree on any date', () => {
    for (const source of ['exchange-2010', 'exchange-2016', 'exchange-2019', 'exchange-se'] as const) {
      for (const date of ['2020-10-12', '2020-10-13', '2025-10-13', '2025-10-14', '2026-11-25']) {
        const advice = assess({ ...baseAnswers, source, mailboxCount: 4000 }, { date, whatWouldChange: false });
        const noted = advice.notes.some((n) => n.id === 'source-out-of-support');
        const needsWork = advice.readiness?.items.find((i) => i.id === 'support-status')?.status === 'needs-work';
        expect(noted, `${source} on ${date}`).toBe(needsWork);
        const hybridSentence = advice.ranking.find((r) => r.method === 'hybrid')!.reasons.find((r) => r.rule === 'hybrid.source-version')!.text;
        expect(/out of extended support since/.test(hybridSentence), `${source} on ${date}: ${hybridSentence}`).toBe(needsWork);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import type { Method } from './advice';
import { assess } from './assess';
import { CU_UPGRADE_STEPS, readiness } from './readiness';
import { baseAnswers } from './test/arbitraries';

const check = (a: Partial<Answers>, method: Method, id: string, date = '2026-11-25') => readiness({ ...baseAnswers, ...a }, method, date).items.find((i) => i.id === id);
const status = (a: Partial<Answers>, method: Method, id: string, date?: string) => check(a, method, id, date)?.status;

describe('readiness checklist', () => {
  it('judges support status on the date passed in', () => {
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'support-status', '2025-10-01')).toBe('pass');
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'support-status', '2025-10-14')).toBe('needs-work');
    expect(status({ source: 'exchange-se' }, 'hybrid', 'support-status')).toBe('pass');
    expect(status({ source: 'google-workspace' }, 'imap', 'support-status')).toBeUndefined();
  });

  it('never shows an out-of-support version’s build as ready, even on its last update', () => {
    expect(status({ source: 'exchange-2013', onLatestCu: true, mailboxCount: 3000 }, 'hybrid', 'cumulative-update')).toBe('needs-work');
    expect(check({ source: 'exchange-2016', onLatestCu: true }, 'hybrid', 'cumulative-update')?.text).toMatch(/last update, which is as current as Exchange 2016 gets/);
    expect(status({ source: 'exchange-se', onLatestCu: true }, 'hybrid', 'cumulative-update')).toBe('pass');
    expect(status({ source: 'exchange-se', onLatestCu: false }, 'hybrid', 'cumulative-update')).toBe('needs-work');
    expect(status({ source: 'exchange-se' }, 'hybrid', 'cumulative-update')).toBe('unknown');
    expect(check({ source: 'exchange-2019', onLatestCu: false }, 'hybrid', 'cumulative-update', '2025-01-01')?.text).toMatch(/CU14 or CU15 .*4\.7\.230.*5\.7\.230/);
  });

  it('full hybrid needs the dedicated hybrid app, and 2010/2013 cannot run it', () => {
    expect(status({ needCoexistence: true, source: 'exchange-2019' }, 'hybrid', 'hybrid-app')).toBe('unknown');
    expect(check({ needCoexistence: true, source: 'exchange-2019' }, 'hybrid', 'hybrid-app')?.text).toMatch(/blocked since 31 October 2025/);
    expect(check({ needCoexistence: true, source: 'exchange-2019' }, 'hybrid', 'hybrid-app', '2025-06-01')?.text).toMatch(/blocked from 31 October 2025/);
    expect(status({ needCoexistence: true, source: 'exchange-2013' }, 'hybrid', 'hybrid-app')).toBe('needs-work');
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'hybrid-app')).toBeUndefined();
  });

  it('full hybrid: port 25 both ways (the Hybrid Agent carries no mail) and transport enforcement from out-of-support servers', () => {
    expect(check({ needCoexistence: true }, 'hybrid', 'ports')).toMatchObject({ title: 'Ports 443 and 25', source: 'M17' });
    expect(check({}, 'hybrid', 'ports')?.title).toBe('Port 443');
    expect(status({ needCoexistence: true, source: 'exchange-2016' }, 'hybrid', 'transport-enforcement')).toBe('needs-work');
    expect(status({ needCoexistence: true, source: 'exchange-se' }, 'hybrid', 'transport-enforcement')).toBeUndefined();
  });

  it('Exchange 2003 cannot offer TLS 1.2', () => {
    expect(check({ source: 'exchange-2003' }, 'staged', 'tls')).toMatchObject({ status: 'needs-work', source: 'M21' });
    expect(check({ source: 'exchange-2007' }, 'staged', 'tls')).toBeUndefined();
  });

  it('directory sync: needed by staged and hybrid, off for cutover', () => {
    expect(status({ directorySync: 'in-place' }, 'hybrid', 'directory-sync')).toBe('pass');
    expect(status({ directorySync: 'none' }, 'staged', 'directory-sync')).toBe('needs-work');
    expect(status({ directorySync: 'in-place' }, 'cutover', 'directory-sync')).toBe('needs-work');
    expect(status({ directorySync: 'none' }, 'cutover', 'directory-sync')).toBe('pass');
  });

  it('mailbox size against the 50 and 100 GB quotas and the 200 GB ceiling', () => {
    expect(status({ largestMailboxGb: 50 }, 'hybrid', 'mailbox-size')).toBe('pass');
    expect(status({ largestMailboxGb: 51 }, 'hybrid', 'mailbox-size')).toBe('needs-work');
    expect(check({ largestMailboxGb: 150 }, 'cutover', 'mailbox-size')?.text).toMatch(/fills only the primary mailbox/);
    expect(check({ largestMailboxGb: 150 }, 'hybrid', 'mailbox-size')?.text).toMatch(/moves primary and archive together/);
    expect(check({ largestMailboxGb: 201 }, 'hybrid', 'mailbox-size')?.text).toMatch(/a blocker/);
    expect(status({}, 'hybrid', 'mailbox-size')).toBe('unknown');
  });

  it('largest item against the method’s limit: 35 MB for IMAP and Google, 150 MB for the others', () => {
    expect(status({ largestItemMb: 40 }, 'imap', 'largest-item')).toBe('needs-work');
    expect(status({ source: 'google-workspace', largestItemMb: 40 }, 'google-workspace', 'largest-item')).toBe('needs-work');
    expect(status({ largestItemMb: 40 }, 'hybrid', 'largest-item')).toBe('pass');
    expect(status({ largestItemMb: 151 }, 'hybrid', 'largest-item')).toBe('needs-work');
  });

  it('public folders and relaying devices get their own checks', () => {
    expect(status({ publicFoldersGb: 10 }, 'cutover', 'public-folders')).toBe('needs-work');
    expect(status({ publicFoldersGb: 10 }, 'hybrid', 'public-folders')).toBe('unknown');
    expect(status({ publicFoldersGb: 0 }, 'cutover', 'public-folders')).toBeUndefined();
    expect(status({ smtpRelayDevices: true }, 'hybrid', 'relay')).toBe('needs-work');
  });

  it('cites the page each check rests on', () => {
    const sources = (m: Method, a: Partial<Answers> = {}) => Object.fromEntries(readiness({ ...baseAnswers, ...a }, m, '2026-11-25').items.map((i) => [i.id, i.source]));
    expect(sources('hybrid')).toEqual({ 'support-status': 'M9', 'cumulative-update': 'M9', certificate: 'M5', mrsproxy: 'M5', ports: 'M17', 'directory-sync': 'M5', licences: 'M1', 'mailbox-size': 'M7', 'largest-item': 'M7' });
    expect(sources('cutover')).toMatchObject({ certificate: 'M2', 'outlook-anywhere': 'M2', 'directory-sync': 'M2', licences: 'M1' });
    expect(sources('staged', { source: 'exchange-2007' })).toMatchObject({ 'outlook-anywhere': 'M3', 'directory-sync': 'M3', 'transport-enforcement': 'M15' });
    expect(sources('imap', { source: 'imap-other' })).toEqual({ licences: 'M4', 'mailbox-size': 'M7', 'largest-item': 'M4', 'imap-connections': 'M4' });
    expect(sources('imap', { source: 'google-workspace' })).toEqual({ 'google-imap': 'M19', licences: 'M4', 'mailbox-size': 'M7', 'largest-item': 'M4' });
    expect(sources('google-workspace', { source: 'google-workspace' })).toEqual({ 'google-project': 'M11', routing: 'M11', licences: 'M11', 'mailbox-size': 'M7', 'largest-item': 'M11' });
    expect(sources('third-party', { source: 'hosted-exchange' })).toEqual({ 'tool-graph': 'M14', 'tool-access': 'M1', licences: 'M1', 'mailbox-size': 'M7', 'largest-item': 'M7' });
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
  it('the advice note, the readiness checklist and the hybrid sentence agree on any date', () => {
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

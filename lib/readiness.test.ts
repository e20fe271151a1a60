import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import type { Method } from './advice';
import { assess } from './assess';
import { CU_UPGRADE_STEPS, readiness } from './readiness';
import { baseAnswers } from './test/arbitraries';

const check = (a: Partial<Answers>, method: Method, id: string, date = '2026-11-25') =>
  readiness({ ...baseAnswers, ...a }, method, date).items.find((i) => i.id === id);
const status = (a: Partial<Answers>, method: Method, id: string, date?: string) => check(a, method, id, date)?.status;

describe('readiness checklist', () => {
  it('judges support status on the date passed in', () => {
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'support-status', '2025-10-01')).toBe('pass');
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'support-status', '2025-10-14')).toBe('needs-work');
    expect(status({ source: 'exchange-se' }, 'hybrid', 'support-status')).toBe('pass');
    expect(status({ source: 'google-workspace' }, 'imap', 'support-status')).toBeUndefined();
  });

  it('never shows an out-of-support version as ready, even on its last update, and says so once', () => {
    expect(status({ source: 'exchange-2013', onLatestCu: true, mailboxCount: 3000 }, 'hybrid', 'support-status')).toBe('needs-work');
    expect(status({ source: 'exchange-2013', onLatestCu: true }, 'hybrid', 'cumulative-update')).toBeUndefined();
    expect(check({ source: 'exchange-2016', onLatestCu: true }, 'hybrid', 'support-status')?.text).toMatch(
      /even on CU23 with its last security update its servers count as out of date/,
    );
    expect(status({ source: 'exchange-se', onLatestCu: true }, 'hybrid', 'cumulative-update')).toBe('pass');
    expect(status({ source: 'exchange-se', onLatestCu: false }, 'hybrid', 'cumulative-update')).toBe('needs-work');
    expect(status({ source: 'exchange-se' }, 'hybrid', 'cumulative-update')).toBe('unknown');
    expect(check({ source: 'exchange-2019', onLatestCu: false }, 'hybrid', 'cumulative-update', '2025-01-01')?.text).toMatch(
      /CU14 with its latest security update\. .*4\.7\.230.*5\.7\.230/,
    );
  });

  it('full hybrid needs the dedicated hybrid app once it exists, and 2010/2013 cannot run it once the shared principal is blocked', () => {
    expect(status({ needCoexistence: true, source: 'exchange-2019' }, 'hybrid', 'hybrid-app')).toBe('unknown');
    expect(check({ needCoexistence: true, source: 'exchange-2019' }, 'hybrid', 'hybrid-app')?.text).toMatch(
      /blocked since 31 October 2025/,
    );
    expect(check({ needCoexistence: true, source: 'exchange-2019' }, 'hybrid', 'hybrid-app', '2025-06-01')?.text).toMatch(
      /blocked from 31 October 2025/,
    );
    expect(check({ needCoexistence: true, source: 'exchange-2019' }, 'hybrid', 'hybrid-app', '2025-01-01')).toBeUndefined();
    expect(check({ needCoexistence: true, source: 'exchange-2013' }, 'hybrid', 'hybrid-app')?.text).toMatch(
      /replaced by Exchange 2019 CU14 \(or 2016 CU23\) first/,
    );
    expect(status({ needCoexistence: true, source: 'exchange-2013' }, 'hybrid', 'hybrid-app', '2025-06-01')).toBeUndefined();
    expect(status({ source: 'exchange-2019' }, 'hybrid', 'hybrid-app')).toBeUndefined();
  });

  it('full hybrid: port 25 both ways (the Hybrid Agent carries no mail) and transport enforcement from out-of-support servers', () => {
    expect(check({ needCoexistence: true }, 'hybrid', 'ports')).toMatchObject({ title: 'Ports 443 and 25', source: 'M17' });
    expect(check({}, 'hybrid', 'ports')?.title).toBe('Port 443');
    expect(status({ needCoexistence: true, source: 'exchange-2016' }, 'hybrid', 'transport-enforcement')).toBe('needs-work');
    expect(status({ needCoexistence: true, source: 'exchange-se' }, 'hybrid', 'transport-enforcement')).toBeUndefined();
  });

  it('TLS 1.2: Exchange 2003 cannot offer it; 2007 and 2010 depend on Windows; later versions have it', () => {
    expect(check({ source: 'exchange-2003' }, 'staged', 'tls')).toMatchObject({ status: 'needs-work', source: 'M21' });
    expect(check({ source: 'exchange-2007' }, 'staged', 'tls')).toMatchObject({ status: 'unknown', source: 'M21' });
    expect(check({ source: 'exchange-2010' }, 'hybrid', 'tls')).toMatchObject({ status: 'unknown' });
    expect(check({ source: 'exchange-2016' }, 'hybrid', 'tls')).toBeUndefined();
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
    expect(check({ largestMailboxGb: 150 }, 'cutover', 'mailbox-size')?.text).toMatch(
      /fills only the primary mailbox: trim it below 100 GB/,
    );
    expect(check({ largestMailboxGb: 150 }, 'hybrid', 'mailbox-size')?.text).toMatch(
      /moves primary and archive together but cannot split a mailbox/,
    );
    expect(check({ largestMailboxGb: 150, source: 'hosted-exchange' }, 'third-party', 'mailbox-size')?.text).toMatch(
      /check the tool can write to the cloud archive/,
    );
    expect(check({ largestMailboxGb: 60, source: 'imap-other' }, 'imap', 'mailbox-size')?.text).toMatch(
      /needs an E3\/E5 licence \(100 GB\), or trimming at the source/,
    );
    expect(check({ largestMailboxGb: 201 }, 'hybrid', 'mailbox-size')?.text).toMatch(
      /a blocker\. Before its move, get its primary mailbox under 100 GB and any on-premises archive within 200 GB/,
    );
    expect(status({}, 'hybrid', 'mailbox-size')).toBe('unknown');
  });

  it('largest item against the method’s limit: 35 MB for IMAP and Google, 150 MB for the others', () => {
    expect(status({ largestItemMb: 40 }, 'imap', 'largest-item')).toBe('needs-work');
    expect(status({ source: 'google-workspace', largestItemMb: 40 }, 'google-workspace', 'largest-item')).toBe('needs-work');
    expect(status({ largestItemMb: 40 }, 'hybrid', 'largest-item')).toBe('pass');
    expect(status({ largestItemMb: 151 }, 'hybrid', 'largest-item')).toBe('needs-work');
    expect(check({ largestItemMb: 200 }, 'hybrid', 'largest-item')?.text).toMatch(
      /PST import skips items over 150 MB too, so save such attachments to OneDrive or SharePoint/,
    );
    expect(check({ largestItemMb: 40 }, 'imap', 'largest-item')?.text).toMatch(/export such items to PST/);
  });

  it('public folders and relaying devices get their own checks', () => {
    expect(status({ publicFoldersGb: 10 }, 'cutover', 'public-folders')).toBe('needs-work');
    expect(status({ publicFoldersGb: 10 }, 'hybrid', 'public-folders')).toBe('unknown');
    expect(status({ publicFoldersGb: 0 }, 'cutover', 'public-folders')).toBeUndefined();
    expect(status({ smtpRelayDevices: true }, 'hybrid', 'relay')).toBe('needs-work');
  });

  it('cites the page each check rests on', () => {
    const sources = (m: Method, a: Partial<Answers> = {}) =>
      Object.fromEntries(readiness({ ...baseAnswers, ...a }, m, '2026-11-25').items.map((i) => [i.id, i.source]));
    expect(sources('hybrid')).toEqual({
      'support-status': 'M9',
      certificate: 'M5',
      mrsproxy: 'M5',
      ports: 'M17',
      'directory-sync': 'M5',
      licences: 'M1',
      'mailbox-size': 'M7',
      'largest-item': 'M7',
    });
    expect(sources('hybrid', { source: 'exchange-se' })).toMatchObject({ 'support-status': 'M9', 'cumulative-update': 'M9' });
    expect(sources('hybrid', { smtpRelayDevices: true })).toMatchObject({ relay: 'M22' });
    expect(sources('cutover')).toMatchObject({ certificate: 'M2', 'outlook-anywhere': 'M2', 'directory-sync': 'M2', licences: 'M1' });
    expect(sources('staged', { source: 'exchange-2007' })).toMatchObject({
      tls: 'M21',
      'outlook-anywhere': 'M3',
      'directory-sync': 'M3',
      'transport-enforcement': 'M15',
    });
    expect(sources('imap', { source: 'imap-other' })).toEqual({
      licences: 'M4',
      'mailbox-size': 'M7',
      'largest-item': 'M4',
      'imap-connections': 'M4',
    });
    expect(sources('imap', { source: 'google-workspace' })).toEqual({
      'google-imap': 'M19',
      licences: 'M4',
      'mailbox-size': 'M7',
      'largest-item': 'M4',
    });
    expect(sources('google-workspace', { source: 'google-workspace' })).toEqual({
      'google-project': 'M11',
      routing: 'M11',
      licences: 'M11',
      'mailbox-size': 'M7',
      'largest-item': 'M11',
    });
    expect(sources('third-party', { source: 'hosted-exchange' })).toEqual({
      'tool-graph': 'M14',
      'tool-access': 'M1',
      licences: 'M1',
      'mailbox-size': 'M7',
      'largest-item': 'M7',
    });
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
        const hybridSentence = advice.ranking
          .find((r) => r.method === 'hybrid')!
          .reasons.find((r) => r.rule === 'hybrid.source-version')!.text;
        expect(/out of extended support since/.test(hybridSentence), `${source} on ${date}: ${hybridSentence}`).toBe(needsWork);
      }
    }
  });
});

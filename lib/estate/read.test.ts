import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../answers';
import { EXCHANGE_BUILDS } from '../facts/exchange-builds';
import { SOURCE_SYSTEMS } from '../facts/source-systems';
import { estateSummary, fillAnswers, mergeEstates, readExport, type Estate, type ExportResult } from './index';

const DATE = '2026-11-25';
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const read = (name: string): ExportResult => readExport(name, fixture(name), DATE);
function estateOf(...names: string[]): Estate {
  return mergeEstates(
    names.map((n) => {
      const r = read(n);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.estate;
    }),
  );
}
const GB = 1024 ** 3;

// What the fixtures hold, written out independently of the parser (lib/estate/fixtures were generated from these).
const MAILBOXES = [
  { address: 'ada@contoso.example', kind: 'user', bytes: Math.trunc(87.25 * GB), archive: Math.trunc(12.5 * GB), items: 52310 },
  { address: 'alan@contoso.example', kind: 'user', bytes: Math.trunc(4.2 * GB), archive: null, items: 10400 },
  { address: 'grace@contoso.example', kind: 'user', bytes: 1_325_000_000, archive: null, items: 8800 },
  { address: 'reception@contoso.example', kind: 'shared', bytes: Math.trunc(0.8 * GB), archive: null, items: 2300 },
  { address: 'boardroom@contoso.example', kind: 'room', bytes: 13_107_200, archive: null, items: 120 },
  { address: 'projector1@contoso.example', kind: 'equipment', bytes: 2_048_000, archive: null, items: 15 },
  { address: 'soren@contoso.example', kind: 'user', bytes: 0, archive: 0, items: 0 },
  { address: 'info@contoso.example', kind: 'shared', bytes: null, archive: null, items: null },
] as const;

describe('mailbox statistics exports', () => {
  it.each(['mailboxes-ps7-utf8.csv', 'mailboxes-ps51-utf16le.csv', 'mailboxes-de-semicolon.csv', 'mailboxes-fr-semicolon.csv'])('%s reads every mailbox with its exact bytes, kind and archive', (name) => {
    const estate = estateOf(name);
    expect(estate.files).toEqual([{ name, kind: 'mailboxes', rows: MAILBOXES.length }]);
    expect(estate.mailboxes.map((m) => ({ address: m.address, kind: m.kind, bytes: m.bytes, archive: m.archiveBytes, items: m.itemCount }))).toEqual(MAILBOXES);
    expect(estate.mailboxes.map((m) => m.displayName)).toContain('Reception, "Front desk"');
    expect(estate.mailboxes.map((m) => m.displayName)).toContain('Søren Kierkegaard');
  });

  it('fills count, total, largest, shared and archives, each valid for the answers contract', () => {
    const filled = fillAnswers(estateOf('mailboxes-ps7-utf8.csv'));
    const value = (f: string) => filled.find((a) => a.field === f)?.value;
    const total = MAILBOXES.reduce((sum, m) => sum + (m.bytes ?? 0), 0) / GB;
    expect(value('mailboxCount')).toBe(8);
    expect(value('totalDataGb')).toBeGreaterThanOrEqual(total);
    expect(value('totalDataGb')).toBeLessThan(total + 0.1);
    expect(value('largestMailboxGb')).toBe(87.3);
    expect(value('sharedMailboxes')).toBe(4);
    expect(value('archives')).toBe('on-premises-archives');
    const answers = Object.fromEntries(filled.map((f) => [f.field, f.value]));
    expect(parseAnswers({ version: 1, source: 'exchange-2016', budget: 'low', timelineWeeks: 8, ...answers }).ok).toBe(true);
  });

  it('names the file, line and column of a size it cannot read, and says what a size looks like', () => {
    const result = read('mailboxes-bad-size.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'mailboxes-bad-size.csv', line: 5, column: 'TotalItemSize' });
    expect(result.problems[0]?.message).toMatch(/about a gigabyte.*expected one like/);
  });

  it('names a missing column and the columns the export needs', () => {
    const result = readExport('m.csv', '"DisplayName","PrimarySmtpAddress","TotalItemSize"\n"A","a@x.example","1 GB (1,073,741,824 bytes)"\n', DATE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'RecipientTypeDetails'],
      [1, 'ItemCount'],
    ]);
  });

  it('names the line of a row cut short, counting lines inside quoted values', () => {
    const text = '"DisplayName","PrimarySmtpAddress","RecipientTypeDetails","ItemCount","TotalItemSize"\n"Two\nlines","a@x.example","UserMailbox","1",""\n"B","b@x.example"\n';
    const result = readExport('cut.csv', text, DATE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: 'cut.csv', line: 4 });
  });

  it('says which exports it reads when the columns are none of them', () => {
    const result = readExport('other.csv', 'a,b\n1,2\n', DATE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not those of an export this page reads/);
  });

  it('refuses an empty file with what to do', () => {
    const result = readExport('empty.csv', new Uint8Array([0xff, 0xfe]), DATE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/export it again/);
  });
});

describe('permission exports', () => {
  it('reads the combined file: one link per right', () => {
    const estate = estateOf('permissions.csv');
    expect(estate.permissions).toEqual([
      { mailbox: 'reception@contoso.example', grantee: 'alan@contoso.example', right: 'full-access' },
      { mailbox: 'reception@contoso.example', grantee: 'alan@contoso.example', right: 'send-as' },
      { mailbox: 'ada@contoso.example', grantee: 'grace@contoso.example', right: 'send-on-behalf' },
      { mailbox: 'info@contoso.example', grantee: 'ada@contoso.example', right: 'full-access' },
    ]);
    expect(fillAnswers(estate)).toContainEqual(expect.objectContaining({ field: 'delegatesAcrossTeams', value: true }));
  });

  it('reads raw Get-MailboxPermission output, leaving out SELF, inherited and denied rights and rights that tie no one together', () => {
    expect(estateOf('mailbox-permission-raw.csv').permissions).toEqual([{ mailbox: 'contoso.example/Users/Reception', grantee: 'CONTOSO\\alan', right: 'full-access' }]);
  });

  it('a permission export with no one acting for another says no', () => {
    const result = readExport('p.csv', '"Mailbox","Grantee","Right"\n', DATE);
    expect(result.ok && fillAnswers(result.estate)).toContainEqual(expect.objectContaining({ field: 'delegatesAcrossTeams', value: false }));
  });
});

describe('server exports', () => {
  const product = (source: string) => EXCHANGE_BUILDS.find((p) => p.source === source);

  it('reads each build and its update level from the builds table', () => {
    const servers = estateOf('servers.csv').servers;
    const last2016 = product('exchange-2016')?.levels.at(-1)?.name;
    expect(servers.map((s) => [s.name, s.source, s.update, s.current])).toEqual([
      ['EX01', 'exchange-2016', last2016, true],
      ['EX02', 'exchange-2016', last2016, true],
      ['EDGE01', 'exchange-2016', last2016, true],
    ]);
    expect(servers[1]?.build).toBe('15.1.2507.39');
  });

  it('fills the oldest version as the mail system, and says a server behind on updates is not current', () => {
    const filled = fillAnswers(estateOf('servers-mixed.csv'));
    expect(filled.find((f) => f.field === 'source')?.value).toBe('exchange-2013');
    const cu = filled.find((f) => f.field === 'onLatestCu');
    expect(cu?.value).toBe(false);
    expect(cu?.how).toContain('OLD01');
  });

  it('tells Exchange SE from 2019 on the same version number', () => {
    const result = readExport('s.csv', 'Name,AdminDisplayVersion\nSE01,Version 15.2 (Build 2562.17)\nE19,Version 15.2 (Build 1748.10)\n', DATE);
    expect(result.ok && result.estate.servers.map((s) => s.source)).toEqual(['exchange-se', 'exchange-2019']);
  });

  it('names the line and column of a version it cannot read', () => {
    const result = readExport('s.csv', 'Name,AdminDisplayVersion\nEX01,latest\n', DATE);
    expect(!result.ok && result.problems[0]).toMatchObject({ line: 2, column: 'AdminDisplayVersion' });
  });
});

describe('public folder exports', () => {
  it('adds up the folders and fills the public folder size', () => {
    const estate = estateOf('public-folders.csv');
    expect(estate.publicFolders).toEqual({ folders: 4, bytes: Math.trunc(30.5 * GB) + Math.trunc(9.75 * GB), largestBytes: Math.trunc(30.5 * GB) });
    expect(fillAnswers(estate)).toContainEqual(expect.objectContaining({ field: 'publicFoldersGb', value: 40.3 }));
  });
});

describe('the summary line', () => {
  it('says mailboxes, the largest, the servers and their update', () => {
    const summary = estateSummary(estateOf('mailboxes-ps7-utf8.csv', 'servers.csv'));
    expect(summary).toBe(`8 mailboxes, largest 87.3 GB, 3 servers on ${SOURCE_SYSTEMS['exchange-2016'].short} CU23`);
  });
});

describe('the summary line, mixed', () => {
  it('names each version once when the servers differ, and the rights to act for others', () => {
    const summary = estateSummary(estateOf('servers-mixed.csv', 'permissions.csv'));
    expect(summary).toBe(`2 servers (${SOURCE_SYSTEMS['exchange-2013'].short} CU21 and ${SOURCE_SYSTEMS['exchange-2019'].short} CU14), 4 rights to act for other mailboxes`);
  });
});

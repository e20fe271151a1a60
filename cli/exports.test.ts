import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../lib/answers';
import { assess } from '../lib/assess';

const dir = mkdtempSync(join(tmpdir(), 'advise-exports-'));
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const FIXTURES = join(process.cwd(), 'lib/estate/fixtures');
const partial = { version: 1, budget: 'medium', timelineWeeks: 10 };
const partialFile = join(dir, 'partial.json');
writeFileSync(partialFile, JSON.stringify(partial));
const DATE = '2026-11-25';

function advise(args: string[]) {
  const r = spawnSync(TSX, ['cli/advise.ts', ...args, '--date', DATE], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command-line advisor with --export', () => {
  it('fills what the answers file leaves out from the exports and echoes the answers it assessed', () => {
    const r = advise([partialFile, '--export', join(FIXTURES, 'mailboxes-ps51-utf16le.csv'), `--export=${join(FIXTURES, 'servers.csv')}`, '--export', join(FIXTURES, 'permissions.csv'), '--format', 'json']);
    expect(r.stderr).toContain('Exports read: 8 mailboxes, largest 87.3 GB, 3 servers on Exchange 2016 CU23');
    expect(r.code).toBe(0);
    const advice = JSON.parse(r.stdout);
    expect(advice.answers).toMatchObject({ ...partial, mailboxCount: 8, source: 'exchange-2016', sharedMailboxes: 4, archives: 'on-premises-archives', delegatesAcrossTeams: true, onLatestCu: true, largestMailboxGb: 87.3 });
    // The advice is the engine's for exactly those answers.
    const parsed = parseAnswers(advice.answers);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(advice.recommended).toBe(assess(parsed.answers, { date: DATE }).recommended);
  });

  it('keeps an answer the file gives and says where the exports differ', () => {
    const file = join(dir, 'given.json');
    writeFileSync(file, JSON.stringify({ ...partial, mailboxCount: 120, source: 'exchange-2016', totalDataGb: 300 }));
    const r = advise([file, '--export', join(FIXTURES, 'mailboxes-ps7-utf8.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answers.mailboxCount).toBe(120);
    expect(r.stderr).toContain('mailboxCount: kept 120 from the answers file; the exports say 8');
  });

  it('a bad export exits 2 naming the file, line and column, with nothing on stdout', () => {
    const bad = join(FIXTURES, 'mailboxes-bad-size.csv');
    const r = advise([partialFile, '--export', bad, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`${bad.replaceAll('/', '\\/')}:5: TotalItemSize: “about a gigabyte” is not a size`));
  });

  it('what neither the file nor the exports give is still required', () => {
    const r = advise([partialFile, '--export', join(FIXTURES, 'public-folders.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mailboxCount: is required/m);
  });
});

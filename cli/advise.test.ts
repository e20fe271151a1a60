import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'advise-'));
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const good = { version: 1, mailboxCount: 4000, source: 'exchange-2016', budget: 'high', timelineWeeks: 30, totalDataGb: 12000 };

function file(name: string, content: string) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function advise(args: string[], input?: string) {
  const r = spawnSync(TSX, ['cli/advise.ts', ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command-line advisor', () => {
  const goodFile = file('good.json', JSON.stringify(good));

  it('prints a readable summary by default', () => {
    const r = advise([goodFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Recommended: Hybrid migration/);
    expect(r.stdout).toMatch(/ruled out/);
  });

  it('prints the advice object with --format json', () => {
    const r = advise([goodFile, '--format', 'json']);
    const advice = JSON.parse(r.stdout);
    expect(advice.recommended).toBe('hybrid');
    expect(advice.ranking.map((m: { method: string }) => m.method).sort()).toEqual(['cutover', 'google-workspace', 'hybrid', 'imap', 'staged', 'third-party']);
    expect(advice.rulesVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(advice.answers).toEqual(good);
    const hybrid = advice.ranking.find((m: { method: string }) => m.method === 'hybrid');
    expect(hybrid.flavour).toBe('minimal');
    expect(hybrid.reasons[0]).toMatchObject({ rule: 'hybrid.base', effect: '+50' });
    for (const m of advice.ranking) for (const x of m.reasons) expect(x.effect).toMatch(/^(excludes|[+-]\d+)$/);
  });

  it('prints a Markdown report with --format md', () => {
    const r = advise([goodFile, '--format=md']);
    expect(r.stdout).toMatch(/^# Mail migration advice/);
    expect(r.stdout).toMatch(/- \[ \] /);
  });

  it('includes the sign-in advice and the readiness checklist, judged on --date', () => {
    const json = JSON.parse(advise([goodFile, '--format', 'json', '--date', '2025-01-01']).stdout);
    expect(json.identity.recommended).toBe('password-hash-sync');
    expect(json.readiness.assessedOn).toBe('2025-01-01');
    expect(json.readiness.items.find((i: { id: string }) => i.id === 'support-status').status).toBe('pass');
    const md = advise([goodFile, '--format', 'md', '--date', '2026-11-25']).stdout;
    expect(md).toContain('## Readiness for Hybrid migration');
    expect(md).toContain('## Sign-in');
    expect(md).toMatch(/Source version in support \| needs work/);
    expect(advise([goodFile, '--date', 'soon'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('reads standard input for -', () => {
    const r = advise(['-', '--format', 'json'], JSON.stringify(good));
    expect(JSON.parse(r.stdout).recommended).toBe('hybrid');
  });

  it.each([
    ['not JSON', 'not json', /not valid JSON/],
    ['an empty file', '', /empty/],
    ['a wrong value', JSON.stringify({ ...good, mailboxCount: -5 }), /^mailboxCount: must be a whole number from 1 to 1,000,000/],
    ['an unknown field', JSON.stringify({ ...good, colour: 'red' }), /^colour: is not a known answer/],
  ])('refuses %s: exit 2, nothing on stdout, what is wrong on stderr', (_what, content, message) => {
    const r = advise([file(`bad-${Math.random()}.json`, content)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('writes one line per problem', () => {
    const r = advise([file('two.json', JSON.stringify({ ...good, budget: 'x', timelineWeeks: 0 }))]);
    expect(r.stderr.trim().split('\n').map((l) => l.split(':')[0])).toEqual(['budget', 'timelineWeeks']);
  });

  it('refuses a missing file, an unknown format and no file at all', () => {
    expect(advise([join(dir, 'nope.json')])).toMatchObject({ code: 2, stdout: '' });
    expect(advise([goodFile, '--format', 'pdf'])).toMatchObject({ code: 2, stdout: '' });
    expect(advise([])).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('command-line dates', () => {
  it('refuses a date that is not in the calendar', () => {
    const f = join(dir, 'date.json');
    writeFileSync(f, JSON.stringify(good));
    expect(advise([f, '--date', '2026-02-30'])).toMatchObject({ code: 2, stdout: '' });
    expect(advise([f, '--date', '2026-02-28', '--format', 'json']).code).toBe(0);
  });
});

describe('command-line hostile input', () => {
  const text = JSON.stringify(good);
  const expected = JSON.parse(advise(['-', '--format', 'json', '--date', '2026-11-25'], text).stdout);
  const units = (s: string, bom: boolean, order: 'le' | 'be') => {
    const b = Buffer.from(`${bom ? '\uFEFF' : ''}${s}`, 'utf16le');
    return order === 'le' ? b : b.swap16();
  };

  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16LE with a byte-order mark (Windows PowerShell 5.1)', units(text, true, 'le')],
    ['UTF-16BE with a byte-order mark', units(text, true, 'be')],
    ['UTF-16LE without a byte-order mark', units(text, false, 'le')],
  ])('reads a file in %s like the web import: the same advice', (what, bytes) => {
    const path = join(dir, `${what.replace(/\W+/g, '-')}.json`);
    writeFileSync(path, bytes);
    const r = advise([path, '--format', 'json', '--date', '2026-11-25']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('prints an unknown key escaped: no escape sequence reaches the terminal, and one problem stays one line', () => {
    const r = advise(['-'], JSON.stringify({ ...good, 'clear\u001b[2J\u001b]0;title\u0007': 1, 'two\nlines\u202e': true }));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      '"clear\\u001b[2J\\u001b]0;title\\u0007": is not a known answer: remove it or check its spelling',
      '"two\\u000alines\\u202e": is not a known answer: remove it or check its spelling',
    ]);
  });

  it('stops reading standard input or a file past 100,000 bytes, saying so', () => {
    const big = JSON.stringify({ ...good, padding: 'x'.repeat(100_000) });
    const fromStdin = advise(['-'], big);
    expect(fromStdin).toMatchObject({ code: 2, stdout: '' });
    expect(fromStdin.stderr).toBe(
      'standard input: is larger than 100,000 bytes, too large to be an answers file: give the JSON file saved by this advisor\n',
    );
    const fromFile = advise([file('big.json', big)]);
    expect(fromFile.stderr).toMatch(/big\.json: is larger than 100,000 bytes/);
    // Just under the limit is read (and refused for its unknown key, not its size).
    const under = JSON.stringify({ ...good, padding: '' });
    const near = `${under.slice(0, -1)}${' '.repeat(100_000 - Buffer.byteLength(under))}}`;
    expect(Buffer.byteLength(near)).toBe(100_000);
    expect(advise(['-'], near).stderr).toBe('padding: is not a known answer: remove it or check its spelling\n');
  });

  it('refuses dates that are not in the calendar, with what to write, and takes a leap day that exists', () => {
    for (const date of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '2026-1-05']) {
      const r = advise(['-', '--date', date], text);
      expect(r, date).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr.split('\n')[0], date).toBe('--date: must be a real date written YYYY-MM-DD, like 2026-11-25');
    }
    expect(advise(['-', '--date', '2028-02-29'], text).code).toBe(0);
  });

  it('refuses -0 as the web form does, and numbers past the contract’s upper bounds, naming the field', () => {
    const negativeZero = advise(['-'], text.replace('"totalDataGb":12000', '"totalDataGb":-0'));
    expect(negativeZero).toMatchObject({ code: 2, stdout: '' });
    expect(negativeZero.stderr).toMatch(/^totalDataGb: must be a number of gigabytes from 0 to/);
    const huge = advise(['-'], JSON.stringify({ ...good, largestMailboxGb: 1e308, largestItemMb: 1e308, uploadMbps: 1e6 }));
    expect(
      huge.stderr
        .trimEnd()
        .split('\n')
        .map((l) => l.split(':')[0]),
    ).toEqual(['largestMailboxGb', 'largestItemMb', 'uploadMbps']);
    expect(huge.stderr).not.toMatch(/Infinity|e\+|NaN/);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'plan-'));
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const answers = { version: 1, mailboxCount: 1200, source: 'exchange-2019', budget: 'medium', timelineWeeks: 8, totalDataGb: 3600, directorySync: 'in-place', keepOnPremises: true };
const answersFile = join(dir, 'answers.json');
writeFileSync(answersFile, JSON.stringify(answers));
const PILOT = 'lib/plan/fixtures/pilot-move-requests.csv';

function advise(args: string[]) {
  const r = spawnSync(TSX, ['cli/advise.ts', answersFile, '--date', '2026-11-25', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command-line wave plan (--plan)', () => {
  it('prints the waves of the recommended method with dates and the finish against the timeline', () => {
    const r = advise(['--plan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Hybrid migration in a pilot of 24 mailboxes, then 5 waves/);
    expect(r.stdout).toMatch(/^Pilot: 24 mailboxes, .* 2 December 2026 to 9 December 2026/m);
    expect(r.stdout).toMatch(/past the 8 weeks of the timeline/);
  });

  it('gives the plan as JSON, and the plan before the pilot beside it when a pilot is given', () => {
    const plain = JSON.parse(advise(['--plan', '--format', 'json']).stdout);
    expect(plain.waves[0]).toMatchObject({ name: 'Pilot', pilot: true, mailboxes: 24, start: '2026-12-02' });
    expect(plain.beforePilot).toBeUndefined();
    const corrected = JSON.parse(advise(['--plan', '--format', 'json', '--pilot', PILOT]).stdout);
    expect(corrected.pace).toMatchObject({ measured: true, gbPerHourPerMailbox: 1 });
    expect(corrected.beforePilot.pace.measured).toBe(false);
    expect(corrected.finish < corrected.beforePilot.finish).toBe(true);
  });

  it('says in Markdown what the pilot changed', () => {
    const r = advise(['--plan', '--format', 'md', '--pilot', PILOT]);
    expect(r.stdout).toMatch(/^# Wave plan/);
    expect(r.stdout).toMatch(/## What the pilot changed\n\n- Your pilot copied 1 GB an hour a mailbox, against 0.3 planned/);
  });

  it('plans another method on request and writes the schedule into a folder', () => {
    const out = join(dir, 'batches');
    const r = advise(['--plan', '--method', 'third-party', '--batches', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Migration tool or partner in a pilot/);
    expect(readdirSync(out)).toEqual(['schedule.csv']);
    expect(readFileSync(join(out, 'schedule.csv'), 'utf8').split('\r\n')[0]).toBe('Wave,Mailboxes,GB,Start,Complete by,Copying days');
  });

  it('refuses a bad pilot file naming the line and column, and options without --plan', () => {
    const bad = join(dir, 'bad-pilot.csv');
    writeFileSync(bad, 'DisplayName,BytesTransferred,TotalInProgressDuration\nAnn,lots,02:00:00\n');
    const r = advise(['--plan', '--pilot', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad-pilot\.csv: line 2, column BytesTransferred: “lots” is not a size/);
    expect(advise(['--method', 'hybrid']).stderr).toMatch(/^--method, --pilot and --batches go with --plan/);
    expect(advise(['--plan', '--method', 'carrier-pigeon']).stderr).toMatch(/^--method: must be one of cutover, staged, hybrid/);
  });
});

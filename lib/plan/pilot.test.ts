import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSize } from '../estate/sizes';
import { readPilotStatistics, timeSpanHours } from './pilot';

const bytes = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('pilot statistics', () => {
  it('reads move request statistics with a #TYPE line and quoted fields, and takes the median pace of the mailboxes that copied', () => {
    const result = readPilotStatistics(bytes('pilot-move-requests.csv').toString('utf8'));
    // Ann 2 GB in 2 h (1 GB/h), Bob 3 GB in 3 h (1 GB/h), Cai 1.5 GB in 24 h (0.0625 GB/h); Eve copied nothing.
    expect(result).toEqual({ ok: true, pilot: { mailboxes: 3, gb: 6.5, gbPerHourPerMove: 1 }, skipped: 1 });
  });

  it('reads the same file as Windows PowerShell 5.1 writes it (UTF-16LE with a byte-order mark)', () => {
    const text = new TextDecoder('utf-16le').decode(bytes('pilot-move-requests-utf16.csv'));
    expect(readPilotStatistics(text)).toMatchObject({ ok: true, pilot: { mailboxes: 3, gbPerHourPerMove: 1 } });
  });

  it('reads migration user statistics written with semicolons and other digit groupings', () => {
    const result = readPilotStatistics(bytes('pilot-migration-users-semicolon.csv').toString('utf8'));
    // 1.5 GB in 3 h (0.5 GB/h) and 4 GB in 4 h (1 GB/h): the median of two is their mean.
    expect(result).toMatchObject({ ok: true, pilot: { mailboxes: 2, gbPerHourPerMove: 0.75 } });
  });

  it('names the line and column of a value it cannot read, and what to do', () => {
    const result = readPilotStatistics('DisplayName,BytesTransferred,TotalInProgressDuration\nAnn,lots,02:00:00\nBob,1 GB,soon', 'pilot.csv');
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 2, column: 'BytesTransferred', message: expect.stringMatching(/“lots” is not a size: expected something like 1.2 GB/) },
        { line: 3, column: 'TotalInProgressDuration', message: expect.stringMatching(/“soon” is not a duration/) },
      ],
    });
  });

  it('says which column is missing', () => {
    const result = readPilotStatistics('DisplayName,Status\nAnn,Completed', 'pilot.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.column)).toEqual(['BytesTransferred', 'TotalInProgressDuration']);
  });

  it('reads sizes and time spans as Exchange writes them', () => {
    expect(readSize('1.234 GB (1,325,000,000 bytes)')).toEqual({ ok: true, bytes: 1_325_000_000 });
    expect(readSize('12.5 MB')).toEqual({ ok: true, bytes: 12.5 * 1024 ** 2 });
    expect(readSize('Unlimited')).toEqual({ ok: true, bytes: null });
    expect(timeSpanHours('1.02:30:00')).toBe(26.5);
    expect(timeSpanHours('00:45:00.1234567')).toBe(0.75);
    expect(timeSpanHours('two hours')).toBeNull();
  });

  it('never throws on any text, and reads back the pace of generated statistics', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void readPilotStatistics(text)), { numRuns: 2000 });
    fc.assert(
      fc.property(fc.array(fc.record({ bytes: fc.integer({ min: 1, max: 2 ** 40 }), seconds: fc.integer({ min: 60, max: 30 * 86_400 }) }), { minLength: 1, maxLength: 30 }), fc.constantFrom(',', ';'), (rows, sep) => {
        const span = (s: number) => `${Math.floor(s / 86_400)}.${String(Math.floor((s % 86_400) / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
        const text = [`"Identifier"${sep}"BytesTransferred"${sep}"TotalInProgressDuration"`, ...rows.map((r, i) => `"u${i}@x.com"${sep}"${(r.bytes / 1024 ** 3).toFixed(3)} GB (${r.bytes.toLocaleString('en-US')} bytes)"${sep}"${span(r.seconds)}"`)].join('\r\n');
        const result = readPilotStatistics(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const rates = rows.map((r) => r.bytes / 1024 ** 3 / (r.seconds / 3600)).sort((a, b) => a - b);
        const m = Math.floor(rates.length / 2);
        expect(result.pilot.gbPerHourPerMove).toBeCloseTo(rates.length % 2 ? rates[m]! : (rates[m - 1]! + rates[m]!) / 2, 9);
        expect(result.pilot.mailboxes).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});

import { columnIndex, readTable } from '../estate/csv';
import { BYTES_PER_GB, readSize } from '../estate/sizes';
import type { PilotMeasure } from './types';

/** One thing wrong with a pilot statistics file: where, and what to do. */
export interface PilotProblem {
  line: number;
  column: string;
  message: string;
}

export type PilotResult = { ok: true; pilot: PilotMeasure; skipped: number } | { ok: false; problems: PilotProblem[] };

/**
 * Hours from a .NET TimeSpan as PowerShell writes it: `d.hh:mm:ss[.fffffff]` or `hh:mm:ss`. Null otherwise.
 * @example timeSpanHours('1.02:30:00') // 26.5
 */
export function timeSpanHours(text: string): number | null {
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 24 + Number(m[2]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
}

const BYTES_COLUMNS = ['BytesTransferred'];
const DURATION_COLUMNS = ['TotalInProgressDuration', 'OverallDuration'];

/**
 * Reads a finished pilot's statistics (Get-MoveRequestStatistics or Get-MigrationUserStatistics exported to CSV, read
 * as the exports are: `#TYPE` line, quotes, comma or semicolon) and measures the pace one mailbox copied at: the median
 * of bytes transferred over time in progress.
 * @example readPilotStatistics('DisplayName,BytesTransferred,TotalInProgressDuration\nAnn,2 GB (2147483648 bytes),02:00:00').ok // true
 */
export function readPilotStatistics(text: string, fileName = 'the pilot file'): PilotResult {
  const read = readTable(text, fileName);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ line: p.line ?? 1, column: p.column ?? '', message: p.message })) };
  const table = read.table;
  const find = (names: readonly string[]) => names.map((n) => columnIndex(table, n)).find((i) => i !== -1);
  const bytesAt = find(BYTES_COLUMNS);
  const durationAt = find(DURATION_COLUMNS);
  const problems: PilotProblem[] = [];
  if (bytesAt === undefined) problems.push({ line: table.headerLine, column: 'BytesTransferred', message: `${fileName} has no BytesTransferred column: export it with the command shown, which selects BytesTransferred and TotalInProgressDuration` });
  if (durationAt === undefined) problems.push({ line: table.headerLine, column: 'TotalInProgressDuration', message: `${fileName} has no TotalInProgressDuration or OverallDuration column: export it with the command shown` });
  if (bytesAt === undefined || durationAt === undefined) return { ok: false, problems };
  const bytesCol = table.header[bytesAt]!;
  const durationCol = table.header[durationAt]!;
  const decimalComma = table.delimiter === ';';
  const rates: number[] = [];
  let gb = 0;
  let skipped = 0;
  table.rows.forEach((row, i) => {
    const rawBytes = row[bytesAt] ?? '';
    const rawHours = row[durationAt] ?? '';
    const size = readSize(rawBytes, decimalComma);
    const hours = timeSpanHours(rawHours);
    if (!size.ok || size.bytes === null) problems.push({ line: table.lineOf(i), column: bytesCol, message: `“${rawBytes.slice(0, 40)}” is not a size: expected something like 1.2 GB (1,288,490,188 bytes)` });
    else if (hours === null) problems.push({ line: table.lineOf(i), column: durationCol, message: `“${rawHours.slice(0, 40)}” is not a duration: expected days.hours:minutes:seconds, like 1.02:30:00` });
    else if (size.bytes === 0 || hours === 0) skipped++;
    else {
      rates.push(size.bytes / BYTES_PER_GB / hours);
      gb += size.bytes / BYTES_PER_GB;
    }
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
  if (rates.length === 0) return { ok: false, problems: [{ line: table.headerLine, column: bytesCol, message: `${fileName} has no mailbox that copied anything yet: export the statistics once the pilot has synced` }] };
  rates.sort((x, y) => x - y);
  const mid = Math.floor(rates.length / 2);
  const median = rates.length % 2 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2;
  return { ok: true, pilot: { mailboxes: rates.length, gb, gbPerHourPerMove: median }, skipped };
}

/** The commands that write a pilot statistics file this reads (Exchange Online PowerShell). */
export const PILOT_COMMANDS = {
  hybrid: 'Get-MoveRequest -BatchName "Pilot" | Get-MoveRequestStatistics | Select-Object DisplayName,Status,BytesTransferred,TotalInProgressDuration | Export-Csv pilot.csv -NoTypeInformation -Encoding UTF8',
  batch: 'Get-MigrationUser -BatchId "Pilot" | Get-MigrationUserStatistics | Select-Object Identifier,Status,BytesTransferred,TotalInProgressDuration | Export-Csv pilot.csv -NoTypeInformation -Encoding UTF8',
} as const;

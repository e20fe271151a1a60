import Papa from 'papaparse';
import type { PilotMeasure } from './types';

/** One thing wrong with a pilot statistics file: where, and what to do. */
export interface PilotProblem {
  line: number;
  column: string;
  message: string;
}

export type PilotResult = { ok: true; pilot: PilotMeasure; skipped: number } | { ok: false; problems: PilotProblem[] };

const BYTES_IN = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 } as const;

/**
 * Bytes from what Exchange writes for a size: `1.2 GB (1,288,490,188 bytes)` (the bytes in brackets win, whatever
 * the digit grouping), `12.5 MB`, or a plain number of bytes. Null when it is none of these.
 * @example sizeBytes('12.5 MB (13,107,200 bytes)') // 13107200
 */
export function sizeBytes(text: string): number | null {
  const t = text.trim();
  const bracket = /\(([\d.,\s\u00a0\u202f']+)\s*bytes\)/i.exec(t);
  if (bracket) return Number(bracket[1]!.replace(/[^\d]/g, ''));
  const unit = /^([\d]+(?:[.,]\d+)?)\s*(B|KB|MB|GB|TB)$/i.exec(t);
  if (unit) return Number(unit[1]!.replace(',', '.')) * BYTES_IN[unit[2]!.toUpperCase() as keyof typeof BYTES_IN];
  if (/^\d+$/.test(t)) return Number(t);
  return null;
}

/**
 * Hours from a .NET TimeSpan as PowerShell writes it: `d.hh:mm:ss[.fffffff]` or `hh:mm:ss`. Null otherwise.
 * @example timeSpanHours('1.02:30:00') // 26.5
 */
export function timeSpanHours(text: string): number | null {
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 24 + Number(m[2]) + Number(m[3]) / 60 + Number(m[4]) / 3600;
}

const BYTES_COLUMNS = ['bytestransferred'];
const DURATION_COLUMNS = ['totalinprogressduration', 'overallduration'];

/**
 * Reads a finished pilot's statistics (Get-MoveRequestStatistics or Get-MigrationUserStatistics exported to CSV)
 * and measures the pace one mailbox copied at: the median of bytes transferred over time in progress.
 * @example readPilotStatistics('DisplayName,BytesTransferred,TotalInProgressDuration\nAnn,2 GB (2147483648 bytes),02:00:00').ok // true
 */
export function readPilotStatistics(text: string, fileName = 'the pilot file'): PilotResult {
  const body = text.replace(/^\uFEFF/, '').replace(/^#TYPE[^\n]*\n/, '');
  const lineOffset = body === text.replace(/^\uFEFF/, '') ? 1 : 2;
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: 'greedy', delimiter: '', transformHeader: (h) => h.trim() });
  const headers = parsed.meta.fields ?? [];
  const find = (names: readonly string[]) => names.map((n) => headers.find((h) => h.toLowerCase() === n)).find((h) => h !== undefined);
  const bytesCol = find(BYTES_COLUMNS);
  const durationCol = find(DURATION_COLUMNS);
  const problems: PilotProblem[] = [];
  if (!bytesCol) problems.push({ line: lineOffset, column: 'BytesTransferred', message: `${fileName} has no BytesTransferred column: export it with the command shown, which selects BytesTransferred and TotalInProgressDuration` });
  if (!durationCol) problems.push({ line: lineOffset, column: 'TotalInProgressDuration', message: `${fileName} has no TotalInProgressDuration or OverallDuration column: export it with the command shown` });
  if (problems.length) return { ok: false, problems };
  const rates: number[] = [];
  let gb = 0;
  let skipped = 0;
  parsed.data.forEach((row, i) => {
    const line = i + lineOffset + 1;
    const bytes = sizeBytes(row[bytesCol!] ?? '');
    const hours = timeSpanHours(row[durationCol!] ?? '');
    if (bytes === null) problems.push({ line, column: bytesCol!, message: `“${(row[bytesCol!] ?? '').slice(0, 40)}” is not a size: expected something like 1.2 GB (1,288,490,188 bytes)` });
    else if (hours === null) problems.push({ line, column: durationCol!, message: `“${(row[durationCol!] ?? '').slice(0, 40)}” is not a duration: expected days.hours:minutes:seconds, like 1.02:30:00` });
    else if (bytes === 0 || hours === 0) skipped++;
    else {
      rates.push(bytes / 1024 ** 3 / hours);
      gb += bytes / 1024 ** 3;
    }
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
  if (rates.length === 0) return { ok: false, problems: [{ line: lineOffset, column: bytesCol!, message: `${fileName} has no mailbox that copied anything yet: export the statistics once the pilot has synced` }] };
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

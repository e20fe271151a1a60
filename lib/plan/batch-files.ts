import type { Method } from '../advice';
import { LIMITS } from '../facts/limits';
import type { Limit } from '../facts/fact';
import type { SourceId } from '../sources';
import type { PlanMailbox, Wave } from './types';

/** How one method's migration batch file is laid out, as Microsoft documents it (or ours, for a tool). */
export interface BatchFormat {
  header: readonly string[];
  row: (m: PlanMailbox) => readonly string[];
  /** The most rows one file may hold, when Microsoft documents a limit. */
  rowLimit: Limit | null;
  /** What the person must know before uploading it. */
  note: string;
  source: SourceId;
}

/**
 * The batch file each method's migration batch expects. Cutover takes no file (one batch moves every mailbox); a
 * migration tool has its own import, so ours is a plain list to map into it. A new method must say what it takes.
 */
export const BATCH_FORMATS = {
  cutover: null,
  staged: {
    header: ['EmailAddress', 'Password', 'ForceChangePassword'],
    row: (m) => [m.address, '', ''],
    rowLimit: LIMITS.stagedBatchRows,
    note: 'Password and ForceChangePassword are optional and left empty: with directory sync running, people keep signing in with their own password.',
    source: 'M3',
  },
  hybrid: {
    header: ['EmailAddress'],
    row: (m) => [m.address],
    rowLimit: null,
    note: 'One address a row for a remote move batch; archives move with their mailbox.',
    source: 'M5',
  },
  imap: {
    header: ['EmailAddress', 'UserName', 'Password'],
    row: (m) => [m.address, m.address, ''],
    rowLimit: LIMITS.imapBatchRows,
    note: 'Every column is required. UserName is filled with the address (change it where the IMAP server signs people in by another name, or to an admin account with rights to every mailbox). Password is left empty on purpose: we never handle passwords, so fill it in yourself, keep the file safe and delete it after the batch.',
    source: 'M4',
  },
  'google-workspace': {
    header: ['EmailAddress'],
    row: (m) => [m.address],
    rowLimit: null,
    note: 'EmailAddress is the mailbox in Microsoft 365, which must exist before the batch; add a Username column only where someone’s Google address differs.',
    source: 'M11',
  },
  'third-party': {
    header: ['SourceAddress', 'TargetAddress'],
    row: (m) => [m.address, m.address],
    rowLimit: null,
    note: 'Not a Microsoft format: a plain list of who moves in this wave, to map into your tool’s own import. Change TargetAddress where the address changes.',
    source: 'M1',
  },
} as const satisfies Record<Method, BatchFormat | null>;

/** One CSV field, quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text from rows (CRLF line ends, as Windows tools write and Microsoft's examples show). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * The migration batch file for one wave, or null when the method takes none (cutover) or the plan has no addresses
 * (built from the answers alone).
 * @example batchFile('hybrid', wave)?.text // 'EmailAddress\r\nann@contoso.com\r\n…'
 */
export function batchFile(method: Method, wave: Wave): { fileName: string; text: string } | null {
  const format: BatchFormat | null = BATCH_FORMATS[method];
  if (!format || wave.mailboxes.length === 0) return null;
  const slug = wave.pilot ? 'pilot' : `wave-${String(wave.index).padStart(2, '0')}`;
  return { fileName: `${method}-${slug}.csv`, text: csvText([format.header, ...wave.mailboxes.map(format.row)]) };
}

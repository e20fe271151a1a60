import { columnIndex, missingColumns, problem, type Table } from './csv';
import { readCount, readSize } from './sizes';
import type { ExportProblem, MailboxKind, MailboxRecord } from './types';

/** The columns a mailbox statistics export must have (any order; others are ignored). */
export const MAILBOX_COLUMNS = ['DisplayName', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'ItemCount', 'TotalItemSize'] as const;
/** Columns read when present. */
export const MAILBOX_OPTIONAL_COLUMNS = ['ArchiveStatus', 'ArchiveSize'] as const;

const KINDS: Record<string, MailboxKind> = { sharedmailbox: 'shared', roommailbox: 'room', equipmentmailbox: 'equipment' };

/**
 * The kind of mailbox from RecipientTypeDetails ("SharedMailbox", "RoomMailbox", "EquipmentMailbox"; everything else,
 * such as "UserMailbox" or "LinkedMailbox", is a user's).
 * @example mailboxKind('RoomMailbox') // 'room'
 */
export const mailboxKind = (text: string): MailboxKind => KINDS[text.trim().toLowerCase()] ?? 'user';

/**
 * Reads a mailbox statistics export: one MailboxRecord per row. An archive counts when ArchiveStatus is "Active" or
 * ArchiveSize holds a size; sizes prefer the bytes in parentheses.
 */
export function readMailboxes(table: Table): { ok: true; mailboxes: MailboxRecord[] } | { ok: false; problems: ExportProblem[] } {
  const missing = missingColumns(table, MAILBOX_COLUMNS, 'mailbox statistics');
  if (missing.length > 0) return { ok: false, problems: missing };
  const [name, address, type, items, size] = MAILBOX_COLUMNS.map((c) => columnIndex(table, c)) as [number, number, number, number, number];
  const status = columnIndex(table, 'ArchiveStatus');
  const archive = columnIndex(table, 'ArchiveSize');
  const decimalComma = table.delimiter === ';';
  const mailboxes: MailboxRecord[] = [];
  const problems: ExportProblem[] = [];
  const sizeProblem = (line: number, column: string, value: string) =>
    problem(table.file, line, column, `“${value.slice(0, 40)}” is not a size: expected one like “1.234 GB (1,325,000,000 bytes)”, a number of bytes, or empty. Export the file again with the command shown.`);
  table.rows.forEach((row, i) => {
    const line = table.lineOf(i);
    const bytes = readSize(row[size] ?? '', decimalComma);
    if (!bytes.ok) problems.push(sizeProblem(line, 'TotalItemSize', row[size] ?? ''));
    const count = readCount(row[items] ?? '');
    if (!count.ok) problems.push(problem(table.file, line, 'ItemCount', `“${(row[items] ?? '').slice(0, 40)}” is not a number of items: expected a whole number like 5230, or empty.`));
    const archiveRead = archive === -1 ? { ok: true as const, bytes: null } : readSize(row[archive] ?? '', decimalComma);
    if (!archiveRead.ok) problems.push(sizeProblem(line, 'ArchiveSize', row[archive] ?? ''));
    const active = status !== -1 && (row[status] ?? '').trim().toLowerCase() === 'active';
    const archiveBytes = archiveRead.ok && archiveRead.bytes !== null ? archiveRead.bytes : active ? 0 : null;
    mailboxes.push({
      displayName: (row[name] ?? '').trim(),
      address: (row[address] ?? '').trim(),
      kind: mailboxKind(row[type] ?? ''),
      itemCount: count.ok ? count.count : null,
      bytes: bytes.ok ? bytes.bytes : null,
      archiveBytes,
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mailboxes };
}

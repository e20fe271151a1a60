import { columnIndex, missingColumns, problem, type Table } from './csv';
import { readSize } from './sizes';
import type { ExportProblem, PublicFolderTotals } from './types';

/** The columns a public folder statistics export must have (Name or FolderPath tells it from a mailbox export). */
export const PUBLIC_FOLDER_COLUMNS = ['Name', 'TotalItemSize'] as const;

/** Reads a Get-PublicFolderStatistics export: the number of folders, their total size and the largest. */
export function readPublicFolders(table: Table): { ok: true; totals: PublicFolderTotals } | { ok: false; problems: ExportProblem[] } {
  const missing = missingColumns(table, PUBLIC_FOLDER_COLUMNS, 'public folder statistics');
  if (missing.length > 0) return { ok: false, problems: missing };
  const size = columnIndex(table, 'TotalItemSize');
  const decimalComma = table.delimiter === ';';
  const totals: PublicFolderTotals = { folders: 0, bytes: 0, largestBytes: 0 };
  const problems: ExportProblem[] = [];
  table.rows.forEach((row, i) => {
    const read = readSize(row[size] ?? '', decimalComma);
    if (!read.ok) {
      problems.push(problem(table.file, table.lineOf(i), 'TotalItemSize', `“${(row[size] ?? '').slice(0, 40)}” is not a size: expected one like “12.5 MB (13,107,200 bytes)”, a number of bytes, or empty. Export the file again with the command shown.`));
      return;
    }
    totals.folders++;
    totals.bytes += read.bytes ?? 0;
    totals.largestBytes = Math.max(totals.largestBytes, read.bytes ?? 0);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, totals };
}

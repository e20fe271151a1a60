import { capped, columnIndex, problem, readTable, type Table } from './csv';
import { decodeExport } from './decode';
import { readMailboxes } from './mailboxes';
import { isPermissionTable, readPermissions } from './permissions';
import { readPublicFolders } from './public-folders';
import { readServers } from './servers';
import { emptyEstate, type Estate, type ExportKind, type ExportResult } from './types';

const has = (table: Table, ...names: string[]) => names.some((n) => columnIndex(table, n) !== -1);

/** Which export a table is, from its column names; null when it is none we read. */
export function exportKind(table: Table): ExportKind | null {
  if (has(table, 'AdminDisplayVersion')) return 'servers';
  if (isPermissionTable(table)) return 'permissions';
  if (has(table, 'PrimarySmtpAddress', 'RecipientTypeDetails', 'DisplayName')) return 'mailboxes';
  if (has(table, 'TotalItemSize') && has(table, 'Name', 'FolderPath')) return 'public-folders';
  return null;
}

/**
 * Reads one export file (its bytes, in whatever encoding PowerShell wrote) into an Estate holding what it says.
 * `date` (YYYY-MM-DD) judges whether server builds are current. Problems name the file, line and column.
 * @example readExport('servers.csv', bytes, '2026-11-25') // { ok: true, file: { kind: 'servers', rows: 3 }, estate: { servers: [...] } }
 */
export function readExport(name: string, content: Uint8Array | string, date: string): ExportResult {
  const text = typeof content === 'string' ? content : decodeExport(content);
  const read = readTable(text, name);
  if (!read.ok) return read;
  const table = read.table;
  const kind = exportKind(table);
  const estate: Estate = emptyEstate();
  const file = { name, kind: kind ?? 'mailboxes', rows: table.rows.length };
  estate.files.push(file);
  if (kind === null) {
    return { ok: false, problems: [problem(name, table.headerLine, null, `The column names (${table.header.slice(0, 6).join(', ')}${table.header.length > 6 ? ', …' : ''}) are not those of an export this page reads: run one of the commands shown and open the file it writes.`)] };
  }
  if (kind === 'mailboxes') {
    const result = readMailboxes(table);
    if (!result.ok) return { ok: false, problems: capped(result.problems) };
    estate.mailboxes = result.mailboxes;
  } else if (kind === 'permissions') {
    const result = readPermissions(table);
    if (!result.ok) return { ok: false, problems: capped(result.problems) };
    estate.permissions = result.links;
  } else if (kind === 'servers') {
    const result = readServers(table, date);
    if (!result.ok) return { ok: false, problems: capped(result.problems) };
    estate.servers = result.servers;
  } else {
    const result = readPublicFolders(table);
    if (!result.ok) return { ok: false, problems: capped(result.problems) };
    estate.publicFolders = result.totals;
  }
  return { ok: true, file, estate };
}


import { columnIndex, problem, type Table } from './csv';
import type { ExportProblem, PermissionLink, PermissionRight } from './types';

/**
 * The permission exports read, by their columns (any order; others ignored):
 * - the documented command's combined file: Mailbox, Grantee, Right (FullAccess, SendAs or SendOnBehalf);
 * - Get-MailboxPermission: Identity, User, AccessRights (rows with IsInherited or Deny "True" are left out);
 * - Get-RecipientPermission (Exchange Online): Identity, Trustee, AccessRights;
 * - Get-ADPermission (Send As on Exchange Server): Identity, User, ExtendedRights.
 * Rights other than Full Access, Send As and Send on Behalf, and the system's own accounts (NT AUTHORITY\…, S-1-5-…),
 * are left out: they do not tie people's moves together.
 */
export const PERMISSION_SHAPES = [
  { mailbox: 'Mailbox', grantee: 'Grantee', rights: 'Right' },
  { mailbox: 'Identity', grantee: 'Trustee', rights: 'AccessRights' },
  { mailbox: 'Identity', grantee: 'User', rights: 'AccessRights' },
  { mailbox: 'Identity', grantee: 'User', rights: 'ExtendedRights' },
] as const;

const RIGHTS: readonly [RegExp, PermissionRight][] = [
  [/full\s*access/i, 'full-access'],
  [/send[-\s]*as/i, 'send-as'],
  [/send\s*on\s*behalf/i, 'send-on-behalf'],
];
const SYSTEM_ACCOUNT = /^(NT AUTHORITY\\|S-1-5-|NT-AUTORITÄT\\|AUTORITE NT\\)/i;

/** Whether a table's columns are one of the permission shapes. */
export const isPermissionTable = (table: Table) => PERMISSION_SHAPES.some((s) => [s.mailbox, s.grantee, s.rights].every((c) => columnIndex(table, c) !== -1));

/** Reads a permission export into links mailbox → grantee, one per right (a row may grant several). */
export function readPermissions(table: Table): { ok: true; links: PermissionLink[] } | { ok: false; problems: ExportProblem[] } {
  const shape = PERMISSION_SHAPES.find((s) => [s.mailbox, s.grantee, s.rights].every((c) => columnIndex(table, c) !== -1));
  if (!shape) return { ok: false, problems: [problem(table.file, table.headerLine, null, 'The column names are not those of a permission export: export it again with the command shown (it writes Mailbox, Grantee, Right).')] };
  const [mailbox, grantee, rights] = [shape.mailbox, shape.grantee, shape.rights].map((c) => columnIndex(table, c)) as [number, number, number];
  const inherited = columnIndex(table, 'IsInherited');
  const deny = columnIndex(table, 'Deny');
  const links: PermissionLink[] = [];
  const problems: ExportProblem[] = [];
  table.rows.forEach((row, i) => {
    const isTrue = (col: number) => col !== -1 && (row[col] ?? '').trim().toLowerCase() === 'true';
    if (isTrue(inherited) || isTrue(deny)) return;
    const from = (row[mailbox] ?? '').trim();
    const to = (row[grantee] ?? '').trim();
    if (to === '' || SYSTEM_ACCOUNT.test(to)) return;
    if (from === '') {
      problems.push(problem(table.file, table.lineOf(i), shape.mailbox, `The mailbox is empty on this line: every line needs the mailbox the right is on. Export the file again with the command shown.`));
      return;
    }
    for (const [pattern, right] of RIGHTS) if (pattern.test(row[rights] ?? '')) links.push({ mailbox: from, grantee: to, right });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, links };
}

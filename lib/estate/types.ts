import type { Source } from '../answer-values';

/**
 * What the admin's own Exchange exports say about the estate: one record per mailbox, who acts for whom, the servers
 * and the public folders. Built in the browser or the CLI from CSV files; the wave planner reads it to group
 * mailboxes into batches, so these shapes are kept small and stable.
 */

/** The kinds of mailbox the wave planner tells apart (RecipientTypeDetails). Linked and other user kinds count as user. */
export type MailboxKind = 'user' | 'shared' | 'room' | 'equipment';

/** One mailbox from the mailbox statistics export. */
export interface MailboxRecord {
  displayName: string;
  /** The primary SMTP address as exported (case kept); compare addresses case-insensitively. */
  address: string;
  kind: MailboxKind;
  /** Items in the primary mailbox; null when the export left it empty. */
  itemCount: number | null;
  /** Size of the primary mailbox in bytes (TotalItemSize); null when the export left it empty. */
  bytes: number | null;
  /**
   * Size of the archive mailbox in bytes: null when the mailbox has no archive or the export did not say,
   * 0 for an archive that is enabled but empty.
   */
  archiveBytes: number | null;
}

/** The rights the exports record, as the wave planner weighs them (all three tie people's moves together). */
export type PermissionRight = 'full-access' | 'send-as' | 'send-on-behalf';

/**
 * One person (or group) acting for a mailbox. `mailbox` and `grantee` are as the export names them: addresses with
 * the documented command; with the raw Get-MailboxPermission / Get-RecipientPermission / Get-ADPermission output,
 * the mailbox's Identity and the grantee's account name (DOMAIN\user). Match them to MailboxRecord by address,
 * display name or the part after the last "/" or "\".
 */
export interface PermissionLink {
  mailbox: string;
  grantee: string;
  right: PermissionRight;
}

/** One Exchange server from Get-ExchangeServer. */
export interface ServerRecord {
  name: string;
  edition: string;
  /** The build as four numbers, e.g. "15.1.2507.6". */
  build: string;
  /** The product the build belongs to; null when the version is not one we know. */
  source: Source | null;
  /** The update level ("CU23", "Service Pack 3"); null when the build is older than the levels we know. */
  update: string | null;
  /** Whether the update level is current on the assessment date; null when it cannot be told. */
  current: boolean | null;
}

/** Public folders from Get-PublicFolderStatistics. */
export interface PublicFolderTotals {
  folders: number;
  bytes: number;
  /** The largest single folder in bytes (Microsoft's public folder batch has a per-folder limit). */
  largestBytes: number;
}

/** The exports this code reads. */
export type ExportKind = 'mailboxes' | 'permissions' | 'servers' | 'public-folders';

/** One export file that was read. */
export interface ExportFile {
  name: string;
  kind: ExportKind;
  /** Data rows read (not counting the column names or a #TYPE line). */
  rows: number;
}

/** Everything read from one or more exports. Lists are empty (and publicFolders null) when that export was not given. */
export interface Estate {
  files: ExportFile[];
  mailboxes: MailboxRecord[];
  permissions: PermissionLink[];
  servers: ServerRecord[];
  publicFolders: PublicFolderTotals | null;
}

/** Why a file could not be read: the file, the line (1 = the first line of the file) and the column, and what to do. */
export interface ExportProblem {
  file: string;
  line: number | null;
  column: string | null;
  message: string;
}

/** The result of reading one file: what it held, or what is wrong with it. */
export type ExportResult =
  | { ok: true; file: ExportFile; estate: Estate }
  | { ok: false; problems: ExportProblem[] };

export const emptyEstate = (): Estate => ({ files: [], mailboxes: [], permissions: [], servers: [], publicFolders: null });

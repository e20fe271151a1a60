import { SOURCES, type Source } from '../answer-values';
import type { Answers } from '../answers';
import { SOURCE_SYSTEMS } from '../facts/source-systems';
import { formatCount, plural } from '../format';
import { gigabytes } from './sizes';
import type { Estate, ExportKind, ServerRecord } from './types';

/** The answers the exports can fill. */
export type EstateField = 'mailboxCount' | 'totalDataGb' | 'largestMailboxGb' | 'sharedMailboxes' | 'archives' | 'delegatesAcrossTeams' | 'publicFoldersGb' | 'source' | 'onLatestCu';

/** One answer the exports fill: its value, the export it came from and how it was worked out, in words. */
export interface FilledAnswer<F extends EstateField = EstateField> {
  field: F;
  value: NonNullable<Answers[F]>;
  from: ExportKind;
  how: string;
}

const oldestFirst = (a: Source, b: Source) => SOURCES.indexOf(a) - SOURCES.indexOf(b);

/**
 * The answers an estate fills, in question order. Decisions: total data counts primary mailboxes only (archives are
 * listed apart, as the questions ask); the mail system is the oldest Exchange version among the servers (the question
 * asks for the oldest still holding mailboxes); servers on current builds only when every server's build is known
 * and current; archives only when some mailbox has one (PST files do not show in any export).
 * @example fillAnswers(estate).find((f) => f.field === 'mailboxCount')?.value // 1214
 */
export function fillAnswers(estate: Estate): FilledAnswer[] {
  const filled: FilledAnswer[] = [];
  const add = <F extends EstateField>(field: F, value: NonNullable<Answers[F]>, from: ExportKind, how: string) => filled.push({ field, value, from, how } as FilledAnswer);
  const { mailboxes, servers } = estate;
  const has = (kind: ExportKind) => estate.files.some((f) => f.kind === kind);

  if (mailboxes.length > 0) {
    let total = 0;
    let largest = 0;
    let shared = 0;
    let archives = 0;
    for (const m of mailboxes) {
      total += m.bytes ?? 0;
      largest = Math.max(largest, m.bytes ?? 0);
      if (m.kind !== 'user') shared++;
      if (m.archiveBytes !== null) archives++;
    }
    add('mailboxCount', mailboxes.length, 'mailboxes', 'Every mailbox in the export: user, shared, room and equipment.');
    add('totalDataGb', gigabytes(total), 'mailboxes', 'The primary mailboxes’ sizes added up (archives not included).');
    add('largestMailboxGb', gigabytes(largest), 'mailboxes', 'The largest primary mailbox.');
    add('sharedMailboxes', shared, 'mailboxes', 'Mailboxes whose type is shared, room or equipment.');
    if (archives > 0) add('archives', 'on-premises-archives', 'mailboxes', `${plural(archives, 'mailbox has', 'mailboxes have')} an archive. If there are PST files too, choose “Both”.`);
  }
  if (has('permissions')) {
    const links = estate.permissions.filter((p) => p.mailbox.toLowerCase() !== p.grantee.toLowerCase());
    add('delegatesAcrossTeams', links.length > 0, 'permissions', links.length > 0 ? `${plural(links.length, 'right')} for someone to act for another mailbox.` : 'The export lists no one acting for another mailbox.');
  }
  if (estate.publicFolders) {
    add('publicFoldersGb', gigabytes(estate.publicFolders.bytes), 'public-folders', `${plural(estate.publicFolders.folders, 'public folder')} added up.`);
  }
  const known = servers.filter((s): s is ServerRecord & { source: Source } => s.source !== null);
  if (known.length > 0) {
    const oldest = known.map((s) => s.source).sort(oldestFirst)[0] as Source;
    add('source', oldest, 'servers', `The oldest Exchange version among ${plural(servers.length, 'server')}.`);
    if (servers.every((s) => s.current === true)) add('onLatestCu', true, 'servers', 'Every server’s build is a current update.');
    else if (servers.some((s) => s.current === false)) add('onLatestCu', false, 'servers', `Not current: ${servers.filter((s) => s.current === false).map(serverWords).join('; ')}.`);
  }
  return filled;
}

/** "EX01 (Exchange 2016 CU22)" */
export const serverWords = (s: ServerRecord) => `${s.name} (${versionWords(s)})`;
const versionWords = (s: ServerRecord) => (s.source ? `${SOURCE_SYSTEMS[s.source].short}${s.update ? ` ${s.update}` : ', an update older than we list'}` : `build ${s.build}, a version we do not know`);

/**
 * What was read, in one line.
 * @example estateSummary(estate) // '1,214 mailboxes, largest 87.3 GB, 3 servers on Exchange 2016 CU23'
 */
export function estateSummary(estate: Estate): string {
  const parts: string[] = [];
  const { mailboxes, servers, permissions, publicFolders } = estate;
  if (mailboxes.length > 0) {
    const largest = mailboxes.reduce((max, m) => Math.max(max, m.bytes ?? 0), 0);
    parts.push(plural(mailboxes.length, 'mailbox', 'mailboxes'), `largest ${formatCount(gigabytes(largest))} GB`);
  }
  if (servers.length > 0) {
    const versions = [...new Set(servers.map(versionWords))];
    parts.push(versions.length === 1 ? `${plural(servers.length, 'server')} on ${versions[0]}` : `${plural(servers.length, 'server')} (${versions.slice(0, -1).join(', ')} and ${versions.at(-1)})`);
  }
  if (estate.files.some((f) => f.kind === 'permissions')) parts.push(plural(permissions.length, 'right to act for another mailbox', 'rights to act for other mailboxes'));
  if (publicFolders) parts.push(`${plural(publicFolders.folders, 'public folder')} holding ${formatCount(gigabytes(publicFolders.bytes))} GB`);
  return parts.join(', ');
}
